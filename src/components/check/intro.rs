use crate::domain::check::{CheckState, Step, QUESTIONS, REVIEWED};
use crate::platform::clock;
use leptos::prelude::*;

/// What the symptom check does and does not do, and the button that starts it.
#[component]
pub fn CheckIntro(state: RwSignal<CheckState>) -> impl IntoView {
    let start = move |_| {
        state.update(|s| {
            // the first step is a question, so the date of a result is never asked for here
            s.forward(|| clock::now().local_date);
        })
    };
    view! {
        <div class="check-intro" hidden=move || state.with(|s| s.step != Step::Intro)>
            <p class="check-lead">
                {format!("Answer up to {} short questions about your leg cramps, one at a time. ", QUESTIONS.len())}
                "At the end you will see what to do next, and why: look after yourself at home, see a doctor, get medical advice today, or call an emergency number."
            </p>
            <ul class="check-facts">
                <li>
                    <strong>"It is not a diagnosis. "</strong>
                    "The questions follow advice from the NHS, nidirect, HSE, Mayo Clinic and the Merck Manual, but the check cannot examine you."
                </li>
                <li>
                    <strong>"It takes about 2 minutes. "</strong>
                    "You can go back and change an answer at any time."
                </li>
                <li>
                    <strong>"Your answers stay on this device. "</strong>
                    "They are not saved or sent anywhere."
                </li>
            </ul>
            <p class="check-now">"In an emergency, call 999, 911, 112 or your local emergency number now instead."</p>
            <button type="button" class="button button--primary check-start" on:click=start>
                "Start the check"
            </button>
            <p class="check-aside">
                "The same warning signs are listed in the guide's "
                <a href="/#when-to-seek-care">"When to Seek Medical Attention"</a>
                ". This check is about painful cramps: an urge to move your legs that eases when you move them, usually without pain, may be restless legs syndrome instead (Mayo Clinic)."
            </p>
            <p class="check-reviewed">{REVIEWED}</p>
        </div>
    }
}
