//! When to remind a person to save a backup: after 30 days with data and no backup. The moment
//! of the last backup is kept under `LAST_BACKUP_KEY` (ISO 8601 with the local offset).

use super::contents::Saved;
use crate::domain::calendar::LocalDate;

/// Where the moment of the last backup saved on this device is kept.
pub const LAST_BACKUP_KEY: &str = "cramp-coach.last-backup";
/// Days with data and no backup before the reminder shows.
pub const REMIND_AFTER_DAYS: i64 = 30;

/// The local date of the last backup, from what is kept under `LAST_BACKUP_KEY`: the date an
/// ISO 8601 time with its offset starts with (read without the whole time, which the diary's
/// bundle would otherwise have to carry).
pub fn last_backup_date(kept: Option<&str>) -> Option<LocalDate> {
    kept.and_then(|t| t.get(..10))
        .and_then(crate::domain::codec::date::parse)
}

/// The earliest date anything was saved for: the diary's first night, the first day with
/// water, the first day with a stretch routine.
pub fn oldest(saved: &Saved) -> Option<LocalDate> {
    let water = saved
        .water
        .days()
        .iter()
        .filter(|d| d.count() > 0)
        .map(|d| d.date)
        .min();
    let stretch = saved.stretch_history.days().iter().map(|(d, _)| *d).min();
    [saved.diary.first_night(), water, stretch]
        .into_iter()
        .flatten()
        .min()
}

/// Whether to remind: there is data since `oldest`, and neither it nor the last backup is
/// newer than `REMIND_AFTER_DAYS` days before `today`.
pub fn backup_due(
    oldest: Option<LocalDate>,
    last_backup: Option<LocalDate>,
    today: LocalDate,
) -> bool {
    let Some(oldest) = oldest else {
        return false;
    };
    let since = last_backup.map_or(oldest, |b| b.max(oldest));
    since.days_until(today) >= REMIND_AFTER_DAYS
}
