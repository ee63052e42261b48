use leptos::prelude::*;

/// Work in progress that an app update must never interrupt: a running stretch routine, a half-answered check.
#[derive(Debug, Clone, Copy)]
pub struct InProgress {
    pub stretch: RwSignal<bool>,
    pub check: RwSignal<bool>,
}

impl InProgress {
    pub fn new() -> Self {
        Self {
            stretch: RwSignal::new(false),
            check: RwSignal::new(false),
        }
    }

    /// Whether anything is in progress (reactive).
    pub fn any(&self) -> bool {
        self.stretch.get() || self.check.get()
    }
}

impl Default for InProgress {
    fn default() -> Self {
        Self::new()
    }
}
