use crate::components::listen::state::Reader;
use crate::domain::listen::SPEEDS;
use crate::view::listen::{button_label, status, NO_VOICE};
use leptos::prelude::*;

/// "Listen": reads the elements matching `read` aloud, one per utterance, with pause and resume, previous and next, a speed and a voice.
#[component]
pub fn ListenControl(read: &'static str) -> impl IntoView {
    let reader = Reader::new(read);
    Effect::new(move |_| reader.start_up());
    let started = move || reader.reading.get().sentence().is_some();
    // changes only when the state does: a screen reader hears "Reading" once, not each sentence
    let said = Memo::new(move |_| {
        if reader.no_voice.get() {
            NO_VOICE
        } else {
            status(reader.reading.get())
        }
    });
    view! {
        <div class="listen" role="group" aria-label="Read aloud" hidden=move || !reader.available.get()>
            <button type="button" class="button button--primary" on:click=move |_| reader.press()>
                {move || button_label(reader.reading.get())}
            </button>
            <button type="button" class="button button--quiet" hidden=move || !started() on:click=move |_| reader.step(false)>
                "Previous"<span class="visually-hidden">" sentence"</span>
            </button>
            <button type="button" class="button button--quiet" hidden=move || !started() on:click=move |_| reader.step(true)>
                "Next"<span class="visually-hidden">" sentence"</span>
            </button>
            <label class="listen__choice" hidden=move || !started()>
                "Speed "
                <select on:change=move |ev| reader.set_speed(event_target_value(&ev).parse().unwrap_or(1))>
                    {SPEEDS
                        .iter()
                        .enumerate()
                        .map(|(i, (_, label))| view! { <option value=i.to_string() selected=reader.speed.get_untracked() == i>{*label}</option> })
                        .collect_view()}
                </select>
            </label>
            <label class="listen__choice" hidden=move || !started() || reader.voices.with(Vec::is_empty)>
                "Voice "
                <select on:change=move |ev| reader.set_voice(event_target_value(&ev))>
                    {move || {
                        reader
                            .voices
                            .get()
                            .into_iter()
                            .map(|(name, label)| view! { <option value=name>{label}</option> })
                            .collect_view()
                    }}
                </select>
            </label>
            <p role="status" class="listen__status">{move || said.get()}</p>
        </div>
    }
}
