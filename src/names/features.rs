//! Features of each token for the names tagger: hashed word forms, shapes, affixes, a context
//! window, capitalisation and word-list hits, computed without allocating per feature.

use std::cell::RefCell;
use std::collections::HashSet;
use std::hash::{BuildHasherDefault, Hasher};

use crate::calendar;
use crate::lexicon::Gazetteer;
use crate::text::{Gap, TokenKind, Tokens};
use crate::wordhash::{add_lower, bits, is_word_char, join, plain, Fx, MAX_PHRASE, PHRASE_START};

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
    /// The flags that name word lists, one feature each.
    pub(super) const LISTS: [u32; 12] = [
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
    /// The details last computed, by token index modulo 3: scoring tokens in order asks for
    /// each token's details three times, as the next token's, its own and the previous one's.
    recent: RefCell<[(isize, Details); 3]>,
}

impl<'a, 't> TokenView<'a, 't> {
    /// Computes the information of every token: linear in the text.
    #[inline(never)]
    pub(crate) fn new(tokens: &'a Tokens<'t>, gazetteer: &Gazetteer) -> TokenView<'a, 't> {
        let info: Vec<Info> = (0..tokens.len()).map(|i| token_info(tokens, gazetteer, i)).collect();
        let mut view = TokenView { tokens, info, recent: RefCell::new([(isize::MIN, Details::default()); 3]) };
        mark_phrases(&mut view.info, gazetteer);
        mark_document_evidence(tokens, &mut view.info);
        view
    }

    /// The details of token `j`, or of what stands before the first or after the last.
    fn details(&self, j: isize) -> Details {
        let slot = j.rem_euclid(3) as usize;
        let mut recent = self.recent.borrow_mut();
        if recent[slot].0 == j {
            return recent[slot].1;
        }
        let found = match usize::try_from(j) {
            Err(_) => EDGE_DETAILS[0],
            Ok(j) if j >= self.info.len() => EDGE_DETAILS[1],
            Ok(j) => details(self.tokens.str(j)),
        };
        recent[slot] = (j, found);
        found
    }

    /// The number of tokens.
    pub(crate) fn len(&self) -> usize {
        self.info.len()
    }

    /// Whether no word that may be a name stands within two tokens of token `i`: none is
    /// capitalised, but for words capitalised only because they start a sentence ("The",
    /// "He") and never seen capitalised mid-sentence.
    pub(crate) fn far_from_capitals(&self, i: usize) -> bool {
        let window = &self.info[i.saturating_sub(2)..(i + 3).min(self.info.len())];
        window.iter().all(|x| {
            let opener = flag::SENTENCE_START | flag::FUNCTION_WORD;
            x.flags & flag::CAPITALISED == 0 || (x.flags & opener == opener && x.flags & flag::SEEN_CAPITALISED == 0)
        })
    }

    /// Calls `each` with every feature key of token `i`.
    pub(crate) fn features(&self, i: usize, mut each: impl FnMut(u32)) {
        let at = |j: isize| -> &Info {
            if j < 0 {
                &BEFORE
            } else {
                self.info.get(j as usize).unwrap_or(&AFTER)
            }
        };
        let i = i as isize;
        let (p2, p1, c, n1, n2) = (at(i - 2), at(i - 1), at(i), at(i + 1), at(i + 2));
        let (dp1, dc, dn1) = (self.details(i - 1), self.details(i), self.details(i + 1));
        let mut f = |template: u64, value: u64| each(Fx::new(template).add(value).top() | 1);
        f(0, 0);
        f(1, c.lower);
        f(2, dc.exact);
        f(3, p1.lower);
        f(4, n1.lower);
        f(5, p2.lower);
        f(6, n2.lower);
        f(7, join(p1.lower, c.lower));
        f(8, join(c.lower, n1.lower));
        for (k, &s) in dc.suffixes.iter().enumerate() {
            f(10 + k as u64, s);
        }
        for (k, &p) in dc.prefixes.iter().enumerate() {
            f(14 + k as u64, p);
        }
        f(16, dc.shape);
        f(17, dp1.shape);
        f(18, dn1.shape);
        f(19, join(dp1.shape, dc.shape));
        f(20, join(dc.shape, dn1.shape));
        f(21, join(join(dp1.shape, dc.shape), dn1.shape));
        let case = c.flags & (flag::CAPITALISED | flag::ALL_CAPS | flag::SENTENCE_START);
        f(22, join(u64::from(case), dc.shape));
        let caps_around = [p2, p1, n1, n2].iter().filter(|x| x.flags & flag::ALL_CAPS != 0).count() as u64;
        f(23, join(caps_around, dc.shape));
        f(24, join(caps_around, c.lower));
        f(25, join(u64::from(case), c.lower));
        // Training text runs its lines together, so a line break reads as a space (where
        // sentences start is a feature of its own).
        let touching = |j: usize| u64::from(self.tokens.gap(j) == Gap::None);
        let (gap_before, gap_after) = (touching(i as usize), touching(i as usize + 1));
        f(26, join(join(gap_before, gap_after), dc.shape));
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
        f(60, join(u64::from(c.flags & flag::LISTS.iter().fold(0, |a, b| a | b)), dc.shape));
        f(61, join(p1.lower, dc.shape));
        f(62, join(dc.shape, n1.lower));
        f(63, join(p2.lower, p1.lower));
        f(64, join(n1.lower, n2.lower));
    }
}

/// What stands before the first token.
static BEFORE: Info = Info { lower: 11, flags: 0 };
/// What stands after the last token.
static AFTER: Info = Info { lower: 13, flags: 0 };
/// The details of what stands before the first token and after the last.
const EDGE_DETAILS: [Details; 2] = [
    Details { exact: 11, shape: 11, suffixes: [0; 4], prefixes: [0; 2] },
    Details { exact: 13, shape: 13, suffixes: [0; 4], prefixes: [0; 2] },
];

/// The information of token `i` every token needs: its lower-case form and its flags, apart
/// from phrases and the rest of the document.
fn token_info(tokens: &Tokens, gazetteer: &Gazetteer, i: usize) -> Info {
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
    if t.kind == TokenKind::Word {
        flags |= word_flags(gazetteer.bits(lower));
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
    lists.iter().filter(|&&(bit, _)| found & bit != 0).fold(0, |flags, &(_, f)| flags | f)
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
    let kinds = [(bits::PLACE, flag::PLACE_BEGIN, flag::PLACE_INSIDE), (bits::DEMONYM, flag::DEMONYM_BEGIN, flag::DEMONYM_INSIDE)];
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

/// Marks capitalised words seen elsewhere in the text capitalised mid-sentence, or in lower
/// case.
fn mark_document_evidence(tokens: &Tokens, info: &mut [Info]) {
    let mut capitalised = HashSet64::default();
    let mut mid_sentence = HashSet64::default();
    let (mut after_capital, mut before_capital) = (HashSet64::default(), HashSet64::default());
    let (mut after_title, mut before_organization) = (HashSet64::default(), HashSet64::default());
    for (i, x) in info.iter().enumerate() {
        if x.flags & flag::CAPITALISED == 0 {
            continue;
        }
        capitalised.insert(x.lower);
        let t = &tokens.tokens[i];
        let caps_context = x.flags & flag::ALL_CAPS != 0
            || (i > 0 && info[i - 1].flags & flag::ALL_CAPS != 0)
            || info.get(i + 1).is_some_and(|n| n.flags & flag::ALL_CAPS != 0);
        if !t.sentence_start && !caps_context && t.gap != Gap::Paragraph {
            mid_sentence.insert(x.lower);
        }
        if i > 0 && info[i - 1].flags & flag::TITLE != 0 {
            after_title.insert(x.lower);
        }
        if info.get(i + 1).is_some_and(|n| n.flags & flag::ORGANIZATION_WORD != 0) {
            before_organization.insert(x.lower);
        }
        // Runs of capitalised words: the later words are often surnames.
        if !caps_context && t.gap == Gap::Space && i > 0 && info[i - 1].flags & flag::CAPITALISED != 0 {
            after_capital.insert(x.lower);
            before_capital.insert(info[i - 1].lower);
        }
    }
    let mut lower = HashSet64::default();
    for (i, x) in info.iter().enumerate() {
        // Words glued to others are parts of addresses and slugs ("talks-vladimir-putin").
        let spaced = tokens.tokens[i].gap != Gap::None && tokens.gap(i + 1) != Gap::None;
        if x.flags & flag::CAPITALISED == 0
            && spaced
            && tokens.tokens[i].kind == TokenKind::Word
            && capitalised.contains(&{ x.lower })
        {
            lower.insert(x.lower);
        }
    }
    for x in info.iter_mut().filter(|x| x.flags & flag::CAPITALISED != 0) {
        if mid_sentence.contains(&{ x.lower }) {
            x.flags |= flag::SEEN_CAPITALISED;
        }
        if lower.contains(&{ x.lower }) {
            x.flags |= flag::SEEN_LOWER;
        }
        if after_title.contains(&{ x.lower }) {
            x.flags |= flag::SEEN_AFTER_TITLE;
        }
        if before_organization.contains(&{ x.lower }) {
            x.flags |= flag::SEEN_BEFORE_ORGANIZATION_WORD;
        }
        if after_capital.contains(&{ x.lower }) {
            x.flags |= flag::SEEN_AFTER_CAPITAL;
        }
        if before_capital.contains(&{ x.lower }) {
            x.flags |= flag::SEEN_BEFORE_CAPITAL;
        }
    }
}
