//! How words and phrases are hashed, lower-cased, for the word lists: shared by the names
//! features, which hash every token, and by `build.rs`, which hashes the word lists into the
//! gazetteer table at build time, so that both agree by construction. Pure functions of their
//! input, with no other dependency.

/// Whether `c` continues a word: letters, and the marks that combine with them.
#[inline]
pub(crate) fn is_word_char(c: char) -> bool {
    c.is_alphabetic()
        || matches!(c, '\u{300}'..='\u{36F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}'
            | '\u{20D0}'..='\u{20FF}' | '\u{FE20}'..='\u{FE2F}' | '\u{200C}' | '\u{200D}')
        || (!c.is_ascii() && c.is_numeric())
}

/// A step of FxHash (the rustc hasher): fast, and good enough once [`Fx::finish`] mixes it.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Fx(u64);

impl Fx {
    /// FxHash's multiplier.
    const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

    /// A hash that starts from `seed`.
    pub(crate) fn new(seed: u64) -> Fx {
        Fx(seed.wrapping_mul(Fx::SEED))
    }

    /// Adds one value.
    pub(crate) fn add(self, x: u64) -> Fx {
        Fx((self.0.rotate_left(5) ^ x).wrapping_mul(Fx::SEED))
    }

    /// The top 32 bits, which the last multiplication mixes well enough for a feature key.
    pub(crate) fn top(self) -> u32 {
        (self.0 >> 32) as u32
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

/// A character as the features see it: typographic quotes and dashes as their ASCII forms.
pub(crate) fn plain(c: char) -> char {
    match c {
        '‘' | '’' | '‛' | '′' => '\'',
        '“' | '”' | '„' | '″' | '«' | '»' => '"',
        '‐' | '‑' | '‒' | '–' | '—' | '―' | '−' => '-',
        _ => c,
    }
}

/// Adds the lower-case form of `c` to `h`.
#[inline]
pub(crate) fn add_lower(h: Fx, c: char) -> Fx {
    if c.is_ascii() {
        return h.add(u64::from(c.to_ascii_lowercase()));
    }
    match plain(c) {
        c if c.is_ascii() => h.add(u64::from(c)),
        c => c.to_lowercase().fold(h, |h, l| h.add(u64::from(l))),
    }
}

/// The hash of a word, lower-cased, as [`phrase`] and the tokens see it.
pub(crate) fn lower_hash(word: &str) -> u64 {
    word.chars().fold(Fx::new(1), add_lower).finish()
}

/// Joins the lower-case hash of one more token onto a phrase hash.
pub(crate) fn join(phrase: u64, token: u64) -> u64 {
    Fx(phrase).add(token).finish()
}

/// The start of a phrase hash, before any token.
pub(crate) const PHRASE_START: u64 = 7;

// `build.rs` hashes the word lists with it; the crate hashes tokens (`Tokens::phrase_hash`),
// and a test checks that the two agree.
#[cfg_attr(not(test), allow(dead_code))]
/// Calls `each` with the hash of every token-prefix of `s` ("North", "North Korea"), split
/// into tokens the way `Tokens` splits text and lower-cased, and whether it is the whole.
pub(crate) fn phrase(s: &str, mut each: impl FnMut(u64, bool)) {
    /// What a character is to the tokenizer: 0 space, 1 digit, 2 letter, 3 anything else.
    fn class(c: char) -> u8 {
        if c.is_ascii() {
            return match c {
                ' ' | '\t'..='\r' => 0,
                '0'..='9' => 1,
                'a'..='z' | 'A'..='Z' => 2,
                _ => 3,
            };
        }
        if c.is_whitespace() {
            0
        } else if is_word_char(c) {
            2
        } else {
            3
        }
    }
    let mut h = PHRASE_START;
    let mut token: Option<(Fx, u8)> = None;
    for c in s.chars() {
        let class = class(c);
        if let Some((t, k)) = token {
            if k == class && class != 3 {
                token = Some((add_lower(t, c), k));
                continue;
            }
            h = join(h, t.finish());
            each(h, false);
        }
        token = (class != 0).then(|| (add_lower(Fx::new(1), c), class));
    }
    if let Some((t, _)) = token {
        h = join(h, t.finish());
    }
    each(h, true);
}

/// The longest phrase the word lists hold, in tokens.
pub(crate) const MAX_PHRASE: usize = 6;

/// What the gazetteer table says of a hash, as bits of one byte.
pub(crate) mod bits {
    /// A phrase that is a country or another place.
    pub(crate) const PLACE: u8 = 1;
    /// A phrase that is a nationality or group.
    pub(crate) const DEMONYM: u8 = 1 << 1;
    /// The start of a longer place or nationality.
    pub(crate) const PREFIX: u8 = 1 << 2;
    /// A title that stands before a name.
    pub(crate) const TITLE: u8 = 1 << 3;
    /// A word that ends organisation names.
    pub(crate) const ORGANIZATION_WORD: u8 = 1 << 4;
    /// A word capitalised only at the start of a sentence.
    pub(crate) const FUNCTION_WORD: u8 = 1 << 5;
    /// The two bits that say a word is a first name: [`NAME`], [`MEN_S_NAME`] or
    /// [`WOMEN_S_NAME`].
    pub(crate) const FIRST_NAME: u8 = 3 << 6;
    /// A first name of men and women alike, or of unknown use.
    pub(crate) const NAME: u8 = 1 << 6;
    /// A first name mostly men's.
    pub(crate) const MEN_S_NAME: u8 = 2 << 6;
    /// A first name mostly women's.
    pub(crate) const WOMEN_S_NAME: u8 = 3 << 6;
}

/// How many top bits of a 32-bit key choose its bucket, in the gazetteer table and the names
/// model alike: 32,768 buckets.
pub(crate) const BUCKET_BITS: u32 = 15;

/// The bucket of a 32-bit `key` and the 16 bits kept of it there, below the bucket's bits: the
/// tables keep 31 of its bits (the lowest is left out).
pub(crate) fn split_key(key: u32) -> (usize, u16) {
    ((key >> (32 - BUCKET_BITS)) as usize, (key >> 1) as u16)
}

/// The bucket of `hash` in the gazetteer table and the 16 bits kept of it there: the table
/// keeps 31 of a hash's 64 bits, so a word not in it matches by chance once in about 50,000
/// lookups.
pub(crate) fn bucket_and_key(hash: u64) -> (usize, u16) {
    split_key((hash >> 32) as u32)
}

/// How many top bits of a hash choose its bucket in the word clusters table: 16,384 buckets,
/// about two and a half words each.
pub(crate) const CLUSTER_BUCKET_BITS: u32 = 14;

/// The bucket of `hash` in the word clusters table and the 8 bits kept of it there: a word not
/// in the table matches by chance once in about 100 lookups, and takes a cluster that is not
/// its own (a byte less a word is 40 KB less to download).
pub(crate) fn cluster_bucket_and_key(hash: u64) -> (usize, u8) {
    let top = (hash >> 32) as u32;
    (
        (top >> (32 - CLUSTER_BUCKET_BITS)) as usize,
        (top >> (24 - CLUSTER_BUCKET_BITS)) as u8,
    )
}
