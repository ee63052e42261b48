//! In-browser component tests (wasm-bindgen-test in headless Chromium): the app shell and the theme toggle.
#![cfg(target_arch = "wasm32")]

use cramp_coach::components::{bundles, shell::theme_toggle::ThemeToggle, App};
use cramp_coach::domain::routes::Bundle;
use leptos::{mount::mount_to, prelude::*, task::tick};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn container() -> web_sys::HtmlElement {
    let document = document();
    let el = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&el).unwrap();
    el.unchecked_into()
}

#[wasm_bindgen_test]
async fn shell_has_landmarks_navigation_and_the_cramp_now_shortcut() {
    let root = container();
    let _app = mount_to(
        root.clone(),
        || view! { <App bundle=Bundle::Guide pages=bundles::guide/> },
    );
    tick().await;
    assert!(root.query_selector("header").unwrap().is_some());
    assert!(root.query_selector("main#main").unwrap().is_some());
    assert!(root.query_selector("footer").unwrap().is_some());
    let nav = root
        .query_selector("nav[aria-label='Main']")
        .unwrap()
        .expect("main navigation");
    let names: Vec<String> = (0..4)
        .map(|i| {
            nav.query_selector_all("a")
                .unwrap()
                .get(i)
                .unwrap()
                .text_content()
                .unwrap()
        })
        .collect();
    assert_eq!(names, ["Guide", "Stretch coach", "Water", "Symptom check"]);
    let cramp = root
        .query_selector("a.cramp-now-link")
        .unwrap()
        .expect("Cramp now link");
    assert_eq!(cramp.text_content().unwrap(), "Cramp now");
    assert_eq!(cramp.get_attribute("href").as_deref(), Some("/cramp-now"));
    let skip = root
        .query_selector("a.skip-link")
        .unwrap()
        .expect("skip link");
    assert_eq!(skip.get_attribute("href").as_deref(), Some("#main"));
}

/// Clicks `link` and tells whether the app handled it (no page load), then stops any page load.
fn app_handles_click(link: &web_sys::Element) -> bool {
    let seen = std::rc::Rc::new(std::cell::Cell::new(None));
    let seen_in = seen.clone();
    // registered after the app's listener on window, so it runs after it
    let after =
        wasm_bindgen::closure::Closure::<dyn Fn(web_sys::Event)>::new(move |ev: web_sys::Event| {
            seen_in.set(Some(ev.default_prevented()));
            ev.prevent_default();
        });
    window()
        .add_event_listener_with_callback("click", after.as_ref().unchecked_ref())
        .unwrap();
    link.unchecked_ref::<web_sys::HtmlElement>().click();
    window()
        .remove_event_listener_with_callback("click", after.as_ref().unchecked_ref())
        .unwrap();
    seen.get().expect("the click reached the window")
}

#[wasm_bindgen_test]
async fn links_within_the_bundle_stay_in_the_page_and_others_load_their_page() {
    let root = container();
    let _app = mount_to(
        root.clone(),
        || view! { <App bundle=Bundle::Guide pages=bundles::guide/> },
    );
    tick().await;
    let link = |href: &str| {
        root.query_selector(&format!("a[href='{href}']"))
            .unwrap()
            .unwrap_or_else(|| panic!("a link to {href}"))
    };
    assert!(
        app_handles_click(&link("/cramp-now")),
        "the guide bundle shows Cramp now itself"
    );
    assert!(
        !app_handles_click(&link("/water")),
        "the water counter is another bundle: the browser loads its page"
    );
    assert!(!app_handles_click(&link("/stretch")));
    assert!(app_handles_click(&link("/")));
}

#[wasm_bindgen_test]
async fn theme_toggle_flips_the_page_and_remembers_the_choice() {
    let storage = window().local_storage().unwrap().unwrap();
    storage.remove_item("cramp-coach.theme").unwrap();
    let html = document().document_element().unwrap();
    html.remove_attribute("data-theme").unwrap();

    let root = container();
    let _toggle = mount_to(root.clone(), ThemeToggle);
    tick().await;
    let button: web_sys::HtmlElement = root
        .query_selector("button")
        .unwrap()
        .unwrap()
        .unchecked_into();
    let system_dark = window()
        .match_media("(prefers-color-scheme: dark)")
        .unwrap()
        .unwrap()
        .matches();
    assert_eq!(
        button.get_attribute("aria-pressed").as_deref(),
        Some(if system_dark { "true" } else { "false" })
    );

    button.click();
    tick().await;
    let expected = if system_dark { "light" } else { "dark" };
    assert_eq!(html.get_attribute("data-theme").as_deref(), Some(expected));
    assert_eq!(
        storage.get_item("cramp-coach.theme").unwrap().as_deref(),
        Some(expected)
    );
    assert_eq!(
        button.get_attribute("aria-pressed").as_deref(),
        Some(if system_dark { "false" } else { "true" })
    );

    button.click();
    tick().await;
    assert_eq!(
        button.get_attribute("aria-pressed").as_deref(),
        Some(if system_dark { "true" } else { "false" })
    );
    storage.remove_item("cramp-coach.theme").unwrap();
    html.remove_attribute("data-theme").unwrap();
}
