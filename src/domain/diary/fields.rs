//! A cramp's details from named form values, as a form posts them (`leg=left&where=calf&…`):
//! the same names as the saved format (`format`), so the diary's form and Cramp now's save
//! offer (through `inbox`) read them one way. Unknown names and values are ignored; nothing
//! here panics, whatever the text.

use super::entry::{Bucket, Choice, Cramp, Length, Set};
use super::format::{BUCKETS, LEGS, PLACES, REMEDIES};

/// The value named `name` in a form's pairs: the first one.
pub fn first<'a>(pairs: &'a [(String, String)], name: &str) -> Option<&'a str> {
    pairs
        .iter()
        .find(|(n, _)| n == name)
        .map(|(_, v)| v.as_str())
}

fn lookup<T: Copy>(table: &[(T, &str)], value: &str) -> Option<T> {
    table.iter().find(|(_, n)| *n == value).map(|(v, _)| *v)
}

fn set_of<T: Choice>(pairs: &[(String, String)], name: &str, table: &[(T, &str)]) -> Set<T> {
    let mut set = Set::default();
    for (n, v) in pairs {
        if n == name {
            if let Some(item) = lookup(table, v) {
                set.insert(item);
            }
        }
    }
    set
}

/// A hand-logged length choice by its saved name (`under1`, `1-2`, `2-5`, `5-10`, `over10`).
pub fn bucket(value: &str) -> Option<Bucket> {
    lookup(&BUCKETS, value)
}

/// The length chosen under `length`: a choice, or `None` for none or "keep" (an edit keeps the
/// length it had).
pub fn length(pairs: &[(String, String)]) -> Option<Length> {
    first(pairs, "length").and_then(bucket).map(Length::About)
}

/// Sets the details of `cramp` from the pairs: leg, where, severity (0–10), woke, what helped,
/// note. A detail that is absent is cleared (an unticked box posts nothing).
pub fn apply_details(cramp: &mut Cramp, pairs: &[(String, String)]) {
    cramp.leg = first(pairs, "leg").and_then(|v| lookup(&LEGS, v));
    cramp.places = set_of(pairs, "where", &PLACES);
    cramp.severity = first(pairs, "severity")
        .and_then(|v| v.parse::<u8>().ok())
        .filter(|s| *s <= 10);
    cramp.woke = first(pairs, "woke").is_some_and(|v| !v.is_empty());
    cramp.helped = set_of(pairs, "helped", &REMEDIES);
    cramp.note = first(pairs, "note").unwrap_or_default().to_owned();
}
