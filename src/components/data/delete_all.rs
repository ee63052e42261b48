use crate::components::data::state::{Action, DataState, Section};
use crate::view::data::text::DELETE_WHAT;
use leptos::prelude::*;

/// "Delete all my data", in two steps: what will go, then the button that deletes it.
#[component]
pub fn DeleteAll() -> impl IntoView {
    let state = DataState::get();
    let items = DELETE_WHAT.map(|what| view! { <li>{what}</li> });
    view! {
        <section class="data-section" aria-labelledby="delete-title">
            <h2 id="delete-title">"Delete all my data"</h2>
            <details class="data-delete">
                <summary>"Delete everything Cramp Coach keeps on this device"</summary>
                <p>"This removes, from this browser on this device:"</p>
                <ul class="data-list">{items}</ul>
                <p>"It cannot be undone. Save a backup first if you may want it back."</p>
                <button type="button" class="button button--danger button--main" on:click=move |_| state.run(Action::DeleteAll)>"Delete all my data"</button>
            </details>
            <p class="data-status" role="status">{state.said(Section::Delete)}</p>
        </section>
    }
}
