use crate::domain::cramp;
use crate::domain::routes::CRAMP_NOW;
use crate::platform::{clock, storage};
use leptos::prelude::*;

const STARTED_KEY: &str = "cramp-coach.cramp-started";

/// Quick relief for a cramp happening now: big steps from the guide, minutes since it started, and when to get advice.
#[component]
pub fn CrampNowPage() -> impl IntoView {
    // Rendered before the clock is read (pre-rendering and hydration), then kept in step with the wall clock.
    let start = RwSignal::new(None::<f64>);
    let now = RwSignal::new(0.0);
    Effect::new(move |_| {
        // whole milliseconds as an integer: float formatting and parsing would add kilobytes to the wasm
        let saved = storage::read(STARTED_KEY)
            .ok()
            .flatten()
            .and_then(|s| s.parse::<i64>().ok())
            .map(|ms| ms as f64);
        let t = clock::now().epoch_ms;
        let begun = cramp::resume_or_start(saved, t);
        // If it can't be saved, the count still runs for this visit.
        let _ = storage::write(STARTED_KEY, &(begun as i64).to_string());
        start.set(Some(begun));
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
    let minutes = move || start.get().map(|s| cramp::whole_minutes(s, now.get()));
    let needs_advice = move || {
        start
            .get()
            .is_some_and(|s| cramp::needs_advice(s, now.get()))
    };
    let restart = move |_| {
        let t = clock::now().epoch_ms;
        let _ = storage::write(STARTED_KEY, &(t as i64).to_string());
        start.set(Some(t));
        now.set(t);
    };

    view! {
        <section class="page cramp-now" aria-labelledby="cramp-now-title">
            <h1 id="cramp-now-title" tabindex="-1">{CRAMP_NOW.title}</h1>
            <ol class="big-steps">
                <li><strong>"Stretch: "</strong>"straighten your leg and pull your toes up toward your shin."</li>
                <li><strong>"Massage: "</strong>"rub the tight muscle firmly."</li>
                <li><strong>"Warm or cool it: "</strong>"a warm towel or heating pad, or an ice pack."</li>
                <li><strong>"Walk it off: "</strong>"when you can, stand up and walk or jiggle your leg."</li>
            </ol>
            <p class="source">"From the guide's home remedies; Mayo Clinic and the NHS give the same steps."</p>
            <div class="cramp-timer">
                <p class="cramp-timer__text" role="timer" aria-live="off">
                    {move || minutes().map(cramp::elapsed_text).unwrap_or_else(|| "Timing starts when the page is ready".into())}
                </p>
                <button type="button" class="button button--quiet" on:click=restart>"Restart the count"</button>
            </div>
            <div role="status" class="cramp-advice-region">
                <Show when=needs_advice>
                    <div class="callout callout--urgent">
                        <p>
                            <strong>"It has been over 10 minutes. "</strong>
                            "A cramp that lasts longer than 10 minutes and does not ease with stretching needs medical advice today (NHS). "
                        </p>
                        <p><a href="/check">"Take the symptom check"</a></p>
                    </div>
                </Show>
            </div>
            <p>
                "A cramp usually passes within minutes. If this one lasts longer than 10 minutes, or comes with swelling, redness or warmth in one leg, "
                <a href="/check">"take the symptom check"</a>"."
            </p>
            <p><a href="/#remedies">"More about home remedies"</a></p>
        </section>
    }
}
