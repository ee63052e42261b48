use crate::components::data::state::{DataState, Section};
use crate::view::data::text::persist_words;
use leptos::prelude::*;

/// "Keep my data": whether the browser has promised to keep it, in words, and a button to ask.
#[component]
pub fn KeepData() -> impl IntoView {
    let state = DataState::get();
    let ask = move |_| {
        leptos::task::spawn_local(async move {
            state.keep().await;
            let answer = state.persisted.get_untracked().flatten();
            state
                .message
                .set((Section::Keep, persist_words(answer).to_owned()));
        });
    };
    view! {
        <section class="data-section" aria-labelledby="keep-title">
            <h2 id="keep-title">"Keep my data"</h2>
            <p class="data-persisted">{move || state.persisted.get().map(persist_words)}</p>
            <button type="button" class="button button--quiet" hidden=move || state.persisted.get() != Some(Some(false)) on:click=ask>"Ask the browser to keep my data"</button>
            <p class="data-status" role="status">{state.said(Section::Keep)}</p>
        </section>
    }
}
