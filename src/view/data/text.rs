//! The words of the "Your data" page.

use crate::domain::calendar::LocalDate;
use crate::domain::check::long_date;
use crate::domain::data::{BackupError, Part, RestoreError, Summary};
use crate::view::diary::words::{count, day_month};

/// `cramp-coach-backup-2026-12-02.json`
pub fn file_name(date: LocalDate) -> String {
    format!("cramp-coach-backup-{date}.json")
}

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
    let sentence = parts.join("; ");
    let mut chars = sentence.chars();
    match chars.next() {
        Some(first) => format!("{}{}.", first.to_uppercase(), chars.as_str()),
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
