//! The only module that touches `localStorage` (and `sessionStorage`, for one navigation hint).

use super::Subscription;
use crate::domain::key_value::KeyValue;
use std::fmt;

/// Why saved data could not be read or written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StorageError {
    /// No storage: blocked by the browser's settings, private mode, or not a browser.
    Unavailable,
    /// The browser refused to store more (quota exceeded).
    Full,
    /// Any other failure, with the browser's message.
    Failed(String),
}

impl fmt::Display for StorageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Unavailable => write!(f, "This browser does not let Cramp Coach save data on this device (storage is blocked or in private mode)."),
            Self::Full => write!(f, "This device's storage for Cramp Coach is full."),
            Self::Failed(why) => write!(f, "Saving on this device failed: {why}"),
        }
    }
}

impl std::error::Error for StorageError {}

#[cfg(target_arch = "wasm32")]
mod imp {
    use super::{StorageError, Subscription};
    use wasm_bindgen::{JsCast, JsValue};

    fn storage() -> Result<web_sys::Storage, StorageError> {
        let window = web_sys::window().ok_or(StorageError::Unavailable)?;
        match window.local_storage() {
            Ok(Some(storage)) => Ok(storage),
            _ => Err(StorageError::Unavailable),
        }
    }

    fn classify(err: JsValue) -> StorageError {
        let name = err
            .dyn_ref::<js_sys::Error>()
            .map(|e| String::from(e.name()))
            .unwrap_or_default();
        let message = err
            .dyn_ref::<js_sys::Error>()
            .map(|e| String::from(e.message()))
            .or_else(|| err.as_string())
            .unwrap_or_else(|| "unknown error".into());
        if name == "QuotaExceededError" || message.to_ascii_lowercase().contains("quota") {
            StorageError::Full
        } else if name == "SecurityError" {
            StorageError::Unavailable
        } else {
            StorageError::Failed(message)
        }
    }

    pub fn read(key: &str) -> Result<Option<String>, StorageError> {
        storage()?.get_item(key).map_err(classify)
    }

    pub fn write(key: &str, value: &str) -> Result<(), StorageError> {
        storage()?.set_item(key, value).map_err(classify)
    }

    pub fn remove(key: &str) -> Result<(), StorageError> {
        storage()?.remove_item(key).map_err(classify)
    }

    pub fn keys() -> Result<Vec<String>, StorageError> {
        let storage = storage()?;
        let length = storage.length().map_err(classify)?;
        let mut keys = Vec::new();
        for i in 0..length {
            if let Some(key) = storage.key(i).map_err(classify)? {
                keys.push(key);
            }
        }
        Ok(keys)
    }

    fn session() -> Option<web_sys::Storage> {
        web_sys::window()?.session_storage().ok()?
    }

    pub fn session_set(key: &str, value: Option<&str>) {
        if let Some(storage) = session() {
            let _ = match value {
                Some(value) => storage.set_item(key, value),
                None => storage.remove_item(key),
            };
        }
    }

    pub fn session_get(key: &str) -> Option<String> {
        session()?.get_item(key).ok()?
    }

    pub fn on_change(key: &str, callback: impl Fn() + 'static) -> Subscription {
        let key = key.to_owned();
        let handle =
            leptos::prelude::window_event_listener_untyped("storage", move |ev: web_sys::Event| {
                let Some(ev) = ev.dyn_ref::<web_sys::StorageEvent>() else {
                    return;
                };
                // `key` is null when another tab cleared all of the site's storage
                if ev.key().is_none_or(|changed| changed == key) {
                    callback();
                }
            });
        Subscription::new(move || handle.remove())
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod imp {
    use super::{StorageError, Subscription};

    pub fn read(_key: &str) -> Result<Option<String>, StorageError> {
        Err(StorageError::Unavailable)
    }

    pub fn write(_key: &str, _value: &str) -> Result<(), StorageError> {
        Err(StorageError::Unavailable)
    }

    pub fn remove(_key: &str) -> Result<(), StorageError> {
        Err(StorageError::Unavailable)
    }

    pub fn keys() -> Result<Vec<String>, StorageError> {
        Err(StorageError::Unavailable)
    }

    pub fn on_change(_key: &str, _callback: impl Fn() + 'static) -> Subscription {
        Subscription::none()
    }

    pub fn session_set(_key: &str, _value: Option<&str>) {}

    pub fn session_get(_key: &str) -> Option<String> {
        None
    }
}

/// Keeps a value for the next pages of this tab only (session storage, gone when the tab closes),
/// or forgets it (`None`). Best effort: without session storage nothing is kept.
pub fn keep_for_tab(key: &str, value: Option<&str>) {
    imp::session_set(key, value);
}

/// A value kept for this tab by [`keep_for_tab`].
pub fn kept_for_tab(key: &str) -> Option<String> {
    imp::session_get(key)
}

/// Reads a saved value; `Ok(None)` when nothing is saved under `key`.
pub fn read(key: &str) -> Result<Option<String>, StorageError> {
    imp::read(key)
}

/// Saves a value under `key`.
pub fn write(key: &str, value: &str) -> Result<(), StorageError> {
    imp::write(key, value)
}

/// Forgets the value under `key`.
pub fn remove(key: &str) -> Result<(), StorageError> {
    imp::remove(key)
}

/// Every key saved by this site.
pub fn keys() -> Result<Vec<String>, StorageError> {
    imp::keys()
}

/// Forgets every value whose key starts with `prefix`; returns how many there were. Stops at the
/// first that cannot be removed.
pub fn remove_all_with_prefix(prefix: &str) -> Result<usize, StorageError> {
    let doomed: Vec<String> = keys()?
        .into_iter()
        .filter(|k| k.starts_with(prefix))
        .collect();
    for key in &doomed {
        remove(key)?;
    }
    Ok(doomed.len())
}

/// Calls `callback` when another tab of this site changes the value under `key` (the `storage` event).
pub fn on_change(key: &str, callback: impl Fn() + 'static) -> Subscription {
    imp::on_change(key, callback)
}

/// `localStorage` as a [`KeyValue`] store, for the core's save rules.
#[derive(Debug, Clone, Copy, Default)]
pub struct LocalStorage;

impl KeyValue for LocalStorage {
    type Error = StorageError;
    fn read(&self, key: &str) -> Result<Option<String>, StorageError> {
        read(key)
    }
    fn write(&self, key: &str, value: &str) -> Result<(), StorageError> {
        write(key, value)
    }
}
