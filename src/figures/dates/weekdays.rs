//! Dates that start with a weekday: "Tuesday", "Tuesday, May 4", "Monday morning".

use super::{Cx, Lean};
use crate::calendar::{self, Day};
use crate::document::FigureKind;
use crate::figures::lexicon::TimeWord;
use crate::figures::numbers;
use crate::figures::{attached, is_number, near, Hit};

impl Cx<'_, '_> {
    /// "Tuesday", "Tuesday, May 4", "Monday morning".
    pub(super) fn weekday_led(&self, i: usize, weekday: u32) -> Option<Hit> {
        let t = self.t;
        let full = self.t.get(i).len() > 4;
        let mut end = i + 1;
        if !full && t.get(end) == "." && attached(t, end) {
            end += 1;
        }
        let after = if t.get(end) == "," { end + 1 } else { end };
        if near(t, after) {
            if let Some(mut hit) = self.full_date(after) {
                hit.start = i;
                return Some(hit);
            }
        }
        if !full {
            // "Fri 21st": an abbreviation needs a day after it.
            let (_, e) = self.day_number(end).filter(|_| near(t, end))?;
            return Some(self.date_hit(i, e, None));
        }
        if let Some(hit) = self.weekday_placed(i, end, weekday) {
            return Some(hit);
        }
        let lean = self.lean(i, end);
        let date = self.resolve_weekday(weekday, None, lean).map(Day::iso);
        let mut hit = self.date_hit(i, end, date);
        if near(t, end)
            && matches!(
                self.lw(end).as_str(),
                "morning" | "afternoon" | "evening" | "night"
            )
        {
            hit.end = end + 1;
            hit.kind = FigureKind::Time;
        }
        Some(hit)
    }

    /// A date written in full after a weekday: "May 4", "4 May 2019", "5/12".
    pub(super) fn full_date(&self, i: usize) -> Option<Hit> {
        self.month_led_strict(i)
            .or_else(|| self.day_led(i).filter(|h| h.kind == FigureKind::Date))
            .or_else(|| self.numeric_after_weekday(i))
    }

    /// "5/12", "2019-05-12" after a weekday, read month first unless that cannot be.
    pub(super) fn numeric_after_weekday(&self, i: usize) -> Option<Hit> {
        let t = self.t;
        if !is_number(t, i)
            || t.get(i + 1) != "/"
            || !attached(t, i + 1)
            || !attached(t, i + 2)
            || !is_number(t, i + 2)
        {
            return self.numeric_date(i);
        }
        let (a, b): (u32, u32) = (t.get(i).parse().ok()?, t.get(i + 2).parse().ok()?);
        if t.get(i + 3) == "/" {
            return self.numeric_date(i);
        }
        let (month, day) = if a > 12 { (b, a) } else { (a, b) };
        let lean = self.lean(i, i + 3);
        Day::new(2000, month, day)?;
        Some(self.date_hit(
            i,
            i + 3,
            self.resolve_month_day(month, day, lean).map(Day::iso),
        ))
    }

    /// The day `weekday` names: `week` is `Some(-1)` last week's, `Some(0)` this week's,
    /// `Some(1)` next week's; `None` the nearest in the direction the sentence leans (today
    /// itself counts looking back: "said on Wednesday" in Wednesday's paper).
    pub(super) fn resolve_weekday(
        &self,
        weekday: u32,
        week: Option<i64>,
        lean: Lean,
    ) -> Option<Day> {
        let today = self.today?;
        Some(match week {
            Some(w) => today.weekday_in_week(weekday, w),
            None => today.nearest_weekday(weekday, lean > 0, lean <= 0),
        })
    }

    /// A weekday the words after it place (`end` is the token after the weekday): "Friday of
    /// next week", "Tuesday after next", "Thursday the 14th", "Monday the 25 July 2022".
    fn weekday_placed(&self, i: usize, end: usize, weekday: u32) -> Option<Hit> {
        let t = self.t;
        if !near(t, end) {
            return None;
        }
        let today = self.today;
        let next = self.lw(end);
        match next.as_str() {
            // "Friday of next week", "Monday of the following week"
            "of" => {
                let at = if self.lw(end + 1).as_str() == "the" {
                    end + 2
                } else {
                    end + 1
                };
                let Some(TimeWord::Modifier(Some(dir))) = self.time_word(at) else {
                    return None;
                };
                (self.lw(at + 1).as_str() == "week").then(|| {
                    self.date_hit(
                        i,
                        at + 2,
                        today.map(|d| d.weekday_in_week(weekday, dir).iso()),
                    )
                })
            }
            // "Tuesday after next", "Friday before last"
            "after" | "before" => {
                let weeks = match (next.as_str(), self.lw(end + 1).as_str()) {
                    ("after", "next") => 2,
                    ("before", "last") => -2,
                    _ => return None,
                };
                Some(self.date_hit(
                    i,
                    end + 2,
                    today.map(|d| d.weekday_in_week(weekday, weeks).iso()),
                ))
            }
            // "Monday the 25 July 2022": the date written in full
            "the"
                if self
                    .day_led(end + 1)
                    .is_some_and(|h| h.kind == FigureKind::Date) =>
            {
                let mut hit = self.day_led(end + 1)?;
                hit.start = i;
                Some(hit)
            }
            // "Thursday the 14th": the 14th nearest the article's date that is a Thursday
            "the" => {
                let (day, e) = self.day_number(end + 1).or_else(|| {
                    let (v, e) = numbers::scan_ordinal(t, end + 1)?;
                    (1.0..=31.0).contains(&v).then_some((v as u32, e))
                })?;
                Some(self.date_hit(
                    i,
                    e,
                    self.day_of_month_near(day, Some(weekday)).map(Day::iso),
                ))
            }
            _ => None,
        }
    }

    /// The `day` of a month nearest the article's date, of `weekday` when one is given (the
    /// months around it tried, the nearest that fits first): "the 14th", "Thursday the 14th".
    pub(super) fn day_of_month_near(&self, day: u32, weekday: Option<u32>) -> Option<Day> {
        let today = self.today?;
        let distance = |d: &Day| (d.ordinal() - today.ordinal()).abs();
        (-6..=6)
            .filter_map(|k| {
                let m = Day::new(today.year, today.month, 1)?.add_months(k);
                Day::new(m.year, m.month, day)
            })
            .filter(|d| weekday.is_none_or(|w| d.weekday() == w))
            .min_by_key(distance)
    }

    /// "the first Monday of next month", "the last Friday of June", "second Sunday of May
    /// 2019": the nth weekday of a month another date names.
    pub(super) fn nth_weekday_of(&self, i: usize) -> Option<Hit> {
        let t = self.t;
        let (n, at) = match self.lw(i).as_str() {
            "last" => (-1, i + 1),
            _ => numbers::scan_ordinal(t, i)
                .filter(|&(v, _)| (1.0..=5.0).contains(&v))
                .map(|(v, e)| (v as i32, e))?,
        };
        let weekday =
            calendar::weekday(t.get(at)).filter(|_| near(t, at) && t.get(at).len() > 3)?;
        if self.lw(at + 1).as_str() != "of" || !near(t, at + 2) {
            return None;
        }
        let month = self.core(at + 2).filter(|h| h.kind == FigureKind::Date)?;
        let named = self.month_at(at + 2);
        let (year, m) = match month.date.as_deref() {
            Some(d) if d.len() == 7 => (d[..4].parse().ok(), d[5..].parse().ok()),
            _ => (
                named.and_then(|m| self.resolve_month(m, self.lean(i, month.end))),
                named,
            ),
        };
        let date = year
            .zip(m)
            .and_then(|(y, m)| Day::nth_weekday(y, m, weekday, n));
        Some(self.date_hit(i, month.end, date.map(Day::iso)))
    }
}
