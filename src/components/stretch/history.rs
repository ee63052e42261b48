use crate::components::stretch::state::Coach;
use leptos::prelude::*;

/// The streak of days with a completed routine and the last seven days at a glance (with a text alternative).
#[component]
pub fn StretchHistory() -> impl IntoView {
    let coach = Coach::get();
    let streak = coach.derive(|u| {
        u.today
            .map(|t| u.history.streak_text(t))
            .unwrap_or_else(|| "No streak yet".into())
    });
    let week_text = coach.derive(|u| u.today.map(|t| u.history.week_text(t)).unwrap_or_default());
    // Seven fixed slots, oldest first; filled in once the date is known (in the browser).
    let day = move |i: usize| {
        let done = coach.derive(move |u| {
            u.today
                .is_some_and(|t| u.history.last_7_days(t)[i].count > 0)
        });
        let name = coach.derive(move |u| {
            match u.today {
                Some(_) if i == 6 => "Today",
                Some(t) => t.add_days(i as i64 - 6).weekday_short(),
                None => "",
            }
            .to_string()
        });
        let alt = coach.derive(move |u| {
            match u.today.map(|t| u.history.last_7_days(t)[i].count > 0) {
                Some(true) => ": done",
                Some(false) => ": not done",
                None => "",
            }
            .to_string()
        });
        view! {
            <li class="week__day" class:week__day--done=done class:week__day--today=i == 6>
                <span class="week__mark" aria-hidden="true"></span>
                <span class="week__name">{name}</span>
                <span class="visually-hidden">{alt}</span>
            </li>
        }
    };
    view! {
        <section class="stretch-history" aria-labelledby="stretch-history-title">
            <h2 id="stretch-history-title">"Your streak"</h2>
            <p class="stretch-history__streak">{streak}</p>
            <ol class="week" aria-label="The last 7 days">
                {[day(0), day(1), day(2), day(3), day(4), day(5), day(6)]}
            </ol>
            <p class="stretch-history__week">{week_text}</p>
            <p class="source">
                "Doing the stretch every evening is what the guide suggests. The evidence is mixed: in one trial of adults over 55, nightly calf and hamstring stretches meant about one fewer cramp a night (Hallegraeff 2012); another trial found no benefit (Coppin 2005)."
            </p>
        </section>
    }
}
