use crate::components::stretch::state::Coach;
use leptos::prelude::*;

/// The finish screen: "Routine complete", today's streak and a link back to the guide.
#[component]
pub fn StretchFinish() -> impl IntoView {
    let coach = Coach::get();
    let streak = coach.derive(
        |u| match u.today.map_or(0, |today| u.history.streak(today)) {
            0 | 1 => "Both calves stretched. Well done.".to_string(),
            n => format!("Both calves stretched: that is {n} days in a row. Well done."),
        },
    );
    view! {
        <div class="stretch-finish">
            <svg class="stretch-finish__mark" viewBox="0 0 48 48" width="64" height="64" aria-hidden="true" focusable="false">
                <circle cx="24" cy="24" r="21" fill="none" stroke="currentColor" stroke-width="3"/>
                <path d="M14 25l7 7 13-15" fill="none" stroke="currentColor" stroke-width="4" stroke-linecap="round" stroke-linejoin="round"/>
            </svg>
            <h2 class="stretch-finish__title">"Routine complete"</h2>
            <p>{streak}</p>
            <p>"Rest now, or go back to the guide for the other ways to prevent night cramps."</p>
            <p><a href="/#stretch-regularly">"Back to the guide"</a></p>
        </div>
    }
}
