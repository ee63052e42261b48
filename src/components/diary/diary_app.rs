use crate::components::diary::{
    backup_reminder::BackupReminder, cramp_form::CrampForm, diary_notices::DiaryNotices,
    entry_list::EntryList, night_calendar::NightCalendar, quick_log::QuickLog,
};
use leptos::prelude::*;

/// The interactive diary: logging, the nights and the entries, built in the browser once the saved diary is read (see `DiaryPage`).
#[component]
pub fn DiaryApp() -> impl IntoView {
    view! {
        <DiaryNotices/>
        <BackupReminder/>
        <QuickLog/>
        <CrampForm/>
        <NightCalendar/>
        <EntryList/>
    }
}
