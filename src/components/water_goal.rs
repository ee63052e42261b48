use crate::components::water_state::WaterState;
use crate::domain::hydration::log::{
    Action, Unit, DEFAULT_BASE_GOAL, EXTRA_CUPS, MAX_BASE_GOAL, MIN_BASE_GOAL,
};
use crate::domain::hydration::text;
use leptos::prelude::*;

/// The goal settings: "Active day" and "Hot day" for today, the daily base goal, units, and "hide the goal, just count".
#[component]
pub fn WaterGoal() -> impl IntoView {
    let state = WaterState::get();
    let ready = move || state.today.get().is_some();
    let extras = move || {
        state
            .today
            .get()
            .map_or((false, false), |t| state.with_log(|log| log.extras(t)))
    };
    let base = move || state.with_log(|log| log.settings.base_goal);
    let unit = move || state.with_log(|log| log.settings.unit);
    let hide = move || state.hide_goal();
    let act = state.act;
    let units = [
        (Unit::Cups, "cups", "Cups"),
        (Unit::Millilitres, "ml", "ml"),
        (Unit::FluidOunces, "floz", "fl oz"),
    ];

    view! {
        <section class="water-goal" aria-labelledby="water-goal-title">
            <h2 id="water-goal-title">"Your goal"</h2>
            <p class="water-explain">
                {format!("Today's goal goes up by {EXTRA_CUPS} cups for an active day and {EXTRA_CUPS} more for a hot one, because you lose more water then (the guide). Both switch off at midnight.")}
            </p>
            <div class="water-switches">
                <label class="switch">
                    <input
                        type="checkbox"
                        role="switch"
                        prop:checked=move || extras().0
                        disabled=move || !ready()
                        on:change=move |ev| act.run(Action::SetActive(event_target_checked(&ev)))
                    />
                    <span class="switch__label">"Active day"<span class="switch__hint">{format!("+{EXTRA_CUPS} cups today")}</span></span>
                </label>
                <label class="switch">
                    <input
                        type="checkbox"
                        role="switch"
                        prop:checked=move || extras().1
                        disabled=move || !ready()
                        on:change=move |ev| act.run(Action::SetHot(event_target_checked(&ev)))
                    />
                    <span class="switch__label">"Hot day"<span class="switch__hint">{format!("+{EXTRA_CUPS} cups today")}</span></span>
                </label>
            </div>
            <div class="water-field">
                <label for="water-base-goal">"Daily goal"</label>
                <select
                    id="water-base-goal"
                    disabled=move || !ready()
                    on:change=move |ev| {
                        if let Ok(goal) = event_target_value(&ev).parse::<u8>() {
                            act.run(Action::SetBaseGoal(goal));
                        }
                    }
                >
                    {(MIN_BASE_GOAL..=MAX_BASE_GOAL)
                        .map(|n| view! {
                            <option value=n.to_string() selected=n == DEFAULT_BASE_GOAL prop:selected=move || base() == n>
                                {format!("{n} {}{}", text::cups_word(n.into()), if n == DEFAULT_BASE_GOAL { " (usual)" } else { "" })}
                            </option>
                        })
                        .collect_view()}
                </select>
            </div>
            <fieldset class="water-units">
                <legend>"Also show amounts in"</legend>
                <div class="segmented">
                    {units
                        .into_iter()
                        .map(|(u, value, label)| view! {
                            <label class="segmented__option">
                                <input
                                    type="radio"
                                    name="water-unit"
                                    value=value
                                    checked=u == Unit::Cups
                                    prop:checked=move || unit() == u
                                    disabled=move || !ready()
                                    on:change=move |_| act.run(Action::SetUnit(u))
                                />
                                <span>{label}</span>
                            </label>
                        })
                        .collect_view()}
                </div>
            </fieldset>
            <label class="switch">
                <input
                    type="checkbox"
                    role="switch"
                    prop:checked=hide
                    disabled=move || !ready()
                    on:change=move |ev| act.run(Action::SetHideGoal(event_target_checked(&ev)))
                />
                <span class="switch__label">"Hide the goal, just count"<span class="switch__hint">"For when a doctor has set your fluid limit"</span></span>
            </label>
        </section>
    }
}
