//! In-browser component tests (wasm-bindgen-test in headless Chromium): the app shell.
#![cfg(target_arch = "wasm32")]

use cramp_coach::components::cramp_now::{page::CrampNowPage, state::KEPT_KEY};
use cramp_coach::components::{bundles, App};
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
    let _app = mount_to(root.clone(), || view! { <App pages=bundles::guide/> });
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

/// Lets the browser run other tasks for `ms` milliseconds.
async fn pause(ms: i32) {
    let promise = js_sys::Promise::new(&mut |done, _| {
        window()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&done, ms)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

fn kept_count() -> Option<String> {
    window()
        .session_storage()
        .unwrap()
        .unwrap()
        .get_item(KEPT_KEY)
        .unwrap()
}

#[wasm_bindgen_test]
async fn cramp_now_keeps_a_running_count_for_the_tab_and_forgets_it_once_eased() {
    let storage = window().session_storage().unwrap().unwrap();
    let started = (js_sys::Date::now() - 120_000.0) as i64;
    storage.set_item(KEPT_KEY, &started.to_string()).unwrap();
    let root = container();
    let app = mount_to(root.clone(), CrampNowPage);
    // effects start in later tasks: wait for the count to be read and shown
    for _ in 0..50 {
        tick().await;
        pause(10).await;
        if root
            .text_content()
            .unwrap_or_default()
            .contains("2 minutes")
        {
            break;
        }
    }
    let text = root.query_selector(".cramp-timer__text").unwrap().unwrap();
    assert!(
        text.text_content().unwrap().contains("2 minutes"),
        "the count kept by this tab goes on: {:?}",
        text.text_content()
    );
    assert_eq!(kept_count(), Some(started.to_string()));
    root.query_selector(".cramp-timer__eased")
        .unwrap()
        .unwrap()
        .unchecked_ref::<web_sys::HtmlElement>()
        .click();
    for _ in 0..20 {
        tick().await;
        pause(10).await;
        if kept_count().is_none() {
            break;
        }
    }
    assert_eq!(kept_count(), None, "an eased cramp is not resumed");
    drop(app);
}
