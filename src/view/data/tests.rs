//! The words of the "Your data" page.

use super::text::*;
use crate::domain::calendar::LocalDate;
use crate::domain::data::{BackupError, Part, RestoreError, Summary};

fn d(y: i32, m: u8, day: u8) -> LocalDate {
    LocalDate::new(y, m, day).unwrap()
}

fn summary() -> Summary {
    Summary {
        cramps: 43,
        first_night: Some(d(2026, 3, 12)),
        last_night: Some(d(2026, 4, 20)),
        cramps_here: 5,
        quiet_nights: 0,
        medicines: 0,
        water_days: 30,
        stretch_days: 0,
    }
}

#[test]
fn the_summary_in_words() {
    assert_eq!(
        summary_sentence(&summary()),
        "43 cramps from 12 March to 20 April 2026, 5 already here; 30 days of water."
    );
    let mut s = summary();
    (s.cramps, s.cramps_here, s.quiet_nights) = (1, 0, 1);
    (s.medicines, s.water_days, s.stretch_days) = (2, 1, 3);
    s.first_night = Some(d(2025, 12, 30));
    s.last_night = s.first_night;
    assert_eq!(
        summary_sentence(&s),
        "1 cramp on 30 December 2025; 1 night without cramps; 2 medicines; 1 day of water; 3 days of stretching."
    );
    let s = Summary {
        cramps: 2,
        first_night: Some(d(2025, 12, 30)),
        last_night: Some(d(2026, 1, 2)),
        cramps_here: 2,
        ..summary()
    };
    assert_eq!(
        summary_sentence(&s),
        "2 cramps from 30 December 2025 to 2 January 2026, all already here; 30 days of water."
    );
    let empty = Summary {
        cramps: 0,
        first_night: None,
        last_night: None,
        cramps_here: 0,
        water_days: 0,
        ..summary()
    };
    assert_eq!(summary_sentence(&empty), "No cramps.");
}

#[test]
fn the_file_name_and_the_refusals() {
    assert_eq!(
        file_name(d(2026, 12, 2)),
        "cramp-coach-backup-2026-12-02.json"
    );
    assert!(refusal(BackupError::NotJson).starts_with("This file is not a Cramp Coach backup"));
    assert!(
        refusal(BackupError::NotCrampCoach).starts_with("This file is not a Cramp Coach backup")
    );
    assert!(refusal(BackupError::Newer(2)).starts_with(
        "This backup was made by a newer version of Cramp Coach: update the app first"
    ));
    assert_eq!(
        refusal(BackupError::Broken(Some(Part::Diary))),
        "This file is damaged: nothing was changed."
    );
    let why = |e: &&str| (*e).to_owned();
    assert!(restore_failure(&RestoreError::Failed("Full."), why)
        .ends_with("nothing was changed. Full."));
    assert!(
        restore_failure(&RestoreError::<&str>::NewerHere(Part::Water), why)
            .contains("the water log")
    );
    assert!(restore_failure(&RestoreError::Partial("Full."), why).contains("Undo restore"));
    assert!(restore_failure(&RestoreError::NoUndo("Full."), why).contains("nothing was changed"));
}

#[test]
fn the_page_s_other_words() {
    assert_eq!(
        csv_file_name(d(2026, 12, 2)),
        "cramp-coach-diary-2026-12-02.csv"
    );
    assert_eq!(
        last_backup_sentence(Some(d(2026, 12, 2))),
        "Your last backup from this device: 2 December 2026."
    );
    assert!(last_backup_sentence(None).starts_with("No backup"));
    assert!(persist_words(Some(true)).starts_with("Protected from automatic clearing"));
    assert_eq!(
        persist_words(Some(false)),
        "The browser may clear it: save a backup."
    );
    assert!(persist_words(None).ends_with("save a backup."));
    assert_eq!(
        backup_found(d(2026, 12, 2), &summary()),
        "This backup was made on 2 December 2026. 43 cramps from 12 March to 20 April 2026, 5 already here; 30 days of water."
    );
    assert!(restored(true).starts_with("Merged") && restored(false).starts_with("Replaced"));
    assert!(undone(true).starts_with("Put back") && undone(false).starts_with("There is no"));
    assert!(deleted(0).starts_with("There was nothing"));
    assert!(deleted(3).starts_with("Deleted"));
    assert!(DELETE_WHAT.iter().any(|w| w.contains("diary")));
    assert!(reminder_saved("a.ics").starts_with("Saved a.ics."));
}

#[test]
fn times_of_day_as_the_time_input_holds_them() {
    assert_eq!(time_value(21 * 60 + 30), "21:30");
    assert_eq!(time_value(5), "00:05");
    assert_eq!(parse_time("21:30"), Some(21 * 60 + 30));
    assert_eq!(parse_time("07:05:00"), Some(7 * 60 + 5));
    assert_eq!(parse_time("00:00"), Some(0));
    for bad in [
        "", "24:00", "12:60", "1:30", "12-30", "+1:30", "ab:cd", "12:3", "12:300", "é1:30",
    ] {
        assert_eq!(parse_time(bad), None, "{bad}");
    }
    for minute in [0, 59, 60, 1439] {
        assert_eq!(parse_time(&time_value(minute)), Some(minute));
    }
}
