use crate::domain::routes::WATER;
use leptos::prelude::*;

/// WATER page (placeholder): its heading and what it will do.
#[component]
pub fn WaterPage() -> impl IntoView {
    view! {
        <section class="page">
            <h1 tabindex="-1">{WATER.title}</h1>
            <p>"The water counter keeps today's cups of water toward a goal of 8, more on active or hot days, on this device only, and starts a new day at midnight. It is on its way; until then, the guide's Stay Hydrated section explains why it matters."</p>
        </section>
    }
}
