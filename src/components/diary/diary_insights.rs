use crate::components::diary::state::{Change, DiaryState, LaterCode, LATER_FAILED_TEXT};
use crate::components::support::trusted_html::TrustedHtml;
use crate::platform::{clipboard, forms};
use crate::view::diary::insights::Frame;
use crate::view::diary::screen::Part;
use leptos::prelude::*;

/// What the diary shows over weeks (whether stretching helps, the self-test, medicines, the report): frames and parts from the later code, once it is here, which also answers their presses.
#[component]
pub fn DiaryInsights() -> impl IntoView {
    let state = DiaryState::get();
    let code = state.later_code;
    let can_share = clipboard::can_share();
    // every press, form and choice inside is answered by the later code
    let click = move |ev: leptos::ev::MouseEvent| {
        if forms::act(&ev).is_some() {
            state.run(Change::Insights(ev.into()));
        }
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        state.run(Change::Insights(ev.into()));
    };
    let change = move |ev: leptos::ev::Event| state.run(Change::Insights(ev));
    view! {
        <div class="diary-insights" on:click=click on:submit=submit on:change=change>
            <p class="diary-problem" hidden=move || code.get() != LaterCode::Failed>{LATER_FAILED_TEXT}</p>
            <div class="diary-insights__sections" hidden=move || code.get() != LaterCode::Here>
                <section class="diary-section" aria-labelledby="stretching-title">
                    <TrustedHtml html=state.frame(Frame::StretchingHead)/>
                    <TrustedHtml html=state.html(Part::Stretching)/>
                </section>
                <section class="diary-section" aria-labelledby="test-title">
                    <TrustedHtml html=state.frame(Frame::TestHead)/>
                    <TrustedHtml html=state.html(Part::Test)/>
                </section>
                <section class="diary-section" aria-labelledby="medicines-title">
                    <TrustedHtml html=state.frame(Frame::MedicinesHead)/>
                    <TrustedHtml html=state.html(Part::Medicines)/>
                    <TrustedHtml html=state.frame(Frame::MedicineForm)/>
                </section>
                <section class="diary-section diary-report" aria-labelledby="report-title">
                    <TrustedHtml html=state.frame(Frame::ReportControls { can_share })/>
                    <TrustedHtml class="report" html=state.html(Part::Report)/>
                </section>
            </div>
        </div>
    }
}
