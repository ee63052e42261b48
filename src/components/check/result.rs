use crate::components::support::trusted_html::TrustedHtml;
use crate::domain::check::{CheckState, Step, QUESTIONS};
use crate::platform::print;
use crate::view::check::{self as markup, RESULT_HEADING_ID};
use leptos::prelude::*;

/// The result of the symptom check: what to do, why (with sources), the answers, print and start again.
#[component]
pub fn CheckResult(state: RwSignal<CheckState>) -> impl IntoView {
    let shown = move || state.with(|s| s.step == Step::Result);
    // built once per result, from pieces escaped at build time (see `view::check`)
    let html = move || {
        state.with(|s| {
            if s.step == Step::Result {
                markup::report_html(QUESTIONS, &s.outcome(), s.finished_on)
            } else {
                String::new()
            }
        })
    };
    let print_failed = RwSignal::new(false);
    view! {
        <section class="check-result" aria-labelledby=RESULT_HEADING_ID hidden=move || !shown()>
            <TrustedHtml html=html/>
            <div class="check-actions">
                <button type="button" class="button button--primary" on:click=move |_| print_failed.set(print::print().is_err())>
                    <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
                        <path d="M7 9V3h10v6M7 17H4v-8h16v8h-3M7 14h10v7H7z" fill="none" stroke="currentColor" stroke-width="2" stroke-linejoin="round"/>
                    </svg>
                    "Print summary"
                </button>
                <button type="button" class="button button--quiet" on:click=move |_| state.update(CheckState::backward)>
                    "Change my answers"
                </button>
                <button type="button" class="button button--quiet" on:click=move |_| state.update(CheckState::restart)>
                    "Start again"
                </button>
            </div>
            <p class="check-print-problem" role="status">
                {move || print_failed.get().then_some("The print dialog could not be opened here. Your browser's own Print or Share menu may work.")}
            </p>
        </section>
    }
}
