//! What the "Your data" page says: what a backup holds, why a file was refused, how a restore
//! went, and the backup's file name. The rules are in `domain::data`.

pub mod text;

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
