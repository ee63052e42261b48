//! Reading a page aloud one sentence at a time ("Listen", on the guide and "Cramp now"): where the
//! reader is and what each press does, the speeds, and which voices to offer first.

/// Where the reader is in a text of numbered sentences.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Reading {
    /// Nothing read yet.
    #[default]
    Idle,
    /// Reading sentence `n`.
    Playing(usize),
    /// Stopped on sentence `n`: resuming reads it again from its start.
    Paused(usize),
    /// The last sentence has been read.
    Finished,
}

impl Reading {
    /// The main button: start from the first sentence, pause, or resume the sentence paused on.
    pub fn toggled(self) -> Self {
        match self {
            Self::Idle | Self::Finished => Self::Playing(0),
            Self::Playing(n) => Self::Paused(n),
            Self::Paused(n) => Self::Playing(n),
        }
    }

    /// The sentence being read ended by itself: the next one, or the end of `count` sentences.
    pub fn ended(self, count: usize) -> Self {
        match self {
            Self::Playing(n) if n + 1 < count => Self::Playing(n + 1),
            Self::Playing(_) => Self::Finished,
            other => other,
        }
    }

    /// The previous or next sentence, staying within `count`; reading or paused as before.
    pub fn moved(self, forward: bool, count: usize) -> Self {
        let last = count.saturating_sub(1);
        let step = |n: usize| {
            if forward {
                (n + 1).min(last)
            } else {
                n.saturating_sub(1).min(last)
            }
        };
        match self {
            Self::Playing(n) => Self::Playing(step(n)),
            Self::Paused(n) => Self::Paused(step(n)),
            other => other,
        }
    }

    /// The sentence read or paused on.
    pub fn sentence(self) -> Option<usize> {
        match self {
            Self::Playing(n) | Self::Paused(n) => Some(n),
            Self::Idle | Self::Finished => None,
        }
    }

    /// Whether it is reading now.
    pub fn is_playing(self) -> bool {
        matches!(self, Self::Playing(_))
    }
}

/// The speeds offered: the speech rate (1 is the voice's normal speed) and its label.
pub const SPEEDS: [(f32, &str); 3] = [(0.8, "Slower"), (1.0, "Normal"), (1.2, "Faster")];

/// The speed chosen at first (an index into [`SPEEDS`]).
pub const NORMAL_SPEED: usize = 1;

/// The rate of a speed chosen by its index (normal for an unknown one).
pub fn rate(speed: usize) -> f32 {
    SPEEDS.get(speed).map_or(1.0, |s| s.0)
}

/// Whether a language tag is English (`en`, `en-GB`, `en_US`).
fn is_english(lang: &str) -> bool {
    let lang = lang.as_bytes();
    lang.len() >= 2
        && lang[..2].eq_ignore_ascii_case(b"en")
        && lang.get(2).is_none_or(|c| matches!(c, b'-' | b'_'))
}

/// The voices to offer, best first, as indices into `voices` (each its language and whether it
/// works offline): English voices that work offline, then other English ones; where there is no
/// English voice, every voice, offline ones first. The browser's order is kept within each group.
pub fn voice_order(voices: &[(&str, bool)]) -> Vec<usize> {
    let any_english = voices.iter().any(|(lang, _)| is_english(lang));
    let offered = |i: &usize| !any_english || is_english(voices[*i].0);
    let (mut local, online): (Vec<usize>, Vec<usize>) = (0..voices.len())
        .filter(offered)
        .partition(|&i| voices[i].1);
    local.extend(online);
    local
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn listen_pause_and_resume_the_same_sentence() {
        let r = Reading::Idle.toggled();
        assert_eq!(r, Reading::Playing(0));
        let r = r.ended(3);
        assert_eq!(r, Reading::Playing(1));
        let r = r.toggled();
        assert_eq!(r, Reading::Paused(1));
        assert_eq!(
            r.ended(3),
            Reading::Paused(1),
            "a cancelled sentence does not move on"
        );
        assert_eq!(r.toggled(), Reading::Playing(1));
    }

    #[test]
    fn the_last_sentence_finishes_and_listen_starts_again() {
        assert_eq!(Reading::Playing(2).ended(3), Reading::Finished);
        assert_eq!(Reading::Finished.toggled(), Reading::Playing(0));
        assert_eq!(Reading::Finished.sentence(), None);
    }

    #[test]
    fn previous_and_next_stay_within_the_text() {
        assert_eq!(Reading::Playing(0).moved(false, 3), Reading::Playing(0));
        assert_eq!(Reading::Playing(0).moved(true, 3), Reading::Playing(1));
        assert_eq!(Reading::Paused(2).moved(true, 3), Reading::Paused(2));
        assert_eq!(Reading::Paused(2).moved(false, 3), Reading::Paused(1));
        assert_eq!(Reading::Idle.moved(true, 3), Reading::Idle);
        assert_eq!(Reading::Playing(5).moved(false, 3), Reading::Playing(2));
        assert_eq!(Reading::Playing(0).moved(true, 0), Reading::Playing(0));
    }

    #[test]
    fn speeds() {
        assert_eq!(rate(NORMAL_SPEED), 1.0);
        assert_eq!(rate(0), 0.8);
        assert_eq!(rate(2), 1.2);
        assert_eq!(rate(9), 1.0);
    }

    #[test]
    fn english_voices_that_work_offline_come_first() {
        let voices = [
            ("en-US", false),
            ("fr-FR", true),
            ("en-GB", true),
            ("EN_au", false),
            ("eng", true),
            ("en", true),
        ];
        assert_eq!(voice_order(&voices), [2, 5, 0, 3]);
        assert_eq!(voice_order(&[("de-DE", false), ("fr-FR", true)]), [1, 0]);
        assert!(voice_order(&[]).is_empty());
    }
}
