use crate::components::{
    water::chart::WaterChart, water::correction::WaterCorrection, water::state::WaterState,
};
use crate::view::water::screen::{Column, Flag, Text, HISTORY_ROWS};
use leptos::prelude::*;

/// The last 7 days: a bar chart with a table for screen readers, days the goal was met, the streak, and corrections.
#[component]
pub fn WaterHistory() -> impl IntoView {
    let state = WaterState::get();
    let t = move |key| state.text(key);
    // one row template for the seven days (the table is the chart's text alternative)
    let rows = (0..HISTORY_ROWS)
        .map(|i| {
            view! {
                <tr>
                    <th scope="row">{t(Text::Cell(i, Column::Day))}</th>
                    <td>{t(Text::Cell(i, Column::Cups))}</td>
                    <td class="water-goal-only">{t(Text::Cell(i, Column::Goal))}</td>
                    <td class="water-goal-only">{t(Text::Cell(i, Column::GoalMet))}</td>
                </tr>
            }
        })
        .collect_view();

    view! {
        <section class="water-history" aria-labelledby="water-history-title">
            <h2 id="water-history-title">"Last 7 days"</h2>
            <WaterChart/>
            <p class="water-small water-goal-only water-legend">"The dashed line is each day's goal; a tick marks a day it was met."</p>
            // a table sizes itself to its content: hidden inside a box that can be 1 px wide
            <div class="visually-hidden">
            <table>
                <caption>"Cups of water in the last 7 days"</caption>
                <thead>
                    <tr>
                        <th scope="col">"Day"</th>
                        <th scope="col">"Cups"</th>
                        <th scope="col" class="water-goal-only">"Goal"</th>
                        <th scope="col" class="water-goal-only">"Goal met"</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
            </div>
            <ul class="water-stats water-goal-only" hidden=state.flag(Flag::HideStats)>
                <li>
                    <span class="water-stats__n">{t(Text::MetDays)}</span>
                    " of the last 7 days met the goal"
                </li>
                <li>
                    <span class="water-stats__n">{t(Text::Streak)}</span>
                    {t(Text::StreakWords)}
                </li>
            </ul>
            <WaterCorrection/>
        </section>
    }
}
