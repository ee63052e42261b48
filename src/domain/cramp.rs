//! "Cramp now": the count of the current cramp (running, or stopped when it eased), and when its
//! length alone means getting advice.
//!
//! Source of the 10-minute rule: NHS / nidirect, "Leg cramps": a cramp that lasts longer than
//! 10 minutes and does not ease with stretching needs medical advice.

/// A cramp longer than this needs medical advice today (NHS).
pub const ADVICE_AFTER_MS: f64 = 10.0 * 60_000.0;

/// A count kept from earlier in this visit and older than this belongs to an earlier cramp:
/// coming back to the page starts a new count.
pub const RESUME_WITHIN_MS: f64 = 30.0 * 60_000.0;

/// The count on the page, in wall-clock milliseconds since 1970. Everything about one cramp is
/// here: when it began and, once it eased, when it ended (what a diary would save).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Timer {
    /// Counting since `start_ms`.
    Running { start_ms: f64 },
    /// Stopped: the cramp eased at `end_ms`.
    Eased { start_ms: f64, end_ms: f64 },
}

impl Timer {
    /// The count when the page opens: a count still running from earlier in this visit if it is
    /// recent and not in the future, otherwise a new one from now. A cramp that eased is not
    /// continued: a new visit to the page is a new cramp.
    pub fn on_open(kept: Option<Timer>, now_ms: f64) -> Timer {
        match kept {
            Some(Timer::Running { start_ms })
                if start_ms.is_finite()
                    && start_ms <= now_ms
                    && now_ms - start_ms < RESUME_WITHIN_MS =>
            {
                Timer::Running { start_ms }
            }
            _ => Timer::Running { start_ms: now_ms },
        }
    }

    /// "It has eased": the count stops now (a count already stopped stays as it was).
    pub fn ease(self, now_ms: f64) -> Timer {
        match self {
            Timer::Running { start_ms } => Timer::Eased {
                start_ms,
                end_ms: now_ms.max(start_ms),
            },
            eased => eased,
        }
    }

    /// When the cramp began and how long it lasted, once it has eased.
    pub fn lasted(self) -> Option<(f64, f64)> {
        match self {
            Timer::Eased { start_ms, end_ms } => Some((start_ms, end_ms - start_ms)),
            Timer::Running { .. } => None,
        }
    }

    /// Whole minutes counted: up to now while running, up to the end once eased.
    pub fn minutes(self, now_ms: f64) -> u32 {
        match self {
            Timer::Running { start_ms } => whole_minutes(start_ms, now_ms),
            Timer::Eased { start_ms, end_ms } => whole_minutes(start_ms, end_ms),
        }
    }

    /// Whether the cramp is still going and has lasted long enough to need medical advice today.
    pub fn needs_advice(self, now_ms: f64) -> bool {
        matches!(self, Timer::Running { start_ms } if now_ms - start_ms >= ADVICE_AFTER_MS)
    }

    /// What the count shows.
    pub fn text(self, now_ms: f64) -> String {
        let minutes = self.minutes(now_ms);
        match self {
            Timer::Running { .. } => {
                format!("{} since you opened this page", duration(minutes, "Less"))
            }
            Timer::Eased { .. } => format!("It eased after {}", duration(minutes, "less")),
        }
    }
}

/// Whole minutes from start to end (0 for a clock that went backwards).
pub fn whole_minutes(start_ms: f64, end_ms: f64) -> u32 {
    let elapsed = (end_ms - start_ms).max(0.0);
    (elapsed / 60_000.0).floor().min(f64::from(u32::MAX)) as u32
}

/// "less than a minute" (with `less` as its first word), "1 minute", "12 minutes".
fn duration(minutes: u32, less: &str) -> String {
    match minutes {
        0 => format!("{less} than a minute"),
        1 => "1 minute".into(),
        n => format!("{n} minutes"),
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const MIN: f64 = 60_000.0;

    #[test]
    fn advice_at_ten_minutes_not_before_and_not_once_eased() {
        let timer = Timer::Running { start_ms: 0.0 };
        assert!(!timer.needs_advice(10.0 * MIN - 1.0));
        assert!(timer.needs_advice(10.0 * MIN));
        assert!(!timer.ease(12.0 * MIN).needs_advice(13.0 * MIN));
    }

    #[test]
    fn a_recent_count_from_this_visit_goes_on_and_anything_else_starts_afresh() {
        let running = |start_ms| Some(Timer::Running { start_ms });
        let fresh = |now_ms| Timer::Running { start_ms: now_ms };
        let now = 1_000.0 + 5.0 * MIN;
        assert_eq!(
            Timer::on_open(running(1_000.0), now),
            Timer::Running { start_ms: 1_000.0 }
        );
        let later = 1_000.0 + 31.0 * MIN;
        assert_eq!(Timer::on_open(running(1_000.0), later), fresh(later));
        assert_eq!(Timer::on_open(None, 7.0), fresh(7.0));
        assert_eq!(Timer::on_open(running(f64::NAN), 7.0), fresh(7.0));
        assert_eq!(
            Timer::on_open(running(100.0), 7.0),
            fresh(7.0),
            "a start in the future is not trusted"
        );
        let eased = Timer::Running { start_ms: 0.0 }.ease(MIN);
        assert_eq!(Timer::on_open(Some(eased), 2.0 * MIN), fresh(2.0 * MIN));
    }

    #[test]
    fn it_has_eased_stops_the_count_and_keeps_its_start_and_length() {
        let timer = Timer::Running { start_ms: 1_000.0 };
        assert_eq!(timer.lasted(), None);
        let eased = timer.ease(1_000.0 + 3.5 * MIN);
        assert_eq!(eased.lasted(), Some((1_000.0, 3.5 * MIN)));
        assert_eq!(eased.minutes(1_000.0 + 60.0 * MIN), 3, "the count stopped");
        assert_eq!(
            eased.ease(1_000.0 + 9.0 * MIN),
            eased,
            "easing twice changes nothing"
        );
        assert_eq!(
            Timer::Running { start_ms: 5.0 }.ease(1.0).lasted(),
            Some((5.0, 0.0)),
            "never a negative length"
        );
    }

    #[test]
    fn texts() {
        let timer = Timer::Running { start_ms: 0.0 };
        assert_eq!(
            timer.text(59_999.0),
            "Less than a minute since you opened this page"
        );
        assert_eq!(timer.text(MIN), "1 minute since you opened this page");
        assert_eq!(
            timer.text(12.5 * MIN),
            "12 minutes since you opened this page"
        );
        assert_eq!(
            timer.ease(3.0 * MIN).text(20.0 * MIN),
            "It eased after 3 minutes"
        );
        assert_eq!(
            timer.ease(10.0).text(MIN),
            "It eased after less than a minute"
        );
        assert_eq!(whole_minutes(5.0 * MIN, 0.0), 0);
    }

    proptest! {
        #[test]
        fn minutes_never_decrease_as_time_passes(start in 0.0f64..1e12, a in 0.0f64..1e9, b in 0.0f64..1e9) {
            let (early, late) = if a <= b { (a, b) } else { (b, a) };
            let timer = Timer::Running { start_ms: start };
            prop_assert!(timer.minutes(start + early) <= timer.minutes(start + late));
            prop_assert!(!timer.needs_advice(start + early) || timer.needs_advice(start + late));
            prop_assert!(timer.ease(start + early).minutes(start + late) == timer.minutes(start + early));
        }
    }
}
