use crate::domain::routes::CRAMP_NOW;
use leptos::prelude::*;

/// Quick relief for a cramp happening now: big, simple steps from the guide.
#[component]
pub fn CrampNowPage() -> impl IntoView {
    view! {
        <section class="page cramp-now">
            <h1 tabindex="-1">{CRAMP_NOW.title}</h1>
            <ol class="big-steps">
                <li>"Straighten your leg and pull your toes up toward your shin (flex your foot upward)."</li>
                <li>"Rub the cramped muscle to ease the tension."</li>
                <li>"Put warmth on it (a warm towel or heating pad), or an ice pack."</li>
                <li>"When you can, stand and walk it off."</li>
            </ol>
            <p>"A cramp that lasts longer than 10 minutes and does not ease with stretching needs medical advice today. "
                <a href="/check">"Take the symptom check"</a>"."</p>
        </section>
    }
}
