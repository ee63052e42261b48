use crate::components::water_state::WaterState;
use crate::domain::hydration::session::Recovery;
use crate::domain::hydration::text;
use crate::platform::document;
use leptos::prelude::*;

/// Messages about the saved log: unreadable data (dismissible), saving that fails, cups saved under a later date.
#[component]
pub fn WaterNotices() -> impl IntoView {
    let state = WaterState::get();
    let recovery = move || state.session.with(|s| s.recovery);
    // shown while saving fails; the text stays the same, so a screen reader hears it once
    let save_error = move || {
        state
            .session
            .with(|s| s.save_error.clone().filter(|_| !s.is_frozen()))
            .map(|e| e.to_string())
    };
    let later = move || {
        let today = state.today.get()?;
        state.with_log(|log| log.later_day(today))
    };
    let dismiss = move |_| {
        state.session.update(|s| s.dismiss());
        document::focus_page_heading();
    };
    view! {
        <div class="water-notices" role="status">
            {move || recovery().map(|r| view! {
                <div class="notice notice--warn">
                    <p>{match r {
                        Recovery::BackedUp => "Your saved water log could not be read, so the counter has started again from zero. A copy of the old data is kept on this device.",
                        Recovery::LeftAlone => "Your saved water log could not be read, and there is no room on this device to keep a copy, so it has been left as it is. Cups you add now are counted on this page only.",
                        Recovery::Newer => "Your water log was saved by a newer version of Cramp Coach. Reload the page to get the update; until then, cups you add are counted on this page only.",
                    }}</p>
                    <button type="button" class="button button--quiet notice__dismiss" on:click=dismiss>"Dismiss"</button>
                </div>
            })}
            {move || save_error().map(|why| view! {
                <div class="notice notice--warn">
                    <p>
                        <strong>"Not saved. "</strong>{why}
                        " Your cups are still counted while this page is open."
                    </p>
                </div>
            })}
            {move || later().map(|date| view! {
                <div class="notice">
                    <p>{format!(
                        "Some cups are saved under a later date, {}: this device's clock may have been changed. They are kept and will show on that day.",
                        text::short_date(date)
                    )}</p>
                </div>
            })}
        </div>
    }
}
