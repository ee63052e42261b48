use crate::components::{check_answers::CheckAnswers, check_level_card::CheckLevelCard};
use crate::domain::calendar::LocalDate;
use crate::domain::check::{self, Answer, QUESTIONS};
use crate::platform::print;
use leptos::prelude::*;

/// The result of the symptom check: what to do, why (with sources), the answers, print and start again.
#[component]
pub fn CheckResult(
    answers: Vec<Option<Answer>>,
    date: Option<LocalDate>,
    on_back: Callback<()>,
    on_restart: Callback<()>,
) -> impl IntoView {
    let outcome = check::outcome(QUESTIONS, &answers);
    let sources = check::sources_cited(QUESTIONS, &outcome);
    let print_problem = RwSignal::new(None::<String>);
    let print_summary = move |_| print_problem.set(print::print().err().map(|e| e.to_string()));

    let no_reasons = outcome.reasons.is_empty().then(|| {
        view! { <p>"None of your answers matched a reason to seek care given by the sources below."</p> }
    });
    let reasons = outcome
        .reasons
        .iter()
        .map(|reason| {
            let question = &QUESTIONS[reason.question];
            let unsure = reason.counted_as_yes().then(|| {
                view! {
                    <p class="check-reason__unsure">
                        "You were not sure. For a warning sign like this, “Not sure” counts as “Yes”, to be safe."
                    </p>
                }
            });
            view! {
                <li class=format!("check-reason check-reason--{}", reason.level.slug())>
                    <p class="check-reason__answer">
                        "Because you answered "<strong>{reason.answer.label()}</strong>" to “"{question.text}"”"
                    </p>
                    {unsure}
                    <p>{question.because}" "<span class="check-cite">{format!("({})", check::citation(question))}</span></p>
                </li>
            }
        })
        .collect_view();
    let stopped = outcome.stopped_early.then(|| {
        view! { <p>"The check stopped at this answer: on its own it means getting help now, so the other questions were not asked."</p> }
    });
    let unsure = (!outcome.unsure.is_empty()).then(|| {
        view! {
            <h3>"You were not sure about"</h3>
            <p>"These did not change the result. If one of them turns out to apply, mention it to a doctor:"</p>
            <ul>{outcome.unsure.iter().map(|&q| view! { <li>{QUESTIONS[q].topic}</li> }).collect_view()}</ul>
        }
    });
    let sources = sources
        .into_iter()
        .map(|s| {
            let name = format!("{}: {}", s.name, s.title);
            if s.url.is_empty() {
                leptos::either::Either::Left(view! { <li>{name}</li> })
            } else {
                leptos::either::Either::Right(view! { <li><a href=s.url>{name}</a></li> })
            }
        })
        .collect_view();

    view! {
        <section class="check-result" aria-labelledby="check-result-title">
            <p class="check-print-only">"Cramp Coach symptom check: a summary to show a doctor."</p>
            <CheckLevelCard level=outcome.level/>
            <h3>"Why this result"</h3>
            {no_reasons}
            <ul class="check-reasons">{reasons}</ul>
            {stopped}
            {unsure}
            <CheckAnswers answered=outcome.answered.clone() date=date/>
            <h3>"Sources"</h3>
            <ul class="check-sources">{sources}</ul>
            <p class="check-disclaimer">
                <strong>"This is not a diagnosis. "</strong>
                "The check follows published advice but cannot examine you. If you are worried about your symptoms, or they change, contact a doctor whatever the result."
            </p>
            <div class="check-actions">
                <button type="button" class="button button--primary" on:click=print_summary>
                    <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
                        <path d="M7 9V3h10v6M7 17H4v-8h16v8h-3M7 14h10v7H7z" fill="none" stroke="currentColor" stroke-width="2" stroke-linejoin="round"/>
                    </svg>
                    "Print summary"
                </button>
                <button type="button" class="button button--quiet" on:click=move |_| on_back.run(())>"Change my answers"</button>
                <button type="button" class="button button--quiet" on:click=move |_| on_restart.run(())>"Start again"</button>
            </div>
            <p class="check-print-problem" role="status">{move || print_problem.get()}</p>
        </section>
    }
}
