use crate::components::water::state::WaterState;
use crate::domain::water::log::{
    Action, Unit, DEFAULT_BASE_GOAL, EXTRA_CUPS, MAX_BASE_GOAL, MIN_BASE_GOAL,
};
use crate::view::water::screen::{Choice, Flag};
use crate::view::water::text;
use leptos::prelude::*;

const CHOICES: [(Choice, &str, &str); 3] = [
    (Choice::Active, "Active day", "+2 cups today"),
    (Choice::Hot, "Hot day", "+2 cups today"),
    (
        Choice::HideGoal,
        "Hide the goal, just count",
        "For when a doctor has set how much you may drink",
    ),
];

const UNITS: [(Unit, &str, &str); 3] = [
    (Unit::Cups, "cups", "Cups"),
    (Unit::Millilitres, "ml", "ml"),
    (Unit::FluidOunces, "floz", "fl oz"),
];

/// The goal settings: "Active day" and "Hot day" for today, the daily base goal, units, and "hide the goal, just count".
#[component]
pub fn WaterGoal() -> impl IntoView {
    let state = WaterState::get();
    let switches = CHOICES
        .into_iter()
        .map(|(choice, label, hint)| {
            view! {
                <label class=if choice == Choice::HideGoal { "switch switch--wide" } else { "switch" }>
                    <input
                        type="checkbox"
                        role="switch"
                        prop:checked=state.flag(Flag::On(choice))
                        on:change=state.toggle(choice)
                    />
                    <span class="switch__label">{label}<span class="switch__hint">{hint}</span></span>
                </label>
            }
        })
        .collect_view();
    let base = move || state.session.with(|s| s.log.settings.base_goal);
    let goals = (MIN_BASE_GOAL..=MAX_BASE_GOAL)
        .map(|n| {
            let usual = if n == DEFAULT_BASE_GOAL {
                " (usual)"
            } else {
                ""
            };
            view! {
                <option value=n selected=n == DEFAULT_BASE_GOAL prop:selected=move || base() == n>
                    {format!("{n} {}{usual}", text::cups_word(n.into()))}
                </option>
            }
        })
        .collect_view();
    let units = UNITS
        .into_iter()
        .map(|(unit, value, label)| {
            view! {
                <label class="segmented__option">
                    <input
                        type="radio"
                        name="water-unit"
                        value=value
                        checked=unit == Unit::Cups
                        prop:checked=state.flag(Flag::UnitIs(unit))
                        on:change=state.on(Action::SetUnit(unit))
                    />
                    <span>{label}</span>
                </label>
            }
        })
        .collect_view();

    view! {
        <section class="water-goal" aria-labelledby="water-goal-title">
            <h2 id="water-goal-title">"Your goal"</h2>
            <p class="water-explain">
                {format!("Today's goal goes up by {EXTRA_CUPS} cups on an active day and {EXTRA_CUPS} more on a hot one: the guide and Cleveland Clinic say to drink more when you exercise or it is hot, without giving a number, so {EXTRA_CUPS} cups is Cramp Coach's own round figure. Both switch off at midnight.")}
            </p>
            <div class="water-switches">{switches}</div>
            <div class="water-field">
                <label for="water-base-goal">"Daily goal"</label>
                <select
                    id="water-base-goal"
                    on:change=move |ev| {
                        if let Ok(goal) = event_target_value(&ev).parse::<u8>() {
                            state.act(Action::SetBaseGoal(goal));
                        }
                    }
                >
                    {goals}
                </select>
            </div>
            <fieldset class="water-units">
                <legend>"Also show amounts in"</legend>
                <div class="segmented">{units}</div>
            </fieldset>
        </section>
    }
}
