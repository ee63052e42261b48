//! The only module for the stretch coach's cues: tones on the Web Audio clock, `navigator.vibrate`,
//! `speechSynthesis`, and the Screen Wake Lock. Every missing or refused API gives
//! [`CueError`], never a panic or a console error: the coach then works without that cue.

use crate::domain::stretch::Tone;
use std::fmt;

/// A cue the device can give.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Feature {
    Sound,
    Vibration,
    Voice,
    WakeLock,
}

/// Why a cue could not be given.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CueError {
    /// This browser or device does not have the feature (or not a browser at all).
    Unavailable(Feature),
    /// The browser refused (for example, sound before any tap on the page).
    Refused(Feature),
}

impl fmt::Display for CueError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let what = |feature| match feature {
            Feature::Sound => "Sound",
            Feature::Vibration => "Vibration",
            Feature::Voice => "Spoken cues",
            Feature::WakeLock => "Keeping the screen on",
        };
        match *self {
            Self::Unavailable(x) => write!(f, "{} is not available on this device.", what(x)),
            Self::Refused(x) => write!(f, "{} was refused by the browser.", what(x)),
        }
    }
}

impl std::error::Error for CueError {}

#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
/// A note of a tone: frequency in hertz, start and length in milliseconds from the tone's start.
struct Note(u16, u16, u16);

#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
/// The sound of each tone: soft sine notes, rising to start, falling to switch, a chord to finish.
fn notes(tone: Tone) -> &'static [Note] {
    match tone {
        Tone::StartHold => &[Note(523, 0, 130), Note(784, 130, 260)],
        Tone::Switch => &[Note(784, 0, 130), Note(523, 130, 260)],
        Tone::Count => &[Note(440, 0, 90)],
        Tone::Done => &[Note(523, 0, 200), Note(659, 180, 200), Note(784, 360, 600)],
    }
}

#[cfg(target_arch = "wasm32")]
mod imp {
    use super::{notes, CueError, Feature};
    use crate::domain::stretch::Tone;
    use js_sys::{Array, Function, Promise, Reflect};
    use std::cell::RefCell;
    use std::rc::Rc;
    use wasm_bindgen::{JsCast, JsValue};
    use web_sys::{AudioContext, AudioContextState, GainNode};

    /// Peak loudness of a note (0..1): quiet, for a bedroom.
    const VOLUME: f32 = 0.18;

    struct Audio {
        ctx: AudioContext,
        /// Everything scheduled goes through this node; dropping it cancels what is scheduled.
        bus: GainNode,
    }

    #[derive(Default)]
    struct Wake {
        wanted: bool,
        pending: bool,
        sentinel: Option<JsValue>,
    }

    #[derive(Default)]
    pub struct Cues {
        audio: RefCell<Option<Audio>>,
        wake: Rc<RefCell<Wake>>,
    }

    fn get(target: &JsValue, key: &str) -> Option<JsValue> {
        Reflect::get(target, &JsValue::from_str(key))
            .ok()
            .filter(|v| !v.is_undefined() && !v.is_null())
    }

    fn navigator() -> Option<JsValue> {
        web_sys::window().map(|w| JsValue::from(w.navigator()))
    }

    fn new_bus(ctx: &AudioContext) -> Option<GainNode> {
        let bus = ctx.create_gain().ok()?;
        bus.connect_with_audio_node(&ctx.destination()).ok()?;
        Some(bus)
    }

    fn play_note(audio: &Audio, at: f64, hz: u16, len_ms: u16) -> Option<()> {
        let ctx = &audio.ctx;
        let osc = ctx.create_oscillator().ok()?;
        let env = ctx.create_gain().ok()?;
        osc.frequency().set_value(f32::from(hz));
        let end = at + f64::from(len_ms) / 1000.0;
        let gain = env.gain();
        gain.set_value_at_time(0.0, at).ok()?;
        gain.linear_ramp_to_value_at_time(VOLUME, at + 0.012).ok()?;
        gain.exponential_ramp_to_value_at_time(0.0005, end).ok()?;
        osc.connect_with_audio_node(&env).ok()?;
        env.connect_with_audio_node(&audio.bus).ok()?;
        osc.start_with_when(at).ok()?;
        osc.stop_with_when(end + 0.02).ok()
    }

    impl Cues {
        pub fn unlock_sound(&self) -> Result<(), CueError> {
            let mut audio = self.audio.borrow_mut();
            if audio.is_none() {
                let window = web_sys::window().ok_or(CueError::Unavailable(Feature::Sound))?;
                if get(&window, "AudioContext").is_none() {
                    return Err(CueError::Unavailable(Feature::Sound));
                }
                let ctx = AudioContext::new().map_err(|_| CueError::Unavailable(Feature::Sound))?;
                let bus = new_bus(&ctx).ok_or(CueError::Unavailable(Feature::Sound))?;
                *audio = Some(Audio { ctx, bus });
            }
            let audio = audio
                .as_ref()
                .ok_or(CueError::Unavailable(Feature::Sound))?;
            if audio.ctx.state() != AudioContextState::Running {
                // resolves once the browser lets it play; a refusal is simply no sound
                if let Ok(p) = audio.ctx.resume() {
                    swallow(&p);
                }
            }
            Ok(())
        }

        pub fn schedule_tone(&self, tone: Tone, delay_ms: u64) -> Result<(), CueError> {
            let audio = self.audio.borrow();
            let audio = audio.as_ref().ok_or(CueError::Refused(Feature::Sound))?;
            if audio.ctx.state() == AudioContextState::Closed {
                return Err(CueError::Refused(Feature::Sound));
            }
            let start = audio.ctx.current_time() + delay_ms as f64 / 1000.0;
            for note in notes(tone) {
                play_note(audio, start + f64::from(note.1) / 1000.0, note.0, note.2)
                    .ok_or(CueError::Refused(Feature::Sound))?;
            }
            Ok(())
        }

        pub fn cancel_tones(&self) {
            let mut audio = self.audio.borrow_mut();
            if let Some(audio) = audio.as_mut() {
                let _ = audio.bus.disconnect();
                if let Some(bus) = new_bus(&audio.ctx) {
                    audio.bus = bus;
                }
            }
        }

        pub fn keep_screen_on(&self) -> Result<(), CueError> {
            let lock = navigator()
                .and_then(|n| get(&n, "wakeLock"))
                .ok_or(CueError::Unavailable(Feature::WakeLock))?;
            let request = get(&lock, "request")
                .and_then(|f| f.dyn_into::<Function>().ok())
                .ok_or(CueError::Unavailable(Feature::WakeLock))?;
            {
                let mut wake = self.wake.borrow_mut();
                wake.wanted = true;
                let held = wake
                    .sentinel
                    .as_ref()
                    .is_some_and(|s| get(s, "released").and_then(|r| r.as_bool()) == Some(false));
                if held || wake.pending {
                    return Ok(());
                }
                wake.pending = true;
            }
            let promise = request
                .call1(&lock, &JsValue::from_str("screen"))
                .ok()
                .and_then(|p| p.dyn_into::<Promise>().ok());
            let Some(promise) = promise else {
                self.wake.borrow_mut().pending = false;
                return Err(CueError::Refused(Feature::WakeLock));
            };
            let wake = Rc::clone(&self.wake);
            leptos::task::spawn_local(async move {
                let result = wasm_bindgen_futures::JsFuture::from(promise).await;
                let mut w = wake.borrow_mut();
                w.pending = false;
                // refused (page hidden, battery saver): the routine simply runs without it
                if let Ok(sentinel) = result {
                    if w.wanted {
                        w.sentinel = Some(sentinel);
                    } else {
                        release(&sentinel);
                    }
                }
            });
            Ok(())
        }

        pub fn let_screen_sleep(&self) {
            let mut wake = self.wake.borrow_mut();
            wake.wanted = false;
            if let Some(sentinel) = wake.sentinel.take() {
                release(&sentinel);
            }
        }
    }

    fn release(sentinel: &JsValue) {
        if let Some(f) = get(sentinel, "release").and_then(|f| f.dyn_into::<Function>().ok()) {
            if let Ok(p) = f.call0(sentinel) {
                if let Ok(p) = p.dyn_into::<Promise>() {
                    swallow(&p);
                }
            }
        }
    }

    /// Handles a promise's rejection so it never shows up as an unhandled error.
    fn swallow(promise: &Promise) {
        leptos::task::spawn_local({
            let p = promise.clone();
            async move {
                let _ = wasm_bindgen_futures::JsFuture::from(p).await;
            }
        });
    }

    pub fn vibrate(pattern: &[u32]) -> Result<(), CueError> {
        let nav = navigator().ok_or(CueError::Unavailable(Feature::Vibration))?;
        let f = get(&nav, "vibrate")
            .and_then(|f| f.dyn_into::<Function>().ok())
            .ok_or(CueError::Unavailable(Feature::Vibration))?;
        let list: Array = pattern.iter().map(|ms| JsValue::from(*ms)).collect();
        match f.call1(&nav, &list).ok().and_then(|r| r.as_bool()) {
            Some(true) => Ok(()),
            _ => Err(CueError::Refused(Feature::Vibration)),
        }
    }

    fn synth() -> Option<web_sys::SpeechSynthesis> {
        let window = web_sys::window()?;
        get(&window, "speechSynthesis")?;
        get(&window, "SpeechSynthesisUtterance")?;
        window.speech_synthesis().ok()
    }

    pub fn speak(text: &str) -> Result<(), CueError> {
        let synth = synth().ok_or(CueError::Unavailable(Feature::Voice))?;
        let utterance = web_sys::SpeechSynthesisUtterance::new_with_text(text)
            .map_err(|_| CueError::Unavailable(Feature::Voice))?;
        utterance.set_lang("en");
        utterance.set_rate(0.95);
        synth.cancel();
        synth.speak(&utterance);
        Ok(())
    }

    pub fn stop_speaking() {
        if let Some(synth) = synth() {
            synth.cancel();
        }
    }

    pub fn available(feature: Feature) -> bool {
        let Some(window) = web_sys::window() else {
            return false;
        };
        match feature {
            Feature::Sound => get(&window, "AudioContext").is_some(),
            Feature::Vibration => navigator().and_then(|n| get(&n, "vibrate")).is_some(),
            Feature::Voice => synth().is_some(),
            Feature::WakeLock => navigator().and_then(|n| get(&n, "wakeLock")).is_some(),
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod imp {
    use super::{CueError, Feature};
    use crate::domain::stretch::Tone;

    #[derive(Default)]
    pub struct Cues;

    impl Cues {
        pub fn unlock_sound(&self) -> Result<(), CueError> {
            Err(CueError::Unavailable(Feature::Sound))
        }
        pub fn schedule_tone(&self, _tone: Tone, _delay_ms: u64) -> Result<(), CueError> {
            Err(CueError::Unavailable(Feature::Sound))
        }
        pub fn cancel_tones(&self) {}
        pub fn keep_screen_on(&self) -> Result<(), CueError> {
            Err(CueError::Unavailable(Feature::WakeLock))
        }
        pub fn let_screen_sleep(&self) {}
    }

    pub fn vibrate(_pattern: &[u32]) -> Result<(), CueError> {
        Err(CueError::Unavailable(Feature::Vibration))
    }
    pub fn speak(_text: &str) -> Result<(), CueError> {
        Err(CueError::Unavailable(Feature::Voice))
    }
    pub fn stop_speaking() {}
    pub fn available(_feature: Feature) -> bool {
        false
    }
}

/// The sound and wake-lock state of one page (keep it in `StoredValue::new_local`: not `Send`).
#[derive(Default)]
pub struct Cues(imp::Cues);

impl Cues {
    /// Creates or resumes the audio output. Call it from a click or key press (browsers allow
    /// sound only after one), e.g. on Start.
    pub fn unlock_sound(&self) -> Result<(), CueError> {
        self.0.unlock_sound()
    }

    /// Plays `tone` `delay_ms` from now, timed by the audio clock (on time even if the page is busy).
    pub fn schedule_tone(&self, tone: Tone, delay_ms: u64) -> Result<(), CueError> {
        self.0.schedule_tone(tone, delay_ms)
    }

    /// Silences every tone scheduled and not yet played (pause, skip, reset).
    pub fn cancel_tones(&self) {
        self.0.cancel_tones()
    }

    /// Asks to keep the screen on (Screen Wake Lock); call again when the page is visible again,
    /// since the browser lets go of it when the page is hidden.
    pub fn keep_screen_on(&self) -> Result<(), CueError> {
        self.0.keep_screen_on()
    }

    /// Lets the screen sleep again.
    pub fn let_screen_sleep(&self) {
        self.0.let_screen_sleep()
    }
}

/// Vibrates with an on/off pattern in milliseconds.
pub fn vibrate(pattern: &[u32]) -> Result<(), CueError> {
    imp::vibrate(pattern)
}

/// Says `text` aloud, cutting off anything still being said.
pub fn speak(text: &str) -> Result<(), CueError> {
    imp::speak(text)
}

/// Stops speaking.
pub fn stop_speaking() {
    imp::stop_speaking()
}

/// Whether this browser has the feature at all (to say so next to its setting).
pub fn available(feature: Feature) -> bool {
    imp::available(feature)
}
