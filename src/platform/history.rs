//! The only module that reads the address bar and the session history: the current path,
//! client-side navigation for same-origin links, and the back/forward buttons.
//!
//! A small router instead of `leptos_router`: measured on this app, the wasm was 118 KB gzip with
//! the router crate and 66 KB without it (see ARCHITECTURE.md, Decisions), for a few flat routes.

/// The path being rendered, provided as context by the pre-renderer (no address bar there).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RequestPath(pub String);

#[cfg(target_arch = "wasm32")]
mod imp {
    use wasm_bindgen::{closure::Closure, JsCast};

    pub fn current_path() -> String {
        web_sys::window()
            .and_then(|w| w.location().pathname().ok())
            .unwrap_or_else(|| "/".into())
    }

    /// Calls `on_change` with the new path after a same-origin link click or back/forward.
    pub fn listen(shows: impl Fn(&str) -> bool + 'static, on_change: impl Fn(String) + 'static) {
        let Some(window) = web_sys::window() else {
            return;
        };
        let on_change = std::rc::Rc::new(on_change);

        let shows = std::rc::Rc::new(shows);
        let changed = on_change.clone();
        let shown = shows.clone();
        let popstate = Closure::<dyn Fn()>::new(move || {
            let path = current_path();
            if shown(&path) {
                changed(path)
            } else if let Some(w) = web_sys::window() {
                // an entry of another bundle's page: load that page
                let _ = w.location().reload();
            }
        });
        let _ =
            window.add_event_listener_with_callback("popstate", popstate.as_ref().unchecked_ref());
        popstate.forget();

        let click = Closure::<dyn Fn(web_sys::MouseEvent)>::new(move |ev: web_sys::MouseEvent| {
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
        let _ = window.add_event_listener_with_callback("click", click.as_ref().unchecked_ref());
        click.forget();
    }

    /// The `path?query#hash` of a plain left click on a same-origin `<a>` the app should handle itself.
    fn internal_link_target(ev: &web_sys::MouseEvent) -> Option<String> {
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
        let anchor: web_sys::HtmlAnchorElement =
            target.closest("a[href]").ok()??.dyn_into().ok()?;
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

    fn navigate(path_and_more: &str, on_change: &dyn Fn(String)) {
        let Some(window) = web_sys::window() else {
            return;
        };
        if let Ok(history) = window.history() {
            let _ =
                history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(path_and_more));
        }
        on_change(current_path());
        // after the new page has rendered: go to the requested section, or to the top
        let hash = window.location().hash().unwrap_or_default();
        let scroll = Closure::once_into_js(move || {
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
        let _ = window.request_animation_frame(scroll.unchecked_ref());
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod imp {
    pub fn current_path() -> String {
        "/".into()
    }
    pub fn listen(_shows: impl Fn(&str) -> bool + 'static, _on_change: impl Fn(String) + 'static) {}
}

/// Whether this page was opened by a link of the app (in another bundle) rather than typed,
/// bookmarked or reloaded; asks once per page load.
pub fn arrived_by_app_link() -> bool {
    let here = current_path();
    crate::platform::storage::take_arrival().is_some_and(|to| {
        crate::domain::routes::page_for(&to) == crate::domain::routes::page_for(&here)
    })
}

/// The path in the address bar (`/` outside a browser).
pub fn current_path() -> String {
    imp::current_path()
}

/// Handles same-origin link clicks to the paths that `shows` accepts without reloading, and
/// back/forward; reports each new path. Links to other paths load their page as usual.
pub fn listen(shows: impl Fn(&str) -> bool + 'static, on_change: impl Fn(String) + 'static) {
    imp::listen(shows, on_change)
}
