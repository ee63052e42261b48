//! The only module that reads the address bar and the session history: the current path,
//! client-side navigation for same-origin links, and the back/forward buttons.
//!
//! A small router instead of `leptos_router`: measured on this app, the wasm was 118 KB gzip with
//! the router crate and 66 KB without it (see ARCHITECTURE.md, Decisions), for a few flat routes.

use super::Subscription;

/// The path being rendered, provided as context by the pre-renderer (no address bar there).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RequestPath(pub String);

/// The path in the address bar (`/` outside a browser).
pub fn current_path() -> String {
    #[cfg(target_arch = "wasm32")]
    {
        web_sys::window()
            .and_then(|w| w.location().pathname().ok())
            .unwrap_or_else(|| "/".into())
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        "/".into()
    }
}

/// The site's origin (`https://example.org`; empty outside a browser).
pub fn origin() -> String {
    #[cfg(target_arch = "wasm32")]
    {
        web_sys::window()
            .and_then(|w| w.location().origin().ok())
            .unwrap_or_default()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        String::new()
    }
}

/// Handles same-origin link clicks to the paths that `shows` accepts without reloading, and
/// back/forward; reports each new path. Links to other paths load their page as usual.
/// Cancel the subscription (in `on_cleanup`) to stop.
pub fn listen(
    shows: impl Fn(&str) -> bool + 'static,
    on_change: impl Fn(String) + 'static,
) -> Subscription {
    #[cfg(target_arch = "wasm32")]
    {
        use leptos::prelude::{window_event_listener, window_event_listener_untyped};
        use std::rc::Rc;

        let on_change = Rc::new(on_change);
        let shows = Rc::new(shows);
        let (changed, shown) = (on_change.clone(), shows.clone());
        let popstate = window_event_listener_untyped("popstate", move |_| {
            let path = current_path();
            if shown(&path) {
                changed(path)
            } else if let Some(w) = web_sys::window() {
                // an entry of another bundle's page: load that page
                let _ = w.location().reload();
            }
        });
        let click = window_event_listener(leptos::ev::click, move |ev| {
            if let Some(path) = internal_link_target(&ev) {
                let bare = path.split(['?', '#']).next().unwrap_or(&path);
                if shows(bare) {
                    ev.prevent_default();
                    navigate(&path, &*on_change);
                } else {
                    // another bundle's page loads: let it know to focus its heading
                    crate::platform::storage::note_arrival(bare);
                }
            }
        });
        Subscription::new(move || {
            popstate.remove();
            click.remove();
        })
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = (shows, on_change);
        Subscription::none()
    }
}

/// The `path?query#hash` of a plain left click on a same-origin `<a>` the app should handle itself.
#[cfg(target_arch = "wasm32")]
fn internal_link_target(ev: &web_sys::MouseEvent) -> Option<String> {
    use wasm_bindgen::JsCast;
    if ev.default_prevented()
        || ev.button() != 0
        || ev.meta_key()
        || ev.ctrl_key()
        || ev.shift_key()
        || ev.alt_key()
    {
        return None;
    }
    let target: web_sys::Element = ev.target()?.dyn_into().ok()?;
    let anchor: web_sys::HtmlAnchorElement = target.closest("a[href]").ok()??.dyn_into().ok()?;
    if !anchor.target().is_empty()
        || anchor.has_attribute("download")
        || anchor
            .get_attribute("rel")
            .is_some_and(|r| r.contains("external"))
    {
        return None;
    }
    let location = web_sys::window()?.location();
    if anchor.origin() != location.origin().ok()? {
        return None;
    }
    Some(format!(
        "{}{}{}",
        anchor.pathname(),
        anchor.search(),
        anchor.hash()
    ))
}

/// Shows `path_and_more` (pushed onto the session history), then goes to its section or the top.
#[cfg(target_arch = "wasm32")]
fn navigate(path_and_more: &str, on_change: &dyn Fn(String)) {
    let Some(window) = web_sys::window() else {
        return;
    };
    if let Ok(history) = window.history() {
        let _ = history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(path_and_more));
    }
    on_change(current_path());
    // after the new page has rendered: go to the requested section, or to the top
    let hash = window.location().hash().unwrap_or_default();
    leptos::prelude::request_animation_frame(move || {
        let Some(window) = web_sys::window() else {
            return;
        };
        let target = hash
            .strip_prefix('#')
            .and_then(|id| window.document()?.get_element_by_id(id));
        match target {
            Some(el) => el.scroll_into_view(),
            None => window.scroll_to_with_x_and_y(0.0, 0.0),
        }
    });
}

/// Whether this page was opened by a link of the app (in another bundle) rather than typed,
/// bookmarked or reloaded; asks once per page load.
pub fn arrived_by_app_link() -> bool {
    let here = current_path();
    crate::platform::storage::take_arrival().is_some_and(|to| {
        crate::domain::routes::page_for(&to) == crate::domain::routes::page_for(&here)
    })
}
