//! Completed routines by local date: the current streak and the last seven days.

use super::Loaded;
use crate::domain::calendar::LocalDate;
use crate::domain::codec::date;
use crate::domain::codec::json::{self, Json};
use crate::domain::days;

/// The `localStorage` key of the history.
pub const STORAGE_KEY: &str = "cramp-coach.stretch-history";
/// The version of the saved format written now.
pub const VERSION: i64 = 1;
/// Days older than this (before the latest recorded one) are forgotten when a routine is recorded.
pub const KEEP_DAYS: i64 = 400;

/// How many routines were completed on each local date.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct History {
    /// Dates with at least one routine, oldest first, each once.
    days: Vec<(LocalDate, u32)>,
}

/// One day of the last-seven-days strip.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DayCount {
    pub date: LocalDate,
    pub count: u32,
}

impl History {
    /// Counts one completed routine on `date`, and forgets days long before it.
    pub fn record(&mut self, date: LocalDate) {
        self.add(date, 1);
        let oldest = date.add_days(-KEEP_DAYS);
        self.days.retain(|(d, _)| *d >= oldest);
    }

    fn add(&mut self, date: LocalDate, count: u32) {
        match self.days.binary_search_by_key(&date, |(d, _)| *d) {
            Ok(i) => self.days[i].1 = self.days[i].1.saturating_add(count),
            Err(i) => self.days.insert(i, (date, count)),
        }
    }

    /// The dates with at least one routine and their counts, oldest first.
    pub fn days(&self) -> &[(LocalDate, u32)] {
        &self.days
    }

    /// Every day of `other` merged in: a date on both sides keeps the larger count (a routine
    /// recorded on one device and already in a backup is not counted twice), so the same history
    /// merged twice changes nothing. Returns whether this history changed.
    pub fn merge(&mut self, other: &History) -> bool {
        let mut changed = false;
        for &(date, count) in &other.days {
            match self.days.binary_search_by_key(&date, |(d, _)| *d) {
                Ok(i) if self.days[i].1 < count => {
                    self.days[i].1 = count;
                    changed = true;
                }
                Ok(_) => {}
                Err(i) => {
                    self.days.insert(i, (date, count));
                    changed = true;
                }
            }
        }
        changed
    }

    /// Routines completed on `date`.
    pub fn count_on(&self, date: LocalDate) -> u32 {
        self.days
            .binary_search_by_key(&date, |(d, _)| *d)
            .map_or(0, |i| self.days[i].1)
    }

    /// Days in a row with at least one routine, up to today. A streak that reaches yesterday is
    /// still alive today until today is over.
    pub fn streak(&self, today: LocalDate) -> u32 {
        // only days on record count, so the streak is at most their number
        days::streak(today, self.days.len() as u32, |date| {
            self.count_on(date) > 0
        })
    }

    /// The seven days ending today, oldest first.
    pub fn last_7_days(&self, today: LocalDate) -> [DayCount; 7] {
        days::last_days::<7>(today).map(|date| DayCount {
            date,
            count: self.count_on(date),
        })
    }

    /// "3 days in a row" / "1 day" / "No streak yet".
    pub fn streak_text(&self, today: LocalDate) -> String {
        match self.streak(today) {
            0 => "No streak yet".into(),
            1 => "1 day".into(),
            n => format!("{n} days in a row"),
        }
    }

    /// "Done on 3 of the last 7 days" (a text alternative for the strip).
    pub fn week_text(&self, today: LocalDate) -> String {
        let done = self
            .last_7_days(today)
            .iter()
            .filter(|d| d.count > 0)
            .count();
        match done {
            0 => "Not done yet in the last 7 days".into(),
            7 => "Done on all of the last 7 days".into(),
            n => format!("Done on {n} of the last 7 days"),
        }
    }

    /// The saved form: `{"v":1,"days":[["2026-11-27",1],["2026-11-28",2]]}`, oldest first.
    pub fn encode(&self) -> String {
        let days: Vec<String> = self
            .days
            .iter()
            .map(|(date, count)| format!("[\"{date}\",{count}]"))
            .collect();
        format!("{{\"v\":{VERSION},\"days\":[{}]}}", days.join(","))
    }

    /// Reads a saved history. Nothing saved gives an empty one; unreadable data gives what could be
    /// read (possibly nothing) with `recovered` set. Never panics.
    pub fn decode(saved: Option<&str>) -> Loaded<Self> {
        let Some(text) = saved else {
            return Loaded::default();
        };
        let unreadable = Loaded {
            value: Self::default(),
            recovered: true,
        };
        let Some(saved) = json::parse(text) else {
            return unreadable;
        };
        let Some(Json::Arr(days)) = saved
            .get("days")
            .filter(|_| saved.get("v") == Some(&Json::Int(VERSION)))
        else {
            return unreadable;
        };
        let mut history = Self::default();
        let mut bad = false;
        for day in days {
            let entry = match day {
                Json::Arr(pair) => match pair.as_slice() {
                    [Json::Str(date), Json::Int(count)] => {
                        date::parse(date).zip(u32::try_from(*count).ok())
                    }
                    _ => None,
                },
                _ => None,
            };
            match entry {
                Some((date, count)) if count > 0 => history.add(date, count),
                Some(_) => {}
                None => bad = true,
            }
        }
        Loaded {
            value: history,
            recovered: bad,
        }
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn d(y: i32, m: u8, day: u8) -> LocalDate {
        LocalDate::new(y, m, day).unwrap()
    }

    #[test]
    fn streak_counts_days_in_a_row_up_to_today_or_yesterday() {
        let mut h = History::default();
        let today = d(2026, 3, 2);
        assert_eq!(h.streak(today), 0);
        assert_eq!(h.streak_text(today), "No streak yet");
        h.record(d(2026, 2, 27));
        h.record(d(2026, 2, 28));
        h.record(d(2026, 3, 1));
        assert_eq!(
            h.streak(today),
            3,
            "yesterday's streak is alive until today ends"
        );
        h.record(today);
        h.record(today);
        assert_eq!(h.count_on(today), 2);
        assert_eq!(h.streak(today), 4);
        assert_eq!(h.streak_text(today), "4 days in a row");
        assert_eq!(h.streak(d(2026, 3, 4)), 0, "a missed day ends it");
        let mut one = History::default();
        one.record(today);
        assert_eq!(one.streak_text(today), "1 day");
    }

    #[test]
    fn the_last_seven_days_end_today() {
        let mut h = History::default();
        let today = d(2024, 3, 1);
        h.record(d(2024, 2, 29));
        h.record(d(2024, 2, 24));
        h.record(d(2024, 2, 23));
        let week = h.last_7_days(today);
        assert_eq!(week[0].date, d(2024, 2, 24));
        assert_eq!(week[6].date, today);
        let counts: Vec<_> = week.iter().map(|d| d.count).collect();
        assert_eq!(counts, [1, 0, 0, 0, 0, 1, 0]);
        assert_eq!(h.week_text(today), "Done on 2 of the last 7 days");
        assert_eq!(
            History::default().week_text(today),
            "Not done yet in the last 7 days"
        );
    }

    #[test]
    fn old_days_are_forgotten() {
        let mut h = History::default();
        h.record(d(2020, 1, 1));
        h.record(d(2026, 1, 1));
        assert_eq!(h.count_on(d(2020, 1, 1)), 0);
        assert_eq!(h.count_on(d(2026, 1, 1)), 1);
    }

    #[test]
    fn saved_form_round_trips_and_junk_is_flagged() {
        let mut h = History::default();
        h.record(d(2026, 11, 27));
        h.record(d(2026, 11, 28));
        h.record(d(2026, 11, 28));
        let text = h.encode();
        assert_eq!(
            text,
            r#"{"v":1,"days":[["2026-11-27",1],["2026-11-28",2]]}"#
        );
        assert_eq!(
            History::decode(Some(&text)),
            Loaded {
                value: h.clone(),
                recovered: false
            }
        );
        assert_eq!(History::decode(None), Loaded::default());
        for junk in [
            "",
            "[]",
            "{\"v\":9,\"days\":[]}",
            "{\"v\":1}",
            "{\"v\":1,\"days\":{}}",
            "\u{0}",
        ] {
            assert_eq!(
                History::decode(Some(junk)),
                Loaded {
                    value: History::default(),
                    recovered: true
                },
                "{junk}"
            );
        }
        let partly = History::decode(Some(
            r#"{"v":1,"days":[["2026-11-28",2],["2026-02-30",1],["x",1],["2026-11-27",0],["2026-11-28",1],["2026-11-26",-1]]}"#,
        ));
        assert!(partly.recovered);
        assert_eq!(
            partly.value.count_on(d(2026, 11, 28)),
            3,
            "repeated dates add up"
        );
        assert_eq!(partly.value.days.len(), 1);
    }

    proptest! {
        #[test]
        fn decoding_any_text_never_panics(text in ".{0,300}") {
            let _ = History::decode(Some(&text));
        }

        #[test]
        fn decoding_json_like_text_never_panics(text in r#"\{"v":1,"days":\[(\["[0-9]{4}-[0-9]{2}-[0-9]{2}",-?[0-9]{1,12}\],?){0,10}\]\}"#) {
            let loaded = History::decode(Some(&text));
            let again = History::decode(Some(&loaded.value.encode()));
            prop_assert_eq!(again.value, loaded.value);
        }

        #[test]
        fn recorded_days_round_trip(days in proptest::collection::vec(0i64..30_000, 0..40)) {
            let mut h = History::default();
            for n in days {
                h.record(LocalDate::from_day_number(n));
            }
            prop_assert_eq!(History::decode(Some(&h.encode())), Loaded { value: h.clone(), recovered: false });
        }

        #[test]
        fn streak_never_exceeds_the_days_recorded(days in proptest::collection::btree_set(0i64..60, 0..30), today in 0i64..60) {
            let mut h = History::default();
            for n in &days {
                h.record(LocalDate::from_day_number(20_000 + n));
            }
            let today = LocalDate::from_day_number(20_000 + today);
            let streak = h.streak(today);
            prop_assert!(streak as usize <= days.len());
            if streak > 0 {
                prop_assert!(h.count_on(today) > 0 || h.count_on(today.add_days(-1)) > 0);
            }
            prop_assert!(h.last_7_days(today).iter().all(|d| d.date <= today));
        }
    }
}
