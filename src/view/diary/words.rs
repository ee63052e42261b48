//! Words and numbers of the diary, in integer arithmetic only (float formatting would add
//! about 22 KB to the wasm): rates come in tenths, ratios in hundredths.

use crate::domain::calendar::LocalDate;
use crate::domain::check::long_date;
use crate::domain::diary::{Bucket, Leg, Length, Place, Remedy};
use crate::view::water::text::time_text;

/// Tenths as a number with one decimal: 7 → "0.7", 16 → "1.6", 40 → "4.0".
pub fn one_decimal(tenths: u32) -> String {
    format!("{}.{}", tenths / 10, tenths % 10)
}

/// Hundredths as a number with two decimals: 42 → "0.42", 120 → "1.20".
pub fn two_decimals(hundredths: u32) -> String {
    format!("{}.{:02}", hundredths / 100, hundredths % 100)
}

/// "1 cramp", "3 cramps", and so on for any word with a plain plural.
pub fn count(n: u32, word: &str) -> String {
    format!("{n} {word}{}", if n == 1 { "" } else { "s" })
}

/// "Wednesday" for a date.
pub fn weekday(date: LocalDate) -> &'static str {
    match date.weekday_short() {
        "Mon" => "Monday",
        "Tue" => "Tuesday",
        "Wed" => "Wednesday",
        "Thu" => "Thursday",
        "Fri" => "Friday",
        "Sat" => "Saturday",
        _ => "Sunday",
    }
}

/// "2 December" (the long date without its year).
pub fn day_month(date: LocalDate) -> String {
    let long = long_date(date);
    match long.rsplit_once(' ') {
        Some((day_month, _year)) => day_month.to_owned(),
        None => long,
    }
}

/// "Wednesday 2 December".
pub fn night_name(night: LocalDate) -> String {
    format!("{} {}", weekday(night), day_month(night))
}

/// A local time of day: "02:30".
pub fn clock(minute: u16) -> String {
    time_text(minute)
}

/// A hand-logged length choice: "Under 1 minute" … "Over 10 minutes".
pub fn bucket_label(bucket: Bucket) -> &'static str {
    match bucket {
        Bucket::UnderOne => "Under 1 minute",
        Bucket::OneToTwo => "1–2 minutes",
        Bucket::TwoToFive => "2–5 minutes",
        Bucket::FiveToTen => "5–10 minutes",
        Bucket::OverTen => "Over 10 minutes",
    }
}

/// A length in words: "40 seconds", "3 min 5 s", "5 minutes", "1–2 minutes", "over 10 minutes".
pub fn length_text(length: Length) -> String {
    match length {
        Length::Exact { seconds } if seconds < 60 => count(seconds, "second"),
        Length::Exact { seconds } if seconds % 60 == 0 => count(seconds / 60, "minute"),
        Length::Exact { seconds } => format!("{} min {} s", seconds / 60, seconds % 60),
        Length::About(Bucket::UnderOne) => "under 1 minute".into(),
        Length::About(Bucket::OverTen) => "over 10 minutes".into(),
        Length::About(bucket) => bucket_label(bucket).into(),
    }
}

/// "Left", "Right", "Both".
pub fn leg_label(leg: Leg) -> &'static str {
    match leg {
        Leg::Left => "Left",
        Leg::Right => "Right",
        Leg::Both => "Both",
    }
}

/// "Calf", "Foot", "Thigh", "Back of thigh".
pub fn place_label(place: Place) -> &'static str {
    match place {
        Place::Calf => "Calf",
        Place::Foot => "Foot",
        Place::Thigh => "Thigh",
        Place::BackOfThigh => "Back of thigh",
    }
}

/// "Stretch", "Walk", "Massage", "Heat", "Cold".
pub fn remedy_label(remedy: Remedy) -> &'static str {
    match remedy {
        Remedy::Stretch => "Stretch",
        Remedy::Walk => "Walk",
        Remedy::Massage => "Massage",
        Remedy::Heat => "Heat",
        Remedy::Cold => "Cold",
    }
}

/// The "how long ago" choices of "Log a cramp", in minutes.
pub const AGO_CHOICES_MINUTES: [u16; 3] = [10, 30, 60];

/// "10 min ago", "30 min ago", "1 hour ago".
pub fn ago_label(minutes: u16) -> String {
    match minutes {
        60 => "1 hour ago".into(),
        m if m % 60 == 0 => format!("{} hours ago", m / 60),
        m => format!("{m} min ago"),
    }
}
