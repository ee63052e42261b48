//! Elapsed active time with pause and resume, fed with monotonic clock readings in milliseconds.
//!
//! Active time is the sum of the running spans, so it never drifts with how often it is read,
//! and a paused timer reads the same however much later it is asked.

/// A stopwatch as a value: each method takes the clock reading of the moment it happens.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Timer {
    /// The clock reading when the current running span began; `None` while paused.
    started_at: Option<f64>,
    /// Active milliseconds of the spans that already ended.
    accumulated: f64,
}

impl Timer {
    /// A timer running from zero since `now`.
    pub fn start(now: f64) -> Self {
        Self {
            started_at: Some(now),
            accumulated: 0.0,
        }
    }

    /// Whether it is running (not paused).
    pub fn is_running(&self) -> bool {
        self.started_at.is_some()
    }

    fn elapsed_exact(&self, now: f64) -> f64 {
        let running = self.started_at.map_or(0.0, |start| {
            // a clock that goes backwards (or a NaN reading) never takes time away
            let span = now - start;
            if span > 0.0 {
                span
            } else {
                0.0
            }
        });
        self.accumulated + running
    }

    /// Whole active milliseconds at `now`.
    pub fn elapsed_ms(&self, now: f64) -> u64 {
        let e = self.elapsed_exact(now);
        if e.is_finite() && e > 0.0 {
            e.min(u64::MAX as f64) as u64
        } else {
            0
        }
    }

    /// Stops counting at `now`; pausing a paused timer changes nothing.
    pub fn pause(self, now: f64) -> Self {
        if self.started_at.is_none() {
            return self;
        }
        Self {
            started_at: None,
            accumulated: self.elapsed_exact(now),
        }
    }

    /// Counts again from `now`; resuming a running timer changes nothing.
    pub fn resume(self, now: f64) -> Self {
        if self.started_at.is_some() {
            return self;
        }
        Self {
            started_at: Some(now),
            ..self
        }
    }

    /// Moves forward to `elapsed_ms` of active time (never back), keeping it running or paused.
    pub fn skip_to(self, elapsed_ms: u64, now: f64) -> Self {
        let target = elapsed_ms as f64;
        if target <= self.elapsed_exact(now) {
            return self;
        }
        Self {
            started_at: self.started_at.map(|_| now),
            accumulated: target,
        }
    }

    /// The clock reading at which `elapsed_ms` of active time is (or was) reached in the current
    /// running span; `None` while paused.
    pub fn clock_at(&self, elapsed_ms: u64) -> Option<f64> {
        self.started_at
            .map(|start| start + (elapsed_ms as f64 - self.accumulated))
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn counts_only_running_time() {
        let t = Timer::start(1000.0);
        assert_eq!(t.elapsed_ms(1000.0), 0);
        assert_eq!(t.elapsed_ms(3500.5), 2500);
        let p = t.pause(4000.0);
        assert!(!p.is_running());
        assert_eq!(p.elapsed_ms(999_999.0), 3000);
        assert_eq!(p.clock_at(5000), None);
        let r = p.resume(10_000.0);
        assert_eq!(r.elapsed_ms(10_000.0), 3000);
        assert_eq!(r.elapsed_ms(11_000.0), 4000);
        assert_eq!(r.clock_at(5000), Some(12_000.0));
        assert_eq!(
            r.elapsed_ms(5.0),
            3000,
            "a clock that goes back takes nothing away"
        );
        assert_eq!(Timer::default().elapsed_ms(f64::NAN), 0);
    }

    #[test]
    fn skipping_moves_forward_only() {
        let t = Timer::start(0.0).skip_to(5000, 1200.0);
        assert_eq!(t.elapsed_ms(1200.0), 5000);
        assert_eq!(t.elapsed_ms(2200.0), 6000);
        assert_eq!(t.skip_to(10, 2200.0), t);
        let p = Timer::start(0.0).pause(100.0).skip_to(5000, 300.0);
        assert_eq!((p.is_running(), p.elapsed_ms(9999.0)), (false, 5000));
    }

    /// A sequence of pause/resume presses at increasing clock readings.
    fn presses() -> impl Strategy<Value = Vec<f64>> {
        proptest::collection::vec(1.0f64..50_000.0, 0..12).prop_map(|gaps| {
            let mut at = 0.0;
            gaps.into_iter()
                .map(|g| {
                    at += g;
                    at
                })
                .collect()
        })
    }

    proptest! {
        #[test]
        fn elapsed_is_the_sum_of_running_spans(start in 0.0f64..1e9, toggles in presses(), extra in 0.0f64..100_000.0) {
            let mut timer = Timer::start(start);
            let mut expected = 0.0;
            let mut span_start = start;
            for (i, at) in toggles.iter().map(|t| start + t).enumerate() {
                if i % 2 == 0 {
                    expected += at - span_start;
                    timer = timer.pause(at);
                } else {
                    span_start = at;
                    timer = timer.resume(at);
                }
            }
            let end = start + toggles.last().copied().unwrap_or(0.0) + extra;
            if timer.is_running() {
                expected += end - span_start;
            }
            prop_assert!((timer.elapsed_ms(end) as f64 - expected.floor()).abs() <= 1.0);
        }

        #[test]
        fn a_pause_keeps_the_time_exactly(start in 0.0f64..1e9, run in 0.0f64..1e6, wait in 0.0f64..1e7, later in 0.0f64..1e7) {
            let paused = Timer::start(start).pause(start + run);
            let before = paused.elapsed_ms(start + run);
            prop_assert_eq!(paused.elapsed_ms(start + run + wait), before);
            prop_assert_eq!(paused.pause(start + run + wait), paused);
            let resumed = paused.resume(start + run + wait);
            prop_assert_eq!(resumed.elapsed_ms(start + run + wait), before);
            prop_assert!(resumed.elapsed_ms(start + run + wait + later) >= before);
        }

        #[test]
        fn reading_often_or_rarely_gives_the_same_time(start in 0.0f64..1e9, reads in proptest::collection::vec(0.0f64..1e6, 0..40), at in 0.0f64..1e6) {
            let timer = Timer::start(start);
            let direct = timer.elapsed_ms(start + at);
            for r in reads {
                let _ = timer.elapsed_ms(start + r);
            }
            prop_assert_eq!(timer.elapsed_ms(start + at), direct);
            if let Some(clock) = timer.clock_at(direct) {
                prop_assert!((clock - (start + direct as f64)).abs() < 1e-3);
            }
        }
    }
}
