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
use crate::domain::key_value::KeyValue;
use crate::domain::water::session::Recovery;

/// The diary's state for one open page.
#[derive(Debug, Clone, PartialEq)]
pub struct Session<E> {
    pub diary: Diary,
    /// Unreadable saved data found when opening, until dismissed.
    pub recovery: Option<Recovery>,
    /// The last read or save failed with this error (cleared by the next successful save).
    pub save_error: Option<E>,
    /// Saved data must not be overwritten this visit.
    frozen: bool,
    /// The diary holds changes that are not saved.
    unsaved: bool,
}

impl<E: Clone> Session<E> {
    /// An empty session, before the saved data is read (what the pre-rendered page shows).
    pub fn empty() -> Self {
        Self {
            diary: Diary::default(),
            recovery: None,
            save_error: None,
            frozen: false,
            unsaved: false,
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
        !self.frozen && !self.unsaved
    }

    /// Whether saved data is being left alone this visit (unreadable without a copy, or newer).
    pub fn is_frozen(&self) -> bool {
        self.frozen
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
        self.unsaved = true;
        self.save(store);
        true
    }

    /// Hides the recovery message.
    pub fn dismiss(&mut self) {
        self.recovery = None;
    }

    fn load(&mut self, store: &impl KeyValue<Error = E>) {
        if self.frozen {
            return;
        }
        let text = match store.read(STORAGE_KEY) {
            Ok(Some(text)) if !text.trim().is_empty() => text,
            // nothing saved (or removed by another tab): keep what is shown
            Ok(_) => return,
            Err(e) => {
                self.save_error = Some(e);
                return;
            }
        };
        match format::decode(&text) {
            Ok(mut saved) => {
                if self.unsaved {
                    // this tab's unsaved test plan (started or cancelled) wins
                    saved.test = self.diary.test;
                    saved.merge(&self.diary);
                }
                self.diary = saved;
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
        match store.write(STORAGE_KEY, &format::encode(&self.diary)) {
            Ok(()) => {
                self.unsaved = false;
                self.save_error = None;
            }
            Err(e) => self.save_error = Some(e),
        }
    }
}
