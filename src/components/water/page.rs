use crate::components::water::app::{WaterApp, NOTE};
use crate::components::water::state::WaterState;
use crate::domain::routes::WATER;
use crate::domain::water::session::{Session, KEY};
use crate::platform::storage::{self, LocalStorage};
use crate::platform::{clock, visibility};
use crate::view::water::screen::Flag;
use leptos::prelude::*;
use std::time::Duration;

/// WATER page: today's cups toward the goal, the goal settings, the last 7 days; saved on this device.
///
/// The explanations are pre-rendered; the counter itself depends on what is saved on the device,
/// so it is built in the browser after reading it (no placeholder numbers first). Building it
/// there, instead of also hydrating it, keeps one copy of its code in the wasm.
#[component]
pub fn WaterPage() -> impl IntoView {
    let state = WaterState::new();
    provide_context(state);
    let app = NodeRef::<leptos::html::Div>::new();
    let loading = NodeRef::<leptos::html::Div>::new();
    let ready = RwSignal::new(false);
    // `wake` re-arms the midnight timer (it fired early, or the page was asleep)
    let wake = RwSignal::new(0u32);
    let rearm = move || wake.update(|n| *n = n.wrapping_add(1));

    Effect::new(move |_| {
        let Some(container) = app.get() else {
            return;
        };
        let date = state.moment().date;
        state.session.set(Session::open(&LocalStorage, date));
        // kept with this effect: dropped (and unmounted) when the page goes
        let counter = StoredValue::new_local(leptos::mount::mount_to(container.into(), WaterApp));
        // The placeholder keeps what follows below the fold (its text hidden by the stylesheet)
        // until the parts `WaterApp` builds in later tasks are in; this effect starts after
        // theirs (effects start in order, `platform::tasks`), so nothing on screen moves.
        Effect::new(move |_| {
            if let Some(loading) = loading.get_untracked() {
                loading.set_hidden(true);
            }
        });
        ready.set(true);
        // another tab saved: show what it saved
        let other_tab = storage::on_change(KEY, move || {
            let date = state.moment().date;
            state.session.update(|s| s.refresh(&LocalStorage, date));
        });
        // after sleep or another app, timers may have been held back: read the date again
        let back = visibility::on_return(move || {
            state.moment();
            rearm();
        });
        on_cleanup(move || {
            other_tab.cancel();
            back.cancel();
            counter.dispose();
        });
    });

    // A new day starts at the next local midnight; the clock gives its moment (23 or 25 hours
    // away on daylight-saving days).
    Effect::new(move |_| {
        if !ready.get() {
            return;
        }
        wake.track();
        let now = clock::now().epoch_ms;
        let delay = (clock::next_local_midnight_ms(now) - now).clamp(0.0, 90_000_000.0) as u64;
        if let Ok(handle) = set_timeout_with_handle(
            move || {
                state.moment();
                rearm();
            },
            Duration::from_millis(delay + 50),
        ) {
            on_cleanup(move || handle.clear());
        }
    });

    view! {
        <section class="page water" class:water--just-count=state.flag(Flag::JustCount) aria-labelledby="water-title">
            <h1 id="water-title" tabindex="-1">{WATER.title}</h1>
            <div class="water-app" node_ref=app></div>
            <div class="water-loading" node_ref=loading>
                <p>"Count today's cups of water toward a goal of 8, more on active or hot days. The counter appears here once the page has loaded; it keeps your cups on this device only and needs JavaScript."</p>
                <p class="water-note">{NOTE}</p>
            </div>
            <p class="water-tip">
                <strong>"Tip: "</strong>
                "if plain water isn't your flavour, add a slice of cucumber, a squeeze of lemon or a few sprigs of fresh mint ("
                <a href="/#stay-hydrated">"the guide"</a>
                ")."
            </p>
        </section>
    }
}
