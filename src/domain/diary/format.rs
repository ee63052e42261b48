//! The saved form of the diary: versioned JSON, read with the shared `json` reader.
//!
//! Version 1:
//! ```text
//! {"version":1,"entries":[
//!   {"id":"19a6c0f7e00-3f2a9b1c","modified":1764642600000,"cramp":{"start":1764642600000,
//!     "date":"2026-12-02","minute":150,"seconds":185,"leg":"left","where":["calf"],
//!     "severity":6,"woke":true,"helped":["stretch","walk"],"note":"after a long walk"}},
//!   {"id":"…","modified":…,"cramp":{"start":…,"date":"2026-12-02","minute":150,"about":"2-5"}},
//!   {"id":"…","modified":…,"quiet":"2026-12-01"},
//!   {"id":"…","modified":…,"medicine":{"name":"Atorvastatin","started":"2026-11-01"}},
//!   {"id":"…","modified":…,"deleted":true}],
//!  "test":{"start":"2026-12-07","weeks":4,"seed":2766157893}}
//! ```
//! A cramp has `seconds` (timed) or `about` (`under1`, `1-2`, `2-5`, `5-10`, `over10`); its other
//! fields but `start`, `date` and `minute` may be left out, and `test` may be left out; unknown
//! fields are ignored. Dates are `YYYY-MM-DD`, years 1 to 9999.
//!
//! Decoding never panics, whatever the text: anything it cannot read is an error for the caller
//! to handle (keep a copy, start clean, say so), and a newer version is refused, never rewritten.

use super::entry::{
    Body, Bucket, Choice, Cramp, Entry, Id, Leg, Length, LocalTime, Medicine, Place, Remedy, Set,
};
use super::log::Diary;
use super::self_test::SelfTest;
use crate::domain::calendar::LocalDate;
use crate::domain::codec::json::{self, Json};
use crate::domain::water::log::YEARS;
use std::fmt::Write;

/// The `localStorage` key of the diary.
pub const STORAGE_KEY: &str = "cramp-coach.diary";
/// Where unreadable saved data is copied before the diary starts clean.
pub const BACKUP_KEY: &str = "cramp-coach.diary.backup";
/// The version this code writes.
pub const VERSION: i64 = 1;

/// Why saved text could not be turned into a diary.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormatError {
    /// Not JSON, or not a shape this version wrote.
    Unreadable,
    /// Written by a newer version of the app: leave it alone.
    Newer(i64),
}

/// The saved names of the choices (also the values of the diary's forms, see `fields`).
pub const BUCKETS: [(Bucket, &str); 5] = [
    (Bucket::UnderOne, "under1"),
    (Bucket::OneToTwo, "1-2"),
    (Bucket::TwoToFive, "2-5"),
    (Bucket::FiveToTen, "5-10"),
    (Bucket::OverTen, "over10"),
];
pub const LEGS: [(Leg, &str); 3] = [
    (Leg::Left, "left"),
    (Leg::Right, "right"),
    (Leg::Both, "both"),
];
pub const PLACES: [(Place, &str); 4] = [
    (Place::Calf, "calf"),
    (Place::Foot, "foot"),
    (Place::Thigh, "thigh"),
    (Place::BackOfThigh, "backOfThigh"),
];
pub const REMEDIES: [(Remedy, &str); 5] = [
    (Remedy::Stretch, "stretch"),
    (Remedy::Walk, "walk"),
    (Remedy::Massage, "massage"),
    (Remedy::Heat, "heat"),
    (Remedy::Cold, "cold"),
];

/// The saved name of `value` in one of the tables above.
pub fn name_of<T: PartialEq>(table: &[(T, &'static str)], value: &T) -> &'static str {
    table
        .iter()
        .find(|(v, _)| v == value)
        .map_or("", |(_, n)| n)
}

fn named<T: Copy>(table: &[(T, &str)], value: &Json) -> Result<T, FormatError> {
    match value {
        Json::Str(name) => table
            .iter()
            .find(|(_, n)| n == name)
            .map(|(v, _)| *v)
            .ok_or(FormatError::Unreadable),
        _ => Err(FormatError::Unreadable),
    }
}

fn write_set<T: Choice>(out: &mut String, key: &str, set: Set<T>, table: &[(T, &'static str)]) {
    if set.is_empty() {
        return;
    }
    let _ = write!(out, r#","{key}":["#);
    for (i, item) in set.items().enumerate() {
        let _ = write!(
            out,
            r#"{}"{}""#,
            if i > 0 { "," } else { "" },
            name_of(table, &item)
        );
    }
    out.push(']');
}

fn write_cramp(out: &mut String, c: &Cramp) {
    let _ = write!(
        out,
        r#"{{"start":{},"date":"{}","minute":{}"#,
        c.start_ms, c.local.date, c.local.minute
    );
    match c.length {
        Length::Exact { seconds } => {
            let _ = write!(out, r#","seconds":{seconds}"#);
        }
        Length::About(b) => {
            let _ = write!(out, r#","about":"{}""#, name_of(&BUCKETS, &b));
        }
    }
    if let Some(leg) = c.leg {
        let _ = write!(out, r#","leg":"{}""#, name_of(&LEGS, &leg));
    }
    write_set(out, "where", c.places, &PLACES);
    if let Some(s) = c.severity {
        let _ = write!(out, r#","severity":{s}"#);
    }
    if c.woke {
        out.push_str(r#","woke":true"#);
    }
    write_set(out, "helped", c.helped, &REMEDIES);
    if !c.note.is_empty() {
        let _ = write!(out, r#","note":{}"#, json::quote(&c.note));
    }
    out.push('}');
}

/// The diary as version-1 JSON (fields with default values left out).
pub fn encode(diary: &Diary) -> String {
    let mut out = format!(r#"{{"version":{VERSION},"entries":["#);
    for (i, e) in diary.entries().iter().enumerate() {
        let _ = write!(
            out,
            r#"{}{{"id":{},"modified":{},"#,
            if i > 0 { "," } else { "" },
            json::quote(e.id.as_str()),
            e.modified_ms
        );
        match &e.body {
            Body::Cramp(c) => {
                out.push_str(r#""cramp":"#);
                write_cramp(&mut out, c);
            }
            Body::Quiet { night } => {
                let _ = write!(out, r#""quiet":"{night}""#);
            }
            Body::Medicine(m) => {
                let _ = write!(
                    out,
                    r#""medicine":{{"name":{},"started":"{}"}}"#,
                    json::quote(&m.name),
                    m.started
                );
            }
            Body::Deleted => out.push_str(r#""deleted":true"#),
        }
        out.push('}');
    }
    out.push(']');
    if let Some(t) = diary.test {
        let _ = write!(
            out,
            r#","test":{{"start":"{}","weeks":{},"seed":{}}}"#,
            t.start, t.weeks, t.seed
        );
    }
    out.push('}');
    out
}

/// Reads saved text.
pub fn decode(text: &str) -> Result<Diary, FormatError> {
    let root = json::parse(text).ok_or(FormatError::Unreadable)?;
    match root.get("version") {
        Some(Json::Int(VERSION)) => {}
        Some(Json::Int(newer)) if *newer > VERSION => return Err(FormatError::Newer(*newer)),
        _ => return Err(FormatError::Unreadable),
    }
    let entries = match root.get("entries") {
        None => &[][..],
        Some(Json::Arr(entries)) => entries,
        Some(_) => return Err(FormatError::Unreadable),
    };
    let entries = entries.iter().map(entry).collect::<Result<Vec<_>, _>>()?;
    let test = root.get("test").map(test).transpose()?;
    Ok(Diary::from_parts(entries, test))
}

fn int(value: Option<&Json>) -> Result<i64, FormatError> {
    match value {
        Some(Json::Int(n)) => Ok(*n),
        _ => Err(FormatError::Unreadable),
    }
}

fn int_in<T: TryFrom<i64>>(value: Option<&Json>) -> Result<T, FormatError> {
    T::try_from(int(value)?).map_err(|_| FormatError::Unreadable)
}

fn date(value: Option<&Json>) -> Result<LocalDate, FormatError> {
    match value {
        Some(Json::Str(text)) => crate::domain::codec::date::parse(text)
            .filter(|d| YEARS.contains(&d.year))
            .ok_or(FormatError::Unreadable),
        _ => Err(FormatError::Unreadable),
    }
}

fn text(value: Option<&Json>) -> Result<String, FormatError> {
    match value {
        None => Ok(String::new()),
        Some(Json::Str(s)) => Ok(s.clone()),
        Some(_) => Err(FormatError::Unreadable),
    }
}

fn set<T: Choice>(value: Option<&Json>, table: &[(T, &str)]) -> Result<Set<T>, FormatError> {
    match value {
        None => Ok(Set::default()),
        Some(Json::Arr(items)) => {
            let mut set = Set::default();
            for item in items {
                set.insert(named(table, item)?);
            }
            Ok(set)
        }
        Some(_) => Err(FormatError::Unreadable),
    }
}

fn entry(e: &Json) -> Result<Entry, FormatError> {
    let id = match e.get("id") {
        Some(Json::Str(id)) => Id::parse(id).ok_or(FormatError::Unreadable)?,
        _ => return Err(FormatError::Unreadable),
    };
    let modified_ms = int(e.get("modified"))?;
    let body = if let Some(c) = e.get("cramp") {
        Body::Cramp(cramp(c)?)
    } else if let Some(q) = e.get("quiet") {
        Body::Quiet {
            night: date(Some(q))?,
        }
    } else if let Some(m) = e.get("medicine") {
        Body::Medicine(Medicine {
            name: text(m.get("name"))?,
            started: date(m.get("started"))?,
        })
    } else if e.get("deleted") == Some(&Json::Bool(true)) {
        Body::Deleted
    } else {
        return Err(FormatError::Unreadable);
    };
    Ok(Entry {
        id,
        modified_ms,
        body,
    })
}

fn cramp(c: &Json) -> Result<Cramp, FormatError> {
    let local = LocalTime::new(date(c.get("date"))?, int_in(c.get("minute"))?)
        .ok_or(FormatError::Unreadable)?;
    let length = match (c.get("seconds"), c.get("about")) {
        (Some(s), None) => Length::exact(int_in(Some(s))?),
        (None, Some(b)) => Length::About(named(&BUCKETS, b)?),
        _ => return Err(FormatError::Unreadable),
    };
    let severity = match c.get("severity") {
        None => None,
        s => Some(
            int_in::<u8>(s)
                .ok()
                .filter(|s| *s <= 10)
                .ok_or(FormatError::Unreadable)?,
        ),
    };
    Ok(Cramp {
        start_ms: int(c.get("start"))?,
        local,
        length,
        leg: c.get("leg").map(|l| named(&LEGS, l)).transpose()?,
        places: set(c.get("where"), &PLACES)?,
        severity,
        woke: match c.get("woke") {
            None => false,
            Some(Json::Bool(b)) => *b,
            Some(_) => return Err(FormatError::Unreadable),
        },
        helped: set(c.get("helped"), &REMEDIES)?,
        note: text(c.get("note"))?,
    })
}

fn test(t: &Json) -> Result<SelfTest, FormatError> {
    Ok(SelfTest::new(
        date(t.get("start"))?,
        int_in(t.get("weeks"))?,
        int_in(t.get("seed"))?,
    ))
}
