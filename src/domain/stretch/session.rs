//! A routine being done: the plan, the pause/resume timer and the cue cursor behind Start, Pause,
//! Resume, Skip and Reset. Every method takes the monotonic clock reading of its moment, so the
//! shell only reads the clock and shows what comes back.

use super::cues::{CueCursor, CueWork};
use super::plan::{self, Phase, Plan, SessionState};
use super::{Settings, Timer};

/// Where the routine is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Not started (or reset).
    Idle,
    Running,
    Paused,
    /// Ran to the end.
    Finished,
}

/// What one tick produced.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tick {
    pub state: SessionState,
    /// Cues to play now.
    pub cues: CueWork,
    /// True exactly once: at the tick that found the routine complete.
    pub just_finished: bool,
    /// Milliseconds until the display changes next (while running).
    pub next_change_in_ms: Option<u64>,
}

/// A routine from Start to complete.
#[derive(Debug, Clone, PartialEq)]
pub struct Session {
    plan: Plan,
    timer: Timer,
    cursor: CueCursor,
    status: Status,
}

impl Session {
    /// A routine with these settings, not started.
    pub fn new(settings: &Settings) -> Self {
        Self {
            plan: Plan::new(settings),
            timer: Timer::default(),
            cursor: CueCursor::default(),
            status: Status::Idle,
        }
    }

    pub fn plan(&self) -> &Plan {
        &self.plan
    }

    pub fn status(&self) -> Status {
        self.status
    }

    /// Started and not finished (running or paused): what an app update must not interrupt.
    pub fn in_progress(&self) -> bool {
        matches!(self.status, Status::Running | Status::Paused)
    }

    /// Starts from the beginning (also after finishing).
    pub fn start(&mut self, now: f64) {
        self.timer = Timer::start(now);
        self.cursor = CueCursor::default();
        self.status = Status::Running;
    }

    /// Pauses a running routine; returns whether it was running.
    pub fn pause(&mut self, now: f64) -> bool {
        if self.status != Status::Running {
            return false;
        }
        self.timer = self.timer.pause(now);
        self.cursor.unschedule_after(self.timer.elapsed_ms(now));
        self.status = Status::Paused;
        true
    }

    /// Resumes a paused routine; returns whether it was paused.
    pub fn resume(&mut self, now: f64) -> bool {
        if self.status != Status::Paused {
            return false;
        }
        self.timer = self.timer.resume(now);
        self.status = Status::Running;
        true
    }

    /// Ends "get ready" at once (the tones scheduled for it must be cancelled by the shell);
    /// returns whether it was in "get ready".
    pub fn skip_get_ready(&mut self, now: f64) -> bool {
        if !self.in_progress() || self.state(now).phase != Phase::GetReady {
            return false;
        }
        self.cursor.unschedule_after(self.timer.elapsed_ms(now));
        self.timer = self.timer.skip_to(self.plan.first_hold_ms(), now);
        true
    }

    /// Back to not started.
    pub fn reset(&mut self) {
        self.timer = Timer::default();
        self.cursor = CueCursor::default();
        self.status = Status::Idle;
    }

    /// Active milliseconds at `now` (0 before Start, the whole routine once finished).
    pub fn elapsed_ms(&self, now: f64) -> u64 {
        match self.status {
            Status::Idle => 0,
            Status::Finished => self.plan.total_ms(),
            Status::Running | Status::Paused => self.timer.elapsed_ms(now),
        }
    }

    /// The state at `now`, without moving anything.
    pub fn state(&self, now: f64) -> SessionState {
        plan::state_at(&self.plan, self.elapsed_ms(now))
    }

    /// The clock reading at which what is shown at `now` became due (the end, once finished);
    /// `None` unless running or finished.
    pub fn display_due_at(&self, now: f64) -> Option<f64> {
        match self.status {
            Status::Running => {
                let due = plan::display_due_ms(&self.plan, self.timer.elapsed_ms(now));
                self.timer.clock_at(due)
            }
            Status::Finished => self.timer.clock_at(self.plan.total_ms()),
            Status::Idle | Status::Paused => None,
        }
    }

    /// Brings the routine up to `now`: the state to show, the cues to play, whether it just
    /// finished and when to look again.
    pub fn tick(&mut self, now: f64) -> Tick {
        let running = self.status == Status::Running;
        let elapsed = self.elapsed_ms(now);
        let state = plan::state_at(&self.plan, elapsed);
        let cues = if running {
            self.cursor.advance(&self.plan, elapsed)
        } else {
            CueWork::default()
        };
        let just_finished = running && state.finished;
        if just_finished {
            self.status = Status::Finished;
        }
        Tick {
            state,
            cues,
            just_finished,
            next_change_in_ms: if running {
                plan::ms_until_display_changes(&self.plan, elapsed)
            } else {
                None
            },
        }
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::domain::stretch::{Announcement, Leg, Tone};
    use proptest::prelude::*;

    #[test]
    fn a_whole_routine_with_a_pause_and_a_skip() {
        let mut s = Session::new(&Settings::default());
        assert_eq!((s.status(), s.in_progress()), (Status::Idle, false));
        assert_eq!(s.tick(123.0).state.remaining_whole_secs, 5);
        s.start(1000.0);
        let first = s.tick(1000.0);
        assert_eq!(
            first.cues.announce.map(|d| d.what),
            Some(Announcement::GetReady(Leg::Left))
        );
        assert_eq!(first.next_change_in_ms, Some(1000));
        assert!(s.skip_get_ready(2000.0));
        assert!(!s.skip_get_ready(2001.0), "only during get ready");
        let hold = s.tick(2000.0);
        assert_eq!(hold.state.remaining_whole_secs, 30);
        assert_eq!(hold.cues.due_now, [Tone::StartHold]);
        assert!(s.pause(12_000.0));
        assert!(!s.pause(12_001.0));
        let paused = s.tick(500_000.0);
        assert_eq!(paused.state.remaining_whole_secs, 20);
        assert_eq!(
            (paused.next_change_in_ms, paused.cues),
            (None, CueWork::default())
        );
        assert!(s.in_progress());
        assert!(s.resume(600_000.0));
        assert_eq!(s.display_due_at(600_000.5), Some(600_000.0));
        let end = s.tick(600_000.0 + 55_000.0);
        assert!(end.just_finished && end.state.finished);
        assert_eq!(
            s.display_due_at(700_000.0),
            Some(600_000.0 + 55_000.0),
            "when it finished"
        );
        assert_eq!(s.status(), Status::Finished);
        assert!(
            !s.tick(700_000.0).just_finished,
            "finishing is reported once"
        );
        assert!(!s.in_progress());
        s.reset();
        assert_eq!(s.status(), Status::Idle);
        assert_eq!(s.state(1e9).remaining_whole_secs, 5);
    }

    proptest! {
        #[test]
        fn a_pause_leaves_the_state_unchanged(run in 0.0f64..200_000.0, wait in 0.0f64..1e8, rounds in 1u8..=5) {
            let mut s = Session::new(&Settings { rounds_per_leg: rounds, ..Settings::default() });
            s.start(50.0);
            s.pause(50.0 + run);
            let at_pause = s.tick(50.0 + run).state;
            prop_assert_eq!(s.tick(50.0 + run + wait).state, at_pause);
            s.resume(50.0 + run + wait);
            prop_assert_eq!(s.tick(50.0 + run + wait).state, at_pause);
        }

        #[test]
        fn the_state_does_not_depend_on_how_often_it_is_ticked(
            ticks in proptest::collection::vec(0.0f64..300_000.0, 0..60),
            at in 0.0f64..300_000.0,
        ) {
            let mut often = Session::new(&Settings::default());
            let mut once = often.clone();
            often.start(0.0);
            once.start(0.0);
            let mut ticks = ticks;
            ticks.retain(|t| *t <= at);
            ticks.sort_by(f64::total_cmp);
            for t in ticks {
                often.tick(t);
            }
            prop_assert_eq!(often.tick(at).state, once.tick(at).state);
            prop_assert_eq!(often.status(), once.status());
        }
    }
}
