//! Durations and the dates they count to: "two months", "several days", "25-year-old",
//! "three weeks ago", "2 weeks and 2 days from now", "six weeks from Monday", "ten days
//! before the March 3 vote", "in a fortnight".

use super::Cx;
use crate::calendar::{Day, Step};
use crate::document::FigureKind;
use crate::figures::lexicon::{words, NumClass, TimeWord};
use crate::figures::numbers;
use crate::figures::{attached, near, Hit};
use crate::text::TokenKind;

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

/// A count of a unit of time: "three weeks", "a fortnight", "several days".
#[derive(Debug, Clone, Copy)]
struct Count {
    /// The count, `None` when vague ("several").
    value: Option<f64>,
    /// The unit's length in days.
    days: f64,
    /// The token after the unit.
    end: usize,
}

impl Count {
    /// The calendar steps this count moves by, when it is a whole number of days or more.
    fn steps(self) -> Option<(i64, Step)> {
        let n = self
            .value
            .filter(|v| v.fract() == 0.0 && v.abs() < 10_000.0)? as i64;
        Some((n, Step::of_unit(unit_name(self.days))?))
    }
}

impl Cx<'_, '_> {
    /// A count and a unit of time at token `i`: "two months", "a year", "several days",
    /// "3.5 years", "25-year" (the hyphen's token after).
    fn count(&self, i: usize) -> Option<Count> {
        let t = self.t;
        let w = self.lw(i);
        let (value, at) = self.count_value(i, w.as_str())?;
        let hyphen = t.get(at) == "-" && attached(t, at) && attached(t, at + 1);
        let at = if hyphen { at + 1 } else { at };
        // "four business days", "two school years"
        let at = if self.qualifies(at) { at + 1 } else { at };
        if !near(t, at) {
            return None;
        }
        let days = self.unit(at)?;
        let unit_word = self.lw(at);
        // "a quarter million": a fraction of a number, not a quarter of a year
        if unit_word.as_str() == "quarter"
            && matches!(
                words().numbers.get(self.lw(at + 1).as_str()),
                Some((_, NumClass::Scale))
            )
        {
            return None;
        }
        if matches!(unit_word.as_str(), "second" | "quarter")
            && !matches!(w.as_str(), "a" | "one")
            && value.is_some_and(|v| v != 1.0)
        {
            return None;
        }
        // "a second round": the ordinal before a noun, not a second of time
        let noun_after = t
            .tokens
            .get(at + 1)
            .is_some_and(|n| n.kind == TokenKind::Word)
            && near(t, at + 1)
            && !matches!(
                self.lw(at + 1).as_str(),
                "ago"
                    | "later"
                    | "earlier"
                    | "before"
                    | "after"
                    | "from"
                    | "and"
                    | "or"
                    | "of"
                    | "to"
                    | "in"
                    | "for"
                    | "longer"
                    | "more"
                    | "less"
            );
        if unit_word.as_str() == "second" && noun_after {
            return None;
        }
        Some(Count {
            value,
            days,
            end: at + 1,
        })
    }

    /// The value of the count at token `i`, whose lower-case form is `w` ("a", "several",
    /// "3.5"; `None` when vague), and the token after it.
    fn count_value(&self, i: usize, w: &str) -> Option<(Option<f64>, usize)> {
        Some(match w {
            "a" | "an" => match self.lw(i + 1).as_str() {
                "few" | "couple" => (
                    None,
                    if self.lw(i + 2).as_str() == "of" {
                        i + 3
                    } else {
                        i + 2
                    },
                ),
                _ => (Some(1.0), i + 1),
            },
            "half" if matches!(self.lw(i + 1).as_str(), "a" | "an") => (Some(0.5), i + 2),
            "several" | "few" | "many" | "some" | "couple" => (
                None,
                if self.lw(i + 1).as_str() == "of" {
                    i + 2
                } else {
                    i + 1
                },
            ),
            _ => {
                let num = numbers::scan(self.t, i, false)?;
                (num.value, num.end)
            }
        })
    }

    /// A count of time, with smaller ones after it, alone or after "and" or a comma ("2 weeks
    /// and 2 days", "3 hours 30 minutes"): the counts and the token after the last.
    fn counts(&self, i: usize) -> Option<(Vec<Count>, usize)> {
        let first = self.count(i)?;
        let mut counts = vec![first];
        let mut end = first.end;
        loop {
            let at = if matches!(self.lw(end).as_str(), "and" | ",") {
                end + 1
            } else {
                end
            };
            if !near(self.t, at) {
                break;
            }
            match self.count(at) {
                Some(c) if c.days < counts[counts.len() - 1].days => {
                    end = c.end;
                    counts.push(c);
                }
                _ => break,
            }
        }
        Some((counts, end))
    }

    /// A duration, or the date it counts to: "two months", "25-year-old", "a year ago",
    /// "three weeks from Monday", "in two days"; "the past three years" comes through
    /// [`Cx::modified`].
    #[inline(never)]
    pub(super) fn duration(&self, i: usize) -> Option<Hit> {
        let t = self.t;
        let (counts, mut end) = self.counts(i)?;
        let first = counts[0];
        // "25-year-old", "25 years old"
        if counts.len() == 1
            && ((t.get(end) == "-" && attached(t, end) && self.lw(end + 1).as_str() == "old")
                || self.lw(end).as_str() == "old")
        {
            end += if self.lw(end).as_str() == "old" { 1 } else { 2 };
            return Some(self.duration_hit(i, end, first));
        }
        if let Some(hit) = self.counted_date(i, &counts, end) {
            return Some(hit);
        }
        let mut hit = self.duration_hit(i, end, first);
        // "in two days", "in a fortnight": from the article's date, when nothing says otherwise
        if counts.len() == 1
            && i > 0
            && self.lw(i - 1).as_str() == "in"
            && first.days >= 1.0
            && self.lean(i, end) >= 0
            && !self.superlative_before(i - 1)
        {
            hit.date = self.shifted(self.today, &counts, 1).map(Day::iso);
        }
        Some(hit)
    }

    /// Whether the word at `at` names a kind of the unit after it ("business days").
    pub(super) fn qualifies(&self, at: usize) -> bool {
        near(self.t, at + 1)
            && self.time_word(at) == Some(TimeWord::Qualifier)
            && matches!(self.time_word(at + 1), Some(TimeWord::Unit(_)))
    }

    /// A stretch of time after "the past", "the first", "the next": one count, counted from
    /// nothing ("three years" of "the past three years").
    pub(super) fn stretch(&self, i: usize) -> Option<Hit> {
        if let Some(count) = self.count(i) {
            return Some(self.duration_hit(i, count.end, count));
        }
        // "the past two quarters": quarters of a year, not three quarters of a thing
        let num = numbers::scan(self.t, i, false)?;
        let quarters = num.end > i + 1 && self.lw(num.end - 1).as_str() == "quarters";
        let count = Count {
            value: num.value.map(|v| v * 4.0),
            days: 91.0,
            end: num.end,
        };
        quarters.then(|| self.duration_hit(i, num.end, count))
    }

    /// A duration figure over `start..end` for `count`'s unit.
    fn duration_hit(&self, start: usize, end: usize, count: Count) -> Hit {
        let mut hit = Hit::new(start, end, FigureKind::Duration, count.value);
        hit.unit = Some(unit_name(count.days));
        hit
    }

    /// Whether the word before token `i` makes "in three years" a stretch of time rather
    /// than a date ahead: "the highest in three years", "the first time in a decade".
    fn superlative_before(&self, i: usize) -> bool {
        i > 0 && {
            let w = self.lw(i - 1);
            let s = w.as_str();
            s.ends_with("est")
                || matches!(s, "first" | "time" | "once" | "twice" | "only" | "times")
        }
    }

    /// `day` moved by every count, `sign` 1 ahead, -1 back.
    fn shifted(&self, day: Option<Day>, counts: &[Count], sign: i64) -> Option<Day> {
        counts.iter().try_fold(day?, |d, c| {
            c.steps().map(|(n, step)| d.add(sign * n, step))
        })
    }

    /// The date counts of time reach from the article's date or an anchor, after the counts
    /// ending at `end`: "ago", "from now", "later", "before the March 3 vote", "after Christmas".
    fn counted_date(&self, i: usize, counts: &[Count], end: usize) -> Option<Hit> {
        let t = self.t;
        if !near(t, end) {
            return None;
        }
        let after = self.lw(end);
        let (sign, stop, from) = match after.as_str() {
            "ago" => (-1, end + 1, self.today),
            "from" | "after" | "before"
                if matches!(self.lw(end + 1).as_str(), "now" | "today") && near(t, end + 1) =>
            {
                (
                    if after.as_str() == "before" { -1 } else { 1 },
                    end + 2,
                    self.today,
                )
            }
            // "a fortnight later": counted from the article's date only when the sentence has
            // no tense of its own (a story's "two days later" counts from its own events)
            "later" | "earlier" => {
                let dated = self.lean(i, end + 1) == 0;
                (
                    if after.as_str() == "later" { 1 } else { -1 },
                    end + 1,
                    self.today.filter(|_| dated),
                )
            }
            "from" | "after" | "before" => {
                let (anchor, e) = self.anchor(end + 1)?;
                (
                    if after.as_str() == "before" { -1 } else { 1 },
                    e,
                    Some(anchor),
                )
            }
            _ => return None,
        };
        let small = counts.iter().all(|c| c.days < 1.0);
        let kind = if small {
            FigureKind::Time
        } else {
            FigureKind::Date
        };
        let mut hit = Hit::new(i, stop, kind, None);
        hit.date = if small {
            None
        } else {
            self.shifted(from, counts, sign).map(Day::iso)
        };
        Some(hit)
    }

    /// A date that counts of time are counted from, at token `i` ("Monday", "tomorrow",
    /// "January 12th", "the March 3 vote"): its day and the token after it.
    fn anchor(&self, i: usize) -> Option<(Day, usize)> {
        let t = self.t;
        if !near(t, i) {
            return None;
        }
        let hit = self.date_at(i).or_else(|| {
            (self.lw(i).as_str() == "the")
                .then(|| self.core(i + 1))
                .flatten()
        })?;
        let day = hit
            .date
            .as_deref()
            .and_then(Day::parse)
            .filter(|_| hit.kind != FigureKind::Duration)?;
        Some((day, hit.end))
    }
}
