use crate::components::data::{
    backup_due_notice::BackupDueNotice,
    backup_restore::BackupRestore,
    backup_save::BackupSave,
    bedtime_reminder::BedtimeReminder,
    delete_all::DeleteAll,
    diary_export::DiaryExport,
    keep_data::KeepData,
    state::{Actions, DataState},
};
use crate::domain::data::due::LAST_BACKUP_KEY;
use crate::domain::data::restore::UNDO_KEY;
use crate::domain::routes::DATA;
use crate::platform::storage;
use leptos::prelude::*;

/// DATA page: save a backup, restore one, the diary as CSV, keeping and deleting the data, and the bedtime reminder.
#[component]
pub fn DataPage(
    /// What the buttons do, fetched on the first press; none when pre-rendering.
    #[prop(optional)]
    actions: Option<Actions>,
) -> impl IntoView {
    let state = DataState::with_actions(actions);
    provide_context(state);
    Effect::new(move |_| {
        state.load();
        // another tab saved a backup or restored one
        let listeners = [
            storage::on_change(LAST_BACKUP_KEY, move || state.read_saved()),
            storage::on_change(UNDO_KEY, move || state.read_saved()),
        ];
        on_cleanup(move || {
            for l in listeners {
                l.cancel();
            }
        });
    });
    on_cleanup(move || state.drop_files());

    view! {
        <section class="page data" aria-labelledby="data-title" on:pointerdown=move |_| state.prepare() on:focusin=move |_| state.prepare()>
            <h1 id="data-title" tabindex="-1">{DATA.title}</h1>
            <p class="data-intro">
                "Everything you enter in Cramp Coach is kept in this browser on this device, and nothing is sent anywhere. Browsers can clear it (Safari does after 7 days without a visit), and it stays behind when you change phones. Here you can keep a copy, bring it back, take the diary elsewhere or delete it all."
            </p>
            <BackupDueNotice/>
            <BackupSave/>
            <BackupRestore/>
            <DiaryExport/>
            <KeepData/>
            <BedtimeReminder/>
            <DeleteAll/>
        </section>
    }
}
