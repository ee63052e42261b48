//! Mounts the cramp diary onto the pre-rendered page (one wasm module per bundle). The code of
//! the parts below its first screen (the entries, the comparisons, the self-test, the medicines,
//! the report) is a module of its own, fetched when the page is first used.

#![deny(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::unreachable
)]

use cramp_coach::components::bundles;
use cramp_coach::components::diary::state::{Change, DiaryState, Later};
use cramp_coach::components::support::lazy_part::{now_or_never, Calling};
use cramp_coach::domain::routes::Bundle;
use cramp_coach::view::diary::screen::{Ask, Screen};
use leptos::wasm_split::SplitLoaderError;

fn main() {
    cramp_coach::components::shell::app::start(Bundle::Diary, |_| bundles::diary_with(LATER));
}

/// The page's way to its later parts' code.
const LATER: Later = Later {
    answer,
    act: run,
    fetch,
};

fn answer(screen: &Screen<'_>, ask: Ask) -> Option<String> {
    now_or_never(later(screen, ask))?.ok()
}

fn run(state: DiaryState, change: Change) -> Calling {
    Box::pin(act(state, change))
}

fn fetch() -> Calling {
    Box::pin(fetch_later())
}

#[leptos::wasm_split::wasm_split(
    diary_later,
    wasm_split_path = ::leptos::wasm_split,
    fallible,
    preload(fetch_later)
)]
fn later(screen: &Screen<'_>, ask: Ask) -> Result<String, SplitLoaderError> {
    Ok(screen.answer(ask))
}

#[leptos::wasm_split::wasm_split(
    diary_later,
    wasm_split_path = ::leptos::wasm_split,
    fallible
)]
fn act(state: DiaryState, change: Change) -> Result<(), SplitLoaderError> {
    state.change(change);
    Ok(())
}
