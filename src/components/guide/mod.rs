//! The guide's page and its sections' "Share" buttons.

pub mod page;
pub mod section_share;
