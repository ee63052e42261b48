//! The routine as an ordered list of timed phases, and the session state at any elapsed time.

use super::Settings;

/// Which leg is stretched (the one stepped back, straight, heel down).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub enum Leg {
    #[default]
    Left,
    Right,
}

impl Leg {
    /// The other leg.
    pub fn other(self) -> Self {
        match self {
            Self::Left => Self::Right,
            Self::Right => Self::Left,
        }
    }

    /// "left" or "right".
    pub fn name(self) -> &'static str {
        match self {
            Self::Left => "left",
            Self::Right => "right",
        }
    }

    /// Reads "left"/"right".
    pub fn parse(text: &str) -> Option<Self> {
        match text {
            "left" => Some(Self::Left),
            "right" => Some(Self::Right),
            _ => None,
        }
    }
}

/// One part of the routine.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Phase {
    /// Time to read the steps and get into position.
    GetReady,
    /// Holding the stretch; `round` counts from 1 for each leg.
    Hold { leg: Leg, round: u8 },
    /// A short pause to change legs.
    Switch { to: Leg },
    /// The routine is over.
    Done,
}

impl Phase {
    /// A short heading for the phase: "Get ready", "Hold: left leg", "Switch legs", "Routine complete".
    pub fn label(self) -> &'static str {
        match self {
            Self::GetReady => "Get ready",
            Self::Hold { leg: Leg::Left, .. } => "Hold: left leg",
            Self::Hold {
                leg: Leg::Right, ..
            } => "Hold: right leg",
            Self::Switch { .. } => "Switch legs",
            Self::Done => "Routine complete",
        }
    }
}

/// A line under the phase heading: what to do now.
pub fn phase_detail(phase: Phase, rounds: u8) -> String {
    match phase {
        Phase::GetReady => "Read the steps and get into position".into(),
        Phase::Hold { round, .. } if rounds > 1 => {
            format!("Round {round} of {rounds}. Keep the back heel down")
        }
        Phase::Hold { .. } => "Keep the back heel down and breathe slowly".into(),
        Phase::Switch { to } => format!("Next: your {} leg", to.name()),
        Phase::Done => "Both legs stretched".into(),
    }
}

/// A length in words, rounded to whole seconds: "45 s", "1 min", "2 min 10 s".
pub fn length_text(ms: u64) -> String {
    let secs = ms.div_ceil(1000);
    match (secs / 60, secs % 60) {
        (0, s) => format!("{s} s"),
        (m, 0) => format!("{m} min"),
        (m, s) => format!("{m} min {s} s"),
    }
}

/// A phase with its place on the routine's active-time line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Step {
    pub phase: Phase,
    pub start_ms: u64,
    pub duration_ms: u64,
}

impl Step {
    /// When the phase ends (exclusive).
    pub fn end_ms(&self) -> u64 {
        self.start_ms + self.duration_ms
    }
}

/// The whole routine: phases back to back, ending with [`Phase::Done`] (zero length).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Plan {
    steps: Vec<Step>,
    first_leg: Leg,
    rounds: u8,
}

impl Plan {
    /// The routine for these settings: get ready, then holds alternating between the legs
    /// (starting leg first, `rounds_per_leg` holds per leg) with a switch pause between holds.
    pub fn new(settings: &Settings) -> Self {
        let s = settings.clamped();
        let mut steps = Vec::with_capacity(2 * usize::from(s.rounds_per_leg) * 2 + 2);
        let mut at = 0;
        let mut push = |phase, secs: u8| {
            let duration_ms = u64::from(secs) * 1000;
            if duration_ms > 0 || phase == Phase::Done {
                steps.push(Step {
                    phase,
                    start_ms: at,
                    duration_ms,
                });
                at += duration_ms;
            }
        };
        push(Phase::GetReady, s.get_ready_secs);
        let mut leg = s.first_leg;
        for round in 1..=s.rounds_per_leg {
            for side in 0..2 {
                if round > 1 || side > 0 {
                    push(Phase::Switch { to: leg }, s.switch_secs);
                }
                push(Phase::Hold { leg, round }, s.hold_secs);
                leg = leg.other();
            }
        }
        push(Phase::Done, 0);
        Self {
            steps,
            first_leg: s.first_leg,
            rounds: s.rounds_per_leg,
        }
    }

    /// The phases in order (the last is `Done`).
    pub fn steps(&self) -> &[Step] {
        &self.steps
    }

    /// The routine's length in active milliseconds.
    pub fn total_ms(&self) -> u64 {
        self.steps.last().map_or(0, |s| s.start_ms)
    }

    /// Holds per leg.
    pub fn rounds(&self) -> u8 {
        self.rounds
    }

    /// The leg that is stretched first.
    pub fn first_leg(&self) -> Leg {
        self.first_leg
    }

    /// When the first hold starts: where "skip get ready" jumps to.
    pub fn first_hold_ms(&self) -> u64 {
        self.steps
            .iter()
            .find(|s| matches!(s.phase, Phase::Hold { .. }))
            .map_or(0, |s| s.start_ms)
    }

    /// The index of the step running at `elapsed_ms` (the last, `Done`, from the total length on).
    pub fn index_at(&self, elapsed_ms: u64) -> usize {
        let last = self.steps.len().saturating_sub(1);
        self.steps
            .partition_point(|s| s.end_ms() <= elapsed_ms)
            .min(last)
    }
}

/// Everything the display needs at one moment of the routine.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SessionState {
    /// Index of the phase in [`Plan::steps`].
    pub index: usize,
    pub phase: Phase,
    /// Active milliseconds left in this phase.
    pub remaining_ms: u64,
    /// Whole seconds left, rounded up: what the timer shows ("30" for the whole first second).
    pub remaining_whole_secs: u64,
    /// How much of this phase has passed, 0..=1000.
    pub progress_permille: u16,
    pub finished: bool,
}

/// The state of the routine after `elapsed_active_ms` of active time. Pure: the same inputs give
/// the same state, however often or rarely it is asked.
pub fn state_at(plan: &Plan, elapsed_active_ms: u64) -> SessionState {
    let index = plan.index_at(elapsed_active_ms);
    let step = plan.steps[index];
    let finished = step.phase == Phase::Done;
    let remaining_ms = step.end_ms().saturating_sub(elapsed_active_ms);
    let into = elapsed_active_ms.saturating_sub(step.start_ms);
    let progress_permille = if finished || step.duration_ms == 0 {
        1000
    } else {
        (into.min(step.duration_ms) * 1000 / step.duration_ms) as u16
    };
    SessionState {
        index,
        phase: step.phase,
        remaining_ms,
        remaining_whole_secs: remaining_ms.div_ceil(1000),
        progress_permille,
        finished,
    }
}

/// Active milliseconds from `elapsed_ms` until the display next changes (a whole second ticks over
/// or the phase changes); `None` once the routine is over.
pub fn ms_until_display_changes(plan: &Plan, elapsed_ms: u64) -> Option<u64> {
    let state = state_at(plan, elapsed_ms);
    if state.finished {
        return None;
    }
    let rem = state.remaining_ms;
    // the shown value ceil(rem / 1000) drops when rem reaches the next lower multiple of 1000
    Some(rem - (rem - 1) / 1000 * 1000)
}

/// The active time at which what is shown at `elapsed_ms` (this phase and this whole second)
/// became due: for measuring how late the display changed.
pub fn display_due_ms(plan: &Plan, elapsed_ms: u64) -> u64 {
    let state = state_at(plan, elapsed_ms);
    let step = plan.steps[state.index];
    if state.finished {
        return step.start_ms;
    }
    step.end_ms()
        .saturating_sub(state.remaining_whole_secs * 1000)
        .max(step.start_ms)
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn settings(hold: u8, rounds: u8, first: Leg) -> Settings {
        Settings {
            hold_secs: hold,
            rounds_per_leg: rounds,
            first_leg: first,
            ..Settings::default()
        }
    }

    #[test]
    fn default_routine_is_get_ready_left_switch_right_done() {
        let plan = Plan::new(&Settings::default());
        let phases: Vec<_> = plan
            .steps()
            .iter()
            .map(|s| (s.phase, s.duration_ms))
            .collect();
        assert_eq!(
            phases,
            [
                (Phase::GetReady, 5000),
                (
                    Phase::Hold {
                        leg: Leg::Left,
                        round: 1
                    },
                    30_000
                ),
                (Phase::Switch { to: Leg::Right }, 5000),
                (
                    Phase::Hold {
                        leg: Leg::Right,
                        round: 1
                    },
                    30_000
                ),
                (Phase::Done, 0),
            ]
        );
        assert_eq!(plan.total_ms(), 70_000);
        assert_eq!(plan.first_hold_ms(), 5000);
    }

    #[test]
    fn rounds_alternate_legs_starting_with_the_chosen_leg() {
        let plan = Plan::new(&settings(20, 2, Leg::Right));
        let holds: Vec<_> = plan
            .steps()
            .iter()
            .filter_map(|s| match s.phase {
                Phase::Hold { leg, round } => Some((leg, round)),
                _ => None,
            })
            .collect();
        assert_eq!(
            holds,
            [
                (Leg::Right, 1),
                (Leg::Left, 1),
                (Leg::Right, 2),
                (Leg::Left, 2)
            ]
        );
        assert_eq!(plan.total_ms(), 5000 + 4 * 20_000 + 3 * 5000);
    }

    #[test]
    fn whole_seconds_round_up_and_the_phase_changes_on_time() {
        let plan = Plan::new(&Settings::default());
        let s = state_at(&plan, 0);
        assert_eq!(
            (s.phase, s.remaining_whole_secs, s.progress_permille),
            (Phase::GetReady, 5, 0)
        );
        assert_eq!(state_at(&plan, 1).remaining_whole_secs, 5);
        assert_eq!(state_at(&plan, 1000).remaining_whole_secs, 4);
        assert_eq!(state_at(&plan, 4999).remaining_whole_secs, 1);
        let hold = state_at(&plan, 5000);
        assert_eq!(
            (hold.phase, hold.remaining_whole_secs, hold.index),
            (
                Phase::Hold {
                    leg: Leg::Left,
                    round: 1
                },
                30,
                1
            )
        );
        assert_eq!(state_at(&plan, 20_000).progress_permille, 500);
        let done = state_at(&plan, 70_000);
        assert!(done.finished);
        assert_eq!(
            (done.phase, done.remaining_ms, done.progress_permille),
            (Phase::Done, 0, 1000)
        );
        assert_eq!(state_at(&plan, u64::MAX).phase, Phase::Done);
    }

    #[test]
    fn next_display_change_and_when_it_was_due() {
        let plan = Plan::new(&Settings::default());
        assert_eq!(ms_until_display_changes(&plan, 0), Some(1000));
        assert_eq!(ms_until_display_changes(&plan, 4500), Some(500));
        assert_eq!(ms_until_display_changes(&plan, 5000), Some(1000));
        assert_eq!(ms_until_display_changes(&plan, 69_999), Some(1));
        assert_eq!(ms_until_display_changes(&plan, 70_000), None);
        assert_eq!(display_due_ms(&plan, 4500), 4000);
        assert_eq!(display_due_ms(&plan, 5003), 5000);
        assert_eq!(display_due_ms(&plan, 80_000), 70_000);
    }

    #[test]
    fn texts() {
        assert_eq!(length_text(70_000), "1 min 10 s");
        assert_eq!(length_text(45_000), "45 s");
        assert_eq!(length_text(120_000), "2 min");
        assert_eq!(length_text(1), "1 s");
        assert_eq!(
            phase_detail(Phase::Switch { to: Leg::Right }, 1),
            "Next: your right leg"
        );
        assert_eq!(
            phase_detail(
                Phase::Hold {
                    leg: Leg::Left,
                    round: 2
                },
                3
            ),
            "Round 2 of 3. Keep the back heel down"
        );
    }

    #[test]
    fn no_get_ready_when_its_length_is_zero() {
        let plan = Plan::new(&Settings {
            get_ready_secs: 0,
            ..Settings::default()
        });
        assert!(matches!(plan.steps()[0].phase, Phase::Hold { .. }));
        assert_eq!(plan.first_hold_ms(), 0);
    }

    fn any_settings() -> impl Strategy<Value = Settings> {
        (20u8..=30, 1u8..=5, any::<bool>(), 0u8..=10, 0u8..=10).prop_map(
            |(hold, rounds, right, ready, switch)| Settings {
                hold_secs: hold,
                rounds_per_leg: rounds,
                first_leg: if right { Leg::Right } else { Leg::Left },
                get_ready_secs: ready,
                switch_secs: switch,
                ..Settings::default()
            },
        )
    }

    proptest! {
        #[test]
        fn phases_are_in_order_and_add_up(s in any_settings()) {
            let plan = Plan::new(&s);
            let steps = plan.steps();
            let mut at = 0;
            for step in steps {
                prop_assert_eq!(step.start_ms, at);
                at += step.duration_ms;
            }
            prop_assert_eq!(plan.total_ms(), steps.iter().map(|s| s.duration_ms).sum::<u64>());
            prop_assert_eq!(steps.last().map(|s| s.phase), Some(Phase::Done));
            // holds alternate legs, each leg gets `rounds` holds, a switch comes only between holds
            let holds: Vec<_> = steps.iter().filter_map(|s| match s.phase {
                Phase::Hold { leg, round } => Some((leg, round)),
                _ => None,
            }).collect();
            prop_assert_eq!(holds.len(), 2 * usize::from(s.rounds_per_leg));
            prop_assert_eq!(holds[0].0, s.first_leg);
            for pair in holds.windows(2) {
                prop_assert_eq!(pair[1].0, pair[0].0.other());
            }
            for (i, w) in steps.windows(2).enumerate() {
                if let Phase::Switch { to } = w[0].phase {
                    let after_hold_of_other_leg = i > 0 && matches!(steps[i - 1].phase, Phase::Hold { leg, .. } if leg == to.other());
                    let before_hold_of_this_leg = matches!(w[1].phase, Phase::Hold { leg, .. } if leg == to);
                    prop_assert!(after_hold_of_other_leg && before_hold_of_this_leg);
                }
                prop_assert!(w[0].phase != Phase::Done);
            }
        }

        #[test]
        fn remaining_never_increases_within_a_phase(s in any_settings(), a in 0u64..400_000, b in 0u64..400_000) {
            let plan = Plan::new(&s);
            let (early, late) = (a.min(b), a.max(b));
            let (x, y) = (state_at(&plan, early), state_at(&plan, late));
            prop_assert!(x.index <= y.index, "phases never go back");
            if x.index == y.index {
                prop_assert!(y.remaining_ms <= x.remaining_ms);
                prop_assert!(y.remaining_whole_secs <= x.remaining_whole_secs);
                prop_assert!(y.progress_permille >= x.progress_permille);
            }
            prop_assert!(x.progress_permille <= 1000);
            prop_assert_eq!(x.remaining_whole_secs, x.remaining_ms.div_ceil(1000));
            prop_assert_eq!(x.finished, early >= plan.total_ms());
            let step = plan.steps()[x.index];
            prop_assert!(x.finished || (step.start_ms <= early && early < step.end_ms()));
        }

        #[test]
        fn the_display_changes_exactly_when_announced(s in any_settings(), t in 0u64..400_000) {
            let plan = Plan::new(&s);
            let now = state_at(&plan, t);
            match ms_until_display_changes(&plan, t) {
                None => prop_assert!(now.finished),
                Some(d) => {
                    prop_assert!((1..=1000).contains(&d));
                    let before = state_at(&plan, t + d - 1);
                    let after = state_at(&plan, t + d);
                    prop_assert_eq!((before.index, before.remaining_whole_secs), (now.index, now.remaining_whole_secs));
                    prop_assert!((after.index, after.remaining_whole_secs) != (now.index, now.remaining_whole_secs));
                    prop_assert_eq!(display_due_ms(&plan, t + d), t + d);
                }
            }
            let due = display_due_ms(&plan, t);
            prop_assert!(due <= t.max(plan.total_ms()));
            let at_due = state_at(&plan, due);
            prop_assert_eq!((at_due.index, at_due.remaining_whole_secs), (now.index, now.remaining_whole_secs));
        }

        #[test]
        fn state_is_independent_of_sampling(s in any_settings(), samples in proptest::collection::vec(0u64..400_000, 0..50), t in 0u64..400_000) {
            // asking at other moments first never changes the answer at `t`
            let plan = Plan::new(&s);
            let fresh = state_at(&plan, t);
            for x in samples {
                let _ = state_at(&plan, x);
            }
            prop_assert_eq!(state_at(&plan, t), fresh);
        }
    }
}
