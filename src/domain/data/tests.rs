//! Your data: the backup file read back exactly, refused whole when anything is wrong (fuzzed
//! with random bytes and damaged files), merge and replace, all-or-nothing restore and its undo
//! against a store that fails half way, the diary as CSV, and the bedtime reminder's `.ics`
//! (a golden file, and read back by an independent iCalendar parser).

use super::backup::{self, decode, encode, Backup, BackupError};
use super::contents::{Part, Saved};
use super::csv::{diary_csv, field};
use super::ics::{self, calendar, escape_text, fold, Reminder, Weekday};
use super::restore::{self, apply, merge, replace, summary, undo, Here, RestoreError, UNDO_KEY};
use super::stamp::Stamp;
use crate::domain::diary::entry::{Body, Cramp, Id, Leg, Length, Medicine, Place, Remedy, Set};
use crate::domain::diary::tests::{at, cramp, d, diary};
use crate::domain::diary::Diary;
use crate::domain::stretch::{self, History, Settings};
use crate::domain::theme::{self, ThemePref};
use crate::domain::water::log::{Day, Log, Settings as WaterSettings, Unit};
use proptest::prelude::*;
use std::collections::BTreeMap;

const HOUR_MS: i64 = 3_600_000;
const BOM: char = '\u{feff}';

fn stamp() -> Stamp {
    // 2026-12-02T21:30:00+01:00
    Stamp {
        epoch_ms: d(2026, 12, 2).day_number() * 24 * HOUR_MS + 20 * HOUR_MS + 30 * 60_000,
        offset_minutes: 60,
    }
}

// ---------------------------------------------------------------- a store that can fail

use crate::domain::key_value::fake::FakeStore as Store;

/// A store holding `saved`, as a restore would write it.
fn holding(saved: &Saved) -> Store {
    let store = Store::default();
    for (key, value) in restore::writes(saved) {
        store.put(key, &value);
    }
    store
}

/// Everything in `store` but the undo record.
fn app_data(store: &Store) -> BTreeMap<String, String> {
    let mut data = store.data.borrow().clone();
    data.remove(UNDO_KEY);
    data
}

// ---------------------------------------------------------------- generated data

fn water_log() -> impl Strategy<Value = Log> {
    let day = (
        0i64..800,
        prop::collection::vec(0i64..10_000, 0..6),
        -3i32..8,
        1u8..=20,
        any::<bool>(),
        any::<bool>(),
    )
        .prop_map(|(n, times, adjust, base_goal, active, hot)| {
            let date = d(2025, 6, 1).add_days(n);
            Day {
                date,
                times: times
                    .into_iter()
                    .map(|t| date.day_number() * 24 * HOUR_MS + t * 6_000)
                    .collect(),
                adjust,
                base_goal,
                active,
                hot,
            }
        });
    let unit = prop::sample::select(vec![Unit::Cups, Unit::Millilitres, Unit::FluidOunces]);
    (
        1u8..=20,
        unit,
        any::<bool>(),
        prop::collection::vec(day, 0..12),
    )
        .prop_map(|(base_goal, unit, hide_goal, days)| {
            Log::from_parts(
                WaterSettings {
                    base_goal,
                    unit,
                    hide_goal,
                },
                days,
            )
        })
}

fn stretch_settings() -> impl Strategy<Value = Settings> {
    (any::<[u8; 4]>(), any::<bool>(), any::<[bool; 3]>()).prop_map(
        |([hold, rounds, ready, switch], right, [sound, vibration, voice])| {
            Settings {
                hold_secs: hold,
                rounds_per_leg: rounds,
                first_leg: if right {
                    stretch::Leg::Right
                } else {
                    stretch::Leg::Left
                },
                get_ready_secs: ready,
                switch_secs: switch,
                sound,
                vibration,
                voice,
            }
            .clamped()
        },
    )
}

fn history() -> impl Strategy<Value = History> {
    prop::collection::vec(0i64..500, 0..20).prop_map(|days| {
        let mut h = History::default();
        for n in days {
            h.record(d(2025, 6, 1).add_days(n));
        }
        h
    })
}

fn saved() -> impl Strategy<Value = Saved> {
    (
        diary(),
        water_log(),
        stretch_settings(),
        history(),
        prop::sample::select(theme::ALL.to_vec()),
    )
        .prop_map(
            |(diary, water, stretch_settings, stretch_history, theme)| Saved {
                diary,
                water,
                stretch_settings,
                stretch_history,
                theme,
            },
        )
}

fn full_backup(saved: Saved) -> Backup {
    Backup {
        exported_at: stamp(),
        saved,
        parts: Part::ALL.to_vec(),
    }
}

// ---------------------------------------------------------------- a fixed example

fn id(n: u32) -> Id {
    Id::new(1_764_000_000_000, n)
}

fn example() -> Saved {
    let mut diary = Diary::default();
    let mut c = cramp(at(d(2026, 12, 3), 2, 30), 185);
    c.leg = Some(Leg::Left);
    c.places = Set::of(&[Place::Calf]);
    c.severity = Some(6);
    c.woke = true;
    c.helped = Set::of(&[Remedy::Stretch, Remedy::Walk]);
    c.note = "after a long walk, \"bad\" one".into();
    diary.save(id(1), Body::Cramp(c), 10);
    diary.mark_quiet(d(2026, 12, 1), id(2), 10);
    diary.save(
        id(3),
        Body::Medicine(Medicine::new("Atorvastatin", d(2026, 11, 1)).unwrap()),
        10,
    );
    let mut water = Log::default();
    water.merge(&Log::from_parts(
        WaterSettings::default(),
        vec![Day {
            date: d(2026, 12, 2),
            times: vec![1, 2, 3],
            adjust: 0,
            base_goal: 8,
            active: false,
            hot: true,
        }],
    ));
    let mut stretch_history = History::default();
    stretch_history.record(d(2026, 11, 27));
    Saved {
        diary,
        water,
        stretch_settings: Settings::default(),
        stretch_history,
        theme: ThemePref::Night,
    }
}

// ---------------------------------------------------------------- the backup file

#[test]
fn the_backup_file_is_what_the_module_and_readme_say() {
    let text = encode(&example(), stamp());
    assert!(text.starts_with(
        r#"{"app":"cramp-coach","format":1,"exported_at":"2026-12-02T21:30:00+01:00","data":{"#
    ));
    for part in Part::ALL {
        assert!(
            text.contains(&format!("\n\"{}\":", part.name())),
            "{part:?}"
        );
    }
    assert!(text.contains(r#""theme":"night""#));
    assert!(text.contains(r#""stretch_history":{"v":1,"days":[["2026-11-27",1]]}"#));
    let readme = include_str!("../../../README.md");
    let section = &readme[readme.find("## Backup format").expect("README section")..];
    for word in [
        "\"app\"",
        "\"format\"",
        "\"exported_at\"",
        "\"data\"",
        "diary",
        "water",
        "stretch_settings",
        "stretch_history",
        "theme",
        "Merge",
        "Replace",
    ] {
        assert!(section.contains(word), "README: {word}");
    }
    assert_eq!(
        decode(text.as_bytes()),
        Ok(full_backup(example())),
        "read back as it was"
    );
}

#[test]
fn another_apps_file_a_newer_one_and_damaged_ones_are_refused() {
    let good = encode(&example(), stamp());
    let cases: Vec<(String, BackupError)> = vec![
        ("".into(), BackupError::NotJson),
        ("not json".into(), BackupError::NotJson),
        (good[..good.len() / 2].into(), BackupError::NotJson),
        ("[1,2]".into(), BackupError::NotCrampCoach),
        (
            r#"{"version":1,"entries":[]}"#.into(),
            BackupError::NotCrampCoach,
        ),
        (
            good.replace("cramp-coach\"", "cramp-coach2\""),
            BackupError::NotCrampCoach,
        ),
        (
            good.replace(r#""format":1"#, r#""format":2"#),
            BackupError::Newer(2),
        ),
        (
            good.replace(r#"{"version":1,"entries""#, r#"{"version":3,"entries""#),
            BackupError::Newer(3),
        ),
        (
            good.replace(r#""format":1"#, r#""format":"1""#),
            BackupError::Broken(None),
        ),
        (
            good.replace(r#""format":1,"#, ""),
            BackupError::Broken(None),
        ),
        (
            good.replace("2026-12-02T21:30:00+01:00", "yesterday"),
            BackupError::Broken(None),
        ),
        (
            good.replace(r#""theme":"night""#, r#""theme":"purple""#),
            BackupError::Broken(Some(Part::Theme)),
        ),
        (
            good.replace(r#""hold_secs":30"#, r#""hold_secs":300"#),
            BackupError::Broken(Some(Part::StretchSettings)),
        ),
        (
            good.replace(r#""hold_secs":30"#, r#""hold_secs":30.5"#),
            BackupError::Broken(Some(Part::StretchSettings)),
        ),
        (
            good.replace(r#"["2026-11-27",1]"#, r#"["2026-11-31",1]"#),
            BackupError::Broken(Some(Part::StretchHistory)),
        ),
        (
            good.replace(r#""severity":6"#, r#""severity":11"#),
            BackupError::Broken(Some(Part::Diary)),
        ),
        (
            good.replace(
                r#""date":"2026-12-02","times""#,
                r#""date":"2026-12-32","times""#,
            ),
            BackupError::Broken(Some(Part::Water)),
        ),
        (
            good.replace(r#""water":{"version":1"#, r#""water":{"version":0"#),
            BackupError::Broken(Some(Part::Water)),
        ),
        (
            good.replace(r#""water":{"#, r#""water":5,"x":{"#),
            BackupError::Broken(Some(Part::Water)),
        ),
    ];
    for (text, expected) in cases {
        assert_eq!(decode(text.as_bytes()), Err(expected), "{text}");
    }
    assert_eq!(decode(&[0xff, 0xfe, b'{', b'}']), Err(BackupError::NotJson));
    let with_bom = [b"\xEF\xBB\xBF".as_slice(), good.as_bytes()].concat();
    assert!(decode(&with_bom).is_ok(), "a byte order mark is allowed");
}

#[test]
fn a_backup_may_leave_parts_out_and_have_members_it_does_not_know() {
    let text = r#"{"app":"cramp-coach","format":1,"exported_at":"2026-12-02T20:30:00Z",
        "data":{"theme":"dark","future_tool":{"v":9}}}"#;
    let backup = decode(text.as_bytes()).unwrap();
    assert_eq!(backup.parts, vec![Part::Theme]);
    assert_eq!(backup.saved.theme, ThemePref::Dark);
    assert_eq!(backup.saved.diary, Diary::default());
    assert_eq!(backup.exported_at.local_date(), d(2026, 12, 2));
}

/// A small deterministic generator (xorshift), so the fuzzing below needs no seed file.
struct Bytes(u64);

impl Bytes {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

#[test]
fn decoding_random_bytes_and_damaged_files_never_panics_and_refuses() {
    let mut rng = Bytes(0x9E37_79B9_7F4A_7C15);
    for _ in 0..20_000 {
        let len = rng.below(200);
        let bytes: Vec<u8> = (0..len).map(|_| rng.next() as u8).collect();
        assert!(decode(&bytes).is_err());
    }
    let good = encode(&example(), stamp()).into_bytes();
    let alphabet = b"{}[]\",:0123456789-.eE tfnul\\";
    for _ in 0..20_000 {
        let mut bytes = good.clone();
        for _ in 0..1 + rng.below(3) {
            if bytes.is_empty() {
                break;
            }
            let i = rng.below(bytes.len());
            match rng.below(4) {
                0 => bytes[i] = rng.next() as u8,
                1 => bytes[i] = alphabet[rng.below(alphabet.len())],
                2 => {
                    bytes.remove(i);
                }
                _ => bytes.truncate(i),
            }
        }
        if let Ok(read) = decode(&bytes) {
            // what is accepted is taken exactly: written again, it reads back the same
            let again = decode(encode(&read.saved, read.exported_at).as_bytes()).unwrap();
            assert_eq!(again.saved, read.saved);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn a_backup_reads_back_as_it_was(saved in saved()) {
        prop_assert_eq!(decode(encode(&saved, stamp()).as_bytes()), Ok(full_backup(saved)));
    }

    #[test]
    fn backup_then_restore_on_another_device_is_the_identity(saved in saved(), there in saved()) {
        let backup = decode(encode(&saved, stamp()).as_bytes()).unwrap();
        for store in [Store::default(), holding(&there)] {
            let here = Here::read(&store).unwrap();
            apply(&store, &here, &replace(&backup)).unwrap();
            prop_assert_eq!(&Here::read(&store).unwrap().saved, &saved);
        }
    }

    #[test]
    fn merging_a_backup_twice_is_merging_it_once(saved in saved(), there in saved()) {
        let backup = decode(encode(&saved, stamp()).as_bytes()).unwrap();
        let store = holding(&there);
        let here = Here::read(&store).unwrap();
        let once = merge(&here, &backup);
        apply(&store, &here, &once).unwrap();
        let here = Here::read(&store).unwrap();
        prop_assert_eq!(&here.saved, &once);
        prop_assert_eq!(merge(&here, &backup), once);
    }

    #[test]
    fn merging_keeps_every_diary_entry_once(a in diary(), b in diary()) {
        let mut merged = a.clone();
        merged.merge(&b);
        let ids: Vec<_> = merged.entries().iter().map(|e| &e.id).collect();
        let mut unique = ids.clone();
        unique.dedup();
        prop_assert_eq!(ids.len(), unique.len(), "each id once");
        for e in a.entries().iter().chain(b.entries()) {
            let kept = merged.get(&e.id).unwrap();
            prop_assert!(kept.modified_ms >= e.modified_ms, "the later change wins");
        }
    }

    #[test]
    fn water_and_stretch_merges_are_idempotent_and_order_free(a in water_log(), b in water_log(), x in history(), y in history()) {
        let mut ab = a.clone();
        ab.merge(&b);
        let mut abb = ab.clone();
        prop_assert!(!abb.merge(&b));
        prop_assert_eq!(&abb, &ab);
        let mut ba = b.clone();
        ba.merge(&a);
        let sorted = |log: &Log| -> Vec<_> {
            log.days().iter().map(|d| {
                let mut times = d.times.clone();
                times.sort_unstable();
                (d.date, d.count(), times, d.goal())
            }).collect()
        };
        prop_assert_eq!(sorted(&ab), sorted(&ba));
        for day in a.days() {
            prop_assert!(ab.count(day.date) >= day.count(), "no cup is lost");
        }
        let mut xy = x.clone();
        xy.merge(&y);
        let mut yx = y.clone();
        yx.merge(&x);
        prop_assert_eq!(&xy, &yx);
        prop_assert!(!xy.clone().merge(&y));
    }

    #[test]
    fn a_restore_that_fails_at_any_write_changes_nothing(saved in saved(), there in saved(), failing in prop::sample::select(Part::ALL.to_vec())) {
        let store = holding(&there);
        let before = app_data(&store);
        let here = Here::read(&store).unwrap();
        store.refuse_key.set(Some(failing.key()));
        let result = apply(&store, &here, &saved);
        prop_assert_eq!(result, Err(RestoreError::Failed("full")));
        prop_assert_eq!(app_data(&store), before);
    }
}

// ---------------------------------------------------------------- restore, undo, summary

#[test]
fn the_water_log_of_two_devices_counts_each_cup_once() {
    let day = |times: Vec<i64>, adjust| {
        Log::from_parts(
            WaterSettings::default(),
            vec![Day {
                date: d(2026, 12, 2),
                times,
                adjust,
                base_goal: 8,
                active: false,
                hot: false,
            }],
        )
    };
    let mut phone = day(vec![10, 20], 0);
    assert!(phone.merge(&day(vec![20, 30], 0)));
    assert_eq!(phone.times(d(2026, 12, 2)), &[10, 20, 30]);
    assert_eq!(phone.count(d(2026, 12, 2)), 3);
    let mut corrected = day(vec![10], 4);
    corrected.merge(&day(vec![10, 20], 0));
    assert_eq!(
        corrected.count(d(2026, 12, 2)),
        6,
        "the cups of both and the larger correction"
    );
}

#[test]
fn merge_keeps_this_devices_settings_unless_it_has_none() {
    let mut theirs = example();
    theirs.theme = ThemePref::Dark;
    theirs.stretch_settings.hold_secs = 20;
    theirs.water.settings.base_goal = 12;
    let backup = full_backup(theirs);
    let fresh = Store::default();
    let merged = merge(&Here::read(&fresh).unwrap(), &backup);
    assert_eq!(merged.theme, ThemePref::Dark);
    assert_eq!(merged.stretch_settings.hold_secs, 20);
    assert_eq!(merged.water.settings.base_goal, 12);
    let used = holding(&Saved::default());
    let merged = merge(&Here::read(&used).unwrap(), &backup);
    assert_eq!(merged.theme, ThemePref::System);
    assert_eq!(merged.stretch_settings.hold_secs, 30);
    assert_eq!(merged.water.settings.base_goal, 8);
    assert_eq!(merged.diary, backup.saved.diary, "entries are added");
}

#[test]
fn undo_restore_brings_back_what_was_here() {
    let store = holding(&example());
    store
        .data
        .borrow_mut()
        .insert(stretch::history::STORAGE_KEY.into(), "{junk".into());
    store.data.borrow_mut().remove(theme::STORAGE_KEY);
    let before = app_data(&store);
    let here = Here::read(&store).unwrap();
    assert_eq!(here.unreadable, vec![Part::StretchHistory]);
    assert!(!restore::can_undo(&store));
    apply(&store, &here, &Saved::default()).unwrap();
    assert!(restore::can_undo(&store));
    assert_eq!(Here::read(&store).unwrap().saved, Saved::default());
    assert_eq!(undo(&store), Ok(true));
    let mut after = app_data(&store);
    assert_eq!(
        after.remove(theme::STORAGE_KEY).as_deref(),
        Some("system"),
        "a key that held nothing gets its fresh form"
    );
    assert_eq!(after, before, "the unreadable text is back too");
    assert!(!restore::can_undo(&store));
    assert_eq!(undo(&store), Ok(false), "nothing more to undo");
}

#[test]
fn no_room_for_the_undo_copy_changes_nothing_and_newer_data_here_is_left_alone() {
    let store = holding(&example());
    let before = app_data(&store);
    store.refuse_key.set(Some(UNDO_KEY));
    let here = Here::read(&store).unwrap();
    assert_eq!(
        apply(&store, &here, &Saved::default()),
        Err(RestoreError::NoUndo("full"))
    );
    assert_eq!(app_data(&store), before);

    let store = holding(&example());
    store.data.borrow_mut().insert(
        crate::domain::diary::format::STORAGE_KEY.into(),
        r#"{"version":2,"entries":[]}"#.into(),
    );
    let before = app_data(&store);
    let here = Here::read(&store).unwrap();
    assert_eq!(
        apply(&store, &here, &Saved::default()),
        Err(RestoreError::NewerHere(Part::Diary))
    );
    assert_eq!(app_data(&store), before);
}

#[test]
fn a_failure_while_putting_back_is_said_and_undo_still_works() {
    let store = holding(&example());
    let before = app_data(&store);
    let here = Here::read(&store).unwrap();
    // the undo record and the diary are written, then everything fails
    store.writes_left.set(Some(2));
    let result = apply(&store, &here, &Saved::default());
    assert_eq!(result, Err(RestoreError::Partial("full")));
    store.writes_left.set(None);
    assert_ne!(app_data(&store), before);
    assert_eq!(undo(&store), Ok(true));
    assert_eq!(app_data(&store), before);
}

#[test]
fn the_summary_counts_what_the_backup_holds_and_what_is_here() {
    let mut theirs = example();
    theirs
        .diary
        .save(id(9), Body::Cramp(cramp(at(d(2026, 3, 13), 1, 0), 30)), 10);
    let backup = full_backup(theirs);
    let here = example();
    let s = summary(&here, &backup);
    assert_eq!(s.cramps, 2);
    assert_eq!(s.first_night, Some(d(2026, 3, 12)));
    assert_eq!(s.last_night, Some(d(2026, 12, 2)));
    assert_eq!(s.cramps_here, 1);
    assert_eq!((s.quiet_nights, s.medicines), (1, 1));
    assert_eq!((s.water_days, s.stretch_days), (1, 1));
}

// ---------------------------------------------------------------- times

#[test]
fn times_are_written_and_read_in_iso_8601_with_their_offset() {
    assert_eq!(stamp().to_iso(), "2026-12-02T21:30:00+01:00");
    assert_eq!(Stamp::parse("2026-12-02T21:30:00+01:00"), Some(stamp()));
    let utc = Stamp::parse("2026-12-02T20:30:00.250Z").unwrap();
    assert_eq!(utc.epoch_ms, stamp().epoch_ms + 250);
    assert_eq!(
        Stamp {
            offset_minutes: -330,
            ..stamp()
        }
        .to_iso(),
        "2026-12-02T15:00:00-05:30"
    );
    for bad in [
        "",
        "2026-12-02",
        "2026-12-02T21:30:00",
        "2026-12-02T24:00:00Z",
        "2026-02-30T21:30:00Z",
        "2026-12-02T21:30:00+1:00",
        "2026-12-02T21:30:00.Z",
        "2026-12-02 21:30:00Z",
        "2026-12-02T21:30:00+01:00 ",
        "٢٠٢٦-12-02T21:30:00Z",
    ] {
        assert_eq!(Stamp::parse(bad), None, "{bad}");
    }
}

// ---------------------------------------------------------------- CSV

#[test]
fn csv_cells_are_quoted_and_guarded_against_formulas() {
    assert_eq!(field("calf"), "calf");
    assert_eq!(field("a,b"), "\"a,b\"");
    assert_eq!(field("say \"ow\""), "\"say \"\"ow\"\"\"");
    assert_eq!(field("two\nlines"), "\"two\nlines\"");
    assert_eq!(field("cr\rhere"), "\"cr\rhere\"");
    for (cell, guarded) in [
        ("=1+1", "'=1+1"),
        ("+44 20", "'+44 20"),
        ("-3", "'-3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
    ] {
        assert_eq!(field(cell), guarded);
    }
    assert_eq!(
        field("=HYPERLINK(\"x\",\"y\")"),
        "\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\""
    );
    assert_eq!(field("\r=1"), "\"'\r=1\"");
    assert_eq!(field("a=1"), "a=1", "only the start counts");
}

#[test]
fn the_diary_as_csv() {
    let mut saved = example();
    saved.diary.save(
        id(4),
        Body::Cramp(Cramp::new(
            0,
            at(d(2026, 12, 4), 3, 0),
            Length::About(crate::domain::diary::Bucket::TwoToFive),
        )),
        10,
    );
    saved.diary.save(
        id(5),
        Body::Medicine(Medicine::new("=cmd|' /C calc'!A0", d(2026, 10, 1)).unwrap()),
        10,
    );
    saved.diary.delete(&id(5), 20);
    saved.diary.save(
        id(6),
        Body::Medicine(Medicine::new("@evil", d(2026, 10, 2)).unwrap()),
        10,
    );
    let csv = diary_csv(&saved.diary);
    let expected = "\u{feff}Kind,Night,Start,Length (seconds),Length (about),Leg,Where,Severity (0-10),Woke,Helped,Note,Medicine\r\n\
        medicine,,2026-10-02,,,,,,,,,'@evil\r\n\
        medicine,,2026-11-01,,,,,,,,,Atorvastatin\r\n\
        no cramps,2026-12-01,,,,,,,,,,\r\n\
        cramp,2026-12-02,2026-12-03T02:30:00Z,185,,left,calf,6,yes,stretch; walk,\"after a long walk, \"\"bad\"\" one\",\r\n\
        cramp,2026-12-03,2026-12-04T03:00:00,,2-5 minutes,,,,no,,,\r\n";
    assert_eq!(csv, expected);
}

#[test]
fn a_start_in_summer_time_carries_its_offset() {
    let mut diary = Diary::default();
    // 02:30 in London on 3 July is 01:30 UTC
    let local = at(d(2026, 7, 3), 2, 30);
    let utc_ms = d(2026, 7, 3).day_number() * 24 * HOUR_MS + HOUR_MS + 30 * 60_000 + 7_000;
    diary.save(
        id(1),
        Body::Cramp(Cramp::new(utc_ms, local, Length::exact(40))),
        1,
    );
    let csv = diary_csv(&diary);
    assert!(csv.contains(",2026-07-03T02:30:07+01:00,40,"), "{csv}");
}

proptest! {
    #[test]
    fn every_csv_row_has_every_column(diary in diary()) {
        let csv = diary_csv(&diary);
        prop_assert!(csv.starts_with(BOM));
        prop_assert!(csv.ends_with("\r\n"));
        // count the fields outside quotes on each record
        let (mut fields, mut quoted, mut records) = (1, false, Vec::new());
        let mut chars = csv.trim_start_matches(BOM).chars().peekable();
        while let Some(c) = chars.next() {
            match c {
                '"' => quoted = !quoted,
                ',' if !quoted => fields += 1,
                '\r' if !quoted && chars.peek() == Some(&'\n') => {
                    chars.next();
                    records.push(fields);
                    fields = 1;
                }
                _ => {}
            }
        }
        prop_assert!(!quoted);
        prop_assert!(records.iter().all(|n| *n == 12), "{:?}", records);
        let shown = diary.entries().iter().filter(|e| e.body != Body::Deleted).count();
        prop_assert_eq!(records.len(), shown + 1);
    }
}

// ---------------------------------------------------------------- the bedtime reminder

fn golden_reminder() -> String {
    calendar(
        &Reminder::default(),
        d(2026, 12, 2),
        stamp(),
        "https://cramp-coach.example/",
    )
}

#[test]
fn the_bedtime_reminder_is_the_golden_file_byte_for_byte() {
    let golden = include_str!("../../../tests/golden/bedtime.ics");
    assert_eq!(golden_reminder(), golden);
}

#[test]
fn the_reminder_follows_rfc_5545() {
    let ics = golden_reminder();
    assert!(ics.lines().all(|l| l.len() <= 75), "folded at 75 octets");
    assert!(!ics.replace("\r\n", "").contains('\n'), "CRLF line ends");
    for line in [
        "VERSION:2.0\r\n",
        "DTSTART:20261202T213000\r\n",
        "DTSTAMP:20261202T203000Z\r\n",
        "RRULE:FREQ=DAILY\r\n",
        "UID:bedtime-stretch-2130-daily@cramp-coach\r\n",
        "ACTION:DISPLAY\r\n",
        "TRIGGER:PT0M\r\n",
    ] {
        assert!(ics.contains(line), "{line}");
    }
    let weekly = Reminder::new(22 * 60 + 5, &[Weekday::Fri, Weekday::Mon, Weekday::Wed]).unwrap();
    let ics = calendar(&weekly, d(2026, 12, 3), stamp(), "https://x.example");
    assert!(ics.contains("RRULE:FREQ=WEEKLY;BYDAY=MO,WE,FR\r\n"));
    assert!(
        ics.contains("DTSTART:20261204T220500\r\n"),
        "the first chosen day: Thursday 3 December → Friday 4"
    );
    assert_eq!(weekly.uid(), "bedtime-stretch-2205-mo-we-fr@cramp-coach");
    let later = calendar(
        &weekly,
        d(2027, 5, 1),
        Stamp {
            epoch_ms: 0,
            offset_minutes: 0,
        },
        "https://y.example",
    );
    assert!(
        later.contains(&format!("UID:{}\r\n", weekly.uid())),
        "the same UID"
    );
    assert_eq!(Reminder::new(1440, &[Weekday::Mon]), None);
    assert_eq!(Reminder::new(0, &[]), None);
    assert_eq!(Weekday::of(d(2026, 12, 2)), Weekday::Wed);
}

#[test]
fn text_is_escaped_and_long_lines_fold_between_characters() {
    assert_eq!(escape_text("a\\b;c,d\ne"), "a\\\\b\\;c\\,d\\ne");
    let line = format!("DESCRIPTION:{}", "é💧".repeat(30));
    let folded = fold(&line);
    for part in folded.split("\r\n").filter(|p| !p.is_empty()) {
        assert!(part.len() <= 75, "{part}");
    }
    let unfolded = folded.trim_end_matches("\r\n").replace("\r\n ", "");
    assert_eq!(unfolded, line);
    assert_eq!(fold(&"x".repeat(75)), format!("{}\r\n", "x".repeat(75)));
    assert_eq!(
        fold(&"x".repeat(76)),
        format!("{}\r\n x\r\n", "x".repeat(75))
    );
}

#[test]
fn an_independent_parser_reads_the_reminder_back() {
    use icalendar::{Calendar, CalendarComponent, Component};
    let weekly = Reminder::new(21 * 60 + 30, &[Weekday::Mon, Weekday::Thu]).unwrap();
    for ics in [
        golden_reminder(),
        calendar(&weekly, d(2026, 12, 2), stamp(), "https://a.example"),
    ] {
        let parsed: Calendar = ics.parse().expect("a calendar");
        let events: Vec<_> = parsed
            .components
            .iter()
            .filter_map(|c| match c {
                CalendarComponent::Event(e) => Some(e),
                _ => None,
            })
            .collect();
        assert_eq!(events.len(), 1);
        let event = events[0];
        assert_eq!(event.get_summary(), Some(ics::SUMMARY));
        let description = event.get_description().expect("a description");
        assert!(description.contains("/stretch"), "{description}");
        assert!(
            description.contains("calf stretch: both legs, at the wall"),
            "{description}"
        );
        assert!(event
            .get_uid()
            .is_some_and(|u| u.starts_with("bedtime-stretch-2130-")));
        assert!(event.property_value("RRULE").is_some());
        assert_eq!(
            event.property_value("DTSTART").map(|s| s.len()),
            Some(15),
            "floating: no Z"
        );
        let alarms: Vec<_> = event
            .components()
            .iter()
            .filter(|c| c.component_kind() == "VALARM")
            .collect();
        assert_eq!(alarms.len(), 1);
        assert_eq!(alarms[0].property_value("ACTION"), Some("DISPLAY"));
        assert_eq!(alarms[0].property_value("TRIGGER"), Some("PT0M"));
    }
}

#[test]
fn the_file_names_and_undo_key_are_the_apps() {
    assert_eq!(ics::MEDIA_TYPE, "text/calendar");
    assert!(ics::FILE_NAME.ends_with(".ics"));
    assert!(UNDO_KEY.starts_with("cramp-coach."));
    assert_eq!(backup::APP, "cramp-coach");
}

// ---------------------------------------------------------------- the backup reminder

#[test]
fn a_backup_is_due_after_30_days_with_data_and_no_backup() {
    use super::contents::KEY_PREFIX;
    use super::due::{backup_due, last_backup_date, oldest, LAST_BACKUP_KEY};
    for key in Part::ALL
        .map(Part::key)
        .into_iter()
        .chain([LAST_BACKUP_KEY, UNDO_KEY])
    {
        assert!(key.starts_with(KEY_PREFIX), "{key}");
    }
    // the stretch routine of 27 November is the oldest
    let first = oldest(&example());
    assert_eq!(first, Some(d(2026, 11, 27)));
    assert_eq!(oldest(&Saved::default()), None);
    assert!(!backup_due(None, None, d(2027, 1, 1)));
    assert!(!backup_due(first, None, d(2026, 12, 26)));
    assert!(backup_due(first, None, d(2026, 12, 27)));
    // a backup made on 2 December puts it off to 1 January
    let backed_up = last_backup_date(Some(&stamp().to_iso()));
    assert_eq!(backed_up, Some(d(2026, 12, 2)));
    assert!(!backup_due(first, backed_up, d(2026, 12, 31)));
    assert!(backup_due(first, backed_up, d(2027, 1, 1)));
    // a backup older than the data (everything deleted since) counts from the data
    assert!(!backup_due(Some(d(2027, 3, 1)), backed_up, d(2027, 3, 2)));
    assert_eq!(last_backup_date(Some("yesterday")), None);
    assert_eq!(last_backup_date(None), None);
}
