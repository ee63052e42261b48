//! The water log: cups grouped by the local date they count for, the goal of each day, the
//! last seven days, and the streak of days the goal was met.
//!
//! Days are the LOCAL calendar dates the shell reads from the clock, never 24-hour spans: a
//! daylight-saving day of 23 or 25 hours is still one day, and a cup keeps the date it was
//! added on even if the device's clock is later set back.

use crate::domain::calendar::LocalDate;
use crate::domain::days;
use crate::domain::order;

/// The goal without the day's extras, as the guide says: "a minimum of 8 cups of water".
pub const DEFAULT_BASE_GOAL: u8 = 8;
/// The smallest base goal a person can choose.
pub const MIN_BASE_GOAL: u8 = 1;
/// The largest base goal a person can choose.
pub const MAX_BASE_GOAL: u8 = 20;
/// Cups added to the day's goal by "Active day" and, separately, by "Hot day".
pub const EXTRA_CUPS: u8 = 2;
/// The most cups a day can hold (over 7 litres, far beyond any advice; it keeps the saved data small).
pub const MAX_CUPS_PER_DAY: u16 = 30;
/// Days shown in the history.
pub const HISTORY_DAYS: usize = 7;
/// Day records kept; the oldest goes first (about 13 months).
pub const KEEP_DAYS: usize = 400;
/// Days before today whose cup times are still kept (older days keep only their count).
pub const KEEP_TIMES_DAYS: i64 = 31;
/// The first and last years a date in the log may have (what the saved format can spell).
pub const YEARS: std::ops::RangeInclusive<i32> = 1..=9999;

/// How amounts are shown besides cups.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Unit {
    #[default]
    Cups,
    Millilitres,
    FluidOunces,
}

/// Choices that last across days.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Settings {
    /// The goal before the day's extras (1–20 cups).
    pub base_goal: u8,
    pub unit: Unit,
    /// "Hide the goal, just count": for people told by a doctor to limit fluids.
    pub hide_goal: bool,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            base_goal: DEFAULT_BASE_GOAL,
            unit: Unit::Cups,
            hide_goal: false,
        }
    }
}

/// One local date's cups and goal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Day {
    pub date: LocalDate,
    /// Wall-clock time (epoch ms) of each cup added on the day, in the order added.
    pub times: Vec<i64>,
    /// A correction made later: the day's count is `times.len() + adjust`.
    pub adjust: i32,
    /// The base goal in force that day (a later change of the setting leaves past days alone).
    pub base_goal: u8,
    /// "Active day": the day's goal is 2 cups higher.
    pub active: bool,
    /// "Hot day": the day's goal is 2 cups higher.
    pub hot: bool,
}

impl Day {
    fn new(date: LocalDate, base_goal: u8) -> Self {
        Self {
            date,
            times: Vec::new(),
            adjust: 0,
            base_goal,
            active: false,
            hot: false,
        }
    }

    /// Cups counted for the day (0..=MAX_CUPS_PER_DAY).
    pub fn count(&self) -> u16 {
        let raw = self.times.len() as i64 + i64::from(self.adjust);
        raw.clamp(0, i64::from(MAX_CUPS_PER_DAY)) as u16
    }

    /// The day's goal: the base plus 2 for an active day and 2 for a hot day.
    pub fn goal(&self) -> u8 {
        self.base_goal + EXTRA_CUPS * u8::from(self.active) + EXTRA_CUPS * u8::from(self.hot)
    }

    /// Sets the count to `count`, keeping the times of the cups added live.
    fn set_count(&mut self, count: u16) {
        let count = count.min(MAX_CUPS_PER_DAY);
        self.adjust = i32::from(count) - self.times.len() as i32;
    }
}

/// The moment an action happens: wall-clock time and the local date it counts for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Moment {
    pub epoch_ms: i64,
    pub date: LocalDate,
}

/// Everything a person can do to the log.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// One more cup today.
    Add,
    /// Take back today's last cup.
    Undo,
    SetActive(bool),
    SetHot(bool),
    SetBaseGoal(u8),
    SetUnit(Unit),
    SetHideGoal(bool),
    /// Sets an earlier day's count.
    Correct {
        date: LocalDate,
        count: u16,
    },
}

/// A day as the history shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DaySummary {
    pub date: LocalDate,
    pub count: u16,
    pub goal: u8,
    pub met: bool,
}

/// The whole log: settings and the days with cups or choices, in date order.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Log {
    pub settings: Settings,
    /// Sorted by date, one record per date, at most `KEEP_DAYS`.
    days: Vec<Day>,
}

impl Log {
    /// A log from decoded parts, put in order: dates sorted and merged, values in range.
    pub fn from_parts(mut settings: Settings, days: Vec<Day>) -> Self {
        settings.base_goal = settings.base_goal.clamp(MIN_BASE_GOAL, MAX_BASE_GOAL);
        let mut log = Self {
            settings,
            days: Vec::with_capacity(days.len()),
        };
        for mut day in days {
            if !YEARS.contains(&day.date.year) {
                continue;
            }
            day.base_goal = day.base_goal.clamp(MIN_BASE_GOAL, MAX_BASE_GOAL);
            match log.days.binary_search_by_key(&day.date, |d| d.date) {
                Ok(i) => {
                    let kept = &mut log.days[i];
                    let count = kept.count().saturating_add(day.count());
                    kept.times.append(&mut day.times);
                    kept.active |= day.active;
                    kept.hot |= day.hot;
                    kept.base_goal = kept.base_goal.max(day.base_goal);
                    kept.set_count(count);
                }
                Err(i) => log.days.insert(i, day),
            }
        }
        for day in &mut log.days {
            let count = day.count();
            let excess = day
                .times
                .len()
                .saturating_sub(usize::from(MAX_CUPS_PER_DAY));
            day.times.drain(..excess);
            day.set_count(count);
        }
        let excess = log.days.len().saturating_sub(KEEP_DAYS);
        log.days.drain(..excess);
        log
    }

    /// The day records, oldest first.
    pub fn days(&self) -> &[Day] {
        &self.days
    }

    /// Every day of `other` merged in; the settings stay this log's. A date on one side only is
    /// taken as it is. A date on both sides gets the cup times of both (each time as often as
    /// on the side that has it most: the same cup is never counted twice) plus the larger of the
    /// two corrections (`adjust`), an extra (active, hot) set on either side, and the larger base
    /// goal. So the same log merged twice changes nothing, and the order of two merges does not
    /// matter. Returns whether this log changed.
    pub fn merge(&mut self, other: &Log) -> bool {
        let mut days = self.days.clone();
        for theirs in &other.days {
            match days.binary_search_by_key(&theirs.date, |d| d.date) {
                Ok(i) => {
                    let ours = &mut days[i];
                    let mut mine = ours.times.clone();
                    order::sort(&mut mine);
                    let mut extra = theirs.times.clone();
                    order::sort(&mut extra);
                    let mut times = union_counted(&mine, &extra);
                    if times.len() == ours.times.len() {
                        // no cup that is not here already: keep them in the order added
                        times.clone_from(&ours.times);
                    }
                    let adjust = ours.adjust.max(theirs.adjust);
                    let count = (times.len() as i64 + i64::from(adjust))
                        .clamp(0, i64::from(MAX_CUPS_PER_DAY))
                        as u16;
                    let excess = times.len().saturating_sub(usize::from(MAX_CUPS_PER_DAY));
                    times.drain(..excess);
                    ours.times = times;
                    ours.set_count(count);
                    ours.active |= theirs.active;
                    ours.hot |= theirs.hot;
                    ours.base_goal = ours.base_goal.max(theirs.base_goal);
                }
                Err(i) => days.insert(i, theirs.clone()),
            }
        }
        let merged = Log::from_parts(self.settings.clone(), days);
        replace(self, merged)
    }

    /// The record of `date`, if it has one.
    pub fn day(&self, date: LocalDate) -> Option<&Day> {
        self.days
            .binary_search_by_key(&date, |d| d.date)
            .ok()
            .map(|i| &self.days[i])
    }

    /// Cups counted for `date`.
    pub fn count(&self, date: LocalDate) -> u16 {
        self.day(date).map_or(0, Day::count)
    }

    /// The goal of `date`: its own if it has a record, else today's base goal.
    pub fn goal(&self, date: LocalDate) -> u8 {
        self.day(date).map_or(self.settings.base_goal, Day::goal)
    }

    /// Whether today's "Active day" and "Hot day" are on.
    pub fn extras(&self, date: LocalDate) -> (bool, bool) {
        self.day(date).map_or((false, false), |d| (d.active, d.hot))
    }

    /// The times of the cups added on `date`, in the order added.
    pub fn times(&self, date: LocalDate) -> &[i64] {
        self.day(date).map_or(&[], |d| &d.times)
    }

    /// Whether "Undo" has a cup of `today` to take back.
    pub fn can_undo(&self, today: LocalDate) -> bool {
        self.day(today)
            .is_some_and(|d| !d.times.is_empty() && d.count() > 0)
    }

    /// Whether "Add a cup" still can add one today.
    pub fn can_add(&self, today: LocalDate) -> bool {
        self.count(today) < MAX_CUPS_PER_DAY
    }

    /// A date's count, goal and whether the goal was met.
    pub fn summary(&self, date: LocalDate) -> DaySummary {
        let count = self.count(date);
        let goal = self.goal(date);
        DaySummary {
            date,
            count,
            goal,
            met: count >= u16::from(goal),
        }
    }

    /// The last `HISTORY_DAYS` days ending with `today`, oldest first.
    pub fn history(&self, today: LocalDate) -> Vec<DaySummary> {
        days::last_days::<HISTORY_DAYS>(today)
            .map(|date| self.summary(date))
            .to_vec()
    }

    /// Days in a row the goal was met, ending today if today's goal is met, else yesterday.
    pub fn streak(&self, today: LocalDate) -> u32 {
        // only days with a record can be met (every goal is at least one cup)
        days::streak(today, self.days.len() as u32, |date| self.summary(date).met)
    }

    /// The latest date after `today` that has cups (the device's clock was set back since).
    pub fn later_day(&self, today: LocalDate) -> Option<LocalDate> {
        self.days
            .iter()
            .rev()
            .take_while(|d| d.date > today)
            .find(|d| d.count() > 0)
            .map(|d| d.date)
    }

    /// Applies an action at `now`; returns whether anything changed.
    pub fn apply(&mut self, now: Moment, action: Action) -> bool {
        if !YEARS.contains(&now.date.year) {
            return false;
        }
        let today = now.date;
        let changed = match action {
            Action::Add => {
                if !self.can_add(today) {
                    return false;
                }
                self.day_mut(today).times.push(now.epoch_ms);
                true
            }
            Action::Undo => {
                if !self.can_undo(today) {
                    return false;
                }
                self.day_mut(today).times.pop().is_some()
            }
            Action::SetActive(on) => replace(&mut self.day_mut(today).active, on),
            Action::SetHot(on) => replace(&mut self.day_mut(today).hot, on),
            Action::SetBaseGoal(goal) => {
                let goal = goal.clamp(MIN_BASE_GOAL, MAX_BASE_GOAL);
                let today_changed = self
                    .days
                    .iter_mut()
                    .find(|d| d.date == today)
                    .is_some_and(|d| replace(&mut d.base_goal, goal));
                replace(&mut self.settings.base_goal, goal) | today_changed
            }
            Action::SetUnit(unit) => replace(&mut self.settings.unit, unit),
            Action::SetHideGoal(hide) => replace(&mut self.settings.hide_goal, hide),
            Action::Correct { date, count } => {
                if date >= today || !YEARS.contains(&date.year) {
                    return false;
                }
                let before = self.count(date);
                self.day_mut(date).set_count(count);
                self.count(date) != before
            }
        };
        self.tidy(today);
        changed
    }

    /// The record of `date`, created with today's base goal if missing.
    fn day_mut(&mut self, date: LocalDate) -> &mut Day {
        let i = match self.days.binary_search_by_key(&date, |d| d.date) {
            Ok(i) => i,
            Err(i) => {
                self.days.insert(i, Day::new(date, self.settings.base_goal));
                i
            }
        };
        &mut self.days[i]
    }

    /// Keeps the log small: at most `KEEP_DAYS` records, cup times only for recent days.
    fn tidy(&mut self, today: LocalDate) {
        if self.days.len() > KEEP_DAYS {
            // the oldest record goes, unless it is today's (a clock set far back)
            let oldest = usize::from(self.days[0].date == today);
            self.days.remove(oldest);
        }
        let cutoff = today.add_days(-KEEP_TIMES_DAYS);
        for day in self.days.iter_mut().take_while(|d| d.date < cutoff) {
            if !day.times.is_empty() {
                let count = day.count();
                day.times.clear();
                day.set_count(count);
            }
        }
    }
}

/// Two sorted lists of times as one sorted list, each time as often as in the list that has it
/// most.
fn union_counted(a: &[i64], b: &[i64]) -> Vec<i64> {
    let (mut i, mut j) = (0, 0);
    let mut out = Vec::with_capacity(a.len().max(b.len()));
    while i < a.len() || j < b.len() {
        match (a.get(i), b.get(j)) {
            (Some(x), Some(y)) if x == y => {
                out.push(*x);
                i += 1;
                j += 1;
            }
            (Some(x), Some(y)) if x < y => {
                out.push(*x);
                i += 1;
            }
            (Some(x), None) => {
                out.push(*x);
                i += 1;
            }
            (_, Some(y)) => {
                out.push(*y);
                j += 1;
            }
            (None, None) => break,
        }
    }
    out
}

/// Sets `slot` to `value`; true if that changed it.
fn replace<T: PartialEq>(slot: &mut T, value: T) -> bool {
    let changed = *slot != value;
    *slot = value;
    changed
}
