use crate::components::diary::quick_log::LOG_BUTTON_ID;
use crate::components::diary::state::{BrowserClock, DiaryState, Editing};
use crate::components::support::trusted_html::TrustedHtml;
use crate::domain::diary::{Body, Cramp};
use crate::platform::{document, forms};
use crate::view::diary::form::{form, read};
use crate::view::diary::screen::cramp_when;
use crate::view::diary::words::length_text;
use leptos::prelude::*;

/// "Log a cramp" (or "Edit a cramp"): when it started, how long it lasted, and optional details.
#[component]
pub fn CrampForm() -> impl IntoView {
    let state = DiaryState::get();
    let problem = RwSignal::new(String::new());
    // built when the form opens, never while it is being filled in
    let html = move || {
        let now = state.now.get_untracked();
        match (state.editing.get(), now) {
            (Editing::Closed, _) | (_, None) => String::new(),
            (editing, Some(now)) => form(editing_cramp(state, &editing).as_ref(), now),
        }
    };
    let close = move || {
        state.editing.set(Editing::Closed);
        problem.set(String::new());
        document::focus_by_id(LOG_BUTTON_ID);
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let pairs = forms::values(&ev);
        let now = state.read_clock();
        let editing = state.editing.get_untracked();
        let kept = editing_cramp(state, &editing);
        match read(&pairs, kept.as_ref(), now, &BrowserClock) {
            Err(p) => problem.set(p.text().into()),
            Ok(cramp) => {
                let id = match editing {
                    Editing::Entry(id) => id,
                    _ => DiaryState::new_id(now),
                };
                let said = format!(
                    "Saved: {}, {}.",
                    cramp_when(&cramp),
                    length_text(cramp.length)
                );
                state.act(
                    |d, now| d.save(id, Body::Cramp(cramp), now.epoch_ms),
                    |_| said,
                );
                close();
            }
        }
    };
    let click = move |ev: leptos::ev::MouseEvent| {
        if forms::act(&ev).is_some_and(|a| a.act == "cancel") {
            close();
        }
    };
    view! {
        // the form is in the HTML piece (empty while closed); its events bubble to this element
        <div on:submit=submit on:click=click><TrustedHtml html=html/></div>
        <p class="diary-problem" role="alert">{move || problem.get()}</p>
    }
}

/// The cramp being edited, read without tracking the diary (the form is built once per opening).
fn editing_cramp(state: DiaryState, editing: &Editing) -> Option<Cramp> {
    let Editing::Entry(id) = editing else {
        return None;
    };
    state
        .session
        .with_untracked(|s| match s.diary.get(id).map(|e| &e.body) {
            Some(Body::Cramp(c)) => Some(c.clone()),
            _ => None,
        })
}
