//! "Cramp now": how long the current cramp has lasted, and when that alone means getting advice.
//!
//! Source of the 10-minute rule: NHS / nidirect, "Leg cramps": a cramp that lasts longer than
//! 10 minutes and does not ease with stretching needs medical advice the same day.

/// A cramp longer than this needs medical advice today (NHS).
pub const ADVICE_AFTER_MS: f64 = 10.0 * 60_000.0;

/// A saved start older than this belongs to an earlier cramp: a new visit starts a new count.
pub const RESUME_WITHIN_MS: f64 = 30.0 * 60_000.0;

/// The start of the cramp being timed: the saved one if it is recent and not in the future, else now.
pub fn resume_or_start(saved_start_ms: Option<f64>, now_ms: f64) -> f64 {
    match saved_start_ms {
        Some(start)
            if start.is_finite() && start <= now_ms && now_ms - start < RESUME_WITHIN_MS =>
        {
            start
        }
        _ => now_ms,
    }
}

/// Whole minutes since the start (0 for a clock that went backwards).
pub fn whole_minutes(start_ms: f64, now_ms: f64) -> u32 {
    let elapsed = (now_ms - start_ms).max(0.0);
    (elapsed / 60_000.0).floor().min(f64::from(u32::MAX)) as u32
}

/// Whether the cramp has lasted long enough to need medical advice today.
pub fn needs_advice(start_ms: f64, now_ms: f64) -> bool {
    now_ms - start_ms >= ADVICE_AFTER_MS
}

/// "Started just now", "Started 1 minute ago", "Started 12 minutes ago".
pub fn elapsed_text(minutes: u32) -> String {
    match minutes {
        0 => "Started less than a minute ago".into(),
        1 => "Started 1 minute ago".into(),
        n => format!("Started {n} minutes ago"),
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const MIN: f64 = 60_000.0;

    #[test]
    fn advice_at_ten_minutes_not_before() {
        assert!(!needs_advice(0.0, 10.0 * MIN - 1.0));
        assert!(needs_advice(0.0, 10.0 * MIN));
    }

    #[test]
    fn resumes_a_recent_cramp_and_starts_fresh_otherwise() {
        assert_eq!(resume_or_start(Some(1_000.0), 1_000.0 + 5.0 * MIN), 1_000.0);
        assert_eq!(
            resume_or_start(Some(1_000.0), 1_000.0 + 31.0 * MIN),
            1_000.0 + 31.0 * MIN
        );
        assert_eq!(resume_or_start(None, 7.0), 7.0);
        assert_eq!(resume_or_start(Some(f64::NAN), 7.0), 7.0);
        assert_eq!(
            resume_or_start(Some(100.0), 7.0),
            7.0,
            "a start in the future is not trusted"
        );
    }

    #[test]
    fn texts() {
        assert_eq!(
            elapsed_text(whole_minutes(0.0, 59_999.0)),
            "Started less than a minute ago"
        );
        assert_eq!(
            elapsed_text(whole_minutes(0.0, MIN)),
            "Started 1 minute ago"
        );
        assert_eq!(
            elapsed_text(whole_minutes(0.0, 12.5 * MIN)),
            "Started 12 minutes ago"
        );
        assert_eq!(whole_minutes(5.0 * MIN, 0.0), 0);
    }

    proptest! {
        #[test]
        fn minutes_never_decrease_as_time_passes(start in 0.0f64..1e12, a in 0.0f64..1e9, b in 0.0f64..1e9) {
            let (early, late) = if a <= b { (a, b) } else { (b, a) };
            prop_assert!(whole_minutes(start, start + early) <= whole_minutes(start, start + late));
            prop_assert!(!needs_advice(start, start + early) || needs_advice(start, start + late));
        }
    }
}
