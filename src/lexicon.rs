//! Word lists the passes look names and words up in. The large ones (places, nationalities,
//! first names) are hashed at build time into the gazetteer table (see `build.rs`), read where
//! it lies; the small ones are hash sets of the words of their embedded text. Building a
//! [`Lexicon`] copies no word.

use rustc_hash::FxHashSet;

use crate::buckets::Buckets;
use crate::data::{data_file, rows};
use crate::lower::with_lower;
use crate::text::{TokenRange, Tokens};
use crate::wordhash::{
    bits, bucket_and_key, cluster_bucket_and_key, join, lower_hash, BUCKET_BITS,
    CLUSTER_BUCKET_BITS,
};

/// A person's likely gender, from their first name; used to resolve "he" and "she".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Gender {
    Male,
    Female,
    Unknown,
}

/// Every word list.
pub(crate) struct Lexicon {
    /// Places, nationalities, first names, titles, organisation words and function words, by
    /// the hash of their lower-case words.
    pub(crate) gazetteer: Gazetteer,
    /// The clusters of frequent words, by the hash of their lower-case form.
    pub(crate) word_clusters: WordClusters,
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
    /// Words that, standing before a name, make it an organisation's ("brand", "portal").
    pub(crate) organization_cues: WordSet,
    /// Lower-case words that, before a name, make it a place ("the township known as X").
    pub(crate) place_cues: WordSet,
    /// Lower-case words that, before "of" and a name, make it a place ("the province of X").
    pub(crate) place_kinds: WordSet,
    /// Words that, heading a name, make it a place ("Island", "Port of"), lower-case.
    pub(crate) place_words: WordSet,
    /// Words that, ending a name, make it a place whatever the tagger read ("Hospital",
    /// "Bridge"), lower-case.
    pub(crate) facility_words: WordSet,
    /// Capitalised words that end the name of an event, award or law ("Fair", "Cup", "Act").
    pub(crate) event_words: WordSet,
    /// Lower-case words inside names ("de", "bin", "wa"), lower-case.
    pub(crate) name_particles: WordSet,
    /// Second words of titles of two words ("Datuk Seri", "Tan Sri"), lower-case.
    pub(crate) title_continuations: WordSet,
    /// Acronyms of common nouns ("GDP", "CEO", "NGOs"), as written: never a name alone.
    pub(crate) common_acronyms: WordSet,
    /// Legal forms that end company names ("plc", "asa", "bhd"), lower-case.
    pub(crate) legal_forms: WordSet,
    /// Verbs that judge or name without reporting speech ("branded", "dismissed"), lower-case.
    pub(crate) evaluation_verbs: WordSet,
    /// Lower-case nouns that may head a speaker's description ("critics", "the ministry").
    pub(crate) speaker_nouns: WordSet,
}

impl Lexicon {
    /// Finds the embedded word lists.
    ///
    /// # Errors
    ///
    /// When the embedded gazetteer table is damaged.
    pub(crate) fn load() -> Result<Lexicon, crate::Error> {
        let table = include_bytes!(concat!(env!("OUT_DIR"), "/gazetteer.bin"));
        let clusters = include_bytes!(concat!(env!("OUT_DIR"), "/word_clusters.bin"));
        Ok(Lexicon {
            gazetteer: Gazetteer::read(table)
                .ok_or_else(|| crate::Error::bad_model("gazetteer"))?,
            word_clusters: WordClusters::read(clusters)
                .ok_or_else(|| crate::Error::bad_model("word clusters"))?,
            cue_verbs: words(data_file!("cue_verbs.txt")),
            cue_nouns: words(data_file!("cue_nouns.txt")),
            clause_cues: words(data_file!("clause_cues.txt")),
            titles: words(data_file!("titles.txt")),
            organization_words: words(data_file!("organization_words.txt")),
            function_words: words(data_file!("function_words.txt")),
            organization_cues: words(data_file!("organization_cues.txt")),
            place_words: words(data_file!("place_words.txt")),
            place_cues: words(data_file!("place_cues.txt")),
            place_kinds: words(data_file!("place_kinds.txt")),
            event_words: words(data_file!("event_words.txt")),
            facility_words: words(data_file!("facility_words.txt")),
            name_particles: words(data_file!("name_particles.txt")),
            title_continuations: words(data_file!("title_continuations.txt")),
            common_acronyms: words(data_file!("common_acronyms.txt")),
            legal_forms: words(data_file!("legal_forms.txt")),
            evaluation_verbs: words(data_file!("evaluation_verbs.txt")),
            speaker_nouns: words(data_file!("speaker_nouns.txt")),
        })
    }

    /// Whether the tokens `range` (any case) name a country or another place.
    pub(crate) fn is_place(&self, tokens: &Tokens, range: TokenRange) -> bool {
        self.gazetteer.bits(tokens.phrase_hash(range)) & bits::PLACE != 0
    }

    /// Whether the tokens `range` (any case) name a nationality or group.
    pub(crate) fn is_demonym(&self, tokens: &Tokens, range: TokenRange) -> bool {
        self.gazetteer.bits(tokens.phrase_hash(range)) & bits::DEMONYM != 0
    }

    /// Whether the tokens `range` (any case) name a nationality or group, or its plural
    /// ("Russians": the last token without its "s").
    pub(crate) fn is_demonym_or_plural(&self, tokens: &Tokens, (start, end): TokenRange) -> bool {
        self.is_demonym(tokens, (start, end))
            || tokens.str(end - 1).strip_suffix('s').is_some_and(|one| {
                let before = tokens.phrase_hash((start, end - 1));
                let hash = if one.is_empty() {
                    before
                } else {
                    join(before, lower_hash(one))
                };
                self.gazetteer.bits(hash) & bits::DEMONYM != 0
            })
    }

    /// The likely gender of a person whose first name is `name` (any case); `None` when the
    /// list does not have it.
    pub(crate) fn gender(&self, name: &str) -> Option<Gender> {
        match self.gazetteer.bits(lower_hash(name)) & bits::FIRST_NAME {
            bits::MEN_S_NAME => Some(Gender::Male),
            bits::WOMEN_S_NAME => Some(Gender::Female),
            bits::NAME => Some(Gender::Unknown),
            _ => None,
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

    /// Whether `word` (any case) is the second word of a title of two ("Seri" in "Datuk Seri").
    pub(crate) fn is_title_continuation(&self, word: &str) -> bool {
        self.title_continuations.contains_lowercase(word)
    }
}

/// The gazetteer table `build.rs` writes: hashes of words and phrases with what they are.
pub(crate) struct Gazetteer {
    /// Where each bucket's records are.
    buckets: Buckets,
    /// The records: a hash's 16-bit key, little-endian, and its bits.
    records: &'static [u8],
}

impl Gazetteer {
    /// Reads the table, checking that its buckets hold its records exactly.
    #[inline(never)]
    fn read(table: &'static [u8]) -> Option<Gazetteer> {
        let (counts, records) = table.split_at_checked(1 << BUCKET_BITS)?;
        let buckets = Buckets::new(counts)?;
        (records.len() == buckets.len() * 3).then_some(Gazetteer { buckets, records })
    }

    /// What the word or phrase of `hash` is ([`bits`]), 0 when the lists do not have it.
    #[inline]
    pub(crate) fn bits(&self, hash: u64) -> u8 {
        let (bucket, key) = bucket_and_key(hash);
        let found = self.buckets.find(bucket, key, self.records, 3);
        found
            .and_then(|i| self.records.get(i * 3 + 2))
            .copied()
            .unwrap_or(0)
    }
}

/// The clusters table `build.rs` writes: frequent words, each with the number of its cluster
/// (`word_clusters.tsv`), in buckets of [`cluster_bucket_and_key`].
pub(crate) struct WordClusters {
    /// Where each bucket's words are.
    buckets: Buckets,
    /// Each word's 8-bit key, in bucket order.
    keys: &'static [u8],
    /// Each word's cluster, in the same order.
    clusters: &'static [u8],
}

impl WordClusters {
    /// Reads the table, checking that its buckets hold its records exactly.
    #[inline(never)]
    fn read(table: &'static [u8]) -> Option<WordClusters> {
        let (counts, records) = table.split_at_checked(1 << CLUSTER_BUCKET_BITS)?;
        let buckets = Buckets::new(counts)?;
        let (keys, clusters) = records.split_at_checked(buckets.len())?;
        (clusters.len() == keys.len()).then_some(WordClusters {
            buckets,
            keys,
            clusters,
        })
    }

    /// The cluster of the word of `hash` (its lower-case hash), `None` when the table does not
    /// have it.
    #[inline]
    pub(crate) fn cluster(&self, hash: u64) -> Option<u8> {
        let (bucket, key) = cluster_bucket_and_key(hash);
        let records = self.buckets.records(bucket);
        let at = self
            .keys
            .get(records.clone())?
            .iter()
            .position(|&k| k == key)?;
        self.clusters.get(records.start + at).copied()
    }
}

/// A set of words of the embedded data.
pub(crate) struct WordSet {
    words: FxHashSet<&'static str>,
}

impl WordSet {
    /// Whether `word` is in the set, exactly as written.
    pub(crate) fn contains(&self, word: &str) -> bool {
        self.words.contains(word)
    }

    /// Whether `word`, lower-cased, is in the set (whose entries are lower-case).
    pub(crate) fn contains_lowercase(&self, word: &str) -> bool {
        // Short ASCII words are lower-cased on the stack: this runs for many tokens.
        with_lower(word, |lower| self.contains(lower))
    }
}

impl FromIterator<&'static str> for WordSet {
    fn from_iter<I: IntoIterator<Item = &'static str>>(iter: I) -> WordSet {
        WordSet {
            words: iter.into_iter().collect(),
        }
    }
}

/// Every space-separated word of every row.
fn words(data: &'static str) -> WordSet {
    rows(data).flat_map(str::split_whitespace).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gazetteer_finds_places_nationalities_and_first_names_in_any_case() {
        let lexicon = Lexicon::load().unwrap();
        let whole = |text: &str, f: fn(&Lexicon, &Tokens, TokenRange) -> bool| {
            let tokens = Tokens::new(text);
            f(&lexicon, &tokens, (0, tokens.len()))
        };
        assert!(
            whole("North Korea", Lexicon::is_place)
                && whole("NORTH KOREA", Lexicon::is_place)
                && whole("Vladivostok", Lexicon::is_place)
        );
        assert!(!whole("North", Lexicon::is_place) && !whole("Korean", Lexicon::is_place));
        assert!(
            whole("North Korean", Lexicon::is_demonym)
                && whole("russian", Lexicon::is_demonym)
                && whole("North Koreans", Lexicon::is_demonym_or_plural)
        );
        assert_eq!(lexicon.gender("Vladimir"), Some(Gender::Male));
        assert_eq!(lexicon.gender("MARIA"), Some(Gender::Female));
        assert_eq!(lexicon.gender("Vladivostok"), None);
    }

    #[test]
    fn a_damaged_gazetteer_is_refused() {
        assert!(Gazetteer::read(&[]).is_none());
        assert!(Gazetteer::read(&[1; 1 << BUCKET_BITS]).is_none());
        assert!(WordClusters::read(&[]).is_none());
        assert!(WordClusters::read(&[1; 1 << CLUSTER_BUCKET_BITS]).is_none());
    }

    #[test]
    fn alike_words_share_a_cluster_in_any_case() {
        let clusters = &Lexicon::load().unwrap().word_clusters;
        let of = |word: &str| clusters.cluster(lower_hash(word));
        assert!(of("Kenya").is_some() && of("Kenya") == of("UGANDA"));
        assert_eq!(of("Zqxjvw"), None);
    }
}
