//! "Does stretching help you?": cramps on the nights of one kind (after an evening with a
//! completed stretch routine, or a day the water goal was met) against the other nights.
//!
//! **Method.** Only recorded nights count (with cramps, or marked "No cramps"). Each side gives
//! a rate: cramps ÷ nights. Their ratio (this kind ÷ the other) is a Poisson rate ratio, with a
//! 95% interval on the log scale: `ln(RR) ± 1.96 × SE`, `SE = √(1/a + 1/b)` where `a` and `b` are
//! the two sides' cramp counts (the usual large-sample, Wald interval). When either count is 0
//! the ratio and its interval are computed with 0.5 added to both counts (the Haldane–Anscombe
//! correction), so they stay finite.
//!
//! **Verdict.** "Too early to tell" until each side has at least `MIN_NIGHTS` recorded nights
//! *and* the interval leaves out 1 (no difference); then "fewer cramps" when the whole interval
//! is below 1, "more cramps" when it is above. With enough nights and an interval that includes 1,
//! it is still "too early to tell", with the reason that no clear difference is seen yet.

use super::log::Diary;
use super::night::NightState;
use crate::domain::calendar::LocalDate;
use std::collections::BTreeSet;

/// Recorded nights each side needs before any verdict.
pub const MIN_NIGHTS: u32 = 7;
/// The normal quantile of a two-sided 95% interval.
pub const Z_95: f64 = 1.959_964;

/// `numerator ÷ denominator` in tenths, rounded half up; `None` when dividing by zero.
pub fn tenths(numerator: u64, denominator: u64) -> Option<u32> {
    (denominator > 0).then(|| ((20 * numerator + denominator) / (2 * denominator)) as u32)
}

/// One side of the comparison.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Side {
    /// Recorded nights.
    pub nights: u32,
    pub cramps: u32,
}

impl Side {
    /// Cramps a night in tenths, rounded half up (6 cramps in 9 nights: 7, "0.7"); `None`
    /// without nights.
    pub fn rate_tenths(self) -> Option<u32> {
        tenths(self.cramps.into(), self.nights.into())
    }

    /// Cramps a night.
    pub fn rate(self) -> Option<f64> {
        (self.nights > 0).then(|| f64::from(self.cramps) / f64::from(self.nights))
    }
}

/// A rate ratio and its 95% interval.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RateRatio {
    pub ratio: f64,
    pub low: f64,
    pub high: f64,
    /// 0.5 was added to both counts because one was 0.
    pub corrected: bool,
}

impl RateRatio {
    /// The ratio and its interval in hundredths, rounded (0.42 → 42).
    pub fn hundredths(self) -> (u32, u32, u32) {
        let h = |x: f64| (x * 100.0).round().clamp(0.0, 1e9) as u32;
        (h(self.ratio), h(self.low), h(self.high))
    }
}

/// The Poisson rate ratio of `with` against `without` (see the module's method), or `None`
/// when a side has no nights.
pub fn rate_ratio(with: Side, without: Side) -> Option<RateRatio> {
    if with.nights == 0 || without.nights == 0 {
        return None;
    }
    let corrected = with.cramps == 0 || without.cramps == 0;
    let add = if corrected { 0.5 } else { 0.0 };
    let a = f64::from(with.cramps) + add;
    let b = f64::from(without.cramps) + add;
    let log_ratio = (a / f64::from(with.nights)).ln() - (b / f64::from(without.nights)).ln();
    let se = (1.0 / a + 1.0 / b).sqrt();
    Some(RateRatio {
        ratio: log_ratio.exp(),
        low: (log_ratio - Z_95 * se).exp(),
        high: (log_ratio + Z_95 * se).exp(),
        corrected,
    })
}

/// Why the verdict is still "too early to tell".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Wait {
    /// A side has fewer than `MIN_NIGHTS` recorded nights.
    FewNights,
    /// Enough nights, but the interval includes 1.
    NoClearDifference,
}

/// What the comparison says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    TooEarly(Wait),
    /// The whole interval is below 1.
    Fewer,
    /// The whole interval is above 1.
    More,
}

/// Both sides, the ratio and the verdict.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Comparison {
    /// Nights of the kind (stretched; water goal met).
    pub with: Side,
    /// The other recorded nights.
    pub without: Side,
    pub ratio: Option<RateRatio>,
    pub verdict: Verdict,
}

impl Comparison {
    /// The comparison of two sides.
    pub fn of(with: Side, without: Side) -> Self {
        let ratio = rate_ratio(with, without);
        let verdict = match ratio {
            _ if with.nights < MIN_NIGHTS || without.nights < MIN_NIGHTS => {
                Verdict::TooEarly(Wait::FewNights)
            }
            Some(r) if r.high < 1.0 => Verdict::Fewer,
            Some(r) if r.low > 1.0 => Verdict::More,
            _ => Verdict::TooEarly(Wait::NoClearDifference),
        };
        Self {
            with,
            without,
            ratio,
            verdict,
        }
    }

    /// Night states split by whether `is_kind(night)`.
    pub fn of_nights(
        states: impl IntoIterator<Item = (LocalDate, NightState)>,
        is_kind: impl Fn(LocalDate) -> bool,
    ) -> Self {
        let mut with = Side::default();
        let mut without = Side::default();
        for (night, state) in states {
            if !state.is_recorded() {
                continue;
            }
            let side = if is_kind(night) {
                &mut with
            } else {
                &mut without
            };
            side.nights += 1;
            side.cramps += state.cramps();
        }
        Self::of(with, without)
    }
}

impl Diary {
    /// The nights `first..=last` in `kind` (stretched; water goal met) against the others.
    pub fn compare(
        &self,
        first: LocalDate,
        last: LocalDate,
        kind: &BTreeSet<LocalDate>,
    ) -> Comparison {
        Comparison::of_nights(self.night_states(first, last), |n| kind.contains(&n))
    }
}
