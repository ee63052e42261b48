use crate::domain::check::{self, Answer, Step, QUESTIONS};
use crate::platform::document;
use leptos::ev::SubmitEvent;
use leptos::prelude::*;

/// One question of the symptom check: Yes / No / Not sure, an optional explanation, the progress, Back and Next.
#[component]
pub fn CheckQuestion(
    index: usize,
    answers: RwSignal<Vec<Option<Answer>>>,
    on_next: Callback<()>,
    on_back: Callback<()>,
) -> impl IntoView {
    let question = QUESTIONS[index];
    let progress =
        move || answers.with(|a| check::progress_text(check::progress(QUESTIONS, a, index)));
    // "Next" pressed before answering: say what is needed instead of doing nothing
    let needs_answer = RwSignal::new(false);
    let chosen = move |option: Answer| answers.with(|a| a[index] == Some(option));
    let choose = move |option: Answer| {
        answers.update(|a| a[index] = Some(option));
        needs_answer.set(false);
    };
    let last =
        move || answers.with(|a| check::next(QUESTIONS, a, Step::Question(index)) == Step::Result);
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        if answers.with_untracked(|a| a[index].is_none()) {
            needs_answer.set(true);
            document::focus_by_id(&option_id(index, Answer::Yes));
        } else {
            on_next.run(());
        }
    };
    let help = (!question.help.is_empty()).then(|| {
        view! {
            <details class="check-help">
                <summary>"What does this mean?"</summary>
                <p>{question.help}</p>
            </details>
        }
    });

    view! {
        <form class="check-question" on:submit=submit novalidate>
            <fieldset aria-describedby="check-hint">
                <legend>
                    <span class="check-progress">{progress}</span>
                    <h2 id="check-question-title" class="check-question__text" tabindex="-1">{question.text}</h2>
                </legend>
                {help}
                <div class="check-options">
                    {Answer::OPTIONS
                        .into_iter()
                        .map(|option| {
                            view! {
                                <label class="check-option" for=option_id(index, option)>
                                    <input
                                        type="radio"
                                        id=option_id(index, option)
                                        name=format!("check-{}", question.id)
                                        value=option.value()
                                        prop:checked=move || chosen(option)
                                        on:change=move |_| choose(option)
                                    />
                                    <span>{option.label()}</span>
                                </label>
                            }
                        })
                        .collect_view()}
                </div>
            </fieldset>
            <p id="check-hint" class="check-hint" role="status">
                {move || needs_answer.get().then_some("Choose Yes, No or Not sure to go on.")}
            </p>
            <div class="check-nav">
                <button type="button" class="button button--quiet" on:click=move |_| on_back.run(())>
                    <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
                        <path d="M15 5l-7 7 7 7" fill="none" stroke="currentColor" stroke-width="2.2" stroke-linecap="round" stroke-linejoin="round"/>
                    </svg>
                    "Back"
                </button>
                <button type="submit" class="button button--primary">
                    {move || if last() { "See the result" } else { "Next" }}
                    <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
                        <path d="M9 5l7 7-7 7" fill="none" stroke="currentColor" stroke-width="2.2" stroke-linecap="round" stroke-linejoin="round"/>
                    </svg>
                </button>
            </div>
        </form>
    }
}

/// The id of an answer's radio button.
fn option_id(index: usize, option: Answer) -> String {
    format!("check-{index}-{}", option.value())
}
