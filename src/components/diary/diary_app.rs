use crate::components::diary::{
    backup_reminder::BackupReminder, cramp_form::CrampForm, diary_notices::DiaryNotices,
    doctor_report::DoctorReport, entry_list::EntryList, medicine_list::MedicineList,
    night_calendar::NightCalendar, quick_log::QuickLog, self_test_panel::SelfTestPanel,
    stretch_help::StretchHelp,
};
use leptos::prelude::*;

/// The interactive diary, built in the browser once the saved diary is read (see `DiaryPage`).
#[component]
pub fn DiaryApp() -> impl IntoView {
    view! {
        <DiaryNotices/>
        <BackupReminder/>
        <QuickLog/>
        <CrampForm/>
        <NightCalendar/>
        <EntryList/>
        <StretchHelp/>
        <SelfTestPanel/>
        <MedicineList/>
        <DoctorReport/>
    }
}
