//! What a figure claims around its value, its `change`: about it, more or less than it
//! ("nearly 50%", "more than 1,000", "5,000 or more"), or a rise or a fall by it ("rose 5%",
//! "down 3.2 per cent", "a 5% drop"). The words before a figure that OntoNotes keeps in its
//! span ("about $5 million") are taken into it here.

use super::lexicon::{words, Lower, Qualifier};
use super::Hit;
use crate::document::{Change, FigureKind};
use crate::text::{Gap, TokenKind, Tokens};

/// Marks the claim of every figure in `hits` (sorted, in token order), taking the qualifying
/// words before each into its span where they are free.
pub(super) fn mark(t: &Tokens, hits: &mut [Hit]) {
    let mut taken = 0;
    for k in 0..hits.len() {
        let next = hits.get(k + 1).map_or(t.len(), |h| h.start);
        let hit = &mut hits[k];
        if hit.kind != FigureKind::Ordinal {
            qualify_before(t, hit, taken);
            qualify_after(t, hit, next);
            rise_or_fall(t, hit, taken, next);
        }
        taken = hit.end;
        if k > 0 && hits[k].change.is_none() && ends_a_range(t, &hits[k - 1], &hits[k]) {
            // a score ("put the Giants up 4-2") is no rise by its second number
            let rise = matches!(hits[k - 1].change, Some(Change::Up | Change::Down));
            if !(rise && hits[k].kind == FigureKind::Number) {
                hits[k].change = hits[k - 1].change;
            }
        }
    }
}

/// Whether `last` is the second figure of a range written with a dash after `first` ("60-70
/// cents", "5–7%"): it makes the same claim as the first.
fn ends_a_range(t: &Tokens, first: &Hit, last: &Hit) -> bool {
    first.kind == last.kind
        && !is_dated(last)
        && last.start == first.end + 1
        && matches!(t.get(first.end), "-" | "–")
        && t.gap(first.end) == Gap::None
        && t.gap(last.start) == Gap::None
}

/// Whether the lower-case words of `phrase` stand at tokens `start..`, on one line.
fn stands_at(t: &Tokens, phrase: &[&str], start: usize) -> bool {
    phrase.iter().enumerate().all(|(k, w)| {
        let j = start + k;
        j < t.len() && Lower::new(t.get(j)).as_str() == *w && (k == 0 || t.gap(j) <= Gap::Space)
    })
}

/// Whether `hit` is a date, a time or a length of time.
fn is_dated(hit: &Hit) -> bool {
    matches!(
        hit.kind,
        FigureKind::Date | FigureKind::Time | FigureKind::Duration
    )
}

/// The longest qualifier right before `hit` (after `taken`, the end of the figure before):
/// its claim, and its words into the span where OntoNotes keeps them.
fn qualify_before(t: &Tokens, hit: &mut Hit, taken: usize) {
    if t.gap(hit.start) > Gap::Space {
        return;
    }
    // the word right before the figure, which every fitting qualifier ends with
    let last = Lower::new(t.get(hit.start.wrapping_sub(1)));
    let fits = |q: &&Qualifier| {
        let n = q.words.len();
        !q.after
            && q.words.last() == Some(&last.as_str())
            && (q.with_dates || !is_dated(hit))
            && hit.start >= n + taken
            && stands_at(t, &q.words, hit.start - n)
    };
    if let Some(q) = words()
        .qualifiers
        .iter()
        .filter(fits)
        .max_by_key(|q| q.words.len())
    {
        hit.change = Some(q.claim);
        if q.in_span {
            hit.start -= q.words.len();
        }
    }
}

/// A qualifier right after `hit`, or after the word it counts, before `next`, the next
/// figure: "5,000 or more", "20-plus", "300 people or so".
fn qualify_after(t: &Tokens, hit: &mut Hit, next: usize) {
    let at = hit.end;
    if at >= t.len() || t.gap(at) > Gap::Space && t.get(at) != "-" {
        return;
    }
    let at = if t.get(at) == "-" && t.gap(at) == Gap::None {
        at + 1
    } else {
        at
    };
    let counted = t.tokens.get(at).is_some_and(|w| w.kind == TokenKind::Word)
        && at + 1 < t.len()
        && t.gap(at + 1) <= Gap::Space;
    let fits = |q: &&Qualifier, at: usize| {
        q.after && at + q.words.len() <= next && stands_at(t, &q.words, at)
    };
    let found = words()
        .qualifiers
        .iter()
        .find(|q| fits(q, at) || counted && fits(q, at + 1));
    if let Some(q) = found {
        hit.change = Some(q.claim);
    }
}

/// Marks an amount that is a rise or a fall: after a word of change ("rose 5%", "fell by
/// 19 cents", "an increase of 4%"), or before one ("a 5% drop", "2 cents higher").
fn rise_or_fall(t: &Tokens, hit: &mut Hit, taken: usize, next: usize) {
    if is_dated(hit) {
        return;
    }
    let w = words();
    let mut before = hit.start;
    let by = before > taken && matches!(Lower::new(t.get(before - 1)).as_str(), "by" | "of");
    if by {
        before -= 1;
    }
    let change = (before > taken && t.gap(before) <= Gap::Space)
        .then(|| {
            let word = Lower::new(t.get(before - 1));
            let by_only = by.then(|| w.changes_by.get(word.as_str())).flatten();
            w.changes_before.get(word.as_str()).or(by_only)
        })
        .flatten()
        .or_else(|| {
            let at = if t.get(hit.end) == "-" && t.gap(hit.end) == Gap::None {
                hit.end + 1
            } else {
                hit.end
            };
            (at < next && t.gap(at) <= Gap::Space)
                .then(|| w.changes_after.get(Lower::new(t.get(at)).as_str()))
                .flatten()
        });
    if let Some(&change) = change {
        hit.change = Some(change);
    }
}
