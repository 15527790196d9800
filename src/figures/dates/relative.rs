//! Dates that start with a word placing them against the article's date: "last year", "next Tuesday", "this coming Sunday".

use super::Cx;
use crate::calendar::{self, Day, Step};
use crate::document::FigureKind;
use crate::figures::lexicon::TimeWord;
use crate::figures::{is_number, near, Hit};

impl Cx<'_, '_> {
    /// After "last", "this", "next", "past" (`dir` -1, 0, 1): a weekday, a month, a unit of
    /// time ("last year"), a count of units ("the past three years"), a season, a part of the day.
    #[inline(never)]
    pub(super) fn modified(&self, i: usize, dir: i64) -> Option<Hit> {
        let t = self.t;
        let at = i + 1;
        if !near(t, at) {
            return None;
        }
        let w = self.lw(at);
        let s = w.as_str();
        let modifier = self.lw(i);
        let after_the = i > 0 && self.lw(i - 1).as_str() == "the";
        let anchored = matches!(
            modifier.as_str(),
            "last" | "this" | "next" | "coming" | "current" | "upcoming"
        ) || !after_the && matches!(modifier.as_str(), "previous" | "following");
        if let Some(hit) = self.modified_date(i, dir) {
            return Some(hit);
        }
        if let Some(hit) = self.modified_holiday(i, dir) {
            return Some(hit);
        }
        if let Some(hit) = self.modified_name(i, dir, anchored) {
            return Some(hit);
        }
        // "the previous year", "the following day" count from a time the story names, not
        // from the article's date: they get no date (see `anchored`).
        // "this school year", "next working week": the kind of unit, with no date
        if self.qualifies(at) {
            return Some(self.date_hit(i, at + 2, None));
        }
        match self.time_word(at) {
            Some(TimeWord::Unit(days)) => Some(self.modified_unit(i, dir, anchored, days)),
            Some(TimeWord::Part) => {
                let kind = if s == "weekend" {
                    FigureKind::Date
                } else {
                    FigureKind::Time
                };
                let mut hit = Hit::new(i, at + 1, kind, None);
                if kind == FigureKind::Date {
                    hit.date = None;
                }
                Some(hit)
            }
            Some(TimeWord::Season) => Some(self.date_hit(i, at + 1, None)),
            // "this past weekend", "this coming Monday"
            Some(TimeWord::Modifier(Some(d))) if modifier.as_str() == "this" && d != 0 => {
                let mut hit = self.modified(at, d)?;
                hit.start = i;
                Some(hit)
            }
            Some(TimeWord::Modifier(_)) if matches!(modifier.as_str(), "earlier" | "later") => {
                let mut hit = self.modified(at, 0)?;
                hit.start = i;
                hit.date = None;
                Some(hit)
            }
            _ => {
                // "the past three years", "the next few weeks", "last 3 months"
                let d = self.stretch(at)?;
                if d.kind != FigureKind::Duration {
                    return None;
                }
                Some(self.date_hit(i, self.of_year(d.end), None))
            }
        }
    }

    /// A date after "last", "this", "next" (`dir`) at token `i`: "next 9th of May", the date
    /// itself, the next (or last) time it comes.
    fn modified_date(&self, i: usize, dir: i64) -> Option<Hit> {
        let t = self.t;
        let at = i + 1;
        let mut hit = self
            .day_led(at)
            .or_else(|| self.numeric_date(at))
            .filter(|h| h.kind == FigureKind::Date)?;
        let has_year = (at..hit.end).any(|j| is_number(t, j) && t.get(j).len() == 4);
        if let (Some(today), Some(day), false) = (
            self.today,
            hit.date.as_deref().and_then(Day::parse),
            has_year,
        ) {
            let mut d = day;
            while dir > 0 && d <= today {
                d = d.add_months(12);
            }
            while dir < 0 && d >= today {
                d = d.add_months(-12);
            }
            hit.date = Some(d.iso());
        }
        hit.start = i;
        Some(hit)
    }

    /// A weekday or month after "last", "this", "next" (`dir`) at token `i`: "next Tuesday",
    /// "last March"; `anchored` when the modifier counts from the article's date.
    fn modified_name(&self, i: usize, dir: i64, anchored: bool) -> Option<Hit> {
        let t = self.t;
        let at = i + 1;
        let w = self.lw(at);
        let s = w.as_str();
        let modifier = self.lw(i);
        if let Some(weekday) = calendar::weekday(s).filter(|_| t.get(at).len() > 3) {
            let after = if t.get(at + 1) == "," { at + 2 } else { at + 1 };
            if near(t, after) {
                if let Some(mut hit) = self.full_date(after) {
                    hit.start = i;
                    return Some(hit);
                }
            }
            let lean = self.lean(i, at + 1);
            let week = if modifier.as_str() == "past" || modifier.as_str() == "coming" {
                None
            } else {
                Some(dir)
            };
            let date = self
                .resolve_weekday(weekday, week, if dir != 0 { dir } else { lean })
                .map(Day::iso);
            let mut hit = self.date_hit(
                i,
                at + 1,
                date.filter(|_| anchored || modifier.as_str() == "past"),
            );
            if near(t, at + 1)
                && matches!(
                    self.lw(at + 1).as_str(),
                    "morning" | "afternoon" | "evening" | "night"
                )
            {
                hit.end = at + 2;
                hit.kind = FigureKind::Time;
            }
            return Some(hit);
        }
        if let Some(month) = self
            .month_at(at)
            .filter(|_| t.get(at).len() > 3 && t.is_capitalised(at) || s.len() > 5)
        {
            let today = self.today;
            let year = today.map(|d| match dir {
                -1 if month >= d.month => d.year - 1,
                1 if month <= d.month => d.year + 1,
                _ => d.year,
            });
            return Some(
                self.date_hit(
                    i,
                    at + 1,
                    year.filter(|_| anchored)
                        .map(|y| format!("{y:04}-{month:02}")),
                ),
            );
        }
        None
    }

    /// A unit of time after "last", "this", "next" (`dir`) at token `i`: "last year" (2018),
    /// "next month", "this week" (Monday to Sunday), "last quarter", "next day", "next week
    /// Thursday"; `anchored` when the modifier counts from the article's date.
    fn modified_unit(&self, i: usize, dir: i64, anchored: bool, days: f64) -> Hit {
        let t = self.t;
        let at = i + 1;
        let unit = self.lw(at);
        let today = self.today.filter(|_| anchored);
        let mut end = self.of_year(at + 1);
        let kind = if days < 1.0 {
            FigureKind::Time
        } else {
            FigureKind::Date
        };
        let mut hit = Hit::new(i, end, kind, None);
        let Some(d) = today else { return hit };
        match unit.as_str() {
            "year" => hit.date = Some(format!("{:04}", d.year + dir as i32)),
            "month" => {
                let m = d.add(dir, Step::Months(1));
                hit.date = Some(format!("{:04}-{:02}", m.year, m.month));
            }
            "quarter" => {
                let first = Day::new(d.year, (d.month - 1) / 3 * 3 + 1, 1)
                    .map(|q| q.add(dir, Step::Months(3)));
                hit.date = first.map(|q| format!("{:04}-{:02}", q.year, q.month));
                hit.date_end = first
                    .map(|q| q.add(2, Step::Months(1)))
                    .map(|q| format!("{:04}-{:02}", q.year, q.month));
            }
            "day" if self.lw(i).as_str() == "next" => hit.date = Some(d.add_days(1).iso()),
            "week" => {
                // "next week Thursday", "this week on Monday": that day of the week
                let on = if self.lw(end).as_str() == "on" {
                    end + 1
                } else {
                    end
                };
                if let Some(weekday) = calendar::weekday(self.lw(on).as_str())
                    .filter(|_| near(t, on) && t.get(on).len() > 3)
                {
                    end = on + 1;
                    hit.end = end;
                    hit.date = Some(d.weekday_in_week(weekday, dir).iso());
                } else {
                    hit.date = Some(d.weekday_in_week(1, dir).iso());
                    hit.date_end = Some(d.weekday_in_week(7, dir).iso());
                }
            }
            _ => {}
        }
        hit
    }
}
