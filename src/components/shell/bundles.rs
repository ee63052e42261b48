//! The pages of each wasm module (`domain::routes::Bundle`): `<bundle>` draws any of its pages,
//! as the pre-renderer puts them in `<main>`; for the browser, `<bundle>_live` says which pages
//! have a part to hydrate and `<bundle>_part` draws it, the same markup as the pre-renderer's.
//! A static page (the guide, the not-found page) has no part, so its code stays out of the wasm.

use crate::components::data::state::Actions;
use crate::components::diary::state::Later;
use crate::components::{
    check::page::CheckPage, cramp_now::page::CrampNowPage, data::page::DataPage,
    diary::page::DiaryPage, guide::page::GuidePage, shell::not_found_page::NotFoundPage,
    stretch::page::StretchPage, water::page::WaterPage,
};
use crate::domain::routes::{Bundle, Page, CHECK, CRAMP_NOW, GUIDE};
use leptos::either::{Either, EitherOf3};
use leptos::prelude::*;

// An enum, not `into_any()`: type-erased views keep every render path (about 9 KB of wasm each).

/// The guide, "Cramp now", the symptom check and the not-found page.
pub fn guide(page: Page) -> impl IntoView {
    match page {
        GUIDE => EitherOf3::A(view! { <GuidePage/> }),
        CRAMP_NOW | CHECK => EitherOf3::B(guide_part(page)),
        _ => EitherOf3::C(view! { <NotFoundPage/> }),
    }
}

/// The guide's bundle pages that do something: "Cramp now" and the symptom check.
pub fn guide_live(page: Page) -> bool {
    page == CRAMP_NOW || page == CHECK
}

/// "Cramp now" or the symptom check (see [`guide_live`]).
pub fn guide_part(page: Page) -> impl IntoView {
    if page == CRAMP_NOW {
        Either::Left(view! { <CrampNowPage/> })
    } else {
        Either::Right(view! { <CheckPage/> })
    }
}

/// Whether a page has a part that its bundle hydrates; a page without one loads no wasm.
pub fn is_live(page: Page) -> bool {
    match page.bundle {
        Bundle::Guide => guide_live(page),
        _ => all_live(page),
    }
}

/// Every page of the other bundles does something.
pub fn all_live(_: Page) -> bool {
    true
}

/// The stretch coach.
pub fn stretch(_: Page) -> impl IntoView {
    view! { <StretchPage/> }
}

/// The water counter.
pub fn water(_: Page) -> impl IntoView {
    view! { <WaterPage/> }
}

/// The cramp diary.
pub fn diary(_: Page) -> impl IntoView {
    view! { <DiaryPage/> }
}

/// The cramp diary in the browser, the code of its later parts fetched when the page is first
/// used (`src/bin/diary.rs`).
pub fn diary_with(later: Later) -> impl IntoView {
    view! { <DiaryPage later/> }
}

/// Your data.
pub fn data(_: Page) -> impl IntoView {
    view! { <DataPage/> }
}

/// Your data in the browser, its buttons' code fetched on the first press (`src/bin/data.rs`).
pub fn data_with(actions: Actions) -> impl IntoView {
    view! { <DataPage actions/> }
}
