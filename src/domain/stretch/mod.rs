//! The stretch coach's core: the routine as a plan of timed phases, the session state as a pure
//! function of elapsed active time, the pause/resume timer, the cues that fall due, and the saved
//! settings and history
//! (`saved`, through a `KeyValue` store).
//!
//! Times are whole milliseconds of *active* time (paused time does not count) as `u64`; progress is
//! in permille. The shell never formats or parses floats (they cost kilobytes of wasm).
//!
//! Source of the routine: the guide's wall calf stretch, held 20–30 seconds on each side.

pub mod cues;
pub mod history;
pub mod plan;
pub mod saved;
pub mod session;
pub mod settings;
pub mod timer;

pub use cues::{Announcement, Tone};
pub use history::History;
pub use plan::{Leg, Phase, Plan, SessionState};
pub use session::{Session, Status};
pub use settings::Settings;
pub use timer::Timer;

/// Saved data after reading it back: the value, and whether what was stored could not be used as
/// it was (unreadable, from an unknown version, or out of range), so the page can say so.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Loaded<T> {
    pub value: T,
    pub recovered: bool,
}
