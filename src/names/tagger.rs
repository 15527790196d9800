//! The learned names tagger: a linear model over hashed token features, stored as sorted
//! keys and 8-bit weights, decoded with Viterbi over BIO tags.

use crate::names::features::TokenView;

/// The tags: outside, then begin and inside for each kind of name.
pub(crate) const TAGS: [&str; 9] = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"];
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

/// The model file: magic, tag count, feature count, transitions, delta-coded keys, then per
/// feature a 16-bit mask of the tags it weighs and those weights.
const MAGIC: &[u8; 4] = b"NER2";

/// The trained model.
pub(crate) struct Tagger {
    /// Open-addressing table of features (key 0: an empty slot), weights inline so that a
    /// lookup touches one cache line.
    slots: Vec<Slot>,
    /// Weight of tag `to` after tag `from`, `transitions[from + 1][to]`; row 0 is the start.
    transitions: [[i64; N]; N + 1],
}

/// One feature of the model: its key and its weight for each tag.
#[derive(Debug, Clone, Copy, Default)]
#[repr(align(16))]
struct Slot {
    key: u32,
    weights: [i8; N],
}

/// Why a model file could not be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct BadModel;

impl Tagger {
    /// Reads a model written by [`Tagger::to_bytes`] format.
    pub(crate) fn from_bytes(bytes: &[u8]) -> Result<Tagger, BadModel> {
        let mut r = Reader { bytes, at: 0 };
        if r.take(4)? != MAGIC || r.u32()? as usize != N {
            return Err(BadModel);
        }
        let count = r.u32()? as usize;
        let mut transitions = [[0i64; N]; N + 1];
        for row in &mut transitions {
            for w in row.iter_mut() {
                *w = i64::from(r.u32()? as i32);
            }
        }
        let mut keys = Vec::with_capacity(count);
        let mut key = 0u32;
        for _ in 0..count {
            key = key.checked_add(r.varint()?).ok_or(BadModel)?;
            keys.push(key | 1);
        }
        let masks: Vec<u16> = r.take(count * 2)?.chunks_exact(2).map(|m| u16::from_le_bytes([m[0], m[1]])).collect();
        if masks.iter().any(|&m| m >> N != 0) {
            return Err(BadModel);
        }
        let mut values = r.take(masks.iter().map(|m| m.count_ones() as usize).sum())?.iter();
        if r.at != bytes.len() {
            return Err(BadModel);
        }
        let capacity = (count + count / 2).next_power_of_two().max(16);
        let mut slots = vec![Slot::default(); capacity];
        for (&key, &mask) in keys.iter().zip(&masks) {
            let mut s = slot(key, capacity);
            while slots[s].key != 0 {
                s = (s + 1) & (capacity - 1);
            }
            slots[s].key = key;
            for (t, w) in slots[s].weights.iter_mut().enumerate() {
                if mask & (1 << t) != 0 {
                    *w = values.next().map_or(0, |&v| v as i8);
                }
            }
        }
        Ok(Tagger { slots, transitions })
    }

    /// The weights of feature `key`, if the model has it.
    fn row(&self, key: u32) -> Option<&[i8; N]> {
        let key = key | 1;
        let mask = self.slots.len() - 1;
        let mut s = slot(key, self.slots.len());
        loop {
            let found = &self.slots[s];
            if found.key == key {
                return Some(&found.weights);
            }
            if found.key == 0 {
                return None;
            }
            s = (s + 1) & mask;
        }
    }

    /// The best tag of every token.
    ///
    /// Plain lower-case stretches ([`TokenView::far_from_capitals`]) are outside any name, so
    /// only the stretches between them are scored and decoded, each after and before an O.
    pub(crate) fn tag(&self, view: &TokenView) -> Vec<usize> {
        let mut tags = vec![0; view.len()];
        let mut keys = Vec::with_capacity(64);
        let mut i = 0;
        while i < view.len() {
            if view.far_from_capitals(i) {
                i += 1;
                continue;
            }
            let start = i;
            while i < view.len() && !view.far_from_capitals(i) {
                i += 1;
            }
            let scores: Vec<[i64; N]> = (start..i).map(|j| self.scores(view, j, &mut keys)).collect();
            let after = if start == 0 { Before::Start } else { Before::Outside };
            let then_outside = i < view.len();
            tags[start..i].copy_from_slice(&viterbi(&scores, &self.transitions, NEVER, after, then_outside));
        }
        tags
    }

    /// The score of every tag at token `i` (`keys`: a buffer for its features).
    fn scores(&self, view: &TokenView, i: usize, keys: &mut Vec<u32>) -> [i64; N] {
        keys.clear();
        view.features(i, keys);
        let mut s = [0i64; N];
        for &k in keys.iter() {
            if let Some(w) = self.row(k) {
                for (x, &y) in s.iter_mut().zip(w) {
                    *x += i64::from(y);
                }
            }
        }
        s
    }
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

/// The home slot of `key` in a table of `capacity` (a power of two).
fn slot(key: u32, capacity: usize) -> usize {
    (key.wrapping_mul(0x9e37_79b9) >> 8) as usize & (capacity - 1)
}

/// Reads little-endian values from a model file.
struct Reader<'b> {
    bytes: &'b [u8],
    at: usize,
}

impl<'b> Reader<'b> {
    /// The next `n` bytes.
    fn take(&mut self, n: usize) -> Result<&'b [u8], BadModel> {
        let end = self.at.checked_add(n).filter(|&e| e <= self.bytes.len()).ok_or(BadModel)?;
        let out = &self.bytes[self.at..end];
        self.at = end;
        Ok(out)
    }

    /// The next little-endian `u32`.
    fn u32(&mut self) -> Result<u32, BadModel> {
        let b = self.take(4)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }

    /// The next LEB128 varint (7 bits a byte, low bits first).
    fn varint(&mut self) -> Result<u32, BadModel> {
        let mut x = 0u32;
        for shift in (0..35).step_by(7) {
            let b = self.take(1)?[0];
            x |= u32::from(b & 0x7f).checked_shl(shift).ok_or(BadModel)?;
            if b & 0x80 == 0 {
                return Ok(x);
            }
        }
        Err(BadModel)
    }
}

/// Writes a model file: `keys` sorted ascending, distinct and with the low bit set, `N`
/// weights per key.
#[cfg(feature = "train")]
pub(crate) fn model_bytes(keys: &[u32], weights: &[i8], transitions: &[[i32; N]; N + 1]) -> Vec<u8> {
    let mut out = MAGIC.to_vec();
    out.extend((N as u32).to_le_bytes());
    out.extend((keys.len() as u32).to_le_bytes());
    for row in transitions {
        for w in row {
            out.extend(w.to_le_bytes());
        }
    }
    let mut last = 0u32;
    for &k in keys {
        let mut d = k - last;
        last = k;
        while d >= 0x80 {
            out.push((d as u8 & 0x7f) | 0x80);
            d >>= 7;
        }
        out.push(d as u8);
    }
    let rows = weights.chunks_exact(N);
    for row in rows.clone() {
        let mask = row.iter().enumerate().fold(0u16, |m, (t, &w)| if w != 0 { m | 1 << t } else { m });
        out.extend(mask.to_le_bytes());
    }
    out.extend(rows.flatten().filter(|&&w| w != 0).map(|&w| w as u8));
    out
}

/// The best sequence of tags for per-token `scores` and tag-to-tag `transitions`, keeping
/// inside tags after their own label only (`never` scores a transition that is ruled out),
/// given what comes `before` the tokens and whether a token outside any name follows them.
pub(crate) fn viterbi<T>(scores: &[[T; N]], transitions: &[[T; N]; N + 1], never: T, before: Before, then_outside: bool) -> Vec<usize>
where
    T: Copy + PartialOrd + std::ops::Add<Output = T>,
{
    let Some(first) = scores.first() else { return Vec::new() };
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
    for (i, s) in scores.iter().enumerate().skip(1) {
        best = std::array::from_fn(|to| {
            let (mut b, mut arg) = (best[0] + t[1][to], 0);
            for from in 1..N {
                let v = best[from] + t[from + 1][to];
                if v > b {
                    (b, arg) = (v, from);
                }
            }
            back[i][to] = arg as u8;
            b + s[to]
        });
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
pub(crate) fn spans(tags: &[usize]) -> Vec<(usize, usize, Label)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < tags.len() {
        let Some(l) = label(tags[i]) else {
            i += 1;
            continue;
        };
        let start = i;
        i += 1;
        while i < tags.len() && !is_begin(tags[i]) && label(tags[i]) == Some(l) {
            i += 1;
        }
        out.push((start, i, l));
    }
    out
}
