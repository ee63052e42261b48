//! The symptom check's rules engine: which question comes next, and what the answers mean.
//!
//! The questions and their sources come from `content/check.toml`, checked and turned into
//! `QUESTIONS` at build time (`rules.rs`). The rules, from the NHS, nidirect, HSE, Mayo Clinic
//! and the Merck Manual (see that file):
//! - questions are asked in file order, most urgent first; a question with `asked_if` is asked only
//!   after a "Yes" or "Not sure" to that earlier question;
//! - an answer that means "emergency" ends the check at once;
//! - the result is the most urgent level any answer reached, or self-care if none did;
//! - "Not sure" counts as "Yes" on a red-flag question (the safer outcome); elsewhere it does not
//!   change the level, and the result lists it as something to mention to a doctor.

use crate::domain::calendar::LocalDate;
use crate::domain::days;

#[cfg(all(test, not(target_arch = "wasm32")))]
mod rules;

/// Where an answer points, least urgent first (so levels compare by urgency).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Level {
    /// Manage at home.
    SelfCare,
    /// Book an appointment.
    Doctor,
    /// Get medical advice today.
    Urgent,
    /// Call 999 / 911 / 112 or the local emergency number now.
    Emergency,
}

impl Level {
    /// Every level, least urgent first.
    pub const ALL: [Level; 4] = [
        Level::SelfCare,
        Level::Doctor,
        Level::Urgent,
        Level::Emergency,
    ];

    /// The short name shown with the level's icon and colour.
    pub fn label(self) -> &'static str {
        match self {
            Level::SelfCare => "Self-care",
            Level::Doctor => "See a doctor",
            Level::Urgent => "Urgent: today",
            Level::Emergency => "Emergency",
        }
    }

    /// A stable name for styles and tests.
    pub fn slug(self) -> &'static str {
        match self {
            Level::SelfCare => "self-care",
            Level::Doctor => "doctor",
            Level::Urgent => "urgent",
            Level::Emergency => "emergency",
        }
    }
}

/// An answer, ordered toward "Yes" (No < Not sure < Yes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Answer {
    No,
    NotSure,
    Yes,
}

impl Answer {
    /// The options in the order they are offered.
    pub const OPTIONS: [Answer; 3] = [Answer::Yes, Answer::No, Answer::NotSure];

    pub fn label(self) -> &'static str {
        match self {
            Answer::Yes => "Yes",
            Answer::No => "No",
            Answer::NotSure => "Not sure",
        }
    }

    /// A stable value for form controls.
    pub fn value(self) -> &'static str {
        match self {
            Answer::Yes => "yes",
            Answer::No => "no",
            Answer::NotSure => "not-sure",
        }
    }

    /// The answer with this [`value`](Self::value).
    pub fn from_value(value: &str) -> Option<Answer> {
        Answer::OPTIONS.into_iter().find(|a| a.value() == value)
    }
}

/// Where a rule comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Source {
    /// Shown next to the rule: "NHS", "Mayo Clinic"...
    pub name: &'static str,
    /// The page's title.
    pub title: &'static str,
    /// `https://...`, a path of this app, or empty.
    pub url: &'static str,
    /// The list item for the result, escaped at build time.
    pub item_html: &'static str,
}

/// One question of the check. Its texts (fields ending in `_html`) were escaped at build time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Question {
    pub id: &'static str,
    /// What a "Yes" means.
    pub level: Level,
    /// "Not sure" counts as "Yes".
    pub red_flag: bool,
    /// Asked only after a "Yes" or "Not sure" to this earlier question.
    pub asked_if: Option<usize>,
    /// Indices into [`SOURCES`].
    pub sources: &'static [usize],
    /// The question.
    pub text_html: &'static str,
    /// "What does this mean?" (empty if none).
    pub help_html: &'static str,
    /// A few words for the list of answers.
    pub topic_html: &'static str,
    /// Why the answer matters.
    pub because_html: &'static str,
    /// The names of its sources: "NHS; Mayo Clinic".
    pub cite_html: &'static str,
}

impl Question {
    /// The level this answer reaches, if it reaches one.
    pub fn reached_by(&self, answer: Answer) -> Option<Level> {
        match answer {
            Answer::Yes => Some(self.level),
            Answer::NotSure if self.red_flag => Some(self.level),
            _ => None,
        }
    }
}

include!(concat!(env!("OUT_DIR"), "/check_questions.rs"));

/// Where the user is in the check.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Step {
    #[default]
    Intro,
    /// The index of the question shown.
    Question(usize),
    Result,
}

/// The answer given to question `i`, if any.
fn answer(answers: &[Option<Answer>], i: usize) -> Option<Answer> {
    answers.get(i).copied().flatten()
}

/// Whether question `i` is asked given the answers (its `asked_if` question, if any, got "Yes" or "Not sure").
pub fn is_asked(questions: &[Question], answers: &[Option<Answer>], i: usize) -> bool {
    match questions[i].asked_if {
        None => true,
        Some(p) => {
            is_asked(questions, answers, p)
                && matches!(answer(answers, p), Some(Answer::Yes | Answer::NotSure))
        }
    }
}

/// The questions asked, in order: up to the first unanswered one, or up to the answer that ends the check.
pub fn path(questions: &[Question], answers: &[Option<Answer>]) -> Vec<usize> {
    let mut asked = Vec::new();
    for i in 0..questions.len() {
        if !is_asked(questions, answers, i) {
            continue;
        }
        asked.push(i);
        match answer(answers, i) {
            None => break,
            Some(a) if questions[i].reached_by(a) == Some(Level::Emergency) => break,
            Some(_) => {}
        }
    }
    asked
}

/// Whether every question asked has an answer (the result can be shown).
pub fn is_complete(questions: &[Question], answers: &[Option<Answer>]) -> bool {
    path(questions, answers)
        .last()
        .is_none_or(|&i| answer(answers, i).is_some())
}

/// "Question 3 of 10": the place of question `i` among those asked, and how many may be asked
/// (a question that depends on one not answered yet is counted).
pub fn progress(questions: &[Question], answers: &[Option<Answer>], i: usize) -> (usize, usize) {
    let asked = path(questions, answers);
    let number = asked.iter().position(|&q| q == i).unwrap_or(asked.len()) + 1;
    let total = (0..questions.len())
        .filter(|&q| may_be_asked(questions, answers, q))
        .count();
    (number, total.max(number))
}

fn may_be_asked(questions: &[Question], answers: &[Option<Answer>], i: usize) -> bool {
    match questions[i].asked_if {
        None => true,
        Some(p) => may_be_asked(questions, answers, p) && answer(answers, p) != Some(Answer::No),
    }
}

/// "Question 3 of 10".
pub fn progress_text((number, total): (usize, usize)) -> String {
    format!("Question {number} of {total}")
}

/// The step after `step`: the next question asked, or the result once the check is complete.
/// A question without an answer stays where it is.
pub fn next(questions: &[Question], answers: &[Option<Answer>], step: Step) -> Step {
    let asked = path(questions, answers);
    match step {
        Step::Intro => asked.first().map_or(Step::Result, |&i| Step::Question(i)),
        Step::Question(i) if answer(answers, i).is_none() => step,
        Step::Question(i) => match asked.iter().position(|&q| q == i) {
            Some(at) => asked
                .get(at + 1)
                .map_or(Step::Result, |&q| Step::Question(q)),
            // no longer asked (an earlier answer changed): go on from the first unanswered
            None => resume(questions, answers),
        },
        Step::Result => Step::Result,
    }
}

/// The step before `step`: the previous question asked, or the introduction before the first.
pub fn back(questions: &[Question], answers: &[Option<Answer>], step: Step) -> Step {
    let asked = path(questions, answers);
    match step {
        Step::Intro => Step::Intro,
        Step::Question(i) => match asked.iter().position(|&q| q == i) {
            Some(at) if at > 0 => Step::Question(asked[at - 1]),
            _ => Step::Intro,
        },
        Step::Result => asked.last().map_or(Step::Intro, |&q| Step::Question(q)),
    }
}

/// The first question still to answer, or the result if none is left.
pub fn resume(questions: &[Question], answers: &[Option<Answer>]) -> Step {
    match path(questions, answers).last() {
        Some(&i) if answer(answers, i).is_none() => Step::Question(i),
        _ => Step::Result,
    }
}

/// The check as someone goes through it: where they are, their answers so far, and when it ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckState {
    pub step: Step,
    /// One per question of [`QUESTIONS`].
    pub answers: Vec<Option<Answer>>,
    /// The day the result was first shown, for the printed summary.
    pub finished_on: Option<LocalDate>,
}

impl Default for CheckState {
    fn default() -> Self {
        Self {
            step: Step::Intro,
            answers: vec![None; QUESTIONS.len()],
            finished_on: None,
        }
    }
}

impl CheckState {
    /// The question shown, if one is.
    pub fn current(&self) -> Option<usize> {
        match self.step {
            Step::Question(i) => Some(i),
            _ => None,
        }
    }

    /// The answer given to the question shown.
    pub fn current_answer(&self) -> Option<Answer> {
        self.current().and_then(|i| answer(&self.answers, i))
    }

    /// Answers the question shown.
    pub fn choose(&mut self, choice: Answer) {
        if let Some(slot) = self.current().and_then(|i| self.answers.get_mut(i)) {
            *slot = Some(choice);
        }
    }

    /// Goes on to the next question or the result; false (staying put) if the question shown has no answer.
    /// `today` is asked only when the result is reached.
    pub fn forward(&mut self, today: impl FnOnce() -> LocalDate) -> bool {
        let to = next(QUESTIONS, &self.answers, self.step);
        if to == self.step {
            return false;
        }
        if to == Step::Result {
            self.finished_on = Some(today());
        }
        self.step = to;
        true
    }

    /// Goes back one question (or to the introduction), keeping every answer.
    pub fn backward(&mut self) {
        self.step = back(QUESTIONS, &self.answers, self.step);
    }

    /// Clears every answer and shows the first question.
    pub fn restart(&mut self) {
        *self = Self::default();
        self.step = next(QUESTIONS, &self.answers, Step::Intro);
    }

    /// Some answers given and no result yet: leaving now would lose something.
    pub fn half_answered(&self) -> bool {
        self.step != Step::Result && self.answers.iter().any(Option::is_some)
    }

    /// What the answers so far mean.
    pub fn outcome(&self) -> Outcome {
        outcome(QUESTIONS, &self.answers)
    }

    /// "Question 3 of 10" for the question shown.
    pub fn progress_text(&self) -> String {
        progress_text(progress(
            QUESTIONS,
            &self.answers,
            self.current().unwrap_or(0),
        ))
    }
}

/// Why the result is what it is: one answer that reached a level.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reason {
    pub question: usize,
    pub answer: Answer,
    pub level: Level,
}

impl Reason {
    /// "Not sure" on a red-flag question, counted as "Yes" to be safe.
    pub fn counted_as_yes(&self) -> bool {
        self.answer == Answer::NotSure
    }
}

/// The result of the check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    pub level: Level,
    /// The answers that reached a level, most urgent first.
    pub reasons: Vec<Reason>,
    /// "Not sure" answers that did not change the level (not red flags).
    pub unsure: Vec<usize>,
    /// The questions asked and their answers, in order.
    pub answered: Vec<(usize, Answer)>,
    /// The check ended before the last question because an answer means "emergency".
    pub stopped_early: bool,
}

/// What the answers mean (questions asked but not answered yet are left out).
pub fn outcome(questions: &[Question], answers: &[Option<Answer>]) -> Outcome {
    let answered: Vec<(usize, Answer)> = path(questions, answers)
        .into_iter()
        .filter_map(|i| answer(answers, i).map(|a| (i, a)))
        .collect();
    // most urgent first, then in the order asked
    let mut reasons = Vec::new();
    for level in Level::ALL.into_iter().rev() {
        for &(question, answer) in &answered {
            if questions[question].reached_by(answer) == Some(level) {
                reasons.push(Reason {
                    question,
                    answer,
                    level,
                });
            }
        }
    }
    let unsure = answered
        .iter()
        .filter(|&&(q, a)| a == Answer::NotSure && questions[q].reached_by(a).is_none())
        .map(|&(q, _)| q)
        .collect();
    let level = reasons.first().map_or(Level::SelfCare, |r| r.level);
    let stopped_early = level == Level::Emergency
        && answered
            .last()
            .is_some_and(|&(q, _)| q + 1 < questions.len());
    Outcome {
        level,
        reasons,
        unsure,
        answered,
        stopped_early,
    }
}

/// The sources of the questions asked (indices into [`SOURCES`]), each once, in the order first cited.
pub fn sources_cited(questions: &[Question], outcome: &Outcome) -> Vec<usize> {
    let mut seen: Vec<usize> = Vec::new();
    for &(q, _) in &outcome.answered {
        for &s in questions[q].sources {
            if !seen.contains(&s) {
                seen.push(s);
            }
        }
    }
    seen
}

/// "28 November 2026", for the printed summary.
pub fn long_date(date: LocalDate) -> String {
    let month = days::month_name(date.month);
    format!("{} {month} {}", date.day, date.year)
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use std::collections::HashMap;
    use std::hash::{BuildHasherDefault, Hasher};

    /// A quick hasher for the table of results (its keys are already well spread numbers).
    #[derive(Default)]
    struct Spread(u64);

    impl Hasher for Spread {
        fn finish(&self) -> u64 {
            self.0
        }
        fn write(&mut self, _: &[u8]) {
            unreachable!("only u64 keys")
        }
        fn write_u64(&mut self, k: u64) {
            self.0 = k.wrapping_mul(0x9E37_79B9_7F4A_7C15);
        }
    }

    fn id(i: usize) -> &'static str {
        QUESTIONS[i].id
    }

    fn index(id: &str) -> usize {
        QUESTIONS
            .iter()
            .position(|q| q.id == id)
            .unwrap_or_else(|| panic!("no question {id}"))
    }

    fn level(answers: &[Option<Answer>]) -> Level {
        outcome(QUESTIONS, answers).level
    }

    fn all(answer: Answer) -> Vec<Option<Answer>> {
        vec![Some(answer); QUESTIONS.len()]
    }

    /// Every answer "No" except the given ones.
    fn no_except(pairs: &[(&str, Answer)]) -> Vec<Option<Answer>> {
        let mut answers = all(Answer::No);
        for &(q, a) in pairs {
            answers[index(q)] = Some(a);
        }
        answers
    }

    /// Answers only the given questions (the rest unanswered).
    fn with(pairs: &[(&str, Answer)]) -> Vec<Option<Answer>> {
        let mut answers = vec![None; QUESTIONS.len()];
        for &(q, a) in pairs {
            answers[index(q)] = Some(a);
        }
        answers
    }

    /// The answers as a number, two bits per question (0: not answered), for the table of results.
    fn key(answers: &[Option<Answer>]) -> u64 {
        answers.iter().enumerate().fold(0, |k, (i, a)| {
            k | (a.map_or(0, |a| a as u64 + 1) << (2 * i))
        })
    }

    /// Walks the check as a user would, with Next, through every way of answering it: each
    /// question asked and not answered yet gets Yes, No and Not sure in turn. Answers after one that ends the check are
    /// never asked, so they are not varied (the engine's early stop keeps this quick).
    /// `leaf` gets the answers and the questions asked, in order, at each result.
    fn every_way_through(
        answers: &mut Vec<Option<Answer>>,
        step: Step,
        asked: &mut Vec<usize>,
        leaf: &mut impl FnMut(&[Option<Answer>], &[usize]),
    ) {
        match step {
            Step::Question(q) => {
                asked.push(q);
                if answers[q].is_some() {
                    // answered already (when starting from given answers): go on with it
                    every_way_through(answers, next(QUESTIONS, answers, step), asked, leaf);
                } else {
                    for a in [Answer::No, Answer::NotSure, Answer::Yes] {
                        answers[q] = Some(a);
                        let then = next(QUESTIONS, answers, step);
                        assert_ne!(then, step, "an answered question goes on");
                        every_way_through(answers, then, asked, leaf);
                    }
                    answers[q] = None;
                }
                asked.pop();
            }
            Step::Result => leaf(answers, asked),
            Step::Intro => panic!("Next never goes back to the introduction"),
        }
    }

    #[test]
    fn the_built_questions_match_the_rules_file() {
        let file = crate::domain::check::rules::parse(include_str!("../../../content/check.toml"))
            .expect("content/check.toml is valid");
        assert_eq!(QUESTIONS.len(), file.questions.len());
        for (built, written) in QUESTIONS.iter().zip(&file.questions) {
            assert_eq!(built.id, written.id);
            assert_eq!(
                built.text_html, written.question,
                "no markup in the questions"
            );
            assert_eq!(
                built.help_html, written.help,
                "no markup in the explanations"
            );
            assert_eq!(built.topic_html, written.topic, "no markup in the topics");
            assert_eq!(built.level.slug(), written.level);
            assert_eq!(built.red_flag, written.red_flag);
            assert_eq!(built.sources.len(), written.sources.len());
            assert_eq!(
                built.asked_if.map(id),
                written.asked_if.as_deref(),
                "{}",
                built.id
            );
        }
        assert_eq!(
            REVIEWED,
            "Reviewed on 2 December 2026 · next review by 2 December 2027"
        );
    }

    /// Each warning sign the sources name, and the level a "Yes" (or, for a warning sign, a
    /// "Not sure") must reach whatever else is answered.
    const SIGNS: [(&str, Level, &str); 13] = [
        (
            "chest-or-breathing",
            Level::Emergency,
            "NHS DVT; nidirect pulmonary embolism: 999",
        ),
        ("tetanus-signs", Level::Emergency, "NHS tetanus: A&E or 999"),
        (
            "one-leg-swelling",
            Level::Urgent,
            "NHS DVT: urgent appointment or 111",
        ),
        (
            "long-cramp",
            Level::Urgent,
            "nidirect, NHS leg cramps; Mayo: right away",
        ),
        (
            "toxin-or-wound",
            Level::Urgent,
            "Mayo: right away; NHS leg cramps",
        ),
        ("fluid-loss", Level::Urgent, "Merck: right away"),
        ("sudden-weakness", Level::Urgent, "Merck: right away"),
        (
            "statin",
            Level::Urgent,
            "NHS statins: stop and call 111 or a doctor",
        ),
        ("frequent-severe", Level::Doctor, "NHS, Mayo, the guide"),
        ("weakness-numbness", Level::Doctor, "NHS, Mayo, the guide"),
        ("pain-on-walking", Level::Doctor, "Merck: 1 to 2 days"),
        ("new-medicine", Level::Doctor, "Merck: 1 to 2 days"),
        (
            "alcohol-or-condition",
            Level::Doctor,
            "Merck: 1 to 2 days; Mayo; the guide",
        ),
    ];

    #[test]
    fn each_sign_reaches_its_level_on_its_own() {
        for (q, expected, why) in SIGNS {
            let question = &QUESTIONS[index(q)];
            assert_eq!(question.level, expected, "{q} ({why})");
            let yes = outcome(QUESTIONS, &no_except(&[(q, Answer::Yes)]));
            assert_eq!(yes.level, expected, "Yes to {q} alone ({why})");
            assert_eq!(yes.reasons.len(), 1);
            assert_eq!(yes.reasons[0].question, index(q));
            if expected >= Level::Urgent {
                assert!(question.red_flag, "{q}: Not sure counts as Yes");
                let unsure = no_except(&[(q, Answer::NotSure)]);
                assert_eq!(level(&unsure), expected, "Not sure to {q} alone");
            }
        }
        for q in QUESTIONS {
            assert!(
                SIGNS.iter().any(|(id, ..)| *id == q.id),
                "{} is in the table",
                q.id
            );
        }
    }

    #[test]
    fn the_emergency_questions_come_first_and_are_asked_of_everyone() {
        assert_eq!(id(0), "chest-or-breathing");
        assert_eq!(id(1), "tetanus-signs");
        assert!(QUESTIONS.iter().all(|q| q.asked_if.is_none()));
        // chest pain with nothing else: an emergency, and the check ends there
        let chest = with(&[("chest-or-breathing", Answer::Yes)]);
        let result = outcome(QUESTIONS, &chest);
        assert_eq!(result.level, Level::Emergency);
        assert!(result.stopped_early);
        assert_eq!(path(QUESTIONS, &chest), [0]);
        assert_eq!(next(QUESTIONS, &chest, Step::Question(0)), Step::Result);
        let tetanus = with(&[
            ("chest-or-breathing", Answer::No),
            ("tetanus-signs", Answer::NotSure),
        ]);
        assert_eq!(level(&tetanus), Level::Emergency);
        assert!(outcome(QUESTIONS, &tetanus).reasons[0].counted_as_yes());
    }

    #[test]
    fn the_result_lists_every_reason_most_urgent_first() {
        let answers = no_except(&[
            ("alcohol-or-condition", Answer::Yes),
            ("one-leg-swelling", Answer::Yes),
            ("statin", Answer::NotSure),
        ]);
        let result = outcome(QUESTIONS, &answers);
        assert_eq!(result.level, Level::Urgent);
        let why: Vec<_> = result
            .reasons
            .iter()
            .map(|r| (id(r.question), r.level))
            .collect();
        assert_eq!(
            why,
            [
                ("one-leg-swelling", Level::Urgent),
                ("statin", Level::Urgent),
                ("alcohol-or-condition", Level::Doctor)
            ]
        );
    }

    #[test]
    fn all_no_is_self_care_with_every_question_asked() {
        let result = outcome(QUESTIONS, &all(Answer::No));
        assert_eq!(result.level, Level::SelfCare);
        assert!(result.reasons.is_empty() && result.unsure.is_empty());
        assert_eq!(result.answered.len(), QUESTIONS.len());
        assert!(!result.stopped_early);
    }

    #[test]
    fn not_sure_on_a_question_that_is_not_a_red_flag_is_listed_but_does_not_raise_the_level() {
        let answers = no_except(&[("new-medicine", Answer::NotSure)]);
        let result = outcome(QUESTIONS, &answers);
        assert_eq!(result.level, Level::SelfCare);
        assert_eq!(result.unsure, [index("new-medicine")]);
    }

    #[test]
    fn exhaustive_over_every_way_of_answering() {
        // every result, by its answers
        let mut levels: HashMap<u64, Level, BuildHasherDefault<Spread>> = HashMap::default();
        let mut reached = std::collections::HashSet::new();
        let mut answers = vec![None; QUESTIONS.len()];
        let first = next(QUESTIONS, &answers, Step::Intro);
        every_way_through(
            &mut answers,
            first,
            &mut Vec::new(),
            &mut |answers, asked| {
                let result = outcome(QUESTIONS, answers);
                reached.insert(result.level);
                // the questions asked on the way are those the result lists, in order
                assert!(result
                    .answered
                    .iter()
                    .map(|&(q, _)| q)
                    .eq(asked.iter().copied()));

                // each answer that reaches a level gives at least that level (red flags: Not sure too)
                for &(q, a) in &result.answered {
                    if let Some(l) = QUESTIONS[q].reached_by(a) {
                        assert!(result.level >= l, "{answers:?}");
                    }
                }
                // the level is explained: the most urgent reason, each with its sources
                assert_eq!(
                    result.level,
                    result.reasons.first().map_or(Level::SelfCare, |r| r.level)
                );
                assert!(result.reasons.windows(2).all(|w| w[0].level >= w[1].level));
                assert!(result
                    .reasons
                    .iter()
                    .all(|r| !QUESTIONS[r.question].sources.is_empty()));
                // an emergency ends the check: nothing is asked after it; otherwise everything is
                if result.level == Level::Emergency {
                    let &(last, a) = result.answered.last().expect("answered");
                    assert_eq!(QUESTIONS[last].reached_by(a), Some(Level::Emergency));
                } else {
                    assert!(!result.stopped_early);
                }
                // a dependent question is asked only after Yes or Not sure to its question
                for &q in asked {
                    if let Some(p) = QUESTIONS[q].asked_if {
                        assert_ne!(answers[p], Some(Answer::No));
                    }
                }
                levels.insert(key(answers), result.level);
            },
        );
        assert_eq!(reached.len(), 4, "every level is reachable: {reached:?}");

        // monotone: moving any one answer toward Yes never lowers the level
        let mut bumps = 0;
        for (&k, &l) in &levels {
            for (i, question) in QUESTIONS.iter().enumerate() {
                let digit = (k >> (2 * i)) & 3;
                // 1: No, 2: Not sure (3: Yes and 0: not asked cannot move)
                if !(1..=2).contains(&digit) {
                    continue;
                }
                let answer = [Answer::No, Answer::NotSure][digit as usize - 1];
                let bumped = if digit == 1 {
                    Answer::NotSure
                } else {
                    Answer::Yes
                };
                let mut more = k + (1 << (2 * i));
                if question.reached_by(bumped) == Some(Level::Emergency) {
                    // the check ends there: the later answers are never asked
                    more &= (1u64 << (2 * (i + 1))) - 1;
                }
                let more_level = match levels.get(&more) {
                    Some(&m) => m,
                    // a question that depends on this one is now asked: the lowest result over its answers
                    None => {
                        assert!(QUESTIONS.iter().any(|q| q.asked_if == Some(i)));
                        let mut answers: Vec<Option<Answer>> = (0..QUESTIONS.len())
                            .map(|j| match (more >> (2 * j)) & 3 {
                                0 => None,
                                d => {
                                    Some([Answer::No, Answer::NotSure, Answer::Yes][d as usize - 1])
                                }
                            })
                            .collect();
                        let mut lowest = Level::Emergency;
                        let from = resume(QUESTIONS, &answers);
                        every_way_through(&mut answers, from, &mut Vec::new(), &mut |a, _| {
                            lowest = lowest.min(level(a));
                        });
                        lowest
                    }
                };
                bumps += 1;
                assert!(
                    more_level >= l,
                    "{} {answer:?} -> {bumped:?} lowered the level from {l:?} to {more_level:?}",
                    id(i),
                );
            }
        }
        assert!(bumps > levels.len());
    }

    #[test]
    fn progress_counts_the_questions_that_may_still_be_asked() {
        let n = QUESTIONS.len();
        let none = vec![None; n];
        assert_eq!(progress(QUESTIONS, &none, 0), (1, n));
        assert_eq!(
            progress_text(progress(QUESTIONS, &none, 0)),
            format!("Question 1 of {n}")
        );
        let first_no = with(&[("chest-or-breathing", Answer::No)]);
        assert_eq!(
            progress(QUESTIONS, &first_no, index("tetanus-signs")),
            (2, n)
        );
    }

    #[test]
    fn back_keeps_answers_and_returns_through_the_questions_asked() {
        let answers = all(Answer::No);
        assert_eq!(back(QUESTIONS, &answers, Step::Question(0)), Step::Intro);
        assert_eq!(
            back(QUESTIONS, &answers, Step::Result),
            Step::Question(n_last())
        );
        assert_eq!(
            back(QUESTIONS, &answers, Step::Question(index("long-cramp"))),
            Step::Question(index("one-leg-swelling"))
        );
        // changing an earlier answer keeps the later ones
        let mut changed = all(Answer::No);
        changed[index("alcohol-or-condition")] = Some(Answer::Yes);
        assert_eq!(level(&changed), Level::Doctor);
        changed[index("chest-or-breathing")] = Some(Answer::Yes);
        assert_eq!(level(&changed), Level::Emergency);
        changed[index("chest-or-breathing")] = Some(Answer::No);
        assert_eq!(
            level(&changed),
            Level::Doctor,
            "the later answers were kept"
        );
    }

    #[test]
    fn a_check_from_start_to_result_and_back() {
        let today = LocalDate::new(2026, 11, 28).unwrap();
        let mut state = CheckState::default();
        assert!(!state.half_answered());
        assert!(state.forward(|| unreachable!("not finished")));
        assert_eq!(state.current(), Some(0));
        assert!(!state.forward(|| today), "no answer yet: it stays");
        assert_eq!(state.step, Step::Question(0));
        state.choose(Answer::No);
        assert!(state.half_answered());
        assert_eq!(state.current_answer(), Some(Answer::No));
        while state.step != Step::Result {
            state.choose(Answer::No);
            assert!(state.forward(|| today));
        }
        assert_eq!(state.finished_on, Some(today));
        assert!(!state.half_answered());
        assert_eq!(state.step, Step::Result);
        state.backward();
        assert_eq!(state.step, Step::Question(n_last()));
        assert_eq!(state.current_answer(), Some(Answer::No), "answers are kept");
        state.restart();
        assert_eq!(state.step, Step::Question(0));
        assert!(state.answers.iter().all(Option::is_none));
        assert_eq!(state.finished_on, None);
        state.choose(Answer::Yes);
        assert_eq!(
            state.progress_text(),
            format!("Question 1 of {}", QUESTIONS.len())
        );
    }

    fn n_last() -> usize {
        QUESTIONS.len() - 1
    }

    #[test]
    fn answers_round_trip_through_form_values() {
        for a in Answer::OPTIONS {
            assert_eq!(Answer::from_value(a.value()), Some(a));
        }
        assert_eq!(Answer::from_value("maybe"), None);
    }

    #[test]
    fn dates_for_the_summary() {
        assert_eq!(
            long_date(LocalDate::new(2026, 11, 28).unwrap()),
            "28 November 2026"
        );
        assert_eq!(
            long_date(LocalDate::new(2027, 1, 1).unwrap()),
            "1 January 2027"
        );
    }

    #[test]
    fn every_rule_cites_an_outside_source_and_each_source_once() {
        for q in QUESTIONS {
            assert!(
                q.sources
                    .iter()
                    .any(|&s| SOURCES[s].url.starts_with("https://")),
                "{} has an https source",
                q.id
            );
        }
        let frequent = &QUESTIONS[index("frequent-severe")];
        assert_eq!(frequent.cite_html, "NHS; Mayo Clinic; Cramp Coach guide");
        let result = outcome(QUESTIONS, &all(Answer::No));
        let cited = sources_cited(QUESTIONS, &result);
        assert_eq!(cited.len(), SOURCES.len(), "all No asks every question");
        for (i, s) in cited.iter().enumerate() {
            assert!(!cited[..i].contains(s));
            let source = &SOURCES[*s];
            assert!(source.url.starts_with("https://") || source.url.starts_with('/'));
            assert!(source.item_html.contains("(checked "), "{}", source.title);
        }
    }

    fn partial_answers() -> impl Strategy<Value = Vec<Option<Answer>>> {
        proptest::collection::vec(
            proptest::option::of(prop_oneof![
                Just(Answer::No),
                Just(Answer::NotSure),
                Just(Answer::Yes)
            ]),
            QUESTIONS.len(),
        )
    }

    proptest! {
        #[test]
        fn next_and_back_are_inverse_on_answered_questions(answers in partial_answers()) {
            let asked = path(QUESTIONS, &answers);
            for (at, &q) in asked.iter().enumerate() {
                let step = Step::Question(q);
                let after = next(QUESTIONS, &answers, step);
                if answers[q].is_none() {
                    prop_assert_eq!(after, step, "an unanswered question stays");
                } else if after != Step::Result {
                    prop_assert_eq!(back(QUESTIONS, &answers, after), step);
                }
                if at > 0 {
                    prop_assert_eq!(back(QUESTIONS, &answers, step), Step::Question(asked[at - 1]));
                }
            }
            // Next never skips an unanswered question
            let resumed = resume(QUESTIONS, &answers);
            match resumed {
                Step::Question(q) => prop_assert!(answers[q].is_none()),
                Step::Result => prop_assert!(is_complete(QUESTIONS, &answers)),
                Step::Intro => prop_assert!(false),
            }
        }

        #[test]
        fn progress_is_within_its_total(answers in partial_answers()) {
            for &q in &path(QUESTIONS, &answers) {
                let (number, total) = progress(QUESTIONS, &answers, q);
                prop_assert!(number >= 1 && number <= total && total <= QUESTIONS.len());
            }
        }
    }
}
