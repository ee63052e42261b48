//! "Cramp now"'s state: the count, one signal the page provides to its parts (the count and the
//! save offer). A running count is kept for this tab only (session storage, gone when the tab
//! closes), so following a link from the page and coming back loses nothing; `Timer::on_open`
//! resumes it only if it is recent. A count that eased is not kept: a new visit is a new cramp.

use crate::domain::cramp::Timer;
use crate::platform::storage;
use leptos::prelude::*;

/// Where this tab keeps the start of a running count (milliseconds since 1970, a whole number).
pub const KEPT_KEY: &str = "cramp-coach.cramp-now";

/// The count as it stands (context from `CrampNowPage`); `None` until the page reads the clock.
#[derive(Debug, Clone, Copy)]
pub struct CrampSession(pub RwSignal<Option<Timer>>);

impl CrampSession {
    /// Provides a new count to everything below the current owner (the page calls it once).
    pub fn provide() -> RwSignal<Option<Timer>> {
        let timer = RwSignal::new(None);
        provide_context(Self(timer));
        timer
    }

    /// The count the page provided, or one of its own if there is none.
    pub fn get() -> RwSignal<Option<Timer>> {
        use_context::<Self>()
            .map(|s| s.0)
            .unwrap_or_else(|| RwSignal::new(None))
    }

    /// The running count this tab kept, if any.
    pub fn kept() -> Option<Timer> {
        let start = storage::kept_for_tab(KEPT_KEY)?.parse::<i64>().ok()?;
        Some(Timer::Running {
            start_ms: start as f64,
        })
    }

    /// Keeps a running count for this tab, or forgets the kept one when the count eased.
    pub fn keep(timer: Timer) {
        match timer {
            Timer::Running { start_ms } => {
                storage::keep_for_tab(KEPT_KEY, Some(&(start_ms as i64).to_string()))
            }
            Timer::Eased { .. } => storage::keep_for_tab(KEPT_KEY, None),
        }
    }
}
