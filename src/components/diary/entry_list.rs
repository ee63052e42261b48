use crate::components::diary::quick_log::UNDO_ID;
use crate::components::diary::state::{DiaryState, Editing};
use crate::components::support::trusted_html::TrustedHtml;
use crate::domain::diary::Id;
use crate::platform::{document, forms};
use crate::view::diary::form::FORM_HEADING_ID;
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
            request_animation_frame(|| {
                document::focus_by_id(FORM_HEADING_ID);
            });
        } else {
            state.delete(&id);
            request_animation_frame(|| {
                document::focus_by_id(UNDO_ID);
            });
        }
    };
    view! {
        <section class="diary-section" aria-labelledby="entries-title" on:click=click>
            <h2 id="entries-title">"Entries"</h2>
            <TrustedHtml html=state.html(Part::Entries)/>
        </section>
    }
}
