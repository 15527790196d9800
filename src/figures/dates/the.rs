//! Dates that start with "the": "the past three years", "the first quarter", "the day after tomorrow".

use super::Cx;
use crate::calendar::{self, Day};
use crate::document::FigureKind;
use crate::figures::lexicon::{words, TimeWord};
use crate::figures::numbers;
use crate::figures::{attached, is_number, near, Hit};
use crate::text::TokenKind;

impl Cx<'_, '_> {
    /// A date after "the": "the past three years", "the first quarter", "the 1990s",
    /// "the weekend", "the day before yesterday", "the end of March", "the 3rd of May".
    #[inline(never)]
    pub(super) fn after_the(&self, i: usize) -> Option<Hit> {
        let t = self.t;
        if !near(t, i) {
            return None;
        }
        let w = self.lw(i);
        if let Some(decided) = self.the_time_word(i, w.as_str()) {
            return decided;
        }
        // "the third-quarter loss": the date is "third-quarter", the article is the loss's
        if numbers::scan_ordinal(t, i).is_some_and(|(_, e)| t.get(e) == "-" && attached(t, e)) {
            return None;
        }
        if let Some(hit) = self
            .day_of_month_named(i)
            .or_else(|| self.nth_weekday_of(i))
        {
            return Some(hit);
        }
        if let Some(hit) = self.ordinal_period(i) {
            return Some(hit);
        }
        // "the 23rd": a day of this month
        if is_number(t, i) {
            if let Some((day, end)) = self.day_number(i).filter(|&(_, e)| e == i + 2) {
                let bare = t
                    .tokens
                    .get(end)
                    .is_none_or(|n| n.kind == TokenKind::Punct || n.sentence_start)
                    || matches!(
                        self.lw(end).as_str(),
                        "at" | "this" | "and" | "or" | "to" | "through"
                    );
                if bare {
                    let date = self
                        .today
                        .and_then(|d| Day::new(d.year, d.month, day))
                        .map(Day::iso);
                    return Some(self.date_hit(i, end, date));
                }
            }
        }
        if let Some(TimeWord::Season) = self.time_word(i) {
            if self.lw(i + 1).as_str() == "of" {
                let (_, end) = self.year_after(i + 2)?;
                return Some(self.date_hit(i, end, None));
            }
            // "the summer", "the winter"; "the fall" and "the spring" are too often something else
            return matches!(w.as_str(), "summer" | "winter" | "autumn")
                .then(|| self.date_hit(i, i + 1, None));
        }
        // "the September contract", "the 2008 crisis": the date is the month or year alone.
        let decade = self.lw(i + 1).as_str() == "s"
            || matches!(t.get(i + 1), "'" | "’")
                && self.lw(i + 2).as_str() == "s"
                && t.get(i).ends_with('0');
        let bare_year = is_number(t, i) && t.get(i).len() == 4 && !decade;
        // "the Tuesday after next": a weekday the words after it place
        if let Some(weekday) = calendar::weekday(w.as_str()) {
            return self
                .weekday_led(i, weekday)
                .filter(|h| h.end > i + 1 && h.kind == FigureKind::Date && h.date.is_some());
        }
        if self.month_at(i).is_some() || bare_year {
            return None;
        }
        let hit = self.core(i)?;
        // "the 3rd of May", "the past three years", "the 1990s", but not "the 2,000" or "the five".
        match hit.kind {
            FigureKind::Date | FigureKind::Time => Some(hit),
            _ => None,
        }
    }

    /// A date after "the" that starts with the lower-case word `w` at token `i` and the
    /// words after it: "the day before yesterday", "the weekend", "the morning", "the year
    /// before", "the year 2019", "later in the year", "the end of March". `None` when `w`
    /// starts none of them; else what was found there, if anything.
    fn the_time_word(&self, i: usize, w: &str) -> Option<Option<Hit>> {
        let t = self.t;
        match w {
            "day"
                if matches!(
                    (self.lw(i + 1).as_str(), self.lw(i + 2).as_str()),
                    ("before", "yesterday") | ("after", "tomorrow")
                ) =>
            {
                let n = if self.lw(i + 1).as_str() == "before" {
                    -2
                } else {
                    2
                };
                Some(Some(self.date_hit(
                    i,
                    i + 3,
                    self.today.map(|d| d.add_days(n).iso()),
                )))
            }
            "weekend" => Some(Some(self.date_hit(i, i + 1, None))),
            "morning" | "afternoon" | "evening" | "night" => {
                Some(Some(Hit::new(i, i + 1, FigureKind::Time, None)))
            }
            "day" | "year" | "week" | "month"
                if self.lw(i + 1).as_str() == "before"
                    && (!near(t, i + 2) || matches!(t.get(i + 2), "." | "," | "?" | "!")) =>
            {
                let date = match w {
                    "day" => self.today.map(|d| d.add_days(-1).iso()),
                    _ => None,
                };
                Some(Some(self.date_hit(i, i + 2, date)))
            }
            "year" if self.year_after(i + 1).is_some() => {
                let year = self.year_after(i + 1);
                Some(year.map(|(_, end)| self.date_hit(i, end, Some(t.get(i + 1).to_string()))))
            }
            // "later in the year", "the rest of the week", "partner of the month"
            "day" | "week" | "month" | "year"
                if i >= 2
                    && words()
                        .dates
                        .period_prepositions
                        .contains(self.lw(i - 2).as_str())
                    && !matches!(self.lw(i + 1).as_str(), "of" | "after" | "before")
                    && !matches!(t.get(i + 1), "'" | "’")
                    && !is_number(t, i + 1) =>
            {
                Some(Some(self.date_hit(i, i + 1, None)))
            }
            "end" | "beginning" | "start" | "middle" | "rest" | "remainder" | "remaining"
                if self.lw(i + 1).as_str() == "of" =>
            {
                let at = i + 2;
                if let Some(end) = self.bare_unit(at) {
                    return Some(Some(self.date_hit(i, end, None)));
                }
                let inner = if self.lw(at).as_str() == "the" {
                    self.after_the(at + 1)
                } else {
                    self.core(at)
                };
                Some(inner.map(|mut h| {
                    h.start = i;
                    self.narrow(&mut h, w);
                    h
                }))
            }
            _ => None,
        }
    }

    /// "first quarter", "second half", "first week", "20th century" (after "the", or alone
    /// when hyphenated: "first-quarter"), with "of 2019" after.
    pub(super) fn ordinal_period(&self, i: usize) -> Option<Hit> {
        let t = self.t;
        let (_, at) = numbers::scan_ordinal(t, i)?;
        // "the first nine months (of 2019)"
        if near(t, at) && matches!(self.lw(i).as_str(), "first" | "last") {
            if let Some(d) = self.stretch(at).filter(|d| d.kind == FigureKind::Duration) {
                return Some(self.date_hit(i, self.of_year(d.end), None));
            }
        }
        let at = if t.get(at) == "-" && attached(t, at) {
            at + 1
        } else {
            at
        };
        if !near(t, at)
            || !matches!(
                self.lw(at).as_str(),
                "quarter" | "half" | "week" | "century" | "month" | "day" | "year"
            )
        {
            return None;
        }
        let end = self.of_year(at + 1);
        let mut hit = self.date_hit(i, end, None);
        // "the 19th century": 1800 to 1899
        if let Some((n, _)) = numbers::scan_ordinal(t, i)
            .filter(|&(n, _)| self.lw(at).as_str() == "century" && (1.0..=30.0).contains(&n))
        {
            let first = (n as i32 - 1) * 100;
            hit.date = Some(format!("{first:04}"));
            hit.date_end = Some(format!("{:04}", first + 99));
        }
        Some(hit)
    }

    /// Extends past "of 2019", "of the year", "of next year" when they follow token `end - 1`.
    pub(super) fn of_year(&self, end: usize) -> usize {
        if self.lw(end).as_str() != "of" {
            return end;
        }
        if let Some((_, e)) = self.year_after(end + 1) {
            return e;
        }
        // "the first week of July (2019)"
        if self.month_at(end + 1).is_some() && near(self.t, end + 1) {
            return self
                .year_after(end + 2)
                .filter(|_| near(self.t, end + 2))
                .map_or(end + 2, |(_, e)| e);
        }
        let w = self.lw(end + 1);
        if matches!(w.as_str(), "the" | "this" | "next" | "last")
            && matches!(self.lw(end + 2).as_str(), "year" | "month")
        {
            return end + 3;
        }
        end
    }

    /// "the 15th day of next month", "the 3rd day of May": a day of a month another date names.
    fn day_of_month_named(&self, i: usize) -> Option<Hit> {
        let (day, at) =
            numbers::scan_ordinal(self.t, i).filter(|&(v, _)| (1.0..=31.0).contains(&v))?;
        if self.lw(at).as_str() != "day" || self.lw(at + 1).as_str() != "of" {
            return None;
        }
        let month = self.core(at + 2).filter(|h| h.kind == FigureKind::Date)?;
        let date = month
            .date
            .as_deref()
            .filter(|d| d.len() == 7)
            .and_then(|d| Day::new(d[..4].parse().ok()?, d[5..].parse().ok()?, day as u32));
        Some(self.date_hit(i, month.end, date.map(Day::iso)))
    }

    /// "year", "week" after "end of", "rest of" (with no article: news's "the end of the year"
    /// is a stretch of time more often than a date): the token after the unit.
    pub(super) fn bare_unit(&self, at: usize) -> Option<usize> {
        (near(self.t, at)
            && matches!(
                self.lw(at).as_str(),
                "day" | "week" | "month" | "year" | "quarter"
            ))
        .then_some(at + 1)
    }
}
