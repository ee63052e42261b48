//! The saved form of the water log: versioned JSON, with a migration from the older shape.
//!
//! Version 1:
//! `{"version":1,"settings":{"goal":8,"unit":"ml","hideGoal":true},
//!   "days":[{"date":"2026-03-28","times":[1774742400000],"adjust":1,"goal":8,"active":true,"hot":true}]}`
//! (`settings`, and every day field but `date`, may be left out; unknown fields are ignored.)
//!
//! Version 0 (the first counter, one day only): `{"date":"2026-03-28","count":5}`, or a bare
//! count such as `5`, which counted for the day it is read.
//!
//! Decoding never panics, whatever the text: anything it cannot read is an error for the
//! caller to handle (keep a copy, start clean, say so).

use super::log::{Day, Log, Settings, Unit, DEFAULT_BASE_GOAL, MAX_CUPS_PER_DAY};
use crate::domain::calendar::LocalDate;
use crate::domain::codec::date;
use crate::domain::codec::json::{self, Json};

/// The version this code writes.
pub const VERSION: i64 = 1;

/// Why saved text could not be turned into a log.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormatError {
    /// Not JSON, or not a shape any version of the counter wrote.
    Unreadable,
    /// Written by a newer version of the app: leave it alone, it may be read after an update.
    Newer(i64),
}

/// A decoded log, and the version it was migrated from (`None` when already current).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    pub log: Log,
    pub migrated_from: Option<i64>,
}

fn unit_name(unit: Unit) -> &'static str {
    match unit {
        Unit::Cups => "cups",
        Unit::Millilitres => "ml",
        Unit::FluidOunces => "floz",
    }
}

fn unit_from_name(name: &str) -> Unit {
    match name {
        "ml" => Unit::Millilitres,
        "floz" => Unit::FluidOunces,
        _ => Unit::Cups,
    }
}

/// The log as version-1 JSON (fields with default values left out).
pub fn encode(log: &Log) -> String {
    use std::fmt::Write;
    let s = &log.settings;
    let mut out = format!(
        r#"{{"version":{VERSION},"settings":{{"goal":{},"unit":"{}"{}}},"days":["#,
        s.base_goal,
        unit_name(s.unit),
        if s.hide_goal {
            r#","hideGoal":true"#
        } else {
            ""
        }
    );
    for (i, d) in log.days().iter().enumerate() {
        let _ = write!(
            out,
            r#"{}{{"date":{}"#,
            if i > 0 { "," } else { "" },
            json::quote(&d.date.to_string())
        );
        if !d.times.is_empty() {
            out.push_str(r#","times":["#);
            for (j, t) in d.times.iter().enumerate() {
                let _ = write!(out, "{}{t}", if j > 0 { "," } else { "" });
            }
            out.push(']');
        }
        if d.adjust != 0 {
            let _ = write!(out, r#","adjust":{}"#, d.adjust);
        }
        let _ = write!(out, r#","goal":{}"#, d.base_goal);
        if d.active {
            out.push_str(r#","active":true"#);
        }
        if d.hot {
            out.push_str(r#","hot":true"#);
        }
        out.push('}');
    }
    out.push_str("]}");
    out
}

/// Reads saved text of any version. `today` is the day a bare version-0 count belongs to.
pub fn decode(text: &str, today: LocalDate) -> Result<Decoded, FormatError> {
    let root = json::parse(text).ok_or(FormatError::Unreadable)?;
    if let Json::Int(count) = root {
        return from_v0(today, count);
    }
    let Json::Obj(_) = root else {
        return Err(FormatError::Unreadable);
    };
    match root.get("version") {
        None | Some(Json::Int(0)) => {
            let date = match root.get("date") {
                None => today,
                Some(date) => parse_date(date)?,
            };
            let Some(Json::Int(count)) = root.get("count") else {
                return Err(FormatError::Unreadable);
            };
            from_v0(date, *count)
        }
        Some(Json::Int(VERSION)) => from_v1(&root),
        Some(Json::Int(newer)) if *newer > VERSION => Err(FormatError::Newer(*newer)),
        Some(_) => Err(FormatError::Unreadable),
    }
}

fn from_v1(root: &Json) -> Result<Decoded, FormatError> {
    let mut settings = Settings::default();
    if let Some(s) = root.get("settings") {
        let Json::Obj(_) = s else {
            return Err(FormatError::Unreadable);
        };
        settings.base_goal = small(s.get("goal"), DEFAULT_BASE_GOAL)?;
        settings.unit = match s.get("unit") {
            None => Unit::Cups,
            Some(Json::Str(name)) => unit_from_name(name),
            Some(_) => return Err(FormatError::Unreadable),
        };
        settings.hide_goal = flag(s.get("hideGoal"))?;
    }
    let days = match root.get("days") {
        None => &[][..],
        Some(Json::Arr(days)) => days,
        Some(_) => return Err(FormatError::Unreadable),
    };
    let days = days
        .iter()
        .map(|d| {
            let Json::Obj(_) = d else {
                return Err(FormatError::Unreadable);
            };
            let times = match d.get("times") {
                None => Vec::new(),
                Some(Json::Arr(times)) => times
                    .iter()
                    .map(|t| match t {
                        Json::Int(ms) => Ok(*ms),
                        _ => Err(FormatError::Unreadable),
                    })
                    .collect::<Result<_, _>>()?,
                Some(_) => return Err(FormatError::Unreadable),
            };
            let adjust = match d.get("adjust") {
                None => 0,
                Some(Json::Int(n)) => i32::try_from(*n).map_err(|_| FormatError::Unreadable)?,
                Some(_) => return Err(FormatError::Unreadable),
            };
            Ok(Day {
                date: parse_date(d.get("date").ok_or(FormatError::Unreadable)?)?,
                times,
                adjust,
                base_goal: small(d.get("goal"), DEFAULT_BASE_GOAL)?,
                active: flag(d.get("active"))?,
                hot: flag(d.get("hot"))?,
            })
        })
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Decoded {
        log: Log::from_parts(settings, days),
        migrated_from: None,
    })
}

/// An optional integer 0..=255.
fn small(value: Option<&Json>, default: u8) -> Result<u8, FormatError> {
    match value {
        None => Ok(default),
        Some(Json::Int(n)) => u8::try_from(*n).map_err(|_| FormatError::Unreadable),
        Some(_) => Err(FormatError::Unreadable),
    }
}

/// An optional boolean, false when missing.
fn flag(value: Option<&Json>) -> Result<bool, FormatError> {
    match value {
        None => Ok(false),
        Some(Json::Bool(b)) => Ok(*b),
        Some(_) => Err(FormatError::Unreadable),
    }
}

/// A date written as `YYYY-MM-DD` (exactly; what `encode` writes).
fn parse_date(value: &Json) -> Result<LocalDate, FormatError> {
    match value {
        Json::Str(text) => date::parse(text).ok_or(FormatError::Unreadable),
        _ => Err(FormatError::Unreadable),
    }
}

/// Version 0 kept one day's count and the default goal.
fn from_v0(date: LocalDate, count: i64) -> Result<Decoded, FormatError> {
    if count < 0 {
        return Err(FormatError::Unreadable);
    }
    let day = Day {
        date,
        times: Vec::new(),
        adjust: count.min(i64::from(MAX_CUPS_PER_DAY)) as i32,
        base_goal: DEFAULT_BASE_GOAL,
        active: false,
        hot: false,
    };
    Ok(Decoded {
        log: Log::from_parts(Settings::default(), vec![day]),
        migrated_from: Some(0),
    })
}
