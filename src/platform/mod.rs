//! The I/O edges: each module owns one browser concern and turns its failures into typed errors.
//! On native builds (pre-rendering, tests) they report "unavailable" instead of touching a browser.

pub mod clipboard;
pub mod clock;
pub mod cues;
pub mod document;
pub mod files;
pub mod first_use;
pub mod forms;
pub mod navigation;
pub mod persist;
pub mod print;
pub mod storage;
pub mod tasks;
pub mod visibility;

/// A listener to the browser; `cancel` removes it (call it from `on_cleanup`).
pub struct Subscription(Box<dyn FnOnce() + Send + Sync>);

impl Subscription {
    /// Wraps the code that removes a listener.
    pub fn new(remove: impl FnOnce() + Send + Sync + 'static) -> Self {
        Self(Box::new(remove))
    }

    /// Nothing to remove (native builds).
    pub fn none() -> Self {
        Self::new(|| {})
    }

    /// Removes the listener.
    pub fn cancel(self) {
        (self.0)()
    }
}

/// Calls `callback` on each of these window events, until the subscription is cancelled.
fn on_window_events(
    events: &'static [&'static str],
    callback: impl Fn() + 'static,
) -> Subscription {
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
