//! Dates that start with a holiday's name: "Christmas Eve", "New Year's Day", "Easter 2019",
//! "Labor Day weekend", "next Easter" (with [`Cx::modified`]).

use super::{Cx, Lean};
use crate::calendar::{Day, Holiday};
use crate::figures::lexicon::{words, Lower};
use crate::figures::{attached, near, Hit};

impl Cx<'_, '_> {
    /// The holiday named at token `i`: how it falls (`None` when the country decides) and
    /// the token after its name.
    pub(super) fn holiday_name(&self, i: usize) -> Option<(Option<Holiday>, usize)> {
        let holidays = &words().dates.holidays;
        let first = self.lw(i);
        let names = match holidays.get(first.as_str()) {
            Some(names) => names,
            // "Valentine's Day": the name's first word is "valentines"
            None if matches!(self.t.get(i + 1), "'" | "’") => {
                holidays.get(format!("{}s", first.as_str()).as_str())?
            }
            None => return None,
        };
        'names: for (name, rule) in names {
            if !self.name_word_is(i, name[0]) {
                continue;
            }
            let mut j = self.after_name_word(i);
            for word in &name[1..] {
                if !near(self.t, j) || !self.name_word_is(j, word) {
                    continue 'names;
                }
                j = self.after_name_word(j);
            }
            return Some((*rule, j));
        }
        None
    }

    /// Whether the word at token `j`, with an "'s" after it, reads `word` ("year" "'" "s" is "years").
    fn name_word_is(&self, j: usize, word: &str) -> bool {
        let w = self.lw(j);
        let s = w.as_str();
        if s == word {
            return true;
        }
        let t = self.t;
        matches!(t.get(j + 1), "'" | "’")
            && attached(t, j + 1)
            && attached(t, j + 2)
            && Lower::new(t.get(j + 2)).as_str() == "s"
            && word.strip_suffix('s') == Some(s)
    }

    /// The token after a word of a name at `j`, past an "'s", an apostrophe or a full stop
    /// stuck to it ("Year's", "Workers'", "St.").
    fn after_name_word(&self, j: usize) -> usize {
        let t = self.t;
        match t.get(j + 1) {
            "'" | "’" if attached(t, j + 1) => {
                if attached(t, j + 2) && Lower::new(t.get(j + 2)).as_str() == "s" {
                    j + 3
                } else {
                    j + 2
                }
            }
            "." if attached(t, j + 1) && self.lw(j).as_str() == "st" => j + 2,
            _ => j + 1,
        }
    }

    /// "Christmas", "Boxing Day 2019", "Halloween weekend", resolved in the year given, else
    /// in the year the sentence points to.
    pub(super) fn holiday(&self, i: usize) -> Option<Hit> {
        let (rule, mut end) = self.holiday_name(i)?;
        if near(self.t, end) && self.lw(end).as_str() == "weekend" {
            end += 1;
        }
        let at = if matches!(self.lw(end).as_str(), "of" | ",") {
            end + 1
        } else {
            end
        };
        let year = self.year_after(at).filter(|_| near(self.t, at));
        let date = match (rule, year) {
            (Some(rule), Some((year, _))) => rule.on(year),
            (Some(rule), None) => self.resolve_yearly(|y| rule.on(y), self.lean(i, end)),
            _ => None,
        };
        if let Some((_, e)) = year {
            end = e;
            if near(self.t, end) && self.lw(end).as_str() == "weekend" {
                end += 1;
            }
        }
        Some(self.date_hit(i, end, date.map(Day::iso)))
    }

    /// A holiday after "next", "last", "this" (`dir` 1, -1, 0): the next one after the
    /// article's date, the last one before it, or this year's.
    pub(super) fn modified_holiday(&self, i: usize, dir: i64) -> Option<Hit> {
        let (rule, end) = self.holiday_name(i + 1)?;
        let date = rule.zip(self.today).and_then(|(rule, today)| match dir {
            0 => rule.on(today.year),
            _ => (-1..=1)
                .filter_map(|k| rule.on(today.year + k * dir as i32))
                .find(|d| (*d > today) == (dir > 0) && *d != today),
        });
        Some(self.date_hit(i, end, date.map(Day::iso)))
    }

    /// The day a yearly date (`on` gives it in a year) falls on in the year the sentence
    /// points to: the nearest to the article's date on the side a tense word leans to ("will
    /// close on Christmas Eve" in April is December's), else the nearest either way, the
    /// tense breaking near ties (about two months either way).
    pub(super) fn resolve_yearly(
        &self,
        on: impl Fn(i32) -> Option<Day>,
        lean: Lean,
    ) -> Option<Day> {
        let today = self.today?;
        let distance = |d: &Day| (d.ordinal() - today.ordinal()).abs();
        let years = [today.year - 1, today.year, today.year + 1];
        let leaning = years
            .into_iter()
            .filter_map(&on)
            .filter(|d| lean.abs() >= 2 && (*d >= today) == (lean > 0) && distance(d) < 300)
            .min_by_key(distance);
        if leaning.is_some() {
            return leaning;
        }
        let mut best: Option<Day> = None;
        for d in years.into_iter().filter_map(&on) {
            let better = match best {
                None => true,
                Some(b) => {
                    let (db, dd) = (distance(&b), distance(&d));
                    if (db - dd).abs() < 60 && lean != 0 {
                        (d > today) == (lean > 0) && (b > today) != (lean > 0)
                    } else {
                        dd < db
                    }
                }
            };
            if better {
                best = Some(d);
            }
        }
        best
    }
}
