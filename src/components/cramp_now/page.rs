use crate::components::cramp_now::save_offer::SaveOffer;
use crate::components::cramp_now::state::CrampSession;
use crate::components::listen::listen_control::ListenControl;
use crate::domain::cramp::Timer;
use crate::domain::routes::CRAMP_NOW;
use crate::platform::{clock, document, storage};
use leptos::prelude::*;

/// The button that starts a new count (focus moves there when the count stops).
const NEW_COUNT_ID: &str = "cramp-new-count";

/// Where earlier versions saved the start of the count: removed, so an old cramp is never resumed.
const OLD_STARTED_KEY: &str = "cramp-coach.cramp-started";

/// Quick relief for a cramp happening now: big steps, when to get help, and a count that stops when it eases.
#[component]
pub fn CrampNowPage() -> impl IntoView {
    // Rendered before the clock is read (pre-rendering and hydration), then kept in step with the wall clock.
    let timer = CrampSession::provide();
    let now = RwSignal::new(0.0);
    Effect::new(move |_| {
        let _ = storage::remove(OLD_STARTED_KEY);
        let t = clock::now().epoch_ms;
        timer.set(Some(Timer::on_open(CrampSession::kept(), t)));
        now.set(t);
        // the display reads the clock each second; it never counts the ticks
        // dropped (so stopped) with this effect
        let each_second =
            gloo_timers::callback::Interval::new(1000, move || now.set(clock::now().epoch_ms));
        let ticking = StoredValue::new_local(Some(each_second));
        on_cleanup(move || {
            let _ = ticking.try_update_value(|t| drop(t.take()));
        });
    });
    // kept for this tab, so a visit to another page and back goes on with the same count
    Effect::new(move |_| {
        if let Some(t) = timer.get() {
            CrampSession::keep(t);
        }
    });
    // before the clock is read, the page shows a count just started (so nothing moves on hydration)
    let running = move || !matches!(timer.get(), Some(Timer::Eased { .. }));
    let needs_advice = move || timer.get().is_some_and(|t| t.needs_advice(now.get()));
    let eased = move |_| {
        let t = clock::now().epoch_ms;
        timer.update(|timer| *timer = timer.map(|r| r.ease(t)));
        now.set(t);
        // the button pressed is hidden now: focus the one that starts a new count
        document::focus_by_id(NEW_COUNT_ID);
    };
    let restart = move |_| {
        let t = clock::now().epoch_ms;
        timer.set(Some(Timer::Running { start_ms: t }));
        now.set(t);
    };

    view! {
        <section class="page cramp-now" aria-labelledby="cramp-now-title">
            <h1 id="cramp-now-title" tabindex="-1">{CRAMP_NOW.title}</h1>
            <ListenControl steps=true/>
            <ol class="big-steps">
                <li><strong>"Stretch: "</strong>"straighten your leg and pull your toes up toward your shin."</li>
                <li><strong>"Massage: "</strong>"rub the tight muscle firmly."</li>
                <li><strong>"Warm or cool it: "</strong>"a warm towel or heating pad, or an ice pack."</li>
                <li><strong>"Walk it off: "</strong>"when you can, stand up and walk or jiggle your leg."</li>
            </ol>
            <p class="source">
                "Stretching, massage and standing up on the leg: NHS and Mayo Clinic. Heat and ice: Mayo Clinic and the guide's home remedies."
            </p>
            <p class="cramp-caution">
                "With heat or ice, take care: never fall asleep on a heating pad, wrap an ice pack in a cloth, and be extra careful on skin that has less feeling than usual."
            </p>
            <div class="cramp-timer">
                <p class="cramp-timer__text" role="timer" aria-live=move || if running() { "off" } else { "polite" }>
                    {move || timer.get().map(|t| t.text(now.get())).unwrap_or_else(|| "Less than a minute since you opened this page".into())}
                </p>
                <button type="button" class="button button--primary cramp-timer__eased" hidden=move || !running() on:click=eased>
                    "It has eased"
                </button>
                <button type="button" id=NEW_COUNT_ID class="button button--quiet" on:click=restart>
                    {move || if running() { "Restart the count" } else { "Start a new count" }}
                </button>
            </div>
            <SaveOffer/>
            <div role="status" class="cramp-advice-region">
                <Show when=needs_advice>
                    <div class="callout callout--urgent">
                        <p>
                            <strong>"It has been over 10 minutes. "</strong>
                            "A cramp that lasts longer than 10 minutes and does not ease with stretching needs medical advice today (NHS; nidirect). "
                        </p>
                        <p><a href="/check">"Take the symptom check"</a></p>
                    </div>
                </Show>
            </div>
            <section class="callout callout--help" aria-labelledby="help-now-title">
                <h2 id="help-now-title">"Get help now if"</h2>
                <ul>
                    <li>
                        <strong>"you have chest pain or are breathless: "</strong>
                        "call 999, 911, 112 or your local emergency number (NHS)."
                    </li>
                    <li>
                        <strong>"one leg is swollen, painful, warm or red: "</strong>
                        "get medical advice today (NHS)."
                    </li>
                    <li>
                        <strong>"a cramp lasts over 10 minutes and does not ease: "</strong>
                        "get medical advice today (NHS; nidirect)."
                    </li>
                </ul>
                <p>
                    "Medical advice today means a same-day appointment with your doctor, NHS 111 in the UK (call "
                    <a href="tel:111">"111"</a>
                    "), or an urgent care centre. This is not a diagnosis: for other signs, "
                    <a href="/check">"take the symptom check"</a>"."
                </p>
            </section>
            <p><a href="/#remedies">"More about home remedies"</a></p>
        </section>
    }
}
