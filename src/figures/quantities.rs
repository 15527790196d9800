//! Quantities: a number and a unit of measure ("500 tonnes", "10km", "40 degrees Celsius").

use super::lexicon::{words, Lower};
use super::numbers::Num;
use super::{attached, near, past_joining_hyphen, Hit};
use crate::document::FigureKind;
use crate::text::{Gap, Tokens};

/// The unit at token `i` after a number: its normalised name and the token after it.
pub(super) fn scan_unit(t: &Tokens, i: usize) -> Option<(&'static str, usize)> {
    let units = &words().units;
    // "10-km", "5-mile"
    let at = past_joining_hyphen(t, i);
    if !near(t, at) {
        return None;
    }
    let gap = if at > i { Gap::None } else { t.gap(at) };
    // "40°C", "40 °F"
    if t.get(at) == "°" {
        let letter = Lower::new(t.get(at + 1));
        return match letter.as_str() {
            "c" | "f" if attached(t, at + 1) => {
                let key = if letter.as_str() == "c" { "°c" } else { "°f" };
                units.get(key).map(|&u| (u, at + 2))
            }
            _ => units.get("°").map(|&u| (u, at + 1)),
        };
    }
    let first = Lower::new(t.get(at));
    // Two words first: "square kilometres", "degrees Celsius", "metric tons".
    if near(t, at + 1) {
        let second = Lower::new(t.get(at + 1));
        let (a, b) = (first.as_str(), second.as_str());
        if !a.is_empty() && !b.is_empty() && a.len() + b.len() < 40 {
            let mut key = [0u8; 40];
            key[..a.len()].copy_from_slice(a.as_bytes());
            key[a.len()] = b' ';
            key[a.len() + 1..a.len() + 1 + b.len()].copy_from_slice(b.as_bytes());
            let key = std::str::from_utf8(&key[..a.len() + 1 + b.len()]).unwrap_or("");
            if let Some(&u) = units.get(key) {
                return Some((u, at + 2));
            }
        }
    }
    let unit = *units.get(first.as_str())?;
    // A one-letter unit ("m", "g", "C") only touching its number: "5 m" is too often a word.
    if first.as_str().len() == 1 && gap != Gap::None {
        return None;
    }
    Some((unit, at + 1))
}

/// A quantity after the number `num` that starts at token `start`; pushes it and returns the
/// token after it.
#[inline(never)]
pub(super) fn scan_after(t: &Tokens, start: usize, num: Num, out: &mut Vec<Hit>) -> Option<usize> {
    let (unit, end) = scan_unit(t, num.end)?;
    let mut hit = Hit::new(start, end, FigureKind::Quantity, num.value);
    hit.unit = Some(unit);
    out.push(hit);
    Some(end)
}
