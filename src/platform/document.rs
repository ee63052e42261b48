//! The only module that changes the document outside the component tree: its title, focus after
//! navigation, and which page was pre-rendered into `<body>`. (The theme is applied by the inline
//! script in `index.html`: see `domain::theme`.)

#[cfg(target_arch = "wasm32")]
mod imp {
    use super::CONTROLS;
    use wasm_bindgen::JsCast;

    fn document() -> Option<web_sys::Document> {
        web_sys::window()?.document()
    }

    pub fn set_title(title: &str) {
        if let Some(doc) = document() {
            doc.set_title(title);
        }
    }

    pub fn is_plain_space_outside_controls(ev: &web_sys::KeyboardEvent) -> bool {
        if ev.key() != " " || ev.repeat() || ev.ctrl_key() || ev.alt_key() || ev.meta_key() {
            return false;
        }
        let target = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok());
        target.is_none_or(|el| el.closest(CONTROLS).ok().flatten().is_none())
    }

    pub fn event_target_name(ev: &web_sys::Event) -> String {
        ev.target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|el| el.get_attribute("name"))
            .unwrap_or_default()
    }

    pub fn prerendered_path() -> Option<String> {
        document()?.body()?.get_attribute(super::PAGE_ATTRIBUTE)
    }

    pub fn part(id: &str) -> Option<web_sys::HtmlElement> {
        document()?.get_element_by_id(id)?.dyn_into().ok()
    }

    pub fn mark_busy(busy: bool) {
        if let Some(root) = document().and_then(|d| d.document_element()) {
            if root.has_attribute("data-busy") != busy {
                let _ = root.toggle_attribute_with_force("data-busy", busy);
            }
        }
    }

    pub fn mark_hydrated() {
        if let Some(root) = document().and_then(|d| d.document_element()) {
            let _ = root.set_attribute(super::HYDRATED_ATTRIBUTE, "");
        }
    }

    pub fn focus_page_heading() {
        let heading = document().and_then(|d| d.query_selector("main h1").ok().flatten());
        if let Some(el) = heading.and_then(|h| h.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = el.focus();
        }
    }

    pub fn set_text_by_id(id: &str, text: &str) {
        if let Some(el) = document().and_then(|d| d.get_element_by_id(id)) {
            el.set_text_content(Some(text));
        }
    }

    pub fn focus_by_id(id: &str) -> bool {
        let element = document().and_then(|d| d.get_element_by_id(id));
        match element.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
            Some(el) => el.focus().is_ok(),
            None => false,
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod imp {

    pub fn set_title(_title: &str) {}
    pub fn focus_page_heading() {}
    pub fn focus_by_id(_id: &str) -> bool {
        false
    }
    pub fn mark_hydrated() {}
    pub fn mark_busy(_busy: bool) {}
    pub fn set_text_by_id(_id: &str, _text: &str) {}
    pub fn prerendered_path() -> Option<String> {
        None
    }
    pub fn is_plain_space_outside_controls(_ev: &web_sys::KeyboardEvent) -> bool {
        false
    }
    pub fn event_target_name(_ev: &web_sys::Event) -> String {
        String::new()
    }
}

/// Sets the document title (the tab name and what a screen reader announces on navigation).
pub fn set_title(title: &str) {
    imp::set_title(title)
}

/// Moves keyboard and screen-reader focus to the page's `<h1>` (a page opened by an app link).
pub fn focus_page_heading() {
    imp::focus_page_heading()
}

/// Moves focus to the element with this id (give it `tabindex="-1"` if it is not a control);
/// false if there is no such element.
pub fn focus_by_id(id: &str) -> bool {
    imp::focus_by_id(id)
}

/// Sets the text of the element with this id, inside a fixed HTML piece the component tree does
/// not own (Cramp now's save offer, the diary's medicine form and report controls).
pub fn set_text_by_id(id: &str, text: &str) {
    imp::set_text_by_id(id, text)
}

/// Elements that handle Space themselves.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
const CONTROLS: &str = "a[href], button, input, select, textarea, summary, [contenteditable], [role=button], [role=switch]";

/// Whether a key press is a plain Space (no modifier, not held down) outside of any control that
/// uses Space itself: a page-wide shortcut may take it.
pub fn is_plain_space_outside_controls(ev: &web_sys::KeyboardEvent) -> bool {
    imp::is_plain_space_outside_controls(ev)
}

/// The `name` attribute of the form control an event came from ("" if none).
pub fn event_target_name(ev: &web_sys::Event) -> String {
    imp::event_target_name(ev)
}

/// The attribute of `<body>` that names the page pre-rendered into it (its path).
pub const PAGE_ATTRIBUTE: &str = "data-page";

/// The path of the page pre-rendered into this document (`<body data-page>`), if any.
pub fn prerendered_path() -> Option<String> {
    imp::prerendered_path()
}

/// The element with this id that a bundle hydrates or builds its part of the page in.
#[cfg(target_arch = "wasm32")]
pub fn part(id: &str) -> Option<web_sys::HtmlElement> {
    imp::part(id)
}

/// Marks `<html data-busy>` while work is in progress that an update must not interrupt (the
/// stylesheet then hides the update banner).
pub fn mark_busy(busy: bool) {
    imp::mark_busy(busy)
}

/// The attribute of `<html>` that says the page is working: set by [`mark_hydrated`], or in the
/// HTML of a page that loads no wasm (by the post-build step).
pub const HYDRATED_ATTRIBUTE: &str = "data-hydrated";

/// Marks `<html data-hydrated>` once the app is interactive (tests and styles can rely on it).
pub fn mark_hydrated() {
    imp::mark_hydrated()
}
