use crate::components::water::state::WaterState;
use crate::domain::water::log::{Action, MAX_CUPS_PER_DAY};
use crate::view::water::screen::{Text, HISTORY_ROWS};
use crate::view::water::text;
use leptos::prelude::*;

/// A small form to set the count of one of the last six days (a cup forgotten, or added twice).
#[component]
pub fn WaterCorrection() -> impl IntoView {
    let state = WaterState::get();
    // the day (days before today, 1 = yesterday) and, once picked, the count to give it;
    // until then the day's saved count shows (and follows other tabs and midnight)
    let back = RwSignal::new(1u8);
    let picked = RwSignal::new(None::<u16>);
    let date = move || {
        state
            .today
            .get()
            .map(|t| t.add_days(-i64::from(back.get())))
    };
    let shown = move || {
        picked
            .get()
            .unwrap_or_else(|| date().map_or(0, |d| state.session.with(|s| s.log.count(d))))
    };
    let days = (1..HISTORY_ROWS)
        .map(|b| view! { <option value=b selected=b == 1>{state.text(Text::PastDay(b))}</option> })
        .collect_view();
    let counts = (0..=MAX_CUPS_PER_DAY)
        .map(|n| {
            view! {
                <option value=n prop:selected=move || shown() == n>
                    {format!("{n} {}", text::cups_word(n.into()))}
                </option>
            }
        })
        .collect_view();
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if let Some(date) = untrack(date) {
            state.act(Action::Correct {
                date,
                count: untrack(shown),
            });
            picked.set(None);
        }
    };

    view! {
        <details class="water-correct">
            <summary>"Correct a past day"</summary>
            <form class="water-correct__form" on:submit=save>
                <div class="water-field">
                    <label for="water-correct-day">"Day"</label>
                    <select
                        id="water-correct-day"
                        on:change=move |ev| {
                            if let Ok(b) = event_target_value(&ev).parse() {
                                back.set(b);
                                picked.set(None);
                            }
                        }
                    >
                        {days}
                    </select>
                </div>
                <div class="water-field">
                    <label for="water-correct-count">"Cups that day"</label>
                    <select
                        id="water-correct-count"
                        on:change=move |ev| {
                            if let Ok(n) = event_target_value(&ev).parse() {
                                picked.set(Some(n));
                            }
                        }
                    >
                        {counts}
                    </select>
                </div>
                <button type="submit" class="button button--quiet">"Save correction"</button>
            </form>
        </details>
    }
}
