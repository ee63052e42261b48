//! The last 4 weeks as a calendar of nights, and this week's and last week's numbers.

use super::words::{count, night_name};
use crate::domain::calendar::LocalDate;
use crate::domain::diary::{Diary, NightState, SpanSummary};

/// Nights the calendar shows.
pub const CALENDAR_NIGHTS: i64 = 28;

/// One night of the calendar.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cell {
    pub night: LocalDate,
    pub state: NightState,
    /// The night now (the clock's local time falls in it): the latest the calendar shows.
    pub current: bool,
    /// Medicines noted as started on this date.
    pub medicines: Vec<String>,
    /// "2" for the calendar's cell.
    pub day: u8,
    /// "Wed" for the calendar's cell.
    pub weekday: &'static str,
    /// The cell's text for assistive technology: "Wednesday 2 December: 2 cramps".
    pub label: String,
}

/// What a night's state says: "2 cramps", "1 cramp", "no cramps", "not recorded".
pub fn state_text(state: NightState) -> String {
    match state {
        NightState::NotRecorded => "not recorded".into(),
        NightState::Quiet => "no cramps".into(),
        NightState::Cramps(n) => count(n, "cramp"),
    }
}

/// The 28 nights ending with `current`, oldest first, in rows of 7 (a row is a week as the
/// week numbers count it).
pub fn calendar(diary: &Diary, current: LocalDate) -> Vec<[Cell; 7]> {
    let first = current.add_days(1 - CALENDAR_NIGHTS);
    let medicines = diary.medicines();
    let cells: Vec<Cell> = diary
        .night_states(first, current)
        .into_iter()
        .map(|(night, state)| {
            let started: Vec<String> = medicines
                .iter()
                .filter(|(_, m)| m.started == night)
                .map(|(_, m)| m.name.clone())
                .collect();
            let mut label = format!("{}: {}", night_name(night), state_text(state));
            if night == current {
                label.push_str(" (latest night)");
            }
            for name in &started {
                label.push_str(&format!("; started {name}"));
            }
            Cell {
                night,
                state,
                current: night == current,
                medicines: started,
                day: night.day,
                weekday: night.weekday_short(),
                label,
            }
        })
        .collect();
    cells
        .chunks_exact(7)
        .filter_map(|week| <[Cell; 7]>::try_from(week.to_vec()).ok())
        .collect()
}

/// "5 cramps on 3 of 6 recorded nights", "no cramps on 4 recorded nights", "no nights recorded".
pub fn span_text(s: SpanSummary) -> String {
    match (s.recorded, s.cramps) {
        (0, _) => "no nights recorded".into(),
        (recorded, 0) => format!("no cramps on {}", count(recorded, "recorded night")),
        (recorded, cramps) => format!(
            "{} on {} of {}",
            count(cramps, "cramp"),
            s.with_cramps,
            count(recorded, "recorded night")
        ),
    }
}

/// "This week: 5 cramps on 3 of 6 recorded nights" and "Last week: …".
pub fn week_sentences(diary: &Diary, current: LocalDate) -> [String; 2] {
    let (this_week, last_week) = diary.weeks(current);
    [
        format!("This week: {}", span_text(this_week)),
        format!("Last week: {}", span_text(last_week)),
    ]
}
