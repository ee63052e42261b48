//! Mounts the "Your data" page onto the pre-rendered page (one wasm module per bundle). What its
//! buttons do (backup, restore, CSV, calendar file, delete) is a module of its own, fetched on the
//! first press.

#![deny(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::unreachable
)]

use cramp_coach::components::bundles;
use cramp_coach::components::data::state::{Action, Actions, DataState};
use cramp_coach::components::support::lazy_part::Calling;
use cramp_coach::domain::routes::Bundle;
use leptos::wasm_split::SplitLoaderError;

fn main() {
    cramp_coach::components::shell::app::start(Bundle::Data, |_| bundles::data_with(ACTIONS));
}

/// The page's way to its buttons' code.
const ACTIONS: Actions = Actions { run, fetch };

fn run(state: DataState, action: Action) -> Calling {
    Box::pin(act(state, action))
}

fn fetch() -> Calling {
    Box::pin(fetch_actions())
}

#[leptos::wasm_split::wasm_split(
    data_actions,
    wasm_split_path = ::leptos::wasm_split,
    fallible,
    preload(fetch_actions)
)]
fn act(state: DataState, action: Action) -> Result<(), SplitLoaderError> {
    state.act(action);
    Ok(())
}
