//! A moment with the local UTC offset it was seen with, written and read as ISO 8601
//! (`2026-12-02T21:30:00+01:00`): when a backup was made, when a cramp started.

use crate::domain::calendar::LocalDate;

const MINUTE_MS: i64 = 60_000;
const DAY_MS: i64 = 1_440 * MINUTE_MS;
/// The largest offset written with a time (UTC+14:00 is the largest in use; ISO 8601 allows up
/// to 23:59, which is what is read).
pub const MAX_OFFSET_MINUTES: i64 = 14 * 60;

/// An instant (epoch ms) and the local UTC offset then, in minutes east of Greenwich.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stamp {
    pub epoch_ms: i64,
    pub offset_minutes: i64,
}

impl Stamp {
    /// The local date and time then, as epoch ms of the local wall clock.
    fn local_ms(self) -> i64 {
        self.epoch_ms
            .saturating_add(self.offset_minutes.saturating_mul(MINUTE_MS))
    }

    /// The local date.
    pub fn local_date(self) -> LocalDate {
        LocalDate::from_day_number(self.local_ms().div_euclid(DAY_MS))
    }

    /// `2026-12-02T21:30:00+01:00` (`Z` for UTC); whole seconds.
    pub fn to_iso(self) -> String {
        let offset = self.offset_minutes;
        let zone = if offset == 0 {
            "Z".to_owned()
        } else {
            let sign = if offset < 0 { '-' } else { '+' };
            let abs = offset.unsigned_abs();
            format!("{sign}{:02}:{:02}", abs / 60, abs % 60)
        };
        format!("{}{zone}", local_iso(self.local_ms()))
    }

    /// Reads `YYYY-MM-DDTHH:MM:SS`, optionally with a fraction of a second, then `Z` or
    /// `±HH:MM`; anything else is `None`. Never panics.
    pub fn parse(text: &str) -> Option<Self> {
        let b = text.as_bytes();
        let digits = |at: usize, n: usize| -> Option<i64> {
            b.get(at..at + n)?.iter().try_fold(0i64, |v, &c| {
                c.is_ascii_digit().then(|| v * 10 + i64::from(c - b'0'))
            })
        };
        let punct = |at: usize, c: u8| b.get(at) == Some(&c);
        if !(punct(4, b'-')
            && punct(7, b'-')
            && punct(10, b'T')
            && punct(13, b':')
            && punct(16, b':'))
        {
            return None;
        }
        let date = LocalDate::new(
            i32::try_from(digits(0, 4)?).ok()?,
            u8::try_from(digits(5, 2)?).ok()?,
            u8::try_from(digits(8, 2)?).ok()?,
        )?;
        let (hour, minute, second) = (digits(11, 2)?, digits(14, 2)?, digits(17, 2)?);
        if hour > 23 || minute > 59 || second > 59 {
            return None;
        }
        let mut at = 19;
        let mut millis = 0;
        if punct(at, b'.') {
            at += 1;
            let start = at;
            while b.get(at).is_some_and(u8::is_ascii_digit) {
                at += 1;
            }
            let fraction = b.get(start..at)?;
            if fraction.is_empty() {
                return None;
            }
            for (i, &c) in fraction.iter().take(3).enumerate() {
                millis += i64::from(c - b'0') * [100, 10, 1][i];
            }
        }
        let offset_minutes = match b.get(at..)? {
            b"Z" => 0,
            [sign @ (b'+' | b'-'), _, _, b':', _, _] => {
                let (h, m) = (digits(at + 1, 2)?, digits(at + 4, 2)?);
                if h > 23 || m > 59 {
                    return None;
                }
                (h * 60 + m) * if *sign == b'-' { -1 } else { 1 }
            }
            _ => return None,
        };
        let local_ms =
            date.day_number() * DAY_MS + ((hour * 60 + minute) * 60 + second) * 1000 + millis;
        Some(Self {
            epoch_ms: local_ms - offset_minutes * MINUTE_MS,
            offset_minutes,
        })
    }
}

/// A local wall-clock time (epoch ms of the local clock) as `2026-12-02T21:30:00`.
pub fn local_iso(local_ms: i64) -> String {
    let date = LocalDate::from_day_number(local_ms.div_euclid(DAY_MS));
    let secs = local_ms.rem_euclid(DAY_MS) / 1000;
    format!(
        "{date}T{:02}:{:02}:{:02}",
        secs / 3600,
        secs / 60 % 60,
        secs % 60
    )
}
