//! Features of each token for the names tagger: hashed word forms, shapes, affixes, a context
//! window, capitalisation and word-list hits, computed without allocating per feature.

use std::collections::HashSet;
use std::hash::{BuildHasherDefault, Hasher};

use crate::calendar;
use crate::lexicon::Lexicon;
use crate::text::{is_word_char, Gap, TokenKind, Tokens};

/// A step of FxHash (the rustc hasher): fast, and good enough once [`finish`] mixes it.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Fx(u64);

impl Fx {
    const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

    /// A hash that starts from `seed`.
    pub(crate) fn new(seed: u64) -> Fx {
        Fx(seed.wrapping_mul(Fx::SEED))
    }

    /// Adds one value.
    pub(crate) fn add(self, x: u64) -> Fx {
        Fx((self.0.rotate_left(5) ^ x).wrapping_mul(Fx::SEED))
    }

    /// The hash, mixed so that every bit depends on every input bit (murmur3's finaliser).
    pub(crate) fn finish(self) -> u64 {
        let mut h = self.0;
        h ^= h >> 33;
        h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
        h ^= h >> 33;
        h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
        h ^ (h >> 33)
    }
}

/// A hasher for keys that are hashes already.
#[derive(Default)]
pub(crate) struct IdHasher(u64);

impl Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) | u64::from(b);
        }
    }
    fn write_u64(&mut self, x: u64) {
        self.0 = x;
    }
}

/// A set of hashes.
type HashSet64 = HashSet<u64, BuildHasherDefault<IdHasher>>;

/// A character as the features see it: typographic quotes and dashes as their ASCII forms.
fn plain(c: char) -> char {
    match c {
        '‘' | '’' | '‛' | '′' => '\'',
        '“' | '”' | '„' | '″' | '«' | '»' => '"',
        '‐' | '‑' | '‒' | '–' | '—' | '―' | '−' => '-',
        _ => c,
    }
}

/// Adds the lower-case form of `c` to `h`.
fn add_lower(mut h: Fx, c: char) -> Fx {
    for l in plain(c).to_lowercase() {
        h = h.add(u64::from(l));
    }
    h
}

/// The hash of a word, lower-cased, as [`phrase`] and the tokens see it.
fn lower_hash(word: &str) -> u64 {
    word.chars().fold(Fx::new(1), add_lower).finish()
}

/// Joins the lower-case hash of one more token onto a phrase hash.
fn join(phrase: u64, token: u64) -> u64 {
    Fx(phrase).add(token).finish()
}

/// The start of a phrase hash, before any token.
const PHRASE_START: u64 = 7;

/// The hash of `s` split into tokens the way [`Tokens`] splits text, lower-cased.
fn phrase(s: &str) -> u64 {
    let t = Tokens::new(s);
    (0..t.len()).fold(PHRASE_START, |h, i| join(h, lower_hash(t.str(i))))
}

/// The longest phrase the word lists hold, in tokens.
const MAX_PHRASE: usize = 6;

/// Word lists, as sets of lower-case token and phrase hashes.
pub(crate) struct Gazetteer {
    places: HashSet64,
    demonyms: HashSet64,
    first_names: HashSet64,
    titles: HashSet64,
    organization_words: HashSet64,
    function_words: HashSet64,
}

impl Gazetteer {
    /// Hashes the word lists of `lexicon`.
    pub(crate) fn new(lexicon: &Lexicon) -> Gazetteer {
        let phrases = |words: &mut dyn Iterator<Item = &String>| words.map(|w| phrase(w)).collect();
        let singles = |words: &mut dyn Iterator<Item = &String>| words.map(|w| lower_hash(w)).collect();
        Gazetteer {
            places: phrases(&mut lexicon.places.iter()),
            demonyms: phrases(&mut lexicon.demonyms.iter()),
            first_names: singles(&mut lexicon.first_names.keys()),
            titles: singles(&mut lexicon.titles.iter()),
            organization_words: singles(&mut lexicon.organization_words.iter()),
            function_words: singles(&mut lexicon.function_words.iter()),
        }
    }

    /// Whether tokens `start..end` of `view` make a place the word lists know.
    pub(crate) fn is_place(&self, view: &TokenView, start: usize, end: usize) -> bool {
        self.places.contains(&(start..end).fold(PHRASE_START, |h, i| join(h, view.info[i].lower)))
    }

    /// Whether tokens `start..end` of `view` make a nationality or group ("North Koreans").
    pub(crate) fn is_demonym(&self, view: &TokenView, start: usize, end: usize) -> bool {
        let h = (start..end).fold(PHRASE_START, |h, i| join(h, view.info[i].lower));
        if self.demonyms.contains(&h) {
            return true;
        }
        // A plural: the same phrase without its last word's final "s".
        let last = view.tokens.str(end - 1);
        last.strip_suffix('s').is_some_and(|singular| {
            let h = (start..end - 1).fold(PHRASE_START, |h, i| join(h, view.info[i].lower));
            self.demonyms.contains(&join(h, lower_hash(singular)))
        })
    }
}

/// Flags of one token.
mod flag {
    pub(super) const CAPITALISED: u32 = 1;
    pub(super) const ALL_CAPS: u32 = 1 << 1;
    pub(super) const SENTENCE_START: u32 = 1 << 2;
    pub(super) const FIRST_NAME: u32 = 1 << 3;
    pub(super) const TITLE: u32 = 1 << 4;
    pub(super) const ORGANIZATION_WORD: u32 = 1 << 5;
    pub(super) const FUNCTION_WORD: u32 = 1 << 6;
    pub(super) const PLACE_BEGIN: u32 = 1 << 7;
    pub(super) const PLACE_INSIDE: u32 = 1 << 8;
    pub(super) const DEMONYM_BEGIN: u32 = 1 << 9;
    pub(super) const DEMONYM_INSIDE: u32 = 1 << 10;
    pub(super) const SEEN_CAPITALISED: u32 = 1 << 11;
    pub(super) const SEEN_LOWER: u32 = 1 << 12;
    pub(super) const CALENDAR: u32 = 1 << 13;
    /// The flags that name word lists, one feature each.
    pub(super) const LISTS: [u32; 10] = [
        CALENDAR,
        FIRST_NAME,
        TITLE,
        ORGANIZATION_WORD,
        FUNCTION_WORD,
        PLACE_BEGIN,
        PLACE_INSIDE,
        DEMONYM_BEGIN,
        DEMONYM_INSIDE,
        SEEN_CAPITALISED | SEEN_LOWER,
    ];
}

/// What the features of one token are made from.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Info {
    /// The word lower-cased.
    pub(crate) lower: u64,
    exact: u64,
    /// Letters as X, x, digits as d, other as themselves, runs collapsed: "Xx-x", "d".
    shape: u64,
    /// Last 1..=4 characters, lower-cased.
    suffixes: [u64; 4],
    /// First 2..=3 characters, lower-cased.
    prefixes: [u64; 2],
    flags: u32,
}

/// The tokens of a text with what their features are made from.
pub(crate) struct TokenView<'a, 't> {
    pub(crate) tokens: &'a Tokens<'t>,
    pub(crate) info: Vec<Info>,
}

impl<'a, 't> TokenView<'a, 't> {
    /// Computes the information of every token: linear in the text.
    pub(crate) fn new(tokens: &'a Tokens<'t>, gazetteer: &Gazetteer) -> TokenView<'a, 't> {
        let mut info: Vec<Info> = (0..tokens.len()).map(|i| token_info(tokens, gazetteer, i)).collect();
        mark_phrases(&mut info, &gazetteer.places, flag::PLACE_BEGIN, flag::PLACE_INSIDE);
        mark_phrases(&mut info, &gazetteer.demonyms, flag::DEMONYM_BEGIN, flag::DEMONYM_INSIDE);
        mark_document_evidence(tokens, &mut info);
        TokenView { tokens, info }
    }

    /// The number of tokens.
    pub(crate) fn len(&self) -> usize {
        self.info.len()
    }

    /// Appends the feature keys of token `i` to `out`.
    pub(crate) fn features(&self, i: usize, out: &mut Vec<u32>) {
        let at = |j: isize| -> &Info {
            if j < 0 {
                &BEFORE
            } else {
                self.info.get(j as usize).unwrap_or(&AFTER)
            }
        };
        let i = i as isize;
        let (p2, p1, c, n1, n2) = (at(i - 2), at(i - 1), at(i), at(i + 1), at(i + 2));
        let mut f = |template: u64, value: u64| out.push(Fx::new(template).add(value).finish() as u32 | 1);
        f(0, 0);
        f(1, c.lower);
        f(2, c.exact);
        f(3, p1.lower);
        f(4, n1.lower);
        f(5, p2.lower);
        f(6, n2.lower);
        f(7, join(p1.lower, c.lower));
        f(8, join(c.lower, n1.lower));
        for (k, &s) in c.suffixes.iter().enumerate() {
            f(10 + k as u64, s);
        }
        for (k, &p) in c.prefixes.iter().enumerate() {
            f(14 + k as u64, p);
        }
        f(16, c.shape);
        f(17, p1.shape);
        f(18, n1.shape);
        f(19, join(p1.shape, c.shape));
        f(20, join(c.shape, n1.shape));
        f(21, join(join(p1.shape, c.shape), n1.shape));
        let case = c.flags & (flag::CAPITALISED | flag::ALL_CAPS | flag::SENTENCE_START);
        f(22, join(u64::from(case), c.shape));
        let caps_around = [p2, p1, n1, n2].iter().filter(|x| x.flags & flag::ALL_CAPS != 0).count() as u64;
        f(23, join(caps_around, c.shape));
        f(24, join(caps_around, c.lower));
        f(25, join(u64::from(case), c.lower));
        // Training text runs its lines together, so a line break reads as a space (where
        // sentences start is a feature of its own).
        let touching = |j: usize| u64::from(self.tokens.gap(j) == Gap::None);
        let (gap_before, gap_after) = (touching(i as usize), touching(i as usize + 1));
        f(26, join(join(gap_before, gap_after), c.shape));
        for (k, &list) in flag::LISTS.iter().enumerate() {
            let k = k as u64;
            if c.flags & list != 0 {
                f(30 + k, u64::from(c.flags & list) | u64::from(case) << 16);
            }
            if p1.flags & list != 0 {
                f(40 + k, u64::from(p1.flags & list));
            }
            if n1.flags & list != 0 {
                f(50 + k, u64::from(n1.flags & list));
            }
        }
        f(60, join(u64::from(c.flags & flag::LISTS.iter().fold(0, |a, b| a | b)), c.shape));
        f(61, join(p1.lower, c.shape));
        f(62, join(c.shape, n1.lower));
    }
}

/// What stands before the first token.
static BEFORE: Info = Info { lower: 11, exact: 11, shape: 11, suffixes: [0; 4], prefixes: [0; 2], flags: 0 };
/// What stands after the last token.
static AFTER: Info = Info { lower: 13, exact: 13, shape: 13, suffixes: [0; 4], prefixes: [0; 2], flags: 0 };

/// The information of token `i`, apart from phrases and the rest of the document.
fn token_info(tokens: &Tokens, gazetteer: &Gazetteer, i: usize) -> Info {
    let word = tokens.str(i);
    let t = &tokens.tokens[i];
    let lower = lower_hash(word);
    let mut exact = Fx::new(2);
    let mut shape = Fx::new(3);
    let mut last_shape = 0u64;
    let mut shape_len = 0;
    let (mut upper, mut lower_count, mut n) = (0usize, 0usize, 0usize);
    for c in word.chars().map(plain) {
        exact = exact.add(u64::from(c));
        let s = if c.is_uppercase() {
            upper += 1;
            u64::from('X')
        } else if c.is_lowercase() {
            lower_count += 1;
            u64::from('x')
        } else if c.is_ascii_digit() {
            u64::from('d')
        } else if is_word_char(c) {
            u64::from('w')
        } else {
            u64::from(c)
        };
        if s != last_shape && shape_len < 6 {
            shape = shape.add(s);
            shape_len += 1;
        }
        last_shape = s;
        n += 1;
    }
    if n > 4 {
        shape = shape.add(u64::from(n.min(12) as u32) + 1000);
    }
    let mut suffixes = [0u64; 4];
    let mut h = Fx::new(4);
    for (k, c) in word.chars().rev().take(4).enumerate() {
        h = add_lower(h, c);
        suffixes[k] = h.finish();
    }
    let mut prefixes = [0u64; 2];
    let mut h = Fx::new(5);
    for (k, c) in word.chars().take(3).enumerate() {
        h = add_lower(h, c);
        if k >= 1 {
            prefixes[k - 1] = h.finish();
        }
    }
    let mut flags = 0;
    if upper > 0 && tokens.is_capitalised(i) {
        flags |= flag::CAPITALISED;
        if lower_count == 0 && n > 1 {
            flags |= flag::ALL_CAPS;
        }
        if calendar::month(word).is_some() || calendar::weekday(word).is_some() {
            flags |= flag::CALENDAR;
        }
    }
    if t.sentence_start {
        flags |= flag::SENTENCE_START;
    }
    if t.kind == TokenKind::Word {
        for (set, bit) in [
            (&gazetteer.first_names, flag::FIRST_NAME),
            (&gazetteer.titles, flag::TITLE),
            (&gazetteer.organization_words, flag::ORGANIZATION_WORD),
            (&gazetteer.function_words, flag::FUNCTION_WORD),
        ] {
            if set.contains(&lower) {
                flags |= bit;
            }
        }
    }
    Info { lower, exact: exact.finish(), shape: shape.finish(), suffixes, prefixes, flags }
}

/// Marks the longest phrase of `set` starting at each token (greedy, left to right).
fn mark_phrases(info: &mut [Info], set: &HashSet64, begin: u32, inside: u32) {
    if set.is_empty() {
        return;
    }
    let mut i = 0;
    while i < info.len() {
        let mut h = PHRASE_START;
        let mut longest = 0;
        for k in 0..MAX_PHRASE.min(info.len() - i) {
            h = join(h, info[i + k].lower);
            if set.contains(&h) {
                longest = k + 1;
            }
        }
        if longest == 0 {
            i += 1;
            continue;
        }
        info[i].flags |= begin;
        for x in &mut info[i + 1..i + longest] {
            x.flags |= inside;
        }
        i += longest;
    }
}

/// Marks words seen elsewhere in the text capitalised mid-sentence, or in lower case.
fn mark_document_evidence(tokens: &Tokens, info: &mut [Info]) {
    let mut capitalised = HashSet64::default();
    let mut lower = HashSet64::default();
    for (i, x) in info.iter().enumerate() {
        let t = &tokens.tokens[i];
        if t.kind != TokenKind::Word {
            continue;
        }
        let caps_context = x.flags & flag::ALL_CAPS != 0
            || (i > 0 && info[i - 1].flags & flag::ALL_CAPS != 0)
            || info.get(i + 1).is_some_and(|n| n.flags & flag::ALL_CAPS != 0);
        if x.flags & flag::CAPITALISED != 0 {
            if !t.sentence_start && !caps_context && t.gap != Gap::Paragraph {
                capitalised.insert(x.lower);
            }
        } else if t.gap != Gap::None && tokens.gap(i + 1) != Gap::None {
            // Words glued to others are parts of addresses and slugs ("talks-vladimir-putin").
            lower.insert(x.lower);
        }
    }
    for x in info.iter_mut() {
        if capitalised.contains(&x.lower) {
            x.flags |= flag::SEEN_CAPITALISED;
        }
        if lower.contains(&x.lower) {
            x.flags |= flag::SEEN_LOWER;
        }
    }
}
