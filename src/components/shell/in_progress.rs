use crate::platform::document;

/// Work in progress that an app update must never interrupt (a running stretch routine, a half-answered check): marked on the document, where it hides the update banner.
#[derive(Debug, Clone, Copy, Default)]
pub struct InProgress;

impl InProgress {
    /// Marks whether something is in progress (`<html data-busy>`).
    pub fn set(self, busy: bool) {
        document::mark_busy(busy);
    }
}
