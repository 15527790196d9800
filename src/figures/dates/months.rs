//! Dates that start with a month's name: "May 4, 2019", "Jan. 2019", "March".

use super::{Cx, Lean};
use crate::calendar::{self, Day};
use crate::figures::lexicon::words;
use crate::figures::numbers;
use crate::figures::{attached, is_number, near, Hit};

impl Cx<'_, '_> {
    /// A month that must come with a day or year ("May 4", "Jan. 2019").
    pub(super) fn month_led_strict(&self, i: usize) -> Option<Hit> {
        let month = self.month_at(i)?;
        let hit = self.month_led(i, month)?;
        (hit.end > i + 1 + usize::from(self.t.get(i + 1) == ".")).then_some(hit)
    }

    /// "May 4, 2019", "May 4", "May 2019", "May", "Nov. 30 , 1996", "October 8-9".
    #[inline(never)]
    pub(super) fn month_led(&self, i: usize, month: u32) -> Option<Hit> {
        let t = self.t;
        if let Some(hit) = self.named_numeric(i) {
            return Some(hit);
        }
        let word = t.get(i);
        let abbreviation = word.len() <= 4
            && !word.eq_ignore_ascii_case("june")
            && !word.eq_ignore_ascii_case("july")
            && !word.eq_ignore_ascii_case("may");
        let mut at = i + 1;
        if abbreviation && t.get(at) == "." && attached(t, at) {
            at += 1;
        }
        let day = self.day_number(at).or_else(|| {
            let (v, e) = numbers::scan_ordinal(t, at).filter(|_| !is_number(t, at))?;
            ((1.0..=31.0).contains(&v)).then_some((v as u32, e))
        });
        if let Some((day, mut end)) = day.filter(|_| near(t, at)) {
            if day > calendar::days_in_month(2000, month) {
                return None;
            }
            // "October 8-9": a range of days
            if matches!(t.get(end), "-" | "–")
                && self.day_number(end + 1).is_some()
                && attached(t, end + 1)
            {
                let (_, e) = self.day_number(end + 1)?;
                return Some(self.date_hit(i, e, None));
            }
            let comma = if t.get(end) == "," { end + 1 } else { end };
            let of = if matches!(self.lw(end).as_str(), "of" | "in") {
                end + 1
            } else {
                comma
            };
            if let Some((year, e)) = self.year_after(of).filter(|_| near(t, of)) {
                end = e;
                return Some(self.date_hit(i, end, Day::new(year, month, day).map(Day::iso)));
            }
            let date = self
                .resolve_month_day(month, day, self.lean(i, end))
                .map(Day::iso);
            return Some(self.date_hit(i, end, date));
        }
        let of = if matches!(self.lw(at).as_str(), "of" | "," | "in") {
            at + 1
        } else {
            at
        };
        if let Some((year, end)) = self.year_after(of).filter(|_| near(t, of)) {
            return Some(self.date_hit(i, end, Some(format!("{year:04}-{month:02}"))));
        }
        // A month alone: not "may" the verb, "March" the walk, or "Sept" alone.
        let ambiguous = matches!(word.to_ascii_lowercase().as_str(), "may" | "march");
        let after_preposition = i > 0 && {
            words()
                .dates
                .month_prepositions
                .contains(self.lw(i - 1).as_str())
        };
        let capitalised = word.starts_with(|c: char| c.is_uppercase());
        if abbreviation && !after_preposition || ambiguous && !(capitalised && after_preposition) {
            return None;
        }
        if !capitalised && !after_preposition && word.len() < 5 {
            return None;
        }
        let date = self
            .resolve_month(month, self.lean(i, at))
            .map(|y| format!("{y:04}-{month:02}"));
        Some(self.date_hit(i, at, date))
    }

    /// The date of `month`/`day` in the year the sentence points to (see [`Cx::resolve_yearly`]).
    pub(super) fn resolve_month_day(&self, month: u32, day: u32, lean: Lean) -> Option<Day> {
        self.resolve_yearly(|year| Day::new(year, month, day), lean)
    }

    /// The year of `month` the sentence points to.
    pub(super) fn resolve_month(&self, month: u32, lean: Lean) -> Option<i32> {
        self.resolve_month_day(month, 15, lean).map(|d| d.year)
    }
}
