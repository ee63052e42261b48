//! The coach's saved data through a [`KeyValue`] store: the settings and the history read at
//! start, saved when they change, and what to tell a person when that fails.

use super::{history, settings, History, Settings};
use crate::domain::calendar::LocalDate;
use crate::domain::key_value::KeyValue;
use std::fmt::Display;

/// What was read at start.
#[derive(Debug, Clone, PartialEq)]
pub struct Opened {
    pub settings: Settings,
    pub history: History,
    /// Set when something saved could not be used as it was.
    pub note: Option<String>,
}

/// Reads the saved settings and history; a store that cannot be read gives the defaults.
pub fn open<S: KeyValue>(store: &S) -> Opened {
    let read = |key| store.read(key).ok().flatten();
    let saved = Settings::decode(read(settings::STORAGE_KEY).as_deref());
    let past = History::decode(read(history::STORAGE_KEY).as_deref());
    Opened {
        settings: saved.value,
        history: past.value,
        note: (saved.recovered || past.recovered).then(|| {
            "Some saved data on this device could not be read, so it was set back to the start."
                .into()
        }),
    }
}

/// Counts a finished routine on `today` and saves the history; the note to show if saving failed.
pub fn record<S: KeyValue>(store: &S, history: &mut History, today: LocalDate) -> Option<String>
where
    S::Error: Display,
{
    history.record(today);
    store
        .write(history::STORAGE_KEY, &history.encode())
        .err()
        .map(|e| format!("{e} Today's routine counts for this visit only."))
}

/// Saves new settings; the note to show if saving failed.
pub fn save_settings<S: KeyValue>(store: &S, settings: &Settings) -> Option<String>
where
    S::Error: Display,
{
    store
        .write(settings::STORAGE_KEY, &settings.encode())
        .err()
        .map(|e| format!("{e} These settings apply for this visit only."))
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::domain::key_value::fake::FakeStore as Store;

    fn today() -> LocalDate {
        LocalDate::new(2026, 11, 28).unwrap()
    }

    #[test]
    fn what_is_saved_is_read_back_at_the_next_start() {
        let store = Store::default();
        let fresh = open(&store);
        assert_eq!(fresh.settings, Settings::default());
        assert_eq!(fresh.note, None, "nothing saved is not a problem");

        let mut history = fresh.history;
        assert_eq!(record(&store, &mut history, today()), None);
        let settings = Settings {
            hold_secs: 25,
            ..Settings::default()
        };
        assert_eq!(save_settings(&store, &settings), None);

        let again = open(&store);
        assert_eq!(again.settings.hold_secs, 25);
        assert_eq!(again.history.count_on(today()), 1);
        assert_eq!(again.note, None);
    }

    #[test]
    fn unreadable_data_starts_again_with_a_note() {
        let store = Store::default();
        store.put(settings::STORAGE_KEY, "{corrupt");
        let opened = open(&store);
        assert_eq!(opened.settings, Settings::default());
        assert!(opened.note.is_some_and(|n| n.contains("could not be read")));
    }

    #[test]
    fn a_store_that_refuses_gives_defaults_and_says_what_is_not_kept() {
        let store = Store::default();
        store.fail_reads.set(true);
        store.fail_writes.set(true);
        let opened = open(&store);
        assert_eq!(opened.settings, Settings::default());
        assert_eq!(opened.note, None, "a blocked store is not unreadable data");
        let mut history = History::default();
        assert_eq!(
            record(&store, &mut history, today()).as_deref(),
            Some("full Today's routine counts for this visit only.")
        );
        assert_eq!(history.count_on(today()), 1, "still counted for this visit");
        assert_eq!(
            save_settings(&store, &Settings::default()).as_deref(),
            Some("full These settings apply for this visit only.")
        );
    }
}
