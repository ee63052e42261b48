//! Cramps saved on "Cramp now", waiting for the diary to take them in.
//!
//! "Cramp now" lives in the guide's bundle, which does not carry the diary's code (its first
//! load must stay small), so it appends one line per cramp to `INBOX_KEY`: the form's pairs,
//! URL-encoded, with the cramp's id, start and length added:
//! `id=19a6…-3f2a9b1c&start=1764642600000&date=2026-12-02&minute=150&seconds=185&leg=left&where=calf`.
//! The diary page adds every line it can read (once: entries are kept by id, and a deleted
//! one stays deleted), then removes the lines it has. Lines it cannot read are dropped.

use super::entry::{Body, Cramp, Entry, Id, Length, LocalTime};
use super::fields::{apply_details, first};
use super::log::Diary;
use crate::domain::codec::date;

/// The `localStorage` key of the inbox.
pub const INBOX_KEY: &str = "cramp-coach.diary.inbox";

/// The longest inbox kept, in bytes (hundreds of cramps): a longer one is read no further.
pub const MAX_INBOX_BYTES: usize = 100_000;

fn hex(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

/// `application/x-www-form-urlencoded` text decoded: `+` is a space, `%XX` a byte; invalid
/// escapes are kept as they are and invalid UTF-8 is replaced.
pub fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' => match (
                bytes.get(i + 1).and_then(|b| hex(*b)),
                bytes.get(i + 2).and_then(|b| hex(*b)),
            ) {
                (Some(h), Some(l)) => {
                    out.push(h * 16 + l);
                    i += 2;
                }
                _ => out.push(b'%'),
            },
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The pairs of one URL-encoded line.
pub fn pairs(line: &str) -> Vec<(String, String)> {
    line.split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (n, v) = p.split_once('=').unwrap_or((p, ""));
            (percent_decode(n), percent_decode(v))
        })
        .collect()
}

/// One inbox line as a diary entry, or `None` if it lacks an id, start, local time or length.
pub fn entry(line: &str) -> Option<Entry> {
    let pairs = pairs(line);
    let number = |name: &str| first(&pairs, name).and_then(|v| v.parse::<i64>().ok());
    let id = Id::parse(first(&pairs, "id")?)?;
    let start_ms = number("start")?;
    let local = LocalTime::new(
        date::parse(first(&pairs, "date")?)?,
        u16::try_from(number("minute")?).ok()?,
    )?;
    let seconds = u32::try_from(number("seconds")?).ok()?;
    let mut cramp = Cramp::new(start_ms, local, Length::exact(seconds));
    apply_details(&mut cramp, &pairs);
    Some(
        Entry {
            id,
            modified_ms: start_ms,
            body: Body::Cramp(cramp),
        }
        .tidy(),
    )
}

/// The entries of an inbox, in order (unreadable lines left out).
pub fn entries(text: &str) -> Vec<Entry> {
    let mut end = text.len().min(MAX_INBOX_BYTES);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    text[..end].lines().filter_map(entry).collect()
}

/// Adds the inbox's cramps the diary does not have yet (a deleted one stays deleted). Returns
/// whether the diary changed.
pub fn take_in(diary: &mut Diary, text: &str) -> bool {
    let mut changed = false;
    for e in entries(text) {
        if diary.get(&e.id).is_none() {
            changed |= diary.save(e.id, e.body, e.modified_ms);
        }
    }
    changed
}

/// The inbox without the lines the diary now has (and without unreadable ones): what to save
/// back, `None` to remove the key.
pub fn remaining(diary: &Diary, text: &str) -> Option<String> {
    let left: Vec<&str> = text
        .lines()
        .filter(|line| entry(line).is_some_and(|e| diary.get(&e.id).is_none()))
        .collect();
    (!left.is_empty()).then(|| left.join("\n"))
}
