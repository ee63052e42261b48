//! How the counter keeps the log on the device without ever losing a cup:
//! - every action starts from what is saved (another tab may have added a cup), then saves;
//! - saved data it cannot read is copied to a backup key before the counter starts clean;
//!   if even the copy cannot be written, the saved data is left untouched and nothing is saved;
//! - data from a newer version of the app is never overwritten;
//! - when saving fails, counting goes on in memory and the error is kept for the page to show.

use super::format::{self, FormatError};
use super::log::{Action, Log, Moment};
use crate::domain::calendar::LocalDate;
use crate::domain::key_value::{KeyValue, SaveGuard, Stored};

/// Where the log is saved.
pub const KEY: &str = "cramp-coach.water";
/// Where unreadable saved data is copied before the counter starts clean.
pub const BACKUP_KEY: &str = "cramp-coach.water.backup";

/// The counter's state for one open page.
#[derive(Debug, Clone, PartialEq)]
pub struct Session<E> {
    pub log: Log,
    /// Whether it may be saved, and what went wrong with saved data.
    pub guard: SaveGuard<E>,
}

impl<E: Clone> Session<E> {
    /// An empty session, before the saved data is read (what the pre-rendered page shows).
    pub fn empty() -> Self {
        Self {
            log: Log::default(),
            guard: SaveGuard::default(),
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
        self.guard.is_saved()
    }

    /// Whether saved data is being left alone this visit (unreadable without a copy, or newer).
    pub fn is_frozen(&self) -> bool {
        self.guard.is_frozen()
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
        self.guard.changed();
        self.save(store);
        true
    }

    /// Hides the recovery message.
    pub fn dismiss(&mut self) {
        self.guard.dismiss();
    }

    fn load(&mut self, store: &impl KeyValue<Error = E>, today: LocalDate) {
        let text = match self.guard.read(store, KEY) {
            Stored::Text(text) => text,
            // Nothing saved (or removed by another tab): keep what is shown, it is saved again
            // with the next change.
            Stored::Nothing => return,
            Stored::Failed => {
                self.guard.changed();
                return;
            }
        };
        match format::decode(&text, today) {
            Ok(decoded) => {
                self.log = decoded.log;
                if decoded.migrated_from.is_some() {
                    self.guard.changed();
                    self.save(store);
                }
            }
            Err(FormatError::Newer(_)) => self.guard.newer(),
            Err(FormatError::Unreadable) => {
                if self.guard.unreadable(store, BACKUP_KEY, &text) {
                    self.save(store);
                }
            }
        }
    }

    fn save(&mut self, store: &impl KeyValue<Error = E>) {
        let log = &self.log;
        self.guard.write(store, KEY, || format::encode(log));
    }
}
