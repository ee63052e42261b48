use crate::components::data::state::{Action, DataState, Section};
use crate::domain::data::ics::{Weekday, DEFAULT_MINUTE};
use crate::platform::forms;
use crate::view::data::text::{parse_time, time_value, weekday_name};
use leptos::prelude::*;

/// "A bedtime stretch reminder": a time and days, saved as a calendar file, with what it can and cannot do.
#[component]
pub fn BedtimeReminder() -> impl IntoView {
    let state = DataState::get();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let values = forms::values(&ev);
        let value = |name: &str| values.iter().find(|(n, _)| n == name).map(|(_, v)| v);
        let minute = value("time").and_then(|t| parse_time(t));
        let every_day = value("repeat").is_none_or(|r| r == "daily");
        let days = Weekday::ALL
            .into_iter()
            .filter(|d| every_day || values.iter().any(|(n, v)| n == "day" && v == d.code()))
            .collect();
        state.run(Action::Reminder { minute, days });
    };
    let days = Weekday::ALL.map(|day| {
        view! {
            <label><input type="checkbox" name="day" value=day.code()/>{weekday_name(day)}</label>
        }
    });
    view! {
        <section class="data-section" id="reminder" aria-labelledby="reminder-title">
            <h2 id="reminder-title">"A bedtime stretch reminder"</h2>
            <p>"Cramp Coach cannot remind you by itself: it has no server and sends no notifications. Instead it makes a calendar file with a repeating evening event, which your calendar app (Apple Calendar, Google Calendar, Outlook and others) adds and reminds you of. The event links back to the stretch coach."</p>
            <p class="data-small">"Google Calendar uses its own default alert for imported events, not the one in the file: check its notification setting."</p>
            <form class="data-reminder" on:submit=submit>
                <p><label>"Time " <input type="time" name="time" value=time_value(DEFAULT_MINUTE) required/></label></p>
                <fieldset>
                    <legend>"Days"</legend>
                    <div class="data-choices">
                        <label><input type="radio" name="repeat" value="daily" checked/>"Every day"</label>
                        <label><input type="radio" name="repeat" value="weekly"/>"Only on the days ticked below"</label>
                    </div>
                    <div class="data-choices data-weekdays">{days}</div>
                </fieldset>
                <button type="submit" class="button button--primary button--main">"Add a bedtime reminder to my calendar"</button>
            </form>
            <p class="data-status" role="status">{state.said(Section::Reminder)}</p>
        </section>
    }
}
