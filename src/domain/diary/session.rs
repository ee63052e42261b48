//! How the diary page keeps the diary on the device without losing an entry, as the water log
//! does:
//! - every change starts from what is saved (another tab may have logged a cramp), then saves;
//!   entries are merged by id (the later change wins), so two tabs never undo each other;
//! - saved data it cannot read is copied to `BACKUP_KEY` before the diary starts clean; if even
//!   the copy cannot be written, the saved data is left untouched and nothing is saved;
//! - data from a newer version of the app is never overwritten;
//! - when saving fails (storage full or blocked), the diary goes on in memory and the error is
//!   kept for the page to say so; the next change that can be saved saves everything.

use super::format::{self, FormatError, BACKUP_KEY, STORAGE_KEY};
use super::log::Diary;
use crate::domain::key_value::{KeyValue, SaveGuard, Stored};

/// The diary's state for one open page.
#[derive(Debug, Clone, PartialEq)]
pub struct Session<E> {
    pub diary: Diary,
    /// Whether it may be saved, and what went wrong with saved data.
    pub guard: SaveGuard<E>,
}

impl<E: Clone> Session<E> {
    /// An empty session, before the saved data is read (what the pre-rendered page shows).
    pub fn empty() -> Self {
        Self {
            diary: Diary::default(),
            guard: SaveGuard::default(),
        }
    }

    /// Opens the saved diary, handling anything unreadable as the module explains.
    pub fn open(store: &impl KeyValue<Error = E>) -> Self {
        let mut session = Self::empty();
        session.load(store);
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

    /// Re-reads the saved diary after another tab changed it; changes not yet saved here are
    /// merged in, not lost.
    pub fn refresh(&mut self, store: &impl KeyValue<Error = E>) {
        self.load(store);
    }

    /// Makes a change (`change` returns whether it changed anything), starting from the saved
    /// diary, and saves the result. Returns whether the diary changed.
    pub fn act(
        &mut self,
        store: &impl KeyValue<Error = E>,
        change: impl FnOnce(&mut Diary) -> bool,
    ) -> bool {
        self.load(store);
        if !change(&mut self.diary) {
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

    fn load(&mut self, store: &impl KeyValue<Error = E>) {
        if self.guard.is_frozen() {
            return;
        }
        // nothing saved (or removed by another tab), or a failed read: keep what is shown
        let Stored::Text(text) = self.guard.read(store, STORAGE_KEY) else {
            return;
        };
        match format::decode(&text) {
            Ok(mut saved) => {
                if self.guard.is_unsaved() {
                    // this tab's unsaved test plan (started or cancelled) wins
                    saved.test = self.diary.test;
                    saved.merge(&self.diary);
                }
                self.diary = saved;
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
        let diary = &self.diary;
        self.guard
            .write(store, STORAGE_KEY, || format::encode(diary));
    }
}
