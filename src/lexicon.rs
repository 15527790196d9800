//! Word lists the passes look names and words up in, embedded from `src/data/` and parsed
//! once when an [`crate::Annotator`] is built.

use std::collections::{HashMap, HashSet};

/// A person's likely gender, from their first name; used to resolve "he" and "she".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Gender {
    Male,
    Female,
    Unknown,
}

/// Every word list, parsed.
pub(crate) struct Lexicon {
    /// Countries, cities, regions and areas, as written ("North Korea", "Vladivostok").
    pub(crate) places: HashSet<String>,
    /// Nationalities and groups, as written ("North Korean", "Muslim").
    pub(crate) demonyms: HashSet<String>,
    /// First names with their likely gender.
    pub(crate) first_names: HashMap<String, Gender>,
    /// Reporting verbs in every form, lower-case.
    pub(crate) cue_verbs: HashSet<String>,
    /// The forms of reporting verbs that are also nouns ("report", "calls"), lower-case.
    pub(crate) cue_nouns: HashSet<String>,
    /// The forms of reporting verbs that introduce a reported clause ("said", "told"), lower-case.
    pub(crate) clause_cues: HashSet<String>,
    /// Titles that stand before a name, lower-case.
    pub(crate) titles: HashSet<String>,
    /// Words that end organisation names, lower-case.
    pub(crate) organization_words: HashSet<String>,
    /// Words capitalised only at the start of a sentence, lower-case.
    pub(crate) function_words: HashSet<String>,
}

impl Lexicon {
    /// Parses the embedded word lists.
    pub(crate) fn load() -> Lexicon {
        let mut places: HashSet<String> = first_column(include_str!("data/countries.tsv")).collect();
        places.extend(first_column(include_str!("data/places.tsv")));
        Lexicon {
            places,
            demonyms: first_column(include_str!("data/demonyms.tsv")).collect(),
            first_names: rows(include_str!("data/first_names.tsv"))
                .map(|row| {
                    let mut cols = row.split('\t');
                    let name = cols.next().unwrap_or_default().to_string();
                    let gender = match cols.next() {
                        Some("m") => Gender::Male,
                        Some("f") => Gender::Female,
                        _ => Gender::Unknown,
                    };
                    (name, gender)
                })
                .collect(),
            cue_verbs: words(include_str!("data/cue_verbs.txt")),
            cue_nouns: words(include_str!("data/cue_nouns.txt")),
            clause_cues: words(include_str!("data/clause_cues.txt")),
            titles: words(include_str!("data/titles.txt")),
            organization_words: words(include_str!("data/organization_words.txt")),
            function_words: words(include_str!("data/function_words.txt")),
        }
    }

    /// Whether `word` (any case) is a reporting verb.
    pub(crate) fn is_cue(&self, word: &str) -> bool {
        self.cue_verbs.contains(&word.to_lowercase())
    }

    /// Whether `word` (any case) is a title.
    pub(crate) fn is_title(&self, word: &str) -> bool {
        self.titles.contains(&word.to_lowercase())
    }
}

/// The lines of a data file that are neither blank nor `#` comments.
fn rows(data: &str) -> impl Iterator<Item = &str> {
    data.lines().map(str::trim_end).filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// The first tab-separated column of every row.
fn first_column(data: &str) -> impl Iterator<Item = String> + '_ {
    rows(data).filter_map(|row| row.split('\t').next()).map(str::to_string)
}

/// Every space-separated word of every row.
fn words(data: &str) -> HashSet<String> {
    rows(data).flat_map(str::split_whitespace).map(str::to_string).collect()
}
