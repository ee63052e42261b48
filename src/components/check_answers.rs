use crate::domain::calendar::LocalDate;
use crate::domain::check::{self, Answer, QUESTIONS};
use leptos::prelude::*;

/// The questions asked and the answers given, dated: the part of the printed summary a doctor reads first.
#[component]
pub fn CheckAnswers(answered: Vec<(usize, Answer)>, date: Option<LocalDate>) -> impl IntoView {
    view! {
        <section class="check-answers" aria-labelledby="check-answers-title">
            <h3 id="check-answers-title">"Your answers"</h3>
            {date.map(|d| view! { <p class="check-date">{format!("Answered on {}", check::long_date(d))}</p> })}
            <dl>
                {answered
                    .into_iter()
                    .map(|(q, answer)| {
                        let question = &QUESTIONS[q];
                        let note = (answer == Answer::NotSure && question.red_flag).then_some(" (counted as Yes)");
                        view! {
                            <div class="check-answers__row">
                                <dt>{question.topic}</dt>
                                <dd class=format!("check-answers__answer check-answers__answer--{}", answer.value())>
                                    {answer.label()}{note}
                                </dd>
                            </div>
                        }
                    })
                    .collect_view()}
            </dl>
        </section>
    }
}
