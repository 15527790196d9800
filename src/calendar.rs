//! Month and weekday names, shared by the figures pass (which reads dates) and the names
//! pass (which must not take "March" or "Tuesday" for a name).

/// Month names with their number, and the abbreviations news uses.
pub(crate) const MONTHS: &[(&str, u32)] = &[
    ("january", 1), ("february", 2), ("march", 3), ("april", 4), ("may", 5), ("june", 6),
    ("july", 7), ("august", 8), ("september", 9), ("october", 10), ("november", 11),
    ("december", 12), ("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("jun", 6), ("jul", 7),
    ("aug", 8), ("sep", 9), ("sept", 9), ("oct", 10), ("nov", 11), ("dec", 12),
];

/// Weekday names, Monday first (ISO numbering 1..=7), and their abbreviations.
pub(crate) const WEEKDAYS: &[(&str, u32)] = &[
    ("monday", 1), ("tuesday", 2), ("wednesday", 3), ("thursday", 4), ("friday", 5),
    ("saturday", 6), ("sunday", 7), ("mon", 1), ("tue", 2), ("tues", 2), ("wed", 3),
    ("thu", 4), ("thur", 4), ("thurs", 4), ("fri", 5), ("sat", 6), ("sun", 7),
];

/// The number of the month `word` names (any case, full names or abbreviations).
pub(crate) fn month(word: &str) -> Option<u32> {
    lookup(MONTHS, word)
}

/// The ISO number of the weekday `word` names (any case, full names or abbreviations).
pub(crate) fn weekday(word: &str) -> Option<u32> {
    lookup(WEEKDAYS, word)
}

fn lookup(table: &[(&str, u32)], word: &str) -> Option<u32> {
    if word.len() > 9 {
        return None;
    }
    let lower = word.to_ascii_lowercase();
    table.iter().find(|(name, _)| *name == lower).map(|&(_, n)| n)
}
