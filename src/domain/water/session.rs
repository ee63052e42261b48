//! How the counter keeps the log on the device without ever losing a cup:
//! - every action starts from what is saved (another tab may have added a cup), then saves;
//! - saved data it cannot read is copied to a backup key before the counter starts clean;
//!   if even the copy cannot be written, the saved data is left untouched and nothing is saved;
//! - data from a newer version of the app is never overwritten;
//! - when saving fails, counting goes on in memory and the error is kept for the page to show.

use super::format::{self, FormatError};
use super::log::{Action, Log, Moment};
use crate::domain::calendar::LocalDate;
use crate::domain::key_value::KeyValue;

/// Where the log is saved.
pub const KEY: &str = "cramp-coach.water";
/// Where unreadable saved data is copied before the counter starts clean.
pub const BACKUP_KEY: &str = "cramp-coach.water.backup";

/// What happened to saved data that could not be read (shown once, dismissible).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Recovery {
    /// It was copied to `BACKUP_KEY` and the counter started clean.
    BackedUp,
    /// There was no room for a copy: it was left as it was and nothing is saved this visit.
    LeftAlone,
    /// A newer version of the app wrote it: left as it was, nothing is saved this visit.
    Newer,
}

/// The counter's state for one open page.
#[derive(Debug, Clone, PartialEq)]
pub struct Session<E> {
    pub log: Log,
    /// Unreadable saved data found when opening, until dismissed.
    pub recovery: Option<Recovery>,
    /// The last save failed with this error (cleared by the next successful save).
    pub save_error: Option<E>,
    /// Saved data must not be overwritten this visit.
    frozen: bool,
    /// The log holds changes that are not saved.
    unsaved: bool,
}

impl<E: Clone> Session<E> {
    /// An empty session, before the saved data is read (what the pre-rendered page shows).
    pub fn empty() -> Self {
        Self {
            log: Log::default(),
            recovery: None,
            save_error: None,
            frozen: false,
            unsaved: false,
        }
    }

    /// Opens the saved log, handling anything unreadable as the module explains.
    pub fn open(store: &impl KeyValue<Error = E>, today: LocalDate) -> Self {
        let mut session = Self::empty();
        session.load(store, today);
        session
    }

    /// Whether what is shown is also saved on the device.
    pub fn is_saved(&self) -> bool {
        !self.frozen && !self.unsaved
    }

    /// Whether saved data is being left alone this visit (unreadable without a copy, or newer).
    pub fn is_frozen(&self) -> bool {
        self.frozen
    }

    /// Re-reads the saved log after another tab changed it. Changes not yet saved here win.
    pub fn refresh(&mut self, store: &impl KeyValue<Error = E>, today: LocalDate) {
        if self.is_saved() {
            self.load(store, today);
        }
    }

    /// Does what a person asked, starting from the saved log, and saves the result.
    /// Returns whether the log changed.
    pub fn act(&mut self, store: &impl KeyValue<Error = E>, now: Moment, action: Action) -> bool {
        self.refresh(store, now.date);
        if !self.log.apply(now, action) {
            return false;
        }
        self.unsaved = true;
        self.save(store);
        true
    }

    /// Hides the recovery message.
    pub fn dismiss(&mut self) {
        self.recovery = None;
    }

    fn load(&mut self, store: &impl KeyValue<Error = E>, today: LocalDate) {
        let text = match store.read(KEY) {
            Ok(Some(text)) if !text.trim().is_empty() => text,
            // Nothing saved (or removed by another tab): keep what is shown, it is saved again
            // with the next change.
            Ok(_) => return,
            Err(e) => {
                self.save_error = Some(e);
                self.unsaved = true;
                return;
            }
        };
        match format::decode(&text, today) {
            Ok(decoded) => {
                self.log = decoded.log;
                if decoded.migrated_from.is_some() {
                    self.unsaved = true;
                    self.save(store);
                }
            }
            Err(FormatError::Newer(_)) => {
                self.recovery = Some(Recovery::Newer);
                self.frozen = true;
            }
            Err(FormatError::Unreadable) => match store.write(BACKUP_KEY, &text) {
                Ok(()) => {
                    self.recovery = Some(Recovery::BackedUp);
                    self.unsaved = true;
                    self.save(store);
                }
                Err(e) => {
                    self.recovery = Some(Recovery::LeftAlone);
                    self.save_error = Some(e);
                    self.frozen = true;
                }
            },
        }
    }

    fn save(&mut self, store: &impl KeyValue<Error = E>) {
        if self.frozen {
            return;
        }
        match store.write(KEY, &format::encode(&self.log)) {
            Ok(()) => {
                self.unsaved = false;
                self.save_error = None;
            }
            Err(e) => self.save_error = Some(e),
        }
    }
}
