//! What the "Listen" control says: its main button and its status line, which names what changed
//! ("Reading", "Paused"), never each sentence (a screen reader is reading the page out loud too).

use crate::domain::listen::Reading;

/// The main button's label.
pub fn button_label(reading: Reading) -> &'static str {
    match reading {
        Reading::Idle => "Listen",
        Reading::Playing(_) => "Pause",
        Reading::Paused(_) => "Resume",
        Reading::Finished => "Listen again",
    }
}

/// The status line.
pub fn status(reading: Reading) -> &'static str {
    match reading {
        Reading::Idle => "",
        Reading::Playing(_) => "Reading",
        Reading::Paused(_) => "Paused",
        Reading::Finished => "Finished",
    }
}

/// The status line when the device has no voice to read with.
pub const NO_VOICE: &str = "This device has no voice to read aloud with.";

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn the_status_changes_with_the_state_not_with_each_sentence() {
        assert_eq!(status(Reading::Playing(0)), status(Reading::Playing(7)));
        assert_eq!(status(Reading::Paused(3)), "Paused");
        assert_eq!(button_label(Reading::Idle), "Listen");
        assert_eq!(button_label(Reading::Playing(2)), "Pause");
        assert_eq!(button_label(Reading::Paused(2)), "Resume");
    }
}
