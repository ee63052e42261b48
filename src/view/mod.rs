//! What a screen shows, computed from domain state: text, HTML pieces, class names, element ids
//! and chart geometry. Plain Rust with no UI framework, tested natively.

pub mod check;
pub mod diary;
pub mod water;
