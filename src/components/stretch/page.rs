use crate::components::stretch::state::{Coach, Ui};
use crate::components::{
    stretch::controls::StretchControls, stretch::history::StretchHistory,
    stretch::settings::StretchSettings, stretch::steps::StretchSteps, stretch::timer::StretchTimer,
};
use crate::domain::routes::STRETCH;
use crate::domain::stretch::Status;
use crate::platform::{document, visibility};
use leptos::prelude::*;

/// The stretch coach: the guided wall calf stretch for both legs, its settings and the streak.
#[component]
pub fn StretchPage() -> impl IntoView {
    let coach = Coach::new();
    provide_context(coach);
    Effect::new(move |_| {
        coach.load();
        let keys = window_event_listener(leptos::ev::keydown, move |ev| {
            if coach.ui.with_untracked(Ui::in_progress)
                && document::is_plain_space_outside_controls(&ev)
            {
                ev.prevent_default();
                coach.toggle_pause();
            }
        });
        let shown_or_hidden = visibility::on_change(move || coach.visibility_changed());
        on_cleanup(move || {
            keys.remove();
            shown_or_hidden.cancel();
        });
    });
    on_cleanup(move || coach.stop());

    view! {
        <section class="stretch" aria-labelledby="stretch-title">
            <h1 id="stretch-title" tabindex="-1">{STRETCH.title}</h1>
            <p class="stretch__intro">
                "The wall calf stretch from the guide: hold it 20 to 30 seconds on each leg, ideally every evening. The coach times each hold and tells you when to switch."
            </p>
            <div class="stretch__main">
                <div class="stretch-card">
                    <StretchTimer/>
                    <StretchControls/>
                    <p class="stretch-status" class:visually-hidden=coach.derive(|u| u.status == Status::Finished) role="status">{coach.derive(|u| u.status_text.clone())}</p>
                </div>
                <StretchSteps/>
            </div>
            <div class="stretch__more">
                <StretchSettings/>
                <StretchHistory/>
            </div>
            <p class="stretch__reminder"><a href="/data#reminder" target="_self">"Add a bedtime stretch reminder to your calendar"</a></p>
        </section>
    }
}
