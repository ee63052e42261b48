//! Words and numbers the water counter shows, in integer arithmetic only (float formatting
//! would add kilobytes to the wasm).

use crate::domain::calendar::LocalDate;
use crate::domain::days;
use crate::domain::water::log::{Action, Log, Unit};

/// Millilitres in a cup (the US legal cup used on nutrition labels).
pub const ML_PER_CUP: u32 = 240;
/// Ten-thousandths of a millilitre in a US fluid ounce (29.5735 ml).
const FL_OZ_IN_TEN_THOUSANDTHS_ML: u32 = 295_735;

/// "cup" or "cups".
pub fn cups_word(n: u32) -> &'static str {
    if n == 1 {
        "cup"
    } else {
        "cups"
    }
}

/// "3 of 8 cups", or "3 cups" when the goal is hidden.
pub fn count_text(count: u16, goal: Option<u8>) -> String {
    match goal {
        Some(goal) => format!("{count} of {goal} {}", cups_word(goal.into())),
        None => format!("{count} {}", cups_word(count.into())),
    }
}

/// Whole millilitres in `cups`.
pub fn millilitres(cups: u32) -> u32 {
    cups * ML_PER_CUP
}

/// US fluid ounces in `cups`, rounded to the nearest whole ounce (1 cup is about 8 fl oz).
pub fn fluid_ounces(cups: u32) -> u32 {
    let ten_thousandths = u64::from(millilitres(cups)) * 10_000;
    let fl_oz = u64::from(FL_OZ_IN_TEN_THOUSANDTHS_ML);
    ((ten_thousandths + fl_oz / 2) / fl_oz) as u32
}

/// The amount in the chosen unit besides cups: "720 of 1,920 ml", "24 fl oz"; `None` for cups.
pub fn amount_text(count: u16, goal: Option<u8>, unit: Unit) -> Option<String> {
    let (convert, suffix): (fn(u32) -> u32, &str) = match unit {
        Unit::Cups => return None,
        Unit::Millilitres => (millilitres, "ml"),
        Unit::FluidOunces => (fluid_ounces, "fl oz"),
    };
    let amount = thousands(convert(count.into()));
    Some(match goal {
        Some(goal) => format!("{amount} of {} {suffix}", thousands(convert(goal.into()))),
        None => format!("{amount} {suffix}"),
    })
}

/// 1920 -> "1,920".
pub fn thousands(n: u32) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// Minutes since midnight as a 24-hour clock time: 485 -> "08:05".
pub fn time_text(minutes: u16) -> String {
    let minutes = minutes % 1440;
    format!("{:02}:{:02}", minutes / 60, minutes % 60)
}

/// "Thu 26 Mar".
pub fn short_date(date: LocalDate) -> String {
    let month = days::month_short(date.month);
    format!("{} {} {month}", date.weekday_short(), date.day)
}

/// "Today", "Yesterday" or "Thu 26 Mar".
pub fn day_label(date: LocalDate, today: LocalDate) -> String {
    match date.days_until(today) {
        0 => "Today".into(),
        1 => "Yesterday".into(),
        _ => short_date(date),
    }
}

/// "1 day", "4 days".
pub fn days_text(n: u32) -> String {
    format!("{n} {}", if n == 1 { "day" } else { "days" })
}

/// What the polite status line says after an action changed the log (empty for display settings).
pub fn status_after(log: &Log, today: LocalDate, action: Action) -> String {
    let summary = log.summary(today);
    let goal = (!log.settings.hide_goal).then_some(summary.goal);
    let count = count_text(summary.count, goal);
    match action {
        Action::Add if goal.is_some() && summary.count == u16::from(summary.goal) => {
            format!("Added a cup: {count}. Today's goal is met.")
        }
        Action::Add => format!("Added a cup: {count}."),
        Action::Undo => format!("Took back the last cup: {count}."),
        Action::SetActive(_) | Action::SetHot(_) | Action::SetBaseGoal(_) => {
            let goal = summary.goal;
            format!("Today's goal is now {goal} {}.", cups_word(goal.into()))
        }
        Action::Correct { date, .. } => {
            let fixed = log.count(date);
            format!(
                "{} now shows {fixed} {}.",
                short_date(date),
                cups_word(fixed.into())
            )
        }
        Action::SetUnit(_) | Action::SetHideGoal(_) => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u8, d: u8) -> LocalDate {
        LocalDate::new(y, m, d).unwrap()
    }

    #[test]
    fn counts_read_naturally() {
        assert_eq!(count_text(3, Some(8)), "3 of 8 cups");
        assert_eq!(count_text(0, Some(1)), "0 of 1 cup");
        assert_eq!(count_text(1, None), "1 cup");
        assert_eq!(count_text(0, None), "0 cups");
        assert_eq!(count_text(12, None), "12 cups");
    }

    #[test]
    fn units_convert_with_whole_numbers() {
        assert_eq!(millilitres(1), 240);
        assert_eq!(millilitres(8), 1920);
        assert_eq!(fluid_ounces(0), 0);
        assert_eq!(fluid_ounces(1), 8); // 8.12
        assert_eq!(fluid_ounces(2), 16); // 16.23
        assert_eq!(fluid_ounces(8), 65); // 64.92
        assert_eq!(fluid_ounces(24), 195); // 194.77
        assert_eq!(amount_text(3, Some(8), Unit::Cups), None);
        assert_eq!(
            amount_text(3, Some(8), Unit::Millilitres).as_deref(),
            Some("720 of 1,920 ml")
        );
        assert_eq!(
            amount_text(3, Some(8), Unit::FluidOunces).as_deref(),
            Some("24 of 65 fl oz")
        );
        assert_eq!(
            amount_text(5, None, Unit::Millilitres).as_deref(),
            Some("1,200 ml")
        );
    }

    #[test]
    fn fluid_ounces_round_to_nearest() {
        for cups in 0..=1000u32 {
            let exact = f64::from(cups) * 240.0 / 29.5735;
            assert!(
                (f64::from(fluid_ounces(cups)) - exact).abs() <= 0.5,
                "{cups}"
            );
        }
    }

    #[test]
    fn the_status_line_says_what_changed() {
        use crate::domain::water::log::Moment;
        let today = date(2026, 3, 28);
        let now = Moment {
            epoch_ms: 0,
            date: today,
        };
        let mut log = Log::default();
        let after = |log: &mut Log, action| {
            assert!(log.apply(now, action));
            status_after(log, today, action)
        };
        assert_eq!(after(&mut log, Action::Add), "Added a cup: 1 of 8 cups.");
        assert_eq!(
            after(&mut log, Action::Undo),
            "Took back the last cup: 0 of 8 cups."
        );
        assert_eq!(
            after(&mut log, Action::SetHot(true)),
            "Today's goal is now 10 cups."
        );
        assert_eq!(
            after(&mut log, Action::SetBaseGoal(1)),
            "Today's goal is now 3 cups."
        );
        assert_eq!(
            after(&mut log, Action::SetHot(false)),
            "Today's goal is now 1 cup."
        );
        assert_eq!(
            after(&mut log, Action::Add),
            "Added a cup: 1 of 1 cup. Today's goal is met."
        );
        assert_eq!(after(&mut log, Action::Add), "Added a cup: 2 of 1 cup.");
        assert_eq!(after(&mut log, Action::SetHideGoal(true)), "");
        assert_eq!(after(&mut log, Action::Add), "Added a cup: 3 cups.");
        let fix = Action::Correct {
            date: date(2026, 3, 26),
            count: 1,
        };
        assert_eq!(after(&mut log, fix), "Thu 26 Mar now shows 1 cup.");
    }

    #[test]
    fn thousands_separators() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1000), "1,000");
        assert_eq!(thousands(7200), "7,200");
        assert_eq!(thousands(1_234_567), "1,234,567");
    }

    #[test]
    fn times_and_dates() {
        assert_eq!(time_text(0), "00:00");
        assert_eq!(time_text(485), "08:05");
        assert_eq!(time_text(1439), "23:59");
        assert_eq!(time_text(1440), "00:00");
        let today = date(2026, 3, 29);
        assert_eq!(day_label(today, today), "Today");
        assert_eq!(day_label(date(2026, 3, 28), today), "Yesterday");
        assert_eq!(day_label(date(2026, 3, 26), today), "Thu 26 Mar");
        assert_eq!(short_date(date(2024, 2, 29)), "Thu 29 Feb");
        assert_eq!(days_text(1), "1 day");
        assert_eq!(days_text(0), "0 days");
    }
}
