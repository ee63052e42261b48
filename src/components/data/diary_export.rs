use crate::components::data::state::{Action, DataState, Section};
use leptos::prelude::*;

/// "Diary as CSV": the diary as a spreadsheet file, for yourself or a doctor.
#[component]
pub fn DiaryExport() -> impl IntoView {
    let state = DataState::get();
    view! {
        <section class="data-section" aria-labelledby="csv-title">
            <h2 id="csv-title">"The diary as a spreadsheet"</h2>
            <p>"A CSV file with one row per cramp, \u{201c}no cramps\u{201d} night and medicine, for a spreadsheet or to send to your doctor."</p>
            <button type="button" class="button button--quiet button--main" on:click=move |_| state.run(Action::ExportCsv)>"Save the diary as CSV"</button>
            <p class="data-status" role="status">{state.said(Section::Csv)}</p>
        </section>
    }
}
