use crate::components::support::trusted_html::TrustedHtml;
use crate::domain::check::{Answer, CheckState};
use crate::platform::{clock, document};
use crate::view::check as markup;
use leptos::ev::{Event, SubmitEvent};
use leptos::prelude::*;

/// One question of the symptom check at a time: Yes / No / Not sure, an optional explanation, the progress, Back and Next.
#[component]
pub fn CheckQuestion(state: RwSignal<CheckState>) -> impl IntoView {
    let index = Memo::new(move |_| state.with(CheckState::current));
    // redrawn when the question changes, not when it is answered (the radio keeps its focus)
    let html = move || {
        index.track();
        state.with_untracked(markup::question_html)
    };
    // "Next" pressed before answering: say what is needed instead of doing nothing
    let needs_answer = RwSignal::new(false);
    let choose = move |ev: Event| {
        if let Some(answer) = Answer::from_value(&event_target_value(&ev)) {
            state.update(|s| s.choose(answer));
            needs_answer.set(false);
        }
    };
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        if state.try_update(|s| s.forward(|| clock::now().local_date)) == Some(false) {
            needs_answer.set(true);
            document::focus_by_id(&markup::option_id(Answer::OPTIONS[0]));
        }
    };
    let back = move |_| {
        needs_answer.set(false);
        state.update(CheckState::backward);
    };

    view! {
        <form class="check-question" hidden=move || index.get().is_none() on:change=choose on:submit=submit novalidate>
            <TrustedHtml html=html/>
            <p id="check-hint" class="check-hint" role="status">
                {move || needs_answer.get().then_some("Choose Yes, No or Not sure to go on.")}
            </p>
            <div class="check-nav">
                <button type="button" class="button button--quiet" on:click=back>
                    <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
                        <path d="M15 5l-7 7 7 7" fill="none" stroke="currentColor" stroke-width="2.2" stroke-linecap="round" stroke-linejoin="round"/>
                    </svg>
                    "Back"
                </button>
                <button type="submit" class="button button--primary">
                    "Next"
                    <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
                        <path d="M9 5l7 7-7 7" fill="none" stroke="currentColor" stroke-width="2.2" stroke-linecap="round" stroke-linejoin="round"/>
                    </svg>
                </button>
            </div>
        </form>
    }
}
