//! Cramp now's offer to save a timed cramp to the diary: the optional details, as a fixed HTML
//! piece. The guide's bundle carries this text, not the code that builds the diary's form; a
//! test keeps it the same as the form's details (`form::details`), so both post the same names
//! (`domain::diary::fields`).

/// The offer's form: what it is, "Save to diary", and the optional details' fields (leg, where,
/// how bad, woke, what helped).
pub const FORM_HTML: &str = include_str!("offer_form.html");

/// The offer's status line.
pub const STATUS_ID: &str = "cramp-save-status";

/// What the form holds, built from the diary form's parts (`FORM_HTML` is this, fixed).
pub fn form_html() -> String {
    use crate::domain::calendar::LocalDate;
    use crate::domain::diary::{Cramp, Length, LocalTime};
    let blank = Cramp::new(
        0,
        LocalTime {
            date: LocalDate::from_day_number(0),
            minute: 0,
        },
        Length::exact(0),
    );
    let mut html = String::from(
        r#"<form><p>Save this cramp to your diary? Its start and length are filled in already.</p><p><button type="submit" class="button button--primary button--big">Save to diary</button></p><details><summary>Add details (optional)</summary><div class="cramp-save__details">"#,
    );
    crate::view::diary::form::details(&mut html, &blank);
    html.push_str(r#"</div></details></form><p role="status" id="cramp-save-status"></p><p><a href="/diary">Open the diary</a></p>"#);
    html
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::{form_html, FORM_HTML};

    #[test]
    fn the_offer_asks_for_the_same_details_as_the_diary_form() {
        let html = form_html();
        if std::env::var_os("UPDATE_GOLDEN").is_some() {
            let _ = std::fs::write("src/view/diary/offer_form.html", &html);
        }
        assert_eq!(
            FORM_HTML, html,
            "run with UPDATE_GOLDEN=1 to update offer_form.html"
        );
    }
}
