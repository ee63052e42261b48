use crate::components::diary::state::{Change, DiaryState};
use crate::components::support::trusted_html::TrustedHtml;
use crate::platform::{document, forms};
use crate::view::diary::form::FORM_HEADING_ID;
use leptos::prelude::*;

/// "Log a cramp" (or "Edit a cramp"): when it started, how long it lasted, and optional details.
#[component]
pub fn CrampForm() -> impl IntoView {
    let state = DiaryState::get();
    let html = Memo::new(move |_| state.form_html());
    // the heading takes focus each time the form appears or opens on another entry (the form
    // is drawn by the later code, which may arrive after the press)
    Effect::new(move |shown: Option<_>| {
        let now = (state.editing.get(), html.with(|h| !h.is_empty()));
        if now.1 && shown.as_ref() != Some(&now) {
            request_animation_frame(|| {
                document::focus_by_id(FORM_HEADING_ID);
            });
        }
        now
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        state.run(Change::SendForm(ev.into()));
    };
    let click = move |ev: leptos::ev::MouseEvent| {
        if forms::act(&ev).is_some_and(|a| a.act == "cancel") {
            state.close_form();
        }
    };
    view! {
        // the form is in the HTML piece (empty while closed); its events bubble to this element
        <div on:submit=submit on:click=click><TrustedHtml html=move || html.get()/></div>
        <p class="diary-problem" role="alert">{move || state.form_problem.get()}</p>
    }
}
