//! The only module for sharing a link: the Web Share API (`navigator.share`) where the browser has
//! it, otherwise copying the link (`navigator.clipboard.writeText`); and the guide's "Share"
//! buttons, made at build time (`data-share` = the section's id), which it finds and relabels.

use std::fmt;

/// The attribute of a "Share" button that holds its section's id.
pub const SHARE_ATTRIBUTE: &str = "data-share";

/// Why a link was not shared.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ShareError {
    /// The person closed the share sheet (`AbortError`): nothing to say.
    Cancelled,
    /// This browser cannot share or copy (or this is not a browser).
    Unavailable,
    /// The browser refused (for example, no permission to write to the clipboard).
    Refused,
}

impl fmt::Display for ShareError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Cancelled => "Sharing was cancelled.",
            Self::Unavailable => "This browser cannot share or copy the link.",
            Self::Refused => "The link could not be copied.",
        })
    }
}

impl std::error::Error for ShareError {}

#[cfg(target_arch = "wasm32")]
mod imp {
    use super::{ShareError, SHARE_ATTRIBUTE};
    use wasm_bindgen::{JsCast, JsValue};
    use wasm_bindgen_futures::JsFuture;

    fn navigator() -> Option<web_sys::Navigator> {
        web_sys::window().map(|w| w.navigator())
    }

    fn has(target: &JsValue, key: &str) -> bool {
        js_sys::Reflect::get(target, &JsValue::from_str(key))
            .is_ok_and(|v| !v.is_undefined() && !v.is_null())
    }

    pub fn can_share() -> bool {
        navigator().is_some_and(|n| has(&n, "share"))
    }

    pub async fn share(title: &str, url: &str) -> Result<(), ShareError> {
        let navigator = navigator().ok_or(ShareError::Unavailable)?;
        let data = web_sys::ShareData::new();
        data.set_title(title);
        data.set_url(url);
        JsFuture::from(navigator.share_with_data(&data))
            .await
            .map(drop)
            .map_err(|err| {
                let name = js_sys::Reflect::get(&err, &JsValue::from_str("name")).ok();
                if name.and_then(|n| n.as_string()).as_deref() == Some("AbortError") {
                    ShareError::Cancelled
                } else {
                    ShareError::Refused
                }
            })
    }

    pub async fn copy(text: &str) -> Result<(), ShareError> {
        let navigator = navigator().ok_or(ShareError::Unavailable)?;
        if !has(&navigator, "clipboard") {
            return Err(ShareError::Unavailable);
        }
        JsFuture::from(navigator.clipboard().write_text(text))
            .await
            .map(drop)
            .map_err(|_| ShareError::Refused)
    }

    pub fn address_of(id: &str) -> String {
        let location = web_sys::window().map(|w| w.location());
        let part = |f: fn(&web_sys::Location) -> Result<String, JsValue>| {
            location
                .as_ref()
                .and_then(|l| f(l).ok())
                .unwrap_or_default()
        };
        format!(
            "{}{}#{id}",
            part(web_sys::Location::origin),
            part(web_sys::Location::pathname)
        )
    }

    pub fn pressed_section(ev: &web_sys::Event) -> Option<String> {
        ev.target()?
            .dyn_into::<web_sys::Element>()
            .ok()?
            .closest(&format!("[{SHARE_ATTRIBUTE}]"))
            .ok()??
            .get_attribute(SHARE_ATTRIBUTE)
    }

    pub fn relabel(text: &str, label: impl Fn(&str) -> String) {
        let buttons = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.query_selector_all(&format!("[{SHARE_ATTRIBUTE}]")).ok());
        let Some(buttons) = buttons else { return };
        for i in 0..buttons.length() {
            let Some(button) = buttons
                .item(i)
                .and_then(|b| b.dyn_into::<web_sys::Element>().ok())
            else {
                continue;
            };
            let id = button.get_attribute(SHARE_ATTRIBUTE).unwrap_or_default();
            button.set_text_content(Some(text));
            let _ = button.set_attribute("aria-label", &label(&id));
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod imp {
    use super::ShareError;

    pub fn can_share() -> bool {
        false
    }
    pub async fn share(_title: &str, _url: &str) -> Result<(), ShareError> {
        Err(ShareError::Unavailable)
    }
    pub async fn copy(_text: &str) -> Result<(), ShareError> {
        Err(ShareError::Unavailable)
    }
    pub fn address_of(id: &str) -> String {
        format!("#{id}")
    }
    pub fn pressed_section(_ev: &web_sys::Event) -> Option<String> {
        None
    }
    pub fn relabel(_text: &str, _label: impl Fn(&str) -> String) {}
}

/// Whether the browser has the Web Share API (otherwise the link is copied).
pub fn can_share() -> bool {
    imp::can_share()
}

/// Opens the device's share sheet with this title and address.
pub async fn share(title: &str, url: &str) -> Result<(), ShareError> {
    imp::share(title, url).await
}

/// Copies `text` to the clipboard.
pub async fn copy(text: &str) -> Result<(), ShareError> {
    imp::copy(text).await
}

/// The address of this page's element with this id (`https://…/path#id`).
pub fn address_of(id: &str) -> String {
    imp::address_of(id)
}

/// The section whose "Share" button a click was on (the click may be on the button's text).
pub fn pressed_section(ev: &web_sys::Event) -> Option<String> {
    imp::pressed_section(ev)
}

/// Gives every "Share" button this text, and the accessible name `label(section id)`.
pub fn relabel(text: &str, label: impl Fn(&str) -> String) {
    imp::relabel(text, label)
}
