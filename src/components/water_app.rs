use crate::components::{
    water_goal::WaterGoal, water_history::WaterHistory, water_notices::WaterNotices,
    water_today::WaterToday,
};
use leptos::prelude::*;

/// The interactive counter, built in the browser once the saved log is read (see `WaterPage`).
#[component]
pub fn WaterApp() -> impl IntoView {
    view! {
        <WaterNotices/>
        <div class="water__grid">
            <div class="water__main">
                <WaterToday/>
                <WaterGoal/>
            </div>
            <div class="water__side">
                <WaterHistory/>
            </div>
        </div>
    }
}
