//! "Cramp now"'s state: the count, in one signal provided by the shell for the life of the guide's
//! bundle, so reading the guide or taking the check loses nothing. It is kept in memory only: a new
//! visit starts a new count, so an old cramp is never resumed as if it were this one.

use crate::domain::cramp::Timer;
use leptos::prelude::*;

/// The count as it stands (context from `App` in the guide's bundle); `None` until the page reads the clock.
#[derive(Debug, Clone, Copy)]
pub struct CrampSession(pub RwSignal<Option<Timer>>);

impl CrampSession {
    fn new() -> Self {
        Self(RwSignal::new(None))
    }

    /// Provides a fresh count to everything below the current owner (the shell calls it once).
    pub fn provide() {
        provide_context(Self::new());
    }

    /// The count provided by the shell, or one kept by the page alone if there is none.
    pub fn get() -> RwSignal<Option<Timer>> {
        use_context::<Self>().unwrap_or_else(Self::new).0
    }
}
