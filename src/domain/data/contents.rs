//! What the app saves: five parts, each under its own storage key in its tool's own versioned
//! form, and `Saved`, all of them as the tools read them.

use crate::domain::calendar::LocalDate;
use crate::domain::codec::json::{self, Json};
use crate::domain::diary::{self, Diary};
use crate::domain::stretch::{history, settings, History, Settings};
use crate::domain::theme::{self, ThemePref};
use crate::domain::water::{self, log::Log};

/// The start of every key the app saves under (its parts, their copies, the undo record, the
/// last backup's moment); "Delete all my data" removes every one.
pub const KEY_PREFIX: &str = "cramp-coach.";

/// One of the things the app saves, each under its own key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Part {
    Diary,
    /// The water log with its settings.
    Water,
    StretchSettings,
    StretchHistory,
    Theme,
}

impl Part {
    /// Every part, in the order a backup lists them.
    pub const ALL: [Part; 5] = [
        Part::Diary,
        Part::Water,
        Part::StretchSettings,
        Part::StretchHistory,
        Part::Theme,
    ];

    /// The storage key it is saved under.
    pub fn key(self) -> &'static str {
        match self {
            Part::Diary => diary::format::STORAGE_KEY,
            Part::Water => water::session::KEY,
            Part::StretchSettings => settings::STORAGE_KEY,
            Part::StretchHistory => history::STORAGE_KEY,
            Part::Theme => theme::STORAGE_KEY,
        }
    }

    /// Its member's name in a backup's `data`.
    pub fn name(self) -> &'static str {
        match self {
            Part::Diary => "diary",
            Part::Water => "water",
            Part::StretchSettings => "stretch_settings",
            Part::StretchHistory => "stretch_history",
            Part::Theme => "theme",
        }
    }

    /// The member naming its saved form's version, and the version this app writes (the theme
    /// is a plain word, without one).
    pub fn version(self) -> Option<(&'static str, i64)> {
        match self {
            Part::Diary => Some(("version", diary::format::VERSION)),
            Part::Water => Some(("version", water::format::VERSION)),
            Part::StretchSettings => Some(("v", settings::VERSION)),
            Part::StretchHistory => Some(("v", history::VERSION)),
            Part::Theme => None,
        }
    }
}

/// Why a part's saved text was not taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PartError {
    /// Not the shape this version writes, or a value its tool would have to change to use.
    Unreadable,
    /// A newer version of the app wrote it.
    Newer(i64),
}

/// Everything the app saves, as its tools read it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Saved {
    pub diary: Diary,
    pub water: Log,
    pub stretch_settings: Settings,
    pub stretch_history: History,
    pub theme: ThemePref,
}

impl Saved {
    /// What `part`'s tool saves under its key: its own versioned JSON (the theme: its word).
    pub fn encode(&self, part: Part) -> String {
        match part {
            Part::Diary => diary::format::encode(&self.diary),
            Part::Water => water::format::encode(&self.water),
            Part::StretchSettings => self.stretch_settings.encode(),
            Part::StretchHistory => self.stretch_history.encode(),
            Part::Theme => self.theme.value().to_owned(),
        }
    }

    /// Reads `part` from what its tool saves, strictly: only the current version exactly as
    /// it is written (no migration, nothing brought into range, nothing left out), so what is
    /// taken is what was saved. Never panics.
    pub fn decode_part(&mut self, part: Part, text: &str) -> Result<(), PartError> {
        if let Some((field, known)) = part.version() {
            let root = json::parse(text).ok_or(PartError::Unreadable)?;
            match root.get(field) {
                Some(Json::Int(v)) if *v == known => {}
                Some(Json::Int(v)) if *v > known => return Err(PartError::Newer(*v)),
                _ => return Err(PartError::Unreadable),
            }
        }
        match part {
            Part::Diary => {
                self.diary = diary::format::decode(text).map_err(|e| match e {
                    diary::format::FormatError::Newer(v) => PartError::Newer(v),
                    diary::format::FormatError::Unreadable => PartError::Unreadable,
                })?;
            }
            Part::Water => {
                // the version is checked above, so no bare count of an older version is
                // read as the count of some day
                let decoded = water::format::decode(text, LocalDate::from_day_number(0))
                    .map_err(|_| PartError::Unreadable)?;
                self.water = decoded.log;
            }
            Part::StretchSettings => {
                let loaded = Settings::decode(Some(text));
                if loaded.recovered {
                    return Err(PartError::Unreadable);
                }
                self.stretch_settings = loaded.value;
            }
            Part::StretchHistory => {
                let loaded = History::decode(Some(text));
                if loaded.recovered {
                    return Err(PartError::Unreadable);
                }
                self.stretch_history = loaded.value;
            }
            Part::Theme => {
                self.theme = theme::ALL
                    .into_iter()
                    .find(|t| t.value() == text)
                    .ok_or(PartError::Unreadable)?;
            }
        }
        Ok(())
    }
}
