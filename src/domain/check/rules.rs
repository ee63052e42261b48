//! The symptom check's rules file, `content/check.toml`: parsed, checked and turned into Rust.
//!
//! `build.rs` includes this file, so a bad rules file fails the build with a clear message and no
//! TOML parser ships in the app; native tests include it too, so they check the real file.
//! No browser or UI framework here.

use crate::domain::calendar::MONTHS;
use crate::domain::guide::markdown::escape_attr;
use serde::Deserialize;
use std::collections::{BTreeMap, HashSet};
use std::fmt::Write as _;
use toml::value::Datetime;

/// The levels a "Yes" can mean, most urgent first.
pub const LEVELS: [&str; 3] = ["emergency", "urgent", "doctor"];

/// The longest time between two reviews, in years (PIF TICK: at least every 3 years).
pub const MAX_REVIEW_YEARS: u16 = 3;

/// The whole rules file as written.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RulesFile {
    /// The day a clinician last reviewed the file.
    pub reviewed: Datetime,
    /// The day the next review is due.
    pub next_review: Datetime,
    #[serde(rename = "question", default)]
    pub questions: Vec<QuestionRule>,
    #[serde(default)]
    pub sources: BTreeMap<String, SourceRule>,
}

/// One `[[question]]`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuestionRule {
    pub id: String,
    pub topic: String,
    pub question: String,
    #[serde(default)]
    pub help: String,
    pub level: String,
    pub red_flag: bool,
    pub because: String,
    pub sources: Vec<String>,
    #[serde(default)]
    pub asked_if: Option<String>,
}

/// One `[sources.ID]`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceRule {
    pub name: String,
    pub title: String,
    #[serde(default)]
    pub url: Option<String>,
    /// The day someone last read the page and checked the rules against it.
    pub checked: Datetime,
}

impl SourceRule {
    /// An outside page (https), not one of the app's own pages.
    pub fn is_outside(&self) -> bool {
        self.url
            .as_deref()
            .is_some_and(|u| u.starts_with("https://"))
    }
}

/// A day as (year, month, day), if the value is a date alone (no time, no offset).
fn day(value: &Datetime) -> Option<(u16, u8, u8)> {
    match value {
        Datetime {
            date: Some(d),
            time: None,
            offset: None,
        } => Some((d.year, d.month, d.day)),
        _ => None,
    }
}

/// "2 December 2026".
pub fn long_day((year, month, day): (u16, u8, u8)) -> String {
    let month = MONTHS[usize::from(month.clamp(1, 12)) - 1];
    format!("{day} {month} {year}")
}

/// "Reviewed on 2 December 2026 · next review by 2 December 2027" (the file must be valid).
pub fn review_text(rules: &RulesFile) -> String {
    match (day(&rules.reviewed), day(&rules.next_review)) {
        (Some(done), Some(due)) => format!(
            "Reviewed on {} · next review by {}",
            long_day(done),
            long_day(due)
        ),
        _ => String::new(),
    }
}

/// Parses and checks a rules file: every problem found, one readable line each.
pub fn parse(text: &str) -> Result<RulesFile, Vec<String>> {
    let rules: RulesFile = toml::from_str(text).map_err(|e| vec![e.to_string()])?;
    let problems = validate(&rules);
    if problems.is_empty() {
        Ok(rules)
    } else {
        Err(problems)
    }
}

/// How urgent a level is: 3 for emergency down to 1 for doctor (0 if unknown).
fn rank(level: &str) -> u8 {
    match level {
        "emergency" => 3,
        "urgent" => 2,
        "doctor" => 1,
        _ => 0,
    }
}

/// Every problem in a parsed rules file (empty when it is good).
pub fn validate(rules: &RulesFile) -> Vec<String> {
    let mut problems = Vec::new();
    let mut say = |msg: String| problems.push(msg);
    match (day(&rules.reviewed), day(&rules.next_review)) {
        (Some(done), Some(due)) => {
            let limit = (done.0 + MAX_REVIEW_YEARS, done.1, done.2);
            if due <= done || due > limit {
                say(format!(
                    "next_review must come after reviewed, at most {MAX_REVIEW_YEARS} years later"
                ));
            }
        }
        _ => say("`reviewed` and `next_review` must be dates such as 2026-12-02".into()),
    }
    if rules.questions.is_empty() {
        say("there are no [[question]] entries".into());
    }
    let mut seen: Vec<&str> = Vec::new();
    let mut used_sources: HashSet<&str> = HashSet::new();
    for (n, q) in rules.questions.iter().enumerate() {
        let at = if q.id.is_empty() {
            format!("question {}", n + 1)
        } else {
            format!("question \"{}\"", q.id)
        };
        if q.id.is_empty()
            || !q
                .id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        {
            say(format!(
                "{at}: the id must be lower-case letters, digits and hyphens"
            ));
        }
        if seen.contains(&q.id.as_str()) {
            say(format!("{at}: the id is used twice"));
        }
        for (field, value) in [
            ("topic", &q.topic),
            ("question", &q.question),
            ("because", &q.because),
        ] {
            if value.trim().is_empty() {
                say(format!("{at}: `{field}` is empty"));
            }
        }
        if !q.question.trim_end().ends_with('?') {
            say(format!("{at}: the question should end with \"?\""));
        }
        if !q.because.starts_with(|c: char| c.is_uppercase()) || !q.because.ends_with('.') {
            say(format!(
                "{at}: `because` should be a sentence (a capital letter first, a full stop last)"
            ));
        }
        if rank(&q.level) == 0 {
            say(format!(
                "{at}: unknown level \"{}\" (use one of: {})",
                q.level,
                LEVELS.join(", ")
            ));
        }
        if rank(&q.level) >= 2 && !q.red_flag {
            say(format!(
                "{at}: an {} question must have red_flag = true, so that \"Not sure\" counts as \"Yes\"",
                q.level
            ));
        }
        if q.sources.is_empty() {
            say(format!("{at}: every rule needs at least one source"));
        }
        for s in &q.sources {
            used_sources.insert(s);
            if !rules.sources.contains_key(s) {
                say(format!("{at}: unknown source \"{s}\" (add [sources.{s}])"));
            }
        }
        if !q.sources.is_empty()
            && !q
                .sources
                .iter()
                .any(|s| rules.sources.get(s).is_some_and(SourceRule::is_outside))
        {
            say(format!(
                "{at}: every rule needs an outside source with an https:// address (the app's own pages can only be a second source)"
            ));
        }
        if let Some(parent) = &q.asked_if {
            match rules.questions[..n].iter().find(|p| &p.id == parent) {
                None => say(format!(
                    "{at}: asked_if = \"{parent}\" must name an earlier question"
                )),
                Some(p) if rank(&p.level) == 3 && p.red_flag => say(format!(
                    "{at}: it would never be asked: both \"Yes\" and \"Not sure\" to \"{parent}\" end the check"
                )),
                Some(_) => {}
            }
        }
        seen.push(&q.id);
    }
    // most urgent first: a question ranks as its own level or that of any question depending on it
    let ranks = group_ranks(rules);
    for pair in rules
        .questions
        .iter()
        .zip(&ranks)
        .collect::<Vec<_>>()
        .windows(2)
    {
        let ((before, before_rank), (after, after_rank)) = (pair[0], pair[1]);
        if after_rank > before_rank {
            say(format!(
                "question \"{}\" ({}) comes after the less urgent \"{}\" ({}): ask the most urgent first",
                after.id, after.level, before.id, before.level
            ));
        }
    }
    for (id, s) in &rules.sources {
        if !used_sources.contains(id.as_str()) {
            say(format!("source \"{id}\" is not used by any question"));
        }
        if s.name.trim().is_empty() || s.title.trim().is_empty() {
            say(format!("source \"{id}\": `name` and `title` are needed"));
        }
        if day(&s.checked).is_none() {
            say(format!(
                "source \"{id}\": `checked` must be a date such as 2026-12-02"
            ));
        }
        if let Some(url) = &s.url {
            if !(url.starts_with("https://") || url.starts_with('/')) || url.starts_with("//") {
                say(format!(
                    "source \"{id}\": the url must start with https:// or / (a page of this app)"
                ));
            }
        }
    }
    problems
}

/// Each question's rank for ordering: the highest level among it and the questions asked only after it.
fn group_ranks(rules: &RulesFile) -> Vec<u8> {
    let mut ranks: Vec<u8> = rules.questions.iter().map(|q| rank(&q.level)).collect();
    // children come after their parents, so one backwards pass carries ranks up chains
    for n in (0..rules.questions.len()).rev() {
        if let Some(parent) = &rules.questions[n].asked_if {
            if let Some(p) = rules.questions[..n].iter().position(|q| &q.id == parent) {
                ranks[p] = ranks[p].max(ranks[n]);
            }
        }
    }
    ranks
}

/// The Rust source of `QUESTIONS` and `SOURCES` for `domain::check` (the file must be valid).
/// Texts shown to the user (fields ending in `_html`) are escaped here, at build time.
pub fn to_rust(rules: &RulesFile) -> String {
    let ids: Vec<&String> = rules.sources.keys().collect();
    let mut out = String::from(
        "/// The questions, from `content/check.toml` (checked at build time), in the order they are asked.\n\
         pub static QUESTIONS: &[Question] = &[\n",
    );
    for q in &rules.questions {
        let level = match q.level.as_str() {
            "emergency" => "Emergency",
            "urgent" => "Urgent",
            _ => "Doctor",
        };
        let asked_if = q
            .asked_if
            .as_ref()
            .and_then(|p| rules.questions.iter().position(|o| &o.id == p));
        let sources: Vec<usize> = q
            .sources
            .iter()
            .filter_map(|s| ids.iter().position(|id| *id == s))
            .collect();
        let mut names: Vec<&str> = Vec::new();
        for s in &q.sources {
            let name = rules.sources[s].name.as_str();
            if !names.contains(&name) {
                names.push(name);
            }
        }
        let _ = writeln!(
            out,
            "    Question {{\n        id: {:?},\n        level: Level::{level},\n        red_flag: {},\n        asked_if: {asked_if:?},\n        sources: &{sources:?},\n        text_html: {:?},\n        help_html: {:?},\n        topic_html: {:?},\n        because_html: {:?},\n        cite_html: {:?},\n    }},",
            q.id,
            q.red_flag,
            escape_attr(&q.question),
            escape_attr(&q.help),
            escape_attr(&q.topic),
            escape_attr(&q.because),
            escape_attr(&names.join("; ")),
        );
    }
    out += "];\n\n/// Where the rules come from (`[sources]` of `content/check.toml`).\npub static SOURCES: &[Source] = &[\n";
    for s in rules.sources.values() {
        let url = s.url.as_deref().unwrap_or("");
        let label = escape_attr(&format!("{}: {}", s.name, s.title));
        let checked = day(&s.checked).map(long_day).unwrap_or_default();
        let item = if url.is_empty() {
            format!("<li>{label} <span class=\"check-checked\">(checked {checked})</span></li>")
        } else {
            format!(
                "<li><a href=\"{}\">{label}</a> <span class=\"check-checked\">(checked {checked})</span></li>",
                escape_attr(url)
            )
        };
        let _ = writeln!(
            out,
            "    Source {{ name: {:?}, title: {:?}, url: {:?}, item_html: {:?} }},",
            s.name, s.title, url, item
        );
    }
    let _ = writeln!(
        out,
        "];\n\n/// When a clinician last reviewed `content/check.toml` and when the next review is due.\npub static REVIEWED: &str = {:?};",
        review_text(rules)
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const REAL: &str = include_str!("../../../content/check.toml");

    fn problems(text: &str) -> Vec<String> {
        parse(text).err().unwrap_or_default()
    }

    const GOOD: &str = r#"
reviewed = 2026-12-02
next_review = 2027-12-02

[[question]]
id = "swelling"
topic = "Swelling"
question = "Is one leg swollen?"
level = "urgent"
red_flag = true
because = "It can be a clot."
sources = ["nhs"]

[[question]]
id = "breath"
topic = "Breath"
question = "Are you breathless?"
level = "emergency"
red_flag = true
because = "Clot in the lungs."
sources = ["nhs"]
asked_if = "swelling"

[[question]]
id = "sleep"
topic = "Sleep"
question = "Do cramps wake you?"
level = "doctor"
red_flag = false
because = "Worth a check."
sources = ["nhs"]

[sources.nhs]
name = "NHS"
title = "Leg cramps"
url = "https://www.nhs.uk/conditions/leg-cramps/"
checked = 2026-12-02
"#;

    /// A page of the app itself, as a source.
    const APP_PAGE: &str = "\n[sources.guide]\nname = \"Cramp Coach guide\"\ntitle = \"When to seek care\"\nurl = \"/#when-to-seek-care\"\nchecked = 2026-12-02\n";

    #[test]
    fn the_real_rules_file_is_valid() {
        let rules = parse(REAL).unwrap_or_else(|p| panic!("content/check.toml: {p:#?}"));
        assert!(rules.questions.len() >= 10);
    }

    #[test]
    fn a_good_file_passes_and_becomes_rust() {
        let rules = parse(GOOD).expect("valid");
        let rust = to_rust(&rules);
        assert!(rust.contains("id: \"breath\""));
        assert!(rust.contains("level: Level::Emergency"));
        assert!(rust.contains("asked_if: Some(0)"));
        assert!(rust.contains("asked_if: None"));
        assert!(rust.contains("sources: &[0]"));
        assert!(rust.contains("cite_html: \"NHS\""));
        assert!(rust.contains("url: \"https://www.nhs.uk/conditions/leg-cramps/\""));
        assert!(rust.contains(
            r#"<li><a href=\"https://www.nhs.uk/conditions/leg-cramps/\">NHS: Leg cramps</a> <span class=\"check-checked\">(checked 2 December 2026)</span></li>"#
        ));
        assert!(rust.contains(
            r#"pub static REVIEWED: &str = "Reviewed on 2 December 2026 · next review by 2 December 2027";"#
        ));
    }

    #[test]
    fn a_rule_whose_only_source_is_the_app_itself_fails_the_build() {
        let app_only = format!("{GOOD}{APP_PAGE}").replacen(
            "because = \"Worth a check.\"\nsources = [\"nhs\"]",
            "because = \"Worth a check.\"\nsources = [\"guide\"]",
            1,
        );
        assert!(
            app_only.contains("sources = [\"guide\"]"),
            "test case applies"
        );
        let found = problems(&app_only);
        assert!(
            found
                .iter()
                .any(|p| p.contains("question \"sleep\": every rule needs an outside source")),
            "{found:?}"
        );
        // the app's page as a second source is fine
        let second = format!("{GOOD}{APP_PAGE}").replacen(
            "because = \"Worth a check.\"\nsources = [\"nhs\"]",
            "because = \"Worth a check.\"\nsources = [\"nhs\", \"guide\"]",
            1,
        );
        assert_eq!(problems(&second), Vec::<String>::new());
        // a source without an address is not an outside source either
        let no_url = GOOD.replacen(
            "url = \"https://www.nhs.uk/conditions/leg-cramps/\"\n",
            "",
            1,
        );
        assert!(problems(&no_url)
            .iter()
            .any(|p| p.contains("every rule needs an outside source")));
    }

    #[test]
    fn review_dates_are_checked() {
        for (from, to) in [
            ("next_review = 2027-12-02", "next_review = 2030-12-03"),
            ("next_review = 2027-12-02", "next_review = 2026-12-01"),
            ("next_review = 2027-12-02", "next_review = 2026-12-02"),
            ("reviewed = 2026-12-02", "reviewed = 2026-12-02T10:00:00"),
        ] {
            let found = problems(&GOOD.replacen(from, to, 1));
            assert!(
                found
                    .iter()
                    .any(|p| p.contains("next_review") || p.contains("must be dates")),
                "{to}: {found:?}"
            );
        }
        assert_eq!(
            problems(&GOOD.replacen("next_review = 2027-12-02", "next_review = 2029-12-02", 1)),
            Vec::<String>::new(),
            "three years is the longest allowed"
        );
        let missing = GOOD.replacen("reviewed = 2026-12-02\n", "", 1);
        assert!(problems(&missing)[0].contains("reviewed"));
        let no_check = GOOD.replacen("checked = 2026-12-02\n", "", 1);
        assert!(problems(&no_check)[0].contains("checked"));
        let bad_check = GOOD.replacen("checked = 2026-12-02", "checked = 2026-12-02T01:00:00Z", 1);
        assert!(problems(&bad_check)
            .iter()
            .any(|p| p.contains("`checked` must be a date")));
        assert!(
            !problems(&GOOD.replacen("checked = 2026-12-02", "checked = 2026-02-30", 1)).is_empty()
        );
    }

    #[test]
    fn every_rule_of_the_real_file_cites_an_outside_source_checked_on_a_date() {
        let rules = parse(REAL).expect("valid");
        for q in &rules.questions {
            assert!(
                q.sources.iter().any(|s| rules.sources[s].is_outside()),
                "{} has an https source",
                q.id
            );
        }
        for (id, s) in &rules.sources {
            assert!(day(&s.checked).is_some(), "{id} has a checked date");
        }
        assert!(review_text(&rules).starts_with("Reviewed on "));
    }

    #[test]
    fn text_for_the_result_is_escaped_at_build_time() {
        let text = GOOD
            .replacen(
                "question = \"Do cramps wake you?\"",
                "question = \"Do <b>cramps</b> & \\\"spasms\\\" wake you?\"",
                1,
            )
            .replacen("title = \"Leg cramps\"", "title = \"Cramps <script>\"", 1);
        let rust = to_rust(&parse(&text).expect("valid"));
        assert!(!rust.contains("<b>"));
        assert!(rust.contains(
            "text_html: \"Do &lt;b&gt;cramps&lt;/b&gt; &amp; &quot;spasms&quot; wake you?\""
        ));
        assert!(rust.contains("NHS: Cramps &lt;script&gt;</a>"));
    }

    #[test]
    fn each_mistake_gets_a_clear_message() {
        let cases: [(&str, &str, &str); 11] = [
            (
                "id = \"sleep\"",
                "id = \"swelling\"",
                "the id is used twice",
            ),
            ("id = \"sleep\"", "id = \"Sleep now\"", "lower-case letters"),
            (
                "level = \"doctor\"",
                "level = \"gp\"",
                "unknown level \"gp\"",
            ),
            (
                "sources = [\"nhs\"]\n\n[sources",
                "sources = []\n\n[sources",
                "at least one source",
            ),
            (
                "sources = [\"nhs\"]\n\n[sources",
                "sources = [\"nice\"]\n\n[sources",
                "unknown source \"nice\"",
            ),
            (
                "asked_if = \"swelling\"",
                "asked_if = \"sleep\"",
                "must name an earlier question",
            ),
            (
                "question = \"Do cramps wake you?\"",
                "question = \"Do cramps wake you\"",
                "end with \"?\"",
            ),
            (
                "because = \"Worth a check.\"",
                "because = \"worth a check\"",
                "should be a sentence",
            ),
            (
                "level = \"urgent\"\nred_flag = true",
                "level = \"urgent\"\nred_flag = false",
                "must have red_flag = true",
            ),
            (
                "url = \"https://www",
                "url = \"http://www",
                "must start with https://",
            ),
            (
                "title = \"Leg cramps\"",
                "title = \"\"",
                "`name` and `title` are needed",
            ),
        ];
        for (from, to, expected) in cases {
            assert!(GOOD.contains(from), "test case does not apply: {from}");
            let text = GOOD.replacen(from, to, 1);
            let found = problems(&text);
            assert!(
                found.iter().any(|p| p.contains(expected)),
                "{to:?}: expected a problem mentioning {expected:?}, got {found:?}"
            );
        }
    }

    #[test]
    fn structural_mistakes_are_reported_by_the_parser() {
        let unknown_field =
            GOOD.replacen("red_flag = false", "red_flag = false\ncolour = \"red\"", 1);
        assert!(problems(&unknown_field)[0].contains("colour"));
        let missing = GOOD.replacen("because = \"Worth a check.\"\n", "", 1);
        assert!(problems(&missing)[0].contains("because"));
        let unused =
            format!("{GOOD}\n[sources.spare]\nname = \"X\"\ntitle = \"Y\"\nchecked = 2026-12-02\n");
        assert!(problems(&unused)
            .iter()
            .any(|p| p.contains("\"spare\" is not used")));
        assert!(
            problems("reviewed = 2026-12-02\nnext_review = 2027-12-02\n")[0]
                .contains("no [[question]]")
        );
    }

    #[test]
    fn a_question_after_a_less_urgent_one_is_out_of_order() {
        let late = "\n[[question]]\nid = \"late\"\ntopic = \"Late\"\nquestion = \"Late?\"\nlevel = \"urgent\"\nred_flag = true\nbecause = \"Late.\"\nsources = [\"nhs\"]\n";
        let found = problems(&format!("{GOOD}{late}"));
        assert!(
            found
                .iter()
                .any(|p| p.contains("\"late\" (urgent) comes after the less urgent \"sleep\"")),
            "{found:?}"
        );
    }

    #[test]
    fn a_child_of_an_emergency_red_flag_would_never_be_asked() {
        let text = GOOD.replacen("level = \"urgent\"", "level = \"emergency\"", 1);
        assert!(problems(&text)
            .iter()
            .any(|p| p.contains("would never be asked")));
    }
}
