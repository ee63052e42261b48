//! The only module that writes to the clipboard or opens the share sheet (the diary's report).

use std::fmt;

/// Why text could not be copied or shared.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ClipboardError {
    /// No clipboard here (an old browser, a page not served securely, not a browser).
    Unavailable,
    /// The browser refused (permission), with its message.
    Refused(String),
    /// The person closed the share sheet.
    Cancelled,
}

impl fmt::Display for ClipboardError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Unavailable => write!(
                f,
                "Copying is not available in this browser: select the report and copy it."
            ),
            Self::Refused(why) => write!(f, "The browser did not allow copying: {why}"),
            Self::Cancelled => write!(f, "Sharing was cancelled."),
        }
    }
}

impl std::error::Error for ClipboardError {}

#[cfg(target_arch = "wasm32")]
mod imp {
    use super::ClipboardError;
    use wasm_bindgen::{JsCast, JsValue};
    use wasm_bindgen_futures::JsFuture;

    fn refused(e: JsValue) -> ClipboardError {
        let name = e
            .dyn_ref::<js_sys::Error>()
            .map(|e| String::from(e.name()))
            .unwrap_or_default();
        if name == "AbortError" {
            return ClipboardError::Cancelled;
        }
        ClipboardError::Refused(
            e.dyn_ref::<js_sys::Error>()
                .map(|e| String::from(e.message()))
                .unwrap_or_else(|| "unknown error".into()),
        )
    }

    fn navigator() -> Result<web_sys::Navigator, ClipboardError> {
        web_sys::window()
            .map(|w| w.navigator())
            .ok_or(ClipboardError::Unavailable)
    }

    pub async fn copy(text: &str) -> Result<(), ClipboardError> {
        let navigator = navigator()?;
        let has =
            js_sys::Reflect::has(&navigator, &JsValue::from_str("clipboard")).unwrap_or(false);
        if !has {
            return Err(ClipboardError::Unavailable);
        }
        let promise = navigator.clipboard().write_text(text);
        JsFuture::from(promise).await.map(|_| ()).map_err(refused)
    }

    pub fn can_share() -> bool {
        navigator()
            .is_ok_and(|n| js_sys::Reflect::has(&n, &JsValue::from_str("share")).unwrap_or(false))
    }

    pub async fn share(title: &str, text: &str) -> Result<(), ClipboardError> {
        let navigator = navigator()?;
        if !can_share() {
            return Err(ClipboardError::Unavailable);
        }
        let data = web_sys::ShareData::new();
        data.set_title(title);
        data.set_text(text);
        JsFuture::from(navigator.share_with_data(&data))
            .await
            .map(|_| ())
            .map_err(refused)
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod imp {
    use super::ClipboardError;

    pub async fn copy(_text: &str) -> Result<(), ClipboardError> {
        Err(ClipboardError::Unavailable)
    }

    pub fn can_share() -> bool {
        false
    }

    pub async fn share(_title: &str, _text: &str) -> Result<(), ClipboardError> {
        Err(ClipboardError::Unavailable)
    }
}

/// Copies `text` to the clipboard.
pub async fn copy(text: &str) -> Result<(), ClipboardError> {
    imp::copy(text).await
}

/// Whether the browser has a share sheet (`navigator.share`).
pub fn can_share() -> bool {
    imp::can_share()
}

/// Opens the share sheet with `text`.
pub async fn share(title: &str, text: &str) -> Result<(), ClipboardError> {
    imp::share(title, text).await
}
