use crate::components::{
    water_goal::WaterGoal, water_history::WaterHistory, water_notices::WaterNotices,
    water_today::WaterToday,
};
use leptos::prelude::*;

/// The health note next to the goal (also on the pre-rendered page).
pub const NOTE: &str = "8 cups a day is a rule of thumb (Cleveland Clinic). If a doctor has told you to limit fluids, for example because of kidney or heart failure, follow their advice instead: you can hide the goal and just count.";

/// The interactive counter, built in the browser once the saved log is read (see `WaterPage`).
#[component]
pub fn WaterApp() -> impl IntoView {
    view! {
        <WaterNotices/>
        <div class="water__grid">
            <div class="water__main">
                <WaterToday/>
                <p class="water-note">{NOTE}</p>
                <WaterGoal/>
            </div>
            <div class="water__side">
                <WaterHistory/>
            </div>
        </div>
    }
}
