use crate::components::data::state::DataState;
use crate::view::data::text::BACKUP_DUE;
use leptos::prelude::*;

/// The quiet reminder after 30 days with data and no backup.
#[component]
pub fn BackupDueNotice() -> impl IntoView {
    let state = DataState::get();
    view! {
        <p class="notice data-due" hidden=move || !state.due.get()>{BACKUP_DUE}</p>
    }
}
