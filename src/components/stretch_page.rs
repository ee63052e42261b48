use crate::domain::routes::STRETCH;
use leptos::prelude::*;

/// STRETCH page (placeholder): its heading and what it will do.
#[component]
pub fn StretchPage() -> impl IntoView {
    view! {
        <section class="page">
            <h1 tabindex="-1">{STRETCH.title}</h1>
            <p>"The stretch coach guides you through the wall calf stretch from the guide: a 20–30 second hold on each leg, with cues you can hear, see and feel. It is on its way; until then, follow the four steps in the guide's Stretch Regularly section."</p>
        </section>
    }
}
