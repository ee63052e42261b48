use crate::domain::routes::CHECK;
use leptos::prelude::*;

/// CHECK page (placeholder): its heading and what it will do.
#[component]
pub fn CheckPage() -> impl IntoView {
    view! {
        <section class="page">
            <h1 tabindex="-1">{CHECK.title}</h1>
            <p>"The symptom check asks a few short questions, one at a time, and suggests whether self-care is enough or you should see a doctor, get urgent care or call an emergency number, and why. It is not a diagnosis. It is on its way; until then, see the guide's When to Seek Medical Attention section."</p>
        </section>
    }
}
