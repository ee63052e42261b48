//! The cues of a routine: tones (also felt as vibrations) and spoken/on-screen announcements,
//! each at a fixed moment of active time, and a cursor that says which of them to play now.
//!
//! Tones are handed to the audio clock ahead of time ([`TONE_LOOKAHEAD_MS`]) so they land on time
//! even when the page is busy; vibrations and announcements fire when they fall due. A cue that
//! is already late (after a pause, a skip or a throttled background tab) is dropped, and only the
//! latest announcement is given, never a backlog and never one per second.

use super::plan::{Leg, Phase, Plan};

/// How far ahead tones are scheduled on the audio clock.
pub const TONE_LOOKAHEAD_MS: u64 = 1500;
/// A tone or vibration later than this is dropped rather than played out of time.
pub const LATE_MS: u64 = 250;
/// An announcement later than this is shown but not spoken.
pub const SPEAK_LATE_MS: u64 = 1500;
/// "10 seconds left" comes this long before a hold ends.
pub const LAST_SECONDS_MS: u64 = 10_000;

/// A short sound with a meaning.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Tone {
    /// A hold begins.
    StartHold,
    /// A hold ended: change legs.
    Switch,
    /// One of the "3, 2, 1" before a hold.
    Count,
    /// The routine is complete.
    Done,
}

impl Tone {
    /// The matching vibration pattern (on/off milliseconds) for `navigator.vibrate`.
    pub fn vibration(self) -> &'static [u32] {
        match self {
            Self::StartHold => &[250],
            Self::Switch => &[120, 100, 120],
            Self::Count => &[40],
            Self::Done => &[400, 150, 400],
        }
    }
}

/// A tone at a moment of active time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ToneAt {
    pub at_ms: u64,
    pub tone: Tone,
}

/// Something said to the person (status region, and speech when voice is on).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Announcement {
    GetReady(Leg),
    Hold { leg: Leg, round: u8, rounds: u8 },
    SwitchTo(Leg),
    LastSeconds,
    Complete,
}

impl Announcement {
    /// The words: "Hold your left leg", "Switch to your right leg", "10 seconds left", "Routine complete".
    pub fn text(&self) -> String {
        match *self {
            Self::GetReady(leg) => format!("Get ready: {} leg first", leg.name()),
            Self::Hold { leg, rounds: 1, .. } => format!("Hold your {} leg", leg.name()),
            Self::Hold { leg, round, rounds } => {
                format!("Hold your {} leg, round {round} of {rounds}", leg.name())
            }
            Self::SwitchTo(leg) => format!("Switch to your {} leg", leg.name()),
            Self::LastSeconds => "10 seconds left".into(),
            Self::Complete => "Routine complete".into(),
        }
    }
}

/// Every tone of the routine, in time order.
pub fn tones(plan: &Plan) -> Vec<ToneAt> {
    let mut out = Vec::new();
    for step in plan.steps() {
        let at = |at_ms, tone| ToneAt { at_ms, tone };
        match step.phase {
            Phase::Hold { .. } => out.push(at(step.start_ms, Tone::StartHold)),
            Phase::Switch { .. } => out.push(at(step.start_ms, Tone::Switch)),
            Phase::Done => out.push(at(step.start_ms, Tone::Done)),
            Phase::GetReady => {}
        }
        if matches!(step.phase, Phase::GetReady | Phase::Switch { .. }) {
            for before in [3000, 2000, 1000] {
                let t = step.end_ms().saturating_sub(before);
                if t > step.start_ms {
                    out.push(at(t, Tone::Count));
                }
            }
        }
    }
    out
}

/// Every announcement of the routine, in time order.
pub fn announcements(plan: &Plan) -> Vec<(u64, Announcement)> {
    let mut out = Vec::new();
    for step in plan.steps() {
        match step.phase {
            Phase::GetReady => out.push((step.start_ms, Announcement::GetReady(plan.first_leg()))),
            Phase::Hold { leg, round } => {
                out.push((
                    step.start_ms,
                    Announcement::Hold {
                        leg,
                        round,
                        rounds: plan.rounds(),
                    },
                ));
                if step.duration_ms > LAST_SECONDS_MS {
                    out.push((step.end_ms() - LAST_SECONDS_MS, Announcement::LastSeconds));
                }
            }
            Phase::Switch { to } => out.push((step.start_ms, Announcement::SwitchTo(to))),
            Phase::Done => out.push((step.start_ms, Announcement::Complete)),
        }
    }
    out
}

/// What to do at one tick.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct CueWork {
    /// Tones to hand to the audio clock, with their delay from now in milliseconds.
    pub schedule: Vec<(Tone, u64)>,
    /// Tones that fall due now (for vibration).
    pub due_now: Vec<Tone>,
    /// The latest announcement that fell due.
    pub announce: Option<Due>,
}

/// An announcement that fell due.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Due {
    pub what: Announcement,
    /// When it fell due (active milliseconds).
    pub at_ms: u64,
    /// Whether it is recent enough to speak (else it is only shown).
    pub speak: bool,
}

/// Which cues have been handled so far. Every cue is handled at most once, whatever the ticks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct CueCursor {
    /// Tones up to here (inclusive) were scheduled.
    scheduled_until: Option<u64>,
    /// Vibrations and announcements up to here (inclusive) were handled.
    handled_until: Option<u64>,
}

fn after(t: u64, cursor: Option<u64>) -> bool {
    cursor.is_none_or(|c| t > c)
}

impl CueCursor {
    /// The cues to play at `elapsed_ms` of active time, moving the cursor past them.
    pub fn advance(&mut self, plan: &Plan, elapsed_ms: u64) -> CueWork {
        let mut work = CueWork::default();
        let horizon = elapsed_ms.saturating_add(TONE_LOOKAHEAD_MS);
        for t in tones(plan) {
            if after(t.at_ms, self.scheduled_until)
                && t.at_ms <= horizon
                && t.at_ms + LATE_MS >= elapsed_ms
            {
                work.schedule
                    .push((t.tone, t.at_ms.saturating_sub(elapsed_ms)));
            }
            if after(t.at_ms, self.handled_until)
                && t.at_ms <= elapsed_ms
                && t.at_ms + LATE_MS >= elapsed_ms
            {
                work.due_now.push(t.tone);
            }
        }
        work.announce = announcements(plan)
            .into_iter()
            .rev()
            .find(|(at, _)| after(*at, self.handled_until) && *at <= elapsed_ms)
            .map(|(at_ms, what)| Due {
                what,
                at_ms,
                speak: at_ms + SPEAK_LATE_MS >= elapsed_ms,
            });
        self.scheduled_until = Some(self.scheduled_until.map_or(horizon, |s| s.max(horizon)));
        self.handled_until = Some(self.handled_until.map_or(elapsed_ms, |h| h.max(elapsed_ms)));
        work
    }

    /// Forgets the tones scheduled beyond `elapsed_ms` (the shell cancelled them: pause, skip), so
    /// they are scheduled again when their time comes.
    pub fn unschedule_after(&mut self, elapsed_ms: u64) {
        if self.scheduled_until.is_some_and(|s| s > elapsed_ms) {
            self.scheduled_until = Some(elapsed_ms);
        }
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::domain::stretch::Settings;
    use proptest::prelude::*;

    fn default_plan() -> Plan {
        Plan::new(&Settings::default())
    }

    #[test]
    fn the_default_routine_says_the_right_things_at_the_right_times() {
        let texts: Vec<_> = announcements(&default_plan())
            .into_iter()
            .map(|(at, a)| (at, a.text()))
            .collect();
        let expected = [
            (0, "Get ready: left leg first"),
            (5000, "Hold your left leg"),
            (25_000, "10 seconds left"),
            (35_000, "Switch to your right leg"),
            (40_000, "Hold your right leg"),
            (60_000, "10 seconds left"),
            (70_000, "Routine complete"),
        ];
        assert_eq!(texts.len(), expected.len());
        for ((at, text), (e_at, e_text)) in texts.iter().zip(expected) {
            assert_eq!((*at, text.as_str()), (e_at, e_text));
        }
        let rounds = Plan::new(&Settings {
            rounds_per_leg: 2,
            ..Settings::default()
        });
        assert_eq!(
            announcements(&rounds)[1].1.text(),
            "Hold your left leg, round 1 of 2"
        );
    }

    #[test]
    fn tones_count_into_each_hold() {
        let t: Vec<_> = tones(&default_plan())
            .into_iter()
            .map(|t| (t.at_ms, t.tone))
            .collect();
        assert_eq!(
            t,
            [
                (2000, Tone::Count),
                (3000, Tone::Count),
                (4000, Tone::Count),
                (5000, Tone::StartHold),
                (35_000, Tone::Switch),
                (37_000, Tone::Count),
                (38_000, Tone::Count),
                (39_000, Tone::Count),
                (40_000, Tone::StartHold),
                (70_000, Tone::Done),
            ]
        );
    }

    #[test]
    fn ticking_each_second_schedules_every_tone_once_ahead_of_time() {
        let plan = default_plan();
        let mut cursor = CueCursor::default();
        let mut scheduled = Vec::new();
        let mut spoken = Vec::new();
        for s in 0..=72 {
            let now = s * 1000;
            let work = cursor.advance(&plan, now);
            for (tone, delay) in work.schedule {
                scheduled.push((now + delay, tone));
                assert!(delay <= TONE_LOOKAHEAD_MS);
            }
            if let Some(due) = work.announce {
                assert!(due.speak);
                spoken.push(due.what);
            }
        }
        let all: Vec<_> = tones(&plan)
            .into_iter()
            .map(|t| (t.at_ms, t.tone))
            .collect();
        assert_eq!(scheduled, all);
        assert_eq!(spoken.len(), announcements(&plan).len());
    }

    #[test]
    fn a_long_gap_drops_late_cues_and_gives_only_the_latest_announcement() {
        let plan = default_plan();
        let mut cursor = CueCursor::default();
        cursor.advance(&plan, 0);
        let work = cursor.advance(&plan, 50_000);
        let due = work.announce.unwrap();
        assert_eq!(
            (due.what, due.at_ms, due.speak),
            (
                Announcement::Hold {
                    leg: Leg::Right,
                    round: 1,
                    rounds: 1
                },
                40_000,
                false
            )
        );
        assert!(work.due_now.is_empty());
        assert!(work.schedule.is_empty(), "nothing due before 51.5 s");
        let done = cursor.advance(&plan, 69_000);
        assert_eq!(done.schedule, [(Tone::Done, 1000)]);
        assert_eq!(
            done.announce.map(|d| (d.what, d.speak)),
            Some((Announcement::LastSeconds, false))
        );
    }

    #[test]
    fn skipping_get_ready_drops_the_count_and_starts_the_hold() {
        let plan = default_plan();
        let mut cursor = CueCursor::default();
        cursor.advance(&plan, 1200);
        cursor.unschedule_after(1200);
        let work = cursor.advance(&plan, plan.first_hold_ms());
        assert_eq!(work.schedule, [(Tone::StartHold, 0)]);
        assert_eq!(work.due_now, [Tone::StartHold]);
        assert_eq!(
            work.announce.map(|d| (d.what, d.speak)),
            Some((
                Announcement::Hold {
                    leg: Leg::Left,
                    round: 1,
                    rounds: 1
                },
                true
            ))
        );
    }

    proptest! {
        #[test]
        fn whatever_the_ticks_each_cue_is_handled_at_most_once(
            rounds in 1u8..=5,
            gaps in proptest::collection::vec(1u64..3000, 1..400),
            pauses in proptest::collection::vec(any::<bool>(), 400),
        ) {
            let plan = Plan::new(&Settings { rounds_per_leg: rounds, ..Settings::default() });
            let mut cursor = CueCursor::default();
            let mut now = 0;
            // (time, tone) -> scheduled count; a pause cancels the audio scheduled ahead
            let mut playing: Vec<(u64, Tone)> = Vec::new();
            let mut announced = Vec::new();
            let all = announcements(&plan);
            for (gap, pause) in gaps.into_iter().zip(pauses) {
                let work = cursor.advance(&plan, now);
                for (tone, delay) in work.schedule {
                    prop_assert!(!playing.contains(&(now + delay, tone)), "scheduled twice");
                    playing.push((now + delay, tone));
                }
                if let Some(due) = work.announce {
                    // always the latest one due by now
                    let latest = all.iter().rev().find(|(at, _)| *at <= now).copied();
                    prop_assert_eq!(Some((due.at_ms, due.what)), latest);
                    announced.push(due.at_ms);
                }
                if pause {
                    playing.retain(|(at, _)| *at <= now);
                    cursor.unschedule_after(now);
                }
                now += gap;
            }
            // announcements come in time order and never repeat
            prop_assert!(announced.windows(2).all(|w| w[0] < w[1]));
            // at most ~2 announcements per hold: never one per second
            prop_assert!(all.len() <= 2 + 3 * 2 * usize::from(rounds));
        }
    }
}
