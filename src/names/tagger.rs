//! The learned names tagger: a linear model over hashed token features, stored as sorted
//! keys and 8-bit weights, decoded with Viterbi over BIO tags.

use std::ops::Range;

use rustc_hash::FxHashMap;

use crate::buckets::Buckets;
use crate::names::features::{TokenView, ITSELF, WINDOW};
use crate::wordhash::{split_key, BUCKET_BITS};

/// The tags: outside, then begin and inside for each kind of name.
pub(crate) const TAGS: [&str; 9] = [
    "O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC",
];
/// The number of tags.
pub(crate) const N: usize = TAGS.len();

/// What a tagged name is, in the training data's terms.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Label {
    /// A person.
    Per,
    /// An organisation.
    Org,
    /// A place.
    Loc,
    /// Anything else: nationalities, events, works, products.
    Misc,
}

/// The labels in tag order.
pub(crate) const LABELS: [Label; 4] = [Label::Per, Label::Org, Label::Loc, Label::Misc];

/// The label of tag `t`, `None` for O.
#[inline]
pub(crate) fn label(t: usize) -> Option<Label> {
    (t > 0).then(|| LABELS[(t - 1) / 2])
}

/// Whether tag `t` begins a name.
pub(crate) fn is_begin(t: usize) -> bool {
    t % 2 == 1
}

/// Whether tag `to` may follow tag `from` (`None`: the start): an inside tag only continues
/// its own label.
pub(crate) fn allowed(from: Option<usize>, to: usize) -> bool {
    to == 0 || is_begin(to) || from.is_some_and(|f| f != 0 && label(f) == label(to))
}

/// The model file: magic, tag count, feature count, bucket bits, transitions, the value of
/// each weight code (256 of them, `i16`, for the codes -128..=127), then the features sorted
/// by key, in buckets by the key's top [`BUCKET_BITS`] bits: the number of keys in each bucket
/// (one byte), each key's next 16 bits (its lowest bit is always set), and each feature's [`N`]
/// weight codes, one byte each. It is read where it lies: a lookup that misses touches only
/// the bucket starts and the keys, which stay in cache.
const MAGIC: &[u8; 4] = b"NER5";

/// The largest value a weight code stands for: the sum of the most features a word gives one
/// place of a window still fits the `i16` of [`WordScore`].
pub(crate) const LARGEST_VALUE: i16 = 2047;

/// The trained model, over the bytes of its file.
pub(crate) struct Tagger<'m> {
    /// Where each bucket's features are.
    buckets: Buckets,
    /// Each feature's key below its bucket's bits, 16 bits little-endian.
    keys: &'m [u8],
    /// Each feature's weight code for each tag.
    weights: &'m [u8],
    /// The value of each weight code, by the code's byte.
    values: [i16; 256],
    /// Weight of tag `to` after tag `from`, `transitions[from + 1][to]`; row 0 is the start.
    transitions: [[i64; N]; N + 1],
}

/// Why a model file could not be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct BadModel;

impl<'m> Tagger<'m> {
    /// Reads a model written by `model_bytes` (in training), checking that its parts fill it
    /// exactly.
    #[inline(never)]
    pub(crate) fn from_bytes(bytes: &'m [u8]) -> Result<Tagger<'m>, BadModel> {
        let mut r = Reader { bytes, at: 0 };
        if r.take(4)? != MAGIC || r.u32()? as usize != N {
            return Err(BadModel);
        }
        let count = r.u32()? as usize;
        if r.u32()? != BUCKET_BITS {
            return Err(BadModel);
        }
        let mut transitions = [[0i64; N]; N + 1];
        for row in &mut transitions {
            for w in row.iter_mut() {
                *w = i64::from(r.u32()? as i32);
            }
        }
        let mut values = [0i16; 256];
        for (code, value) in (-128i8..=127).zip(r.take(2 * 256)?.chunks_exact(2)) {
            values[usize::from(code as u8)] = i16::from_le_bytes([value[0], value[1]]);
        }
        if values.iter().any(|v| v.abs() > LARGEST_VALUE) {
            return Err(BadModel);
        }
        let counts = r.take(1 << BUCKET_BITS)?;
        let keys = r.take(count.checked_mul(2).ok_or(BadModel)?)?;
        let weights = r.take(count.checked_mul(N).ok_or(BadModel)?)?;
        let buckets = Buckets::new(counts).ok_or(BadModel)?;
        if buckets.len() != count || r.at != bytes.len() {
            return Err(BadModel);
        }
        Ok(Tagger {
            buckets,
            keys,
            weights,
            values,
            transitions,
        })
    }

    /// Adds the weights of feature `key`, if the model has it, to `scores`.
    #[inline]
    fn add_weights<T: From<i16> + std::ops::AddAssign>(&self, key: u32, scores: &mut [T; N]) {
        let (bucket, rest) = split_key(key);
        let Some(i) = self.buckets.find(bucket, rest, self.keys, 2) else {
            return;
        };
        let at = i * N;
        if let Some(weights) = self.weights.get(at..at + N) {
            for (s, &w) in scores.iter_mut().zip(weights) {
                *s += T::from(self.values[usize::from(w)]);
            }
        }
    }

    /// The best tag of every token.
    ///
    /// Plain lower-case stretches (away from [`TokenView::near_capitals`]) are outside any
    /// name, so only the stretches between them are scored and decoded, each after and before
    /// an O.
    #[inline(never)]
    pub(crate) fn tag<'t>(&self, view: &TokenView<'_, 't>) -> Vec<u8> {
        let mut tags = vec![0; view.len()];
        let mut words = WordScores::default();
        let near = view.near_capitals();
        let mut i = 0;
        while i < view.len() {
            if !near[i] {
                i += 1;
                continue;
            }
            let start = i;
            while i < view.len() && near[i] {
                i += 1;
            }
            let scores = self.scores(view, start..i, &mut words);
            let after = if start == 0 {
                Before::Start
            } else {
                Before::Outside
            };
            let then_outside = i < view.len();
            let best = viterbi(&scores, &self.transitions, NEVER, after, then_outside);
            for (tag, best) in tags[start..i].iter_mut().zip(best) {
                *tag = best as u8;
            }
        }
        tags
    }

    /// The score of every tag at each token of `stretch`: what the words of each token's window
    /// give it, then its context features.
    fn scores<'t>(
        &self,
        view: &TokenView<'_, 't>,
        stretch: Range<usize>,
        words: &mut WordScores<'t>,
    ) -> Vec<[i64; N]> {
        let (start, end) = (stretch.start as isize, stretch.end as isize);
        let mut scores = vec![[0i64; N]; stretch.len()];
        // The shapes of the tokens from the one before the stretch to the one after it.
        let mut shapes = vec![0; stretch.len() + 2];
        for j in start - ITSELF as isize..end + ITSELF as isize {
            let word = self.word_scores(view, j, words);
            if let Some(shape) = usize::try_from(j - start + 1)
                .ok()
                .and_then(|k| shapes.get_mut(k))
            {
                *shape = word.shape;
            }
            for (place, given) in word.scores.iter().enumerate() {
                let scored = j + ITSELF as isize - place as isize;
                if let Some(s) = usize::try_from(scored - start)
                    .ok()
                    .and_then(|k| scores.get_mut(k))
                {
                    for (s, &g) in s.iter_mut().zip(given) {
                        *s += i64::from(g);
                    }
                }
            }
        }
        for (k, s) in scores.iter_mut().enumerate() {
            let around = [shapes[k], shapes[k + 1], shapes[k + 2]];
            view.context_features(stretch.start + k, around, |key| self.add_weights(key, s));
        }
        scores
    }

    /// What token `j` gives the tokens around it, looked up once for each text in `words`.
    fn word_scores<'t>(
        &self,
        view: &TokenView<'_, 't>,
        j: isize,
        words: &mut WordScores<'t>,
    ) -> WordScore {
        let text = view.word(j);
        if let Some(&found) = text.and_then(|w| words.index.get(w)) {
            return words.entries[found as usize];
        }
        let features = view.word_features(j);
        let mut word = WordScore {
            shape: features.shape,
            scores: [[0; N]; WINDOW],
        };
        for (place, key) in features.keys {
            self.add_weights(key, &mut word.scores[place]);
        }
        if let Some(text) = text {
            if words.entries.len() == MAX_WORDS {
                words.index.clear();
                words.entries.clear();
            }
            words.index.insert(text, words.entries.len() as u32);
            words.entries.push(word);
        }
        word
    }
}

/// What the tokens of one text give by their text alone ([`TokenView::word_features`]) to
/// the tokens around them, looked up in the model once for each distinct text: most words
/// recur.
#[derive(Default)]
struct WordScores<'t> {
    /// Each text's entry in `entries`.
    index: FxHashMap<&'t str, u32>,
    /// What each text gives, in the order first seen.
    entries: Vec<WordScore>,
}

/// The most texts [`WordScores`] holds (about 2 MB with its index) before it starts again.
const MAX_WORDS: usize = 1 << 14;

/// What one token gives the tokens around it.
#[derive(Clone, Copy)]
struct WordScore {
    /// Its shape, which the context features read.
    shape: u64,
    /// The score of each tag it gives the token scored when it stands at each place of that
    /// token's window.
    scores: [[i16; N]; WINDOW],
}

/// The score of a ruled-out transition: far below what features add up to over any text.
const NEVER: i64 = -(1 << 40);

/// What comes before the tokens [`viterbi`] decodes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Before {
    /// The start of the text.
    Start,
    /// A token outside any name.
    Outside,
}

/// Reads little-endian values from a model file.
struct Reader<'b> {
    bytes: &'b [u8],
    at: usize,
}

impl<'b> Reader<'b> {
    /// The next `n` bytes.
    fn take(&mut self, n: usize) -> Result<&'b [u8], BadModel> {
        let end = self
            .at
            .checked_add(n)
            .filter(|&e| e <= self.bytes.len())
            .ok_or(BadModel)?;
        let out = &self.bytes[self.at..end];
        self.at = end;
        Ok(out)
    }

    /// The next little-endian `u32`.
    fn u32(&mut self) -> Result<u32, BadModel> {
        let b = self.take(4)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }
}

/// Writes a model file: `keys` sorted ascending, distinct and with the low bit set, `N`
/// weight codes per key, and the `values` of the codes -128..=127.
#[cfg(feature = "train")]
pub(crate) fn model_bytes(
    keys: &[u32],
    weights: &[i8],
    values: &[i16],
    transitions: &[[i32; N]; N + 1],
) -> Vec<u8> {
    let mut out = MAGIC.to_vec();
    out.extend((N as u32).to_le_bytes());
    out.extend((keys.len() as u32).to_le_bytes());
    out.extend(BUCKET_BITS.to_le_bytes());
    for row in transitions {
        for w in row {
            out.extend(w.to_le_bytes());
        }
    }
    assert_eq!(values.len(), 256, "a value for each code");
    out.extend(values.iter().flat_map(|v| v.to_le_bytes()));
    assert!(
        keys.len() <= usize::from(u16::MAX),
        "a model holds at most 65,535 features (src/buckets.rs)"
    );
    let mut counts = vec![0u8; 1 << BUCKET_BITS];
    for &k in keys {
        let n = &mut counts[split_key(k).0];
        *n = n.checked_add(1).expect("at most 255 keys in a bucket");
    }
    out.extend(&counts);
    for &k in keys {
        out.extend(split_key(k).1.to_le_bytes());
    }
    out.extend(weights.iter().map(|&w| w as u8));
    out
}

/// The best sequence of tags for per-token `scores` and tag-to-tag `transitions`, keeping
/// inside tags after their own label only (`never` scores a transition that is ruled out),
/// given what comes `before` the tokens and whether a token outside any name follows them.
pub(crate) fn viterbi<T>(
    scores: &[[T; N]],
    transitions: &[[T; N]; N + 1],
    never: T,
    before: Before,
    then_outside: bool,
) -> Vec<usize>
where
    T: Copy + PartialOrd + std::ops::Add<Output = T>,
{
    let Some(first) = scores.first() else {
        return Vec::new();
    };
    let mut t = *transitions;
    for (from, row) in t.iter_mut().enumerate() {
        for (to, w) in row.iter_mut().enumerate() {
            if !allowed(from.checked_sub(1), to) {
                *w = never;
            }
        }
    }
    let start_row = if before == Before::Start { 0 } else { 1 };
    let mut back = vec![[0u8; N]; scores.len()];
    let mut best: [T; N] = std::array::from_fn(|to| t[start_row][to] + first[to]);
    for (s, back) in scores.iter().zip(&mut back).skip(1) {
        let before = best;
        for (to, (score, from_tag)) in best.iter_mut().zip(back.iter_mut()).enumerate() {
            let (mut b, mut arg) = (before[0] + t[1][to], 0);
            for from in 1..N {
                let v = before[from] + t[from + 1][to];
                if v > b {
                    (b, arg) = (v, from);
                }
            }
            *from_tag = arg as u8;
            *score = b + s[to];
        }
    }
    if then_outside {
        best = std::array::from_fn(|from| best[from] + t[from + 1][0]);
    }
    let mut tag = (1..N).fold(0, |a, x| if best[x] > best[a] { x } else { a });
    let mut tags = vec![0; scores.len()];
    for i in (0..scores.len()).rev() {
        tags[i] = tag;
        tag = usize::from(back[i][tag]);
    }
    tags
}

/// The names in a tag sequence: `(start, end, label)` over token indexes.
pub(crate) fn spans<T: Copy + Into<usize>>(tags: &[T]) -> Vec<(usize, usize, Label)> {
    let tag = |i: usize| tags[i].into();
    let mut out = Vec::new();
    let mut i = 0;
    while i < tags.len() {
        let Some(l) = label(tag(i)) else {
            i += 1;
            continue;
        };
        let start = i;
        i += 1;
        while i < tags.len() && !is_begin(tag(i)) && label(tag(i)) == Some(l) {
            i += 1;
        }
        out.push((start, i, l));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_model_reads_and_a_damaged_one_is_refused() {
        let model = include_bytes!("../data/names.model");
        assert!(Tagger::from_bytes(model).is_ok());
        for cut in [0, 4, 20, model.len() / 2, model.len() - 1] {
            assert!(Tagger::from_bytes(&model[..cut]).is_err(), "cut at {cut}");
        }
        let mut longer = model.to_vec();
        longer.push(0);
        assert!(Tagger::from_bytes(&longer).is_err());
    }

    #[test]
    fn scores_from_remembered_words_are_the_sums_of_every_feature() {
        let tagger = Tagger::from_bytes(include_bytes!("../data/names.model")).unwrap();
        let lexicon = crate::lexicon::Lexicon::load().unwrap();
        let text =
            "Mr Kim met Kim Yong-chol in Pyongyang. \"We agreed,\" Kim said, and Pyongyang agreed";
        let tokens = crate::text::Tokens::new(text);
        let view = TokenView::new(&tokens, &lexicon);
        let mut words = WordScores::default();
        // Twice over the whole text: the second time every word is remembered.
        for _ in 0..2 {
            let scores = tagger.scores(&view, 0..view.len(), &mut words);
            for (i, got) in scores.iter().enumerate() {
                let mut want = [0i64; N];
                view.features(i, |key| tagger.add_weights(key, &mut want));
                assert_eq!(*got, want, "token {i}");
            }
        }
        // A stretch inside the text reads the words either side of it.
        let scores = tagger.scores(&view, 3..6, &mut words);
        for (k, got) in scores.iter().enumerate() {
            let mut want = [0i64; N];
            view.features(3 + k, |key| tagger.add_weights(key, &mut want));
            assert_eq!(*got, want, "token {}", 3 + k);
        }
    }
}
