use crate::components::{water_glass::WaterGlass, water_state::WaterState};
use crate::domain::hydration::log::{Action, DEFAULT_BASE_GOAL, MAX_CUPS_PER_DAY};
use crate::domain::hydration::text;
use crate::platform::clock;
use leptos::prelude::*;

/// Today's count as "N of G cups" with a filling glass, "Add a cup", "Undo" and the times of today's cups.
#[component]
pub fn WaterToday() -> impl IntoView {
    let state = WaterState::get();
    let ready = move || state.today.get().is_some();
    let summary = Memo::new(move |_| state.today_summary());
    let hide_goal = Memo::new(move |_| state.hide_goal());
    let count = move || summary.get().map(|s| s.count);
    let goal = move || summary.get().map_or(DEFAULT_BASE_GOAL, |s| s.goal);
    let met = move || !hide_goal.get() && summary.get().is_some_and(|s| s.met);
    // whole percent of the goal, for the glass
    let percent = Signal::derive(move || {
        let c = u32::from(count().unwrap_or(0));
        (c * 100 / u32::from(goal().max(1))).min(100)
    });
    let amount = move || {
        let shown = (!hide_goal.get()).then(goal);
        let unit = state.with_log(|log| log.settings.unit);
        text::amount_text(count().unwrap_or(0), shown, unit)
    };
    let times = move || {
        let today = state.today.get()?;
        Some(state.with_log(|log| {
            log.times(today)
                .iter()
                .map(|&ms| text::time_text(clock::wall_at(ms as f64).local_minutes))
                .collect::<Vec<_>>()
        }))
    };
    let can_add = move || {
        state
            .today
            .get()
            .is_some_and(|t| state.with_log(|log| log.can_add(t)))
    };
    let can_undo = move || {
        state
            .today
            .get()
            .is_some_and(|t| state.with_log(|log| log.can_undo(t)))
    };

    view! {
        <section class="water-today" aria-labelledby="water-today-title">
            <h2 id="water-today-title" class="visually-hidden">"Today"</h2>
            <div class="water-today__top">
                <Show when=move || !hide_goal.get()>
                    <WaterGlass percent=percent/>
                </Show>
                <div class="water-today__numbers">
                    <p class="water-count">
                        <span class="water-count__n">{move || count().map_or_else(|| "–".to_string(), |c| c.to_string())}</span>
                        <span class="water-count__of">{move || {
                            let n = count().unwrap_or(0);
                            if hide_goal.get() {
                                format!(" {} today", text::cups_word(n.into()))
                            } else {
                                let g = goal();
                                format!(" of {g} {}", text::cups_word(g.into()))
                            }
                        }}</span>
                    </p>
                    <p class="water-amount">{amount}</p>
                    <Show when=met>
                        <p class="water-met">
                            <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
                                <path d="M5 12.5l4.5 4.5L19 7.5" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round"/>
                            </svg>
                            "Goal met today"
                        </p>
                    </Show>
                </div>
            </div>
            <div class="water-today__actions">
                <button
                    type="button"
                    class="button water-add"
                    disabled=move || !can_add()
                    on:click=move |_| state.act.run(Action::Add)
                >
                    <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
                        <path d="M12 5v14M5 12h14" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round"/>
                    </svg>
                    "Add a cup"
                </button>
                <button
                    type="button"
                    class="button button--quiet water-undo"
                    disabled=move || !can_undo()
                    on:click=move |_| state.act.run(Action::Undo)
                >
                    "Undo"
                </button>
            </div>
            <Show when=move || ready() && !can_add()>
                <p class="water-small">{format!("A day can hold up to {MAX_CUPS_PER_DAY} cups.")}</p>
            </Show>
            <p class="visually-hidden" role="status">{move || state.status.get()}</p>
            <div class="water-times">
                <h3 class="water-times__title">"Cups today"</h3>
                {move || match times() {
                    Some(list) if !list.is_empty() => leptos::either::Either::Left(view! {
                        <ol class="water-times__list">
                            {list.into_iter().map(|t| view! { <li>{t}</li> }).collect_view()}
                        </ol>
                    }),
                    _ => leptos::either::Either::Right(view! {
                        <p class="water-small">{move || if ready() { "None yet today." } else { "Loading today's cups…" }}</p>
                    }),
                }}
            </div>
        </section>
    }
}
