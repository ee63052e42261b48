//! The only module that opens the browser's print dialog (the symptom check's printed summary).

use std::fmt;

/// Why the print dialog could not be opened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PrintError {
    /// Not in a browser window (pre-rendering, tests).
    Unavailable,
    /// The browser refused, with its message.
    Failed(String),
}

impl fmt::Display for PrintError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Unavailable => write!(
                f,
                "Printing is not available here. Your browser's own Print or Share menu may work."
            ),
            Self::Failed(why) => write!(f, "The print dialog could not be opened: {why}"),
        }
    }
}

impl std::error::Error for PrintError {}

#[cfg(target_arch = "wasm32")]
mod imp {
    use super::PrintError;

    pub fn print() -> Result<(), PrintError> {
        let window = web_sys::window().ok_or(PrintError::Unavailable)?;
        window.print().map_err(|e| {
            PrintError::Failed(e.as_string().unwrap_or_else(|| "unknown error".into()))
        })
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod imp {
    use super::PrintError;

    pub fn print() -> Result<(), PrintError> {
        Err(PrintError::Unavailable)
    }
}

/// Opens the print dialog for the current page (what is printed is up to the print stylesheet).
pub fn print() -> Result<(), PrintError> {
    imp::print()
}
