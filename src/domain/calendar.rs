//! Calendar dates without a time zone library: the shell reads the local date from the browser,
//! the core only counts days. Days are civil dates, never 24-hour spans, so daylight-saving
//! changes can neither merge nor skip a day.

use std::fmt;

/// The months' names, January first (also used by `build.rs`, through `check/rules.rs`).
pub const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A local calendar date (proleptic Gregorian).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct LocalDate {
    pub year: i32,
    /// 1..=12
    pub month: u8,
    /// 1..=31
    pub day: u8,
}

impl LocalDate {
    /// A date, or `None` if it does not exist (31 April, 29 February in a common year...).
    pub fn new(year: i32, month: u8, day: u8) -> Option<Self> {
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(Self { year, month, day })
    }

    /// Days since 1970-01-01 (negative before).
    pub fn day_number(self) -> i64 {
        // Howard Hinnant's days_from_civil
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `day_number` days after 1970-01-01.
    pub fn from_day_number(day_number: i64) -> Self {
        let z = day_number + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = (if mp < 10 { mp + 3 } else { mp - 9 }) as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Self { year, month, day }
    }

    /// The date `days` later (earlier when negative).
    pub fn add_days(self, days: i64) -> Self {
        Self::from_day_number(self.day_number() + days)
    }

    /// Whole days from `self` to `later` (negative if `later` is earlier).
    pub fn days_until(self, later: Self) -> i64 {
        later.day_number() - self.day_number()
    }

    /// Short weekday name: "Mon" ... "Sun".
    pub fn weekday_short(self) -> &'static str {
        // 1970-01-01 was a Thursday
        ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"][self.day_number().rem_euclid(7) as usize]
    }
}

impl fmt::Display for LocalDate {
    /// `YYYY-MM-DD`
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn known_dates() {
        assert_eq!(LocalDate::new(1970, 1, 1).unwrap().day_number(), 0);
        assert_eq!(
            LocalDate::new(2024, 2, 29).unwrap().add_days(1),
            LocalDate::new(2024, 3, 1).unwrap()
        );
        assert_eq!(
            LocalDate::new(2026, 12, 31).unwrap().add_days(1),
            LocalDate::new(2027, 1, 1).unwrap()
        );
        assert_eq!(LocalDate::new(2026, 11, 28).unwrap().weekday_short(), "Sat");
        assert!(LocalDate::new(2025, 2, 29).is_none());
        assert!(LocalDate::new(2025, 4, 31).is_none());
        let before_year_one = LocalDate::new(-1, 12, 31).unwrap();
        assert_eq!(before_year_one.to_string(), "-001-12-31");
    }

    proptest! {
        #[test]
        fn day_numbers_round_trip(n in -1_000_000i64..1_000_000) {
            let d = LocalDate::from_day_number(n);
            prop_assert_eq!(d.day_number(), n);
            prop_assert!(LocalDate::new(d.year, d.month, d.day).is_some());
            if (1..=9999).contains(&d.year) {
                prop_assert_eq!(crate::domain::codec::date::parse(&d.to_string()), Some(d));
            }
            prop_assert_eq!(d.add_days(1).day_number(), n + 1);
        }
    }
}
