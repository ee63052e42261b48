//! Saved data as a key-value store, so the rules for reading and writing it can be tested
//! without a browser: `platform::storage` implements this trait over `localStorage`.

/// A place that keeps text under string keys and may refuse to.
pub trait KeyValue {
    /// Why a read or write failed.
    type Error: Clone;
    /// The text under `key`; `Ok(None)` when nothing is saved there.
    fn read(&self, key: &str) -> Result<Option<String>, Self::Error>;
    /// Saves `value` under `key`.
    fn write(&self, key: &str, value: &str) -> Result<(), Self::Error>;
}
