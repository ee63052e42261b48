use crate::domain::calendar::LocalDate;
use crate::domain::hydration::log::{DaySummary, HISTORY_DAYS};
use leptos::prelude::*;

const SLOT: u32 = 48;
const BAR: u32 = 28;
const BASELINE: u32 = 128;
const PLOT: u32 = 100;

/// The last 7 days as a bar chart (hidden from screen readers: the table beside it says the same).
#[component]
pub fn WaterChart(
    /// Oldest first; empty before the page has read the clock.
    #[prop(into)]
    days: Signal<Vec<DaySummary>>,
    #[prop(into)] today: Signal<Option<LocalDate>>,
    #[prop(into)] show_goal: Signal<bool>,
) -> impl IntoView {
    let scale = move || {
        days.with(|days| {
            days.iter()
                .map(|d| {
                    let goal = if show_goal.get() { d.goal.into() } else { 0 };
                    u32::from(d.count).max(goal)
                })
                .max()
                .unwrap_or(0)
                .max(1)
        })
    };
    let height = move |n: u32| n * PLOT / scale();
    let slots = move || {
        let days = days.get();
        let today = today.get();
        (0..HISTORY_DAYS as u32)
            .map(|i| {
                let day = days.get(i as usize).copied();
                let x = i * SLOT;
                let count = day.map_or(0, |d| u32::from(d.count));
                let h = height(count);
                let met = show_goal.get() && day.is_some_and(|d| d.met);
                let goal_y = day
                    .filter(|_| show_goal.get())
                    .map(|d| BASELINE - height(d.goal.into()));
                let is_today = day.is_some_and(|d| Some(d.date) == today);
                let (weekday, date) = day.map_or((String::new(), String::new()), |d| {
                    let weekday = if is_today { "Today" } else { d.date.weekday_short() };
                    (weekday.to_string(), d.date.day.to_string())
                });
                view! {
                    <g class:water-chart__today=is_today>
                        <rect
                            class="water-chart__bar"
                            class:water-chart__bar--met=met
                            x=x + (SLOT - BAR) / 2
                            y=BASELINE - h
                            width=BAR
                            height=h
                            rx="4"
                        />
                        {goal_y.map(|y| view! {
                            <line class="water-chart__goal" x1=x + 4 x2=x + SLOT - 4 y1=y y2=y/>
                        })}
                        {day.map(|_| view! {
                            <text class="water-chart__count" x=x + SLOT / 2 y=BASELINE - h - 6>
                                {if met { format!("✓{count}") } else { count.to_string() }}
                            </text>
                        })}
                        <text class="water-chart__day" x=x + SLOT / 2 y=BASELINE + 18>{weekday}</text>
                        <text class="water-chart__date" x=x + SLOT / 2 y=BASELINE + 34>{date}</text>
                    </g>
                }
            })
            .collect_view()
    };
    view! {
        <svg
            class="water-chart"
            viewBox=format!("0 0 {} {}", SLOT * HISTORY_DAYS as u32, BASELINE + 40)
            aria-hidden="true"
            focusable="false"
        >
            <line class="water-chart__axis" x1="0" x2=SLOT * HISTORY_DAYS as u32 y1=BASELINE y2=BASELINE/>
            {slots}
        </svg>
    }
}
