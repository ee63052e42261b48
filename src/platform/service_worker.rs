//! The only module that talks to the service worker: registers `/sw.js`, reports when a new
//! version is waiting, and lets it take over (then reloads) only when asked.

use super::Subscription;
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
mod web {
    use super::OfflineError;
    use std::cell::RefCell;
    use wasm_bindgen::{closure::Closure, JsCast, JsValue};
    use web_sys::{ServiceWorker, ServiceWorkerContainer, ServiceWorkerRegistration};

    /// The registration, once made, with the handlers set on it and on a worker being installed
    /// (kept here so that they can be removed).
    #[derive(Default)]
    pub struct Watched {
        pub registration: Option<ServiceWorkerRegistration>,
        pub on_found: Option<Closure<dyn Fn()>>,
        pub installing: Option<(ServiceWorker, Closure<dyn Fn()>)>,
        pub on_controller: Option<Closure<dyn Fn()>>,
    }

    thread_local! {
        pub static WATCHED: RefCell<Watched> = RefCell::new(Watched::default());
    }

    pub fn container() -> Option<ServiceWorkerContainer> {
        let navigator = web_sys::window()?.navigator();
        // `navigator.serviceWorker` is undefined where unsupported
        let has =
            js_sys::Reflect::has(&navigator, &JsValue::from_str("serviceWorker")).unwrap_or(false);
        has.then(|| navigator.service_worker())
    }

    fn has_controller() -> bool {
        container().and_then(|c| c.controller()).is_some()
    }

    /// Reports a waiting version now, and each one installed from now on.
    pub fn watch(reg: ServiceWorkerRegistration, on_update_ready: std::rc::Rc<dyn Fn()>) {
        if reg.waiting().is_some() && has_controller() {
            on_update_ready();
        }
        let found = reg.clone();
        let on_found = Closure::<dyn Fn()>::new(move || {
            let Some(worker) = found.installing() else {
                return;
            };
            let (installing, ready) = (worker.clone(), on_update_ready.clone());
            let on_state = Closure::<dyn Fn()>::new(move || {
                // a first install has no controller: that is not an update
                if installing.state() == web_sys::ServiceWorkerState::Installed && has_controller()
                {
                    ready();
                }
            });
            worker.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
            WATCHED.with(|w| {
                if let Some((old, _)) = w.borrow_mut().installing.replace((worker, on_state)) {
                    old.set_onstatechange(None);
                }
            });
        });
        reg.set_onupdatefound(Some(on_found.as_ref().unchecked_ref()));
        WATCHED.with(|w| {
            let mut w = w.borrow_mut();
            w.registration = Some(reg);
            w.on_found = Some(on_found);
        });
    }

    /// Removes the handlers set by [`watch`].
    pub fn unwatch() {
        let watched = WATCHED.with(|w| {
            let mut w = w.borrow_mut();
            (
                w.registration.take(),
                w.on_found.take(),
                w.installing.take(),
            )
        });
        if let (Some(reg), _, installing) = watched {
            reg.set_onupdatefound(None);
            if let Some((worker, _)) = installing {
                worker.set_onstatechange(None);
            }
        }
    }

    pub fn registration_failed(err: JsValue) -> OfflineError {
        let message = err
            .dyn_ref::<js_sys::Error>()
            .map(|e| String::from(e.message()))
            .unwrap_or_default();
        OfflineError::RegistrationFailed(message)
    }
}

/// Registers the service worker; `on_update_ready` runs when a new version is installed and
/// waiting. An app left open for days looks for a new version each time it comes back to the
/// front. Cancel the subscription (in `on_cleanup`) to stop watching.
pub fn register(on_update_ready: impl Fn() + 'static) -> Result<Subscription, OfflineError> {
    #[cfg(target_arch = "wasm32")]
    {
        let container = web::container().ok_or(OfflineError::Unsupported)?;
        let on_update_ready: std::rc::Rc<dyn Fn()> = std::rc::Rc::new(on_update_ready);
        let registering = wasm_bindgen_futures::JsFuture::from(container.register("/sw.js"));
        leptos::task::spawn_local(async move {
            use wasm_bindgen::JsCast;
            match registering.await {
                Ok(value) => {
                    if let Ok(reg) = value.dyn_into::<web_sys::ServiceWorkerRegistration>() {
                        web::watch(reg, on_update_ready);
                    }
                }
                // offline use is an extra: the app works without it, the console says why
                Err(err) => {
                    web_sys::console::warn_1(&web::registration_failed(err).to_string().into())
                }
            }
        });
        let shown = super::visibility::on_change(|| {
            if super::visibility::is_visible() {
                check_for_update();
            }
        });
        Ok(Subscription::new(move || {
            shown.cancel();
            web::unwatch();
        }))
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = on_update_ready;
        Err(OfflineError::Unsupported)
    }
}

/// Asks the browser to look for a new version now.
pub fn check_for_update() {
    #[cfg(target_arch = "wasm32")]
    web::WATCHED.with(|w| {
        if let Some(reg) = w.borrow().registration.as_ref() {
            let _ = reg.update();
        }
    });
}

/// Lets the waiting version take over, then reloads the page. Only on the user's request.
pub fn apply_update() {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::{closure::Closure, JsCast, JsValue};
        let Some(container) = web::container() else {
            return;
        };
        let reload = Closure::<dyn Fn()>::new(|| {
            if let Some(w) = web_sys::window() {
                let _ = w.location().reload();
            }
        });
        container.set_oncontrollerchange(Some(reload.as_ref().unchecked_ref()));
        web::WATCHED.with(|w| {
            let mut w = w.borrow_mut();
            // kept until the page reloads
            w.on_controller = Some(reload);
            if let Some(waiting) = w.registration.as_ref().and_then(|reg| reg.waiting()) {
                let _ = waiting.post_message(&JsValue::from_str("skip-waiting"));
            }
        });
    }
}
