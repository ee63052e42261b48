//! The words of the "Your data" page.

use crate::domain::calendar::LocalDate;
use crate::domain::check::long_date;
use crate::domain::data::ics::Weekday;
use crate::domain::data::{BackupError, Part, RestoreError, Summary};
use crate::view::diary::words::{count, day_month};

/// `cramp-coach-backup-2026-12-02.json`
pub fn file_name(date: LocalDate) -> String {
    format!("cramp-coach-backup-{date}.json")
}

/// The backup's media type.
pub const BACKUP_MEDIA_TYPE: &str = "application/json";

/// `cramp-coach-diary-2026-12-02.csv`
pub fn csv_file_name(date: LocalDate) -> String {
    format!("cramp-coach-diary-{date}.csv")
}

/// The diary's CSV media type.
pub const CSV_MEDIA_TYPE: &str = "text/csv;charset=utf-8";

/// The largest file read as a backup (years of a diary are far smaller).
pub const MAX_BACKUP_BYTES: f64 = 20.0 * 1024.0 * 1024.0;

/// When the last backup was saved from this device.
pub fn last_backup_sentence(date: Option<LocalDate>) -> String {
    match date {
        Some(date) => format!("Your last backup from this device: {}.", long_date(date)),
        None => "No backup has been saved from this device yet.".into(),
    }
}

/// After a backup is saved.
pub fn backup_saved(name: &str) -> String {
    format!("Saved {name}. Keep it somewhere other than this device, such as your e-mail or a cloud drive.")
}

/// The quiet reminder on this page, after 30 days with data and no backup.
pub const BACKUP_DUE: &str =
    "You have not saved a backup for over 30 days. Browsers can clear saved data: save one now and keep the file somewhere safe.";

/// The diary's one-line reminder (a link to this page).
pub const DIARY_BACKUP_DUE: &str = "No backup for over 30 days: save one on Your data";

/// Whether the browser has promised to keep the data (`None`: it cannot say).
pub fn persist_words(persisted: Option<bool>) -> &'static str {
    match persisted {
        Some(true) => {
            "Protected from automatic clearing: the browser keeps your data unless you delete it."
        }
        Some(false) => "The browser may clear it: save a backup.",
        None => "This browser does not say whether it may clear your data: save a backup.",
    }
}

/// What a chosen backup holds, before Merge or Replace.
pub fn backup_found(made: LocalDate, summary: &Summary) -> String {
    format!(
        "This backup was made on {}. {}",
        long_date(made),
        summary_sentence(summary)
    )
}

/// After a merge or a replace.
pub fn restored(merged: bool) -> &'static str {
    if merged {
        "Merged: what was missing from the backup is now on this device. Choose \"Undo restore\" to go back."
    } else {
        "Replaced: this device now holds exactly what the backup holds. Choose \"Undo restore\" to go back."
    }
}

/// After "Undo restore" (`false`: there was nothing to undo).
pub fn undone(done: bool) -> &'static str {
    if done {
        "Put back what this device held before the restore."
    } else {
        "There is no restore to undo."
    }
}

/// What "Delete all my data" removes.
pub const DELETE_WHAT: [&str; 5] = [
    "the cramp diary: every cramp, \"no cramps\" night, medicine and the self-test plan",
    "the water log and its goal and unit",
    "the stretch coach's settings and the days you stretched",
    "the theme you chose",
    "the copies kept to undo a restore or to recover damaged data, and the date of your last backup",
];

/// After everything was deleted.
pub fn deleted(keys: usize) -> String {
    match keys {
        0 => "There was nothing of Cramp Coach saved on this device.".into(),
        _ => "Deleted: nothing of Cramp Coach is left on this device. Every tool starts fresh."
            .into(),
    }
}

/// `21:30` as `<input type="time">` holds it.
pub fn time_value(minute: u16) -> String {
    format!("{:02}:{:02}", minute / 60, minute % 60)
}

/// Reads `HH:MM` (seconds after it are ignored); `None` for anything else.
pub fn parse_time(text: &str) -> Option<u16> {
    let b = text.as_bytes();
    if b.len() < 5 || b[2] != b':' || !(b.len() == 5 || b[5] == b':') {
        return None;
    }
    let hours: u16 = text.get(0..2)?.parse().ok()?;
    let minutes: u16 = text.get(3..5)?.parse().ok()?;
    (hours < 24 && minutes < 60 && text[..5].bytes().filter(u8::is_ascii_digit).count() == 4)
        .then_some(hours * 60 + minutes)
}

/// A weekday's name.
pub fn weekday_name(day: Weekday) -> &'static str {
    match day {
        Weekday::Mon => "Monday",
        Weekday::Tue => "Tuesday",
        Weekday::Wed => "Wednesday",
        Weekday::Thu => "Thursday",
        Weekday::Fri => "Friday",
        Weekday::Sat => "Saturday",
        Weekday::Sun => "Sunday",
    }
}

/// After the calendar file is saved.
pub fn reminder_saved(name: &str) -> String {
    format!("Saved {name}. Open it to add the reminder to your calendar.")
}

/// When the time is not a time of day.
pub const CHOOSE_A_TIME: &str = "Choose a time of day, such as 21:30.";

/// When "chosen days" has none ticked.
pub const CHOOSE_A_DAY: &str = "Choose at least one day, or every day.";

/// "43 cramps from 12 March to 20 April, 5 already here; 30 days of water; 12 days of
/// stretching." (the years are named when the cramps span two).
pub fn summary_sentence(s: &Summary) -> String {
    let mut parts = Vec::new();
    let cramps = match (s.cramps, s.first_night, s.last_night) {
        (0, _, _) | (_, None, _) | (_, _, None) => "no cramps".to_owned(),
        (n, Some(first), Some(last)) if first == last => {
            format!("{} on {}", count(n, "cramp"), long_date(first))
        }
        (n, Some(first), Some(last)) if first.year == last.year => format!(
            "{} from {} to {}",
            count(n, "cramp"),
            day_month(first),
            long_date(last)
        ),
        (n, Some(first), Some(last)) => format!(
            "{} from {} to {}",
            count(n, "cramp"),
            long_date(first),
            long_date(last)
        ),
    };
    let here = match s.cramps_here {
        0 => String::new(),
        n if n == s.cramps && n > 1 => ", all already here".into(),
        n => format!(", {n} already here"),
    };
    parts.push(cramps + &here);
    if s.quiet_nights > 0 {
        parts.push(format!("{} without cramps", count(s.quiet_nights, "night")));
    }
    if s.medicines > 0 {
        parts.push(count(s.medicines, "medicine"));
    }
    if s.water_days > 0 {
        parts.push(format!("{} of water", count(s.water_days, "day")));
    }
    if s.stretch_days > 0 {
        parts.push(format!("{} of stretching", count(s.stretch_days, "day")));
    }
    // the sentence is ours and starts with a digit or an ASCII letter: no Unicode case tables in the wasm
    let sentence = parts.join("; ");
    let mut chars = sentence.chars();
    match chars.next() {
        Some(first) => format!("{}{}.", first.to_ascii_uppercase(), chars.as_str()),
        None => sentence,
    }
}

/// Why a file was refused; nothing was changed.
pub fn refusal(error: BackupError) -> &'static str {
    match error {
        BackupError::NotJson | BackupError::NotCrampCoach => {
            "This file is not a Cramp Coach backup. Nothing was changed."
        }
        BackupError::Newer(_) => {
            "This backup was made by a newer version of Cramp Coach: update the app first. Nothing was changed."
        }
        BackupError::Broken(_) => "This file is damaged: nothing was changed.",
    }
}

/// The name of a part, as a sentence uses it.
pub fn part_name(part: Part) -> &'static str {
    match part {
        Part::Diary => "the cramp diary",
        Part::Water => "the water log",
        Part::StretchSettings => "the stretch settings",
        Part::StretchHistory => "the stretch history",
        Part::Theme => "the theme",
    }
}

/// What went wrong with a restore or its undo (`why` is the storage's own message).
pub fn restore_failure<E>(error: &RestoreError<E>, why: impl Fn(&E) -> String) -> String {
    match error {
        RestoreError::NewerHere(part) => format!(
            "A newer version of Cramp Coach saved {} on this device: update the app first. Nothing was changed.",
            part_name(*part)
        ),
        RestoreError::NoUndo(e) => format!(
            "There is no room to keep your current data for \"Undo restore\", so nothing was changed. {}",
            why(e)
        ),
        RestoreError::Failed(e) => format!("Restoring failed, so nothing was changed. {}", why(e)),
        RestoreError::Partial(e) => format!(
            "Restoring stopped half way and could not be put back. Choose \"Undo restore\" to bring back what you had. {}",
            why(e)
        ),
    }
}
