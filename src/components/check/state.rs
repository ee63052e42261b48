//! The symptom check's state: one signal, provided by the check's page to its parts (intro,
//! question, result). It is kept in memory only, never stored: leaving the page starts the
//! check afresh.

use crate::domain::check::CheckState;
use leptos::prelude::*;

/// The check as it stands (context from `CheckPage`).
#[derive(Debug, Clone, Copy)]
pub struct CheckSession(pub RwSignal<CheckState>);

impl CheckSession {
    /// Provides a fresh check to everything below the current owner (the page calls it once).
    pub fn provide() -> RwSignal<CheckState> {
        let state = RwSignal::new(CheckState::default());
        provide_context(Self(state));
        state
    }
}
