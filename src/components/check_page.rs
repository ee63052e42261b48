use crate::components::{
    check_intro::CheckIntro, check_question::CheckQuestion, check_result::CheckResult,
    in_progress::InProgress,
};
use crate::domain::calendar::LocalDate;
use crate::domain::check::{self, Answer, Step, QUESTIONS};
use crate::domain::routes::CHECK;
use crate::platform::{clock, document};
use leptos::either::EitherOf3;
use leptos::prelude::*;
use std::cell::RefCell;

/// The check as it stands: kept in memory only (never stored), so a visit to another page loses nothing.
#[derive(Debug, Clone, Default)]
struct Kept {
    step: Step,
    answers: Vec<Option<Answer>>,
    date: Option<LocalDate>,
}

thread_local! {
    static KEPT: RefCell<Kept> = RefCell::new(Kept::default());
}

/// The symptom check: the introduction, one question at a time, then the result and why.
#[component]
pub fn CheckPage() -> impl IntoView {
    let kept = KEPT.with(|k| k.borrow().clone());
    let mut saved_answers = kept.answers;
    saved_answers.resize(QUESTIONS.len(), None);
    let step = RwSignal::new(kept.step);
    let answers = RwSignal::new(saved_answers);
    // the day the check was finished, for the printed summary (read from the clock on Next, never during render)
    let date = RwSignal::new(kept.date);
    let busy = expect_context::<InProgress>();

    let first = StoredValue::new(true);
    Effect::new(move |_| {
        let (step, answers, date) = (step.get(), answers.get(), date.get());
        busy.check
            .set(step != Step::Result && answers.iter().any(Option::is_some));
        KEPT.with(|k| {
            *k.borrow_mut() = Kept {
                step,
                answers,
                date,
            }
        });
        // after each step, focus its heading (not on arrival: the page heading has focus then)
        if first.get_value() {
            first.set_value(false);
        } else {
            match step {
                Step::Intro => document::focus_page_heading(),
                Step::Question(_) => {
                    document::focus_by_id("check-question-title");
                }
                Step::Result => {
                    document::focus_by_id("check-result-title");
                }
            }
        }
    });

    let go = move |to: Step| {
        if to == Step::Result && step.get_untracked() != Step::Result {
            date.set(Some(clock::now().local_date));
        }
        step.set(to);
    };
    let on_next = Callback::new(move |()| {
        go(answers.with_untracked(|a| check::next(QUESTIONS, a, step.get_untracked())));
    });
    let on_back = Callback::new(move |()| {
        go(answers.with_untracked(|a| check::back(QUESTIONS, a, step.get_untracked())));
    });
    let on_restart = Callback::new(move |()| {
        answers.set(vec![None; QUESTIONS.len()]);
        date.set(None);
        step.set(Step::Question(0));
    });

    view! {
        <section class="page check" aria-labelledby="check-title">
            <h1 id="check-title" tabindex="-1">{CHECK.title}</h1>
            {move || match step.get() {
                Step::Intro => EitherOf3::A(view! { <CheckIntro on_start=on_next/> }),
                Step::Question(index) => EitherOf3::B(view! {
                    <CheckQuestion index=index answers=answers on_next=on_next on_back=on_back/>
                }),
                Step::Result => EitherOf3::C(view! {
                    <CheckResult
                        answers=answers.get_untracked()
                        date=date.get_untracked()
                        on_back=on_back
                        on_restart=on_restart
                    />
                }),
            }}
        </section>
    }
}
