//! The only module that makes files for the person to keep or reads a file they chose: a
//! download (a `Blob`, its object URL and an `<a download>`), the share sheet with a file
//! ("Save to Files" in an iOS home-screen app, where downloads do not work), and the file chosen
//! in an `<input type="file">`. Nothing is sent anywhere. `showSaveFilePicker` is never used: few
//! browsers have it.

use std::fmt;

/// Why a file could not be made, shared or read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileError {
    /// This browser cannot do it (or this is not a browser).
    Unavailable,
    /// The browser refused, with its message.
    Refused(String),
    /// The person closed the share sheet.
    Cancelled,
    /// The chosen file is larger than any file the app reads.
    TooLarge,
    /// The chosen file could not be read, with the browser's message.
    Unreadable(String),
}

impl fmt::Display for FileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Unavailable => write!(f, "This browser cannot save files from Cramp Coach."),
            Self::Refused(why) => write!(f, "The browser did not save the file: {why}"),
            Self::Cancelled => write!(f, "Saving was cancelled."),
            Self::TooLarge => write!(
                f,
                "This file is far too large to be a Cramp Coach backup. Nothing was changed."
            ),
            Self::Unreadable(why) => {
                write!(f, "The file could not be read: {why} Nothing was changed.")
            }
        }
    }
}

impl std::error::Error for FileError {}

/// The address of a file made in the browser; the browser forgets it (`URL.revokeObjectURL`)
/// when this is dropped, so keep it until the download has started (the page keeps the last one
/// until the next download or until it closes).
#[derive(Debug)]
pub struct ObjectUrl(#[allow(dead_code)] String);

#[cfg(target_arch = "wasm32")]
impl Drop for ObjectUrl {
    fn drop(&mut self) {
        let _ = web_sys::Url::revoke_object_url(&self.0);
    }
}

#[cfg(target_arch = "wasm32")]
mod imp {
    use super::{FileError, ObjectUrl};
    use wasm_bindgen::{JsCast, JsValue};
    use wasm_bindgen_futures::JsFuture;

    fn message(e: &JsValue) -> String {
        e.dyn_ref::<js_sys::Error>()
            .map(|e| String::from(e.message()))
            .or_else(|| e.as_string())
            .unwrap_or_else(|| "unknown error".into())
    }

    fn refused(e: JsValue) -> FileError {
        FileError::Refused(message(&e))
    }

    fn has(object: &JsValue, name: &str) -> bool {
        js_sys::Reflect::has(object, &JsValue::from_str(name)).unwrap_or(false)
    }

    pub fn download(name: &str, media_type: &str, text: &str) -> Result<ObjectUrl, FileError> {
        let window = web_sys::window().ok_or(FileError::Unavailable)?;
        let document = window.document().ok_or(FileError::Unavailable)?;
        let bag = web_sys::BlobPropertyBag::new();
        bag.set_type(media_type);
        let parts = js_sys::Array::of1(&JsValue::from_str(text));
        let blob =
            web_sys::Blob::new_with_str_sequence_and_options(&parts, &bag).map_err(refused)?;
        let url = ObjectUrl(web_sys::Url::create_object_url_with_blob(&blob).map_err(refused)?);
        let anchor: web_sys::HtmlAnchorElement = document
            .create_element("a")
            .map_err(refused)?
            .dyn_into()
            .map_err(|_| FileError::Unavailable)?;
        anchor.set_href(&url.0);
        anchor.set_download(name);
        anchor.set_hidden(true);
        let body = document.body().ok_or(FileError::Unavailable)?;
        body.append_child(&anchor).map_err(refused)?;
        anchor.click();
        anchor.remove();
        Ok(url)
    }

    pub fn downloads_work() -> bool {
        let Some(window) = web_sys::window() else {
            return false;
        };
        let navigator = window.navigator();
        // only Safari on iOS has `navigator.standalone`: true in a home-screen app
        let standalone = js_sys::Reflect::get(&navigator, &JsValue::from_str("standalone"))
            .ok()
            .and_then(|v| v.as_bool())
            .unwrap_or(false);
        let display_standalone = window
            .match_media("(display-mode: standalone)")
            .ok()
            .flatten()
            .is_some_and(|m| m.matches());
        let agent = navigator.user_agent().unwrap_or_default();
        let ios = ["iPhone", "iPad", "iPod"].iter().any(|d| agent.contains(d))
            || (agent.contains("Macintosh") && navigator.max_touch_points() > 1);
        !(standalone || (display_standalone && ios))
    }

    fn share_data(name: &str, media_type: &str, text: &str) -> Option<web_sys::ShareData> {
        let bag = web_sys::FilePropertyBag::new();
        bag.set_type(media_type);
        let parts = js_sys::Array::of1(&JsValue::from_str(text));
        let file = web_sys::File::new_with_str_sequence_and_options(&parts, name, &bag).ok()?;
        let data = web_sys::ShareData::new();
        data.set_files(&js_sys::Array::of1(&file));
        Some(data)
    }

    pub fn can_share_file(name: &str, media_type: &str, text: &str) -> bool {
        let Some(navigator) = web_sys::window().map(|w| w.navigator()) else {
            return false;
        };
        if !has(&navigator, "canShare") || !has(&navigator, "share") {
            return false;
        }
        share_data(name, media_type, text).is_some_and(|d| navigator.can_share_with_data(&d))
    }

    pub async fn share_file(name: &str, media_type: &str, text: &str) -> Result<(), FileError> {
        if !can_share_file(name, media_type, text) {
            return Err(FileError::Unavailable);
        }
        let navigator = web_sys::window()
            .map(|w| w.navigator())
            .ok_or(FileError::Unavailable)?;
        let data = share_data(name, media_type, text).ok_or(FileError::Unavailable)?;
        JsFuture::from(navigator.share_with_data(&data))
            .await
            .map(|_| ())
            .map_err(|e| {
                let name = e
                    .dyn_ref::<js_sys::Error>()
                    .map(|e| String::from(e.name()))
                    .unwrap_or_default();
                if name == "AbortError" {
                    FileError::Cancelled
                } else {
                    refused(e)
                }
            })
    }

    pub async fn read_chosen(
        ev: &web_sys::Event,
        max_bytes: f64,
    ) -> Result<Option<Vec<u8>>, FileError> {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return Err(FileError::Unavailable);
        };
        let Some(file) = input.files().and_then(|list| list.get(0)) else {
            return Ok(None);
        };
        // the same file can be chosen again (a second merge)
        input.set_value("");
        if file.size() > max_bytes {
            return Err(FileError::TooLarge);
        }
        let buffer = JsFuture::from(file.array_buffer())
            .await
            .map_err(|e| FileError::Unreadable(message(&e)))?;
        Ok(Some(js_sys::Uint8Array::new(&buffer).to_vec()))
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod imp {
    use super::{FileError, ObjectUrl};

    pub fn download(_name: &str, _media_type: &str, _text: &str) -> Result<ObjectUrl, FileError> {
        Err(FileError::Unavailable)
    }

    pub fn downloads_work() -> bool {
        true
    }

    pub fn can_share_file(_name: &str, _media_type: &str, _text: &str) -> bool {
        false
    }

    pub async fn share_file(_name: &str, _media_type: &str, _text: &str) -> Result<(), FileError> {
        Err(FileError::Unavailable)
    }

    pub async fn read_chosen(
        _ev: &web_sys::Event,
        _max_bytes: f64,
    ) -> Result<Option<Vec<u8>>, FileError> {
        Err(FileError::Unavailable)
    }
}

/// Downloads `text` as a file called `name` of type `media_type`; keep the returned address
/// until the download has started.
pub fn download(name: &str, media_type: &str, text: &str) -> Result<ObjectUrl, FileError> {
    imp::download(name, media_type, text)
}

/// Whether downloads work here: not in an iOS home-screen app (`navigator.standalone`, or the
/// standalone display mode on iOS), where the share sheet's "Save to Files" is the way.
pub fn downloads_work() -> bool {
    imp::downloads_work()
}

/// Whether the share sheet takes this file (`navigator.canShare({files})`).
pub fn can_share_file(name: &str, media_type: &str, text: &str) -> bool {
    imp::can_share_file(name, media_type, text)
}

/// Opens the share sheet with `text` as a file called `name` ("Save to Files" on iOS).
pub async fn share_file(name: &str, media_type: &str, text: &str) -> Result<(), FileError> {
    imp::share_file(name, media_type, text).await
}

/// The whole file chosen in the `<input type="file">` that fired `ev` (`None`: none chosen),
/// refused if larger than `max_bytes`; the input is emptied so the same file can be chosen again.
pub async fn read_chosen(
    ev: &web_sys::Event,
    max_bytes: f64,
) -> Result<Option<Vec<u8>>, FileError> {
    imp::read_chosen(ev, max_bytes).await
}
