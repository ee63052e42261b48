//! The planned self-test: "test stretching for 4 weeks". The nights are fixed in advance as
//! alternating blocks of 7: stretch before bed in one block, not in the next. Which kind comes
//! first is drawn from a random seed the shell picks when the test starts and that is saved with
//! it, so the person does not choose it (a first week picked because cramps are bad would favour
//! stretching, since bad spells ease on their own), a steady fall in cramps over the weeks does
//! not always favour the same kind, and the plan reads the same on every load and after a backup.
//! Nights are compared by the plan's kind, whatever was done (as planned); how closely the plan
//! was kept is reported beside it. The result is shown only once the last night is over.

use super::compare::Comparison;
use super::log::Diary;
use super::night::nights;
use crate::domain::calendar::LocalDate;
use std::collections::BTreeSet;

/// Nights in a block.
pub const BLOCK_NIGHTS: i64 = 7;
/// The length the page offers.
pub const DEFAULT_WEEKS: u8 = 4;
/// The shortest and longest tests accepted.
pub const WEEKS: std::ops::RangeInclusive<u8> = 2..=12;

/// What a night of the test asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Do the stretch routine this evening.
    Stretch,
    /// Do not stretch this evening.
    NoStretch,
}

impl Kind {
    pub fn other(self) -> Self {
        match self {
            Kind::Stretch => Kind::NoStretch,
            Kind::NoStretch => Kind::Stretch,
        }
    }
}

/// A test: its first night, its length in weeks and the seed that fixed its order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SelfTest {
    pub start: LocalDate,
    pub weeks: u8,
    pub seed: u32,
}

/// Where the test is, on a given night.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// It starts on a later night (the clock was set back).
    NotStarted,
    /// Night `night` (1-based) of `nights`, of this kind.
    Running { night: u32, nights: u32, kind: Kind },
    /// The last night is over.
    Finished,
}

/// The test's result: the nights compared by the plan's kind, and how closely it was kept.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TestResult {
    pub comparison: Comparison,
    /// Stretch nights with a completed routine, of the stretch nights.
    pub stretch_nights_done: u32,
    pub stretch_nights: u32,
    /// No-stretch nights with a completed routine anyway, of the no-stretch nights.
    pub rest_nights_stretched: u32,
    pub rest_nights: u32,
}

impl SelfTest {
    /// A test starting on the night `start`, its length limited to `WEEKS`.
    pub fn new(start: LocalDate, weeks: u8, seed: u32) -> Self {
        Self {
            start,
            weeks: weeks.clamp(*WEEKS.start(), *WEEKS.end()),
            seed,
        }
    }

    /// The first block's kind: one bit of the seed after mixing (so a seed from a poor
    /// source, such as a time in milliseconds, still gives either kind as often).
    pub fn first_kind(self) -> Kind {
        let mut x = self.seed;
        x ^= x >> 16;
        x = x.wrapping_mul(0x7feb_352d);
        x ^= x >> 15;
        x = x.wrapping_mul(0x846c_a68b);
        x ^= x >> 16;
        if x & 1 == 0 {
            Kind::Stretch
        } else {
            Kind::NoStretch
        }
    }

    /// Nights in the test.
    pub fn nights(self) -> u32 {
        u32::from(self.weeks) * BLOCK_NIGHTS as u32
    }

    /// The test's last night.
    pub fn last_night(self) -> LocalDate {
        self.start.add_days(i64::from(self.nights()) - 1)
    }

    /// The kind of a night of the test; `None` outside it.
    pub fn kind_of(self, night: LocalDate) -> Option<Kind> {
        let i = self.start.days_until(night);
        if !(0..i64::from(self.nights())).contains(&i) {
            return None;
        }
        let first = self.first_kind();
        Some(if (i / BLOCK_NIGHTS) % 2 == 0 {
            first
        } else {
            first.other()
        })
    }

    /// Where the test is on the night `current`.
    pub fn status(self, current: LocalDate) -> Status {
        match self.kind_of(current) {
            Some(kind) => Status::Running {
                night: self.start.days_until(current) as u32 + 1,
                nights: self.nights(),
                kind,
            },
            None if current < self.start => Status::NotStarted,
            None => Status::Finished,
        }
    }

    /// The result, once the test is finished on the night `current` (`None` before).
    /// `stretched` holds the nights after an evening with a completed routine.
    pub fn result(
        self,
        diary: &Diary,
        current: LocalDate,
        stretched: &BTreeSet<LocalDate>,
    ) -> Option<TestResult> {
        if self.status(current) != Status::Finished {
            return None;
        }
        let comparison =
            Comparison::of_nights(diary.night_states(self.start, self.last_night()), |n| {
                self.kind_of(n) == Some(Kind::Stretch)
            });
        let mut result = TestResult {
            comparison,
            stretch_nights_done: 0,
            stretch_nights: 0,
            rest_nights_stretched: 0,
            rest_nights: 0,
        };
        for night in nights(self.start, self.last_night()) {
            let done = u32::from(stretched.contains(&night));
            if self.kind_of(night) == Some(Kind::Stretch) {
                result.stretch_nights += 1;
                result.stretch_nights_done += done;
            } else {
                result.rest_nights += 1;
                result.rest_nights_stretched += done;
            }
        }
        Some(result)
    }
}
