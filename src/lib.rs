//! Cramp Coach: a night-time leg cramp guide, stretch coach, water counter and symptom check.
//!
//! `domain` is the functional core (no browser, no UI framework, no markup); `view` is what a
//! screen shows, computed from it; `platform` owns the browser APIs, one module per concern;
//! `components` wires signals to the core, one component per file.

// Never panic in the browser: a panic aborts the whole app (tests may unwrap).
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::unreachable
    )
)]
// The standard library's sorts are denied outside tests (`clippy.toml`): the app sorts through
// `domain::order`, so the wasm holds one sort.
#![cfg_attr(test, allow(clippy::disallowed_methods))]

pub mod components;
pub mod domain;
pub mod platform;
pub mod view;

/// The wasm's allocator: Talc, smaller than the default dlmalloc (ARCHITECTURE.md, Decisions).
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
