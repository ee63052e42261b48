//! Saved data: the store (`store.rs`, the `KeyValue` trait that `platform::storage` implements and
//! tests fake) and the rules every saved log keeps on it (`guard.rs`).

pub mod guard;
pub mod store;

pub use guard::{Recovery, SaveGuard, Stored};
pub use store::KeyValue;
