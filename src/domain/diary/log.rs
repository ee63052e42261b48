//! The diary: its entries by id, the planned self-test, and the nights they add up to.

use super::entry::{Body, Cramp, Entry, Id, Medicine};
use super::night::{self, NightState, SpanSummary};
use super::self_test::SelfTest;
use crate::domain::calendar::LocalDate;
use crate::domain::order;

/// Entries kept at the most (years of nightly cramps); beyond it the oldest deletions go first.
pub const MAX_ENTRIES: usize = 5_000;

/// Everything in the diary. Entries are kept in id order, one per id; deleted entries stay as
/// tombstones (`Body::Deleted`) so that a merge with an older backup cannot bring them back.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Diary {
    entries: Vec<Entry>,
    /// The planned self-test, if one was started (and not cancelled).
    pub test: Option<SelfTest>,
}

impl Diary {
    /// A diary from decoded entries: tidied, one per id (the later change wins), in id order.
    pub fn from_parts(entries: Vec<Entry>, test: Option<SelfTest>) -> Self {
        let mut diary = Self {
            entries: Vec::with_capacity(entries.len()),
            test,
        };
        for entry in entries {
            diary.put(entry.tidy());
        }
        diary.trim();
        diary
    }

    /// Every entry, deleted ones too, in id order.
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// The entry with this id (a deleted one too).
    pub fn get(&self, id: &Id) -> Option<&Entry> {
        self.find(id).ok().map(|i| &self.entries[i])
    }

    /// The cramp with this id, if that entry is a cramp (not deleted).
    pub fn cramp(&self, id: &Id) -> Option<&Cramp> {
        match self.get(id).map(|e| &e.body) {
            Some(Body::Cramp(c)) => Some(c),
            _ => None,
        }
    }

    fn find(&self, id: &Id) -> Result<usize, usize> {
        self.entries.binary_search_by(|e| e.id.cmp(id))
    }

    /// Keeps `entry` unless an entry with its id was changed later (on a tie a deletion wins,
    /// then the entry already kept). Returns whether the diary changed.
    fn put(&mut self, entry: Entry) -> bool {
        match self.find(&entry.id) {
            Ok(i) => {
                let kept = &self.entries[i];
                let newer = entry.modified_ms > kept.modified_ms
                    || (entry.modified_ms == kept.modified_ms
                        && entry.body == Body::Deleted
                        && kept.body != Body::Deleted);
                if newer {
                    self.entries[i] = entry;
                }
                newer
            }
            Err(i) => {
                self.entries.insert(i, entry);
                true
            }
        }
    }

    /// Saves a new entry or a change to one (`now_ms` becomes its modified time; a time
    /// earlier than the entry's last change, from a clock set back, still counts as later).
    /// Returns whether the diary changed.
    pub fn save(&mut self, id: Id, body: Body, now_ms: i64) -> bool {
        let modified_ms = match self.get(&id) {
            Some(kept) if kept.body == body => return false,
            Some(kept) => now_ms.max(kept.modified_ms.saturating_add(1)),
            None => now_ms,
        };
        let changed = self.put(
            Entry {
                id,
                modified_ms,
                body,
            }
            .tidy(),
        );
        self.trim();
        changed
    }

    /// Deletes an entry (kept as a tombstone). Returns whether there was one to delete.
    pub fn delete(&mut self, id: &Id, now_ms: i64) -> bool {
        match self.get(id) {
            Some(e) if e.body != Body::Deleted => self.save(id.clone(), Body::Deleted, now_ms),
            _ => false,
        }
    }

    /// Marks `night` "No cramps" under `id`, unless it is already marked.
    pub fn mark_quiet(&mut self, night: LocalDate, id: Id, now_ms: i64) -> bool {
        if self.quiet_mark(night).is_some() {
            return false;
        }
        self.save(id, Body::Quiet { night }, now_ms)
    }

    /// The id of the "No cramps" mark of `night`, if it has one.
    pub fn quiet_mark(&self, night: LocalDate) -> Option<&Id> {
        self.entries
            .iter()
            .find(|e| e.body == Body::Quiet { night })
            .map(|e| &e.id)
    }

    /// Every entry of `other` merged in by id: the later change wins. Returns whether this
    /// diary changed. The self-test of `other` is taken only if this diary has none.
    pub fn merge(&mut self, other: &Diary) -> bool {
        let mut changed = false;
        for entry in &other.entries {
            changed |= self.put(entry.clone());
        }
        if self.test.is_none() && other.test.is_some() {
            self.test = other.test;
            changed = true;
        }
        self.trim();
        changed
    }

    /// At most `MAX_ENTRIES`: the oldest changes go first, deletions before anything else.
    fn trim(&mut self) {
        let excess = self.entries.len().saturating_sub(MAX_ENTRIES);
        if excess == 0 {
            return;
        }
        let mut by_age: Vec<(bool, i64, usize)> = self
            .entries
            .iter()
            .enumerate()
            .map(|(i, e)| (e.body != Body::Deleted, e.modified_ms, i))
            .collect();
        order::sort(&mut by_age);
        let mut gone: Vec<usize> = by_age[..excess].iter().map(|o| o.2).collect();
        order::sort(&mut gone);
        for i in gone.into_iter().rev() {
            self.entries.remove(i);
        }
    }

    /// The cramps with their ids, in order of their start.
    pub fn cramps(&self) -> Vec<(&Id, &Cramp)> {
        let mut cramps: Vec<_> = self
            .entries
            .iter()
            .filter_map(|e| match &e.body {
                Body::Cramp(c) => Some((&e.id, c)),
                _ => None,
            })
            .collect();
        order::sort_by(&mut cramps, |a, b| {
            (a.1.local, a.1.start_ms, a.0).cmp(&(b.1.local, b.1.start_ms, b.0))
        });
        cramps
    }

    /// The cramps of the nights `first..=last`, in order of their start.
    pub fn cramps_in(&self, first: LocalDate, last: LocalDate) -> Vec<(&Id, &Cramp)> {
        let mut cramps = self.cramps();
        cramps.retain(|(_, c)| (first..=last).contains(&c.night()));
        cramps
    }

    /// The medicines with their ids, by start date.
    pub fn medicines(&self) -> Vec<(&Id, &Medicine)> {
        let mut list: Vec<_> = self
            .entries
            .iter()
            .filter_map(|e| match &e.body {
                Body::Medicine(m) => Some((&e.id, m)),
                _ => None,
            })
            .collect();
        order::sort_by(&mut list, |a, b| {
            (a.1.started, &a.1.name, a.0).cmp(&(b.1.started, &b.1.name, b.0))
        });
        list
    }

    /// What the diary knows about each night of `first..=last`, oldest first.
    pub fn night_states(&self, first: LocalDate, last: LocalDate) -> Vec<(LocalDate, NightState)> {
        let span = first.days_until(last);
        if span < 0 {
            return Vec::new();
        }
        let mut cramps = vec![0u32; span as usize + 1];
        let mut quiet = vec![false; span as usize + 1];
        let slot = |night: LocalDate| {
            let i = first.days_until(night);
            (0..=span).contains(&i).then_some(i as usize)
        };
        for e in &self.entries {
            match &e.body {
                Body::Cramp(c) => {
                    if let Some(i) = slot(c.night()) {
                        cramps[i] += 1;
                    }
                }
                Body::Quiet { night } => {
                    if let Some(i) = slot(*night) {
                        quiet[i] = true;
                    }
                }
                Body::Medicine(_) | Body::Deleted => {}
            }
        }
        night::nights(first, last)
            .enumerate()
            .map(|(i, n)| {
                let state = match (cramps[i], quiet[i]) {
                    (0, false) => NightState::NotRecorded,
                    (0, true) => NightState::Quiet,
                    (c, _) => NightState::Cramps(c),
                };
                (n, state)
            })
            .collect()
    }

    /// The state of one night.
    pub fn night_state(&self, night: LocalDate) -> NightState {
        self.night_states(night, night)
            .first()
            .map_or(NightState::NotRecorded, |s| s.1)
    }

    /// Numbers for the nights `first..=last`.
    pub fn summary(&self, first: LocalDate, last: LocalDate) -> SpanSummary {
        SpanSummary::of(self.night_states(first, last).into_iter().map(|s| s.1))
    }

    /// This week (the 7 nights ending with `current`) and last week (the 7 before).
    pub fn weeks(&self, current: LocalDate) -> (SpanSummary, SpanSummary) {
        (
            self.summary(current.add_days(-6), current),
            self.summary(current.add_days(-13), current.add_days(-7)),
        )
    }

    /// The earliest night with a cramp or a "No cramps" mark (where comparisons over the whole
    /// diary begin).
    pub fn first_night(&self) -> Option<LocalDate> {
        self.recorded_nights().min()
    }

    fn recorded_nights(&self) -> impl Iterator<Item = LocalDate> + '_ {
        self.entries.iter().filter_map(|e| match &e.body {
            Body::Cramp(c) => Some(c.night()),
            Body::Quiet { night } => Some(*night),
            _ => None,
        })
    }

    /// The latest night after `current` with an entry (the device's clock was set back since).
    pub fn later_night(&self, current: LocalDate) -> Option<LocalDate> {
        self.recorded_nights().filter(|n| *n > current).max()
    }
}
