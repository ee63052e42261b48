use crate::components::water_state::WaterState;
use crate::domain::hydration::log::{Action, HISTORY_DAYS, MAX_CUPS_PER_DAY};
use crate::domain::hydration::text;
use leptos::prelude::*;

/// A small form to set the count of one of the last six days (a cup forgotten, or added twice).
#[component]
pub fn WaterCorrection() -> impl IntoView {
    let state = WaterState::get();
    // days before today, 1 = yesterday
    let back = RwSignal::new(1i64);
    let input = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<String>);
    let chosen = move || state.today.get().map(|t| t.add_days(-back.get()));
    // show the chosen day's count, and again when it changes (another tab, a saved correction)
    Effect::new(move |_| {
        if let Some(date) = chosen() {
            let count = state.with_log(|log| log.count(date));
            input.set(count.to_string());
        }
    });
    let options = move || {
        let today = state.today.get();
        (1..HISTORY_DAYS as i64)
            .map(|b| {
                let label = today
                    .map(|t| {
                        let date = t.add_days(-b);
                        match b {
                            1 => format!("Yesterday, {}", text::short_date(date)),
                            _ => text::short_date(date),
                        }
                    })
                    .unwrap_or_else(|| format!("{b} days ago"));
                view! { <option value=b.to_string() prop:selected=move || back.get() == b>{label}</option> }
            })
            .collect_view()
    };
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(date) = chosen() else { return };
        match input.get_untracked().trim().parse::<u16>() {
            Ok(count) if count <= MAX_CUPS_PER_DAY => {
                problem.set(None);
                state.act.run(Action::Correct { date, count });
            }
            _ => problem.set(Some(format!(
                "Enter a whole number of cups from 0 to {MAX_CUPS_PER_DAY}."
            ))),
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
                            if let Ok(b) = event_target_value(&ev).parse::<i64>() {
                                back.set(b);
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
                        aria-invalid=move || problem.get().is_some().then_some("true")
                        aria-describedby="water-correct-problem"
                        on:input=move |ev| input.set(event_target_value(&ev))
                    />
                </div>
                <button type="submit" class="button button--quiet" disabled=move || state.today.get().is_none()>
                    "Save correction"
                </button>
                <p id="water-correct-problem" class="water-problem">{move || problem.get()}</p>
            </form>
        </details>
    }
}
