//! What the tools count over local dates, written once: the streak, the window of the last days,
//! and the names of the months.

use crate::domain::calendar::LocalDate;

/// Days in a row for which `done` holds, ending today if today is done, else yesterday: a streak
/// that reaches yesterday is still alive until today is over. Counts at most `most` days (the
/// number of days on record), so it always ends.
pub fn streak(today: LocalDate, most: u32, done: impl Fn(LocalDate) -> bool) -> u32 {
    let start = if done(today) {
        today
    } else {
        today.add_days(-1)
    };
    let mut n = 0;
    while n < most && done(start.add_days(-i64::from(n))) {
        n += 1;
    }
    n
}

/// The `N` days ending with `today`, oldest first.
pub fn last_days<const N: usize>(today: LocalDate) -> [LocalDate; N] {
    std::array::from_fn(|i| today.add_days(i as i64 + 1 - N as i64))
}

/// "November" for month 11 (out-of-range months are clamped).
pub fn month_name(month: u8) -> &'static str {
    crate::domain::calendar::MONTHS[usize::from(month.clamp(1, 12)) - 1]
}

/// "Nov" for month 11: the first three letters of the name.
pub fn month_short(month: u8) -> &'static str {
    let name = month_name(month);
    name.get(..3).unwrap_or(name)
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    fn day(n: i64) -> LocalDate {
        LocalDate::new(2026, 3, 1).unwrap().add_days(n)
    }

    #[test]
    fn a_streak_ends_today_or_yesterday() {
        let done = |days: &'static [i64]| move |d: LocalDate| days.iter().any(|&n| day(n) == d);
        assert_eq!(streak(day(10), 9, done(&[8, 9, 10])), 3);
        assert_eq!(
            streak(day(10), 9, done(&[8, 9])),
            2,
            "yesterday still counts"
        );
        assert_eq!(streak(day(10), 9, done(&[7, 8])), 0, "a missed day ends it");
        assert_eq!(streak(day(10), 9, done(&[])), 0);
        assert_eq!(
            streak(day(10), 2, |_| true),
            2,
            "never more than the days on record"
        );
    }

    #[test]
    fn the_last_days_end_today_oldest_first() {
        assert_eq!(last_days::<3>(day(10)), [day(8), day(9), day(10)]);
        assert_eq!(last_days::<7>(day(0))[0], day(-6));
        assert_eq!(last_days::<1>(day(0)), [day(0)]);
    }

    #[test]
    fn month_names() {
        assert_eq!(month_name(1), "January");
        assert_eq!(month_name(11), "November");
        assert_eq!(month_short(9), "Sep");
        assert_eq!(month_short(5), "May");
        assert_eq!(month_name(0), "January");
        assert_eq!(month_name(13), "December");
    }
}
