//! The only module that watches whether the page is in front of the person: a phone that slept
//! or a tab brought back may have missed timers, so whatever depends on the time re-checks then.

use super::Subscription;

#[cfg(target_arch = "wasm32")]
mod imp {
    use super::Subscription;
    use leptos::prelude::window_event_listener_untyped;
    use std::rc::Rc;

    fn visible() -> bool {
        web_sys::window()
            .and_then(|w| w.document())
            .is_none_or(|d| !d.hidden())
    }

    pub fn on_return(callback: impl Fn() + 'static) -> Subscription {
        let callback = Rc::new(callback);
        // `visibilitychange` fires on the document and bubbles to the window
        let handles = ["visibilitychange", "focus", "pageshow"].map(|name| {
            let callback = callback.clone();
            window_event_listener_untyped(name, move |_| {
                if visible() {
                    callback();
                }
            })
        });
        Subscription::new(move || handles.into_iter().for_each(|h| h.remove()))
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod imp {
    use super::Subscription;

    pub fn on_return(_callback: impl Fn() + 'static) -> Subscription {
        Subscription::none()
    }
}

/// Calls `callback` when the page becomes visible again or gets focus (after sleep, another app, another tab).
pub fn on_return(callback: impl Fn() + 'static) -> Subscription {
    imp::on_return(callback)
}
