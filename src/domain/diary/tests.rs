//! The diary's core: the night key (noon to noon, across daylight saving in Europe/London,
//! midnight, a clock set back, leap days), entries and merging, the stretching comparison against
//! worked examples, the planned self-test, the report's numbers, and the saved format (fuzzed).

use super::compare::{rate_ratio, Comparison, Side, Verdict, Wait, MIN_NIGHTS};
use super::entry::*;
use super::format::{decode, encode, FormatError};
use super::links::{cups_by_night, routine_night, stretched_nights, water_goal_nights};
use super::log::Diary;
use super::night::{night_of, NightState, SpanSummary};
use super::report::Report;
use super::self_test::{Kind, SelfTest, Status};
use crate::domain::calendar::LocalDate;
use crate::domain::stretch::History;
use crate::domain::water::log::{Action, Log as WaterLog, Moment};
use proptest::prelude::*;
use std::collections::{BTreeMap, BTreeSet};

const MIN_MS: i64 = 60_000;
const HOUR: i64 = 60 * MIN_MS;
const DAY_MS: i64 = 24 * HOUR;

pub(crate) fn d(y: i32, m: u8, day: u8) -> LocalDate {
    LocalDate::new(y, m, day).unwrap()
}

fn utc(date: LocalDate, hour: i64, minute: i64) -> i64 {
    date.day_number() * DAY_MS + hour * HOUR + minute * MIN_MS
}

fn last_sunday(year: i32, month: u8) -> LocalDate {
    let mut date = d(year, month, 28);
    while date.add_days(1).month == month {
        date = date.add_days(1);
    }
    while date.weekday_short() != "Sun" {
        date = date.add_days(-1);
    }
    date
}

/// What a browser in Europe/London shows at an instant: summer time (UTC+1) from 01:00 UTC on
/// the last Sunday of March to 01:00 UTC on the last Sunday of October.
fn london(epoch_ms: i64) -> LocalTime {
    let year = LocalDate::from_day_number(epoch_ms.div_euclid(DAY_MS)).year;
    let start = utc(last_sunday(year, 3), 1, 0);
    let end = utc(last_sunday(year, 10), 1, 0);
    let local = epoch_ms
        + if (start..end).contains(&epoch_ms) {
            HOUR
        } else {
            0
        };
    LocalTime {
        date: LocalDate::from_day_number(local.div_euclid(DAY_MS)),
        minute: (local.rem_euclid(DAY_MS) / MIN_MS) as u16,
    }
}

pub(crate) fn at(date: LocalDate, hour: u16, minute: u16) -> LocalTime {
    LocalTime::new(date, hour * 60 + minute).unwrap()
}

/// A cramp at a local time (the clock in UTC), `seconds` long.
pub(crate) fn cramp(local: LocalTime, seconds: u32) -> Cramp {
    let ms = utc(local.date, 0, 0) + i64::from(local.minute) * MIN_MS;
    Cramp::new(ms, local, Length::exact(seconds))
}

fn id(n: u32) -> Id {
    Id::new(1_764_000_000_000, n)
}

pub(crate) fn diary_of(cramps: Vec<Cramp>, quiet: &[LocalDate]) -> Diary {
    let mut diary = Diary::default();
    let mut n = 0;
    for c in cramps {
        n += 1;
        assert!(diary.save(id(n), Body::Cramp(c), 1));
    }
    for night in quiet {
        n += 1;
        assert!(diary.mark_quiet(*night, id(n), 1));
    }
    diary
}

// ---------------------------------------------------------------- the night key

#[test]
fn a_night_runs_from_noon_to_noon() {
    let wed = d(2026, 12, 2);
    let thu = d(2026, 12, 3);
    assert_eq!(wed.weekday_short(), "Wed");
    assert_eq!(
        night_of(at(thu, 2, 30)),
        wed,
        "02:30 Thursday is Wednesday's night"
    );
    assert_eq!(
        night_of(at(thu, 13, 0)),
        thu,
        "13:00 Thursday is Thursday's night"
    );
    assert_eq!(night_of(at(thu, 11, 59)), wed);
    assert_eq!(night_of(at(thu, 12, 0)), thu, "noon begins the new night");
    assert_eq!(
        night_of(at(thu, 0, 0)),
        wed,
        "midnight is the middle of a night"
    );
    assert_eq!(night_of(at(wed, 23, 59)), wed);
}

#[test]
fn midnight_at_the_end_of_a_month_and_a_year() {
    assert_eq!(night_of(at(d(2027, 1, 1), 0, 10)), d(2026, 12, 31));
    assert_eq!(night_of(at(d(2026, 12, 1), 4, 0)), d(2026, 11, 30));
}

#[test]
fn leap_days() {
    assert_eq!(night_of(at(d(2024, 3, 1), 3, 0)), d(2024, 2, 29));
    assert_eq!(night_of(at(d(2024, 2, 29), 3, 0)), d(2024, 2, 28));
    assert_eq!(night_of(at(d(2024, 2, 29), 22, 0)), d(2024, 2, 29));
    assert_eq!(
        night_of(at(d(2100, 3, 1), 3, 0)),
        d(2100, 2, 28),
        "2100 is not a leap year"
    );
    let diary = diary_of(vec![cramp(at(d(2024, 3, 1), 3, 0), 60)], &[]);
    let states = diary.night_states(d(2024, 2, 28), d(2024, 3, 1));
    assert_eq!(
        states,
        vec![
            (d(2024, 2, 28), NightState::NotRecorded),
            (d(2024, 2, 29), NightState::Cramps(1)),
            (d(2024, 3, 1), NightState::NotRecorded),
        ]
    );
}

/// One cramp logged every hour from `from_ms` while its night is `night`, from noon.
fn hourly_cramps_of_night(night: LocalDate) -> Diary {
    let mut ms = utc(night, 10, 0);
    let mut cramps = Vec::new();
    while night_of(london(ms)) <= night {
        if night_of(london(ms)) == night {
            cramps.push(Cramp::new(ms, london(ms), Length::exact(60)));
        }
        ms += HOUR;
    }
    diary_of(cramps, &[])
}

#[test]
fn the_night_the_clocks_go_forward_has_23_hours_and_is_one_night() {
    // 29 March 2026: 01:00 GMT becomes 02:00 BST
    let sat = d(2026, 3, 28);
    assert_eq!(
        night_of(london(utc(d(2026, 3, 29), 0, 30))),
        sat,
        "00:30 GMT"
    );
    assert_eq!(
        london(utc(d(2026, 3, 29), 1, 30)),
        at(d(2026, 3, 29), 2, 30)
    );
    assert_eq!(
        night_of(london(utc(d(2026, 3, 29), 1, 30))),
        sat,
        "02:30 BST"
    );
    assert_eq!(
        night_of(london(utc(d(2026, 3, 29), 10, 59))),
        sat,
        "11:59 BST"
    );
    assert_eq!(
        night_of(london(utc(d(2026, 3, 29), 11, 0))),
        d(2026, 3, 29),
        "12:00 BST"
    );
    let diary = hourly_cramps_of_night(sat);
    assert_eq!(diary.night_state(sat), NightState::Cramps(23));
    assert_eq!(diary.night_state(d(2026, 3, 27)), NightState::NotRecorded);
    assert_eq!(diary.night_state(d(2026, 3, 29)), NightState::NotRecorded);
}

#[test]
fn the_night_the_clocks_go_back_has_25_hours_and_is_one_night() {
    // 25 October 2026: 02:00 BST becomes 01:00 GMT; 01:30 happens twice
    let sat = d(2026, 10, 24);
    let first = london(utc(d(2026, 10, 25), 0, 30));
    let second = london(utc(d(2026, 10, 25), 1, 30));
    assert_eq!(first, second, "the same local time, an hour apart");
    assert_eq!(night_of(first), sat);
    let diary = hourly_cramps_of_night(sat);
    assert_eq!(diary.night_state(sat), NightState::Cramps(25));
    assert_eq!(diary.night_state(d(2026, 10, 25)), NightState::NotRecorded);
}

#[test]
fn the_utc_offset_is_known_from_the_start_and_its_local_time() {
    let summer = utc(d(2026, 7, 1), 1, 30);
    assert_eq!(london(summer).utc_offset_minutes(summer), 60);
    let winter = utc(d(2026, 12, 3), 1, 30);
    assert_eq!(london(winter).utc_offset_minutes(winter), 0);
    let new_york = LocalTime::new(d(2026, 12, 2), 20 * 60 + 30).unwrap();
    assert_eq!(new_york.utc_offset_minutes(winter), -300);
}

#[test]
fn a_clock_set_back_keeps_every_cramp_in_the_night_it_was_logged_in() {
    let wed = d(2026, 12, 2);
    let thu = d(2026, 12, 3);
    let mut diary = diary_of(vec![cramp(at(thu, 12, 5), 90)], &[]);
    assert_eq!(diary.night_state(thu), NightState::Cramps(1));
    // the clock goes back to 11:50: the current night is Wednesday's again
    let now = at(thu, 11, 50);
    let current = night_of(now);
    assert_eq!(current, wed);
    assert_eq!(diary.later_night(current), Some(thu));
    assert_eq!(diary.first_night(), Some(thu));
    assert_eq!(Diary::default().first_night(), None);
    assert!(diary.save(id(9), Body::Cramp(cramp(now, 30)), 0));
    assert_eq!(diary.night_state(wed), NightState::Cramps(1));
    assert_eq!(
        diary.night_state(thu),
        NightState::Cramps(1),
        "kept, not merged"
    );
    let (this_week, _) = diary.weeks(current);
    assert_eq!(this_week.cramps, 1, "a later night is not in this week");
}

// ---------------------------------------------------------------- nights and weeks

#[test]
fn a_night_is_not_recorded_quiet_or_has_cramps() {
    let n = d(2026, 12, 1);
    let mut diary = Diary::default();
    assert_eq!(diary.night_state(n), NightState::NotRecorded);
    assert!(diary.mark_quiet(n, id(1), 10));
    assert!(!diary.mark_quiet(n, id(2), 11), "marked once");
    assert_eq!(diary.night_state(n), NightState::Quiet);
    assert!(diary.save(id(3), Body::Cramp(cramp(at(d(2026, 12, 2), 3, 0), 60)), 12));
    assert_eq!(
        diary.night_state(n),
        NightState::Cramps(1),
        "a cramp outweighs the mark"
    );
    assert!(diary.delete(&id(3), 13));
    assert_eq!(diary.night_state(n), NightState::Quiet);
    assert!(diary.delete(&id(1), 14));
    assert_eq!(diary.night_state(n), NightState::NotRecorded);
    assert!(!diary.delete(&id(1), 15), "already deleted");
    assert_eq!(diary.quiet_mark(n), None);
}

#[test]
fn this_week_and_last_week() {
    let current = d(2026, 12, 2);
    // this week (26 Nov – 2 Dec): 5 cramps on 3 nights, 3 quiet nights, one not recorded
    let cramps = vec![
        cramp(at(d(2026, 11, 27), 2, 0), 60),
        cramp(at(d(2026, 11, 27), 4, 0), 60),
        cramp(at(d(2026, 11, 29), 23, 0), 60),
        cramp(at(d(2026, 12, 3), 1, 0), 60),
        cramp(at(d(2026, 12, 3), 5, 0), 60),
        // last week (19–25 Nov): one cramp
        cramp(at(d(2026, 11, 21), 3, 0), 60),
    ];
    let quiet = [
        d(2026, 11, 28),
        d(2026, 11, 30),
        d(2026, 12, 1),
        d(2026, 11, 19),
    ];
    let diary = diary_of(cramps, &quiet);
    let (this_week, last_week) = diary.weeks(current);
    assert_eq!(
        this_week,
        SpanSummary {
            nights: 7,
            recorded: 6,
            with_cramps: 3,
            cramps: 5
        }
    );
    assert_eq!(
        last_week,
        SpanSummary {
            nights: 7,
            recorded: 2,
            with_cramps: 1,
            cramps: 1
        }
    );
}

// ---------------------------------------------------------------- entries and merging

#[test]
fn edits_are_kept_with_a_later_modified_time_even_after_the_clock_went_back() {
    let mut diary = Diary::default();
    let mut c = cramp(at(d(2026, 12, 3), 2, 0), 120);
    assert!(diary.save(id(1), Body::Cramp(c.clone()), 1_000));
    assert!(
        !diary.save(id(1), Body::Cramp(c.clone()), 2_000),
        "no change"
    );
    c.severity = Some(7);
    assert!(
        diary.save(id(1), Body::Cramp(c.clone()), 500),
        "clock set back"
    );
    let e = diary.get(&id(1)).unwrap();
    assert_eq!(e.modified_ms, 1_001);
    assert_eq!(e.body, Body::Cramp(c));
}

#[test]
fn entries_are_tidied() {
    let mut c = cramp(at(d(2026, 12, 3), 2, 0), 0);
    c.severity = Some(200);
    c.length = Length::Exact { seconds: u32::MAX };
    c.note = format!("  {}  ", "x".repeat(600));
    let mut diary = Diary::default();
    diary.save(id(1), Body::Cramp(c), 1);
    let Body::Cramp(kept) = &diary.get(&id(1)).unwrap().body else {
        panic!("a cramp")
    };
    assert_eq!(kept.severity, Some(10));
    assert_eq!(kept.length, Length::Exact { seconds: 86_400 });
    assert_eq!(kept.note.chars().count(), MAX_NOTE_CHARS);
    assert_eq!(Id::parse(""), None);
    assert_eq!(Id::parse("a b"), None);
    assert_eq!(Id::parse(&"a".repeat(41)), None);
    assert_eq!(id(1).as_str(), "19ab697e800-00000001");
}

#[test]
fn merging_a_backup_keeps_the_later_change_and_deletions() {
    let night = d(2026, 12, 2);
    let mut phone = diary_of(vec![cramp(at(d(2026, 12, 3), 2, 0), 60)], &[]);
    let backup = phone.clone();
    // on the phone, after the backup: the cramp is deleted and a medicine added
    assert!(phone.delete(&id(1), 50));
    phone.save(
        id(7),
        Body::Medicine(Medicine {
            name: "Atorvastatin".into(),
            started: d(2026, 11, 1),
        }),
        60,
    );
    let mut restored = backup.clone();
    assert!(restored.merge(&phone));
    assert_eq!(restored, phone, "the deletion wins over the older cramp");
    assert!(
        !phone.clone().merge(&backup),
        "an older backup changes nothing"
    );
    assert_eq!(phone.night_state(night), NightState::NotRecorded);
    // the same modified time: a deletion wins, either way round
    let mut a = diary_of(vec![cramp(at(d(2026, 12, 3), 2, 0), 60)], &[]);
    let mut b = a.clone();
    b.save(id(1), Body::Deleted, 1);
    let b2 = b.clone();
    a.merge(&b2);
    b.merge(&diary_of(vec![cramp(at(d(2026, 12, 3), 2, 0), 60)], &[]));
    assert_eq!(a, b);
}

// ---------------------------------------------------------------- the comparison

fn side(nights: u32, cramps: u32) -> Side {
    Side { nights, cramps }
}

fn close(x: f64, expected: f64) -> bool {
    (x - expected).abs() < 5e-5 * expected.max(1.0)
}

#[test]
fn the_rate_ratio_of_the_issue_example() {
    // Stretched: 9 nights, 6 cramps; not: 5 nights, 8 cramps.
    // rates 6/9 = 0.667 ("0.7") and 8/5 = 1.6; RR = 0.6667 / 1.6 = 0.41667
    // ln RR = -0.87547; SE = √(1/6 + 1/8) = √0.291667 = 0.540062; 1.959964 × SE = 1.058502
    // low = e^(-0.87547 - 1.058502) = e^-1.933969 = 0.14457; high = e^0.183034 = 1.20085
    let (with, without) = (side(9, 6), side(5, 8));
    assert_eq!(with.rate_tenths(), Some(7));
    assert_eq!(without.rate_tenths(), Some(16));
    let r = rate_ratio(with, without).unwrap();
    assert!(close(r.ratio, 0.416_667), "{r:?}");
    assert!(close(r.low, 0.144_573), "{r:?}");
    assert!(close(r.high, 1.200_854), "{r:?}");
    assert!(!r.corrected);
    assert_eq!(r.hundredths(), (42, 14, 120));
    // only 5 nights without stretching
    assert_eq!(
        Comparison::of(with, without).verdict,
        Verdict::TooEarly(Wait::FewNights)
    );
}

#[test]
fn fewer_cramps_when_the_whole_interval_is_below_one() {
    // 14 nights, 4 cramps against 14 nights, 16 cramps: RR = (4/14)/(16/14) = 0.25
    // SE = √(1/4 + 1/16) = √0.3125 = 0.559017; 1.959964 × SE = 1.095653
    // low = e^(ln 0.25 - 1.095653) = e^-2.481947 = 0.08358; high = e^-0.290641 = 0.74778
    let c = Comparison::of(side(14, 4), side(14, 16));
    let r = c.ratio.unwrap();
    assert!(close(r.ratio, 0.25) && close(r.low, 0.083_580) && close(r.high, 0.747_784));
    assert_eq!(c.verdict, Verdict::Fewer);
}

#[test]
fn more_cramps_when_the_whole_interval_is_above_one() {
    // 7 nights, 21 cramps against 7 nights, 7 cramps: RR = 3
    // SE = √(1/21 + 1/7) = √0.190476 = 0.436436; 1.959964 × SE = 0.855398
    // low = e^(1.098612 - 0.855398) = e^0.243214 = 1.27534; high = e^1.954011 = 7.05693
    let c = Comparison::of(side(7, 21), side(7, 7));
    let r = c.ratio.unwrap();
    assert!(close(r.ratio, 3.0) && close(r.low, 1.275_341) && close(r.high, 7.056_934));
    assert_eq!(c.verdict, Verdict::More);
}

#[test]
fn a_zero_count_gets_half_a_cramp_on_both_sides() {
    // 10 nights, 0 cramps against 8 nights, 6 cramps: counts 0.5 and 6.5
    // RR = (0.5/10)/(6.5/8) = 0.05/0.8125 = 0.061538; SE = √(1/0.5 + 1/6.5) = √2.153846 = 1.467599
    // 1.959964 × SE = 2.876441; low = e^(-2.788093 - 2.876441) = 0.0034668;
    // high = e^0.088348 = 1.09237: the interval includes 1
    let c = Comparison::of(side(10, 0), side(8, 6));
    let r = c.ratio.unwrap();
    assert!(r.corrected);
    assert!(close(r.ratio, 0.061_538) && close(r.low, 0.003_466_8) && close(r.high, 1.092_368));
    assert_eq!(c.verdict, Verdict::TooEarly(Wait::NoClearDifference));
    // no cramps at all: finite, ratio n2/n1
    let none = rate_ratio(side(10, 0), side(5, 0)).unwrap();
    assert!(close(none.ratio, 0.5) && none.low.is_finite() && none.high.is_finite());
    assert_eq!(rate_ratio(side(0, 0), side(5, 3)), None);
}

#[test]
fn the_verdict_waits_for_seven_recorded_nights_on_each_side() {
    // a clear difference (RR = 0.1 with many cramps) still waits for nights
    assert_eq!(
        Comparison::of(side(MIN_NIGHTS - 1, 3), side(30, 300)).verdict,
        Verdict::TooEarly(Wait::FewNights)
    );
    assert_eq!(
        Comparison::of(side(30, 300), side(MIN_NIGHTS - 1, 3)).verdict,
        Verdict::TooEarly(Wait::FewNights)
    );
    assert_eq!(
        Comparison::of(side(MIN_NIGHTS, 4), side(30, 300)).verdict,
        Verdict::Fewer
    );
}

#[test]
fn only_recorded_nights_are_compared() {
    let first = d(2026, 11, 1);
    let last = d(2026, 11, 10);
    // stretched on 1–5 Nov; cramps on the nights of 2 and 7 Nov (two); 3 and 8 Nov quiet
    let diary = diary_of(
        vec![
            cramp(at(d(2026, 11, 3), 2, 0), 60),
            cramp(at(d(2026, 11, 8), 2, 0), 60),
            cramp(at(d(2026, 11, 7), 22, 0), 60),
        ],
        &[d(2026, 11, 3), d(2026, 11, 8)],
    );
    let stretched: BTreeSet<_> = (0..5).map(|i| first.add_days(i)).collect();
    let c = diary.compare(first, last, &stretched);
    assert_eq!(c.with, side(2, 1));
    assert_eq!(c.without, side(2, 2));
}

// ---------------------------------------------------------------- links to the other tools

#[test]
fn stretch_routines_and_water_days_count_for_the_night_that_follows() {
    let mut history = History::default();
    history.record(d(2026, 12, 1));
    history.record(d(2026, 12, 1));
    history.record(d(2026, 11, 20));
    assert_eq!(
        stretched_nights(&history, d(2026, 11, 25), d(2026, 12, 2)),
        BTreeSet::from([d(2026, 12, 1)])
    );
    assert_eq!(
        routine_night(at(d(2026, 12, 2), 22, 0)),
        Some(d(2026, 12, 2))
    );
    assert_eq!(
        routine_night(at(d(2026, 12, 3), 0, 30)),
        Some(d(2026, 12, 2))
    );
    assert_eq!(
        routine_night(at(d(2026, 12, 3), 8, 0)),
        None,
        "a morning routine"
    );

    let mut water = WaterLog::default();
    let day = d(2026, 12, 1);
    for i in 0..8 {
        water.apply(
            Moment {
                epoch_ms: utc(day, 9, i),
                date: day,
            },
            Action::Add,
        );
    }
    water.apply(
        Moment {
            epoch_ms: utc(day.add_days(1), 9, 0),
            date: day.add_days(1),
        },
        Action::Add,
    );
    assert_eq!(
        water_goal_nights(&water, d(2026, 11, 28), d(2026, 12, 2)),
        BTreeSet::from([day])
    );
    assert_eq!(
        cups_by_night(&water, d(2026, 11, 28), d(2026, 12, 2)),
        BTreeMap::from([(day, 8), (day.add_days(1), 1)])
    );
}

// ---------------------------------------------------------------- the planned self-test

fn seed_for(kind: Kind) -> u32 {
    (0..)
        .find(|s| SelfTest::new(d(2026, 12, 7), 4, *s).first_kind() == kind)
        .unwrap()
}

#[test]
fn the_test_alternates_seven_night_blocks_fixed_by_its_seed() {
    let start = d(2026, 12, 7);
    let t = SelfTest::new(start, 4, seed_for(Kind::Stretch));
    let kinds: Vec<_> = (0..28)
        .map(|i| t.kind_of(start.add_days(i)).unwrap())
        .collect();
    for (i, k) in kinds.iter().enumerate() {
        let expected = if (i / 7) % 2 == 0 {
            Kind::Stretch
        } else {
            Kind::NoStretch
        };
        assert_eq!(*k, expected, "night {i}");
    }
    assert_eq!(t.kind_of(start.add_days(-1)), None);
    assert_eq!(t.kind_of(start.add_days(28)), None);
    assert_eq!(t.last_night(), d(2027, 1, 3));
    let other = SelfTest::new(start, 4, seed_for(Kind::NoStretch));
    assert_eq!(other.kind_of(start), Some(Kind::NoStretch));
    assert_eq!(other.kind_of(start.add_days(7)), Some(Kind::Stretch));
    // the seed's mixing gives both kinds about as often
    let stretch_first = (0..1000u32)
        .filter(|s| SelfTest::new(start, 4, *s).first_kind() == Kind::Stretch)
        .count();
    assert!((400..600).contains(&stretch_first), "{stretch_first}");
    assert_eq!(SelfTest::new(start, 40, 1).weeks, 12);
    assert_eq!(SelfTest::new(start, 0, 1).weeks, 2);
}

#[test]
fn the_test_says_where_it_is_and_gives_its_result_only_at_the_end() {
    let start = d(2026, 12, 7);
    let t = SelfTest::new(start, 4, seed_for(Kind::Stretch));
    assert_eq!(t.status(start.add_days(-1)), Status::NotStarted);
    assert_eq!(
        t.status(start),
        Status::Running {
            night: 1,
            nights: 28,
            kind: Kind::Stretch
        }
    );
    assert_eq!(
        t.status(start.add_days(27)),
        Status::Running {
            night: 28,
            nights: 28,
            kind: Kind::NoStretch
        }
    );
    assert_eq!(t.status(start.add_days(28)), Status::Finished);
    // every night recorded: one cramp on stretch nights, two on the others
    let mut cramps = Vec::new();
    let mut quiet = Vec::new();
    for i in 0..28 {
        let night = start.add_days(i);
        let morning = night.add_days(1);
        match t.kind_of(night).unwrap() {
            Kind::Stretch if i % 2 == 0 => cramps.push(cramp(at(morning, 3, 0), 60)),
            Kind::Stretch => quiet.push(night),
            Kind::NoStretch => {
                cramps.push(cramp(at(morning, 3, 0), 60));
                cramps.push(cramp(at(morning, 4, 0), 60));
            }
        }
    }
    let diary = diary_of(cramps, &quiet);
    // stretched on every stretch night but one, and on one no-stretch night
    let mut stretched: BTreeSet<_> = (0..28)
        .map(|i| start.add_days(i))
        .filter(|n| t.kind_of(*n) == Some(Kind::Stretch))
        .collect();
    stretched.remove(&start);
    stretched.insert(start.add_days(8));
    assert_eq!(t.result(&diary, start.add_days(27), &stretched), None);
    let r = t.result(&diary, start.add_days(28), &stretched).unwrap();
    // stretch nights 0–6 and 14–20: cramps on the even ones (0,2,4,6,14,16,18,20): 8 cramps
    assert_eq!(r.comparison.with, side(14, 8));
    assert_eq!(r.comparison.without, side(14, 28));
    assert_eq!(r.comparison.verdict, Verdict::Fewer);
    assert_eq!((r.stretch_nights_done, r.stretch_nights), (13, 14));
    assert_eq!((r.rest_nights_stretched, r.rest_nights), (1, 14));
}

// ---------------------------------------------------------------- the report

/// A fixed diary: the 4 weeks of nights 5 Nov – 2 Dec 2026 and the 4 before (8 Oct – 4 Nov).
pub(crate) fn report_diary() -> Diary {
    let mut c1 = cramp(at(d(2026, 11, 10), 2, 30), 185);
    c1.leg = Some(Leg::Left);
    c1.places = Set::of(&[Place::Calf]);
    c1.severity = Some(6);
    c1.woke = true;
    c1.helped = Set::of(&[Remedy::Stretch, Remedy::Walk]);
    c1.note = "After a long walk".into();
    let mut c2 = cramp(at(d(2026, 11, 10), 4, 0), 0);
    c2.length = Length::About(Bucket::OneToTwo);
    c2.leg = Some(Leg::Left);
    c2.places = Set::of(&[Place::Calf, Place::Foot]);
    c2.severity = Some(4);
    c2.woke = true;
    let mut c3 = cramp(at(d(2026, 11, 20), 23, 15), 0);
    c3.length = Length::About(Bucket::OverTen);
    c3.leg = Some(Leg::Both);
    c3.places = Set::of(&[Place::BackOfThigh]);
    c3.severity = Some(8);
    let mut c4 = cramp(at(d(2026, 12, 1), 5, 0), 40);
    c4.leg = Some(Leg::Right);
    c4.places = Set::of(&[Place::Foot]);
    // the 4 weeks before: 4 cramps on 2 nights, 2 quiet
    let before = vec![
        cramp(at(d(2026, 10, 12), 3, 0), 300),
        cramp(at(d(2026, 10, 12), 4, 0), 200),
        cramp(at(d(2026, 10, 20), 1, 0), 100),
        cramp(at(d(2026, 10, 20), 2, 0), 100),
    ];
    let mut cramps = vec![c1, c2, c3, c4];
    cramps.extend(before);
    let quiet = [
        d(2026, 11, 5),
        d(2026, 11, 6),
        d(2026, 11, 7),
        d(2026, 11, 8),
        d(2026, 10, 25),
        d(2026, 10, 26),
    ];
    let mut diary = diary_of(cramps, &quiet);
    diary.save(
        id(100),
        Body::Medicine(Medicine {
            name: "Atorvastatin".into(),
            started: d(2026, 11, 1),
        }),
        5,
    );
    diary
}

fn report_links() -> (BTreeSet<LocalDate>, BTreeMap<LocalDate, u16>) {
    let stretched = BTreeSet::from([
        d(2026, 11, 5),
        d(2026, 11, 6),
        d(2026, 11, 20),
        d(2026, 10, 1),
    ]);
    let cups = BTreeMap::from([
        (d(2026, 11, 9), 6),
        (d(2026, 11, 10), 8),
        (d(2026, 11, 11), 7),
    ]);
    (stretched, cups)
}

/// The report of `report_diary` for the 4 weeks ending with the night of 2 December 2026.
pub(crate) fn fixed_report() -> Report {
    let (stretched, cups) = report_links();
    Report::new(
        &report_diary(),
        d(2026, 12, 2),
        4,
        d(2026, 12, 3),
        &stretched,
        &cups,
    )
}

#[test]
fn the_report_adds_up_a_fixed_diary() {
    let r = fixed_report();
    let now = &r.current;
    assert_eq!((now.first, now.last), (d(2026, 11, 5), d(2026, 12, 2)));
    // nights of 9 Nov (2 cramps), 20 Nov, 30 Nov, and 4 quiet: 7 recorded
    assert_eq!(
        now.nights,
        SpanSummary {
            nights: 28,
            recorded: 7,
            with_cramps: 3,
            cramps: 4
        }
    );
    // 4 / 7 = 0.571 → 0.6 a night; 28 / 7 = 4.0 a week
    assert_eq!(now.per_night_tenths, Some(6));
    assert_eq!(now.per_week_tenths, Some(40));
    // lengths in order: 40 s, "1–2 min" (60), 185 s, "over 10" (600): the lower median is "1–2 min"
    assert_eq!(now.typical, Some(Length::About(Bucket::OneToTwo)));
    assert_eq!(now.longest, Some(Length::About(Bucket::OverTen)));
    assert_eq!(now.worst_severity, Some(8));
    assert_eq!(now.nights_woken, 1, "two cramps woke, on one night");
    assert_eq!(now.legs, [(Leg::Left, 2), (Leg::Right, 1), (Leg::Both, 1)]);
    assert_eq!(
        now.places,
        [
            (Place::Calf, 2),
            (Place::Foot, 2),
            (Place::Thigh, 0),
            (Place::BackOfThigh, 1)
        ]
    );
    assert_eq!(now.nights_stretched, 3);
    // (6 + 8 + 7) / 3 = 7.0 cups
    assert_eq!((now.water_days, now.average_cups_tenths), (3, Some(70)));
    let before = &r.previous;
    assert_eq!(
        (before.first, before.last),
        (d(2026, 10, 8), d(2026, 11, 4))
    );
    assert_eq!(before.nights.cramps, 4);
    assert_eq!(before.nights.recorded, 4);
    // 4 / 4 = 1.0 a night, 7.0 a week; lengths 100, 100, 200, 300: lower median 100
    assert_eq!(
        (before.per_night_tenths, before.per_week_tenths),
        (Some(10), Some(70))
    );
    assert_eq!(before.typical, Some(Length::Exact { seconds: 100 }));
    assert_eq!(before.worst_severity, None);
    assert_eq!((before.water_days, before.average_cups_tenths), (0, None));
    assert_eq!(r.medicines.len(), 1);
    assert_eq!(r.notes.len(), 1);
    assert_eq!(r.notes[0].night, d(2026, 11, 9));
}

// ---------------------------------------------------------------- the saved format

#[test]
fn the_saved_form_reads_back_and_is_what_the_module_says() {
    let mut diary = report_diary();
    diary.delete(&id(2), 9);
    diary.test = Some(SelfTest::new(d(2026, 12, 7), 4, 2_766_157_893));
    let text = encode(&diary);
    assert_eq!(decode(&text), Ok(diary.clone()));
    assert!(text.starts_with(r#"{"version":1,"entries":[{"id":"19ab697e800-00000001","modified":1,"cramp":{"start":1794277800000,"date":"2026-11-10","minute":150,"seconds":185,"leg":"left","where":["calf"],"severity":6,"woke":true,"helped":["stretch","walk"],"note":"After a long walk"}},{"id":"19ab697e800-00000002","modified":9,"deleted":true}"#), "{text}");
    assert!(text.ends_with(r#""test":{"start":"2026-12-07","weeks":4,"seed":2766157893}}"#));
    assert!(text.contains(r#""about":"over10""#));
    assert!(text.contains(r#""quiet":"2026-11-05""#));
    assert!(text.contains(r#""medicine":{"name":"Atorvastatin","started":"2026-11-01"}"#));
    assert_eq!(decode(r#"{"version":1}"#), Ok(Diary::default()));
}

#[test]
fn a_newer_version_is_refused_and_junk_is_unreadable() {
    assert_eq!(
        decode(r#"{"version":2,"entries":[]}"#),
        Err(FormatError::Newer(2))
    );
    for junk in [
        "",
        "5",
        "[]",
        "{}",
        r#"{"version":0}"#,
        r#"{"version":"1"}"#,
        r#"{"version":1,"entries":{}}"#,
        r#"{"version":1,"entries":[{"id":"a","modified":1}]}"#,
        r#"{"version":1,"entries":[{"id":"a b","modified":1,"deleted":true}]}"#,
        r#"{"version":1,"entries":[{"id":"a","modified":1,"quiet":"2026-02-30"}]}"#,
        r#"{"version":1,"entries":[{"id":"a","modified":1,"cramp":{"start":1,"date":"2026-02-03","minute":1440,"seconds":3}}]}"#,
        r#"{"version":1,"entries":[{"id":"a","modified":1,"cramp":{"start":1,"date":"2026-02-03","minute":1,"seconds":3,"about":"2-5"}}]}"#,
        r#"{"version":1,"entries":[{"id":"a","modified":1,"cramp":{"start":1,"date":"2026-02-03","minute":1,"seconds":-3}}]}"#,
        r#"{"version":1,"entries":[{"id":"a","modified":1,"cramp":{"start":1,"date":"2026-02-03","minute":1,"seconds":3,"severity":11}}]}"#,
        r#"{"version":1,"entries":[{"id":"a","modified":1,"cramp":{"start":1,"date":"2026-02-03","minute":1,"seconds":3,"where":["knee"]}}]}"#,
        r#"{"version":1,"entries":[],"test":{"start":"2026-12-07","weeks":4}}"#,
    ] {
        assert_eq!(decode(junk), Err(FormatError::Unreadable), "{junk}");
    }
}

pub(crate) fn local_time() -> impl Strategy<Value = LocalTime> {
    (0i64..2_900_000, 0u16..1440).prop_map(|(day, minute)| LocalTime {
        date: LocalDate::from_day_number(day - 719_162),
        minute,
    })
}

fn set<T: Choice + std::fmt::Debug>() -> impl Strategy<Value = Set<T>> {
    proptest::collection::vec(proptest::sample::select(T::LIST.to_vec()), 0..4)
        .prop_map(|v| Set::of(&v))
}

fn body() -> impl Strategy<Value = Body> {
    let length = prop_oneof![
        (0u32..100_000).prop_map(Length::exact),
        proptest::sample::select(&Bucket::ALL[..]).prop_map(Length::About),
    ];
    let cramp = (
        any::<i64>(),
        local_time(),
        length,
        proptest::option::of(proptest::sample::select(&Leg::ALL[..])),
        set::<Place>(),
        proptest::option::of(0u8..=10),
        any::<bool>(),
        set::<Remedy>(),
        "\\PC{0,20}",
    )
        .prop_map(
            |(start_ms, local, length, leg, places, severity, woke, helped, note)| {
                Body::Cramp(Cramp {
                    start_ms,
                    local,
                    length,
                    leg,
                    places,
                    severity,
                    woke,
                    helped,
                    note,
                })
            },
        );
    prop_oneof![
        cramp,
        local_time().prop_map(|t| Body::Quiet { night: t.date }),
        ("\\PC{0,20}", local_time()).prop_map(|(name, t)| Body::Medicine(Medicine {
            name,
            started: t.date
        })),
        Just(Body::Deleted),
    ]
}

pub(crate) fn diary() -> impl Strategy<Value = Diary> {
    let entries = proptest::collection::vec(("[a-z0-9-]{1,12}", any::<i64>(), body()), 0..12);
    let test = proptest::option::of((local_time(), any::<u8>(), any::<u32>()));
    (entries, test).prop_map(|(entries, test)| {
        let entries = entries
            .into_iter()
            .map(|(id, modified_ms, body)| Entry {
                id: Id::parse(&id).unwrap(),
                modified_ms,
                body,
            })
            .collect();
        Diary::from_parts(entries, test.map(|(t, w, s)| SelfTest::new(t.date, w, s)))
    })
}

proptest! {
    #[test]
    fn saved_diaries_read_back_the_same(diary in diary()) {
        prop_assert_eq!(decode(&encode(&diary)), Ok(diary));
    }

    #[test]
    fn decoding_any_text_never_panics(text in "\\PC{0,300}") {
        let _ = decode(&text);
    }

    #[test]
    fn decoding_a_damaged_saved_diary_never_panics(diary in diary(), cut in any::<prop::sample::Index>(), byte in any::<u8>()) {
        let mut bytes = encode(&diary).into_bytes();
        let i = cut.index(bytes.len());
        bytes[i] = byte;
        let text = String::from_utf8_lossy(&bytes);
        if let Ok(read) = decode(&text) {
            prop_assert_eq!(decode(&encode(&read)), Ok(read));
        }
        let half: String = text.chars().take(text.chars().count() / 2).collect();
        let _ = decode(&half);
    }

    #[test]
    fn a_night_holds_exactly_the_local_times_from_its_noon_to_the_next(t in local_time()) {
        let night = night_of(t);
        let start = LocalTime::new(night, 720).unwrap();
        let end = LocalTime::new(night.add_days(1), 720).unwrap();
        prop_assert!(start <= t && t < end);
    }

    #[test]
    fn merging_is_order_independent(a in diary(), b in diary()) {
        let mut ab = a.clone();
        ab.merge(&b);
        let mut ba = b.clone();
        ba.merge(&a);
        prop_assert_eq!(ab.entries(), ba.entries());
    }
}

// ---------------------------------------------------------------- keeping it on the device

use super::format::{BACKUP_KEY, STORAGE_KEY};
use super::session::Session;
use crate::domain::key_value::KeyValue;
use crate::domain::key_value::Recovery;

use crate::domain::key_value::fake::FakeStore as Store;

fn log_cramp(n: u32, night_morning: LocalDate) -> impl FnOnce(&mut Diary) -> bool {
    move |diary| diary.save(id(n), Body::Cramp(cramp(at(night_morning, 3, 0), 60)), 10)
}

#[test]
fn two_tabs_keep_each_others_entries() {
    let store = Store::default();
    let mut a = Session::open(&store);
    let mut b = Session::open(&store);
    assert!(a.act(&store, log_cramp(1, d(2026, 12, 3))));
    assert!(b.act(&store, log_cramp(2, d(2026, 12, 4))));
    a.refresh(&store);
    assert_eq!(a.diary, b.diary);
    assert_eq!(a.diary.cramps().len(), 2);
    assert!(a.is_saved() && b.is_saved());
    assert_eq!(
        decode(&store.read(STORAGE_KEY).unwrap().unwrap()),
        Ok(a.diary.clone())
    );
}

#[test]
fn storage_full_goes_on_in_memory_and_saves_everything_later() {
    let store = Store::default();
    let mut s = Session::open(&store);
    store.fail_writes.set(true);
    assert!(s.act(&store, log_cramp(1, d(2026, 12, 3))));
    assert_eq!(s.guard.save_error, Some("full"));
    assert!(!s.is_saved());
    // another tab saves meanwhile; this tab's unsaved cramp is merged, not lost
    store.fail_writes.set(false);
    let mut other = Session::open(&store);
    other.act(&store, log_cramp(2, d(2026, 12, 4)));
    assert!(s.act(&store, log_cramp(3, d(2026, 12, 5))));
    assert_eq!(s.guard.save_error, None);
    assert_eq!(s.diary.cramps().len(), 3);
    assert_eq!(
        decode(&store.read(STORAGE_KEY).unwrap().unwrap())
            .unwrap()
            .cramps()
            .len(),
        3
    );
}

#[test]
fn unreadable_data_is_backed_up_and_newer_data_left_alone() {
    let store = Store::default();
    store
        .data
        .borrow_mut()
        .insert(STORAGE_KEY.into(), "{not json".into());
    let s = Session::<&str>::open(&store);
    assert_eq!(s.guard.recovery, Some(Recovery::BackedUp));
    assert_eq!(store.read(BACKUP_KEY), Ok(Some("{not json".into())));
    assert_eq!(store.read(STORAGE_KEY), Ok(Some(encode(&Diary::default()))));

    let store = Store::default();
    store.refuse_key.set(Some(BACKUP_KEY));
    store
        .data
        .borrow_mut()
        .insert(STORAGE_KEY.into(), "{not json".into());
    let mut s = Session::open(&store);
    assert_eq!(s.guard.recovery, Some(Recovery::LeftAlone));
    assert!(s.is_frozen());
    assert!(
        s.act(&store, log_cramp(1, d(2026, 12, 3))),
        "works in memory"
    );
    assert_eq!(store.read(STORAGE_KEY), Ok(Some("{not json".into())));

    let store = Store::default();
    let newer = r#"{"version":2,"entries":[]}"#;
    store
        .data
        .borrow_mut()
        .insert(STORAGE_KEY.into(), newer.into());
    let mut s = Session::open(&store);
    assert_eq!(s.guard.recovery, Some(Recovery::Newer));
    s.act(&store, log_cramp(1, d(2026, 12, 3)));
    assert_eq!(
        store.read(STORAGE_KEY),
        Ok(Some(newer.into())),
        "never overwritten"
    );
    s.dismiss();
    assert_eq!(s.guard.recovery, None);
}

#[test]
fn a_timed_cramp_and_a_medicine_from_what_the_page_has() {
    assert_eq!(
        Length::timed(1_000.0, 181_400.0),
        Length::Exact { seconds: 180 }
    );
    assert_eq!(
        Length::timed(5_000.0, 1_000.0),
        Length::Exact { seconds: 0 }
    );
    assert_eq!(
        Length::timed(f64::NAN, 1_000.0),
        Length::Exact { seconds: 0 }
    );
    assert_eq!(Length::timed(0.0, 1e300), Length::Exact { seconds: 86_400 });
    assert_eq!(Length::exact(120).bucket(), Bucket::TwoToFive);
    assert_eq!(Medicine::new("  ", d(2026, 1, 1)), None);
    assert_eq!(
        Medicine::new(" Furosemide ", d(2026, 1, 1)).unwrap().name,
        "Furosemide"
    );
}

mod inbox_and_fields {
    use super::super::fields::apply_details;
    use super::super::inbox::{entries, percent_decode, remaining, take_in};
    use super::*;

    const LINE: &str = "id=1764644400000-42&start=1764644400000&date=2026-12-02&minute=3&seconds=185&leg=left&where=calf&where=foot&severity=6&woke=1&helped=stretch&note=after+a+walk%2C+50%25";

    #[test]
    fn a_line_from_cramp_now_becomes_a_cramp_with_its_details() {
        let got = entries(&format!("\n{LINE}\nnot a line\n"));
        assert_eq!(got.len(), 1);
        let Body::Cramp(c) = &got[0].body else {
            panic!("a cramp")
        };
        assert_eq!(got[0].id.as_str(), "1764644400000-42");
        assert_eq!(c.start_ms, 1_764_644_400_000);
        assert_eq!(c.local, at(d(2026, 12, 2), 0, 3));
        assert_eq!(
            c.night(),
            d(2026, 12, 1),
            "00:03 belongs to the night before"
        );
        assert_eq!(c.length, Length::exact(185));
        assert_eq!(c.leg, Some(Leg::Left));
        assert_eq!(c.places, Set::of(&[Place::Calf, Place::Foot]));
        assert_eq!((c.severity, c.woke), (Some(6), true));
        assert_eq!(c.helped, Set::of(&[Remedy::Stretch]));
        assert_eq!(c.note, "after a walk, 50%");
    }

    #[test]
    fn the_inbox_is_taken_in_once_and_a_deleted_cramp_stays_deleted() {
        let mut diary = Diary::default();
        assert!(take_in(&mut diary, LINE));
        assert!(!take_in(&mut diary, LINE), "twice is once");
        assert_eq!(diary.cramps().len(), 1);
        assert_eq!(remaining(&diary, LINE), None, "taken in: the inbox can go");
        let id = diary.cramps()[0].0.clone();
        assert!(diary.delete(&id, 2_000_000_000_000));
        assert!(!take_in(&mut diary, LINE));
        assert!(diary.cramps().is_empty());
        let other = LINE.replace("-42", "-43");
        assert_eq!(remaining(&diary, &format!("{LINE}\n{other}")), Some(other));
    }

    #[test]
    fn details_out_of_range_or_unknown_are_left_out() {
        let pairs: Vec<(String, String)> = [
            ("leg", "middle"),
            ("where", "ear"),
            ("severity", "11"),
            ("helped", "cold"),
            ("woke", ""),
        ]
        .iter()
        .map(|(n, v)| (n.to_string(), v.to_string()))
        .collect();
        let mut c = cramp(at(d(2026, 12, 2), 2, 30), 60);
        apply_details(&mut c, &pairs);
        assert_eq!((c.leg, c.severity, c.woke), (None, None, false));
        assert!(c.places.is_empty());
        assert_eq!(c.helped, Set::of(&[Remedy::Cold]));
    }

    #[test]
    fn percent_decoding_keeps_what_it_cannot_read() {
        assert_eq!(percent_decode("a+b%20c%zz%4"), "a b c%zz%4");
        assert_eq!(percent_decode("%E2%80%93"), "–");
        assert_eq!(percent_decode("%FF"), "\u{FFFD}");
    }

    proptest! {
        #[test]
        fn any_inbox_text_is_read_without_panicking(text in any::<String>(), cut in 0usize..400) {
            let _ = entries(&text);
            let line: String = LINE.chars().take(cut).collect();
            let mut diary = Diary::default();
            let _ = take_in(&mut diary, &format!("{line}{text}"));
            let _ = remaining(&diary, &text);
        }
    }
}

#[test]
fn a_cramp_is_found_by_its_id_and_nothing_else_is() {
    let c = cramp(at(d(2026, 11, 27), 3, 0), 60);
    let mut diary = diary_of(vec![c.clone()], &[d(2026, 11, 26)]);
    let ids: Vec<Id> = diary.entries().iter().map(|e| e.id.clone()).collect();
    let cramp_id = ids
        .iter()
        .find(|id| matches!(diary.get(id).map(|e| &e.body), Some(Body::Cramp(_))))
        .cloned()
        .unwrap();
    let quiet_id = ids.iter().find(|id| **id != cramp_id).cloned().unwrap();
    assert_eq!(diary.cramp(&cramp_id), Some(&c));
    assert_eq!(diary.cramp(&quiet_id), None, "a quiet night is not a cramp");
    assert_eq!(diary.cramp(&Id::new(1, 1)), None, "no such entry");
    assert!(diary.delete(&cramp_id, 5));
    assert_eq!(diary.cramp(&cramp_id), None, "deleted");
}
