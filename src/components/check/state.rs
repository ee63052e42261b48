//! The symptom check's state: one signal, provided by the shell for the life of the guide's
//! bundle, so a half-answered check survives visits to the guide and "Cramp now". It is kept in
//! memory only, never stored; leaving for another bundle's page starts the check afresh.

use crate::domain::check::CheckState;
use leptos::prelude::*;

/// The check as it stands (context from `App` in the guide's bundle).
#[derive(Debug, Clone, Copy)]
pub struct CheckSession(pub RwSignal<CheckState>);

impl CheckSession {
    fn new() -> Self {
        Self(RwSignal::new(CheckState::default()))
    }

    /// Provides a fresh check to everything below the current owner (the shell calls it once).
    pub fn provide() {
        provide_context(Self::new());
    }

    /// The check provided by the shell, or one kept by the page alone if there is none.
    pub fn get() -> RwSignal<CheckState> {
        use_context::<Self>().unwrap_or_else(Self::new).0
    }
}
