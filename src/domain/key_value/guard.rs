//! The rules every saved log keeps (the water log, the diary), written once:
//! - saved data that cannot be read is copied to a backup key before the tool starts clean; if
//!   even the copy cannot be written, the saved data is left untouched and nothing is saved;
//! - data from a newer version of the app is never overwritten;
//! - when a read or a save fails, the tool goes on in memory and keeps the error for its page to
//!   show; the next save that works clears it.
//!
//! Each tool's `session.rs` decides what to read, how to decode and merge, and when to save.

use super::KeyValue;

/// What happened to saved data that could not be read (shown once, dismissible).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Recovery {
    /// It was copied to the backup key and the tool started clean.
    BackedUp,
    /// There was no room for a copy: it was left as it was and nothing is saved this visit.
    LeftAlone,
    /// A newer version of the app wrote it: left as it was, nothing is saved this visit.
    Newer,
}

/// What reading a key found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Stored {
    /// Saved text to decode.
    Text(String),
    /// Nothing saved (or only whitespace), or removed by another tab.
    Nothing,
    /// The read failed; the error is kept in `save_error`.
    Failed,
}

/// Whether a tool's saved data may be written, and what went wrong with it.
#[derive(Debug, Clone, PartialEq)]
pub struct SaveGuard<E> {
    /// Unreadable saved data found when opening, until dismissed.
    pub recovery: Option<Recovery>,
    /// The last read or save failed with this error (cleared by the next successful save).
    pub save_error: Option<E>,
    /// Saved data must not be overwritten this visit.
    frozen: bool,
    /// The tool holds changes that are not saved.
    unsaved: bool,
}

impl<E> Default for SaveGuard<E> {
    fn default() -> Self {
        Self {
            recovery: None,
            save_error: None,
            frozen: false,
            unsaved: false,
        }
    }
}

impl<E> SaveGuard<E> {
    /// Whether what is shown is also saved on the device.
    pub fn is_saved(&self) -> bool {
        !self.frozen && !self.unsaved
    }

    /// Whether saved data is being left alone this visit (unreadable without a copy, or newer).
    pub fn is_frozen(&self) -> bool {
        self.frozen
    }

    /// Whether the tool holds changes that are not saved.
    pub fn is_unsaved(&self) -> bool {
        self.unsaved
    }

    /// The tool changed something that must be saved.
    pub fn changed(&mut self) {
        self.unsaved = true;
    }

    /// Hides the recovery message.
    pub fn dismiss(&mut self) {
        self.recovery = None;
    }

    /// Reads `key`, keeping a failure's error.
    pub fn read(&mut self, store: &impl KeyValue<Error = E>, key: &str) -> Stored {
        match store.read(key) {
            Ok(Some(text)) if !text.trim().is_empty() => Stored::Text(text),
            Ok(_) => Stored::Nothing,
            Err(e) => {
                self.save_error = Some(e);
                Stored::Failed
            }
        }
    }

    /// The saved text was written by a newer version: leave it alone this visit.
    pub fn newer(&mut self) {
        self.recovery = Some(Recovery::Newer);
        self.frozen = true;
    }

    /// The saved `text` cannot be read: copy it to `backup_key`. Returns true when the copy
    /// was made, so the tool starts clean (and should save); false when it could not be made,
    /// so the saved text is left alone this visit.
    pub fn unreadable(
        &mut self,
        store: &impl KeyValue<Error = E>,
        backup_key: &str,
        text: &str,
    ) -> bool {
        match store.write(backup_key, text) {
            Ok(()) => {
                self.recovery = Some(Recovery::BackedUp);
                self.unsaved = true;
                true
            }
            Err(e) => {
                self.recovery = Some(Recovery::LeftAlone);
                self.save_error = Some(e);
                self.frozen = true;
                false
            }
        }
    }

    /// Saves `encode()` under `key` unless saved data is being left alone.
    pub fn write(
        &mut self,
        store: &impl KeyValue<Error = E>,
        key: &str,
        encode: impl FnOnce() -> String,
    ) {
        if self.frozen {
            return;
        }
        match store.write(key, &encode()) {
            Ok(()) => {
                self.unsaved = false;
                self.save_error = None;
            }
            Err(e) => self.save_error = Some(e),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::key_value::fake::FakeStore as Store;

    #[test]
    fn unreadable_data_without_room_for_a_copy_is_never_overwritten() {
        let store = Store::default();
        store.put("k", "garbage");
        store.fail_writes.set(true);
        let mut guard = SaveGuard::default();
        assert!(!guard.unreadable(&store, "k.backup", "garbage"));
        assert_eq!(guard.recovery, Some(Recovery::LeftAlone));
        store.fail_writes.set(false);
        guard.write(&store, "k", || "fresh".into());
        assert_eq!(
            store.read("k"),
            Ok(Some("garbage".into())),
            "left alone this visit"
        );
        assert!(!guard.is_saved());
    }

    #[test]
    fn a_copy_then_a_fresh_save_and_the_error_cleared_by_the_next_save() {
        let store = Store::default();
        let mut guard = SaveGuard::default();
        assert!(guard.unreadable(&store, "k.backup", "garbage"));
        assert_eq!(store.read("k.backup"), Ok(Some("garbage".into())));
        store.fail_writes.set(true);
        guard.write(&store, "k", || "fresh".into());
        assert_eq!((guard.save_error, guard.is_saved()), (Some("full"), false));
        store.fail_writes.set(false);
        guard.write(&store, "k", || "fresh".into());
        assert_eq!((guard.save_error, guard.is_saved()), (None, true));
        assert_eq!(guard.read(&store, "k"), Stored::Text("fresh".into()));
        assert_eq!(guard.read(&store, "none"), Stored::Nothing);
    }

    #[test]
    fn newer_data_freezes() {
        let store = Store::default();
        let mut guard: SaveGuard<&str> = SaveGuard::default();
        guard.newer();
        guard.write(&store, "k", || "x".into());
        assert_eq!(store.read("k"), Ok(None));
        assert!(guard.is_frozen());
    }
}
