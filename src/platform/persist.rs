//! The only module that asks the browser to keep the site's storage (`navigator.storage`):
//! without it a browser may clear it to free space, and Safari does after 7 days without a visit.

use std::fmt;

/// Why the browser could not be asked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PersistError {
    /// No `navigator.storage` here (an older browser, a page not served securely, not a browser).
    Unavailable,
    /// The browser failed to answer, with its message.
    Failed(String),
}

impl fmt::Display for PersistError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Unavailable => write!(
                f,
                "This browser cannot be asked to keep Cramp Coach's data."
            ),
            Self::Failed(why) => write!(f, "The browser did not answer: {why}"),
        }
    }
}

impl std::error::Error for PersistError {}

#[cfg(target_arch = "wasm32")]
mod imp {
    use super::PersistError;
    use wasm_bindgen::{JsCast, JsValue};
    use wasm_bindgen_futures::JsFuture;

    fn manager() -> Result<web_sys::StorageManager, PersistError> {
        let navigator = web_sys::window()
            .map(|w| w.navigator())
            .ok_or(PersistError::Unavailable)?;
        let storage = js_sys::Reflect::get(&navigator, &JsValue::from_str("storage"))
            .map_err(|_| PersistError::Unavailable)?;
        let has =
            |name: &str| js_sys::Reflect::has(&storage, &JsValue::from_str(name)).unwrap_or(false);
        if storage.is_undefined() || !has("persist") || !has("persisted") {
            return Err(PersistError::Unavailable);
        }
        Ok(storage.unchecked_into())
    }

    fn failed(e: JsValue) -> PersistError {
        PersistError::Failed(
            e.dyn_ref::<js_sys::Error>()
                .map(|e| String::from(e.message()))
                .unwrap_or_else(|| "unknown error".into()),
        )
    }

    pub async fn ask(persist: bool) -> Result<bool, PersistError> {
        let manager = manager()?;
        let promise = if persist {
            manager.persist()
        } else {
            manager.persisted()
        }
        .map_err(failed)?;
        let answer = JsFuture::from(promise).await.map_err(failed)?;
        Ok(answer.as_bool().unwrap_or(false))
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod imp {
    use super::PersistError;

    pub async fn ask(_persist: bool) -> Result<bool, PersistError> {
        Err(PersistError::Unavailable)
    }
}

/// Whether the browser has promised to keep the site's storage (`navigator.storage.persisted()`).
pub async fn persisted() -> Result<bool, PersistError> {
    imp::ask(false).await
}

/// Asks the browser to keep the site's storage (`navigator.storage.persist()`); the answer is
/// whether it now does. Some browsers decide without asking the person.
pub async fn persist() -> Result<bool, PersistError> {
    imp::ask(true).await
}
