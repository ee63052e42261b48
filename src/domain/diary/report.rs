//! The numbers of the report for a doctor: a span of nights next to the span before it.
//!
//! Rates are over recorded nights only (a night without entries is not counted as zero). The
//! typical length is the median (the lower one of an even count, so it is always a length that
//! was logged); lengths are ordered by seconds, a hand-logged choice by its shortest length.

use super::compare::{tenths, Side};
use super::entry::{Cramp, Leg, Length, LocalTime, Medicine, Place};
use super::log::Diary;
use super::night::SpanSummary;
use crate::domain::calendar::LocalDate;
use crate::domain::order;
use std::collections::{BTreeMap, BTreeSet};

/// The span of the report by default, in weeks (next to the same span before it).
pub const DEFAULT_WEEKS: u8 = 4;

/// The numbers of one span of nights.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Period {
    pub first: LocalDate,
    pub last: LocalDate,
    pub nights: SpanSummary,
    /// Cramps a night over recorded nights, in tenths.
    pub per_night_tenths: Option<u32>,
    /// Cramps a week (7 × the nightly rate), in tenths.
    pub per_week_tenths: Option<u32>,
    pub typical: Option<Length>,
    pub longest: Option<Length>,
    pub worst_severity: Option<u8>,
    /// Nights with a cramp that woke the person.
    pub nights_woken: u32,
    /// Cramps in each leg (cramps without a leg noted are not counted).
    pub legs: [(Leg, u32); 3],
    /// Cramps in each place.
    pub places: [(Place, u32); 4],
    /// Nights after an evening with a completed stretch routine.
    pub nights_stretched: u32,
    /// Days with a water record, and their average cups in tenths.
    pub water_days: u32,
    pub average_cups_tenths: Option<u32>,
}

/// A free note written on a cramp.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note {
    pub night: LocalDate,
    pub at: LocalTime,
    pub text: String,
}

/// The whole report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    /// The date it was made on.
    pub made: LocalDate,
    /// The chosen span.
    pub current: Period,
    /// The span of the same length just before it.
    pub previous: Period,
    pub medicines: Vec<Medicine>,
    /// Notes of both spans, oldest first.
    pub notes: Vec<Note>,
}

impl Period {
    fn of(
        diary: &Diary,
        first: LocalDate,
        last: LocalDate,
        stretched: &BTreeSet<LocalDate>,
        cups: &BTreeMap<LocalDate, u16>,
    ) -> Self {
        let nights = diary.summary(first, last);
        let cramps: Vec<&Cramp> = diary
            .cramps_in(first, last)
            .into_iter()
            .map(|c| c.1)
            .collect();
        let mut lengths: Vec<Length> = cramps.iter().map(|c| c.length).collect();
        order::sort_by_key(&mut lengths, |l| l.sort_key());
        let mut woken = BTreeSet::new();
        woken.extend(cramps.iter().filter(|c| c.woke).map(|c| c.night()));
        let side = Side {
            nights: nights.recorded,
            cramps: nights.cramps,
        };
        let water: Vec<u16> = cups.range(first..=last).map(|(_, c)| *c).collect();
        let water_total: u64 = water.iter().map(|c| u64::from(*c)).sum();
        Self {
            first,
            last,
            nights,
            per_night_tenths: side.rate_tenths(),
            per_week_tenths: tenths(7 * u64::from(side.cramps), u64::from(side.nights)),
            typical: lengths.get(lengths.len().saturating_sub(1) / 2).copied(),
            longest: lengths.last().copied(),
            worst_severity: cramps.iter().filter_map(|c| c.severity).max(),
            nights_woken: woken.len() as u32,
            legs: Leg::ALL.map(|leg| {
                let n = cramps.iter().filter(|c| c.leg == Some(leg)).count();
                (leg, n as u32)
            }),
            places: Place::ALL.map(|place| {
                let n = cramps.iter().filter(|c| c.places.contains(place)).count();
                (place, n as u32)
            }),
            nights_stretched: stretched.range(first..=last).count() as u32,
            water_days: water.len() as u32,
            average_cups_tenths: tenths(water_total, water.len() as u64),
        }
    }
}

impl Report {
    /// The report for the `weeks` weeks of nights ending with `last` and the same span before,
    /// made on `today`. `stretched` holds the nights after a completed routine, `cups` the cups
    /// of water of the days before nights (see `links`).
    pub fn new(
        diary: &Diary,
        last: LocalDate,
        weeks: u8,
        today: LocalDate,
        stretched: &BTreeSet<LocalDate>,
        cups: &BTreeMap<LocalDate, u16>,
    ) -> Self {
        let span = 7 * i64::from(weeks.max(1));
        let first = last.add_days(1 - span);
        let before = first.add_days(-span);
        let notes = diary
            .cramps_in(before, last)
            .into_iter()
            .filter(|(_, c)| !c.note.is_empty())
            .map(|(_, c)| Note {
                night: c.night(),
                at: c.local,
                text: c.note.clone(),
            })
            .collect();
        Self {
            made: today,
            current: Period::of(diary, first, last, stretched, cups),
            previous: Period::of(diary, before, first.add_days(-1), stretched, cups),
            medicines: diary.medicines().into_iter().map(|m| m.1.clone()).collect(),
            notes,
        }
    }
}
