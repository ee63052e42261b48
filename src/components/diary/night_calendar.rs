use crate::components::diary::state::DiaryState;
use crate::components::support::trusted_html::TrustedHtml;
use crate::view::diary::screen::Part;
use leptos::prelude::*;

/// The last 4 weeks as a calendar of nights, with this week's and last week's numbers.
#[component]
pub fn NightCalendar() -> impl IntoView {
    let state = DiaryState::get();
    view! {
        <section class="diary-section" aria-labelledby="nights-title">
            <h2 id="nights-title">"The last 4 weeks"</h2>
            <TrustedHtml class="diary-weeks" html=state.html(Part::Weeks)/>
            <TrustedHtml class="nights-wrap" html=state.html(Part::Calendar)/>
            <p class="nights-key">"A number: cramps that night · ✓: no cramps · –: not recorded (not counted as none) · ℞: a medicine started. A night runs from noon to noon and is named by its evening: a cramp at 02:30 on Thursday belongs to Wednesday's night."</p>
        </section>
    }
}
