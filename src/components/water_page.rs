use crate::components::{
    water_goal::WaterGoal, water_history::WaterHistory, water_notices::WaterNotices,
    water_state::WaterState, water_today::WaterToday,
};
use crate::domain::calendar::LocalDate;
use crate::domain::hydration::log::{Action, Moment};
use crate::domain::hydration::session::{Session, KEY};
use crate::domain::hydration::text;
use crate::domain::routes::WATER;
use crate::platform::storage::{self, LocalStorage, StorageError};
use crate::platform::{clock, visibility};
use leptos::prelude::*;
use std::time::Duration;

/// WATER page: today's cups toward the goal, the goal settings, the last 7 days; saved on this device.
#[component]
pub fn WaterPage() -> impl IntoView {
    // The pre-rendered page shows the defaults; the saved log and the clock are read once mounted.
    let session = RwSignal::new(Session::<StorageError>::empty());
    let today = RwSignal::new(None::<LocalDate>);
    let status = RwSignal::new(String::new());
    let moment = move || {
        let now = clock::now();
        if today.get_untracked() != Some(now.local_date) {
            today.set(Some(now.local_date));
        }
        Moment {
            epoch_ms: now.epoch_ms as i64,
            date: now.local_date,
        }
    };
    let act = Callback::new(move |action: Action| {
        let now = moment();
        let changed = session
            .try_update(|s| s.act(&LocalStorage, now, action))
            .unwrap_or(false);
        if changed {
            status.set(session.with_untracked(|s| text::status_after(&s.log, now.date, action)));
        }
    });

    // `wake` re-arms the midnight timer (it fired early, or the page was asleep)
    let wake = RwSignal::new(0u32);
    let rearm = move || wake.update(|n| *n = n.wrapping_add(1));
    Effect::new(move |_| {
        let date = moment().date;
        session.set(Session::open(&LocalStorage, date));
        // another tab saved: show what it saved
        let other_tab = storage::on_change(KEY, move || {
            let date = moment().date;
            session.update(|s| s.refresh(&LocalStorage, date));
        });
        // after sleep or another app, timers may have been paused: read the date again
        let back = visibility::on_return(move || {
            moment();
            rearm();
        });
        on_cleanup(move || {
            other_tab.cancel();
            back.cancel();
        });
    });

    // A new day starts at the next local midnight; the clock gives its moment (23 or 25 hours
    // away on daylight-saving days).
    Effect::new(move |_| {
        if today.get().is_none() {
            return;
        }
        wake.track();
        let now = clock::now().epoch_ms;
        let delay = (clock::next_local_midnight_ms(now) - now).clamp(0.0, 90_000_000.0) as u64;
        if let Ok(handle) = set_timeout_with_handle(
            move || {
                moment();
                rearm();
            },
            Duration::from_millis(delay + 50),
        ) {
            on_cleanup(move || handle.clear());
        }
    });

    provide_context(WaterState {
        session,
        today,
        status,
        act,
    });

    view! {
        <section class="page water" aria-labelledby="water-title">
            <h1 id="water-title" tabindex="-1">{WATER.title}</h1>
            <WaterNotices/>
            <div class="water__grid">
                <div class="water__main">
                    <WaterToday/>
                    <p class="water-note">
                        <svg class="water-note__icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
                            <circle cx="12" cy="12" r="9" fill="none" stroke="currentColor" stroke-width="2"/>
                            <path d="M12 11v6M12 7.5v.5" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"/>
                        </svg>
                        <span>
                            "8 cups a day is a rule of thumb (Cleveland Clinic). If a doctor has told you to limit fluids, for example because of kidney or heart failure, follow their advice instead; you can hide the goal below and just count."
                        </span>
                    </p>
                    <WaterGoal/>
                </div>
                <div class="water__side">
                    <WaterHistory/>
                    <aside class="water-tip" aria-label="Tip">
                        <svg class="water-tip__icon" viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false">
                            <path d="M5 19c0-8 6-14 15-14-1 9-6 14-13 14zM5 19l7-7" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/>
                        </svg>
                        <p>
                            <strong>"Tip: "</strong>
                            "if plain water isn't your flavour, add a slice of cucumber, a squeeze of lemon or a few sprigs of fresh mint ("
                            <a href="/#stay-hydrated">"the guide"</a>
                            ")."
                        </p>
                    </aside>
                </div>
            </div>
        </section>
    }
}
