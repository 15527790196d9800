//! Word lists the passes look names and words up in, embedded from `src/data/` and indexed
//! once when an [`crate::Annotator`] is built: sorted slices of the embedded text, searched
//! by bisection, so that building one copies no string.

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
    pub(crate) places: WordSet,
    /// Nationalities and groups, as written ("North Korean", "Muslim").
    pub(crate) demonyms: WordSet,
    /// First names with their likely gender.
    pub(crate) first_names: WordMap<Gender>,
    /// Reporting verbs in every form, lower-case.
    pub(crate) cue_verbs: WordSet,
    /// The forms of reporting verbs that are also nouns ("report", "calls"), lower-case.
    pub(crate) cue_nouns: WordSet,
    /// The forms of reporting verbs that introduce a reported clause ("said", "told"), lower-case.
    pub(crate) clause_cues: WordSet,
    /// Titles that stand before a name, lower-case.
    pub(crate) titles: WordSet,
    /// Words that end organisation names, lower-case.
    pub(crate) organization_words: WordSet,
    /// Words capitalised only at the start of a sentence, lower-case.
    pub(crate) function_words: WordSet,
}

impl Lexicon {
    /// Parses the embedded word lists.
    pub(crate) fn load() -> Lexicon {
        let places = first_column(include_str!("data/countries.tsv"))
            .chain(first_column(include_str!("data/places.tsv")));
        Lexicon {
            places: places.collect(),
            demonyms: first_column(include_str!("data/demonyms.tsv")).collect(),
            first_names: rows(include_str!("data/first_names.tsv"))
                .map(|row| {
                    let (name, gender) = row.split_once('\t').unwrap_or((row, ""));
                    let gender = match gender {
                        "m" => Gender::Male,
                        "f" => Gender::Female,
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
        self.cue_verbs.contains_lowercase(word)
    }

    /// Whether `word` (any case) is a title.
    pub(crate) fn is_title(&self, word: &str) -> bool {
        self.titles.contains_lowercase(word)
    }
}

/// A set of words: a sorted slice of the embedded data.
pub(crate) struct WordSet {
    words: Vec<&'static str>,
}

impl WordSet {
    /// Whether `word` is in the set, exactly as written.
    pub(crate) fn contains(&self, word: &str) -> bool {
        self.words.binary_search(&word).is_ok()
    }

    /// Every word, in sorted order.
    pub(crate) fn iter(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.words.iter().copied()
    }

    /// Whether `word`, lower-cased, is in the set (whose entries are lower-case).
    pub(crate) fn contains_lowercase(&self, word: &str) -> bool {
        if word.bytes().all(|b| !b.is_ascii_uppercase()) && word.is_ascii() {
            return self.contains(word);
        }
        self.contains(&word.to_lowercase())
    }
}

impl FromIterator<&'static str> for WordSet {
    fn from_iter<I: IntoIterator<Item = &'static str>>(iter: I) -> WordSet {
        let mut words: Vec<&'static str> = iter.into_iter().collect();
        // Stable sort finds sorted runs: joining two sorted files costs one merge.
        words.sort();
        words.dedup();
        WordSet { words }
    }
}

/// A map from words to values: a sorted slice of the embedded data.
pub(crate) struct WordMap<V> {
    entries: Vec<(&'static str, V)>,
}

impl<V> WordMap<V> {
    /// The value of `word`, exactly as written.
    pub(crate) fn get(&self, word: &str) -> Option<&V> {
        let i = self.entries.binary_search_by(|(w, _)| (*w).cmp(word)).ok()?;
        Some(&self.entries[i].1)
    }

    /// Every word, in sorted order.
    pub(crate) fn keys(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.entries.iter().map(|&(w, _)| w)
    }
}

impl<V> FromIterator<(&'static str, V)> for WordMap<V> {
    fn from_iter<I: IntoIterator<Item = (&'static str, V)>>(iter: I) -> WordMap<V> {
        let mut entries: Vec<(&'static str, V)> = iter.into_iter().collect();
        entries.sort_by(|a, b| a.0.cmp(b.0));
        entries.dedup_by(|a, b| a.0 == b.0);
        WordMap { entries }
    }
}

/// The lines of a data file that are neither blank nor `#` comments.
fn rows(data: &'static str) -> impl Iterator<Item = &'static str> {
    data.lines().map(str::trim_end).filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// The first tab-separated column of every row.
fn first_column(data: &'static str) -> impl Iterator<Item = &'static str> {
    rows(data).map(|row| row.split_once('\t').map_or(row, |(first, _)| first))
}

/// Every space-separated word of every row.
fn words(data: &'static str) -> WordSet {
    rows(data).flat_map(str::split_whitespace).collect()
}
