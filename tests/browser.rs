//! In-browser component tests (wasm-bindgen-test in headless Chromium): the app shell.
#![cfg(target_arch = "wasm32")]

use cramp_coach::components::{bundles, App};
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
    let names: Vec<String> = (0..5)
        .map(|i| {
            nav.query_selector_all("a")
                .unwrap()
                .get(i)
                .unwrap()
                .text_content()
                .unwrap()
        })
        .collect();
    assert_eq!(
        names,
        ["Guide", "Stretch coach", "Water", "Diary", "Symptom check"]
    );
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
