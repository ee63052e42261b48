//! The only module that watches for the first sign that a person is using a page: a touch or a
//! click, a key, a focus, a scroll or a wheel. A page fetches the code of what is below its first
//! screen then (`components::diary::state::DiaryState::prepare`).

use super::{on_window_events, Subscription};

/// Calls `callback` each time the page is touched, clicked, typed in, focused inside or
/// scrolled, until the subscription is cancelled (the callback decides what a repeat means).
pub fn on_use(callback: impl Fn() + 'static) -> Subscription {
    on_window_events(
        &["pointerdown", "keydown", "focusin", "scroll", "wheel"],
        callback,
    )
}
