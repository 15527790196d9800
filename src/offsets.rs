//! Byte offsets inside, the host's unit at the edge: the one conversion between them, made in
//! one sweep over the text for every offset a document needs.

/// The unit a document's offsets count in: what the host's strings are indexed by.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum OffsetUnit {
    /// UTF-16 code units: JavaScript's `String.prototype.slice`, and the JSON of the CLI.
    #[default]
    Utf16,
    /// Unicode code points: Python's `str` indexes, Rust's `chars()`.
    CodePoints,
}

impl OffsetUnit {
    /// How many units `c` counts for.
    #[inline]
    fn of(self, c: char) -> usize {
        match self {
            OffsetUnit::Utf16 => c.len_utf16(),
            OffsetUnit::CodePoints => 1,
        }
    }
}

/// Converts byte offsets of one text into offsets in an [`OffsetUnit`].
///
/// Built from every offset the document will need, sorted, in one pass over the text, so
/// converting a whole document costs one scan however many spans it has.
pub(crate) struct Offsets {
    /// `(byte offset, offset in the unit)` pairs sorted by byte offset; empty for ASCII
    /// text, where every unit agrees.
    table: Vec<(usize, usize)>,
}

impl Offsets {
    /// Prepares the conversion of `wanted` byte offsets (any order, duplicates allowed) into
    /// `unit`; each must lie on a char boundary of `text`.
    pub(crate) fn new(text: &str, mut wanted: Vec<usize>, unit: OffsetUnit) -> Offsets {
        if text.is_ascii() {
            return Offsets { table: Vec::new() };
        }
        wanted.sort_unstable();
        wanted.dedup();
        let mut table = Vec::with_capacity(wanted.len());
        let mut units = 0;
        let mut chars = text.char_indices().peekable();
        for byte in wanted {
            while let Some(&(at, c)) = chars.peek() {
                if at >= byte {
                    break;
                }
                units += unit.of(c);
                chars.next();
            }
            table.push((byte, units));
        }
        Offsets { table }
    }

    /// The offset of a byte offset given to [`Offsets::new`], in its unit.
    pub(crate) fn get(&self, byte: usize) -> usize {
        if self.table.is_empty() {
            return byte;
        }
        match self.table.binary_search_by_key(&byte, |&(b, _)| b) {
            Ok(i) => self.table[i].1,
            Err(_) => panic!("byte offset {byte} was not prepared for conversion"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_offsets_are_unchanged() {
        let map = Offsets::new("plain text", vec![0, 5, 10], OffsetUnit::Utf16);
        assert_eq!(map.get(5), 5);
    }

    #[test]
    fn astral_and_multibyte_chars_count_in_code_units() {
        // "é" is 2 bytes / 1 unit, "😀" 4 bytes / 2 units, "中" 3 bytes / 1 unit.
        let text = "é😀中x";
        let map = Offsets::new(text, vec![9, 0, 2, 6, 10], OffsetUnit::Utf16);
        assert_eq!([0, 2, 6, 9, 10].map(|b| map.get(b)), [0, 1, 3, 4, 5]);
    }

    #[test]
    fn code_points_count_each_char_once() {
        let text = "é😀中x";
        let map = Offsets::new(text, vec![0, 2, 6, 9, 10], OffsetUnit::CodePoints);
        assert_eq!([0, 2, 6, 9, 10].map(|b| map.get(b)), [0, 1, 2, 3, 4]);
    }
}
