//! Cramp now's offer to save a timed cramp to the diary: the optional details, as a fixed HTML
//! piece. The guide's bundle carries this text, not the code that builds the diary's form; a
//! test keeps it the same as the form's details (`form::details`), so both post the same names
//! (`domain::diary::fields`).

/// The details' fields (leg, where, how bad, woke, what helped).
pub const DETAILS_HTML: &str = include_str!("offer_details.html");

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::DETAILS_HTML;
    use crate::domain::calendar::LocalDate;
    use crate::domain::diary::{Cramp, Length, LocalTime};
    use crate::view::diary::form::details;

    #[test]
    fn the_offer_asks_for_the_same_details_as_the_diary_form() {
        let date = LocalDate::new(2026, 12, 2).unwrap();
        let blank = Cramp::new(0, LocalTime::new(date, 150).unwrap(), Length::exact(0));
        let mut html = String::new();
        details(&mut html, &blank);
        if std::env::var_os("UPDATE_GOLDEN").is_some() {
            let _ = std::fs::write("src/view/diary/offer_details.html", &html);
        }
        assert_eq!(
            DETAILS_HTML, html,
            "run with UPDATE_GOLDEN=1 to update offer_details.html"
        );
    }
}
