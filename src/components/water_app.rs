use crate::components::{
    water_goal::WaterGoal, water_history::WaterHistory, water_notices::WaterNotices,
    water_today::WaterToday,
};
use leptos::prelude::*;

/// The health note next to the goal (also on the pre-rendered page).
pub const NOTE: &str = "8 cups a day is a rule of thumb (Cleveland Clinic). If a doctor has told you to limit fluids, for example because of kidney or heart failure, follow their advice instead: you can hide the goal and just count.";

/// The interactive counter, built in the browser once the saved log is read (see `WaterPage`).
/// The last 7 days are built a browser task later (each effect starts in a task of its own,
/// `platform::tasks`), so building the counter is never one long task.
#[component]
pub fn WaterApp() -> impl IntoView {
    let side = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |_| {
        if let Some(side) = side.get() {
            let history = leptos::mount::mount_to(side.into(), WaterHistory);
            let history = StoredValue::new_local(history);
            on_cleanup(move || history.dispose());
        }
    });
    view! {
        <WaterNotices/>
        <div class="water__grid">
            <div class="water__main">
                <WaterToday/>
                <p class="water-note">{NOTE}</p>
                <WaterGoal/>
            </div>
            <div class="water__side" node_ref=side></div>
        </div>
    }
}
