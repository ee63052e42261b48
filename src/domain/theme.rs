//! The colour theme preference: follow the system, or a remembered manual choice.

/// What the user chose.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ThemePref {
    /// Follow `prefers-color-scheme`.
    #[default]
    System,
    Light,
    Dark,
}

/// The `localStorage` key of the preference (also read by the inline script in `index.html`).
pub const STORAGE_KEY: &str = "cramp-coach.theme";

impl ThemePref {
    /// Reads a stored value; anything unknown means "follow the system".
    pub fn parse(stored: Option<&str>) -> Self {
        match stored.map(str::trim) {
            Some("light") => Self::Light,
            Some("dark") => Self::Dark,
            _ => Self::System,
        }
    }

    /// The value to store, `None` for "follow the system".
    pub fn as_stored(self) -> Option<&'static str> {
        match self {
            Self::System => None,
            Self::Light => Some("light"),
            Self::Dark => Some("dark"),
        }
    }

    /// Whether the page is dark, given whether the system prefers dark.
    pub fn is_dark(self, system_dark: bool) -> bool {
        match self {
            Self::System => system_dark,
            Self::Light => false,
            Self::Dark => true,
        }
    }

    /// The choice after pressing the toggle: the opposite of what is shown now, remembered.
    pub fn toggled(self, system_dark: bool) -> Self {
        if self.is_dark(system_dark) {
            Self::Light
        } else {
            Self::Dark
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_round_trips_and_tolerates_junk() {
        for pref in [ThemePref::Light, ThemePref::Dark] {
            assert_eq!(ThemePref::parse(pref.as_stored()), pref);
        }
        assert_eq!(ThemePref::parse(None), ThemePref::System);
        assert_eq!(ThemePref::parse(Some("{corrupt")), ThemePref::System);
    }

    #[test]
    fn toggle_always_flips_what_is_shown() {
        for system_dark in [false, true] {
            for pref in [ThemePref::System, ThemePref::Light, ThemePref::Dark] {
                let next = pref.toggled(system_dark);
                assert_ne!(next.is_dark(system_dark), pref.is_dark(system_dark));
                assert_ne!(next, ThemePref::System, "a manual choice is remembered");
            }
        }
    }
}
