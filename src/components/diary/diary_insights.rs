use crate::components::diary::state::{Change, DiaryState};
use crate::components::support::trusted_html::TrustedHtml;
use crate::platform::{document, forms};
use crate::view::diary::insights::PARTS;
use leptos::prelude::*;

/// What the diary shows over weeks (whether stretching helps, the self-test, medicines, the report): markup and answers from the later code, once it is here.
#[component]
pub fn DiaryInsights() -> impl IntoView {
    let state = DiaryState::get();
    // the pieces inside the markup, each written only when it changed (a focused button in a
    // piece that did not change keeps its focus); this runs after the markup is drawn, since
    // the markup's render effect subscribed to the later code's arrival first (when built)
    Effect::new(move |shown: Option<Vec<String>>| {
        let now: Vec<String> = PARTS.iter().map(|part| state.html(*part)()).collect();
        for (i, part) in PARTS.iter().enumerate() {
            if shown.as_ref().and_then(|s| s.get(i)) != now.get(i) {
                document::set_html_by_id(part.piece_id(), &now[i]);
            }
        }
        now
    });
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
            <TrustedHtml class="diary-insights__sections" html=move || state.insights()/>
        </div>
    }
}
