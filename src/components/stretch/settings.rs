use crate::components::stretch::state::{Coach, MissingCues};
use crate::domain::stretch::{Leg, Settings};
use crate::platform::document;
use leptos::prelude::*;

/// The routine's settings (hold length, rounds, first leg) and its cues, remembered on this device.
#[component]
pub fn StretchSettings() -> impl IntoView {
    let coach = Coach::get();
    // One listener for the whole form: each control's `name` says which setting it changes.
    let changed = move |ev: leptos::ev::Event| {
        let field = document::event_target_name(&ev);
        let value = event_target_value(&ev);
        let checked = event_target_checked(&ev);
        coach.change_settings(|s| *s = s.apply(&field, &value, checked));
    };
    let note = coach.derive(|u| {
        if u.in_progress() {
            "Changes to the routine apply from the next start. Cue changes apply now."
        } else {
            "Remembered on this device."
        }
        .to_string()
    });
    let hold = coach.derive(|u| u.settings.hold_secs.to_string());
    let hold_text = coach.derive(|u| format!("{} s", u.settings.hold_secs));
    let rounds = coach.derive(|u| u.settings.rounds_per_leg.to_string());
    let rounds_text = coach.derive(|u| match u.settings.rounds_per_leg {
        1 => "1 hold each".to_string(),
        n => format!("{n} holds each"),
    });
    let storage_note = coach.derive(|u| u.storage_note.clone().unwrap_or_default());
    let no_storage_note = coach.derive(|u| u.storage_note.is_none());
    // The pre-rendered form shows the defaults (`checked`, `value`); saved values arrive as properties.
    let leg_choice = move |leg: Leg, label: &'static str| {
        let checked = coach.derive(move |u| u.settings.first_leg == leg);
        view! {
            <label class="choice">
                <input type="radio" name="first_leg" value=leg.name() checked=leg == Leg::default() prop:checked=checked/>
                <span>{label}</span>
            </label>
        }
    };
    let toggle = move |name: &'static str,
                       label: &'static str,
                       get: fn(&Settings) -> bool,
                       missing: fn(&MissingCues) -> bool| {
        let on = coach.derive(move |u| get(&u.settings));
        let present = coach.derive(move |u| !missing(&u.missing));
        view! {
            <label class="choice">
                <input type="checkbox" name=name checked=get(&Settings::default()) prop:checked=on/>
                <span>{label}</span>
                <span class="choice__note" hidden=present>"(not available on this device)"</span>
            </label>
        }
    };
    view! {
        <section class="stretch-settings" aria-labelledby="stretch-settings-title" on:input=changed>
            <h2 id="stretch-settings-title">"Settings"</h2>
            <p class="stretch-settings__note">{note}</p>
            <div class="field">
                <label for="stretch-hold">"Hold (seconds)"</label>
                <div class="field__row">
                    <input id="stretch-hold" name="hold_secs" type="range" min="20" max="30" step="1" value="30" prop:value=hold/>
                    <output for="stretch-hold" class="field__value">{hold_text}</output>
                </div>
            </div>
            <div class="field">
                <label for="stretch-rounds">"Rounds per leg"</label>
                <div class="field__row">
                    <input id="stretch-rounds" name="rounds_per_leg" type="range" min="1" max="5" step="1" value="1" prop:value=rounds/>
                    <output for="stretch-rounds" class="field__value">{rounds_text}</output>
                </div>
            </div>
            <fieldset class="field">
                <legend>"Start with"</legend>
                <div class="choices">
                    {leg_choice(Leg::Left, "Left leg")}
                    {leg_choice(Leg::Right, "Right leg")}
                </div>
            </fieldset>
            <fieldset class="field">
                <legend>"Cues"</legend>
                <div class="choices choices--stacked">
                    {toggle("sound", "Sound", |s| s.sound, |m| m.sound)}
                    {toggle("vibration", "Vibration", |s| s.vibration, |m| m.vibration)}
                    {toggle("voice", "Spoken cues", |s| s.voice, |m| m.voice)}
                </div>
            </fieldset>
            <div role="status">
                <p class="stretch-settings__warning" hidden=no_storage_note>{storage_note}</p>
            </div>
        </section>
    }
}
