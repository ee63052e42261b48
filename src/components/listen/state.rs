//! `Reader`: the "Listen" control's state and actions. It drives `domain::listen::Reading` with
//! the speech output (`platform::speech`), the highlight (`platform::read_marks`) and the screen
//! wake lock (`platform::wake_lock`), all started from a press.

use crate::domain::listen::{rate, voice_order, Reading, NORMAL_SPEED};
use crate::platform::{read_marks::ReadMarks, speech::Speaker, visibility, wake_lock::ScreenWake};
use leptos::prelude::*;

/// The controller of one "Listen" control (`Copy`: its parts live in the reactive owner).
#[derive(Clone, Copy)]
pub struct Reader {
    /// Where it is in the text.
    pub reading: RwSignal<Reading>,
    /// The chosen speed, an index into `domain::listen::SPEEDS`.
    pub speed: RwSignal<usize>,
    /// The voices offered, best first, as (name, label); the first is used until one is chosen.
    pub voices: RwSignal<Vec<(String, String)>>,
    /// The chosen voice's name.
    voice: RwSignal<Option<String>>,
    /// False once it is known that this browser cannot read aloud.
    pub available: RwSignal<bool>,
    /// Set when Listen was pressed on a device without any voice.
    pub no_voice: RwSignal<bool>,
    /// What is read: the elements matching this selector, found when Listen is pressed.
    selector: &'static str,
    speaker: StoredValue<Option<Speaker>, LocalStorage>,
    marks: StoredValue<Option<ReadMarks>, LocalStorage>,
    wake: StoredValue<ScreenWake, LocalStorage>,
}

impl Reader {
    /// A reader of the elements matching `selector`; nothing happens before [`Reader::start_up`].
    pub fn new(selector: &'static str) -> Self {
        Self {
            reading: RwSignal::new(Reading::Idle),
            speed: RwSignal::new(NORMAL_SPEED),
            voices: RwSignal::new(Vec::new()),
            voice: RwSignal::new(None),
            available: RwSignal::new(true),
            no_voice: RwSignal::new(false),
            selector,
            speaker: StoredValue::new_local(None),
            marks: StoredValue::new_local(None),
            wake: StoredValue::new_local(ScreenWake::default()),
        }
    }

    /// In the browser, after hydration: looks for speech and its voices, and undoes everything
    /// when the page is left (stops reading, removes the highlight, the listeners, the wake lock).
    pub fn start_up(self) {
        match Speaker::new(move || self.sentence_ended(), move || self.list_voices()) {
            Ok(speaker) => {
                self.speaker.set_value(Some(speaker));
                self.list_voices();
            }
            Err(_) => self.available.set(false),
        }
        // the browser lets go of the wake lock while the page is hidden
        let shown = visibility::on_return(move || {
            if self.reading.get_untracked().is_playing() {
                self.keep_screen_on();
            }
        });
        on_cleanup(move || {
            shown.cancel();
            // dropping the speaker stops speaking and removes its `voiceschanged` listener
            let _ = self.speaker.try_update_value(|s| *s = None);
            let _ = self.marks.try_with_value(|m| {
                if let Some(m) = m {
                    m.mark(None);
                }
            });
            let _ = self.wake.try_with_value(ScreenWake::release);
        });
    }

    fn list_voices(self) {
        let voices = self
            .speaker
            .with_value(|s| s.as_ref().map(Speaker::voices))
            .unwrap_or_default();
        let tags: Vec<(&str, bool)> = voices.iter().map(|v| (v.lang.as_str(), v.local)).collect();
        let offered = voice_order(&tags)
            .into_iter()
            .map(|i| {
                let v = &voices[i];
                let offline = if v.local { "" } else { ", needs a network" };
                (v.name.clone(), format!("{} ({}{offline})", v.name, v.lang))
            })
            .collect();
        self.voices.set(offered);
    }

    fn count(self) -> usize {
        self.marks
            .with_value(|m| m.as_ref().map(ReadMarks::len))
            .unwrap_or(0)
    }

    /// The main button: Listen (from the first sentence), Pause, Resume.
    pub fn press(self) {
        let now = self.reading.get_untracked();
        if now.sentence().is_none() {
            // found afresh at each start: the page may have changed since
            self.marks.set_value(Some(ReadMarks::find(self.selector)));
            let none = self.voices.with_untracked(Vec::is_empty);
            self.no_voice.set(none);
            if none || self.count() == 0 {
                return;
            }
        }
        self.go(now.toggled());
    }

    /// Previous or next sentence.
    pub fn step(self, forward: bool) {
        let count = self.count();
        self.go(self.reading.get_untracked().moved(forward, count));
    }

    /// A speed chosen by its index.
    pub fn set_speed(self, speed: usize) {
        self.speed.set(speed);
        self.go(self.reading.get_untracked());
    }

    /// A voice chosen by its name.
    pub fn set_voice(self, name: String) {
        self.voice.set(Some(name));
        self.go(self.reading.get_untracked());
    }

    fn sentence_ended(self) {
        let count = self.count();
        self.go(self.reading.get_untracked().ended(count));
    }

    /// Moves to `next`: reads its sentence from the start (with the current speed and voice) or
    /// stays silent on it.
    fn go(self, next: Reading) {
        self.reading.set(next);
        self.marks.with_value(|m| {
            if let Some(m) = m {
                m.mark(next.sentence());
            }
        });
        let text = match next {
            Reading::Playing(n) => self.marks.with_value(|m| m.as_ref().map(|m| m.text(n))),
            _ => None,
        };
        let Some(text) = text else {
            self.with_speaker(Speaker::cancel);
            self.wake.with_value(ScreenWake::release);
            return;
        };
        let voice = self.voice.get_untracked().or_else(|| {
            self.voices
                .with_untracked(|v| v.first().map(|(name, _)| name.clone()))
        });
        let rate = rate(self.speed.get_untracked());
        self.with_speaker(|s| {
            // cannot fail once the speaker exists; nothing more to say if it does
            let _ = s.speak(&text, rate, voice.as_deref());
        });
        self.keep_screen_on();
    }

    fn with_speaker(self, f: impl FnOnce(&Speaker)) {
        self.speaker.with_value(|s| {
            if let Some(s) = s {
                f(s);
            }
        });
    }

    fn keep_screen_on(self) {
        // without it (refused, or no such API) reading goes on; the screen may sleep
        let _ = self.wake.with_value(ScreenWake::keep_on);
    }
}
