use crate::components::diary::state::DiaryState;
use crate::domain::data::due::{backup_due, last_backup_date, LAST_BACKUP_KEY};
use crate::domain::routes::DATA;
use crate::platform::storage;
use crate::view::data::text::DIARY_BACKUP_DUE;
use leptos::prelude::*;

/// A one-line link to "Your data" after 30 days of diary and no backup.
#[component]
pub fn BackupReminder() -> impl IntoView {
    let state = DiaryState::get();
    let last = last_backup_date(storage::read(LAST_BACKUP_KEY).ok().flatten().as_deref());
    let hidden = move || {
        let first = state.session.with(|s| s.diary.first_night());
        !state
            .now
            .get()
            .is_some_and(|now| backup_due(first, last, now.local.date))
    };
    view! { <p class="diary-backup" hidden=hidden><a href=DATA.path>{DIARY_BACKUP_DUE}</a></p> }
}
