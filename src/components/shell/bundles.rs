//! The pages each wasm module can draw, one function per [`Bundle`](crate::domain::routes::Bundle).
//!
//! Each `src/bin/<bundle>.rs` mounts [`App`](crate::components::App) with one of these, so the
//! linker keeps only that bundle's pages; the pre-renderer uses the same ones, so the HTML and
//! the hydrating code always agree.

use crate::components::shell::fresh_view::FreshView;
use crate::components::{
    check::page::CheckPage, cramp_now::page::CrampNowPage, data::page::DataPage,
    diary::page::DiaryPage, guide::page::GuidePage, shell::not_found_page::NotFoundPage,
    stretch::page::StretchPage, water::page::WaterPage,
};
use crate::domain::routes::{Page, CHECK, CRAMP_NOW, GUIDE};
use leptos::either::EitherOf4;
use leptos::prelude::*;

// An enum, not `into_any()`: type-erased views keep every render path (about 9 KB of wasm each).
// `FreshView`: a page is replaced, never patched in place.

/// The guide, "Cramp now", the symptom check and the not-found page.
pub fn guide(page: Page) -> impl IntoView {
    match page {
        GUIDE => EitherOf4::A(FreshView(view! { <GuidePage/> })),
        CRAMP_NOW => EitherOf4::B(FreshView(view! { <CrampNowPage/> })),
        CHECK => EitherOf4::C(FreshView(view! { <CheckPage/> })),
        _ => EitherOf4::D(FreshView(view! { <NotFoundPage/> })),
    }
}

/// The stretch coach.
pub fn stretch(_: Page) -> impl IntoView {
    FreshView(view! { <StretchPage/> })
}

/// The water counter.
pub fn water(_: Page) -> impl IntoView {
    FreshView(view! { <WaterPage/> })
}

/// The cramp diary.
pub fn diary(_: Page) -> impl IntoView {
    FreshView(view! { <DiaryPage/> })
}

/// Your data.
pub fn data(_: Page) -> impl IntoView {
    FreshView(view! { <DataPage/> })
}
