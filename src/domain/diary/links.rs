//! The nights other tools' logs stand for: a completed stretch routine, the water goal met,
//! cups of water.
//!
//! Both logs keep local calendar dates only. A routine completed on a date counts for the night
//! that begins that evening, and so does the water drunk that day. The stretch coach records a
//! routine under the date it ends on, so one finished after midnight counts for the next night,
//! a limitation of its saved form (it keeps no time of day). With a local time, use
//! `routine_night`.

use super::entry::LocalTime;
use super::night::{nights, NIGHT_STARTS_AT_MINUTE};
use crate::domain::calendar::LocalDate;
use crate::domain::stretch::History;
use crate::domain::water::log::Log as WaterLog;
use std::collections::{BTreeMap, BTreeSet};

/// Until this minute after midnight a routine still counts for the night that began the
/// evening before (04:00).
pub const LATE_ROUTINE_UNTIL_MINUTE: u16 = 4 * 60;

/// The nights of `first..=last` after an evening with at least one completed stretch routine.
pub fn stretched_nights(
    history: &History,
    first: LocalDate,
    last: LocalDate,
) -> BTreeSet<LocalDate> {
    // `extend` inserts one by one; `collect` would sort first (one more sort in the wasm: see
    // `domain::order`)
    let mut set = BTreeSet::new();
    set.extend(nights(first, last).filter(|n| history.count_on(*n) > 0));
    set
}

/// The night a routine completed at `local` was done before: from noon, that date's night;
/// until 04:00, the night that began the evening before; `None` in the morning (a routine
/// then is not done before a night).
pub fn routine_night(local: LocalTime) -> Option<LocalDate> {
    if local.minute >= NIGHT_STARTS_AT_MINUTE {
        Some(local.date)
    } else if local.minute < LATE_ROUTINE_UNTIL_MINUTE {
        Some(local.date.add_days(-1))
    } else {
        None
    }
}

/// The nights of `first..=last` after a day the water goal was met.
pub fn water_goal_nights(log: &WaterLog, first: LocalDate, last: LocalDate) -> BTreeSet<LocalDate> {
    let mut set = BTreeSet::new();
    set.extend(nights(first, last).filter(|n| log.day(*n).is_some() && log.summary(*n).met));
    set
}

/// Cups of water drunk on the days before the nights `first..=last`, for the days the water
/// log has a record of.
pub fn cups_by_night(
    log: &WaterLog,
    first: LocalDate,
    last: LocalDate,
) -> BTreeMap<LocalDate, u16> {
    let mut map = BTreeMap::new();
    map.extend(
        nights(first, last)
            .filter(|n| log.day(*n).is_some())
            .map(|n| (n, log.count(n))),
    );
    map
}
