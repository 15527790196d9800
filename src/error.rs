//! The crate's one error type.

use std::fmt;

/// Why a text could not be annotated.
///
/// The error is opaque: its message says what went wrong; [`Error::is_too_large`] and
/// [`Error::is_bad_date`] tell the two kinds apart.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    kind: ErrorKind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum ErrorKind {
    TooLarge { len: usize, limit: usize },
    BadDate(String),
    BadModel(&'static str),
}

impl Error {
    pub(crate) fn too_large(len: usize, limit: usize) -> Error {
        Error {
            kind: ErrorKind::TooLarge { len, limit },
        }
    }

    pub(crate) fn bad_date(given: &str) -> Error {
        Error {
            kind: ErrorKind::BadDate(given.chars().take(40).collect()),
        }
    }

    pub(crate) fn bad_model(which: &'static str) -> Error {
        Error {
            kind: ErrorKind::BadModel(which),
        }
    }

    /// The text was longer than [`crate::MAX_INPUT_BYTES`].
    pub fn is_too_large(&self) -> bool {
        matches!(self.kind, ErrorKind::TooLarge { .. })
    }

    /// The article date given in [`crate::Options`] was not a `YYYY-MM-DD` date.
    pub fn is_bad_date(&self) -> bool {
        matches!(self.kind, ErrorKind::BadDate(_))
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            ErrorKind::TooLarge { len, limit } => write!(
                f,
                "text too large: {len} bytes of UTF-8, the limit is {limit} bytes ({} MiB)",
                limit / (1024 * 1024)
            ),
            ErrorKind::BadDate(given) => {
                write!(
                    f,
                    "article date {given:?} is not a date of the form YYYY-MM-DD"
                )
            }
            ErrorKind::BadModel(which) => write!(f, "the embedded {which} model is damaged"),
        }
    }
}

impl std::error::Error for Error {}
