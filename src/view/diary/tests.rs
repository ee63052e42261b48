//! What the diary page says, as exact strings, for fixed diaries.

use super::calendar::{calendar, span_text, state_text, week_sentences};
use super::compare::*;
use super::report::{report_text, rows, NOT_A_DIAGNOSIS};
use super::words::*;
use crate::domain::diary::compare::{Comparison, Side};
use crate::domain::diary::self_test::{Kind, SelfTest};
use crate::domain::diary::tests::{at, cramp, d, diary_of, fixed_report};
use crate::domain::diary::{Body, Bucket, Id, Length, Medicine, NightState, Report, SpanSummary};

#[test]
fn numbers_without_float_formatting() {
    assert_eq!(one_decimal(7), "0.7");
    assert_eq!(one_decimal(16), "1.6");
    assert_eq!(one_decimal(40), "4.0");
    assert_eq!(one_decimal(123), "12.3");
    assert_eq!(two_decimals(42), "0.42");
    assert_eq!(two_decimals(120), "1.20");
    assert_eq!(two_decimals(5), "0.05");
    assert_eq!(count(1, "cramp"), "1 cramp");
    assert_eq!(count(0, "cramp"), "0 cramps");
}

#[test]
fn lengths_and_names() {
    assert_eq!(length_text(Length::exact(40)), "40 seconds");
    assert_eq!(length_text(Length::exact(1)), "1 second");
    assert_eq!(length_text(Length::exact(180)), "3 minutes");
    assert_eq!(length_text(Length::exact(185)), "3 min 5 s");
    assert_eq!(length_text(Length::About(Bucket::OneToTwo)), "1–2 minutes");
    assert_eq!(
        length_text(Length::About(Bucket::UnderOne)),
        "under 1 minute"
    );
    assert_eq!(
        length_text(Length::About(Bucket::OverTen)),
        "over 10 minutes"
    );
    assert_eq!(bucket_label(Bucket::OverTen), "Over 10 minutes");
    assert_eq!(night_name(d(2026, 12, 2)), "Wednesday 2 December");
    assert_eq!(night_name(d(2024, 2, 29)), "Thursday 29 February");
}

#[test]
fn the_calendar_shows_four_weeks_of_nights_with_labels() {
    let current = d(2026, 12, 2);
    let mut diary = diary_of(
        vec![
            cramp(at(d(2026, 12, 2), 22, 0), 60),
            cramp(at(d(2026, 12, 3), 1, 0), 60),
            cramp(at(d(2026, 11, 6), 3, 0), 60),
        ],
        &[d(2026, 11, 30)],
    );
    diary.save(
        Id::new(5, 5),
        Body::Medicine(Medicine {
            name: "Bendroflumethiazide".into(),
            started: d(2026, 11, 16),
        }),
        1,
    );
    let weeks = calendar(&diary, current);
    assert_eq!(weeks.len(), 4);
    assert_eq!(weeks[0][0].night, d(2026, 11, 5));
    assert_eq!(weeks[0][0].label, "Thursday 5 November: 1 cramp");
    assert_eq!((weeks[0][0].day, weeks[0][0].weekday), (5, "Thu"));
    assert_eq!(weeks[0][1].label, "Friday 6 November: not recorded");
    assert_eq!(
        weeks[1][4].label,
        "Monday 16 November: not recorded; started Bendroflumethiazide"
    );
    assert_eq!(weeks[1][4].medicines, ["Bendroflumethiazide"]);
    assert_eq!(weeks[3][4].label, "Monday 30 November: no cramps");
    assert_eq!(weeks[3][4].state, NightState::Quiet);
    let tonight = &weeks[3][6];
    assert!(tonight.current && !weeks[3][5].current);
    assert_eq!(tonight.state, NightState::Cramps(2));
    assert_eq!(
        tonight.label,
        "Wednesday 2 December: 2 cramps (latest night)"
    );
    assert_eq!(state_text(NightState::NotRecorded), "not recorded");
}

#[test]
fn this_week_and_last_week_in_words() {
    let current = d(2026, 12, 2);
    let diary = diary_of(
        vec![
            cramp(at(d(2026, 11, 27), 2, 0), 60),
            cramp(at(d(2026, 11, 27), 4, 0), 60),
            cramp(at(d(2026, 11, 29), 23, 0), 60),
            cramp(at(d(2026, 12, 3), 1, 0), 60),
            cramp(at(d(2026, 12, 3), 5, 0), 60),
        ],
        &[
            d(2026, 11, 28),
            d(2026, 11, 30),
            d(2026, 12, 1),
            d(2026, 11, 20),
        ],
    );
    assert_eq!(
        week_sentences(&diary, current),
        [
            "This week: 5 cramps on 3 of 6 recorded nights",
            "Last week: no cramps on 1 recorded night"
        ]
    );
    assert_eq!(
        week_sentences(&diary, d(2027, 3, 1)),
        [
            "This week: no nights recorded",
            "Last week: no nights recorded"
        ]
    );
    let one = SpanSummary {
        nights: 7,
        recorded: 1,
        with_cramps: 1,
        cramps: 1,
    };
    assert_eq!(span_text(one), "1 cramp on 1 of 1 recorded night");
}

fn side(nights: u32, cramps: u32) -> Side {
    Side { nights, cramps }
}

#[test]
fn the_stretching_comparison_in_words() {
    let c = Comparison::of(side(9, 6), side(5, 8));
    assert_eq!(
        sides_sentence(&c, Subject::Stretching),
        "Stretched: 9 nights, 6 cramps, 0.7 a night · Not: 5 nights, 8 cramps, 1.6 a night"
    );
    assert_eq!(
        ratio_sentence(&c, Subject::Stretching).unwrap(),
        "Cramps a night on stretch nights compared with the others: 0.42 times (95% interval 0.14 to 1.20, a Poisson rate ratio)."
    );
    assert_eq!(
        verdict_sentence(&c, Subject::Stretching),
        "Too early to tell: each side needs at least 7 recorded nights (so far 9 and 5)."
    );
    let fewer = Comparison::of(side(14, 4), side(14, 16));
    assert_eq!(
        verdict_sentence(&fewer, Subject::Stretching),
        "Fewer cramps on stretch nights so far."
    );
    let more = Comparison::of(side(7, 21), side(7, 7));
    assert_eq!(
        verdict_sentence(&more, Subject::Water),
        "More cramps on nights after the water goal was met so far."
    );
    assert_eq!(
        sides_sentence(&more, Subject::Water),
        "Water goal met: 7 nights, 21 cramps, 3.0 a night · Not: 7 nights, 7 cramps, 1.0 a night"
    );
    let unclear = Comparison::of(side(10, 0), side(8, 6));
    assert_eq!(
        verdict_sentence(&unclear, Subject::Stretching),
        "Too early to tell: no clear difference so far (the interval includes 1, no difference)."
    );
    assert_eq!(
        ratio_sentence(&unclear, Subject::Stretching).unwrap(),
        "Cramps a night on stretch nights compared with the others: 0.06 times (95% interval 0.00 to 1.09, a Poisson rate ratio; half a cramp was added to each side because one side had none)."
    );
    let empty = Comparison::of(side(0, 0), side(1, 1));
    assert_eq!(
        sides_sentence(&empty, Subject::Stretching),
        "Stretched: no recorded nights · Not: 1 night, 1 cramp, 1.0 a night"
    );
    assert_eq!(ratio_sentence(&empty, Subject::Stretching), None);
}

#[test]
fn the_honesty_text_is_always_there_with_its_sources() {
    for subject in [Subject::Stretching, Subject::Water, Subject::PlannedTest] {
        let all = honesty_sentences(subject).join(" ");
        for needed in [
            "28% in 4 weeks",
            "CD009402",
            "Hallegraeff 2012",
            "Coppin 2005",
        ] {
            assert!(all.contains(needed), "{subject:?}: {needed}");
        }
    }
    assert!(honesty_sentences(Subject::Stretching)[0].contains("chosen by you, not at random"));
    assert!(honesty_sentences(Subject::PlannedTest)[0].contains("fixed in advance"));
}

#[test]
fn the_self_test_says_what_tonight_is() {
    let start = d(2026, 12, 7);
    let seed = (0..)
        .find(|s| SelfTest::new(start, 4, *s).first_kind() == Kind::Stretch)
        .unwrap();
    let t = SelfTest::new(start, 4, seed);
    assert_eq!(
        test_sentence(t, d(2026, 12, 6)),
        "The test starts on Monday 7 December."
    );
    assert_eq!(
        test_sentence(t, start),
        "Night 1 of 28: a stretch night. Do the stretch routine this evening."
    );
    assert_eq!(
        test_sentence(t, start.add_days(7)),
        "Night 8 of 28: a no-stretch night. Skip the stretch routine this evening."
    );
    assert_eq!(
        test_sentence(t, start.add_days(28)),
        "The test ended with the night of Sunday 3 January."
    );
    assert_eq!(
        result_wait_sentence(t),
        "The result is shown after the last night, on Monday 4 January."
    );
}

#[test]
fn the_report_as_text() {
    let r = fixed_report();
    assert_eq!(rows(&r).len(), 13);
    let text = report_text(&r);
    assert_eq!(
        text,
        "Cramp diary: report for your doctor
Self-reported by the patient. Not a diagnosis.
Made on 3 December 2026.

Nights of 5 November 2026 to 2 December 2026 (before: 8 October 2026 to 4 November 2026)
- Nights recorded: 7 of 28 (before: 4 of 28)
- Cramps: 4 (before: 4)
- Cramps per night: 0.6 (before: 1.0)
- Cramps per week: 4.0 (before: 7.0)
- Nights with cramps: 3 (before: 2)
- Typical length: 1–2 minutes (before: 1 min 40 s)
- Longest: over 10 minutes (before: 5 minutes)
- Worst (0 to 10): 8 (before: none recorded)
- Nights woken by a cramp: 1 (before: 0)
- Legs: left 2, right 1, both 1 (before: none recorded)
- Muscles: calf 2, foot 2, back of thigh 1 (before: none recorded)
- Nights after stretching: 3 (before: 0)
- Average cups of water a day: 7.0 (3 days with a record) (before: none recorded)

Medicines
- Atorvastatin, started 1 November 2026

Notes
- Night of Monday 9 November, 02:30: After a long walk
"
    );
    assert!(text.contains(NOT_A_DIAGNOSIS));
    let empty = Report::new(
        &Default::default(),
        d(2026, 12, 2),
        4,
        d(2026, 12, 3),
        &Default::default(),
        &Default::default(),
    );
    let text = report_text(&empty);
    assert!(text.contains("- Cramps per night: none recorded (before: none recorded)\n"));
    assert!(text.ends_with("Medicines\n- none noted\n\nNotes\n- none\n"));
}

#[test]
fn how_long_ago_choices() {
    let labels: Vec<_> = AGO_CHOICES_MINUTES.iter().map(|m| ago_label(*m)).collect();
    assert_eq!(labels, ["10 min ago", "30 min ago", "1 hour ago"]);
    assert_eq!(ago_label(120), "2 hours ago");
}

mod pieces {
    use crate::domain::calendar::LocalDate;
    use crate::domain::diary::tests::{at, cramp, d, diary_of};
    use crate::domain::diary::{Body, Bucket, Diary, Id, Length, LocalTime};
    use crate::view::diary::form::{fields, read, Clock, Problem};
    use crate::view::diary::screen::{Now, Part, Screen};
    use std::collections::{BTreeMap, BTreeSet};

    /// A clock in UTC, as the native tests run.
    struct Utc;

    impl Clock for Utc {
        fn local_at(&self, epoch_ms: i64) -> LocalTime {
            LocalTime {
                date: LocalDate::from_day_number(epoch_ms.div_euclid(86_400_000)),
                minute: (epoch_ms.rem_euclid(86_400_000) / 60_000) as u16,
            }
        }
        fn moment_of(&self, date: LocalDate, minute: u16) -> i64 {
            date.day_number() * 86_400_000 + i64::from(minute) * 60_000
        }
    }

    fn now(date: LocalDate, hour: u16, minute: u16) -> Now {
        let local = at(date, hour, minute);
        Now {
            epoch_ms: Utc.moment_of(local.date, local.minute),
            local,
        }
    }

    static NO_NIGHTS: BTreeSet<LocalDate> = BTreeSet::new();
    static NO_CUPS: BTreeMap<LocalDate, u16> = BTreeMap::new();

    /// The page at 09:00 on 28 November, no stretching or water logged, the report over 4 weeks.
    fn morning_of_28_november(diary: &Diary) -> Screen<'_> {
        Screen {
            diary,
            now: now(d(2026, 11, 28), 9, 0),
            stretched: &NO_NIGHTS,
            water_met: &NO_NIGHTS,
            cups: &NO_CUPS,
            report_weeks: 4,
        }
    }

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter()
            .map(|(n, v)| (n.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn a_posted_form_means_a_cramp_at_the_time_chosen() {
        let n = now(d(2026, 11, 28), 0, 20);
        let c = read(&pairs(&[("when", "30"), ("length", "2-5")]), None, n, &Utc).unwrap();
        assert_eq!(
            c.local,
            at(d(2026, 11, 27), 23, 50),
            "30 minutes before 00:20 is the evening before"
        );
        assert_eq!(c.length, Length::About(Bucket::TwoToFive));
        let exact = read(
            &pairs(&[
                ("when", "exact"),
                ("date", "2026-11-27"),
                ("time", "22:15"),
                ("length", "over10"),
            ]),
            None,
            n,
            &Utc,
        )
        .unwrap();
        assert_eq!(
            (exact.local, exact.start_ms),
            (
                at(d(2026, 11, 27), 22, 15),
                Utc.moment_of(d(2026, 11, 27), 22 * 60 + 15)
            )
        );
        assert_eq!(
            read(&pairs(&[("when", "now")]), None, n, &Utc),
            Err(Problem::NoLength)
        );
        assert_eq!(
            read(
                &pairs(&[
                    ("when", "exact"),
                    ("date", "2026-11-28"),
                    ("time", "01:00"),
                    ("length", "1-2")
                ]),
                None,
                n,
                &Utc
            ),
            Err(Problem::Future)
        );
        assert_eq!(
            read(
                &pairs(&[
                    ("when", "exact"),
                    ("date", ""),
                    ("time", "25:00"),
                    ("length", "1-2")
                ]),
                None,
                n,
                &Utc
            ),
            Err(Problem::BadTime)
        );
    }

    #[test]
    fn an_edit_keeps_the_time_and_the_timed_length_unless_changed() {
        let kept = cramp(at(d(2026, 11, 27), 3, 0), 185);
        let n = now(d(2026, 11, 28), 9, 0);
        let same = read(
            &pairs(&[("when", "kept"), ("length", "kept"), ("severity", "4")]),
            Some(&kept),
            n,
            &Utc,
        )
        .unwrap();
        assert_eq!(
            (same.start_ms, same.local, same.length, same.severity),
            (kept.start_ms, kept.local, kept.length, Some(4))
        );
        let html = fields(Some(&kept), n);
        assert!(
            html.contains(
                r#"value="kept" checked> As logged: 03:00 on the night of Thursday 26 November"#
            ),
            "{html}"
        );
        assert!(html.contains(r#"value="kept" checked> 3 min 5 s (timed)"#));
        assert!(html.starts_with(r#"<h2 id="log-title" tabindex="-1">Edit a cramp</h2>"#));
        let new = fields(None, n);
        assert!(new.contains(r#"value="now" checked> Just now"#));
        assert!(new.contains(r#"<input type="date" name="date" value="2026-11-28">"#));
    }

    #[test]
    fn typed_text_is_escaped_in_every_piece() {
        let mut c = cramp(at(d(2026, 11, 27), 3, 0), 60);
        c.note = "<img src=x onerror=alert(1)> & \"quotes\"".into();
        let mut diary = diary_of(vec![c.clone()], &[]);
        let medicine =
            crate::domain::diary::Medicine::new("<b>Statin</b>", d(2026, 11, 20)).unwrap();
        assert!(diary.save(Id::new(5, 5), Body::Medicine(medicine), 9));
        let screen = morning_of_28_november(&diary);
        for part in [Part::Entries, Part::Medicines, Part::Report, Part::Calendar] {
            let html = screen.html(part);
            assert!(
                !html.contains("<img") && !html.contains("<b>"),
                "{part:?}: {html}"
            );
        }
        assert!(screen
            .html(Part::Entries)
            .contains("“&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quotes&quot;”"));
        assert!(fields(Some(&c), screen.now).contains("&lt;img src=x"));
    }

    #[test]
    fn the_first_load_draws_only_the_first_screen_and_the_later_code_answers_the_rest() {
        use crate::view::diary::insights::{
            frame, Frame, MEDICINE_PROBLEM_ID, REPORT_SAID_ID, WEEKS,
        };
        use crate::view::diary::screen::Ask;
        let diary = diary_of(vec![cramp(at(d(2026, 11, 28), 2, 30), 185)], &[]);
        let screen = morning_of_28_november(&diary);
        let all = [
            Part::Weeks,
            Part::Calendar,
            Part::Entries,
            Part::Stretching,
            Part::Test,
            Part::Medicines,
            Part::Report,
        ];
        for part in all {
            let first = screen.first_html(part);
            assert_eq!(first.is_some(), part.is_first(), "{part:?}");
            if let Some(first) = first {
                assert_eq!(first, screen.html(part));
            }
            assert_eq!(screen.answer(Ask::Html(part)), screen.html(part));
        }
        // the frames around the weeks' parts: each section's heading (the sections' labels),
        // the live regions, "Share" only where sharing works
        let heads = [
            (Frame::StretchingHead, "stretching-title"),
            (Frame::TestHead, "test-title"),
            (Frame::MedicinesHead, "medicines-title"),
        ];
        for (f, id) in heads {
            let markup = screen.answer(Ask::Frame(f));
            assert_eq!(markup, frame(f));
            assert!(
                markup.starts_with(&format!(r#"<h2 id="{id}">"#)),
                "{markup}"
            );
        }
        let form = frame(Frame::MedicineForm);
        assert!(form.contains(&format!(r#"role="alert" id="{MEDICINE_PROBLEM_ID}""#)));
        for can_share in [false, true] {
            let controls = screen.answer(Ask::Frame(Frame::ReportControls { can_share }));
            assert!(controls.contains(&format!(r#"<p role="status" id="{REPORT_SAID_ID}">"#)));
            assert!(controls.contains(&format!(r#"<select name="{WEEKS}">"#)));
            assert_eq!(controls.contains(r#"data-act="share" hidden>"#), !can_share);
        }
        assert!(screen
            .answer(Ask::ReportText)
            .contains("Self-reported by the patient. Not a diagnosis."));
        // the form: new, or the entry being edited with its values
        let new = screen.answer(Ask::Form(None));
        assert!(new.contains(">Log a cramp<"), "{new}");
        let id = diary.entries()[0].id.clone();
        let edit = screen.answer(Ask::Form(Some(id)));
        assert!(edit.contains(">Edit a cramp<"), "{edit}");
        assert!(
            edit.contains("02:30 on the night of Friday 27 November"),
            "{edit}"
        );
    }

    #[test]
    fn the_pieces_say_what_the_diary_holds() {
        let diary = diary_of(
            vec![cramp(at(d(2026, 11, 28), 2, 30), 185)],
            &[d(2026, 11, 26)],
        );
        let screen = morning_of_28_november(&diary);
        assert_eq!(
            screen.html(Part::Weeks),
            r#"<p class="diary-week">This week: 1 cramp on 1 of 2 recorded nights</p><p class="diary-week">Last week: no nights recorded</p>"#
        );
        let entries = screen.html(Part::Entries);
        let first = entries
            .find("02:30 on the night of Friday 27 November")
            .unwrap();
        let quiet = entries
            .find("No cramps</strong> on the night of Thursday 26 November")
            .unwrap();
        assert!(first < quiet, "newest first");
        assert!(entries.contains(r#"data-act="edit""#) && entries.contains(r#"data-act="delete""#));
        let calendar = screen.html(Part::Calendar);
        assert_eq!(calendar.matches("<td ").count(), 28);
        assert!(calendar.contains("Friday 27 November: 1 cramp (latest night)"));
        assert!(screen
            .html(Part::Report)
            .contains("Self-reported by the patient. Not a diagnosis."));
        assert!(screen.html(Part::Stretching).contains("Too early to tell"));
        assert!(screen.html(Part::Test).contains(r#"data-act="test-start""#));
    }
}
