//! "Cramp now": the page, the link to it in the header, and its state.

pub mod link;
pub mod page;
pub mod state;
