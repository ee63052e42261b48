//! Restoring a backup: what it holds beside what is here, the two ways to restore (merge,
//! replace), and writing the result all or nothing, with "Undo restore".
//!
//! **Merge** adds what is missing and changes nothing twice:
//! - the diary, entry by entry (`Diary::merge`): an entry on one side only is added; on both
//!   sides the later change wins, and a deletion (kept as a tombstone) stays deleted; the
//!   planned self-test here is kept, the backup's taken only if there is none;
//! - the water log, day by day (`water::log::Log::merge`): a day on one side only is added; a
//!   day on both sides gets the cups of both, each cup (its time) once, and the larger correction;
//! - the stretch history, day by day (`History::merge`): the larger count of routines;
//! - settings (water, stretch) and the theme are this device's, or the backup's when this device
//!   has none saved.
//!
//! **Replace** takes the backup as it is; a part it does not hold starts fresh.
//!
//! Either way the writes are worked out in full first. `apply` then saves what this device held
//! under `UNDO_KEY` (one JSON: every key's text, or `null` for a key that held nothing) before it
//! writes anything; if that fails nothing is changed. If a write fails half way, the keys already
//! written are put back. `undo` puts the kept values back the same way. A key that held nothing
//! gets its tool's fresh saved form, which every tool reads as a fresh start.

use super::backup::Backup;
use super::contents::{Part, PartError, Saved};
use crate::domain::calendar::LocalDate;
use crate::domain::codec::json::{self, Json};
use crate::domain::diary::entry::Body;
use crate::domain::key_value::KeyValue;

/// Where the data a restore replaced is kept for "Undo restore" (empty: nothing to undo).
pub const UNDO_KEY: &str = "cramp-coach.undo-restore";
/// The version of the undo record written now.
pub const UNDO_VERSION: i64 = 1;

/// What this device holds, read from storage before a restore.
#[derive(Debug, Clone, PartialEq)]
pub struct Here {
    /// The text under each key, in `Part::ALL` order (`None`: nothing saved).
    pub raw: Vec<(Part, Option<String>)>,
    /// What could be read; a part that could not be read is as a fresh start here.
    pub saved: Saved,
    /// Parts whose saved text could not be read (a restore replaces them; undo brings the text back).
    pub unreadable: Vec<Part>,
    /// Parts saved by a newer version of the app: a restore would overwrite them, so it is refused.
    pub newer: Vec<Part>,
}

impl Here {
    /// Reads every part from `store`.
    pub fn read<S: KeyValue>(store: &S) -> Result<Self, S::Error> {
        let mut here = Here {
            raw: Vec::new(),
            saved: Saved::default(),
            unreadable: Vec::new(),
            newer: Vec::new(),
        };
        for part in Part::ALL {
            let text = store.read(part.key())?.filter(|t| !t.trim().is_empty());
            if let Some(text) = &text {
                match here.saved.decode_part(part, text) {
                    Ok(()) => {}
                    Err(PartError::Unreadable) => here.unreadable.push(part),
                    Err(PartError::Newer(_)) => here.newer.push(part),
                }
            }
            here.raw.push((part, text));
        }
        Ok(here)
    }

    /// Whether this device has `part` saved and readable.
    pub fn has(&self, part: Part) -> bool {
        self.raw.iter().any(|(p, t)| *p == part && t.is_some()) && !self.unreadable.contains(&part)
    }
}

/// What a backup holds, beside what is here: numbers only, the words are in `view::data`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary {
    pub cramps: u32,
    /// The nights of its first and last cramp.
    pub first_night: Option<LocalDate>,
    pub last_night: Option<LocalDate>,
    /// Its cramps whose entry is already here (as it is, changed or deleted).
    pub cramps_here: u32,
    pub quiet_nights: u32,
    pub medicines: u32,
    /// Days with at least one cup of water.
    pub water_days: u32,
    /// Days with at least one stretch routine.
    pub stretch_days: u32,
}

/// What `backup` holds beside `here`.
pub fn summary(here: &Saved, backup: &Backup) -> Summary {
    let diary = &backup.saved.diary;
    let cramps = diary.cramps();
    let nights = cramps.iter().map(|(_, c)| c.night());
    let mut quiet = 0;
    let mut medicines = 0;
    for e in diary.entries() {
        match e.body {
            Body::Quiet { .. } => quiet += 1,
            Body::Medicine(_) => medicines += 1,
            Body::Cramp(_) | Body::Deleted => {}
        }
    }
    Summary {
        cramps: cramps.len() as u32,
        first_night: nights.clone().min(),
        last_night: nights.max(),
        cramps_here: cramps
            .iter()
            .filter(|(id, _)| here.diary.get(id).is_some())
            .count() as u32,
        quiet_nights: quiet,
        medicines,
        water_days: backup
            .saved
            .water
            .days()
            .iter()
            .filter(|d| d.count() > 0)
            .count() as u32,
        stretch_days: backup.saved.stretch_history.days().len() as u32,
    }
}

/// Everything here with what is missing added from `backup` (see the module's rules).
pub fn merge(here: &Here, backup: &Backup) -> Saved {
    let mut saved = here.saved.clone();
    let theirs = &backup.saved;
    saved.diary.merge(&theirs.diary);
    saved.water.merge(&theirs.water);
    if !here.has(Part::Water) {
        saved.water.settings = theirs.water.settings.clone();
    }
    saved.stretch_history.merge(&theirs.stretch_history);
    if !here.has(Part::StretchSettings) {
        saved.stretch_settings = theirs.stretch_settings;
    }
    if !here.has(Part::Theme) {
        saved.theme = theirs.theme;
    }
    saved
}

/// The backup as it is.
pub fn replace(backup: &Backup) -> Saved {
    backup.saved.clone()
}

/// Every key to write to hold `saved`, in `Part::ALL` order.
pub fn writes(saved: &Saved) -> Vec<(&'static str, String)> {
    Part::ALL
        .into_iter()
        .map(|part| (part.key(), saved.encode(part)))
        .collect()
}

/// Why a restore (or its undo) did not happen, or not wholly.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RestoreError<E> {
    /// Some data here was saved by a newer version of the app: nothing was changed.
    NewerHere(Part),
    /// There was no room to keep the data here for "Undo restore": nothing was changed.
    NoUndo(E),
    /// A write failed; what was written was put back, so nothing changed.
    Failed(E),
    /// A write failed, and putting back what was written failed too: some data is restored and
    /// some is not. "Undo restore" can still bring back what was here.
    Partial(E),
}

/// Writes `saved` in place of what is `here`, all or nothing, keeping what was here for `undo`.
pub fn apply<S: KeyValue>(
    store: &S,
    here: &Here,
    saved: &Saved,
) -> Result<(), RestoreError<S::Error>> {
    if let Some(part) = here.newer.first() {
        return Err(RestoreError::NewerHere(*part));
    }
    store
        .write(UNDO_KEY, &undo_record(&here.raw))
        .map_err(RestoreError::NoUndo)?;
    write_all(store, &writes(saved), &here.raw)
}

/// Whether a restore can be undone (its record is kept and readable).
pub fn can_undo<S: KeyValue>(store: &S) -> bool {
    matches!(store.read(UNDO_KEY), Ok(Some(text)) if read_undo_record(&text).is_some())
}

/// Puts back what a restore replaced, all or nothing; `Ok(false)` when there is nothing to undo.
/// Afterwards there is nothing to undo.
pub fn undo<S: KeyValue>(store: &S) -> Result<bool, RestoreError<S::Error>> {
    let text = store.read(UNDO_KEY).map_err(RestoreError::Failed)?;
    let Some(kept) = text.as_deref().and_then(read_undo_record) else {
        return Ok(false);
    };
    let now = Here::read(store).map_err(RestoreError::Failed)?;
    let back: Vec<(&'static str, String)> = kept
        .iter()
        .map(|(part, text)| (part.key(), text.clone().unwrap_or_else(|| fresh(*part))))
        .collect();
    write_all(store, &back, &now.raw)?;
    // a failure here leaves the record, and undoing again writes the same values
    let _ = store.write(UNDO_KEY, "");
    Ok(true)
}

/// A fresh start of `part`'s tool, as it saves it.
fn fresh(part: Part) -> String {
    Saved::default().encode(part)
}

/// Writes `writes` in order; if one fails, puts back `before` for every key written before it.
fn write_all<S: KeyValue>(
    store: &S,
    writes: &[(&'static str, String)],
    before: &[(Part, Option<String>)],
) -> Result<(), RestoreError<S::Error>> {
    for (i, (key, value)) in writes.iter().enumerate() {
        let Err(e) = store.write(key, value) else {
            continue;
        };
        let mut put_back = true;
        // the key whose write failed was left as it was
        for (key, _) in writes[..i].iter().rev() {
            let previous = before
                .iter()
                .find(|(p, _)| p.key() == *key)
                .map(|(p, t)| t.clone().unwrap_or_else(|| fresh(*p)));
            if let Some(previous) = previous {
                put_back &= store.write(key, &previous).is_ok();
            }
        }
        return Err(if put_back {
            RestoreError::Failed(e)
        } else {
            RestoreError::Partial(e)
        });
    }
    Ok(())
}

/// `{"app":"cramp-coach","undo":1,"values":{"cramp-coach.diary":"…","cramp-coach.theme":null,…}}`
fn undo_record(raw: &[(Part, Option<String>)]) -> String {
    let values: Vec<String> = raw
        .iter()
        .map(|(part, text)| {
            format!(
                "{}:{}",
                json::quote(part.key()),
                text.as_deref().map_or("null".into(), json::quote)
            )
        })
        .collect();
    format!(
        r#"{{"app":"cramp-coach","undo":{UNDO_VERSION},"values":{{{}}}}}"#,
        values.join(",")
    )
}

/// The kept text of every part, or `None` for a record that is empty or not one this writes.
fn read_undo_record(text: &str) -> Option<Vec<(Part, Option<String>)>> {
    let root = json::parse(text)?;
    if root.get("undo") != Some(&Json::Int(UNDO_VERSION)) {
        return None;
    }
    let values = root.get("values")?;
    Part::ALL
        .into_iter()
        .map(|part| match values.get(part.key())? {
            Json::Str(text) => Some((part, Some(text.clone()))),
            Json::Null => Some((part, None)),
            _ => None,
        })
        .collect()
}
