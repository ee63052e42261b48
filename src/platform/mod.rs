//! The I/O edges: each module owns one browser concern and turns its failures into typed errors.
//! On native builds (pre-rendering, tests) they report "unavailable" instead of touching a browser.

pub mod clipboard;
pub mod clock;
pub mod cues;
pub mod document;
pub mod files;
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
