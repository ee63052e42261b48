//! The coach's settings and their saved form (versioned JSON).

use super::{Leg, Loaded};
use crate::domain::codec::json::{self, Json};
use std::ops::RangeInclusive;

/// The `localStorage` key of the settings.
pub const STORAGE_KEY: &str = "cramp-coach.stretch-settings";
/// The version of the saved format written now.
pub const VERSION: i64 = 1;
/// Allowed hold lengths in seconds (the guide: 20–30 seconds).
pub const HOLD_SECS: RangeInclusive<u8> = 20..=30;
/// Allowed holds per leg.
pub const ROUNDS: RangeInclusive<u8> = 1..=5;
/// Allowed get-ready and switch pauses in seconds.
pub const PAUSE_SECS: RangeInclusive<u8> = 0..=15;

/// How the routine runs and how it cues.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Settings {
    pub hold_secs: u8,
    pub rounds_per_leg: u8,
    pub first_leg: Leg,
    pub get_ready_secs: u8,
    pub switch_secs: u8,
    pub sound: bool,
    pub vibration: bool,
    pub voice: bool,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            hold_secs: 30,
            rounds_per_leg: 1,
            first_leg: Leg::Left,
            get_ready_secs: 5,
            switch_secs: 5,
            sound: true,
            vibration: true,
            voice: false,
        }
    }
}

fn clamp(value: u8, range: &RangeInclusive<u8>) -> u8 {
    value.clamp(*range.start(), *range.end())
}

impl Settings {
    /// The same settings with every number brought into its allowed range.
    pub fn clamped(self) -> Self {
        Self {
            hold_secs: clamp(self.hold_secs, &HOLD_SECS),
            rounds_per_leg: clamp(self.rounds_per_leg, &ROUNDS),
            get_ready_secs: clamp(self.get_ready_secs, &PAUSE_SECS),
            switch_secs: clamp(self.switch_secs, &PAUSE_SECS),
            ..self
        }
    }

    /// The settings after a form control named `field` changed to `value` (or to `checked`, for a
    /// check box). Unknown fields and unreadable values change nothing; numbers are kept in range.
    pub fn apply(self, field: &str, value: &str, checked: bool) -> Self {
        let number = |old: u8| value.trim().parse::<u8>().unwrap_or(old);
        let mut s = self;
        match field {
            "hold_secs" => s.hold_secs = number(s.hold_secs),
            "rounds_per_leg" => s.rounds_per_leg = number(s.rounds_per_leg),
            "first_leg" => s.first_leg = Leg::parse(value).unwrap_or(s.first_leg),
            "sound" => s.sound = checked,
            "vibration" => s.vibration = checked,
            "voice" => s.voice = checked,
            _ => {}
        }
        s.clamped()
    }

    /// The saved form: `{"v":1,"hold_secs":30,...}`.
    pub fn encode(&self) -> String {
        let s = self.clamped();
        format!(
            "{{\"v\":{VERSION},\"hold_secs\":{},\"rounds_per_leg\":{},\"first_leg\":\"{}\",\"get_ready_secs\":{},\"switch_secs\":{},\"sound\":{},\"vibration\":{},\"voice\":{}}}",
            s.hold_secs,
            s.rounds_per_leg,
            s.first_leg.name(),
            s.get_ready_secs,
            s.switch_secs,
            s.sound,
            s.vibration,
            s.voice
        )
    }

    /// Reads saved settings. Nothing saved gives the defaults. Unreadable data or another version
    /// gives the defaults; a field of the wrong type takes its default and a number out of range is
    /// brought into range; each of these sets `recovered`. Never panics.
    pub fn decode(saved: Option<&str>) -> Loaded<Self> {
        let Some(text) = saved else {
            return Loaded::default();
        };
        let d = Self::default();
        let saved = match json::parse(text) {
            Some(obj @ Json::Obj(_)) if obj.get("v") == Some(&Json::Int(VERSION)) => obj,
            _ => {
                return Loaded {
                    value: d,
                    recovered: true,
                }
            }
        };
        let mut bad = false;
        let mut number = |key: &str, fallback: u8, range: &RangeInclusive<u8>| match saved.get(key)
        {
            None => fallback,
            Some(&Json::Int(n)) => {
                let clamped = n.clamp(i64::from(*range.start()), i64::from(*range.end()));
                bad |= clamped != n;
                clamped as u8
            }
            Some(_) => {
                bad = true;
                fallback
            }
        };
        let hold_secs = number("hold_secs", d.hold_secs, &HOLD_SECS);
        let rounds_per_leg = number("rounds_per_leg", d.rounds_per_leg, &ROUNDS);
        let get_ready_secs = number("get_ready_secs", d.get_ready_secs, &PAUSE_SECS);
        let switch_secs = number("switch_secs", d.switch_secs, &PAUSE_SECS);
        let mut flag = |key: &str, fallback: bool| match saved.get(key) {
            None => fallback,
            Some(&Json::Bool(b)) => b,
            Some(_) => {
                bad = true;
                fallback
            }
        };
        let sound = flag("sound", d.sound);
        let vibration = flag("vibration", d.vibration);
        let voice = flag("voice", d.voice);
        let first_leg = match saved.get("first_leg") {
            None => d.first_leg,
            Some(value) => match value {
                Json::Str(name) => Leg::parse(name),
                _ => None,
            }
            .unwrap_or_else(|| {
                bad = true;
                d.first_leg
            }),
        };
        Loaded {
            value: Self {
                hold_secs,
                rounds_per_leg,
                first_leg,
                get_ready_secs,
                switch_secs,
                sound,
                vibration,
                voice,
            },
            recovered: bad,
        }
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn defaults_follow_the_guide() {
        let d = Settings::default();
        assert_eq!(
            (d.hold_secs, d.rounds_per_leg, d.first_leg),
            (30, 1, Leg::Left)
        );
        assert_eq!((d.get_ready_secs, d.switch_secs), (5, 5));
        assert!(d.sound && d.vibration && !d.voice);
        assert_eq!(Settings::decode(None), Loaded::default());
    }

    #[test]
    fn unreadable_or_unknown_data_gives_defaults_and_a_flag() {
        for junk in [
            "",
            "{",
            "null",
            "[1,2]",
            "42",
            "{\"v\":2,\"hold_secs\":25}",
            "{\"hold_secs\":25}",
            "{\"v\":\"1\"}",
        ] {
            let loaded = Settings::decode(Some(junk));
            assert_eq!(loaded.value, Settings::default(), "{junk}");
            assert!(loaded.recovered, "{junk}");
        }
    }

    #[test]
    fn out_of_range_values_are_clamped_and_flagged_wrong_types_fall_back() {
        let loaded = Settings::decode(Some(
            r#"{"v":1,"hold_secs":90,"rounds_per_leg":0,"first_leg":"middle","voice":true}"#,
        ));
        assert!(loaded.recovered);
        let s = loaded.value;
        assert_eq!(
            (s.hold_secs, s.rounds_per_leg, s.first_leg),
            (30, 1, Leg::Left)
        );
        assert!(s.sound && s.voice);
        let wrong_type = Settings::decode(Some(r#"{"v":1,"hold_secs":22,"sound":"yes"}"#));
        assert!(wrong_type.recovered);
        assert_eq!(
            (wrong_type.value.hold_secs, wrong_type.value.sound),
            (22, true),
            "only the bad field falls back"
        );
        let ok = Settings::decode(Some(r#"{"v":1,"hold_secs":22}"#));
        assert!(!ok.recovered, "missing fields take their defaults quietly");
        assert_eq!(ok.value.hold_secs, 22);
        assert!(Settings::decode(Some(r#"{"v":1,"hold_secs":-3}"#)).recovered);
        assert!(Settings::decode(Some(r#"{"v":1,"hold_secs":25.5}"#)).recovered);
    }

    #[test]
    fn form_changes_apply_to_their_field_only() {
        let d = Settings::default();
        assert_eq!(d.apply("hold_secs", "22", false).hold_secs, 22);
        assert_eq!(d.apply("hold_secs", "99", false).hold_secs, 30);
        assert_eq!(d.apply("hold_secs", "x", false), d);
        assert_eq!(d.apply("rounds_per_leg", "3", false).rounds_per_leg, 3);
        assert_eq!(d.apply("first_leg", "right", true).first_leg, Leg::Right);
        assert_eq!(d.apply("first_leg", "up", true), d);
        assert!(!d.apply("sound", "on", false).sound);
        assert!(d.apply("voice", "on", true).voice);
        assert_eq!(d.apply("other", "1", true), d);
    }

    fn any_settings() -> impl Strategy<Value = Settings> {
        (
            any::<u8>(),
            any::<u8>(),
            any::<bool>(),
            any::<u8>(),
            any::<u8>(),
            any::<[bool; 3]>(),
        )
            .prop_map(
                |(hold, rounds, right, ready, switch, [sound, vibration, voice])| Settings {
                    hold_secs: hold,
                    rounds_per_leg: rounds,
                    first_leg: if right { Leg::Right } else { Leg::Left },
                    get_ready_secs: ready,
                    switch_secs: switch,
                    sound,
                    vibration,
                    voice,
                },
            )
    }

    proptest! {
        #[test]
        fn saved_settings_read_back_as_clamped(s in any_settings()) {
            let loaded = Settings::decode(Some(&s.encode()));
            prop_assert_eq!(loaded.value, s.clamped());
            prop_assert!(!loaded.recovered);
            let c = s.clamped();
            prop_assert!(HOLD_SECS.contains(&c.hold_secs) && ROUNDS.contains(&c.rounds_per_leg));
        }

        #[test]
        fn any_form_change_stays_in_range(s in any_settings(), field in "[a-z_]{0,16}|hold_secs|rounds_per_leg|first_leg", value in ".{0,6}", checked in any::<bool>()) {
            let c = s.apply(&field, &value, checked);
            prop_assert_eq!(c, c.clamped());
        }

        #[test]
        fn decoding_any_text_never_panics_and_stays_in_range(text in ".{0,200}") {
            let s = Settings::decode(Some(&text)).value;
            prop_assert_eq!(s, s.clamped());
        }

        #[test]
        fn decoding_json_like_text_never_panics(text in r#"\{("v":1,)?("[a-z_]{1,14}":(-?[0-9]{1,4}|true|"left"|"right"|null|\[\]),?){0,8}\}"#) {
            let s = Settings::decode(Some(&text)).value;
            prop_assert_eq!(s, s.clamped());
        }
    }
}
