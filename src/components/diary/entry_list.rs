use crate::components::diary::state::{Change, DiaryState, Editing};
use crate::components::support::trusted_html::TrustedHtml;
use crate::domain::diary::Id;
use crate::platform::forms;
use crate::view::diary::screen::Part;
use leptos::prelude::*;

/// Every cramp and quiet night logged, newest first, each with Edit and Delete.
#[component]
pub fn EntryList() -> impl IntoView {
    let state = DiaryState::get();
    let click = move |ev: leptos::ev::MouseEvent| {
        let Some(act) = forms::act(&ev) else {
            return;
        };
        let Some(id) = Id::parse(&act.id) else {
            return;
        };
        if act.act == "edit" {
            state.read_clock();
            state.editing.set(Editing::Entry(id));
        } else {
            state.run(Change::Delete(id));
        }
    };
    view! {
        <section class="diary-section" aria-labelledby="entries-title" on:click=click>
            <h2 id="entries-title">"Entries"</h2>
            <TrustedHtml html=state.html(Part::Entries)/>
        </section>
    }
}
