//! What the diary holds: cramps, "no cramps" marks for quiet nights, and medicines, each with a
//! stable id and the time it was last changed (a backup is merged entry by entry: the later
//! change wins, see `Diary::merge`).

use crate::domain::calendar::LocalDate;

/// The longest free note kept, in characters.
pub const MAX_NOTE_CHARS: usize = 500;
/// The longest medicine name kept, in characters.
pub const MAX_NAME_CHARS: usize = 80;
/// The longest id accepted from saved data.
pub const MAX_ID_CHARS: usize = 40;
/// The longest exact length kept (a day); anything longer is a clock error.
pub const MAX_SECONDS: u32 = 86_400;

/// A stable id, unique across devices: the creation time and a random number from the shell,
/// in hexadecimal ("19a6c0f7e00-3f2a9b1c"). Saved ids are kept as they were read.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Id(String);

impl Id {
    /// The id of an entry created at `created_ms` with the shell's random `salt`.
    pub fn new(created_ms: i64, salt: u32) -> Self {
        Self(format!("{:x}-{salt:08x}", created_ms.max(0)))
    }

    /// An id read from saved data: 1 to 40 characters of `0-9 a-z A-Z - _`.
    pub fn parse(text: &str) -> Option<Self> {
        let ok = (1..=MAX_ID_CHARS).contains(&text.len())
            && text
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
        ok.then(|| Self(text.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A local date and time of day, as the device's clock showed it at the moment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct LocalTime {
    pub date: LocalDate,
    /// Minutes since local midnight (0..1440).
    pub minute: u16,
}

impl LocalTime {
    /// A time, or `None` for a minute outside the day.
    pub fn new(date: LocalDate, minute: u16) -> Option<Self> {
        (minute < 1440).then_some(Self { date, minute })
    }

    /// The local UTC offset in minutes at `epoch_ms` when this was the local time then
    /// (east of Greenwich positive: +60 for summer time in London).
    pub fn utc_offset_minutes(self, epoch_ms: i64) -> i64 {
        let local_minutes = self.date.day_number() * 1440 + i64::from(self.minute);
        local_minutes - epoch_ms.div_euclid(60_000)
    }
}

/// A hand-logged length, as the choices on the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Bucket {
    UnderOne,
    OneToTwo,
    TwoToFive,
    FiveToTen,
    OverTen,
}

impl Bucket {
    pub const ALL: [Bucket; 5] = [
        Bucket::UnderOne,
        Bucket::OneToTwo,
        Bucket::TwoToFive,
        Bucket::FiveToTen,
        Bucket::OverTen,
    ];

    /// The shortest length in the choice, in seconds.
    pub fn lower_seconds(self) -> u32 {
        match self {
            Bucket::UnderOne => 0,
            Bucket::OneToTwo => 60,
            Bucket::TwoToFive => 120,
            Bucket::FiveToTen => 300,
            Bucket::OverTen => 600,
        }
    }

    /// The choice an exact length falls in (a boundary belongs to the longer choice:
    /// exactly 2 minutes is "2–5 minutes").
    pub fn of_seconds(seconds: u32) -> Self {
        match seconds {
            0..60 => Bucket::UnderOne,
            60..120 => Bucket::OneToTwo,
            120..300 => Bucket::TwoToFive,
            300..600 => Bucket::FiveToTen,
            _ => Bucket::OverTen,
        }
    }
}

/// How long a cramp lasted: timed on "Cramp now", or a choice when logged by hand.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Length {
    Exact { seconds: u32 },
    About(Bucket),
}

impl Length {
    /// An exact length, limited to a day.
    pub fn exact(seconds: u32) -> Self {
        Length::Exact {
            seconds: seconds.min(MAX_SECONDS),
        }
    }

    /// A cramp timed on "Cramp now": whole seconds from `start_ms` to `end_ms` (0 for a clock
    /// that went back, or a time that is not a number).
    pub fn timed(start_ms: f64, end_ms: f64) -> Self {
        let seconds = ((end_ms - start_ms) / 1000.0).floor();
        let seconds = if seconds > 0.0 {
            seconds.min(f64::from(MAX_SECONDS)) as u32
        } else {
            0
        };
        Length::exact(seconds)
    }

    /// The order lengths are compared in: seconds for an exact length, a choice's shortest
    /// length for a choice (one second more, so "over 10 minutes" sorts after exactly 10).
    pub fn sort_key(self) -> (u32, u8) {
        match self {
            Length::Exact { seconds } => (seconds, 0),
            Length::About(bucket) => (bucket.lower_seconds(), 1),
        }
    }

    /// The hand-logged choice this length falls in.
    pub fn bucket(self) -> Bucket {
        match self {
            Length::Exact { seconds } => Bucket::of_seconds(seconds),
            Length::About(bucket) => bucket,
        }
    }
}

/// Which leg.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Leg {
    Left,
    Right,
    Both,
}

impl Leg {
    pub const ALL: [Leg; 3] = [Leg::Left, Leg::Right, Leg::Both];
}

/// Where in the leg.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Place {
    Calf,
    Foot,
    Thigh,
    BackOfThigh,
}

impl Place {
    pub const ALL: [Place; 4] = [Place::Calf, Place::Foot, Place::Thigh, Place::BackOfThigh];
}

/// What helped it ease.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Remedy {
    Stretch,
    Walk,
    Massage,
    Heat,
    Cold,
}

impl Remedy {
    pub const ALL: [Remedy; 5] = [
        Remedy::Stretch,
        Remedy::Walk,
        Remedy::Massage,
        Remedy::Heat,
        Remedy::Cold,
    ];
}

/// A set of choices (places, remedies), in the order of their `ALL` list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Set<T> {
    bits: u8,
    _kind: std::marker::PhantomData<T>,
}

/// A kind of choice with a fixed list.
pub trait Choice: Copy + PartialEq + 'static {
    const LIST: &'static [Self];
}

impl Choice for Place {
    const LIST: &'static [Self] = &Place::ALL;
}

impl Choice for Remedy {
    const LIST: &'static [Self] = &Remedy::ALL;
}

impl<T: Choice> Set<T> {
    fn bit(item: T) -> u8 {
        let i = T::LIST.iter().position(|x| *x == item).unwrap_or(0);
        1 << i
    }

    /// A set of the items given.
    pub fn of(items: &[T]) -> Self {
        let mut set = Self::default();
        for item in items {
            set.insert(*item);
        }
        set
    }

    pub fn insert(&mut self, item: T) {
        self.bits |= Self::bit(item);
    }

    pub fn remove(&mut self, item: T) {
        self.bits &= !Self::bit(item);
    }

    pub fn contains(self, item: T) -> bool {
        self.bits & Self::bit(item) != 0
    }

    pub fn is_empty(self) -> bool {
        self.bits == 0
    }

    /// The items in the set, in list order.
    pub fn items(self) -> impl Iterator<Item = T> {
        T::LIST.iter().copied().filter(move |x| self.contains(*x))
    }
}

impl<T> Default for Set<T>
where
    T: Choice,
{
    fn default() -> Self {
        Self {
            bits: 0,
            _kind: std::marker::PhantomData,
        }
    }
}

/// One cramp. Only the start and the length are needed; the rest can be added later.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cramp {
    /// Wall-clock start (epoch ms).
    pub start_ms: i64,
    /// The local date and time at the start, as the device showed it: the night it belongs to
    /// (see `night::night_of`), and with `start_ms` the UTC offset then.
    pub local: LocalTime,
    pub length: Length,
    pub leg: Option<Leg>,
    pub places: Set<Place>,
    /// How bad, 0 (barely) to 10 (the worst imaginable).
    pub severity: Option<u8>,
    pub woke: bool,
    pub helped: Set<Remedy>,
    pub note: String,
}

impl Cramp {
    /// A cramp with only its start and length.
    pub fn new(start_ms: i64, local: LocalTime, length: Length) -> Self {
        Self {
            start_ms,
            local,
            length,
            leg: None,
            places: Set::default(),
            severity: None,
            woke: false,
            helped: Set::default(),
            note: String::new(),
        }
    }

    /// The night it belongs to.
    pub fn night(&self) -> LocalDate {
        super::night::night_of(self.local)
    }
}

/// A medicine the person takes and the date they started it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Medicine {
    pub name: String,
    pub started: LocalDate,
}

impl Medicine {
    /// A medicine with its name trimmed; `None` for an empty name.
    pub fn new(name: &str, started: LocalDate) -> Option<Self> {
        let mut name = name.to_owned();
        limit(&mut name, MAX_NAME_CHARS);
        (!name.is_empty()).then_some(Self { name, started })
    }
}

/// What an entry says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Body {
    Cramp(Cramp),
    /// "No cramps" on this night.
    Quiet {
        night: LocalDate,
    },
    Medicine(Medicine),
    /// A deleted entry, kept as its id and time of deletion so that merging an older backup
    /// cannot bring it back.
    Deleted,
}

/// An entry: its id, when it was last changed (epoch ms), and what it says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub id: Id,
    pub modified_ms: i64,
    pub body: Body,
}

impl Entry {
    /// The entry tidied: severity at most 10, note and name trimmed to their limits, lengths
    /// limited to a day.
    pub fn tidy(mut self) -> Self {
        match &mut self.body {
            Body::Cramp(c) => {
                c.severity = c.severity.map(|s| s.min(10));
                if let Length::Exact { seconds } = c.length {
                    c.length = Length::exact(seconds);
                }
                limit(&mut c.note, MAX_NOTE_CHARS);
            }
            Body::Medicine(m) => limit(&mut m.name, MAX_NAME_CHARS),
            Body::Quiet { .. } | Body::Deleted => {}
        }
        self
    }
}

/// `text` trimmed and cut to `max` characters.
fn limit(text: &mut String, max: usize) {
    let trimmed = text.trim();
    let cut: String = trimmed.chars().take(max).collect();
    *text = cut;
}
