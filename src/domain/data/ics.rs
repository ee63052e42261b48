//! A bedtime stretch reminder as an iCalendar file (RFC 5545) that calendar apps import, so the
//! reminder needs no server: the app itself cannot notify.
//!
//! - `DTSTART` is a floating local time (no `TZID`, no `Z`), so 21:30 stays 21:30 in every time
//!   zone and across daylight-saving changes; it is the first chosen day from the given date on.
//! - `RRULE:FREQ=DAILY` for every day, else `FREQ=WEEKLY;BYDAY=MO,WE,…`.
//! - The `UID` is made of the time and the days, so importing the same reminder again updates
//!   the event instead of adding a second one.
//! - A `VALARM` (`ACTION:DISPLAY`, at the start) asks the calendar to show it; some calendars
//!   apply their own default alert instead.
//! - TEXT values are escaped (backslash, comma, semicolon, newline), lines end in CRLF and are
//!   folded at 75 octets without splitting a UTF-8 character.

use super::stamp::Stamp;
use crate::domain::calendar::LocalDate;

/// A day of the week.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Weekday {
    Mon,
    Tue,
    Wed,
    Thu,
    Fri,
    Sat,
    Sun,
}

impl Weekday {
    pub const ALL: [Weekday; 7] = [
        Weekday::Mon,
        Weekday::Tue,
        Weekday::Wed,
        Weekday::Thu,
        Weekday::Fri,
        Weekday::Sat,
        Weekday::Sun,
    ];

    /// The day of `date`.
    pub fn of(date: LocalDate) -> Self {
        // 1970-01-01 was a Thursday
        Self::ALL[(date.day_number() + 3).rem_euclid(7) as usize]
    }

    /// Its code in a recurrence rule: `MO` … `SU`.
    pub fn code(self) -> &'static str {
        match self {
            Weekday::Mon => "MO",
            Weekday::Tue => "TU",
            Weekday::Wed => "WE",
            Weekday::Thu => "TH",
            Weekday::Fri => "FR",
            Weekday::Sat => "SA",
            Weekday::Sun => "SU",
        }
    }
}

/// When the reminder comes: a local time of day and the days of the week.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reminder {
    /// Minutes after local midnight (0..1440).
    minute: u16,
    /// The chosen days, in week order, each once, at least one.
    days: Vec<Weekday>,
}

/// The time a reminder comes unless another is chosen: 21:30.
pub const DEFAULT_MINUTE: u16 = 21 * 60 + 30;

impl Default for Reminder {
    /// 21:30 every day.
    fn default() -> Self {
        Self {
            minute: DEFAULT_MINUTE,
            days: Weekday::ALL.to_vec(),
        }
    }
}

impl Reminder {
    /// A reminder at `minute` on `days`; `None` for a minute outside the day or no day.
    pub fn new(minute: u16, days: &[Weekday]) -> Option<Self> {
        let days: Vec<Weekday> = Weekday::ALL
            .into_iter()
            .filter(|d| days.contains(d))
            .collect();
        (minute < 1440 && !days.is_empty()).then_some(Self { minute, days })
    }

    pub fn minute(&self) -> u16 {
        self.minute
    }

    pub fn days(&self) -> &[Weekday] {
        &self.days
    }

    fn every_day(&self) -> bool {
        self.days.len() == Weekday::ALL.len()
    }

    /// The same for the same time and days, whenever and wherever it is made.
    pub fn uid(&self) -> String {
        let days = if self.every_day() {
            "daily".to_owned()
        } else {
            self.days
                .iter()
                .map(|d| d.code().to_ascii_lowercase())
                .collect::<Vec<_>>()
                .join("-")
        };
        format!(
            "bedtime-stretch-{:02}{:02}-{days}@cramp-coach",
            self.minute / 60,
            self.minute % 60
        )
    }

    fn rule(&self) -> String {
        if self.every_day() {
            "FREQ=DAILY".into()
        } else {
            let codes: Vec<_> = self.days.iter().map(|d| d.code()).collect();
            format!("FREQ=WEEKLY;BYDAY={}", codes.join(","))
        }
    }

    /// The first chosen day on or after `from`.
    fn first_day(&self, from: LocalDate) -> LocalDate {
        (0..7)
            .map(|n| from.add_days(n))
            .find(|d| self.days.contains(&Weekday::of(*d)))
            .unwrap_or(from)
    }
}

/// The event's title.
pub const SUMMARY: &str = "Bedtime calf stretch";
/// The file's name.
pub const FILE_NAME: &str = "cramp-coach-bedtime.ics";
/// Its media type.
pub const MEDIA_TYPE: &str = "text/calendar";

/// The calendar file: the reminder from `from` on, stamped `now` (UTC), its description linking
/// to the stretch coach at `origin` (`https://example.org`).
pub fn calendar(reminder: &Reminder, from: LocalDate, now: Stamp, origin: &str) -> String {
    let origin: String = origin
        .trim_end_matches('/')
        .chars()
        .filter(|c| !c.is_control())
        .collect();
    let link = format!("{origin}/stretch");
    let start = reminder.first_day(from);
    let utc = Stamp {
        epoch_ms: now.epoch_ms,
        offset_minutes: 0,
    };
    let stamp = basic(&utc.to_iso());
    let lines = [
        "BEGIN:VCALENDAR".to_owned(),
        "VERSION:2.0".into(),
        "PRODID:-//Cramp Coach//Bedtime stretch reminder//EN".into(),
        "CALSCALE:GREGORIAN".into(),
        "METHOD:PUBLISH".into(),
        "BEGIN:VEVENT".into(),
        format!("UID:{}", reminder.uid()),
        format!("DTSTAMP:{stamp}"),
        format!(
            "DTSTART:{}T{:02}{:02}00",
            basic(&start.to_string()),
            reminder.minute / 60,
            reminder.minute % 60
        ),
        "DURATION:PT5M".into(),
        format!("RRULE:{}", reminder.rule()),
        format!("SUMMARY:{}", escape_text(SUMMARY)),
        format!(
            "DESCRIPTION:{}",
            escape_text(&format!(
                "Time for your bedtime calf stretch: both legs, at the wall. Open the stretch coach: {link}"
            ))
        ),
        format!("URL:{link}"),
        "TRANSP:TRANSPARENT".into(),
        "BEGIN:VALARM".into(),
        "ACTION:DISPLAY".into(),
        "TRIGGER:PT0M".into(),
        format!("DESCRIPTION:{}", escape_text(SUMMARY)),
        "END:VALARM".into(),
        "END:VEVENT".into(),
        "END:VCALENDAR".into(),
    ];
    lines.iter().map(String::as_str).map(fold).collect()
}

/// `2026-12-02T20:30:00Z` as `20261202T203000Z` (ISO 8601's basic form).
fn basic(iso: &str) -> String {
    iso.chars().filter(|c| !matches!(c, '-' | ':')).collect()
}

/// A TEXT value escaped: backslash, semicolon, comma and newline.
pub fn escape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// One content line ended with CRLF, folded so no line is longer than 75 octets: each
/// continuation starts with a space, and no UTF-8 character is split.
pub fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 70 * 3 + 2);
    let mut width = 0;
    for c in line.chars() {
        if width + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    out.push_str("\r\n");
    out
}
