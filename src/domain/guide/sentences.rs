//! Where the sentences of a text end, for reading the guide aloud one sentence at a time.
//!
//! Run at build time (the renderer wraps each sentence in `<span data-s>`) and in native tests;
//! no browser or UI framework here: this file is also compiled into the build script.
//!
//! A sentence ends after `.`, `!`, `?` or `…` (with any closing quotes or brackets after it) when
//! a space follows and the next word starts with a capital, a digit or an opening quote or bracket.
//! So a decimal (`1.2`), a lower-case word after an abbreviation (`e.g. potassium`) and the common
//! abbreviations before a name (`Dr. Allen`) end nothing.

/// Abbreviations that never end a sentence (lower case, without their last `.`).
const ABBREVIATIONS: &[&str] = &[
    "e.g", "i.e", "dr", "mr", "mrs", "ms", "st", "vs", "no", "approx", "fig", "cf", "prof",
];

fn is_terminator(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…')
}

fn is_closer(c: char) -> bool {
    matches!(c, '"' | '\'' | '’' | '”' | ')' | ']')
}

fn starts_sentence(c: char) -> bool {
    c.is_uppercase() || c.is_ascii_digit() || matches!(c, '"' | '“' | '‘' | '(' | '[' | '\'')
}

/// Where the word just before byte `dot` starts (letters, digits, apostrophes and inner dots).
fn word_start(text: &str, dot: usize) -> usize {
    text[..dot]
        .char_indices()
        .rev()
        .find(|(_, c)| !(c.is_alphanumeric() || matches!(c, '.' | '\'' | '’')))
        .map_or(0, |(i, c)| i + c.len_utf8())
}

/// Whether the `.` at byte `dot` belongs to an abbreviation, an initial (`J. Smith`) or a number
/// that starts the text (`1. Stay Hydrated`).
fn is_abbreviation(text: &str, dot: usize) -> bool {
    let start = word_start(text, dot);
    let word = text[start..dot].to_lowercase();
    let leading_number =
        text[..start].trim().is_empty() && word.chars().all(|c| c.is_ascii_digit());
    ABBREVIATIONS.contains(&word.as_str())
        || (word.chars().count() == 1 && word.chars().all(char::is_alphabetic))
        || leading_number
}

/// The byte offsets where sentences end (just after their punctuation and closing quotes), in order.
/// The end of the text always ends its last sentence, so it is not listed.
pub fn sentence_ends(text: &str) -> Vec<usize> {
    let mut ends = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if !is_terminator(c) {
            continue;
        }
        // `?!`, `...` and closing quotes belong to the sentence they end
        let mut end = i + c.len_utf8();
        while let Some(&(j, next)) = chars.peek() {
            if is_terminator(next) || is_closer(next) {
                end = j + next.len_utf8();
                chars.next();
            } else {
                break;
            }
        }
        let rest = &text[end..];
        let Some(first) = rest.chars().next() else {
            break;
        };
        if !first.is_whitespace() {
            continue;
        }
        let next_word = rest.trim_start().chars().next();
        if !next_word.is_some_and(starts_sentence) {
            continue;
        }
        if c == '.' && is_abbreviation(text, i) {
            continue;
        }
        ends.push(end);
    }
    ends
}

/// The sentences of a text, trimmed (the tests' view of [`sentence_ends`]).
pub fn split(text: &str) -> Vec<&str> {
    let mut start = 0;
    let mut out = Vec::new();
    for end in sentence_ends(text).into_iter().chain([text.len()]) {
        let sentence = text[start..end].trim();
        if !sentence.is_empty() {
            out.push(sentence);
        }
        start = end;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_sentences() {
        assert_eq!(
            split("Have you ever been jolted awake? If so, read on! It helps."),
            [
                "Have you ever been jolted awake?",
                "If so, read on!",
                "It helps."
            ]
        );
    }

    #[test]
    fn abbreviations_and_initials_end_nothing() {
        assert_eq!(
            split("Eat minerals, e.g. potassium. Ask Dr. Allen or J. Smith first. Then rest."),
            [
                "Eat minerals, e.g. potassium.",
                "Ask Dr. Allen or J. Smith first.",
                "Then rest."
            ]
        );
        assert_eq!(
            split("Some foods (e.g. Bananas) help."),
            ["Some foods (e.g. Bananas) help."]
        );
    }

    #[test]
    fn a_number_before_a_heading_and_a_possessive_end_nothing_or_end_as_usual() {
        assert_eq!(split("1. Stay Hydrated"), ["1. Stay Hydrated"]);
        assert_eq!(
            split("The claims are the article's. Cramp Coach is not paid."),
            ["The claims are the article's.", "Cramp Coach is not paid."]
        );
    }

    #[test]
    fn decimals_and_versions_end_nothing() {
        assert_eq!(
            split("Read at 1.2 times the speed. Or 0.8."),
            ["Read at 1.2 times the speed.", "Or 0.8."]
        );
    }

    #[test]
    fn quotes_and_brackets_stay_with_their_sentence() {
        assert_eq!(
            split("The NHS says stretching \"may help\". It says “rest.” Then (NHS). After that."),
            [
                "The NHS says stretching \"may help\".",
                "It says “rest.”",
                "Then (NHS).",
                "After that."
            ]
        );
        assert_eq!(
            split("Really?! Yes... \"Quoted.\" Done"),
            ["Really?!", "Yes...", "\"Quoted.\"", "Done"]
        );
    }

    #[test]
    fn a_lower_case_word_after_a_full_stop_continues_the_sentence() {
        assert_eq!(split("Use 8 cups. and more"), ["Use 8 cups. and more"]);
        assert_eq!(
            split("Ends with a year, 2012. Next one."),
            ["Ends with a year, 2012.", "Next one."]
        );
    }

    #[test]
    fn never_panics_on_any_text() {
        for text in [
            "", ".", "…", "a.", ". A", "é. É", "?\u{a0}X", "x.\"", "1.2.3. 4",
        ] {
            let ends = sentence_ends(text);
            assert!(ends
                .iter()
                .all(|&e| text.is_char_boundary(e) && e <= text.len()));
            assert!(ends.windows(2).all(|w| w[0] < w[1]));
        }
    }
}
