//! Byte offsets inside, UTF-16 offsets at the edge: the one conversion between them.

/// Converts byte offsets of one text into UTF-16 code-unit offsets.
///
/// Built from every offset the document will need, sorted, in one pass over the text, so
/// converting a whole document costs one scan however many spans it has.
pub(crate) struct Utf16Offsets {
    /// `(byte offset, UTF-16 offset)` pairs sorted by byte offset; empty for ASCII text,
    /// where both units agree.
    table: Vec<(usize, usize)>,
}

impl Utf16Offsets {
    /// Prepares the conversion of `wanted` byte offsets (any order, duplicates allowed);
    /// each must lie on a char boundary of `text`.
    pub(crate) fn new(text: &str, mut wanted: Vec<usize>) -> Utf16Offsets {
        if text.is_ascii() {
            return Utf16Offsets { table: Vec::new() };
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
                units += c.len_utf16();
                chars.next();
            }
            table.push((byte, units));
        }
        Utf16Offsets { table }
    }

    /// The UTF-16 offset of a byte offset given to [`Utf16Offsets::new`].
    pub(crate) fn get(&self, byte: usize) -> usize {
        if self.table.is_empty() {
            return byte;
        }
        match self.table.binary_search_by_key(&byte, |&(b, _)| b) {
            Ok(i) => self.table[i].1,
            Err(_) => panic!("byte offset {byte} was not prepared for UTF-16 conversion"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_offsets_are_unchanged() {
        let map = Utf16Offsets::new("plain text", vec![0, 5, 10]);
        assert_eq!(map.get(5), 5);
    }

    #[test]
    fn astral_and_multibyte_chars_count_in_code_units() {
        // "é" is 2 bytes / 1 unit, "😀" 4 bytes / 2 units, "中" 3 bytes / 1 unit.
        let text = "é😀中x";
        let map = Utf16Offsets::new(text, vec![9, 0, 2, 6, 10]);
        assert_eq!([0, 2, 6, 9, 10].map(|b| map.get(b)), [0, 1, 3, 4, 5]);
    }
}
