//! The one date parser for saved data: exactly `YYYY-MM-DD`, what `LocalDate`'s `Display` writes.

use crate::domain::calendar::LocalDate;

/// Reads a date written as `YYYY-MM-DD`: four, two and two ASCII digits, nothing around them, and
/// a day that exists. Anything else is `None`.
pub fn parse(text: &str) -> Option<LocalDate> {
    let b = text.as_bytes();
    let number = |range: std::ops::Range<usize>| {
        b.get(range)?.iter().try_fold(0u32, |n, &c| {
            c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0'))
        })
    };
    match (b.len(), b.get(4), b.get(7)) {
        (10, Some(b'-'), Some(b'-')) => LocalDate::new(
            number(0..4)? as i32,
            number(5..7)? as u8,
            number(8..10)? as u8,
        ),
        _ => None,
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn reads_exactly_what_is_written() {
        assert_eq!(parse("2026-03-29"), LocalDate::new(2026, 3, 29));
        assert_eq!(parse("0001-01-01"), LocalDate::new(1, 1, 1));
        for bad in [
            "2026-13-01",
            "2026-02-30",
            "junk",
            "",
            " 2026-03-29",
            "2026-03-29 ",
            "2026-3-29",
            "+026-03-29",
            "2026-03-2x",
            "2026/03/29",
            "٢٠٢٦-03-29",
        ] {
            assert_eq!(parse(bad), None, "{bad:?}");
        }
    }

    proptest! {
        #[test]
        fn every_written_date_reads_back(n in -719_162i64..=2_932_896) {
            // 0001-01-01 ..= 9999-12-31, as days from 1970-01-01
            let d = LocalDate::from_day_number(n);
            prop_assert_eq!(parse(&d.to_string()), Some(d));
        }

        #[test]
        fn any_text_never_panics(text in "\\PC{0,12}") {
            let _ = parse(&text);
        }
    }
}
