//! The backup file: everything the app saves, in one JSON file a person keeps.
//!
//! ```text
//! {"app":"cramp-coach","format":1,"exported_at":"2026-12-02T21:30:00+01:00","data":{
//!   "diary":{"version":1,"entries":[…]},
//!   "water":{"version":1,"settings":{…},"days":[…]},
//!   "stretch_settings":{"v":1,"hold_secs":30,…},
//!   "stretch_history":{"v":1,"days":[["2026-11-27",1]]},
//!   "theme":"night"}}
//! ```
//! - `app` is always `"cramp-coach"`; `format` is this file's version (1); `exported_at` is
//!   when it was made, ISO 8601 with the local offset (`Z` for UTC).
//! - Each member of `data` is one part, exactly as its tool saves it under its storage key
//!   (`contents::Part::key`), with that tool's own version inside: the diary and the water log
//!   as documented in `diary::format` and `water::format`, the stretch settings and history as in
//!   `stretch::settings` and `stretch::history`; `theme` is one of `system`, `light`, `dark`,
//!   `night`, `night-hours`. A part left out means nothing of it was saved; unknown members
//!   are ignored.
//!
//! `decode` reads and checks the whole file before it returns anything: every part must be
//! exactly what this version writes (a value out of range, a misspelt name or a wrong type
//! refuses the file rather than guessing what was meant). A newer `format`, or a part of a
//! newer version, refuses it as `Newer`. It never panics, whatever the bytes.

use super::contents::{Part, PartError, Saved};
use super::stamp::Stamp;
use crate::domain::codec::json::{self, Json};

/// The `app` of every backup.
pub const APP: &str = "cramp-coach";
/// The version of the file this code writes.
pub const FORMAT: i64 = 1;

/// A backup read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct Backup {
    pub exported_at: Stamp,
    /// Everything in it; a part it does not hold is as a fresh start of its tool.
    pub saved: Saved,
    /// The parts it holds, in `Part::ALL` order.
    pub parts: Vec<Part>,
}

impl Backup {
    /// Whether it holds `part`.
    pub fn has(&self, part: Part) -> bool {
        self.parts.contains(&part)
    }
}

/// Why a file was refused (nothing is changed then).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BackupError {
    /// Not text in JSON.
    NotJson,
    /// JSON, but not a Cramp Coach backup (another app's file).
    NotCrampCoach,
    /// Made by a newer version of the app: the file's format, or the version of one part.
    Newer(i64),
    /// A Cramp Coach backup that is damaged: in its own fields (`None`) or in a part.
    Broken(Option<Part>),
}

/// The backup of `saved`, made at `exported_at`.
pub fn encode(saved: &Saved, exported_at: Stamp) -> String {
    let mut out = format!(
        r#"{{"app":"{APP}","format":{FORMAT},"exported_at":"{}","data":{{"#,
        exported_at.to_iso()
    );
    for (i, part) in Part::ALL.into_iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        let text = saved.encode(part);
        let value = match part {
            Part::Theme => json::quote(&text),
            _ => text,
        };
        out.push_str(&format!("\n{}:{value}", json::quote(part.name())));
    }
    out.push_str("}}\n");
    out
}

/// Reads and checks a whole file. Never panics.
pub fn decode(bytes: &[u8]) -> Result<Backup, BackupError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = std::str::from_utf8(bytes).map_err(|_| BackupError::NotJson)?;
    let root = json::parse(text).ok_or(BackupError::NotJson)?;
    if root.get("app") != Some(&Json::Str(APP.into())) {
        return Err(BackupError::NotCrampCoach);
    }
    match root.get("format") {
        Some(Json::Int(FORMAT)) => {}
        Some(Json::Int(newer)) if *newer > FORMAT => return Err(BackupError::Newer(*newer)),
        _ => return Err(BackupError::Broken(None)),
    }
    let exported_at = match root.get("exported_at") {
        Some(Json::Str(text)) => Stamp::parse(text).ok_or(BackupError::Broken(None))?,
        _ => return Err(BackupError::Broken(None)),
    };
    let data = match root.get("data") {
        Some(data @ Json::Obj(_)) => data,
        _ => return Err(BackupError::Broken(None)),
    };
    let mut backup = Backup {
        exported_at,
        saved: Saved::default(),
        parts: Vec::new(),
    };
    // newer parts first: "update the app" is the more useful thing to hear
    for part in Part::ALL {
        if let (Some((field, known)), Some(value)) = (part.version(), data.get(part.name())) {
            if let Some(Json::Int(v)) = value.get(field) {
                if *v > known {
                    return Err(BackupError::Newer(*v));
                }
            }
        }
    }
    for part in Part::ALL {
        let Some(value) = data.get(part.name()) else {
            continue;
        };
        let broken = BackupError::Broken(Some(part));
        let text = match (part, value) {
            (Part::Theme, Json::Str(word)) => word.clone(),
            (Part::Theme, _) => return Err(broken),
            (_, Json::Obj(_)) => value.to_text().ok_or(broken)?,
            _ => return Err(broken),
        };
        backup.saved.decode_part(part, &text).map_err(|e| match e {
            PartError::Newer(v) => BackupError::Newer(v),
            PartError::Unreadable => broken,
        })?;
        backup.parts.push(part);
    }
    Ok(backup)
}
