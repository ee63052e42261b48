use crate::components::data::state::{Action, DataState, Section};
use crate::view::data::text::last_backup_sentence;
use leptos::prelude::*;

/// "Save a backup": one file with everything, as a download or, in an iOS home-screen app, through the share sheet ("Save to Files").
#[component]
pub fn BackupSave() -> impl IntoView {
    let state = DataState::get();
    let sharing = move || state.share_instead.get();
    view! {
        <section class="data-section" aria-labelledby="backup-title">
            <h2 id="backup-title">"Save a backup"</h2>
            <p>"One file holds everything: the cramp diary, the water log, the stretch coach's settings and history, and the theme. Keep it off this device (in your e-mail or a cloud drive) and restore it here or on a new phone."</p>
            <p class="data-hint" hidden=move || !sharing()>"In an app on the home screen the share sheet opens: choose \u{201c}Save to Files\u{201d}."</p>
            <button type="button" class="button button--primary button--main" on:click=move |_| state.run(Action::SaveBackup)>
                {move || if sharing() { "Save to Files" } else { "Save a backup" }}
            </button>
            <p class="data-small">{move || last_backup_sentence(state.last_backup.get())}</p>
            <p class="data-status" role="status">{state.said(Section::Backup)}</p>
        </section>
    }
}
