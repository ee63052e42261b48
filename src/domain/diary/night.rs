//! Nights, not calendar days.
//!
//! **The rule:** a night is named by the local date of the evening it began, and runs from noon
//! on that date to noon on the next, in local time as the device's clock shows it. A cramp at
//! 02:30 on Thursday belongs to Wednesday's night; one at 13:00 on Thursday to Thursday's night;
//! one at exactly 12:00 to the night that begins then.
//!
//! The rule reads the local date and time of day, never counts 24-hour spans, so a night of 23 or
//! 25 hours (daylight saving changes happen at night) is still one night, an hour that happens
//! twice stays in one night, and a cramp keeps the night it was logged in even if the device's
//! clock is later set back. The current night is the one the clock's local time falls in: in the
//! morning it is the night just ended, from noon the night to come.

use super::entry::LocalTime;
use crate::domain::calendar::LocalDate;

/// Minutes after local midnight at which a new night begins (noon).
pub const NIGHT_STARTS_AT_MINUTE: u16 = 12 * 60;

/// The night a local time belongs to: the same date from noon, the date before until noon.
pub fn night_of(local: LocalTime) -> LocalDate {
    if local.minute < NIGHT_STARTS_AT_MINUTE {
        local.date.add_days(-1)
    } else {
        local.date
    }
}

/// What the diary knows about a night.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NightState {
    /// Nothing logged: never counted as zero cramps.
    NotRecorded,
    /// Marked "No cramps".
    Quiet,
    /// This many cramps (at least one; cramps outweigh a "No cramps" mark on the same night).
    Cramps(u32),
}

impl NightState {
    /// Whether the night counts in rates (it has cramps or was marked quiet).
    pub fn is_recorded(self) -> bool {
        self != NightState::NotRecorded
    }

    /// Cramps counted for the night (0 when quiet or not recorded).
    pub fn cramps(self) -> u32 {
        match self {
            NightState::Cramps(n) => n,
            _ => 0,
        }
    }
}

/// The nights from `first` to `last`, both included, oldest first.
pub fn nights(first: LocalDate, last: LocalDate) -> impl Iterator<Item = LocalDate> {
    (0..=first.days_until(last).max(-1)).map(move |i| first.add_days(i))
}

/// Numbers for a span of nights: "5 cramps on 3 of 6 recorded nights".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct SpanSummary {
    /// Nights in the span.
    pub nights: u32,
    /// Nights with cramps or marked quiet.
    pub recorded: u32,
    /// Nights with at least one cramp.
    pub with_cramps: u32,
    pub cramps: u32,
}

impl SpanSummary {
    /// Adds up night states.
    pub fn of(states: impl IntoIterator<Item = NightState>) -> Self {
        let mut s = Self::default();
        for state in states {
            s.nights += 1;
            s.recorded += u32::from(state.is_recorded());
            s.with_cramps += u32::from(state.cramps() > 0);
            s.cramps += state.cramps();
        }
        s
    }
}
