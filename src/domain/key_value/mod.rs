//! Saved data: the store (`store.rs`, the `KeyValue` trait that `platform::storage` implements and
//! tests fake, once: `fake.rs`) and the rules every saved log keeps on it (`guard.rs`).

#[cfg(test)]
pub mod fake;
pub mod guard;
pub mod store;

pub use guard::{Recovery, SaveGuard, Stored};
pub use store::KeyValue;
