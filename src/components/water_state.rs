use crate::domain::calendar::LocalDate;
use crate::domain::hydration::log::{Action, DaySummary, Log};
use crate::domain::hydration::session::Session;
use crate::platform::storage::StorageError;
use leptos::prelude::*;

/// The water counter's shared state (context from `WaterPage`): the saved log, today's date
/// (`None` until the page has read the clock), the polite status line, and the action to take.
#[derive(Clone, Copy)]
pub struct WaterState {
    pub session: RwSignal<Session<StorageError>>,
    pub today: RwSignal<Option<LocalDate>>,
    /// What the last action did, for the polite status region.
    pub status: RwSignal<String>,
    pub act: Callback<Action>,
}

impl WaterState {
    /// The context provided by `WaterPage`.
    pub fn get() -> Self {
        expect_context()
    }

    /// Reads the log (tracked).
    pub fn with_log<T>(self, f: impl FnOnce(&Log) -> T) -> T {
        self.session.with(|s| f(&s.log))
    }

    /// Today's count and goal, or the defaults before the page has read the clock.
    pub fn today_summary(self) -> Option<DaySummary> {
        let today = self.today.get()?;
        Some(self.with_log(|log| log.summary(today)))
    }

    /// Whether the goal is hidden ("just count").
    pub fn hide_goal(self) -> bool {
        self.with_log(|log| log.settings.hide_goal)
    }
}
