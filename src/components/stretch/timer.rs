use crate::components::stretch::finish::StretchFinish;
use crate::components::stretch::state::{Coach, Ui};
use crate::domain::stretch::plan::{length_text, phase_detail};
use crate::domain::stretch::{Phase, Status};
use leptos::prelude::*;

/// The countdown: the phase, the remaining whole seconds (`role="timer"`) and a progress ring; the finish screen when done.
#[component]
pub fn StretchTimer() -> impl IntoView {
    let coach = Coach::get();
    // Derived signals (type-erased) keep the wasm small: one render path per value type, not per closure.
    let finished = coach.derive(|u| u.status == Status::Finished);
    let not_finished = coach.derive(|u| u.status != Status::Finished);
    let label = coach.derive(|u| match u.status {
        Status::Idle => "Ready when you are".to_string(),
        Status::Paused => "Paused".to_string(),
        Status::Running | Status::Finished => u.state.phase.label().to_string(),
    });
    let detail = coach.derive(|u| match u.status {
        Status::Idle => match u.rounds {
            1 => format!(
                "{} seconds on each leg, {} in all",
                u.settings.hold_secs,
                length_text(u.total_ms)
            ),
            n => format!(
                "{n} holds of {} seconds on each leg, {} in all",
                u.settings.hold_secs,
                length_text(u.total_ms)
            ),
        },
        Status::Paused => format!("{}. Resume when you are ready", u.state.phase.label()),
        _ => phase_detail(u.state.phase, u.rounds),
    });
    // Before Start the big number is the hold length; then the seconds left in the phase.
    fn secs(u: &Ui) -> u64 {
        match u.status {
            Status::Idle => u64::from(u.settings.hold_secs),
            _ => u.state.remaining_whole_secs,
        }
    }
    let seconds = coach.derive(|u| secs(u).to_string());
    let unit = coach.derive(|u| if secs(u) == 1 { "second" } else { "seconds" }.to_string());
    // The ring drains as the phase passes: a CSS animation while running (restarted under the
    // other name at each phase change or resume), the exact value otherwise and under reduced motion.
    let bar_class = coach.derive(|u| {
        match (u.ring.running, u.ring.generation % 2) {
            (false, _) => "stretch-ring__bar",
            (true, 0) => "stretch-ring__bar stretch-ring__bar--a",
            (true, _) => "stretch-ring__bar stretch-ring__bar--b",
        }
        .to_string()
    });
    let offset = coach.derive(|u| u.state.progress_permille.to_string());
    // set through the CSS object model, and only in the browser: a pre-rendered `style` attribute
    // would break the content security policy
    let duration = coach.derive(|u| u.ring.running.then(|| format!("{}ms", u.ring.duration_ms)));
    let delay = coach.derive(|u| u.ring.running.then(|| format!("-{}ms", u.ring.into_ms)));
    let paused = coach.derive(|u| u.status == Status::Paused);
    // holding or not (get ready, switch): the ring's colour, with the words above it
    let between = coach.derive(|u| {
        u.status != Status::Idle && matches!(u.state.phase, Phase::GetReady | Phase::Switch { .. })
    });
    let index = coach.derive(|u| u.state.index.to_string());
    let due = coach.derive(|u| u.due_us.to_string());

    view! {
        <div class="stretch-timer" class:stretch-timer--paused=paused class:stretch-timer--between=between data-phase-index=index data-due-us=due>
            <div hidden=finished>
                <p class="stretch-timer__phase" id="stretch-phase">{label}</p>
                <div class="stretch-ring">
                    <svg viewBox="0 0 200 200" aria-hidden="true" focusable="false">
                        <circle class="stretch-ring__track" cx="100" cy="100" r="88" pathLength="1000"/>
                        <circle
                            class=bar_class
                            cx="100" cy="100" r="88"
                            pathLength="1000"
                            stroke-dasharray="1001 1000"
                            stroke-dashoffset=offset
                            transform="rotate(-90 100 100)"
                            style:animation-duration=duration
                            style:animation-delay=delay
                        />
                    </svg>
                    <p class="stretch-ring__center">
                        <span class="stretch-ring__secs" role="timer" aria-labelledby="stretch-phase">{seconds}</span>
                        <span class="stretch-ring__unit">{unit}</span>
                    </p>
                </div>
                <p class="stretch-timer__detail">{detail}</p>
            </div>
            <div hidden=not_finished>
                <StretchFinish/>
            </div>
        </div>
    }
}
