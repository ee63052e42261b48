use crate::components::support::lazy_part::{self, Calling};
use crate::domain::calendar::LocalDate;
use crate::domain::data::contents::KEY_PREFIX;
use crate::domain::data::due::{backup_due, last_backup_date, oldest, LAST_BACKUP_KEY};
use crate::domain::data::ics::{self, Reminder, Weekday};
use crate::domain::data::{backup, csv, restore, Backup, Here};
use crate::platform::files::{self, FileError, ObjectUrl};
use crate::platform::storage::{self, LocalStorage, StorageError};
use crate::platform::{clock, navigation, persist};
use crate::view::data::text;
use leptos::prelude::*;

/// The part of the page a message belongs to (it is shown there, one message at a time).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    Backup,
    Restore,
    Csv,
    Keep,
    Delete,
    Reminder,
}

/// What a button on the page asks for. The code that does it is a wasm module of its own, fetched
/// on the first press ([`Actions`]): a first visit loads only what shows the page.
#[derive(Clone)]
pub enum Action {
    SaveBackup,
    /// A file was chosen to restore.
    Choose(leptos::ev::Event),
    Restore {
        merge: bool,
    },
    Undo,
    ExportCsv,
    DeleteAll,
    Reminder {
        minute: Option<u16>,
        days: Vec<Weekday>,
    },
}

impl Action {
    /// Where its messages are shown.
    fn section(&self) -> Section {
        match self {
            Action::SaveBackup => Section::Backup,
            Action::Choose(_) | Action::Restore { .. } | Action::Undo => Section::Restore,
            Action::ExportCsv => Section::Csv,
            Action::DeleteAll => Section::Delete,
            Action::Reminder { .. } => Section::Reminder,
        }
    }
}

/// How the page reaches its buttons' code (given by `src/bin/data.rs`): `run` does an [`Action`]
/// (`DataState::act`), fetching the code first; `fetch` only fetches it, when the page is first
/// touched or focused, so that the first press rarely waits.
#[derive(Clone, Copy)]
pub struct Actions {
    pub run: fn(DataState, Action) -> Calling,
    pub fetch: fn() -> Calling,
}

/// "Your data"'s shared state (context from `DataPage`): the last message and where it belongs,
/// what the browser says about keeping the data, the last backup, a chosen backup waiting for
/// Merge or Replace, and whether a restore can be undone.
///
/// Parts bind to `said(section)`: one closure type for all of them.
#[derive(Clone, Copy)]
pub struct DataState {
    pub message: RwSignal<(Section, String)>,
    /// `None` until the browser has answered; `Some(None)` when it cannot say.
    pub persisted: RwSignal<Option<Option<bool>>>,
    pub last_backup: RwSignal<Option<LocalDate>>,
    /// 30 days with data and no backup.
    pub due: RwSignal<bool>,
    /// A backup read and checked, waiting for Merge or Replace.
    pub pending: RwSignal<Option<Backup>>,
    pub can_undo: RwSignal<bool>,
    /// Downloads do not work here (an iOS home-screen app): files go to the share sheet.
    pub share_instead: RwSignal<bool>,
    /// `persist()` was asked on this visit.
    asked: StoredValue<bool>,
    /// The address of the last file made, revoked when the next is made or the page closes.
    last_file: StoredValue<Option<ObjectUrl>>,
    /// How the buttons' code is reached (`None` when pre-rendering).
    actions: Option<Actions>,
}

impl DataState {
    /// Empty state, as pre-rendered.
    pub fn new() -> Self {
        Self {
            message: RwSignal::new((Section::Backup, String::new())),
            persisted: RwSignal::new(None),
            last_backup: RwSignal::new(None),
            due: RwSignal::new(false),
            pending: RwSignal::new(None),
            can_undo: RwSignal::new(false),
            share_instead: RwSignal::new(false),
            asked: StoredValue::new(false),
            last_file: StoredValue::new(None),
            actions: None,
        }
    }

    /// The state of a page whose buttons reach their code through `actions`.
    pub fn with_actions(actions: Option<Actions>) -> Self {
        Self {
            actions,
            ..Self::new()
        }
    }

    /// Fetches the buttons' code, if it is not here yet (a failure is said on the press).
    pub fn prepare(self) {
        if let Some(actions) = self.actions {
            leptos::task::spawn_local(async move {
                let _ = (actions.fetch)().await;
            });
        }
    }

    /// Does what a button asks, once its code is here.
    pub fn run(self, action: Action) {
        let section = action.section();
        match self.actions {
            Some(actions) => leptos::task::spawn_local(async move {
                if (actions.run)(self, action).await.is_err() {
                    self.say(section, lazy_part::FAILED);
                }
            }),
            // in the browser the code is reached only through `actions`, so that it stays out
            // of the first load
            #[cfg(not(target_arch = "wasm32"))]
            None => self.act(action),
            #[cfg(target_arch = "wasm32")]
            None => self.say(section, lazy_part::FAILED),
        }
    }

    /// Does `action` (called from the module it is split into).
    pub fn act(self, action: Action) {
        match action {
            Action::SaveBackup => self.save_backup(),
            Action::Choose(ev) => self.choose(ev),
            Action::Restore { merge } => self.restore(merge),
            Action::Undo => self.undo(),
            Action::ExportCsv => self.export_csv(),
            Action::DeleteAll => self.delete_all(),
            Action::Reminder { minute, days } => self.reminder_file(minute, days),
        }
    }

    /// The context provided by `DataPage`.
    /// Never panics: without one (a part drawn outside its page) it is a new, empty state.
    pub fn get() -> Self {
        use_context().unwrap_or_else(Self::new)
    }

    /// The message of `section`, kept up to date (empty when the last one was elsewhere).
    pub fn said(self, section: Section) -> impl Fn() -> String + Copy + Send + Sync + 'static {
        move || {
            self.message.with(|(s, t)| {
                if *s == section {
                    t.clone()
                } else {
                    String::new()
                }
            })
        }
    }

    fn say(self, section: Section, text: impl Into<String>) {
        self.message.set((section, text.into()));
    }

    /// Reads what is saved, the last backup and whether the browser keeps the data.
    pub fn load(self) {
        self.share_instead.set(!files::downloads_work());
        self.read_saved();
        leptos::task::spawn_local(async move {
            self.persisted.set(Some(persist::persisted().await.ok()));
        });
    }

    /// Reads the last backup, whether one is due, and whether a restore can be undone.
    pub fn read_saved(self) {
        let kept = storage::read(LAST_BACKUP_KEY).ok().flatten();
        let last = last_backup_date(kept.as_deref());
        self.last_backup.set(last);
        let first = Here::read(&LocalStorage)
            .ok()
            .and_then(|here| oldest(&here.saved));
        self.due
            .set(backup_due(first, last, clock::now().local_date));
        self.can_undo.set(restore::can_undo(&LocalStorage));
    }

    /// What is here now, or the message why it cannot be read.
    fn here(self, section: Section) -> Option<Here> {
        match Here::read(&LocalStorage) {
            Ok(here) => Some(here),
            Err(e) => {
                self.say(section, e.to_string());
                None
            }
        }
    }

    /// Hands a file to the person: a download, or the share sheet where downloads do not work.
    /// Says `done` in `section` when it went, the reason when it did not; returns whether it went.
    async fn deliver(
        self,
        section: Section,
        name: String,
        media_type: &'static str,
        content: String,
        done: String,
    ) -> bool {
        let result = if files::downloads_work() {
            files::download(&name, media_type, &content).map(|url| {
                // dropping the previous address revokes it
                self.last_file.set_value(Some(url));
            })
        } else if files::can_share_file(&name, media_type, &content) {
            files::share_file(&name, media_type, &content).await
        } else {
            Err(FileError::Unavailable)
        };
        match result {
            Ok(()) => {
                self.say(section, done);
                true
            }
            Err(e) => {
                self.say(section, e.to_string());
                false
            }
        }
    }

    /// Forgets the last file's address (the page is closing).
    pub fn drop_files(self) {
        let _ = self.last_file.try_update_value(|f| drop(f.take()));
    }

    /// "Save a backup": everything saved here, in one file; remembers when.
    fn save_backup(self) {
        let Some(here) = self.here(Section::Backup) else {
            return;
        };
        let now = clock::stamp_now();
        let name = text::file_name(now.local_date());
        let content = backup::encode(&here.saved, now);
        leptos::task::spawn_local(async move {
            let done = text::backup_saved(&name);
            let went = self
                .deliver(
                    Section::Backup,
                    name,
                    text::BACKUP_MEDIA_TYPE,
                    content,
                    done,
                )
                .await;
            if went {
                let _ = storage::write(LAST_BACKUP_KEY, &now.to_iso());
                self.last_backup.set(Some(now.local_date()));
                self.due.set(false);
                self.keep_once().await;
            }
        });
    }

    /// A file was chosen to restore: reads and checks all of it, then shows what it holds.
    fn choose(self, ev: leptos::ev::Event) {
        self.pending.set(None);
        leptos::task::spawn_local(async move {
            let bytes = match files::read_chosen(&ev, text::MAX_BACKUP_BYTES).await {
                Ok(Some(bytes)) => bytes,
                Ok(None) => return,
                Err(e) => return self.say(Section::Restore, e.to_string()),
            };
            let backup = match backup::decode(&bytes) {
                Ok(backup) => backup,
                Err(e) => return self.say(Section::Restore, text::refusal(e)),
            };
            let Some(here) = self.here(Section::Restore) else {
                return;
            };
            let summary = restore::summary(&here.saved, &backup);
            self.say(
                Section::Restore,
                text::backup_found(backup.exported_at.local_date(), &summary),
            );
            self.pending.set(Some(backup));
        });
    }

    /// Merges (`merge`) or replaces what is here with the chosen backup, keeping what was here
    /// for "Undo restore".
    fn restore(self, merge: bool) {
        let Some(backup) = self.pending.get_untracked() else {
            return;
        };
        let Some(here) = self.here(Section::Restore) else {
            return;
        };
        let saved = if merge {
            restore::merge(&here, &backup)
        } else {
            restore::replace(&backup)
        };
        self.pending.set(None);
        match restore::apply(&LocalStorage, &here, &saved) {
            Ok(()) => {
                self.say(Section::Restore, text::restored(merge));
                self.read_saved();
                leptos::task::spawn_local(self.keep_once());
            }
            Err(e) => {
                self.say(
                    Section::Restore,
                    text::restore_failure(&e, StorageError::to_string),
                );
                self.read_saved();
            }
        }
    }

    /// Sets aside a chosen backup without restoring it.
    pub fn cancel_restore(self) {
        self.pending.set(None);
        self.say(Section::Restore, "");
    }

    /// "Undo restore": puts back what this device held before.
    fn undo(self) {
        let said = match restore::undo(&LocalStorage) {
            Ok(done) => text::undone(done).to_owned(),
            Err(e) => text::restore_failure(&e, StorageError::to_string),
        };
        self.say(Section::Restore, said);
        self.read_saved();
    }

    /// The diary as a CSV file.
    fn export_csv(self) {
        let Some(here) = self.here(Section::Csv) else {
            return;
        };
        let name = text::csv_file_name(clock::now().local_date);
        let content = csv::diary_csv(&here.saved.diary);
        leptos::task::spawn_local(async move {
            let done = format!("Saved {name}.");
            self.deliver(Section::Csv, name, text::CSV_MEDIA_TYPE, content, done)
                .await;
        });
    }

    /// Asks the browser to keep the data, the first time something is saved on this visit.
    async fn keep_once(self) {
        let asked = self.asked.get_value();
        if !asked && self.persisted.get_untracked() != Some(Some(true)) {
            self.keep().await;
        }
    }

    /// Asks the browser to keep the data, and shows its answer.
    pub async fn keep(self) {
        self.asked.set_value(true);
        let answer = persist::persist().await.ok();
        self.persisted.set(Some(answer));
    }

    /// Deletes every key of the app, then says so.
    fn delete_all(self) {
        let said = match storage::remove_all_with_prefix(KEY_PREFIX) {
            Ok(count) => text::deleted(count),
            Err(e) => e.to_string(),
        };
        self.pending.set(None);
        self.say(Section::Delete, said);
        self.read_saved();
    }

    /// The bedtime reminder as a calendar file, at `minute` on `days`.
    fn reminder_file(self, minute: Option<u16>, days: Vec<Weekday>) {
        let Some(reminder) = minute.and_then(|m| Reminder::new(m, &days)) else {
            let why = if minute.is_none() {
                text::CHOOSE_A_TIME
            } else {
                text::CHOOSE_A_DAY
            };
            return self.say(Section::Reminder, why);
        };
        let now = clock::stamp_now();
        let content = ics::calendar(&reminder, now.local_date(), now, &navigation::origin());
        let name = ics::FILE_NAME.to_owned();
        leptos::task::spawn_local(async move {
            let done = text::reminder_saved(&name);
            self.deliver(Section::Reminder, name, ics::MEDIA_TYPE, content, done)
                .await;
        });
    }
}

impl Default for DataState {
    fn default() -> Self {
        Self::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_part_drawn_outside_its_page_gets_an_empty_state_instead_of_a_panic() {
        Owner::new().with(|| {
            assert!(!DataState::get().due.get_untracked());
            let page = DataState::new();
            page.due.set(true);
            provide_context(page);
            assert!(DataState::get().due.get_untracked());
        });
    }
}
