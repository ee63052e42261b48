use crate::components::water_state::WaterState;
use crate::domain::hydration::log::{Action, MAX_CUPS_PER_DAY};
use crate::domain::hydration::screen::{Text, HISTORY_ROWS};
use leptos::prelude::*;

/// A small form to set the count of one of the last six days (a cup forgotten, or added twice).
#[component]
pub fn WaterCorrection() -> impl IntoView {
    let state = WaterState::get();
    // days before today, 1 = yesterday
    let back = RwSignal::new(1u8);
    let input = RwSignal::new(String::new());
    let problem = RwSignal::new(false);
    let chosen = move || {
        let back = i64::from(back.get_untracked());
        state.today.get_untracked().map(|t| t.add_days(-back))
    };
    // the chosen day's count, to start from
    let count_of_chosen = move || {
        let count = chosen().map_or(0, |date| {
            state.session.with_untracked(|s| s.log.count(date))
        });
        input.set(count.to_string());
    };
    count_of_chosen();
    // the six days before today, from one template
    let options = (1..HISTORY_ROWS)
        .map(|b| {
            view! {
                <option value=b selected=b == 1>
                    {state.text(Text::PastDay(b))}
                </option>
            }
        })
        .collect_view();
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(date) = chosen() else { return };
        match input.get_untracked().trim().parse::<u16>() {
            Ok(count) if count <= MAX_CUPS_PER_DAY => {
                problem.set(false);
                state.act(Action::Correct { date, count });
            }
            _ => problem.set(true),
        }
    };

    view! {
        <details class="water-correct">
            <summary>"Correct a past day"</summary>
            <form class="water-correct__form" on:submit=save novalidate>
                <div class="water-field">
                    <label for="water-correct-day">"Day"</label>
                    <select
                        id="water-correct-day"
                        on:change=move |ev| {
                            if let Ok(b) = event_target_value(&ev).parse::<u8>() {
                                back.set(b);
                                count_of_chosen();
                            }
                        }
                    >
                        {options}
                    </select>
                </div>
                <div class="water-field">
                    <label for="water-correct-count">"Cups that day"</label>
                    <input
                        id="water-correct-count"
                        type="number"
                        inputmode="numeric"
                        min="0"
                        max=MAX_CUPS_PER_DAY
                        step="1"
                        prop:value=move || input.get()
                        aria-invalid=move || problem.get().then_some("true")
                        aria-describedby="water-correct-problem"
                        on:input=move |ev| input.set(event_target_value(&ev))
                    />
                </div>
                <button type="submit" class="button button--quiet">
                    "Save correction"
                </button>
                <p id="water-correct-problem" class="water-problem" hidden=move || !problem.get()>
                    {format!("Enter a whole number of cups from 0 to {MAX_CUPS_PER_DAY}.")}
                </p>
            </form>
        </details>
    }
}
