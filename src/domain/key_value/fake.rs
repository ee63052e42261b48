//! A `KeyValue` for tests: a map that refuses as `localStorage` can (reads blocked, writes full,
//! one key full, full after some writes), and counts the writes it took.

use super::KeyValue;
use std::cell::{Cell, RefCell};
use std::collections::BTreeMap;

#[derive(Default)]
pub struct FakeStore {
    pub data: RefCell<BTreeMap<String, String>>,
    /// Every read fails ("blocked").
    pub fail_reads: Cell<bool>,
    /// Every write fails ("full").
    pub fail_writes: Cell<bool>,
    /// Writes to this key fail ("full").
    pub refuse_key: Cell<Option<&'static str>>,
    /// Writes still allowed (`None`: no limit).
    pub writes_left: Cell<Option<usize>>,
    /// Writes made.
    pub writes: Cell<u32>,
}

impl FakeStore {
    /// A store holding `value` under `key`.
    pub fn with(key: &str, value: &str) -> Self {
        let store = Self::default();
        store.put(key, value);
        store
    }

    /// What is under `key`, read past any failure.
    pub fn get(&self, key: &str) -> Option<String> {
        self.data.borrow().get(key).cloned()
    }

    /// Puts `value` under `key` past any failure (as another tab or an older version would).
    pub fn put(&self, key: &str, value: &str) {
        self.data.borrow_mut().insert(key.into(), value.into());
    }
}

impl KeyValue for FakeStore {
    type Error = &'static str;
    fn read(&self, key: &str) -> Result<Option<String>, Self::Error> {
        if self.fail_reads.get() {
            return Err("blocked");
        }
        Ok(self.get(key))
    }
    fn write(&self, key: &str, value: &str) -> Result<(), Self::Error> {
        if self.fail_writes.get() || self.refuse_key.get() == Some(key) {
            return Err("full");
        }
        if let Some(n) = self.writes_left.get() {
            if n == 0 {
                return Err("full");
            }
            self.writes_left.set(Some(n - 1));
        }
        self.writes.set(self.writes.get() + 1);
        self.put(key, value);
        Ok(())
    }
}
