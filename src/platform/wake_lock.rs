//! The only module for the Screen Wake Lock (`navigator.wakeLock`): keeps the screen on while
//! something runs that the person follows without touching the phone (the stretch coach, reading
//! aloud). The browser lets go of it when the page is hidden: ask again when it is shown.
//! A refusal (`NotAllowedError`: page hidden, battery saver) is not an error to show: the tool
//! simply runs without it.

use std::fmt;

/// Why the screen cannot be kept on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WakeLockError {
    /// This browser has no Screen Wake Lock (or this is not a browser).
    Unavailable,
    /// The browser refused at once.
    Refused,
}

impl fmt::Display for WakeLockError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Unavailable => "Keeping the screen on is not available on this device.",
            Self::Refused => "Keeping the screen on was refused by the browser.",
        })
    }
}

impl std::error::Error for WakeLockError {}

#[cfg(target_arch = "wasm32")]
mod imp {
    use super::WakeLockError;
    use js_sys::{Function, Promise, Reflect};
    use std::cell::RefCell;
    use std::rc::Rc;
    use wasm_bindgen::{JsCast, JsValue};

    #[derive(Default)]
    struct Wake {
        wanted: bool,
        pending: bool,
        sentinel: Option<JsValue>,
    }

    #[derive(Default)]
    pub struct ScreenWake(Rc<RefCell<Wake>>);

    fn get(target: &JsValue, key: &str) -> Option<JsValue> {
        Reflect::get(target, &JsValue::from_str(key))
            .ok()
            .filter(|v| !v.is_undefined() && !v.is_null())
    }

    impl ScreenWake {
        pub fn keep_on(&self) -> Result<(), WakeLockError> {
            let lock = web_sys::window()
                .and_then(|w| get(&w.navigator(), "wakeLock"))
                .ok_or(WakeLockError::Unavailable)?;
            let request = get(&lock, "request")
                .and_then(|f| f.dyn_into::<Function>().ok())
                .ok_or(WakeLockError::Unavailable)?;
            {
                let mut wake = self.0.borrow_mut();
                wake.wanted = true;
                let held = wake
                    .sentinel
                    .as_ref()
                    .is_some_and(|s| get(s, "released").and_then(|r| r.as_bool()) == Some(false));
                if held || wake.pending {
                    return Ok(());
                }
                wake.pending = true;
            }
            let promise = request
                .call1(&lock, &JsValue::from_str("screen"))
                .ok()
                .and_then(|p| p.dyn_into::<Promise>().ok());
            let Some(promise) = promise else {
                self.0.borrow_mut().pending = false;
                return Err(WakeLockError::Refused);
            };
            let wake = Rc::clone(&self.0);
            leptos::task::spawn_local(async move {
                let result = wasm_bindgen_futures::JsFuture::from(promise).await;
                let mut w = wake.borrow_mut();
                w.pending = false;
                // refused later (NotAllowedError): it simply runs without it
                if let Ok(sentinel) = result {
                    if w.wanted {
                        w.sentinel = Some(sentinel);
                    } else {
                        release(&sentinel);
                    }
                }
            });
            Ok(())
        }

        pub fn release(&self) {
            let mut wake = self.0.borrow_mut();
            wake.wanted = false;
            if let Some(sentinel) = wake.sentinel.take() {
                release(&sentinel);
            }
        }
    }

    fn release(sentinel: &JsValue) {
        if let Some(f) = get(sentinel, "release").and_then(|f| f.dyn_into::<Function>().ok()) {
            if let Ok(p) = f.call0(sentinel) {
                if let Ok(p) = p.dyn_into::<Promise>() {
                    // a rejection is handled, never an unhandled error
                    leptos::task::spawn_local(async move {
                        let _ = wasm_bindgen_futures::JsFuture::from(p).await;
                    });
                }
            }
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod imp {
    use super::WakeLockError;

    #[derive(Default)]
    pub struct ScreenWake;

    impl ScreenWake {
        pub fn keep_on(&self) -> Result<(), WakeLockError> {
            Err(WakeLockError::Unavailable)
        }
        pub fn release(&self) {}
    }
}

/// The screen wake lock of one tool (keep it in `StoredValue::new_local`: not `Send`).
#[derive(Default)]
pub struct ScreenWake(imp::ScreenWake);

impl ScreenWake {
    /// Asks to keep the screen on; call again when the page is shown again.
    pub fn keep_on(&self) -> Result<(), WakeLockError> {
        self.0.keep_on()
    }

    /// Lets the screen sleep again (and drops a request still under way when it is granted).
    pub fn release(&self) {
        self.0.release()
    }
}
