use crate::components::diary::diary_app::DiaryApp;
use crate::components::diary::diary_insights::DiaryInsights;
use crate::components::diary::state::{DiaryState, Later, LaterCode};
use crate::domain::diary::format::STORAGE_KEY;
use crate::domain::diary::inbox::INBOX_KEY;
use crate::domain::routes::DIARY;
use crate::domain::stretch::history::STORAGE_KEY as STRETCH_KEY;
use crate::domain::water::session::KEY as WATER_KEY;
use crate::platform::{first_use, storage, visibility, Subscription};
use leptos::prelude::*;

/// DIARY page: cramps and quiet nights logged on this device, the last 4 weeks, whether stretching helps, and a report for a doctor.
///
/// The explanation is pre-rendered; the diary itself depends on what is saved on the device, so
/// it is built in the browser after reading it (as the water counter is).
#[component]
pub fn DiaryPage(
    /// How the parts below the first screen reach their code, fetched when the page is first
    /// used; none when pre-rendering.
    #[prop(optional)]
    later: Option<Later>,
) -> impl IntoView {
    let state = DiaryState::with_later(later);
    provide_context(state);
    let app = NodeRef::<leptos::html::Div>::new();
    let more = NodeRef::<leptos::html::Div>::new();
    let loading = NodeRef::<leptos::html::P>::new();

    // tasks one after another (`platform::tasks`), so that no one of them blocks input for
    // long: read what is saved, build the logging part, then (once the later code is here) the
    // rest
    Effect::new(move |_| {
        state.read_clock();
        state.open();
        // another tab logged a cramp, Cramp now saved one, or the other tools' logs changed
        let listeners = [
            storage::on_change(STORAGE_KEY, move || state.refresh()),
            storage::on_change(INBOX_KEY, move || state.take_inbox()),
            storage::on_change(STRETCH_KEY, move || state.other_logs_changed()),
            storage::on_change(WATER_KEY, move || state.other_logs_changed()),
            // after sleep the night may have changed
            visibility::on_return(move || {
                state.read_clock();
            }),
        ];
        // the night changes at noon and the day at midnight: read the clock each minute (a
        // reading, never a count of ticks)
        let each_minute = gloo_timers::callback::Interval::new(60_000, move || {
            state.read_clock();
        });
        let ticking = StoredValue::new_local(Some(each_minute));
        on_cleanup(move || {
            for l in listeners {
                l.cancel();
            }
            let _ = ticking.try_update_value(|t| drop(t.take()));
        });
    });
    // the parts below the first screen: their code is fetched on the first touch, key, focus or
    // scroll (again on the next one after a failure); once it is here, nothing is listened to
    let listening = StoredValue::new_local(None::<Subscription>);
    Effect::new(move |_| {
        let here = state.later_code.get() == LaterCode::Here;
        listening.update_value(|l| match (here, l.take()) {
            (true, Some(use_listener)) => use_listener.cancel(),
            (false, None) => *l = Some(first_use::on_use(move || state.prepare())),
            (_, kept) => *l = kept,
        });
    });
    on_cleanup(move || {
        if let Some(use_listener) = listening.try_update_value(Option::take).flatten() {
            use_listener.cancel();
        }
    });
    Effect::new(move |_| {
        let Some(container) = app.get() else {
            return;
        };
        let built = StoredValue::new_local(leptos::mount::mount_to(container.into(), DiaryApp));
        if let Some(loading) = loading.get_untracked() {
            loading.set_hidden(true);
        }
        on_cleanup(move || built.dispose());
    });
    // what the weeks show is built once the later code has answered (here, or failed): until
    // then the page has none of it; the page's owner disposes of it with the page
    let insights = StoredValue::new_local(None);
    Effect::new(move |_| {
        let answered = !matches!(
            state.later_code.get(),
            LaterCode::Away | LaterCode::Fetching
        );
        if !answered || insights.with_value(Option::is_some) {
            return;
        }
        if let Some(container) = more.get() {
            insights.set_value(Some(leptos::mount::mount_to(
                container.into(),
                DiaryInsights,
            )));
        }
    });

    view! {
        <section class="page diary" aria-labelledby="diary-title">
            <h1 id="diary-title" tabindex="-1">{DIARY.title}</h1>
            <p class="diary-intro">
                "Log each night's cramps, or that there were none. Over weeks the diary shows how often they come, whether stretching in the evening goes with fewer of them for you, and a one-page report to take to your doctor. It is kept on this device only."
            </p>
            // the diary is built into `.diary-app` after the placeholder, which is hidden in the same
            // task; the container is a screen tall until then, so nothing below it moves
            <div class="diary-app" node_ref=app>
                <p class="diary-loading" node_ref=loading>"The diary appears here once the page has loaded; it needs JavaScript."</p>
            </div>
            <div class="diary-more" node_ref=more></div>
        </section>
    }
}
