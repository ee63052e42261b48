//! The stretch coach's controller: the page's state in one signal, and the actions that change it
//! (start, pause, skip, reset, settings), driving the domain's session with the clock and cues,
//! and saving through `domain::stretch::saved` with the browser's store.

use crate::components::shell::in_progress::InProgress;
use crate::domain::calendar::LocalDate;
use crate::domain::stretch::{
    cues::CueWork, saved, History, Leg, Session, SessionState, Settings, Status,
};
use crate::platform::cues::{self, Cues, Feature};
use crate::platform::storage::LocalStorage as BrowserStore;
use crate::platform::{clock, visibility};
use gloo_timers::callback::Timeout;
use leptos::prelude::*;
use std::sync::Arc;

/// Everything the page shows, in one signal (one signal type keeps the wasm small).
#[derive(Debug, Clone, PartialEq)]
pub struct Ui {
    pub settings: Settings,
    pub status: Status,
    pub state: SessionState,
    /// Holds per leg and the whole length of the routine shown.
    pub rounds: u8,
    pub total_ms: u64,
    pub first_leg: Leg,
    pub ring: RingSegment,
    /// The latest announcement, for the polite status region.
    pub status_text: String,
    pub history: History,
    /// Known only in the browser.
    pub today: Option<LocalDate>,
    /// A note about saved data (could not be saved, or could not be read back).
    pub storage_note: Option<String>,
    /// Monotonic microseconds at which what is shown became due (read by `make bench`).
    pub due_us: i64,
    /// Which cues this browser lacks.
    pub missing: MissingCues,
}

impl Ui {
    /// Running or paused part-way.
    pub fn in_progress(&self) -> bool {
        matches!(self.status, Status::Running | Status::Paused)
    }
}

/// The cues this browser cannot give (known only in the browser).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct MissingCues {
    pub sound: bool,
    pub vibration: bool,
    pub voice: bool,
}

/// One stretch of the progress ring's animation: it restarts (under the other name) whenever the
/// phase changes or the routine pauses or resumes, from where the phase is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct RingSegment {
    pub generation: u32,
    pub duration_ms: u64,
    pub into_ms: u64,
    pub running: bool,
}

/// The browser side of a routine: not `Send`, so kept in local storage of the arena.
#[derive(Default)]
struct Engine {
    session: Option<Session>,
    cues: Cues,
    /// The next wake-up; dropping it cancels it.
    pending: Option<Timeout>,
}

/// The stretch coach's state and actions (context from `StretchPage`), shared by the page's parts
/// (handles only, so `Copy`).
#[derive(Clone, Copy)]
pub struct Coach {
    pub ui: RwSignal<Ui>,
    engine: StoredValue<Engine, LocalStorage>,
}

impl Coach {
    /// The context provided by `StretchPage`.
    /// Never panics: without one (a part drawn outside its page) it is a new, idle coach.
    pub fn get() -> Self {
        use_context().unwrap_or_else(Self::new)
    }

    pub(super) fn new() -> Self {
        let settings = Settings::default();
        let session = Session::new(&settings);
        let state = session.state(0.0);
        let ui = Ui {
            settings,
            status: Status::Idle,
            state,
            rounds: settings.rounds_per_leg,
            total_ms: session.plan().total_ms(),
            first_leg: settings.first_leg,
            ring: RingSegment::default(),
            status_text: String::new(),
            history: History::default(),
            today: None,
            storage_note: None,
            due_us: 0,
            missing: MissingCues::default(),
        };
        Self {
            ui: RwSignal::new(ui),
            engine: StoredValue::new_local(Engine {
                session: Some(session),
                ..Engine::default()
            }),
        }
    }

    /// A derived value of the page state. Type-erased on purpose: one render path and one
    /// closure per value type instead of one per call site keeps the wasm small.
    pub fn derive<T: Clone + Send + Sync + 'static>(
        self,
        f: impl Fn(&Ui) -> T + Send + Sync + 'static,
    ) -> Signal<T> {
        derive_erased(self.ui, Arc::new(f))
    }

    fn with_session<T>(self, f: impl FnOnce(&mut Session) -> T) -> Option<T> {
        self.engine
            .try_update_value(|e| e.session.as_mut().map(f))
            .flatten()
    }

    fn with_cues(self, f: impl FnOnce(&Cues)) {
        let _ = self.engine.try_with_value(|e| f(&e.cues));
    }

    /// Reads the saved settings and history and what the browser can do (after hydration).
    pub(super) fn load(self) {
        let opened = saved::open(&BrowserStore);
        let today = clock::now().local_date;
        let settings = opened.settings;
        self.ui.update(|u| {
            if opened.note.is_some() {
                u.storage_note = opened.note;
            }
            u.settings = settings;
            u.history = opened.history;
            u.today = Some(today);
            u.missing = MissingCues {
                sound: !cues::available(Feature::Sound),
                vibration: !cues::available(Feature::Vibration),
                voice: !cues::available(Feature::Voice),
            };
        });
        self.with_session(|s| *s = Session::new(&settings));
        self.show(clock::monotonic_ms(), None);
    }

    /// Updates what is shown from the session (and the announcement, if any).
    fn show(self, now: f64, announce: Option<String>) {
        let Some((status, state, rounds, total_ms, first_leg, step_ms, due)) =
            self.with_session(|s| {
                let state = s.state(now);
                (
                    s.status(),
                    state,
                    s.plan().rounds(),
                    s.plan().total_ms(),
                    s.plan().first_leg(),
                    s.plan().steps()[state.index].duration_ms,
                    s.display_due_at(now),
                )
            })
        else {
            return;
        };
        self.ui.update(|u| {
            if u.state.index != state.index || u.status != status {
                u.ring = RingSegment {
                    generation: u.ring.generation.wrapping_add(1),
                    duration_ms: step_ms,
                    into_ms: step_ms.saturating_sub(state.remaining_ms),
                    running: status == Status::Running,
                };
            }
            u.status = status;
            u.state = state;
            u.rounds = rounds;
            u.total_ms = total_ms;
            u.first_leg = first_leg;
            if let Some(due) = due {
                u.due_us = (due * 1000.0) as i64;
            }
            if let Some(text) = announce {
                u.status_text = text;
            }
        });
        InProgress.set(matches!(status, Status::Running | Status::Paused));
    }

    /// Brings everything up to the clock: display, cues, history, and the next wake-up.
    fn tick(self) {
        self.clear_pending();
        let now = clock::monotonic_ms();
        let Some(tick) = self.with_session(|s| s.tick(now)) else {
            return;
        };
        let announce = self.play(tick.cues);
        if tick.just_finished {
            self.record_completion();
            self.with_cues(Cues::let_screen_sleep);
        }
        self.show(now, announce);
        if let Some(ms) = tick.next_change_in_ms {
            // wake up exactly when the display changes next; the clock, not a count, decides
            let ms = u32::try_from(ms).unwrap_or(u32::MAX);
            let next = Timeout::new(ms, move || self.tick());
            let _ = self.engine.try_update_value(|e| e.pending = Some(next));
        }
    }

    /// Plays the cues that are due; returns the announcement to show.
    fn play(self, work: CueWork) -> Option<String> {
        let s = self.ui.with_untracked(|u| u.settings);
        if s.sound {
            self.with_cues(|c| {
                for (tone, delay) in &work.schedule {
                    // without sound (refused, unsupported) the other cues still come
                    let _ = c.schedule_tone(*tone, *delay);
                }
            });
        }
        if s.vibration {
            if let Some(tone) = work.due_now.last() {
                let _ = cues::vibrate(tone.vibration());
            }
        }
        work.announce.map(|due| {
            let text = due.what.text();
            if s.voice && due.speak {
                let _ = cues::speak(&text);
            }
            text
        })
    }

    fn record_completion(self) {
        let today = clock::now().local_date;
        self.ui.update(|u| {
            u.today = Some(today);
            if let Some(note) = saved::record(&BrowserStore, &mut u.history, today) {
                u.storage_note = Some(note);
            }
        });
    }

    fn clear_pending(self) {
        // dropping the timeout cancels it
        let _ = self.engine.try_update_value(|e| e.pending.take());
    }

    fn wake_cues(self) {
        let sound = self.ui.with_untracked(|u| u.settings.sound);
        self.with_cues(|c| {
            if sound {
                let _ = c.unlock_sound();
            }
            let _ = c.keep_screen_on();
        });
    }

    fn quiet(self) {
        self.clear_pending();
        self.with_cues(|c| {
            c.cancel_tones();
            c.let_screen_sleep();
        });
        cues::stop_speaking();
    }

    /// Start (also "Start again" after finishing). Call from a click or key press: sound needs one.
    pub fn start(self) {
        let settings = self.ui.with_untracked(|u| u.settings);
        self.quiet();
        let now = clock::monotonic_ms();
        self.with_session(|s| {
            *s = Session::new(&settings);
            s.start(now);
        });
        self.wake_cues();
        self.tick();
    }

    /// Pause when running, resume when paused.
    pub fn toggle_pause(self) {
        let now = clock::monotonic_ms();
        match self.ui.with_untracked(|u| u.status) {
            Status::Running => {
                self.with_session(|s| s.pause(now));
                self.quiet();
                self.show(now, Some("Paused".into()));
            }
            Status::Paused => {
                self.with_session(|s| s.resume(now));
                self.wake_cues();
                self.ui.update(|u| u.status_text = "Resumed".into());
                self.tick();
            }
            Status::Idle | Status::Finished => {}
        }
    }

    /// Ends "get ready" at once.
    pub fn skip_get_ready(self) {
        let now = clock::monotonic_ms();
        if self.with_session(|s| s.skip_get_ready(now)) == Some(true) {
            self.with_cues(Cues::cancel_tones);
            if self.ui.with_untracked(|u| u.status) == Status::Running {
                self.tick();
            } else {
                self.show(now, None);
            }
        }
    }

    /// Back to the start, nothing saved.
    pub fn reset(self) {
        self.quiet();
        let settings = self.ui.with_untracked(|u| u.settings);
        self.with_session(|s| *s = Session::new(&settings));
        self.show(clock::monotonic_ms(), Some(String::new()));
    }

    /// Saves new settings; a routine in progress keeps its plan, the next one uses them.
    pub fn change_settings(self, change: impl FnOnce(&mut Settings)) {
        let old = self.ui.with_untracked(|u| u.settings);
        let mut new = old;
        change(&mut new);
        let new = new.clamped();
        if new == old {
            return;
        }
        if new.sound && !old.sound {
            // the change itself is a user gesture: sound may start now
            self.with_cues(|c| {
                let _ = c.unlock_sound();
            });
        }
        if !new.sound {
            self.with_cues(Cues::cancel_tones);
        }
        if !new.voice {
            cues::stop_speaking();
        }
        let note = saved::save_settings(&BrowserStore, &new);
        self.ui.update(|u| {
            u.settings = new;
            if note.is_some() {
                u.storage_note = note;
            }
        });
        if self.with_session(|s| s.in_progress()) == Some(false) {
            self.with_session(|s| *s = Session::new(&new));
            self.show(clock::monotonic_ms(), None);
        }
    }

    /// The page came back into view, or went out of it.
    pub(super) fn visibility_changed(self) {
        if self.ui.with_untracked(|u| u.status) != Status::Running {
            return;
        }
        if visibility::is_visible() {
            self.with_cues(|c| {
                let _ = c.keep_screen_on();
            });
            self.tick();
        } else {
            self.with_cues(Cues::let_screen_sleep);
        }
    }

    /// Everything stops: the page is going away.
    pub(super) fn stop(self) {
        self.quiet();
        InProgress.set(false);
    }
}

fn derive_erased<T: Clone + Send + Sync + 'static>(
    ui: RwSignal<Ui>,
    f: Arc<dyn Fn(&Ui) -> T + Send + Sync>,
) -> Signal<T> {
    Signal::derive(move || ui.with(|u| f(u)))
}
