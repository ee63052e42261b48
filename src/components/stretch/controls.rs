use crate::components::stretch::state::Coach;
use crate::domain::stretch::{Phase, Status};
use leptos::html;
use leptos::prelude::*;

/// Start, Pause/Resume, Skip get ready and Reset; Space also pauses and resumes.
#[component]
pub fn StretchControls() -> impl IntoView {
    let coach = Coach::get();
    let status = move || coach.ui.with_untracked(|u| u.status);
    let primary = NodeRef::<html::Button>::new();
    let focus_primary = move || {
        if let Some(button) = primary.get_untracked() {
            let _ = button.focus();
        }
    };
    let press = move |_| match status() {
        Status::Idle | Status::Finished => coach.start(),
        Status::Running | Status::Paused => coach.toggle_pause(),
    };
    let label = coach.derive(|u| {
        match u.status {
            Status::Idle => "Start",
            Status::Running => "Pause",
            Status::Paused => "Resume",
            Status::Finished => "Start again",
        }
        .to_string()
    });
    // the icon is drawn by CSS: a triangle to start or resume, two bars to pause
    let running = coach.derive(|u| u.status == Status::Running);
    let no_skip = coach.derive(|u| !(u.in_progress() && u.state.phase == Phase::GetReady));
    let no_reset = coach.derive(|u| !u.in_progress());
    view! {
        <div class="stretch-controls">
            <button type="button" class="button button--primary stretch-controls__main" class:is-running=running node_ref=primary on:click=press>
                {label}
            </button>
            <button type="button" class="button button--quiet" hidden=no_skip on:click=move |_| {
                coach.skip_get_ready();
                focus_primary();
            }>"Skip get ready"</button>
            <button type="button" class="button button--quiet" hidden=no_reset on:click=move |_| {
                coach.reset();
                focus_primary();
            }>"Reset"</button>
        </div>
        <p class="stretch-controls__hint">"Tip: the Space key pauses and resumes."</p>
    }
}
