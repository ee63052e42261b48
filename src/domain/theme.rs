//! The colour theme preference: follow the system, a remembered manual choice (light, dark or night),
//! or night during night hours and the system's choice otherwise.
//!
//! Night is red and orange on black, far less light than dark, for eyes adapted to the dark.

/// What the user chose.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ThemePref {
    /// Follow `prefers-color-scheme`.
    #[default]
    System,
    Light,
    Dark,
    Night,
    /// Night from [`NIGHT_FROM_HOUR`] to [`NIGHT_UNTIL_HOUR`] local time, the system's choice otherwise.
    NightHours,
}

/// What the page shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shown {
    Light,
    Dark,
    Night,
}

/// The `localStorage` key of the preference (also read by the inline script in `index.html`).
pub const STORAGE_KEY: &str = "cramp-coach.theme";

/// Night hours begin at 21:00 local time (the inline script in `index.html` uses the same hours)...
pub const NIGHT_FROM_HOUR: u16 = 21;
/// ...and end at 07:00.
pub const NIGHT_UNTIL_HOUR: u16 = 7;

/// Every choice, in the order the theme control lists them.
pub const ALL: [ThemePref; 5] = [
    ThemePref::System,
    ThemePref::Light,
    ThemePref::Dark,
    ThemePref::Night,
    ThemePref::NightHours,
];

/// Whether a local time (minutes after midnight) falls in night hours.
pub fn is_night_hours(local_minutes: u16) -> bool {
    let hour = local_minutes / 60;
    hour >= NIGHT_FROM_HOUR || hour < NIGHT_UNTIL_HOUR
}

impl ThemePref {
    /// Reads a stored value; anything unknown means "follow the system".
    pub fn parse(stored: Option<&str>) -> Self {
        match stored.map(str::trim) {
            Some("light") => Self::Light,
            Some("dark") => Self::Dark,
            Some("night") => Self::Night,
            Some("night-hours") => Self::NightHours,
            _ => Self::System,
        }
    }

    /// The value to store, `None` for "follow the system".
    pub fn as_stored(self) -> Option<&'static str> {
        match self {
            Self::System => None,
            Self::Light => Some("light"),
            Self::Dark => Some("dark"),
            Self::Night => Some("night"),
            Self::NightHours => Some("night-hours"),
        }
    }

    /// What the page shows, given whether the system prefers dark and the local time.
    pub fn shown(self, system_dark: bool, local_minutes: u16) -> Shown {
        let system = if system_dark {
            Shown::Dark
        } else {
            Shown::Light
        };
        match self {
            Self::System => system,
            Self::Light => Shown::Light,
            Self::Dark => Shown::Dark,
            Self::Night => Shown::Night,
            Self::NightHours if is_night_hours(local_minutes) => Shown::Night,
            Self::NightHours => system,
        }
    }

    /// The `data-theme` attribute on `<html>`: `None` lets the stylesheet follow the system.
    pub fn attribute(self, local_minutes: u16) -> Option<&'static str> {
        match self {
            Self::System => None,
            Self::Light => Some("light"),
            Self::Dark => Some("dark"),
            Self::Night => Some("night"),
            Self::NightHours if is_night_hours(local_minutes) => Some("night"),
            Self::NightHours => None,
        }
    }

    /// The choice's name in the theme control.
    pub fn label(self) -> &'static str {
        match self {
            Self::System => "Follow the system",
            Self::Light => "Light",
            Self::Dark => "Dark",
            Self::Night => "Night (red on black)",
            Self::NightHours => "Night from 9 pm to 7 am",
        }
    }

    /// The value of the choice's radio button.
    pub fn value(self) -> &'static str {
        self.as_stored().unwrap_or("system")
    }

    /// The choice with this radio value (unknown values follow the system).
    pub fn from_value(value: &str) -> Self {
        Self::parse(Some(value))
    }
}

impl Shown {
    /// The browser bar's colour (`<meta name="theme-color">`) for what is shown.
    pub fn theme_color(self) -> &'static str {
        match self {
            Self::Light => "#f7f5f0",
            Self::Dark => "#14161a",
            Self::Night => "#000000",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOON: u16 = 12 * 60;

    #[test]
    fn parse_round_trips_and_tolerates_junk() {
        for pref in ALL {
            assert_eq!(ThemePref::parse(pref.as_stored()), pref);
            assert_eq!(ThemePref::from_value(pref.value()), pref);
        }
        assert_eq!(ThemePref::parse(None), ThemePref::System);
        assert_eq!(ThemePref::parse(Some("{corrupt")), ThemePref::System);
    }

    #[test]
    fn a_manual_choice_wins_over_the_system() {
        for system_dark in [false, true] {
            assert_eq!(ThemePref::Light.shown(system_dark, NOON), Shown::Light);
            assert_eq!(ThemePref::Dark.shown(system_dark, NOON), Shown::Dark);
            assert_eq!(ThemePref::Night.shown(system_dark, NOON), Shown::Night);
        }
        assert_eq!(ThemePref::System.shown(true, NOON), Shown::Dark);
        assert_eq!(ThemePref::System.shown(false, NOON), Shown::Light);
    }

    #[test]
    fn night_hours_are_21_to_7_local_time() {
        let at = |h: u16, m: u16| ThemePref::NightHours.shown(false, h * 60 + m);
        assert_eq!(at(20, 59), Shown::Light);
        assert_eq!(at(21, 0), Shown::Night);
        assert_eq!(at(0, 0), Shown::Night);
        assert_eq!(at(6, 59), Shown::Night);
        assert_eq!(at(7, 0), Shown::Light);
        assert_eq!(ThemePref::NightHours.shown(true, NOON), Shown::Dark);
        assert_eq!(ThemePref::NightHours.attribute(NOON), None);
        assert_eq!(ThemePref::NightHours.attribute(3 * 60), Some("night"));
    }

    #[test]
    fn the_attribute_matches_what_is_shown() {
        for pref in ALL {
            for minutes in (0..24 * 60).step_by(30) {
                let shown = pref.shown(false, minutes);
                let expected = match shown {
                    Shown::Night => Some("night"),
                    Shown::Dark => Some("dark"),
                    Shown::Light => None,
                };
                let attribute = pref.attribute(minutes).filter(|a| *a != "light");
                assert_eq!(attribute, expected, "{pref:?} at {minutes}");
            }
        }
    }
}
