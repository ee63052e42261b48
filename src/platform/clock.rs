//! The only module that reads time. Tests drive it with Playwright's fake clock, so nothing
//! may count ticks: every reading comes from `performance.now()` or `Date.now()`.

use crate::domain::calendar::LocalDate;
use crate::domain::data::Stamp;
use crate::domain::diary::LocalTime;

/// A moment on the wall clock: milliseconds since the Unix epoch plus the local date then.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct WallTime {
    pub epoch_ms: f64,
    pub local_date: LocalDate,
    /// Local time of day in minutes since midnight (0..1440).
    pub local_minutes: u16,
}

#[cfg(target_arch = "wasm32")]
mod imp {
    use super::WallTime;
    use crate::domain::calendar::LocalDate;

    pub fn monotonic_ms() -> f64 {
        web_sys::window()
            .and_then(|w| w.performance())
            .map(|p| p.now())
            .unwrap_or_else(js_sys::Date::now)
    }

    pub fn wall_at(epoch_ms: f64) -> WallTime {
        let d = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(epoch_ms));
        let local_date = LocalDate::new(
            d.get_full_year() as i32,
            d.get_month() as u8 + 1,
            d.get_date() as u8,
        )
        .unwrap_or_else(|| LocalDate::from_day_number((epoch_ms / 86_400_000.0).floor() as i64));
        let local_minutes = (d.get_hours() * 60 + d.get_minutes()) as u16;
        WallTime {
            epoch_ms,
            local_date,
            local_minutes,
        }
    }

    pub fn now() -> WallTime {
        wall_at(js_sys::Date::now())
    }

    pub fn local_moment_ms(date: LocalDate, minute: u16) -> f64 {
        // a time skipped by a daylight-saving change moves forward, as the browser does
        js_sys::Date::new_with_year_month_day_hr_min(
            date.year as u32,
            i32::from(date.month) - 1,
            i32::from(date.day),
            i32::from(minute / 60),
            i32::from(minute % 60),
        )
        .get_time()
    }

    pub fn next_local_midnight_ms(after_epoch_ms: f64) -> f64 {
        let d = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(after_epoch_ms));
        // setHours(24, 0, 0, 0) moves to the next local midnight, whatever the day's length
        d.set_hours(24);
        d.set_minutes(0);
        d.set_seconds(0);
        d.set_milliseconds(0);
        d.get_time()
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod imp {
    use super::WallTime;
    use crate::domain::calendar::LocalDate;
    use std::time::{SystemTime, UNIX_EPOCH};

    pub fn monotonic_ms() -> f64 {
        0.0
    }

    /// Native builds (pre-rendering, tests) use UTC.
    pub fn wall_at(epoch_ms: f64) -> WallTime {
        let day = (epoch_ms / 86_400_000.0).floor();
        let minutes = ((epoch_ms - day * 86_400_000.0) / 60_000.0) as u16;
        WallTime {
            epoch_ms,
            local_date: LocalDate::from_day_number(day as i64),
            local_minutes: minutes,
        }
    }

    pub fn now() -> WallTime {
        let ms = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map(|d| d.as_millis() as f64)
            .unwrap_or(0.0);
        wall_at(ms)
    }

    pub fn local_moment_ms(date: LocalDate, minute: u16) -> f64 {
        (date.day_number() * 86_400_000 + i64::from(minute) * 60_000) as f64
    }

    pub fn next_local_midnight_ms(after_epoch_ms: f64) -> f64 {
        ((after_epoch_ms / 86_400_000.0).floor() + 1.0) * 86_400_000.0
    }
}

/// The wall clock now with the local UTC offset, as a backup or calendar file records it.
pub fn stamp_now() -> Stamp {
    let wall = now();
    let epoch_ms = wall.epoch_ms as i64;
    let offset_minutes = LocalTime::new(wall.local_date, wall.local_minutes)
        .map_or(0, |t| t.utc_offset_minutes(epoch_ms));
    Stamp {
        epoch_ms,
        offset_minutes,
    }
}

/// Milliseconds from a monotonic clock (`performance.now()`): for timers; never jumps with clock changes.
pub fn monotonic_ms() -> f64 {
    imp::monotonic_ms()
}

/// The wall clock now (`Date.now()`) with the local date: for day-based logs.
pub fn now() -> WallTime {
    imp::now()
}

/// The local date and time of day at a wall-clock moment.
pub fn wall_at(epoch_ms: f64) -> WallTime {
    imp::wall_at(epoch_ms)
}

/// The wall-clock moment of a local date and time (DST-aware in the browser).
pub fn local_moment_ms(date: LocalDate, minute: u16) -> f64 {
    imp::local_moment_ms(date, minute)
}

/// The wall-clock moment of the next local midnight after `after_epoch_ms` (DST-aware in the browser).
pub fn next_local_midnight_ms(after_epoch_ms: f64) -> f64 {
    imp::next_local_midnight_ms(after_epoch_ms)
}
