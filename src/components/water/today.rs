use crate::components::{water::glass::WaterGlass, water::state::WaterState};
use crate::domain::water::log::{Action, MAX_CUPS_PER_DAY};
use crate::platform::clock;
use crate::view::water::screen::{Flag, Text};
use crate::view::water::text;
use leptos::prelude::*;

/// Today's count as "N of G cups" with a filling glass, "Add a cup", "Undo" and the times of today's cups.
#[component]
pub fn WaterToday() -> impl IntoView {
    let state = WaterState::get();
    let times = move || {
        let date = state.today.get()?;
        let times = state.session.with(|s| s.log.times(date).to_vec());
        Some(
            times
                .into_iter()
                .map(|ms| view! { <li>{text::time_text(clock::wall_at(ms as f64).local_minutes)}</li> })
                .collect_view(),
        )
    };

    view! {
        <section class="water-today" aria-labelledby="water-today-title">
            <h2 id="water-today-title" class="visually-hidden">"Today"</h2>
            <div class="water-today__top">
                <WaterGlass/>
                <div class="water-today__numbers">
                    <p class="water-count">
                        <span class="water-count__n">{state.text(Text::CountNumber)}</span>
                        <span class="water-count__of">{state.text(Text::CountWords)}</span>
                    </p>
                    <p class="water-amount">{state.text(Text::Amount)}</p>
                    <p class="water-met" hidden=state.flag(Flag::HideGoalMet)>"Goal met today"</p>
                </div>
            </div>
            <div class="water-today__actions">
                <button
                    type="button"
                    class="button water-add"
                    disabled=state.flag(Flag::CannotAdd)
                    on:click=state.on(Action::Add)
                >
                    "Add a cup"
                </button>
                <button
                    type="button"
                    class="button button--quiet water-undo"
                    disabled=state.flag(Flag::CannotUndo)
                    on:click=state.on(Action::Undo)
                >
                    "Undo"
                </button>
            </div>
            <p class="water-small" hidden=state.flag(Flag::HideDayFull)>
                {format!("A day can hold up to {MAX_CUPS_PER_DAY} cups.")}
            </p>
            <p class="visually-hidden" role="status">{state.text(Text::Status)}</p>
            <div class="water-times">
                <h3 class="water-times__title">"Cups today"</h3>
                <ol class="water-times__list">{times}</ol>
                <p class="water-small" hidden=state.flag(Flag::HideNoneYet)>"None yet today."</p>
            </div>
        </section>
    }
}
