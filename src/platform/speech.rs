//! The only module for reading text aloud (`speechSynthesis`): one utterance per sentence (Chrome
//! cuts long ones off, and Android's `pause` is broken, so a pause is a `cancel`), the voices the
//! device has (they may arrive later, with `voiceschanged`) and a callback when the sentence being
//! read has ended. No speech at all gives [`SpeechError`], never a panic.
//! (The stretch coach's short spoken cues go through `platform::cues`.)

use std::fmt;

/// Why nothing can be read aloud.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SpeechError {
    /// This browser has no speech synthesis (or this is not a browser).
    Unavailable,
}

impl fmt::Display for SpeechError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Reading aloud is not available in this browser.")
    }
}

impl std::error::Error for SpeechError {}

/// A voice of the device, as the browser names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Voice {
    pub name: String,
    /// A BCP 47 language tag, such as `en-GB`.
    pub lang: String,
    /// Whether it works without a network (`localService`).
    pub local: bool,
}

#[cfg(target_arch = "wasm32")]
mod imp {
    use super::{SpeechError, Voice};
    use std::cell::RefCell;
    use std::rc::Rc;
    use wasm_bindgen::{closure::Closure, JsCast, JsValue};
    use web_sys::{SpeechSynthesis, SpeechSynthesisUtterance, SpeechSynthesisVoice};

    pub struct Speaker {
        synth: SpeechSynthesis,
        /// The utterance being read: only its end counts (a cancelled one is forgotten first).
        current: Rc<RefCell<Option<SpeechSynthesisUtterance>>>,
        on_end: Closure<dyn Fn(web_sys::Event)>,
        on_voices: Closure<dyn Fn()>,
    }

    fn has(target: &JsValue, key: &str) -> bool {
        js_sys::Reflect::get(target, &JsValue::from_str(key))
            .is_ok_and(|v| !v.is_undefined() && !v.is_null())
    }

    fn voices(synth: &SpeechSynthesis) -> Vec<SpeechSynthesisVoice> {
        synth
            .get_voices()
            .iter()
            .map(|v| v.unchecked_into::<SpeechSynthesisVoice>())
            .collect()
    }

    impl Speaker {
        pub fn new(
            on_end: impl Fn() + 'static,
            on_voices: impl Fn() + 'static,
        ) -> Result<Self, SpeechError> {
            let window = web_sys::window().ok_or(SpeechError::Unavailable)?;
            if !has(&window, "speechSynthesis") || !has(&window, "SpeechSynthesisUtterance") {
                return Err(SpeechError::Unavailable);
            }
            let synth = window
                .speech_synthesis()
                .map_err(|_| SpeechError::Unavailable)?;
            let current: Rc<RefCell<Option<SpeechSynthesisUtterance>>> = Rc::default();
            let watched = Rc::clone(&current);
            // `Fn`, not `FnMut`: the callback may start the next utterance from inside itself
            let on_end = Closure::<dyn Fn(web_sys::Event)>::new(move |ev: web_sys::Event| {
                let ended = ev.target().map(JsValue::from);
                let is_current = watched
                    .borrow()
                    .as_ref()
                    .is_some_and(|u| ended.as_ref() == Some(u.as_ref()));
                if is_current {
                    watched.borrow_mut().take();
                    on_end();
                }
            });
            let on_voices = Closure::<dyn Fn()>::new(on_voices);
            let _ = synth.add_event_listener_with_callback(
                "voiceschanged",
                on_voices.as_ref().unchecked_ref(),
            );
            Ok(Self {
                synth,
                current,
                on_end,
                on_voices,
            })
        }

        pub fn voices(&self) -> Vec<Voice> {
            voices(&self.synth)
                .iter()
                .map(|v| Voice {
                    name: v.name(),
                    lang: v.lang(),
                    local: v.local_service(),
                })
                .collect()
        }

        pub fn speak(&self, text: &str, rate: f32, voice: Option<&str>) -> Result<(), SpeechError> {
            self.cancel();
            let utterance = SpeechSynthesisUtterance::new_with_text(text)
                .map_err(|_| SpeechError::Unavailable)?;
            utterance.set_rate(rate);
            match voices(&self.synth)
                .into_iter()
                .find(|v| Some(v.name().as_str()) == voice)
            {
                Some(v) => utterance.set_voice(Some(&v)),
                None => utterance.set_lang("en"),
            }
            utterance.set_onend(Some(self.on_end.as_ref().unchecked_ref()));
            *self.current.borrow_mut() = Some(utterance.clone());
            self.synth.speak(&utterance);
            Ok(())
        }

        pub fn cancel(&self) {
            let cancelled = self.current.borrow_mut().take();
            if let Some(utterance) = cancelled {
                utterance.set_onend(None);
            }
            self.synth.cancel();
        }
    }

    impl Drop for Speaker {
        fn drop(&mut self) {
            self.cancel();
            let _ = self.synth.remove_event_listener_with_callback(
                "voiceschanged",
                self.on_voices.as_ref().unchecked_ref(),
            );
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod imp {
    use super::{SpeechError, Voice};

    pub struct Speaker;

    impl Speaker {
        pub fn new(
            _on_end: impl Fn() + 'static,
            _on_voices: impl Fn() + 'static,
        ) -> Result<Self, SpeechError> {
            Err(SpeechError::Unavailable)
        }
        pub fn voices(&self) -> Vec<Voice> {
            Vec::new()
        }
        pub fn speak(
            &self,
            _text: &str,
            _rate: f32,
            _voice: Option<&str>,
        ) -> Result<(), SpeechError> {
            Err(SpeechError::Unavailable)
        }
        pub fn cancel(&self) {}
    }
}

/// The device's speech output for one reader (keep it in `StoredValue::new_local`: not `Send`).
/// Dropping it stops speaking and removes its `voiceschanged` listener.
pub struct Speaker(imp::Speaker);

impl Speaker {
    /// The speech output, calling `on_end` when the sentence being read ends by itself (not when
    /// it is cancelled) and `on_voices` when the device's list of voices changes.
    pub fn new(
        on_end: impl Fn() + 'static,
        on_voices: impl Fn() + 'static,
    ) -> Result<Self, SpeechError> {
        imp::Speaker::new(on_end, on_voices).map(Self)
    }

    /// The device's voices, in the browser's order (often empty until `voiceschanged`).
    pub fn voices(&self) -> Vec<Voice> {
        self.0.voices()
    }

    /// Reads `text` at `rate` (1 is normal) in the voice named `voice` (or the default English
    /// one), cutting off whatever was being read.
    pub fn speak(&self, text: &str, rate: f32, voice: Option<&str>) -> Result<(), SpeechError> {
        self.0.speak(text, rate, voice)
    }

    /// Stops reading at once; the sentence cut off does not count as ended.
    pub fn cancel(&self) {
        self.0.cancel()
    }
}
