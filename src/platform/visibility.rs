//! The only module that watches whether the page is in front of the person (`visibilitychange`):
//! a phone that slept or a tab brought back may have missed timers, so whatever depends on the
//! time re-checks then; a hidden page may let the screen sleep.

use super::{on_window_events as on_any, Subscription};

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
