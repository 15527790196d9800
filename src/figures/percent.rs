//! Percentages: "5%", "5 per cent", "five percent", "3.5 percentage points", "5-10%".

use super::lexicon::Lower;
use super::numbers::{self, Num};
use super::{near, past_joining_hyphen, Hit};
use crate::document::FigureKind;
use crate::text::Tokens;

/// The percent words at token `i`: the token after them, and whether they are points
/// ("percentage points"). `leading` when they start the figure rather than follow a number.
fn scan_percent_word(t: &Tokens, i: usize, leading: bool) -> Option<(usize, bool)> {
    if t.get(i) == "%" && near(t, i) {
        return Some((i + 1, false));
    }
    // "5-per-cent", "5 per cent"
    let at = past_joining_hyphen(t, i);
    if !leading && !near(t, at) {
        return None;
    }
    let word = Lower::new(t.get(at));
    let end = match word.as_str() {
        "percent" | "percents" | "pct" | "percentage" => at + 1,
        "per" if Lower::new(t.get(at + 1)).as_str() == "cent" && near(t, at + 1) => at + 2,
        "per" if t.get(at + 1) == "-" && Lower::new(t.get(at + 2)).as_str() == "cent" => at + 3,
        _ => return None,
    };
    if word.as_str() == "percentage"
        && !matches!(Lower::new(t.get(end)).as_str(), "point" | "points")
    {
        return None;
    }
    match Lower::new(t.get(end)).as_str() {
        "point" | "points" if near(t, end) => Some((end + 1, true)),
        _ => Some((end, false)),
    }
}

/// A percentage written before its number: "per cent of 450", "percents of forty" (when no
/// number stands before the percent words). Pushes it and returns the token after it.
#[inline(never)]
pub(super) fn scan_before(t: &Tokens, i: usize, out: &mut Vec<Hit>) -> Option<usize> {
    if i > 0 && t.tokens[i - 1].kind == crate::text::TokenKind::Number {
        return None;
    }
    if let Some(end) = scan_part_of_point(t, i, out) {
        return Some(end);
    }
    // "the % change": a percentage with no number
    if t.get(i) == "%"
        && i > 0
        && Lower::new(t.get(i - 1)).as_str() == "the"
        && t.gap(i) == crate::text::Gap::Space
    {
        out.push(percent(i, i + 1, None, false));
        return Some(i + 1);
    }
    let (end, points) = scan_percent_word(t, i, true).filter(|_| t.get(i) != "%")?;
    if points || Lower::new(t.get(end)).as_str() != "of" || !near(t, end + 1) {
        return None;
    }
    let num = numbers::scan(t, end + 1, false)?;
    // "percent of 2,000 voters" is a share of a count: only a number that ends the phrase.
    if t.tokens
        .get(num.end)
        .is_some_and(|n| n.kind == crate::text::TokenKind::Word && !n.sentence_start)
    {
        return None;
    }
    out.push(percent(i, num.end, num.value, false));
    Some(num.end)
}

/// "a percentage point", "half a percentage point", "a quarter of a percentage point".
fn scan_part_of_point(t: &Tokens, i: usize, out: &mut Vec<Hit>) -> Option<usize> {
    let word = |j: usize| Lower::new(t.get(j));
    let (part, mut at) = match word(i).as_str() {
        "half" => (0.5, i + 1),
        "a" | "one" if word(i + 1).as_str() == "quarter" => (0.25, i + 2),
        "a" | "one" => (1.0, i),
        _ => return None,
    };
    if part < 1.0 {
        if word(at).as_str() == "of" {
            at += 1;
        }
        if word(at).as_str() != "a" {
            return None;
        }
    }
    if !(near(t, at + 1)
        && word(at + 1).as_str() == "percentage"
        && matches!(word(at + 2).as_str(), "point" | "points"))
    {
        return None;
    }
    let end = at + 3;
    out.push(percent(i, end, Some(part), true));
    Some(end)
}

/// A percentage after the number `num` that starts at token `start`; pushes it and returns
/// the token after it. A range ("5-10%", "5 to 10 per cent") is one figure without a value.
#[inline(never)]
pub(super) fn scan_after(t: &Tokens, start: usize, num: Num, out: &mut Vec<Hit>) -> Option<usize> {
    if let Some((end, points)) = scan_percent_word(t, num.end, false) {
        out.push(percent(start, end, num.value, points));
        return Some(end);
    }
    let sep = Lower::new(t.get(num.end));
    if matches!(sep.as_str(), "-" | "–" | "to") && near(t, num.end + 1) {
        let second = numbers::scan(t, num.end + 1, false)?;
        let (end, points) = scan_percent_word(t, second.end, false)?;
        out.push(percent(start, end, None, points));
        return Some(end);
    }
    None
}

fn percent(start: usize, end: usize, value: Option<f64>, points: bool) -> Hit {
    let mut hit = Hit::new(start, end, FigureKind::Percent, value);
    if points {
        hit.unit = Some("percentage point");
    }
    hit
}
