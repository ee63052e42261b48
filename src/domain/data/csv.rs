//! The diary as CSV, for a spreadsheet or a doctor: RFC 4180 (fields with a comma, a quote, CR
//! or LF in quotes, quotes doubled, CRLF line ends), a UTF-8 byte order mark so spreadsheets read
//! the text as UTF-8, start times in ISO 8601 with their UTC offset, and every cell that starts
//! with `=`, `+`, `-`, `@`, a tab or CR prefixed with `'`, so a spreadsheet shows it as text
//! instead of running it as a formula.
//!
//! One row per entry: medicines first (by the date they were started), then cramps and "no
//! cramps" nights in order of the night. Deleted entries are left out.

use super::stamp::{local_iso, Stamp, MAX_OFFSET_MINUTES};
use crate::domain::diary::entry::{Body, Bucket, Cramp, Leg, Length, Place, Remedy};
use crate::domain::diary::Diary;
use crate::domain::order;

/// The first row.
pub const HEADER: [&str; 12] = [
    "Kind",
    "Night",
    "Start",
    "Length (seconds)",
    "Length (about)",
    "Leg",
    "Where",
    "Severity (0-10)",
    "Woke",
    "Helped",
    "Note",
    "Medicine",
];

/// The diary as a CSV file (its bytes: UTF-8 with a byte order mark).
pub fn diary_csv(diary: &Diary) -> String {
    let mut out = String::from("\u{feff}");
    row(&mut out, HEADER.iter().map(|h| (*h).to_owned()));
    for (_, m) in diary.medicines() {
        let mut cells = blank();
        cells[0] = "medicine".into();
        cells[2] = m.started.to_string();
        cells[11] = m.name.clone();
        row(&mut out, cells);
    }
    let mut nights: Vec<_> = diary
        .entries()
        .iter()
        .filter_map(|e| match &e.body {
            Body::Cramp(c) => Some(((c.night(), Some(c.local), c.start_ms), cramp_cells(c))),
            Body::Quiet { night } => {
                let mut cells = blank();
                cells[0] = "no cramps".into();
                cells[1] = night.to_string();
                Some(((*night, None, 0), cells))
            }
            Body::Medicine(_) | Body::Deleted => None,
        })
        .collect();
    order::sort_by_key(&mut nights, |n| n.0);
    for (_, cells) in nights {
        row(&mut out, cells);
    }
    out
}

fn blank() -> [String; 12] {
    Default::default()
}

fn cramp_cells(c: &Cramp) -> [String; 12] {
    let mut cells = blank();
    cells[0] = "cramp".into();
    cells[1] = c.night().to_string();
    cells[2] = start_text(c);
    match c.length {
        Length::Exact { seconds } => cells[3] = seconds.to_string(),
        Length::About(bucket) => cells[4] = bucket_text(bucket).into(),
    }
    cells[5] = c.leg.map_or("", leg_text).into();
    cells[6] = c
        .places
        .items()
        .map(place_text)
        .collect::<Vec<_>>()
        .join("; ");
    cells[7] = c.severity.map_or(String::new(), |s| s.to_string());
    cells[8] = if c.woke { "yes" } else { "no" }.into();
    cells[9] = c
        .helped
        .items()
        .map(remedy_text)
        .collect::<Vec<_>>()
        .join("; ");
    cells[10] = c.note.clone();
    cells
}

/// The start with its UTC offset (`2026-12-03T02:30:00+01:00`); a local time whose offset makes
/// no sense (a clock far off) is written without one.
fn start_text(c: &Cramp) -> String {
    let offset = c.local.utc_offset_minutes(c.start_ms);
    if offset.abs() <= MAX_OFFSET_MINUTES {
        Stamp {
            epoch_ms: c.start_ms,
            offset_minutes: offset,
        }
        .to_iso()
    } else {
        let minutes = c.local.date.day_number() * 1440 + i64::from(c.local.minute);
        local_iso(minutes * 60_000)
    }
}

fn bucket_text(b: Bucket) -> &'static str {
    match b {
        Bucket::UnderOne => "under 1 minute",
        Bucket::OneToTwo => "1-2 minutes",
        Bucket::TwoToFive => "2-5 minutes",
        Bucket::FiveToTen => "5-10 minutes",
        Bucket::OverTen => "over 10 minutes",
    }
}

fn leg_text(l: Leg) -> &'static str {
    match l {
        Leg::Left => "left",
        Leg::Right => "right",
        Leg::Both => "both",
    }
}

fn place_text(p: Place) -> &'static str {
    match p {
        Place::Calf => "calf",
        Place::Foot => "foot",
        Place::Thigh => "thigh",
        Place::BackOfThigh => "back of thigh",
    }
}

fn remedy_text(r: Remedy) -> &'static str {
    match r {
        Remedy::Stretch => "stretch",
        Remedy::Walk => "walk",
        Remedy::Massage => "massage",
        Remedy::Heat => "heat",
        Remedy::Cold => "cold",
    }
}

fn row(out: &mut String, cells: impl IntoIterator<Item = String>) {
    for (i, cell) in cells.into_iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(&field(&cell));
    }
    out.push_str("\r\n");
}

/// One cell: guarded against formulas, then quoted if it must be.
pub fn field(text: &str) -> String {
    let guarded = if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_owned()
    };
    if guarded.contains([',', '"', '\r', '\n']) {
        format!("\"{}\"", guarded.replace('"', "\"\""))
    } else {
        guarded
    }
}
