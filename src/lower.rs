//! Lower-casing a word without allocating, for the many lookups of words in lower-case lists.

/// The longest ASCII word lower-cased on the stack, in bytes.
const BUFFER: usize = 32;

/// A word in lower case: the word itself when it has no capitals, else a copy in a small
/// buffer. Words that are not ASCII, or longer than the buffer, are not lower-cased here.
pub(crate) enum Lower<'a> {
    /// Already lower case.
    Same(&'a str),
    /// Lower-cased into a buffer: the bytes and their length.
    Copied([u8; BUFFER], usize),
    /// Not ASCII, or too long.
    Unknown,
}

impl<'a> Lower<'a> {
    /// Lower-cases `word`.
    #[inline]
    pub(crate) fn new(word: &'a str) -> Lower<'a> {
        let b = word.as_bytes();
        let mut upper = false;
        for &c in b {
            if c >= 0x80 {
                return Lower::Unknown;
            }
            upper |= c.is_ascii_uppercase();
        }
        if !upper {
            return Lower::Same(word);
        }
        if b.len() > BUFFER {
            return Lower::Unknown;
        }
        let mut buf = [0u8; BUFFER];
        buf[..b.len()].copy_from_slice(b);
        buf[..b.len()].make_ascii_lowercase();
        Lower::Copied(buf, b.len())
    }

    /// The lower-cased word; `None` when it is not ASCII or too long.
    #[inline]
    pub(crate) fn get(&self) -> Option<&str> {
        match self {
            Lower::Same(s) => Some(s),
            Lower::Copied(buf, len) => std::str::from_utf8(&buf[..*len]).ok(),
            Lower::Unknown => None,
        }
    }

    /// The lower-cased word, or "" when it is not ASCII or too long (no list word is either).
    #[inline]
    pub(crate) fn as_str(&self) -> &str {
        self.get().unwrap_or("")
    }
}

/// Calls `f` with `word` in lower case: on the stack when it can be, else allocated.
#[inline]
pub(crate) fn with_lower<T>(word: &str, f: impl FnOnce(&str) -> T) -> T {
    match Lower::new(word).get() {
        Some(lower) => f(lower),
        None => f(&word.to_lowercase()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lower_cases_ascii_only() {
        assert_eq!(Lower::new("MiLLion").as_str(), "million");
        assert_eq!(Lower::new("Zürich").as_str(), "");
        assert_eq!(with_lower("ZÜRICH", str::to_string), "zürich");
    }
}
