//! The colour theme preference: follow the system, a remembered manual choice (light, dark or night),
//! or night from 9 pm to 7 am and the system's choice otherwise.
//!
//! Night is red and orange on black, far less light than dark, for eyes adapted to the dark.
//!
//! The choice is applied by the small inline script in `index.html`, before the first paint and
//! without the wasm: it reads the stored value, sets `<html data-theme>` and the browser bar's colour,
//! and handles the theme menu's radio buttons, so the menu works as soon as the page is shown.
//! This module holds the names, values and hours that script uses; a test keeps the two in step.

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

/// The `localStorage` key of the preference (also read by the inline script in `index.html`).
pub const STORAGE_KEY: &str = "cramp-coach.theme";

/// Night hours begin at 21:00 local time...
pub const NIGHT_FROM_HOUR: u8 = 21;
/// ...and end at 07:00.
pub const NIGHT_UNTIL_HOUR: u8 = 7;

/// The browser bar's colour (`<meta name="theme-color">`) for each theme shown.
pub const THEME_COLORS: [(&str, &str); 3] = [
    ("light", "#f7f5f0"),
    ("dark", "#14161a"),
    ("night", "#000000"),
];

/// Every choice, in the order the theme menu lists them.
pub const ALL: [ThemePref; 5] = [
    ThemePref::System,
    ThemePref::Light,
    ThemePref::Dark,
    ThemePref::Night,
    ThemePref::NightHours,
];

impl ThemePref {
    /// The value stored and used by the menu's radio button ("system" is stored as no value).
    pub fn value(self) -> &'static str {
        match self {
            Self::System => "system",
            Self::Light => "light",
            Self::Dark => "dark",
            Self::Night => "night",
            Self::NightHours => "night-hours",
        }
    }

    /// The choice's name in the theme menu.
    pub fn label(self) -> &'static str {
        match self {
            Self::System => "Follow the system",
            Self::Light => "Light",
            Self::Dark => "Dark",
            Self::Night => "Night (red on black)",
            Self::NightHours => "Night from 9 pm to 7 am",
        }
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    /// The inline script in `index.html` that applies the theme.
    fn snippet() -> String {
        let html = include_str!("../../index.html");
        let start = html.find("<script>").expect("inline theme script");
        let end = html[start..].find("</script>").expect("end of the script") + start;
        html[start..end].to_string()
    }

    #[test]
    fn the_inline_script_uses_the_same_key_values_hours_and_colours() {
        let js = snippet();
        assert!(js.contains(&format!("\"{STORAGE_KEY}\"")));
        for pref in ALL {
            let value = pref.value();
            if pref != ThemePref::System {
                // every stored value except "system" is handled by name (others follow the system)
                assert!(
                    js.contains(&format!("\"{value}\"")) || js.contains(&format!("{value}:")),
                    "{value}"
                );
            }
        }
        assert!(js.contains(&format!("h>={NIGHT_FROM_HOUR}||h<{NIGHT_UNTIL_HOUR}")));
        for (theme, colour) in THEME_COLORS {
            assert!(js.contains(&format!("{theme}:\"{colour}\"")), "{theme}");
        }
        assert!(
            js.contains("\"system\""),
            "follow the system removes the stored value"
        );
    }

    #[test]
    fn the_page_head_has_the_light_and_dark_bar_colours() {
        let html = include_str!("../../index.html");
        for (theme, colour) in &THEME_COLORS[..2] {
            assert!(
                html.contains(&format!(
                    "<meta name=\"theme-color\" content=\"{colour}\" media=\"(prefers-color-scheme: {theme})\">"
                )),
                "{theme}"
            );
        }
    }

    #[test]
    fn values_and_labels_are_distinct() {
        for (i, a) in ALL.iter().enumerate() {
            for b in &ALL[i + 1..] {
                assert_ne!(a.value(), b.value());
                assert_ne!(a.label(), b.label());
            }
        }
    }
}
