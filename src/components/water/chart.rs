use crate::components::water::state::WaterState;
use crate::view::water::screen::{Flag, Text, CHART_SLOT, HISTORY_ROWS};
use leptos::prelude::*;

/// The last 7 days as a bar chart (hidden from screen readers: the table beside it says the same).
#[component]
pub fn WaterChart() -> impl IntoView {
    let state = WaterState::get();
    let t = move |key| state.text(key);
    // one template for the seven days: every distinct view adds to the wasm
    let slots = (0..HISTORY_ROWS)
        .map(|i| {
            let x = u32::from(i) * CHART_SLOT;
            let today = i == HISTORY_ROWS - 1;
            view! {
                <g
                    class=if today { "water-chart__slot water-chart__today" } else { "water-chart__slot" }
                    class:water-chart__met=state.flag(Flag::ChartMet(i))
                >
                    <path class="water-chart__bar" d=t(Text::ChartBar(i))/>
                    <line class="water-chart__goal" x1=x + 4 x2=x + CHART_SLOT - 4 y1=t(Text::ChartGoalY(i)) y2=t(Text::ChartGoalY(i))/>
                    <text class="water-chart__count" x=x + CHART_SLOT / 2 y=t(Text::ChartCountY(i))>{t(Text::ChartCount(i))}</text>
                    <text class="water-chart__day" x=x + CHART_SLOT / 2 y="146">{t(Text::ChartDay(i))}</text>
                    <text class="water-chart__date" x=x + CHART_SLOT / 2 y="162">{t(Text::ChartDate(i))}</text>
                </g>
            }
        })
        .collect_view();
    view! {
        <svg class="water-chart" viewBox="0 0 336 168" aria-hidden="true" focusable="false">
            <line class="water-chart__axis" x1="0" x2="336" y1="128" y2="128"/>
            {slots}
        </svg>
    }
}
