//! Everything the water page shows, as text and yes/no answers looked up by key.
//!
//! The page binds each piece of text or state to `Screen::text(key)` or `Screen::flag(key)`
//! through one closure type: every distinct reactive closure in a Leptos view costs about
//! 300 bytes of gzipped wasm (measured), one shared type about 100. It also keeps the page's
//! logic here, where it is tested natively.

use super::text;
use crate::domain::calendar::LocalDate;
use crate::domain::key_value::Recovery;
use crate::domain::water::log::{Action, DaySummary, Log, Unit, HISTORY_DAYS, MAX_CUPS_PER_DAY};
use crate::domain::water::session::Session;
use std::fmt::Display;

/// Chart geometry (SVG user units): a slot per day, the bar inside it, the baseline, the plot height.
pub const CHART_SLOT: u32 = 48;
pub const CHART_BAR: u32 = 28;
pub const CHART_BASELINE: u32 = 128;
pub const CHART_PLOT: u32 = 100;

/// The on/off choices.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Choice {
    Active,
    Hot,
    HideGoal,
}

impl Choice {
    /// The action that turns it on or off.
    pub fn action(self, on: bool) -> Action {
        match self {
            Choice::Active => Action::SetActive(on),
            Choice::Hot => Action::SetHot(on),
            Choice::HideGoal => Action::SetHideGoal(on),
        }
    }
}

/// A piece of text on the page (also SVG attribute values).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Text {
    /// "3", or "–" before the page has read the clock.
    CountNumber,
    /// " of 8 cups" or " cups today".
    CountWords,
    /// "720 of 1,920 ml", or empty for cups.
    Amount,
    /// The SVG path of the water in the glass.
    GlassWater,
    /// What the last action did (the polite status region).
    Status,
    /// The message of a notice; empty when there is none.
    Notice(Notice),
    /// History table cell: row 0..7 (oldest first), and its column.
    Cell(u8, Column),
    /// Chart of day 0..7: the bar's path, the goal mark's y, the count label's y and text, the weekday, the day of month.
    ChartBar(u8),
    ChartGoalY(u8),
    ChartCountY(u8),
    ChartCount(u8),
    ChartDay(u8),
    ChartDate(u8),
    /// How many of the last 7 days met the goal.
    MetDays,
    /// The streak as a number, and the words after it.
    Streak,
    StreakWords,
    /// The correction form's label for the day `n` days before today.
    PastDay(u8),
}

/// A message about the saved log, in the order the page shows them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Notice {
    /// The saved log could not be read (the only one a person can dismiss).
    Unreadable,
    /// Saving fails.
    NotSaved,
    /// Cups are saved under a later date than today.
    LaterDate,
}

impl Notice {
    /// Every notice, in the page's order.
    pub const ALL: [Notice; 3] = [Notice::Unreadable, Notice::NotSaved, Notice::LaterDate];
}

/// A column of the history table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Column {
    Day,
    Cups,
    Goal,
    GoalMet,
}

/// A yes/no state on the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flag {
    /// The saved log and the clock have not been read yet (the pre-rendered page).
    NotReady,
    /// "Hide the goal, just count" is on.
    JustCount,
    HideGoalMet,
    CannotAdd,
    CannotUndo,
    HideDayFull,
    HideNoneYet,
    HideNotice(Notice),
    On(Choice),
    UnitIs(Unit),
    ChartMet(u8),
    HideStats,
}

/// The page's state: the session, today's date once known, the last status message.
pub struct Screen<'a, E> {
    pub session: &'a Session<E>,
    pub today: Option<LocalDate>,
    pub status: &'a str,
}

impl<E: Display + Clone> Screen<'_, E> {
    fn log(&self) -> &Log {
        &self.session.log
    }

    fn today_summary(&self) -> Option<DaySummary> {
        self.today.map(|t| self.log().summary(t))
    }

    fn goal_shown(&self) -> bool {
        !self.log().settings.hide_goal
    }

    fn history(&self) -> Vec<DaySummary> {
        self.today
            .map(|t| self.log().history(t))
            .unwrap_or_default()
    }

    fn history_day(&self, i: u8) -> Option<DaySummary> {
        self.history().get(usize::from(i)).copied()
    }

    /// The chart's scale: the tallest bar (or goal mark) fills the plot.
    fn chart_max(&self) -> u32 {
        let goals = self.goal_shown();
        self.history()
            .iter()
            .map(|d| u32::from(d.count).max(if goals { d.goal.into() } else { 0 }))
            .max()
            .unwrap_or(1)
            .max(1)
    }

    fn chart_height(&self, value: u32) -> u32 {
        value.min(self.chart_max()) * CHART_PLOT / self.chart_max()
    }

    /// The text for `key`.
    pub fn text(&self, key: Text) -> String {
        let log = self.log();
        let count = self.today_summary().map_or(0, |s| s.count);
        let goal = self
            .today_summary()
            .map_or(log.settings.base_goal, |s| s.goal);
        match key {
            Text::CountNumber => self
                .today_summary()
                .map_or_else(|| "–".into(), |s| s.count.to_string()),
            Text::CountWords if self.goal_shown() => {
                format!(" of {goal} {}", text::cups_word(goal.into()))
            }
            Text::CountWords => format!(" {} today", text::cups_word(count.into())),
            Text::Amount => {
                text::amount_text(count, self.goal_shown().then_some(goal), log.settings.unit)
                    .unwrap_or_default()
            }
            Text::GlassWater => {
                // the glass narrows from x 14..86 at its rim (y = 8) to x 22..78 at its base
                // (y = 123); the water is the part of that shape below its level
                let height = 115 * u32::from(count).min(goal.into()) / u32::from(goal.max(1));
                let y = 123 - height;
                let inset = 14 + 8 * (y - 8) / 115;
                format!("M{inset} {y}H{}L78 123H22z", 100 - inset)
            }
            Text::Status => self.status.to_string(),
            Text::Notice(which) => self.notice(which),
            Text::Cell(row, column) => self
                .history_day(row)
                .map(|d| match column {
                    Column::Day => self
                        .today
                        .map(|t| text::day_label(d.date, t))
                        .unwrap_or_default(),
                    Column::Cups => d.count.to_string(),
                    Column::Goal => d.goal.to_string(),
                    Column::GoalMet => (if d.met { "Yes" } else { "No" }).into(),
                })
                .unwrap_or_default(),
            Text::ChartBar(i) => {
                let h = self
                    .history_day(i)
                    .map_or(0, |d| self.chart_height(d.count.into()));
                let x = u32::from(i) * CHART_SLOT + (CHART_SLOT - CHART_BAR) / 2;
                format!("M{x} {}h{CHART_BAR}v{h}h-{CHART_BAR}z", CHART_BASELINE - h)
            }
            Text::ChartGoalY(i) => {
                let h = self
                    .history_day(i)
                    .map_or(0, |d| self.chart_height(d.goal.into()));
                (CHART_BASELINE - h).to_string()
            }
            Text::ChartCountY(i) => {
                // above the bar and above the goal mark, so they never overlap
                let goals = self.goal_shown();
                let h = self.history_day(i).map_or(0, |d| {
                    let goal = if goals { d.goal.into() } else { 0 };
                    self.chart_height(u32::from(d.count).max(goal))
                });
                (CHART_BASELINE - h - 6).to_string()
            }
            Text::ChartCount(i) => self
                .history_day(i)
                .map(|d| {
                    let tick = if self.flag(Flag::ChartMet(i)) {
                        "✓"
                    } else {
                        ""
                    };
                    format!("{tick}{}", d.count)
                })
                .unwrap_or_default(),
            Text::ChartDay(i) => self
                .history_day(i)
                .map(|d| {
                    if Some(d.date) == self.today {
                        "Today"
                    } else {
                        d.date.weekday_short()
                    }
                })
                .unwrap_or_default()
                .into(),
            Text::ChartDate(i) => self
                .history_day(i)
                .map(|d| d.date.day.to_string())
                .unwrap_or_default(),
            Text::MetDays => self.history().iter().filter(|d| d.met).count().to_string(),
            Text::Streak => self.streak().to_string(),
            Text::StreakWords => match self.streak() {
                0 => " days in a row: meet a day's goal to start a streak",
                1 => " day in a row",
                _ => " days in a row",
            }
            .into(),
            Text::PastDay(back) => match self.today {
                None => format!("{back} days ago"),
                Some(t) => {
                    let date = text::short_date(t.add_days(-i64::from(back)));
                    if back == 1 {
                        format!("Yesterday, {date}")
                    } else {
                        date
                    }
                }
            },
        }
    }

    fn streak(&self) -> u32 {
        self.today.map_or(0, |t| self.log().streak(t))
    }

    fn notice(&self, which: Notice) -> String {
        let s = self.session;
        match which {
            Notice::Unreadable => match s.guard.recovery {
                None => "",
                Some(Recovery::BackedUp) => "Your saved water log could not be read, so the counter has started again from zero. A copy of the old data is kept on this device.",
                Some(Recovery::LeftAlone) => "Your saved water log could not be read, and there is no room on this device to keep a copy, so it has been left as it is. Cups you add now are counted on this page only.",
                Some(Recovery::Newer) => "Your water log was saved by a newer version of Cramp Coach. Reload the page to get the update; until then, cups you add are counted on this page only.",
            }
            .into(),
            // the text stays the same while saving keeps failing, so it is announced once
            Notice::NotSaved => match &s.guard.save_error {
                Some(e) if !s.is_frozen() => {
                    format!("Not saved: {e} Your cups are still counted while this page is open.")
                }
                _ => String::new(),
            },
            Notice::LaterDate => self
                .today
                .and_then(|t| self.log().later_day(t))
                .map(|date| format!(
                    "Some cups are saved under a later date, {}: this device's clock may have been changed. They are kept and will show on that day.",
                    text::short_date(date)
                ))
                .unwrap_or_default(),
        }
    }

    /// The answer for `key`.
    pub fn flag(&self, key: Flag) -> bool {
        let log = self.log();
        let today = self.today;
        let summary = self.today_summary();
        match key {
            Flag::NotReady => today.is_none(),
            Flag::JustCount => !self.goal_shown(),
            Flag::HideGoalMet => !(self.goal_shown() && summary.is_some_and(|s| s.met)),
            Flag::CannotAdd => !today.is_some_and(|t| log.can_add(t)),
            Flag::CannotUndo => !today.is_some_and(|t| log.can_undo(t)),
            Flag::HideDayFull => summary.is_none_or(|s| s.count < MAX_CUPS_PER_DAY),
            Flag::HideNoneYet => today.is_none_or(|t| !log.times(t).is_empty()),
            Flag::HideNotice(which) => self.notice(which).is_empty(),
            Flag::On(Choice::Active) => today.is_some_and(|t| log.extras(t).0),
            Flag::On(Choice::Hot) => today.is_some_and(|t| log.extras(t).1),
            Flag::On(Choice::HideGoal) => log.settings.hide_goal,
            Flag::UnitIs(unit) => log.settings.unit == unit,
            Flag::ChartMet(i) => self.goal_shown() && self.history_day(i).is_some_and(|d| d.met),
            Flag::HideStats => today.is_none(),
        }
    }
}

/// The history rows, columns and chart days there are.
pub const HISTORY_ROWS: u8 = HISTORY_DAYS as u8;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::water::log::Moment;

    fn date(y: i32, m: u8, d: u8) -> LocalDate {
        LocalDate::new(y, m, d).unwrap()
    }

    fn screen_texts(
        session: &Session<String>,
        today: Option<LocalDate>,
        keys: &[Text],
    ) -> Vec<String> {
        let screen = Screen {
            session,
            today,
            status: "",
        };
        keys.iter().map(|k| screen.text(*k)).collect()
    }

    fn session_with(days: &[(i64, u16)], today: LocalDate) -> Session<String> {
        let mut session = Session::<String>::empty();
        for &(back, cups) in days {
            let now = Moment {
                epoch_ms: 0,
                date: today.add_days(-back),
            };
            for _ in 0..cups {
                session.log.apply(now, Action::Add);
            }
        }
        session
    }

    #[test]
    fn before_the_clock_is_read_it_shows_the_defaults() {
        let session = Session::<String>::empty();
        let screen = Screen {
            session: &session,
            today: None,
            status: "",
        };
        assert_eq!(screen.text(Text::CountNumber), "–");
        assert_eq!(screen.text(Text::CountWords), " of 8 cups");
        assert_eq!(screen.text(Text::Amount), "");
        assert_eq!(screen.text(Text::GlassWater), "M22 123H78L78 123H22z");
        assert_eq!(screen.text(Text::Cell(0, Column::Day)), "");
        assert_eq!(screen.text(Text::ChartBar(6)), "M298 128h28v0h-28z");
        assert_eq!(screen.text(Text::PastDay(3)), "3 days ago");
        for flag in [
            Flag::NotReady,
            Flag::CannotAdd,
            Flag::CannotUndo,
            Flag::HideGoalMet,
            Flag::HideDayFull,
            Flag::HideNoneYet,
            Flag::HideStats,
            Flag::HideNotice(Notice::Unreadable),
            Flag::HideNotice(Notice::NotSaved),
            Flag::HideNotice(Notice::LaterDate),
            Flag::UnitIs(Unit::Cups),
        ] {
            assert!(screen.flag(flag), "{flag:?}");
        }
        for flag in [
            Flag::JustCount,
            Flag::On(Choice::Active),
            Flag::On(Choice::Hot),
            Flag::On(Choice::HideGoal),
            Flag::ChartMet(6),
        ] {
            assert!(!screen.flag(flag), "{flag:?}");
        }
    }

    #[test]
    fn today_history_and_chart() {
        let today = date(2026, 3, 28);
        let session = session_with(&[(0, 3), (1, 8), (2, 9), (4, 16)], today);
        let texts = screen_texts(
            &session,
            Some(today),
            &[
                Text::CountNumber,
                Text::CountWords,
                Text::GlassWater,
                Text::Cell(6, Column::Day),
                Text::Cell(5, Column::Day),
                Text::Cell(2, Column::Day),
                Text::Cell(5, Column::Cups),
                Text::Cell(5, Column::Goal),
                Text::Cell(5, Column::GoalMet),
                Text::Cell(6, Column::GoalMet),
                Text::MetDays,
                Text::Streak,
                Text::StreakWords,
                Text::ChartBar(2),
                Text::ChartGoalY(2),
                Text::ChartCountY(2),
                Text::ChartCountY(6),
                Text::ChartCount(2),
                Text::ChartCount(6),
                Text::ChartDay(6),
                Text::ChartDay(5),
                Text::ChartDate(5),
                Text::PastDay(1),
                Text::PastDay(6),
            ],
        );
        assert_eq!(
            texts,
            [
                "3",
                " of 8 cups",
                "M19 80H81L78 123H22z",
                "Today",
                "Yesterday",
                "Tue 24 Mar",
                "8",
                "8",
                "Yes",
                "No",
                "3",
                "2",
                " days in a row",
                "M106 28h28v100h-28z",
                "78",
                "22",
                "72",
                "✓16",
                "3",
                "Today",
                "Fri",
                "27",
                "Yesterday, Fri 27 Mar",
                "Sun 22 Mar",
            ]
        );
        let screen = Screen {
            session: &session,
            today: Some(today),
            status: "Added a cup: 3 of 8 cups.",
        };
        assert_eq!(screen.text(Text::Status), "Added a cup: 3 of 8 cups.");
        assert!(screen.flag(Flag::ChartMet(5)));
        assert!(!screen.flag(Flag::ChartMet(3)));
        assert!(!screen.flag(Flag::CannotUndo));
        assert!(
            screen.flag(Flag::HideNoneYet),
            "cups today: no \"none yet\""
        );
        assert!(screen.flag(Flag::HideGoalMet));
    }

    #[test]
    fn just_counting_hides_every_goal() {
        let today = date(2026, 3, 28);
        let mut session = session_with(&[(0, 9), (1, 4)], today);
        let now = Moment {
            epoch_ms: 0,
            date: today,
        };
        session.log.apply(now, Action::SetHideGoal(true));
        session.log.apply(now, Action::SetUnit(Unit::Millilitres));
        let screen = Screen {
            session: &session,
            today: Some(today),
            status: "",
        };
        assert_eq!(screen.text(Text::CountWords), " cups today");
        assert_eq!(screen.text(Text::Amount), "2,160 ml");
        assert!(screen.flag(Flag::JustCount));
        assert!(screen.flag(Flag::HideGoalMet));
        assert!(!screen.flag(Flag::ChartMet(6)));
        assert_eq!(screen.text(Text::ChartCount(6)), "9");
        // the tallest bar fills the plot when no goal marks are drawn
        assert_eq!(screen.text(Text::ChartBar(6)), "M298 28h28v100h-28z");
        assert!(screen.flag(Flag::UnitIs(Unit::Millilitres)));
    }

    #[test]
    fn a_full_day_says_so() {
        let today = date(2026, 3, 28);
        let session = session_with(&[(0, MAX_CUPS_PER_DAY)], today);
        let screen = Screen {
            session: &session,
            today: Some(today),
            status: "",
        };
        assert!(screen.flag(Flag::CannotAdd));
        assert!(!screen.flag(Flag::HideDayFull));
        assert_eq!(screen.text(Text::GlassWater), "M14 8H86L78 123H22z");
    }

    #[test]
    fn notices() {
        let today = date(2026, 3, 28);
        let mut session = session_with(&[(-2, 1)], today);
        session.guard.save_error = Some("The disk is full.".into());
        session.guard.recovery = Some(Recovery::BackedUp);
        let screen = Screen {
            session: &session,
            today: Some(today),
            status: "",
        };
        assert!(screen
            .text(Text::Notice(Notice::Unreadable))
            .starts_with("Your saved water log could not be read, so"));
        assert_eq!(
            screen.text(Text::Notice(Notice::NotSaved)),
            "Not saved: The disk is full. Your cups are still counted while this page is open."
        );
        assert!(screen
            .text(Text::Notice(Notice::LaterDate))
            .contains("later date, Mon 30 Mar"));
        for notice in Notice::ALL {
            assert!(!screen.flag(Flag::HideNotice(notice)));
        }
    }

    #[test]
    fn choices_map_to_actions() {
        assert_eq!(Choice::Active.action(true), Action::SetActive(true));
        assert_eq!(Choice::Hot.action(false), Action::SetHot(false));
        assert_eq!(Choice::HideGoal.action(true), Action::SetHideGoal(true));
    }
}
