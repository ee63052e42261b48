//! The water counter's core: the log, the goal, the rollover (midnight, daylight saving in
//! Europe/London, a clock set back, leap days), the saved format and its migration, decoding
//! arbitrary input, and the rules that keep every cup when storage misbehaves.

use super::format::{decode, encode, FormatError};
use super::log::*;
use super::session::{Session, BACKUP_KEY, KEY};
use crate::domain::calendar::LocalDate;
use crate::domain::key_value::Recovery;
use proptest::prelude::*;

const HOUR: i64 = 3_600_000;
const DAY_MS: i64 = 24 * HOUR;

fn d(y: i32, m: u8, day: u8) -> LocalDate {
    LocalDate::new(y, m, day).unwrap()
}

/// Epoch ms of a UTC date and time.
fn utc(date: LocalDate, hour: i64, minute: i64) -> i64 {
    date.day_number() * DAY_MS + hour * HOUR + minute * 60_000
}

/// The last Sunday of a month.
fn last_sunday(year: i32, month: u8) -> LocalDate {
    let mut date = d(year, month, 28);
    while date.month == month {
        date = date.add_days(1);
    }
    date = date.add_days(-1);
    while date.weekday_short() != "Sun" {
        date = date.add_days(-1);
    }
    date
}

/// What a browser in Europe/London reports: the local date at an instant. Summer time (UTC+1)
/// runs from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of October.
fn london(epoch_ms: i64) -> Moment {
    let year = LocalDate::from_day_number(epoch_ms.div_euclid(DAY_MS)).year;
    let start = utc(last_sunday(year, 3), 1, 0);
    let end = utc(last_sunday(year, 10), 1, 0);
    let offset = if (start..end).contains(&epoch_ms) {
        HOUR
    } else {
        0
    };
    Moment {
        epoch_ms,
        date: LocalDate::from_day_number((epoch_ms + offset).div_euclid(DAY_MS)),
    }
}

fn at(date: LocalDate, hour: i64, minute: i64) -> Moment {
    Moment {
        epoch_ms: utc(date, hour, minute),
        date,
    }
}

fn add_n(log: &mut Log, now: Moment, n: u16) {
    for i in 0..n {
        let later = Moment {
            epoch_ms: now.epoch_ms + i64::from(i) * 60_000,
            ..now
        };
        assert!(log.apply(later, Action::Add));
    }
}

// ---------------------------------------------------------------- the log and the goal

#[test]
fn a_new_log_counts_nothing_toward_eight_cups() {
    let log = Log::default();
    let today = d(2026, 3, 28);
    assert_eq!(log.count(today), 0);
    assert_eq!(log.goal(today), 8);
    assert!(!log.can_undo(today));
    assert!(log.can_add(today));
    assert_eq!(log.settings.unit, Unit::Cups);
    assert!(!log.settings.hide_goal);
}

#[test]
fn add_keeps_each_time_and_undo_takes_back_the_last() {
    let mut log = Log::default();
    let today = d(2026, 3, 28);
    assert!(log.apply(at(today, 8, 5), Action::Add));
    assert!(log.apply(at(today, 9, 30), Action::Add));
    assert!(log.apply(at(today, 12, 0), Action::Add));
    assert_eq!(log.count(today), 3);
    assert_eq!(
        log.times(today),
        [utc(today, 8, 5), utc(today, 9, 30), utc(today, 12, 0)]
    );
    assert!(log.apply(at(today, 12, 1), Action::Undo));
    assert_eq!(log.times(today), [utc(today, 8, 5), utc(today, 9, 30)]);
    assert!(log.apply(at(today, 12, 1), Action::Undo));
    assert!(log.apply(at(today, 12, 1), Action::Undo));
    assert_eq!(log.count(today), 0);
    assert!(
        !log.apply(at(today, 12, 1), Action::Undo),
        "nothing left to undo"
    );
    assert_eq!(log.count(today), 0);
}

#[test]
fn undo_never_reaches_into_another_day() {
    let mut log = Log::default();
    let yesterday = d(2026, 3, 27);
    let today = d(2026, 3, 28);
    add_n(&mut log, at(yesterday, 20, 0), 4);
    assert!(!log.can_undo(today));
    assert!(!log.apply(at(today, 7, 0), Action::Undo));
    assert_eq!(log.count(yesterday), 4);
}

#[test]
fn a_day_holds_at_most_thirty_cups() {
    let mut log = Log::default();
    let today = d(2026, 3, 28);
    add_n(&mut log, at(today, 6, 0), MAX_CUPS_PER_DAY);
    assert!(!log.can_add(today));
    assert!(!log.apply(at(today, 23, 0), Action::Add));
    assert_eq!(log.count(today), MAX_CUPS_PER_DAY);
}

#[test]
fn active_and_hot_days_each_add_two_cups_and_reset_with_the_day() {
    let mut log = Log::default();
    let today = d(2026, 7, 14);
    assert!(log.apply(at(today, 9, 0), Action::SetActive(true)));
    assert_eq!(log.goal(today), 10);
    assert!(log.apply(at(today, 9, 0), Action::SetHot(true)));
    assert_eq!(log.goal(today), 12);
    assert_eq!(log.extras(today), (true, true));
    assert!(
        !log.apply(at(today, 9, 0), Action::SetHot(true)),
        "already on"
    );
    assert!(log.apply(at(today, 9, 0), Action::SetActive(false)));
    assert_eq!(log.goal(today), 10);

    let tomorrow = today.add_days(1);
    assert_eq!(log.extras(tomorrow), (false, false));
    assert_eq!(log.goal(tomorrow), 8);
    assert_eq!(log.goal(today), 10, "yesterday keeps its own goal");
}

#[test]
fn the_base_goal_is_one_to_twenty_and_leaves_past_days_alone() {
    let mut log = Log::default();
    let yesterday = d(2026, 3, 27);
    let today = d(2026, 3, 28);
    add_n(&mut log, at(yesterday, 10, 0), 8);
    add_n(&mut log, at(today, 10, 0), 2);
    assert!(log.apply(at(today, 11, 0), Action::SetBaseGoal(6)));
    assert_eq!(log.goal(today), 6);
    assert_eq!(log.goal(yesterday), 8);
    assert!(log.summary(yesterday).met);
    assert!(log.apply(at(today, 11, 0), Action::SetBaseGoal(0)));
    assert_eq!(log.goal(today), MIN_BASE_GOAL);
    assert!(log.apply(at(today, 11, 0), Action::SetBaseGoal(200)));
    assert_eq!(log.goal(today), MAX_BASE_GOAL);
    assert!(log.apply(at(today, 11, 0), Action::SetHot(true)));
    assert!(log.apply(at(today, 11, 0), Action::SetActive(true)));
    assert_eq!(log.goal(today), 24);
    assert!(!log.apply(at(today, 11, 0), Action::SetBaseGoal(20)));
    assert_eq!(
        log.goal(today.add_days(1)),
        20,
        "a new day starts with the chosen base"
    );
}

#[test]
fn settings_change_only_when_different() {
    let mut log = Log::default();
    let now = at(d(2026, 3, 28), 9, 0);
    assert!(!log.apply(now, Action::SetUnit(Unit::Cups)));
    assert!(log.apply(now, Action::SetUnit(Unit::FluidOunces)));
    assert_eq!(log.settings.unit, Unit::FluidOunces);
    assert!(log.apply(now, Action::SetHideGoal(true)));
    assert!(!log.apply(now, Action::SetHideGoal(true)));
    assert!(log.settings.hide_goal);
}

#[test]
fn a_past_day_can_be_corrected_but_not_today_or_later() {
    let mut log = Log::default();
    let today = d(2026, 3, 28);
    let yesterday = today.add_days(-1);
    add_n(&mut log, at(yesterday, 9, 0), 3);
    let fix = |date, count| Action::Correct { date, count };
    assert!(log.apply(at(today, 9, 0), fix(yesterday, 7)));
    assert_eq!(log.count(yesterday), 7);
    assert_eq!(log.times(yesterday).len(), 3, "the cup times are kept");
    assert!(log.apply(at(today, 9, 0), fix(yesterday, 1)));
    assert_eq!(log.count(yesterday), 1);
    assert!(!log.apply(at(today, 9, 0), fix(yesterday, 1)), "no change");
    assert!(log.apply(at(today, 9, 0), fix(today.add_days(-5), 9)));
    assert_eq!(log.count(today.add_days(-5)), 9);
    assert_eq!(log.goal(today.add_days(-5)), 8);
    assert!(log.apply(at(today, 9, 0), fix(yesterday, 99)));
    assert_eq!(log.count(yesterday), MAX_CUPS_PER_DAY);
    assert!(!log.apply(at(today, 9, 0), fix(today, 5)));
    assert!(!log.apply(at(today, 9, 0), fix(today.add_days(1), 5)));
    assert_eq!(log.count(today), 0);
}

#[test]
fn history_shows_seven_days_oldest_first_with_goals_met() {
    let mut log = Log::default();
    let today = d(2026, 3, 28);
    add_n(&mut log, at(today.add_days(-6), 9, 0), 8);
    add_n(&mut log, at(today.add_days(-3), 9, 0), 5);
    log.apply(at(today.add_days(-1), 9, 0), Action::SetHot(true));
    add_n(&mut log, at(today.add_days(-1), 9, 0), 9);
    add_n(&mut log, at(today, 9, 0), 2);
    let history = log.history(today);
    assert_eq!(history.len(), HISTORY_DAYS);
    let dates: Vec<_> = history.iter().map(|s| s.date).collect();
    assert_eq!(
        dates,
        (0..7).rev().map(|b| today.add_days(-b)).collect::<Vec<_>>()
    );
    let counts: Vec<_> = history.iter().map(|s| s.count).collect();
    assert_eq!(counts, [8, 0, 0, 5, 0, 9, 2]);
    let goals: Vec<_> = history.iter().map(|s| s.goal).collect();
    assert_eq!(goals, [8, 8, 8, 8, 8, 10, 8]);
    let met: Vec<_> = history.iter().map(|s| s.met).collect();
    assert_eq!(met, [true, false, false, false, false, false, false]);
}

#[test]
fn the_streak_counts_met_days_up_to_today_or_yesterday() {
    let mut log = Log::default();
    let today = d(2026, 3, 28);
    assert_eq!(log.streak(today), 0);
    for back in 1..=3 {
        add_n(&mut log, at(today.add_days(-back), 9, 0), 8);
    }
    add_n(&mut log, at(today.add_days(-5), 9, 0), 8);
    assert_eq!(
        log.streak(today),
        3,
        "today not met yet: the streak runs to yesterday"
    );
    add_n(&mut log, at(today, 9, 0), 8);
    assert_eq!(log.streak(today), 4);
    log.apply(at(today, 10, 0), Action::Undo);
    assert_eq!(log.streak(today), 3);
    log.apply(
        at(today, 10, 0),
        Action::Correct {
            date: today.add_days(-4),
            count: 8,
        },
    );
    assert_eq!(log.streak(today), 5, "a correction fills the gap");
    assert_eq!(log.streak(today.add_days(2)), 0, "a day missed breaks it");
}

// ---------------------------------------------------------------- the day changes

#[test]
fn midnight_starts_a_new_day_and_yesterday_moves_into_the_history() {
    let mut log = Log::default();
    let day1 = d(2026, 3, 27);
    let day2 = d(2026, 3, 28);
    add_n(&mut log, at(day1, 20, 0), 5);
    let last_ms = utc(day2, 0, 0) - 1;
    assert!(log.apply(
        Moment {
            epoch_ms: last_ms,
            date: day1
        },
        Action::Add
    ));
    assert!(log.apply(at(day2, 0, 0), Action::Add));
    assert_eq!(log.count(day1), 6);
    assert_eq!(log.count(day2), 1);
    let history = log.history(day2);
    assert_eq!(history[5].count, 6);
    assert_eq!(history[6].count, 1);
    assert!(log.apply(at(day2, 0, 1), Action::Undo));
    assert!(!log.apply(at(day2, 0, 1), Action::Undo));
    assert_eq!(log.count(day2), 0);
    assert_eq!(
        log.count(day1),
        6,
        "undo after midnight leaves yesterday alone"
    );
}

/// One cup every hour from local midnight on `first` for `days` days, as a London browser dates them.
fn hourly_in_london(first: LocalDate, days: i64) -> Log {
    let mut log = Log::default();
    let start = utc(first, 0, 0); // London is on GMT at the start of each case below
    let end_local = first.add_days(days);
    let mut ms = start;
    while london(ms).date < end_local {
        assert!(log.apply(london(ms), Action::Add));
        ms += HOUR;
    }
    log
}

#[test]
fn london_summer_time_starts_and_ends_on_the_right_sundays() {
    assert_eq!(last_sunday(2026, 3), d(2026, 3, 29));
    assert_eq!(last_sunday(2026, 10), d(2026, 10, 25));
    // 00:59 UTC on 29 March is 00:59 GMT; 01:00 UTC is 02:00 BST, same date
    assert_eq!(london(utc(d(2026, 3, 29), 0, 59)).date, d(2026, 3, 29));
    // 23:30 UTC on 29 March is 00:30 BST on the 30th
    assert_eq!(london(utc(d(2026, 3, 29), 23, 30)).date, d(2026, 3, 30));
    // 23:30 UTC on 25 October is 23:30 GMT, still the 25th
    assert_eq!(london(utc(d(2026, 10, 25), 23, 30)).date, d(2026, 10, 25));
    // 23:30 UTC on 24 October is 00:30 BST on the 25th
    assert_eq!(london(utc(d(2026, 10, 24), 23, 30)).date, d(2026, 10, 25));
}

#[test]
fn the_spring_forward_day_has_23_hours_and_stays_one_day() {
    let log = hourly_in_london(d(2026, 3, 28), 3);
    let counts: Vec<_> = log
        .days()
        .iter()
        .map(|day| (day.date, day.count()))
        .collect();
    assert_eq!(
        counts,
        [
            (d(2026, 3, 28), 24),
            (d(2026, 3, 29), 23),
            (d(2026, 3, 30), 24)
        ]
    );
    let history = log.history(d(2026, 3, 30));
    assert_eq!(
        history.iter().map(|s| s.count).collect::<Vec<_>>(),
        [0, 0, 0, 0, 24, 23, 24]
    );
}

#[test]
fn the_fall_back_day_has_25_hours_and_stays_one_day() {
    // London is on BST before 25 October: start from 00:00 BST = 23:00 UTC the day before
    let mut log = Log::default();
    let mut ms = utc(d(2026, 10, 23), 23, 0);
    assert_eq!(london(ms).date, d(2026, 10, 24));
    while london(ms).date < d(2026, 10, 27) {
        assert!(log.apply(london(ms), Action::Add));
        ms += HOUR;
    }
    let counts: Vec<_> = log
        .days()
        .iter()
        .map(|day| (day.date, day.count()))
        .collect();
    assert_eq!(
        counts,
        [
            (d(2026, 10, 24), 24),
            (d(2026, 10, 25), 25),
            (d(2026, 10, 26), 24)
        ]
    );
    // 01:30 happens twice on the 25th (BST, then GMT): two cups, the same day
    let mut twice = Log::default();
    let first = utc(d(2026, 10, 25), 0, 30);
    twice.apply(london(first), Action::Add);
    twice.apply(london(first + HOUR), Action::Add);
    assert_eq!(twice.count(d(2026, 10, 25)), 2);
    assert_eq!(twice.days().len(), 1);
}

#[test]
fn a_streak_runs_across_both_daylight_saving_changes() {
    let mut log = hourly_in_london(d(2026, 3, 28), 3);
    assert_eq!(log.streak(d(2026, 3, 30)), 3);
    let mut ms = utc(d(2026, 10, 23), 23, 0);
    while london(ms).date < d(2026, 10, 27) {
        log.apply(london(ms), Action::Add);
        ms += 3 * HOUR;
    }
    assert_eq!(
        log.count(d(2026, 10, 25)),
        9,
        "25 hours hold 9 three-hourly cups"
    );
    assert_eq!(log.streak(d(2026, 10, 26)), 3);
}

#[test]
fn a_clock_set_back_across_midnight_loses_and_merges_nothing() {
    // Today is always the date the clock shows. A cup keeps the date it was added on.
    let mut log = Log::default();
    let day1 = d(2026, 3, 29);
    let day2 = d(2026, 3, 30);
    add_n(&mut log, at(day1, 21, 0), 3);
    log.apply(at(day2, 0, 5), Action::SetHot(true));
    add_n(&mut log, at(day2, 0, 5), 2);
    // the clock goes back to 23:50 the day before
    let back = at(day1, 23, 50);
    assert_eq!(log.count(back.date), 3, "today is the clock's date again");
    assert_eq!(log.later_day(back.date), Some(day2));
    assert!(log.apply(back, Action::Add));
    assert!(log.apply(back, Action::Undo));
    assert!(log.apply(back, Action::Add));
    assert_eq!(log.count(day1), 4);
    assert_eq!(
        log.count(day2),
        2,
        "the later day's cups are kept, not merged"
    );
    assert_eq!(log.extras(day2), (false, true));
    assert_eq!(log.history(day1).last().unwrap().count, 4);
    // the clock reaches the later date again: its cups are there
    let again = at(day2, 0, 10);
    assert_eq!(log.later_day(again.date), None);
    assert!(log.apply(again, Action::Add));
    assert_eq!(log.count(day2), 3);
    assert_eq!(log.history(day2)[5].count, 4);
}

#[test]
fn a_clock_set_back_within_the_day_undoes_the_cup_added_last() {
    let mut log = Log::default();
    let today = d(2026, 3, 28);
    log.apply(at(today, 10, 0), Action::Add);
    log.apply(at(today, 9, 0), Action::Add); // the clock went back an hour
    assert_eq!(log.times(today), [utc(today, 10, 0), utc(today, 9, 0)]);
    log.apply(at(today, 9, 1), Action::Undo);
    assert_eq!(log.times(today), [utc(today, 10, 0)]);
}

#[test]
fn leap_days_are_days_like_any_other() {
    for (year, leap) in [(2024, true), (2028, true), (2100, false), (2000, true)] {
        let mut log = Log::default();
        let feb28 = d(year, 2, 28);
        let mar1 = d(year, 3, 1);
        let mut date = feb28;
        while date <= mar1 {
            add_n(&mut log, at(date, 12, 0), 8);
            date = date.add_days(1);
        }
        assert_eq!(log.days().len(), if leap { 3 } else { 2 }, "{year}");
        assert_eq!(log.streak(mar1), if leap { 3 } else { 2 });
        let history = log.history(mar1);
        assert_eq!(history[6].date, mar1);
        assert_eq!(history[5].date, if leap { d(year, 2, 29) } else { feb28 });
        assert_eq!(history[5].count, 8);
    }
    let mut log = Log::default();
    let today = d(2024, 3, 2);
    assert!(log.apply(
        at(today, 9, 0),
        Action::Correct {
            date: d(2024, 2, 29),
            count: 6
        }
    ));
    assert_eq!(log.history(today)[4].count, 6);
}

#[test]
fn the_year_changes_like_any_night() {
    let mut log = Log::default();
    add_n(&mut log, at(d(2026, 12, 31), 23, 0), 8);
    add_n(&mut log, at(d(2027, 1, 1), 0, 0), 8);
    assert_eq!(log.streak(d(2027, 1, 1)), 2);
    assert_eq!(log.history(d(2027, 1, 1))[5].date, d(2026, 12, 31));
}

#[test]
fn old_days_keep_their_count_and_the_log_stays_small() {
    let mut log = Log::default();
    let first = d(2025, 1, 1);
    for back in 0..(KEEP_DAYS as i64 + 30) {
        add_n(&mut log, at(first.add_days(back), 9, 0), 3);
    }
    let today = first.add_days(KEEP_DAYS as i64 + 29);
    assert_eq!(log.days().len(), KEEP_DAYS);
    assert_eq!(log.days()[0].date, today.add_days(-(KEEP_DAYS as i64 - 1)));
    for day in log.days() {
        assert_eq!(day.count(), 3);
        let old = day.date < today.add_days(-KEEP_TIMES_DAYS);
        assert_eq!(day.times.is_empty(), old, "{}", day.date);
    }
    // a clock set far back still keeps the cup added then
    let long_ago = d(2001, 1, 1);
    assert!(log.apply(at(long_ago, 9, 0), Action::Add));
    assert_eq!(log.count(long_ago), 1);
    assert_eq!(log.days().len(), KEEP_DAYS);
}

#[test]
fn impossible_years_are_ignored() {
    let mut log = Log::default();
    let odd = Moment {
        epoch_ms: 0,
        date: LocalDate::from_day_number(-800_000),
    };
    assert!(!log.apply(odd, Action::Add));
    assert_eq!(log, Log::default());
}

// ---------------------------------------------------------------- the saved format

#[test]
fn version_one_round_trips() {
    let mut log = Log::default();
    let today = d(2026, 3, 28);
    add_n(&mut log, at(today.add_days(-2), 9, 0), 4);
    log.apply(
        at(today, 8, 0),
        Action::Correct {
            date: today.add_days(-2),
            count: 6,
        },
    );
    log.apply(at(today, 8, 0), Action::SetActive(true));
    log.apply(at(today, 8, 0), Action::Add);
    log.apply(at(today, 8, 0), Action::SetUnit(Unit::Millilitres));
    log.apply(at(today, 8, 0), Action::SetHideGoal(true));
    let text = encode(&log);
    assert!(text.starts_with(r#"{"version":1,"#), "{text}");
    let decoded = decode(&text, today).unwrap();
    assert_eq!(decoded.log, log);
    assert_eq!(decoded.migrated_from, None);
    assert_eq!(
        encode(&Log::default()),
        r#"{"version":1,"settings":{"goal":8,"unit":"cups"},"days":[]}"#
    );
}

#[test]
fn version_one_as_documented_decodes() {
    let text = r#"{"version":1,"settings":{"goal":6,"unit":"floz","hideGoal":true},
        "days":[{"date":"2026-03-28","times":[1774742400000],"adjust":1,"goal":6,"active":true,"hot":true},
                {"date":"2026-03-27"}],"extra":"ignored"}"#;
    let log = decode(text, d(2026, 3, 28)).unwrap().log;
    assert_eq!(log.settings.base_goal, 6);
    assert_eq!(log.settings.unit, Unit::FluidOunces);
    assert!(log.settings.hide_goal);
    assert_eq!(log.count(d(2026, 3, 28)), 2);
    assert_eq!(log.goal(d(2026, 3, 28)), 10);
    assert_eq!(log.times(d(2026, 3, 28)), [1_774_742_400_000]);
    assert_eq!(log.count(d(2026, 3, 27)), 0);
    assert_eq!(log.days()[0].date, d(2026, 3, 27), "sorted by date");
}

#[test]
fn version_zero_migrates() {
    let today = d(2026, 3, 28);
    let old = decode(r#"{"date":"2026-03-27","count":5}"#, today).unwrap();
    assert_eq!(old.migrated_from, Some(0));
    assert_eq!(old.log.count(d(2026, 3, 27)), 5);
    assert_eq!(old.log.goal(d(2026, 3, 27)), 8);
    assert_eq!(old.log.settings, Settings::default());
    let bare = decode(" 3 ", today).unwrap();
    assert_eq!(bare.migrated_from, Some(0));
    assert_eq!(bare.log.count(today), 3);
    let versioned = decode(r#"{"version":0,"count":2}"#, today).unwrap();
    assert_eq!(versioned.log.count(today), 2);
    let huge = decode("4000000000", today).unwrap();
    assert_eq!(huge.log.count(today), MAX_CUPS_PER_DAY);
    // migrated data is written back as version 1 and reads the same
    let again = decode(&encode(&old.log), today).unwrap();
    assert_eq!(again.log, old.log);
    assert_eq!(again.migrated_from, None);
}

#[test]
fn unreadable_and_newer_data_are_told_apart() {
    let today = d(2026, 3, 28);
    for junk in [
        "",
        "{",
        "null",
        "[]",
        "\"5\"",
        "-1",
        "1.5",
        "true",
        r#"{"hello":"world"}"#,
        r#"{"date":"2026-03-28"}"#,
        r#"{"date":"2026-02-30","count":2}"#,
        r#"{"version":"1"}"#,
        r#"{"version":1.0,"days":[]}"#,
        r#"{"version":1,"days":{}}"#,
        r#"{"version":1,"days":[{"times":[1]}]}"#,
        r#"{"version":1,"days":[{"date":"yesterday"}]}"#,
        r#"{"version":1,"days":[{"date":"2026-3-28"}]}"#,
        r#"{"version":1,"days":[{"date":"2026-03-28 "}]}"#,
        r#"{"version":1,"days":[{"date":"+026-03-28"}]}"#,
        r#"{"version":1,"days":[{"date":"2026/03/28"}]}"#,
        r#"{"version":1,"days":[{"date":"2026-02-29"}]}"#,
        r#"{"version":1,"days":[{"date":20260328}]}"#,
        r#"{"version":1,"days":[{"date":"2026-03-28","times":[1.5]}]}"#,
        r#"{"version":1,"days":[{"date":"2026-03-28","times":[99999999999999999999]}]}"#,
        r#"{"version":1,"settings":{"goal":300}}"#,
        r#"{"version":1,"days":[]} trailing"#,
        "\u{0}\u{ffff}",
    ] {
        assert_eq!(
            decode(junk, today),
            Err(FormatError::Unreadable),
            "{junk:?}"
        );
    }
    assert_eq!(
        decode(r#"{"version":2,"days":"a new shape"}"#, today),
        Err(FormatError::Newer(2))
    );
}

#[test]
fn odd_but_readable_values_are_put_in_range() {
    let today = d(2026, 3, 28);
    let text = r#"{"version":1,"settings":{"goal":0,"unit":"gallons"},"days":[
        {"date":"2026-03-28","times":[1,2],"adjust":2147483647,"goal":99},
        {"date":"2026-03-28","times":[3],"adjust":-5,"active":true},
        {"date":"2026-03-20","adjust":-2147483648},
        {"date":"0000-01-01","adjust":3}]}"#;
    let log = decode(text, today).unwrap().log;
    assert_eq!(log.settings.base_goal, MIN_BASE_GOAL);
    assert_eq!(log.settings.unit, Unit::Cups);
    assert_eq!(log.days().len(), 2, "duplicates merged, year 0 dropped");
    assert_eq!(log.count(today), MAX_CUPS_PER_DAY);
    assert_eq!(log.times(today).len(), 3);
    assert_eq!(log.goal(today), MAX_BASE_GOAL + 2);
    assert_eq!(log.count(d(2026, 3, 20)), 0);
}

/// Any JSON value, with object keys the saved formats use so decoding goes deep.
fn json_value() -> impl Strategy<Value = serde_json::Value> {
    use serde_json::Value;
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        (0u8..4).prop_map(Value::from),
        "[0-9]{4}-[0-9]{2}-[0-9]{2}".prop_map(Value::String),
        ".{0,12}".prop_map(Value::String),
    ];
    leaf.prop_recursive(5, 64, 8, |inner| {
        let key = prop_oneof![
            Just("version".to_string()),
            Just("settings".to_string()),
            Just("days".to_string()),
            Just("date".to_string()),
            Just("times".to_string()),
            Just("adjust".to_string()),
            Just("goal".to_string()),
            Just("unit".to_string()),
            Just("count".to_string()),
            Just("hot".to_string()),
            "[a-z]{1,6}",
        ];
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..8).prop_map(serde_json::Value::Array),
            prop::collection::btree_map(key, inner, 0..8)
                .prop_map(|m| serde_json::Value::Object(m.into_iter().collect())),
        ]
    })
}

/// A structurally valid version-1 day with any values.
fn day_json() -> impl Strategy<Value = serde_json::Value> {
    (
        -3i64..40_000,
        prop::collection::vec(any::<i64>(), 0..40),
        any::<i32>(),
        any::<u8>(),
        any::<bool>(),
        any::<bool>(),
    )
        .prop_map(|(day, times, adjust, goal, active, hot)| {
            serde_json::json!({
                "date": LocalDate::from_day_number(day * 7 % 40_000).to_string(),
                "times": times, "adjust": adjust, "goal": goal, "active": active, "hot": hot,
            })
        })
}

fn check_invariants(log: &Log) {
    assert!((MIN_BASE_GOAL..=MAX_BASE_GOAL).contains(&log.settings.base_goal));
    assert!(log.days().len() <= KEEP_DAYS);
    for pair in log.days().windows(2) {
        assert!(pair[0].date < pair[1].date, "sorted and unique");
    }
    for day in log.days() {
        assert!(day.count() <= MAX_CUPS_PER_DAY);
        assert!(day.times.len() <= usize::from(MAX_CUPS_PER_DAY));
        assert!((MIN_BASE_GOAL..=MAX_BASE_GOAL).contains(&day.base_goal));
        assert!(YEARS.contains(&day.date.year));
        assert_eq!(
            i64::from(day.count()),
            day.times.len() as i64 + i64::from(day.adjust)
        );
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn decoding_any_text_never_panics(text in "\\PC*") {
        let _ = decode(&text, d(2026, 3, 28));
    }

    #[test]
    fn decoding_any_bytes_as_text_never_panics(bytes in prop::collection::vec(any::<u8>(), 0..200)) {
        let _ = decode(&String::from_utf8_lossy(&bytes), d(2026, 3, 28));
    }

    #[test]
    fn decoding_any_json_never_panics_and_gives_a_tidy_log(value in json_value()) {
        if let Ok(decoded) = decode(&value.to_string(), d(2026, 3, 28)) {
            check_invariants(&decoded.log);
        }
    }

    #[test]
    fn any_version_one_log_reads_back_tidy_and_stable(
        days in prop::collection::vec(day_json(), 0..30),
        goal in any::<u8>(),
        unit in "[a-z]{0,5}",
    ) {
        let text = serde_json::json!({"version": 1, "settings": {"goal": goal, "unit": unit}, "days": days}).to_string();
        let decoded = decode(&text, d(2026, 3, 28)).unwrap();
        check_invariants(&decoded.log);
        let again = decode(&encode(&decoded.log), d(2026, 3, 28)).unwrap();
        prop_assert_eq!(again.log, decoded.log);
    }
}

// ---------------------------------------------------------------- actions at random

#[derive(Debug, Clone)]
enum Step {
    Act(Action),
    /// The clock moves by this many minutes (back when negative).
    Clock(i64),
}

fn step() -> impl Strategy<Value = Step> {
    let unit = prop_oneof![
        Just(Unit::Cups),
        Just(Unit::Millilitres),
        Just(Unit::FluidOunces)
    ];
    prop_oneof![
        6 => Just(Step::Act(Action::Add)),
        2 => Just(Step::Act(Action::Undo)),
        1 => any::<bool>().prop_map(|b| Step::Act(Action::SetActive(b))),
        1 => any::<bool>().prop_map(|b| Step::Act(Action::SetHot(b))),
        1 => any::<u8>().prop_map(|g| Step::Act(Action::SetBaseGoal(g))),
        1 => unit.prop_map(|u| Step::Act(Action::SetUnit(u))),
        1 => any::<bool>().prop_map(|b| Step::Act(Action::SetHideGoal(b))),
        1 => (1i64..10, any::<u16>()).prop_map(|(back, count)| Step::Act(Action::Correct {
            date: d(2026, 3, 28).add_days(-back), count })),
        3 => (-1500i64..3000).prop_map(Step::Clock),
    ]
}

/// London local dates as the clock moves (so runs cross both DST changes of 2026).
fn run(start: i64, steps: &[Step], mut each: impl FnMut(Moment, &Action)) {
    let mut ms = start;
    for s in steps {
        match s {
            Step::Clock(minutes) => ms += minutes * 60_000,
            Step::Act(action) => each(london(ms), action),
        }
    }
}

fn start_ms() -> impl Strategy<Value = i64> {
    prop_oneof![
        Just(utc(d(2026, 3, 28), 22, 0)),
        Just(utc(d(2026, 10, 24), 22, 0)),
        Just(utc(d(2028, 2, 28), 20, 0)),
        (0i64..4000).prop_map(|h| utc(d(2026, 1, 1), 0, 0) + h * HOUR),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    #[test]
    fn actions_keep_the_log_tidy_and_saved_form_faithful(start in start_ms(), steps in prop::collection::vec(step(), 0..120)) {
        let mut log = Log::default();
        run(start, &steps, |now, action| {
            let before: Vec<_> = log.days().iter().map(|d| (d.date, d.count())).collect();
            let changed = log.apply(now, *action);
            check_invariants(&log);
            // no action changes the count of a day other than today, except a correction
            for (date, count) in before {
                let is_target = matches!(action, Action::Correct { date: t, .. } if *t == date);
                if date != now.date && !is_target {
                    assert_eq!(log.count(date), count, "{date} changed by {action:?}");
                }
            }
            if *action == Action::Add && changed {
                assert_eq!(log.times(now.date).last(), Some(&now.epoch_ms));
            }
        });
        let decoded = decode(&encode(&log), d(2026, 3, 28)).unwrap();
        prop_assert_eq!(decoded.log, log);
    }

    #[test]
    fn add_then_undo_changes_nothing(start in start_ms(), steps in prop::collection::vec(step(), 0..60)) {
        let mut log = Log::default();
        run(start, &steps, |now, action| { log.apply(now, *action); });
        let now = london(start + 7 * DAY_MS);
        let before = log.count(now.date);
        if log.apply(now, Action::Add) {
            prop_assert_eq!(log.count(now.date), before + 1);
            prop_assert!(log.apply(now, Action::Undo));
            prop_assert_eq!(log.count(now.date), before);
        }
    }
}

// ---------------------------------------------------------------- saving without losing a cup

use crate::domain::key_value::fake::FakeStore as Store;

fn saved(store: &Store) -> Log {
    decode(&store.get(KEY).expect("saved"), d(2026, 3, 28))
        .unwrap()
        .log
}

const TODAY: LocalDate = LocalDate {
    year: 2026,
    month: 3,
    day: 28,
};

fn now() -> Moment {
    at(TODAY, 9, 0)
}

#[test]
fn nothing_saved_opens_an_empty_log_and_saves_on_the_first_cup() {
    let store = Store::default();
    let mut s = Session::open(&store, TODAY);
    assert_eq!(s.log, Log::default());
    assert_eq!((s.guard.recovery, s.guard.save_error), (None, None));
    assert_eq!(store.writes.get(), 0, "opening writes nothing");
    assert!(s.act(&store, now(), Action::Add));
    assert_eq!(saved(&store).count(TODAY), 1);
    assert!(s.is_saved());
    assert!(!s.act(&store, now(), Action::SetUnit(Unit::Cups)));
}

#[test]
fn a_saved_log_opens_as_it_was() {
    let store = Store::default();
    let mut first = Session::open(&store, TODAY);
    first.act(&store, now(), Action::Add);
    first.act(&store, now(), Action::SetHot(true));
    let reopened = Session::open(&store, TODAY);
    assert_eq!(reopened.log, first.log);
    assert_eq!(reopened.log.goal(TODAY), 10);
}

#[test]
fn an_old_version_is_migrated_and_written_back() {
    let store = Store::with(KEY, "4");
    let s = Session::open(&store, TODAY);
    assert_eq!(s.log.count(TODAY), 4);
    assert!(store.get(KEY).unwrap().starts_with(r#"{"version":1"#));
    assert_eq!(s.guard.recovery, None);
}

#[test]
fn unreadable_data_is_backed_up_before_starting_clean() {
    let store = Store::with(KEY, "{\"version\":1,\"days\":[{\"date\":\"2026-03-2");
    let mut s = Session::open(&store, TODAY);
    assert_eq!(s.guard.recovery, Some(Recovery::BackedUp));
    assert_eq!(s.log, Log::default());
    assert_eq!(
        store.get(BACKUP_KEY).as_deref(),
        Some("{\"version\":1,\"days\":[{\"date\":\"2026-03-2")
    );
    assert_eq!(saved(&store), Log::default(), "a clean log replaces it");
    s.act(&store, now(), Action::Add);
    assert_eq!(saved(&store).count(TODAY), 1);
    s.dismiss();
    assert_eq!(s.guard.recovery, None);
    assert_eq!(
        Session::open(&store, TODAY).guard.recovery,
        None,
        "told once"
    );
}

#[test]
fn unreadable_data_without_room_for_a_copy_is_left_alone() {
    let store = Store::with(KEY, "garbage");
    store.refuse_key.set(Some(BACKUP_KEY));
    let mut s = Session::open(&store, TODAY);
    assert_eq!(s.guard.recovery, Some(Recovery::LeftAlone));
    assert!(s.is_frozen());
    assert!(s.act(&store, now(), Action::Add));
    assert!(s.act(&store, now(), Action::Add));
    assert_eq!(s.log.count(TODAY), 2, "counted in memory");
    assert_eq!(
        store.get(KEY).as_deref(),
        Some("garbage"),
        "never overwritten"
    );
    assert_eq!(store.get(BACKUP_KEY), None);
}

#[test]
fn data_from_a_newer_version_is_never_overwritten() {
    let newer = r#"{"version":7,"whatever":[]}"#;
    let store = Store::with(KEY, newer);
    let mut s = Session::open(&store, TODAY);
    assert_eq!(s.guard.recovery, Some(Recovery::Newer));
    assert!(s.act(&store, now(), Action::Add));
    assert_eq!(s.log.count(TODAY), 1);
    assert_eq!(store.get(KEY).as_deref(), Some(newer));
    assert_eq!(store.writes.get(), 0);
}

#[test]
fn when_saving_fails_counting_goes_on_and_catches_up_later() {
    let store = Store::default();
    let mut s = Session::open(&store, TODAY);
    s.act(&store, now(), Action::Add);
    store.fail_writes.set(true);
    s.act(&store, now(), Action::Add);
    assert_eq!(s.guard.save_error, Some("full"));
    assert!(!s.is_saved());
    s.act(&store, now(), Action::Add);
    s.act(&store, now(), Action::Undo);
    s.act(&store, now(), Action::Add);
    assert_eq!(s.log.count(TODAY), 3, "nothing lost in memory");
    assert_eq!(saved(&store).count(TODAY), 1);
    // an event from another tab must not replace cups not yet saved
    s.refresh(&store, TODAY);
    assert_eq!(s.log.count(TODAY), 3);
    store.fail_writes.set(false);
    s.act(&store, now(), Action::Add);
    assert_eq!(s.guard.save_error, None);
    assert_eq!(
        saved(&store).count(TODAY),
        4,
        "all cups saved once storage works"
    );
}

#[test]
fn blocked_storage_counts_in_memory() {
    let store = Store::default();
    store.fail_reads.set(true);
    store.fail_writes.set(true);
    let mut s = Session::open(&store, TODAY);
    assert_eq!(s.guard.save_error, Some("blocked"));
    for _ in 0..5 {
        s.act(&store, now(), Action::Add);
    }
    assert_eq!(s.log.count(TODAY), 5);
    assert_eq!(s.guard.save_error, Some("full"));
}

#[test]
fn two_tabs_never_lose_each_others_cups() {
    let store = Store::default();
    let mut a = Session::open(&store, TODAY);
    let mut b = Session::open(&store, TODAY);
    a.act(&store, now(), Action::Add);
    // b has not heard of a's cup yet: its next action starts from what is saved
    b.act(&store, now(), Action::Add);
    assert_eq!(b.log.count(TODAY), 2);
    // the storage event tells a
    a.refresh(&store, TODAY);
    assert_eq!(a.log.count(TODAY), 2);
    a.act(&store, now(), Action::SetActive(true));
    b.refresh(&store, TODAY);
    assert_eq!(b.log.goal(TODAY), 10);
    assert_eq!(saved(&store), a.log);
}

#[test]
fn data_broken_while_open_is_backed_up_and_the_open_log_kept() {
    let store = Store::default();
    let mut s = Session::open(&store, TODAY);
    s.act(&store, now(), Action::Add);
    store.data.borrow_mut().insert(KEY.into(), "oops".into());
    s.refresh(&store, TODAY);
    assert_eq!(s.guard.recovery, Some(Recovery::BackedUp));
    assert_eq!(s.log.count(TODAY), 1);
    assert_eq!(store.get(BACKUP_KEY).as_deref(), Some("oops"));
    assert_eq!(saved(&store).count(TODAY), 1);
}

#[test]
fn data_removed_elsewhere_is_saved_again_from_the_open_log() {
    let store = Store::default();
    let mut s = Session::open(&store, TODAY);
    s.act(&store, now(), Action::Add);
    store.data.borrow_mut().remove(KEY);
    s.refresh(&store, TODAY);
    assert_eq!(s.log.count(TODAY), 1);
    s.act(&store, now(), Action::Add);
    assert_eq!(saved(&store).count(TODAY), 2);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn no_cup_is_lost_whatever_storage_does(
        plan in prop::collection::vec((any::<bool>(), any::<bool>(), 0u8..3), 1..60),
    ) {
        let store = Store::default();
        let mut s = Session::open(&store, TODAY);
        let mut expected: u16 = 0;
        for (fail_writes, fail_reads, what) in plan {
            store.fail_writes.set(fail_writes);
            store.fail_reads.set(fail_reads);
            match what {
                0 | 1 => {
                    if s.act(&store, now(), Action::Add) { expected += 1; }
                }
                _ => {
                    if s.act(&store, now(), Action::Undo) { expected -= 1; }
                }
            }
            prop_assert_eq!(s.log.count(TODAY), expected);
            prop_assert_eq!(s.guard.save_error.is_some(), !s.is_saved());
        }
        store.fail_writes.set(false);
        store.fail_reads.set(false);
        s.act(&store, now(), Action::SetHot(true));
        prop_assert_eq!(saved(&store).count(TODAY), expected);
        prop_assert!(s.is_saved());
    }
}
