use crate::components::{
    water::goal::WaterGoal, water::history::WaterHistory, water::notices::WaterNotices,
    water::today::WaterToday,
};
use leptos::prelude::*;

/// The health note next to the goal (also on the pre-rendered page).
pub const NOTE: &str = "8 cups a day is a rule of thumb (Cleveland Clinic). If a doctor has told you to limit fluids, for example because of kidney or heart failure, follow their advice instead: you can hide the goal and just count.";

/// Builds `part` into the element `at` in an effect: a browser task after the rest of the
/// counter (each effect starts in a task of its own, `platform::tasks`).
fn build_later<V: IntoView + 'static>(at: NodeRef<leptos::html::Div>, part: fn() -> V) {
    Effect::new(move |_| {
        if let Some(at) = at.get() {
            let built = StoredValue::new_local(leptos::mount::mount_to(at.into(), part));
            on_cleanup(move || built.dispose());
        }
    });
}

/// The interactive counter, built in the browser once the saved log is read (see `WaterPage`).
/// Today's count comes first; the goal settings and the last 7 days (below the fold on phones)
/// are built in later browser tasks, so building the counter is never one long task.
#[component]
pub fn WaterApp() -> impl IntoView {
    let goal = NodeRef::<leptos::html::Div>::new();
    let side = NodeRef::<leptos::html::Div>::new();
    build_later(goal, WaterGoal);
    build_later(side, WaterHistory);
    view! {
        <WaterNotices/>
        <div class="water__grid">
            <div class="water__main">
                <WaterToday/>
                <p class="water-note">{NOTE}</p>
                <div node_ref=goal></div>
            </div>
            <div class="water__side" node_ref=side></div>
        </div>
    }
}
