use crate::components::stretch_page::{Coach, Ui};
use crate::components::trusted_html::TrustedHtml;
use crate::domain::stretch::{Leg, Status};
use leptos::prelude::*;

/// The drawing and the four steps never change: plain markup written here (no user data), shown
/// as one block so the page carries no code for each of its elements.
const STEPS_HTML: &str = r##"<svg class="stretch-figure" viewBox="0 0 240 200" role="img" aria-label="A person facing a wall, hands on it, front knee slightly bent, one leg stepped back and straight with the heel on the floor" focusable="false"><line class="stretch-figure__ground" x1="10" y1="190" x2="208" y2="190"/><rect class="stretch-figure__wall" x="208" y="12" width="14" height="178" rx="2"/><g class="stretch-figure__body"><circle cx="166" cy="44" r="13"/><path d="M156 60L118 112M152 66l26 10 28-10M118 112l34 34-6 40 18 2"/></g><path class="stretch-figure__calf" d="M84 150q-10 14-14 24"/><path class="stretch-figure__working" d="M118 112L60 186l16 2"/></svg><ol class="stretch-steps__list"><li>Stand facing a wall and place your hands on it for support.</li><li>Step one leg back, keep it straight and press the heel to the floor. This is the leg being stretched.</li><li>Bend your front knee slightly.</li><li>Hold the stretch for 20–30 seconds, then repeat on the other side.</li></ol><p class="source">From the guide’s <a href="/#stretch-regularly">Stretch regularly</a> section.</p>"##;

/// The guide's four steps of the wall calf stretch, a drawing of it, and which leg is working.
#[component]
pub fn StretchSteps(coach: Coach) -> impl IntoView {
    // the leg stepped back (the one being stretched) now, or first; none once both are done
    fn leg(u: &Ui) -> Option<Leg> {
        match u.status {
            Status::Idle => Some(u.settings.first_leg),
            Status::Finished => None,
            Status::Running | Status::Paused => u.state.phase.working_leg(u.first_leg),
        }
    }
    let badge = coach.derive(|u| match (u.status, leg(u)) {
        (Status::Idle, Some(l)) => format!("First: your {} leg back", l.name()),
        (_, Some(l)) => format!("Working now: your {} leg", l.name()),
        (_, None) => "Both legs done".to_string(),
    });
    view! {
        <section class="stretch-steps" aria-labelledby="stretch-steps-title">
            <h2 id="stretch-steps-title">"The wall calf stretch"</h2>
            <p class="leg-badge">{badge}</p>
            <TrustedHtml html=STEPS_HTML class="stretch-steps__body"/>
        </section>
    }
}
