//! The saved form of the water log: versioned JSON, with a migration from the older shape.
//!
//! Version 1:
//! `{"version":1,"settings":{"goal":8,"unit":"ml","hideGoal":true},
//!   "days":[{"date":"2026-03-28","times":[1774742400000],"adjust":1,"goal":8,"active":true,"hot":true}]}`
//! (`settings`, and every day field but `date`, may be left out.)
//!
//! Version 0 (the first counter, one day only): `{"date":"2026-03-28","count":5}`, or a bare
//! count such as `5`, which counted for the day it is read.
//!
//! Decoding never panics, whatever the text: anything it cannot read is an error for the
//! caller to handle (keep a copy, start clean, say so).

use super::log::{Day, Log, Settings, Unit, DEFAULT_BASE_GOAL, MAX_CUPS_PER_DAY};
use crate::domain::calendar::LocalDate;
use serde::{Deserialize, Serialize};

/// The version this code writes.
pub const VERSION: u64 = 1;

/// Why saved text could not be turned into a log.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormatError {
    /// Not JSON, or not a shape any version of the counter wrote.
    Unreadable,
    /// Written by a newer version of the app: leave it alone, it may be read after an update.
    Newer(u64),
}

/// A decoded log, and the version it was migrated from (`None` when already current).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    pub log: Log,
    pub migrated_from: Option<u64>,
}

#[derive(Deserialize)]
struct Probe {
    version: Option<u64>,
}

#[derive(Serialize, Deserialize)]
struct V1 {
    version: u64,
    #[serde(default)]
    settings: SettingsV1,
    #[serde(default)]
    days: Vec<DayV1>,
}

#[derive(Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
struct SettingsV1 {
    #[serde(default = "default_goal")]
    goal: u8,
    #[serde(default)]
    unit: String,
    #[serde(default, skip_serializing_if = "is_false")]
    hide_goal: bool,
}

impl Default for SettingsV1 {
    fn default() -> Self {
        Self {
            goal: DEFAULT_BASE_GOAL,
            unit: String::new(),
            hide_goal: false,
        }
    }
}

#[derive(Serialize, Deserialize)]
struct DayV1 {
    date: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    times: Vec<i64>,
    #[serde(default, skip_serializing_if = "is_zero")]
    adjust: i32,
    #[serde(default = "default_goal")]
    goal: u8,
    #[serde(default, skip_serializing_if = "is_false")]
    active: bool,
    #[serde(default, skip_serializing_if = "is_false")]
    hot: bool,
}

#[derive(Deserialize)]
struct V0 {
    date: Option<String>,
    count: u64,
}

fn default_goal() -> u8 {
    DEFAULT_BASE_GOAL
}

fn is_false(b: &bool) -> bool {
    !*b
}

fn is_zero(n: &i32) -> bool {
    *n == 0
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

/// The log as version-1 JSON.
pub fn encode(log: &Log) -> String {
    let stored = V1 {
        version: VERSION,
        settings: SettingsV1 {
            goal: log.settings.base_goal,
            unit: unit_name(log.settings.unit).into(),
            hide_goal: log.settings.hide_goal,
        },
        days: log
            .days()
            .iter()
            .map(|d| DayV1 {
                date: d.date.to_string(),
                times: d.times.clone(),
                adjust: d.adjust,
                goal: d.base_goal,
                active: d.active,
                hot: d.hot,
            })
            .collect(),
    };
    // plain structs of strings and integers: serialising cannot fail
    serde_json::to_string(&stored).unwrap_or_default()
}

/// Reads saved text of any version. `today` is the day a bare version-0 count belongs to.
pub fn decode(text: &str, today: LocalDate) -> Result<Decoded, FormatError> {
    let text = text.trim();
    if let Ok(count) = serde_json::from_str::<u64>(text) {
        return Ok(from_v0(today, count));
    }
    let probe: Probe = serde_json::from_str(text).map_err(|_| FormatError::Unreadable)?;
    match probe.version {
        None | Some(0) => {
            let v0: V0 = serde_json::from_str(text).map_err(|_| FormatError::Unreadable)?;
            let date = match v0.date {
                Some(date) => parse_date(&date)?,
                None => today,
            };
            Ok(from_v0(date, v0.count))
        }
        Some(VERSION) => {
            let v1: V1 = serde_json::from_str(text).map_err(|_| FormatError::Unreadable)?;
            let settings = Settings {
                base_goal: v1.settings.goal,
                unit: unit_from_name(&v1.settings.unit),
                hide_goal: v1.settings.hide_goal,
            };
            let days = v1
                .days
                .into_iter()
                .map(|d| {
                    Ok(Day {
                        date: parse_date(&d.date)?,
                        times: d.times,
                        adjust: d.adjust,
                        base_goal: d.goal,
                        active: d.active,
                        hot: d.hot,
                    })
                })
                .collect::<Result<Vec<_>, _>>()?;
            Ok(Decoded {
                log: Log::from_parts(settings, days),
                migrated_from: None,
            })
        }
        Some(newer) => Err(FormatError::Newer(newer)),
    }
}

fn parse_date(text: &str) -> Result<LocalDate, FormatError> {
    LocalDate::parse(text).ok_or(FormatError::Unreadable)
}

/// Version 0 kept one day's count and the default goal.
fn from_v0(date: LocalDate, count: u64) -> Decoded {
    let count = count.min(u64::from(MAX_CUPS_PER_DAY)) as i32;
    let day = Day {
        date,
        times: Vec::new(),
        adjust: count,
        base_goal: DEFAULT_BASE_GOAL,
        active: false,
        hot: false,
    };
    Decoded {
        log: Log::from_parts(Settings::default(), vec![day]),
        migrated_from: Some(0),
    }
}
