use crate::components::diary::state::DiaryState;
use crate::components::support::trusted_html::TrustedHtml;
use crate::view::diary::screen::Part;
use leptos::prelude::*;

/// "Does stretching help you?": nights after a stretch routine against the others, with what always stands beside it.
#[component]
pub fn StretchHelp() -> impl IntoView {
    let state = DiaryState::get();
    view! {
        <section class="diary-section" aria-labelledby="stretching-title">
            <h2 id="stretching-title">"Does stretching help you?"</h2>
            <p class="diary-small">"Nights after an evening with a completed routine in the "<a href="/stretch">"stretch coach"</a>", against the other recorded nights."</p>
            <TrustedHtml html=state.html(Part::Stretching)/>
        </section>
    }
}
