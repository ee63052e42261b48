use crate::components::{
    water_chart::WaterChart, water_correction::WaterCorrection, water_state::WaterState,
};
use crate::domain::hydration::log::HISTORY_DAYS;
use crate::domain::hydration::text;
use leptos::prelude::*;

/// The last 7 days: a bar chart with a table for screen readers, days the goal was met, the streak, and corrections.
#[component]
pub fn WaterHistory() -> impl IntoView {
    let state = WaterState::get();
    let days = Memo::new(move |_| {
        state
            .today
            .get()
            .map(|t| state.with_log(|log| log.history(t)))
            .unwrap_or_default()
    });
    let show_goal = Memo::new(move |_| !state.hide_goal());
    let met_days = move || days.with(|d| d.iter().filter(|s| s.met).count());
    let streak = move || {
        state
            .today
            .get()
            .map_or(0, |t| state.with_log(|log| log.streak(t)))
    };
    let rows = move || {
        let today = state.today.get();
        days.get()
            .into_iter()
            .map(|d| {
                let label = today
                    .map(|t| text::day_label(d.date, t))
                    .unwrap_or_default();
                view! {
                    <tr>
                        <th scope="row">{label}</th>
                        <td>{d.count}</td>
                        <Show when=move || show_goal.get()>
                            <td>{d.goal}</td>
                            <td>{if d.met { "Yes" } else { "No" }}</td>
                        </Show>
                    </tr>
                }
            })
            .collect_view()
    };

    view! {
        <section class="water-history" aria-labelledby="water-history-title">
            <h2 id="water-history-title">"Last 7 days"</h2>
            <WaterChart days=days today=state.today show_goal=show_goal/>
            <table class="visually-hidden">
                <caption>"Cups of water in the last 7 days"</caption>
                <thead>
                    <tr>
                        <th scope="col">"Day"</th>
                        <th scope="col">"Cups"</th>
                        <Show when=move || show_goal.get()>
                            <th scope="col">"Goal"</th>
                            <th scope="col">"Goal met"</th>
                        </Show>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
            <Show when=move || show_goal.get() && !days.with(Vec::is_empty)>
                <ul class="water-stats">
                    <li>
                        <span class="water-stats__n">{met_days}</span>
                        {move || format!(" of the last {HISTORY_DAYS} days met the goal")}
                    </li>
                    <li>
                        <span class="water-stats__n">{streak}</span>
                        {move || match streak() {
                            0 => " days in a row: meet a day's goal to start a streak".to_string(),
                            n => format!(" {} in a row", if n == 1 { "day" } else { "days" }),
                        }}
                    </li>
                </ul>
            </Show>
            <WaterCorrection/>
        </section>
    }
}
