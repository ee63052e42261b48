//! The only module that talks to the service worker: registers `/sw.js`, reports when a new
//! version is waiting, and lets it take over (then reloads) only when asked.

use std::fmt;

/// Why offline support is not available.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OfflineError {
    /// This browser or context has no service workers (old browser, private mode, insecure origin).
    Unsupported,
    /// Registration failed, with the browser's message.
    RegistrationFailed(String),
}

impl fmt::Display for OfflineError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Unsupported => write!(f, "This browser cannot keep Cramp Coach for offline use."),
            Self::RegistrationFailed(why) => write!(f, "Offline use could not be set up: {why}"),
        }
    }
}

#[cfg(target_arch = "wasm32")]
mod imp {
    use super::OfflineError;
    use std::cell::RefCell;
    use wasm_bindgen::{closure::Closure, JsCast, JsValue};
    use web_sys::{ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState};

    thread_local! {
        static REGISTRATION: RefCell<Option<ServiceWorkerRegistration>> = const { RefCell::new(None) };
    }

    fn container() -> Option<ServiceWorkerContainer> {
        let navigator = web_sys::window()?.navigator();
        // `navigator.serviceWorker` is undefined where unsupported
        let has =
            js_sys::Reflect::has(&navigator, &JsValue::from_str("serviceWorker")).unwrap_or(false);
        has.then(|| navigator.service_worker())
    }

    fn watch(reg: &ServiceWorkerRegistration, on_update_ready: &std::rc::Rc<dyn Fn()>) {
        let has_controller = || container().and_then(|c| c.controller()).is_some();
        if reg.waiting().is_some() && has_controller() {
            on_update_ready();
        }
        let reg2 = reg.clone();
        let ready = on_update_ready.clone();
        let on_found = Closure::<dyn Fn()>::new(move || {
            let Some(installing) = reg2.installing() else {
                return;
            };
            let worker = installing.clone();
            let ready = ready.clone();
            let on_state = Closure::<dyn Fn()>::new(move || {
                // a first install has no controller: that is not an update
                if worker.state() == ServiceWorkerState::Installed && has_controller() {
                    ready();
                }
            });
            installing.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
            on_state.forget();
        });
        reg.set_onupdatefound(Some(on_found.as_ref().unchecked_ref()));
        on_found.forget();
    }

    pub fn register(on_update_ready: impl Fn() + 'static) -> Result<(), OfflineError> {
        let container = container().ok_or(OfflineError::Unsupported)?;
        let on_update_ready: std::rc::Rc<dyn Fn()> = std::rc::Rc::new(on_update_ready);
        let on_registered = Closure::<dyn FnMut(JsValue)>::new(move |value: JsValue| {
            let Ok(reg) = value.dyn_into::<ServiceWorkerRegistration>() else {
                return;
            };
            watch(&reg, &on_update_ready);
            REGISTRATION.with(|r| *r.borrow_mut() = Some(reg));
        });
        let on_failed = Closure::<dyn FnMut(JsValue)>::new(move |err: JsValue| {
            // offline use is an extra: the app works without it, the console says why
            let message = err
                .dyn_ref::<js_sys::Error>()
                .map(|e| String::from(e.message()))
                .unwrap_or_default();
            web_sys::console::warn_1(&OfflineError::RegistrationFailed(message).to_string().into());
        });
        let _ = container
            .register("/sw.js")
            .then2(&on_registered, &on_failed);
        on_registered.forget();
        on_failed.forget();
        // an app left open for days looks for a new version each time it comes back to the front
        if let Some(document) = web_sys::window().and_then(|w| w.document()) {
            let doc = document.clone();
            let on_visible = Closure::<dyn Fn()>::new(move || {
                if doc.visibility_state() == web_sys::VisibilityState::Visible {
                    check_for_update();
                }
            });
            let _ = document.add_event_listener_with_callback(
                "visibilitychange",
                on_visible.as_ref().unchecked_ref(),
            );
            on_visible.forget();
        }
        Ok(())
    }

    pub fn check_for_update() {
        REGISTRATION.with(|r| {
            if let Some(reg) = r.borrow().as_ref() {
                let _ = reg.update();
            }
        });
    }

    pub fn apply_update() {
        let Some(container) = container() else { return };
        let reload = Closure::<dyn Fn()>::new(|| {
            if let Some(w) = web_sys::window() {
                let _ = w.location().reload();
            }
        });
        container.set_oncontrollerchange(Some(reload.as_ref().unchecked_ref()));
        reload.forget();
        REGISTRATION.with(|r| {
            if let Some(waiting) = r.borrow().as_ref().and_then(|reg| reg.waiting()) {
                let _ = waiting.post_message(&JsValue::from_str("skip-waiting"));
            }
        });
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod imp {
    use super::OfflineError;

    pub fn register(_on_update_ready: impl Fn() + 'static) -> Result<(), OfflineError> {
        Err(OfflineError::Unsupported)
    }
    pub fn check_for_update() {}
    pub fn apply_update() {}
}

/// Registers the service worker; `on_update_ready` runs when a new version is installed and waiting.
pub fn register(on_update_ready: impl Fn() + 'static) -> Result<(), OfflineError> {
    imp::register(on_update_ready)
}

/// Asks the browser to look for a new version now.
pub fn check_for_update() {
    imp::check_for_update()
}

/// Lets the waiting version take over, then reloads the page. Only on the user's request.
pub fn apply_update() {
    imp::apply_update()
}
