//! Features of each token for the names tagger: hashed word forms, shapes, affixes, a context
//! window, capitalisation and word-list hits, computed without allocating per feature.

use rustc_hash::FxHashMap;

use crate::calendar;
use crate::lexicon::{Gazetteer, Lexicon};
use crate::text::{Gap, TokenKind, Tokens};
use crate::wordhash::{
    add_lower, bits, is_word_char, join, lower_hash, plain, Fx, MAX_PHRASE, PHRASE_START,
};

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
    pub(super) const SEEN_AFTER_CAPITAL: u32 = 1 << 14;
    pub(super) const SEEN_BEFORE_CAPITAL: u32 = 1 << 15;
    pub(super) const SEEN_AFTER_TITLE: u32 = 1 << 16;
    pub(super) const SEEN_BEFORE_ORGANIZATION_WORD: u32 = 1 << 17;
    /// One letter followed by a space: "I", "a", not the initial in "A.de Silva".
    pub(super) const LONE_LETTER: u32 = 1 << 18;
    /// Seen after a lower-case "the": organisations, places, not people.
    pub(super) const SEEN_AFTER_THE: u32 = 1 << 19;
    /// Seen after a lower-case "in", "at", "from" or "near": mostly places.
    pub(super) const SEEN_AFTER_IN: u32 = 1 << 29;
    /// Seen before a reporting verb ("said", "told"): people and organisations.
    pub(super) const SEEN_BEFORE_SPEECH: u32 = 1 << 30;
    /// Where the word's cluster is kept, plus one (0: the word has none), in the 9 bits
    /// of [`CLUSTER_MASK`] (bits 20 to 28).
    pub(super) const CLUSTER_SHIFT: u32 = 20;
    /// The bits of the cluster, once shifted down.
    pub(super) const CLUSTER_MASK: u32 = 0x1ff;
    /// The flags that name word lists, one feature each.
    pub(super) const LISTS: [u32; 15] = [
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
        SEEN_AFTER_CAPITAL | SEEN_BEFORE_CAPITAL,
        SEEN_AFTER_TITLE | SEEN_BEFORE_ORGANIZATION_WORD,
        SEEN_AFTER_THE,
        SEEN_AFTER_IN,
        SEEN_BEFORE_SPEECH,
    ];
}

/// What the features of one token are made from, kept for every token: 12 bytes, packed
/// to four-byte alignment, since a long text has millions.
#[derive(Debug, Clone, Copy, Default)]
#[repr(C, packed(4))]
pub(crate) struct Info {
    /// The word lower-cased.
    pub(crate) lower: u64,
    flags: u32,
}

impl Info {
    /// The word's cluster without its last `bits` bits ("the same cluster, or one near it"),
    /// or a value of its own when the word has none.
    fn cluster(&self, bits: u32) -> u64 {
        match (self.flags >> flag::CLUSTER_SHIFT) & flag::CLUSTER_MASK {
            0 => 1 << 9,
            plus_one => u64::from(plus_one - 1) >> bits,
        }
    }
}

/// What only scored tokens and their neighbours need, computed when they are scored so that
/// no text keeps them for all its tokens.
#[derive(Debug, Clone, Copy, Default)]
struct Details {
    exact: u64,
    /// Letters as X, x, digits as d, other as themselves, runs collapsed: "Xx-x", "d".
    shape: u64,
    /// Last 1..=4 characters, lower-cased.
    suffixes: [u64; 4],
    /// First 2..=3 characters, lower-cased.
    prefixes: [u64; 2],
}

/// The tokens of a text with what their features are made from.
pub(crate) struct TokenView<'a, 't> {
    pub(crate) tokens: &'a Tokens<'t>,
    pub(crate) info: Vec<Info>,
}

impl<'a, 't> TokenView<'a, 't> {
    /// Computes the information of every token: linear in the text.
    #[inline(never)]
    pub(crate) fn new(tokens: &'a Tokens<'t>, lexicon: &Lexicon) -> TokenView<'a, 't> {
        let info: Vec<Info> = (0..tokens.len())
            .map(|i| token_info(tokens, lexicon, i))
            .collect();
        let mut view = TokenView { tokens, info };
        mark_phrases(&mut view.info, &lexicon.gazetteer);
        mark_document_evidence(tokens, lexicon, &mut view.info);
        view
    }

    /// The number of tokens.
    pub(crate) fn len(&self) -> usize {
        self.info.len()
    }

    /// Whether each token has a word that may be a name within two tokens of it: a capitalised
    /// word, but for function words capitalised by convention, at the start of a sentence
    /// ("The", "He") or the pronoun "I". A function word that begins a name ("The Hague")
    /// stands beside a capitalised word, which puts it in that word's reach.
    pub(crate) fn near_capitals(&self) -> Vec<bool> {
        let mut near = vec![false; self.len()];
        for (i, x) in self.info.iter().enumerate() {
            let by_convention = x.flags & flag::FUNCTION_WORD != 0
                && x.flags & flag::ALL_CAPS == 0
                && x.flags & (flag::SENTENCE_START | flag::LONE_LETTER) != 0;
            if x.flags & flag::CAPITALISED != 0 && !by_convention {
                // The tokens whose window holds it.
                let end = (i + ITSELF + 1).min(near.len());
                near[i.saturating_sub(ITSELF)..end].fill(true);
            }
        }
        near
    }

    /// Whether token `i`, capitalised, is a word the text writes in lower case elsewhere.
    pub(crate) fn seen_in_lower_case(&self, i: usize) -> bool {
        self.info
            .get(i)
            .is_some_and(|x| x.flags & flag::SEEN_LOWER != 0)
    }

    /// The text of token `j`, `None` before the first token and after the last.
    pub(crate) fn word(&self, j: isize) -> Option<&'t str> {
        usize::try_from(j)
            .ok()
            .filter(|&j| j < self.len())
            .map(|j| self.tokens.str(j))
    }

    /// The information of token `j`, or of what stands before the first or after the last.
    fn at(&self, j: isize) -> &Info {
        match usize::try_from(j) {
            Err(_) => &BEFORE,
            Ok(j) => self.info.get(j).unwrap_or(&AFTER),
        }
    }

    /// The details of token `j`, or of what stands before the first or after the last.
    fn details(&self, j: isize) -> Details {
        match self.word(j) {
            Some(word) => details(word),
            None => EDGE_DETAILS[usize::from(j >= 0)],
        }
    }

    /// The features token `j` gives, by its text alone, to the tokens scored around it; they
    /// are the same for every token of the same text.
    pub(crate) fn word_features(&self, j: isize) -> WordFeatures {
        let (info, d) = (self.at(j), self.details(j));
        let lower = info.lower;
        let mut keys = [(0, 0); WORD_FEATURES];
        let mut n = 0;
        let mut f = |place: usize, template: u64, value: u64| {
            keys[n] = (place, key(template, value));
            n += 1;
        };
        f(ITSELF, 1, lower);
        f(ITSELF, 2, d.exact);
        for (k, &s) in d.suffixes.iter().enumerate() {
            f(ITSELF, 10 + k as u64, s);
        }
        for (k, &p) in d.prefixes.iter().enumerate() {
            f(ITSELF, 14 + k as u64, p);
        }
        f(ITSELF, 16, d.shape);
        f(ITSELF - 1, 3, lower);
        f(ITSELF - 1, 17, d.shape);
        f(ITSELF + 1, 4, lower);
        f(ITSELF + 1, 18, d.shape);
        f(ITSELF - 2, 5, lower);
        f(ITSELF + 2, 6, lower);
        f(ITSELF, 71, info.cluster(4));
        f(ITSELF, 74, info.cluster(2));
        f(ITSELF - 1, 72, info.cluster(0));
        f(ITSELF + 1, 73, info.cluster(0));
        f(ITSELF - 2, 76, info.cluster(0));
        f(ITSELF + 2, 77, info.cluster(0));
        WordFeatures {
            shape: d.shape,
            keys,
        }
    }

    /// Calls `each` with every feature key of token `i`: those its window's words give it
    /// ([`TokenView::word_features`]), then the rest ([`TokenView::context_features`]).
    #[cfg(any(test, feature = "train"))]
    pub(crate) fn features(&self, i: usize, mut each: impl FnMut(u32)) {
        let mut shapes = [0; 3];
        for place in 0..WINDOW {
            let words = self.word_features(i as isize + place as isize - ITSELF as isize);
            words
                .keys
                .iter()
                .filter(|&&(p, _)| p == place)
                .for_each(|&(_, key)| each(key));
            if (ITSELF - 1..=ITSELF + 1).contains(&place) {
                shapes[place + 1 - ITSELF] = words.shape;
            }
        }
        self.context_features(i, shapes, each);
    }

    /// Calls `each` with every feature key of token `i` that depends on more than one word's
    /// text: pairs of words, shapes and word-list flags, given the `shapes` of the tokens before
    /// it, itself and after it.
    pub(crate) fn context_features(&self, i: usize, shapes: [u64; 3], mut each: impl FnMut(u32)) {
        let i = i as isize;
        let (p2, p1, c, n1, n2) = (
            self.at(i - 2),
            self.at(i - 1),
            self.at(i),
            self.at(i + 1),
            self.at(i + 2),
        );
        let [shape_p1, shape, shape_n1] = shapes;
        let mut f = |template: u64, value: u64| each(key(template, value));
        f(0, 0);
        f(7, join(p1.lower, c.lower));
        f(8, join(c.lower, n1.lower));
        f(19, join(shape_p1, shape));
        f(20, join(shape, shape_n1));
        f(21, join(join(shape_p1, shape), shape_n1));
        let case = c.flags & (flag::CAPITALISED | flag::ALL_CAPS | flag::SENTENCE_START);
        f(22, join(u64::from(case), shape));
        let caps_around = [p2, p1, n1, n2]
            .iter()
            .filter(|x| x.flags & flag::ALL_CAPS != 0)
            .count() as u64;
        f(23, join(caps_around, shape));
        f(24, join(caps_around, c.lower));
        f(25, join(u64::from(case), c.lower));
        // Training text runs its lines together, so a line break reads as a space (where
        // sentences start is a feature of its own).
        let touching = |j: usize| u64::from(self.tokens.gap(j) == Gap::None);
        let (gap_before, gap_after) = (touching(i as usize), touching(i as usize + 1));
        f(26, join(join(gap_before, gap_after), shape));
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
        f(
            60,
            join(
                u64::from(c.flags & flag::LISTS.iter().fold(0, |a, b| a | b)),
                shape,
            ),
        );
        f(61, join(p1.lower, shape));
        f(62, join(shape, n1.lower));
        f(63, join(p2.lower, p1.lower));
        f(64, join(n1.lower, n2.lower));
        f(70, join(c.cluster(0), u64::from(case)));
    }
}

/// The number of tokens in the window of a scored token: two before it, itself, two after.
pub(crate) const WINDOW: usize = 5;
/// The place of the scored token in its window.
pub(crate) const ITSELF: usize = 2;
/// The number of features one token gives by its text alone.
const WORD_FEATURES: usize = 21;

/// The features one token gives, by its text alone, to the tokens scored around it.
pub(crate) struct WordFeatures {
    /// Its shape ("Xx"), which the context features read.
    pub(crate) shape: u64,
    /// Each feature's key, with the place in the window of the token it is for
    /// ([`ITSELF`] when it is the token scored).
    pub(crate) keys: [(usize, u32); WORD_FEATURES],
}

/// The key of a feature: its template and value hashed to 32 bits, the lowest always set.
fn key(template: u64, value: u64) -> u32 {
    Fx::new(template).add(value).top() | 1
}

/// What stands before the first token.
static BEFORE: Info = Info {
    lower: 11,
    flags: 0,
};
/// What stands after the last token.
static AFTER: Info = Info {
    lower: 13,
    flags: 0,
};
/// The details of what stands before the first token and after the last.
const EDGE_DETAILS: [Details; 2] = [
    Details {
        exact: 11,
        shape: 11,
        suffixes: [0; 4],
        prefixes: [0; 2],
    },
    Details {
        exact: 13,
        shape: 13,
        suffixes: [0; 4],
        prefixes: [0; 2],
    },
];

/// The information of token `i` every token needs: its lower-case form, its flags and its
/// word's cluster, apart from phrases and the rest of the document.
fn token_info(tokens: &Tokens, lexicon: &Lexicon, i: usize) -> Info {
    let word = tokens.str(i);
    let t = &tokens.tokens[i];
    let mut lower = Fx::new(1);
    let (mut upper, mut lower_count, mut n) = (0usize, 0usize, 0usize);
    for c in word.chars() {
        lower = add_lower(lower, c);
        if c.is_uppercase() {
            upper += 1;
        } else if c.is_lowercase() {
            lower_count += 1;
        }
        n += 1;
    }
    let lower = lower.finish();
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
    if n == 1 && tokens.gap(i + 1) != Gap::None {
        flags |= flag::LONE_LETTER;
    }
    if t.kind == TokenKind::Word {
        flags |= word_flags(lexicon.gazetteer.bits(lower));
        if let Some(c) = lexicon.word_clusters.cluster(lower) {
            flags |= (u32::from(c) + 1) << flag::CLUSTER_SHIFT;
        }
    }
    Info { lower, flags }
}

/// The flags of a word the gazetteer table knows by its `bits`.
fn word_flags(found: u8) -> u32 {
    let lists = [
        (bits::FIRST_NAME, flag::FIRST_NAME),
        (bits::TITLE, flag::TITLE),
        (bits::ORGANIZATION_WORD, flag::ORGANIZATION_WORD),
        (bits::FUNCTION_WORD, flag::FUNCTION_WORD),
    ];
    lists
        .iter()
        .filter(|&&(bit, _)| found & bit != 0)
        .fold(0, |flags, &(_, f)| flags | f)
}

/// What only the tokens that are scored, and their neighbours, need: the exact form, the
/// shape and the affixes of `word`.
fn details(word: &str) -> Details {
    let mut info = Details::default();
    let mut exact = Fx::new(2);
    let mut shape = Fx::new(3);
    let mut last_shape = 0u64;
    let mut shape_len = 0;
    let mut n = 0usize;
    for c in word.chars().map(plain) {
        exact = exact.add(u64::from(c));
        let s = if c.is_uppercase() {
            u64::from('X')
        } else if c.is_lowercase() {
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
    let mut h = Fx::new(4);
    for (k, c) in word.chars().rev().take(4).enumerate() {
        h = add_lower(h, c);
        info.suffixes[k] = h.finish();
    }
    let mut h = Fx::new(5);
    for (k, c) in word.chars().take(3).enumerate() {
        h = add_lower(h, c);
        if k >= 1 {
            info.prefixes[k - 1] = h.finish();
        }
    }
    info.exact = exact.finish();
    info.shape = shape.finish();
    info
}

/// Marks the longest place and the longest nationality starting at each token (greedy, left
/// to right, each list on its own).
fn mark_phrases(info: &mut [Info], gazetteer: &Gazetteer) {
    let mut until = [0usize; 2];
    let kinds = [
        (bits::PLACE, flag::PLACE_BEGIN, flag::PLACE_INSIDE),
        (bits::DEMONYM, flag::DEMONYM_BEGIN, flag::DEMONYM_INSIDE),
    ];
    for i in 0..info.len() {
        let mut longest = [0usize; 2];
        let mut h = PHRASE_START;
        for k in 0..MAX_PHRASE.min(info.len() - i) {
            h = join(h, info[i + k].lower);
            let found = gazetteer.bits(h);
            for (l, &(bit, _, _)) in longest.iter_mut().zip(&kinds) {
                if found & bit != 0 {
                    *l = k + 1;
                }
            }
            if found & bits::PREFIX == 0 {
                break;
            }
        }
        for ((u, &l), &(_, begin, inside)) in until.iter_mut().zip(&longest).zip(&kinds) {
            if i >= *u && l > 0 {
                info[i].flags |= begin;
                for x in &mut info[i + 1..i + l] {
                    x.flags |= inside;
                }
                *u = i + l;
            }
        }
    }
}

/// The lower-case words after which a capitalised word is mostly a place.
pub(super) const PLACE_PREPOSITIONS: [&str; 4] = ["in", "at", "from", "near"];

/// Marks each capitalised word with what the whole text shows of it: capitalised mid-sentence
/// or in lower case, after a title or "the" or a preposition of place, before an organisation
/// word or a reporting verb, in a run of capitalised words.
fn mark_document_evidence(tokens: &Tokens, lexicon: &Lexicon, info: &mut [Info]) {
    let the = lower_hash("the");
    let places_before = PLACE_PREPOSITIONS.map(lower_hash);
    // Each word seen capitalised, with the flags of what was seen of it.
    let mut seen: FxHashMap<u64, u32> = FxHashMap::default();
    for i in 0..info.len() {
        let x = info[i];
        if x.flags & flag::CAPITALISED == 0 {
            continue;
        }
        let t = &tokens.tokens[i];
        let caps_context = x.flags & flag::ALL_CAPS != 0
            || (i > 0 && info[i - 1].flags & flag::ALL_CAPS != 0)
            || info
                .get(i + 1)
                .is_some_and(|n| n.flags & flag::ALL_CAPS != 0);
        let mut found = 0;
        if !t.sentence_start && !caps_context && t.gap != Gap::Paragraph {
            found |= flag::SEEN_CAPITALISED;
        }
        if i > 0 && info[i - 1].flags & flag::TITLE != 0 {
            found |= flag::SEEN_AFTER_TITLE;
        }
        if info
            .get(i + 1)
            .is_some_and(|n| n.flags & flag::ORGANIZATION_WORD != 0)
        {
            found |= flag::SEEN_BEFORE_ORGANIZATION_WORD;
        }
        if i > 0 && info[i - 1].flags & flag::CAPITALISED == 0 {
            let before = info[i - 1].lower;
            if before == the {
                found |= flag::SEEN_AFTER_THE;
            } else if places_before.contains(&before) {
                found |= flag::SEEN_AFTER_IN;
            }
        }
        if info
            .get(i + 1)
            .is_some_and(|n| n.flags & flag::CAPITALISED == 0)
            && lexicon.is_cue(tokens.str(i + 1))
        {
            found |= flag::SEEN_BEFORE_SPEECH;
        }
        // Runs of capitalised words: the later words are often surnames.
        if !caps_context
            && t.gap == Gap::Space
            && i > 0
            && info[i - 1].flags & flag::CAPITALISED != 0
        {
            found |= flag::SEEN_AFTER_CAPITAL;
            *seen.entry(info[i - 1].lower).or_default() |= flag::SEEN_BEFORE_CAPITAL;
        }
        *seen.entry(x.lower).or_default() |= found;
    }
    for (i, x) in info.iter().enumerate() {
        // Words glued to others are parts of addresses and slugs ("talks-vladimir-putin").
        let spaced = tokens.tokens[i].gap != Gap::None && tokens.gap(i + 1) != Gap::None;
        if x.flags & flag::CAPITALISED == 0 && spaced && tokens.tokens[i].kind == TokenKind::Word {
            if let Some(found) = seen.get_mut(&{ x.lower }) {
                *found |= flag::SEEN_LOWER;
            }
        }
    }
    for x in info.iter_mut().filter(|x| x.flags & flag::CAPITALISED != 0) {
        x.flags |= seen.get(&{ x.lower }).copied().unwrap_or(0);
    }
}
