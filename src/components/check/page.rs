use crate::components::{
    check::intro::CheckIntro, check::question::CheckQuestion, check::result::CheckResult,
    check::state::CheckSession, shell::in_progress::InProgress,
};
use crate::domain::check::Step;
use crate::domain::routes::CHECK;
use crate::platform::document;
use crate::view::check::{QUESTION_HEADING_ID, RESULT_HEADING_ID};
use leptos::prelude::*;

/// The symptom check: the introduction, one question at a time, then the result and why.
/// The three parts are always in the page and shown in turn (cheaper in wasm than switching views).
#[component]
pub fn CheckPage() -> impl IntoView {
    let state = CheckSession::provide();
    Effect::new(move |previous: Option<Step>| {
        let (step, half_answered) = state.with(|s| (s.step, s.half_answered()));
        InProgress.set(half_answered);
        // when the step changes (not on arrival, nor on answering), focus its heading
        // once the step's markup is in place
        if previous.is_some_and(|p| p != step) {
            request_animation_frame(move || match step {
                Step::Intro => document::focus_page_heading(),
                Step::Question(_) => {
                    document::focus_by_id(QUESTION_HEADING_ID);
                }
                Step::Result => {
                    document::focus_by_id(RESULT_HEADING_ID);
                }
            });
        }
        step
    });

    view! {
        <section class="page check" aria-labelledby="check-title">
            <h1 id="check-title" tabindex="-1">{CHECK.title}</h1>
            <CheckIntro state=state/>
            <CheckQuestion state=state/>
            <CheckResult state=state/>
        </section>
    }
}
