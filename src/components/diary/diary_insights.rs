use crate::components::diary::{
    doctor_report::DoctorReport, medicine_list::MedicineList, self_test_panel::SelfTestPanel,
    stretch_help::StretchHelp,
};
use leptos::prelude::*;

/// What the diary shows over weeks: whether stretching helps, the self-test, medicines and the report (built after `DiaryApp`, in a task of its own).
#[component]
pub fn DiaryInsights() -> impl IntoView {
    view! {
        <StretchHelp/>
        <SelfTestPanel/>
        <MedicineList/>
        <DoctorReport/>
    }
}
