//! Durations: "two months", "several days", "25-year-old", "three weeks ago".

use super::Cx;
use crate::figures::lexicon::{words, NumClass};
use crate::figures::numbers;
use crate::figures::{attached, near, Hit};
use crate::document::FigureKind;

/// The name of a unit of time `days` long.
pub(super) fn unit_name(days: f64) -> &'static str {
    match days {
        d if d < 0.0001 => "second",
        d if d < 0.001 => "minute",
        d if d < 0.05 => "hour",
        d if d < 2.0 => "day",
        d if d < 8.0 => "week",
        d if d < 15.0 => "fortnight",
        d if d < 31.0 => "month",
        d if d < 100.0 => "quarter",
        d if d < 400.0 => "year",
        d if d < 4000.0 => "decade",
        _ => "century",
    }
}

impl Cx<'_, '_> {
    /// A count and a unit of time: "two months", "several days", "3.5 years", "a year ago",
    /// "25-year-old", "the past three years" (from [`Cx::modified`]).
    #[inline(never)]
    pub(super) fn duration(&self, i: usize) -> Option<Hit> {
        let t = self.t;
        let w = self.lw(i);
        let (value, at) = match w.as_str() {
            "a" | "an" => match self.lw(i + 1).as_str() {
                "few" | "couple" => (None, if self.lw(i + 2).as_str() == "of" { i + 3 } else { i + 2 }),
                _ => (Some(1.0), i + 1),
            },
            "half" if matches!(self.lw(i + 1).as_str(), "a" | "an") => (Some(0.5), i + 2),
            "several" | "few" | "many" | "some" | "couple" => (None, if self.lw(i + 1).as_str() == "of" { i + 2 } else { i + 1 }),
            _ => {
                let num = numbers::scan(t, i, false)?;
                (num.value, num.end)
            }
        };
        let hyphen = t.get(at) == "-" && attached(t, at) && attached(t, at + 1);
        let at = if hyphen { at + 1 } else { at };
        if !near(t, at) {
            return None;
        }
        let days = self.unit(at)?;
        let unit_word = self.lw(at);
        // "a quarter million": a fraction of a number, not a quarter of a year
        if unit_word.as_str() == "quarter" && matches!(words().numbers.get(self.lw(at + 1).as_str()), Some((_, NumClass::Scale))) {
            return None;
        }
        if matches!(unit_word.as_str(), "second" | "quarter") && !matches!(w.as_str(), "a" | "one") && value.is_some_and(|v| v != 1.0) {
            return None;
        }
        let mut end = at + 1;
        // "25-year-old", "25 years old"
        if (t.get(end) == "-" && attached(t, end) && self.lw(end + 1).as_str() == "old") || self.lw(end).as_str() == "old" {
            end += if self.lw(end).as_str() == "old" { 1 } else { 2 };
            let mut hit = Hit::new(i, end, FigureKind::Duration, value);
            hit.unit = Some(unit_name(days));
            return Some(hit);
        }
        let after = self.lw(end);
        let direction = match after.as_str() {
            "ago" | "earlier" | "before" => -1,
            "later" | "after" => 1,
            "from" if self.lw(end + 1).as_str() == "now" => 2,
            _ => 0,
        };
        if direction != 0 && near(t, end) && !matches!(after.as_str(), "before" | "after") {
            let n = value.filter(|v| v.fract() == 0.0 && v.abs() < 10_000.0).map(|v| v as i64);
            let sign = if direction < 0 { -1 } else { 1 };
            let date = match (self.today, n) {
                (Some(today), Some(n)) if after.as_str() == "ago" || direction == 2 => match unit_name(days) {
                    "day" => Some(today.add_days(sign * n).iso()),
                    "week" => Some(today.add_days(sign * 7 * n).iso()),
                    "fortnight" => Some(today.add_days(sign * 14 * n).iso()),
                    "month" => {
                        let d = today.add_months(sign * n);
                        Some(format!("{:04}-{:02}", d.year, d.month))
                    }
                    "year" => Some(format!("{:04}", today.year + (sign * n) as i32)),
                    _ => None,
                },
                _ => None,
            };
            let end = end + if direction == 2 { 2 } else { 1 };
            let kind = if days < 1.0 { FigureKind::Time } else { FigureKind::Date };
            let mut hit = Hit::new(i, end, kind, None);
            hit.date = date;
            return Some(hit);
        }
        let mut hit = Hit::new(i, end, FigureKind::Duration, value);
        hit.unit = Some(unit_name(days));
        // "in two days", "in a fortnight": from the article's date, when nothing says otherwise
        if i > 0 && self.lw(i - 1).as_str() == "in" && days >= 1.0 && self.lean(i, end) > 0 {
            let n = value.filter(|v| v.fract() == 0.0 && *v > 0.0 && *v < 1000.0).map(|v| v as i64);
            hit.date = self.today.zip(n).and_then(|(today, n)| match unit_name(days) {
                "day" => Some(today.add_days(n).iso()),
                "week" => Some(today.add_days(7 * n).iso()),
                "fortnight" => Some(today.add_days(14 * n).iso()),
                "month" => Some(today.add_months(n).iso()),
                "year" => Some(today.add_months(12 * n).iso()),
                _ => None,
            });
        }
        Some(hit)
    }
}
