//! The UI shell: one component per file, grouped by tool. Components wire signals to `domain` and
//! `view`, and call `platform`.

pub mod check;
pub mod cramp_now;
pub mod data;
pub mod diary;
pub mod guide;
pub mod listen;
pub mod shell;
pub mod stretch;
pub mod support;
pub mod water;

pub use shell::{app::App, bundles};
