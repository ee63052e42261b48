//! The only module that watches whether the page is in front of the person (`visibilitychange`):
//! a phone that slept or a tab brought back may have missed timers, so whatever depends on the
//! time re-checks then; a hidden page may let the screen sleep.

use super::Subscription;

/// Whether the page is visible (not a background tab, not a locked screen); true outside a browser.
pub fn is_visible() -> bool {
    #[cfg(target_arch = "wasm32")]
    {
        web_sys::window()
            .and_then(|w| w.document())
            .is_none_or(|d| !d.hidden())
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        true
    }
}

/// Calls `callback` each time the page is hidden or shown again (ask [`is_visible`] which).
pub fn on_change(callback: impl Fn() + 'static) -> Subscription {
    // `visibilitychange` fires on the document and bubbles to the window
    on_any(&["visibilitychange"], callback)
}

/// Calls `callback` when the page becomes visible again or gets focus (after sleep, another app, another tab).
pub fn on_return(callback: impl Fn() + 'static) -> Subscription {
    on_any(&["visibilitychange", "focus", "pageshow"], move || {
        if is_visible() {
            callback();
        }
    })
}

/// Calls `callback` on each of these window events, until the subscription is cancelled.
fn on_any(events: &'static [&'static str], callback: impl Fn() + 'static) -> Subscription {
    #[cfg(target_arch = "wasm32")]
    {
        let callback = std::rc::Rc::new(callback);
        let handles: Vec<_> = events
            .iter()
            .map(|name| {
                let callback = callback.clone();
                leptos::prelude::window_event_listener_untyped(name, move |_| callback())
            })
            .collect();
        Subscription::new(move || handles.into_iter().for_each(|h| h.remove()))
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = (events, callback);
        Subscription::none()
    }
}
