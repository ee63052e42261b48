//! "Cramp now": the page, the link to it in the header, the offer to save a cramp to the diary,
//! and its state.

pub mod link;
pub mod page;
pub mod save_offer;
pub mod state;
