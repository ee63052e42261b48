//! The guide: its markdown renderer and sentence splitter (native only, also compiled into
//! `build.rs`) and the rendered guide's types.

pub mod content;
#[cfg(not(target_arch = "wasm32"))]
pub mod markdown;
#[cfg(not(target_arch = "wasm32"))]
pub mod sentences;
