use crate::components::stretch::state::Coach;
use crate::components::support::trusted_html::TrustedHtml;
use crate::domain::stretch::{Phase, Status};
use leptos::prelude::*;

/// The drawing and the four steps never change: plain markup written here (no user data), shown
/// as one block so the page carries no code for each of its elements.
const STEPS_HTML: &str = r##"<svg class="stretch-figure" viewBox="0 0 240 200" role="img" aria-label="A person facing a wall with both hands on it, the front knee slightly bent, one leg stepped back and straight with the heel on the floor" focusable="false"><line class="stretch-figure__ground" x1="8" y1="190" x2="210" y2="190"/><rect class="stretch-figure__wall" x="210" y="10" width="14" height="180" rx="2"/><g class="stretch-figure__body"><circle cx="174" cy="44" r="13"/><path d="M112 112L162 62l45 8M162 62l44 -6M112 112l40 30-8 44 20 2"/></g><path class="stretch-figure__calf" d="M82 149L62 173"/><path class="stretch-figure__working" d="M112 112L50 186l20 2"/></svg><ol class="stretch-steps__list"><li>Stand facing a wall and place your hands on it for support.</li><li>Step one leg back, keep it straight and press the heel to the floor. This is the leg being stretched.</li><li>Bend your front knee slightly.</li><li>Hold the stretch for 20–30 seconds, then repeat on the other side.</li></ol><p class="source">From the guide’s <a href="/#stretch-regularly">Stretch regularly</a> section.</p>"##;

/// The guide's four steps of the wall calf stretch, a drawing of it, and which leg is working.
#[component]
pub fn StretchSteps() -> impl IntoView {
    let coach = Coach::get();
    let badge = coach.derive(|u| {
        let first = u.settings.first_leg.name();
        match (u.status, u.state.phase) {
            (Status::Idle, _) => format!("First: your {first} leg back"),
            (Status::Finished, _) | (_, Phase::Done) => "Both legs done".to_string(),
            (_, Phase::GetReady) => format!("Step your {} leg back", u.first_leg.name()),
            (_, Phase::Hold { leg, .. }) => format!("Working now: your {} leg", leg.name()),
            (_, Phase::Switch { to }) => format!("Next: your {} leg back", to.name()),
        }
    });
    view! {
        <section class="stretch-steps" aria-labelledby="stretch-steps-title">
            <h2 id="stretch-steps-title">"The wall calf stretch"</h2>
            <p class="leg-badge">{badge}</p>
            <TrustedHtml html=STEPS_HTML class="stretch-steps__body"/>
        </section>
    }
}
