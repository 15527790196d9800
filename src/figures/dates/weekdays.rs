//! Dates that start with a weekday: "Tuesday", "Tuesday, May 4", "Monday morning".

use super::{Cx, Lean};
use crate::figures::{attached, is_number, near, Hit};
use crate::calendar::Day;
use crate::document::FigureKind;

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
        let lean = self.lean(i, end);
        let date = self.resolve_weekday(weekday, None, lean).map(Day::iso);
        let mut hit = self.date_hit(i, end, date);
        if near(t, end) && matches!(self.lw(end).as_str(), "morning" | "afternoon" | "evening" | "night") {
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
        if !is_number(t, i) || t.get(i + 1) != "/" || !attached(t, i + 1) || !attached(t, i + 2) || !is_number(t, i + 2) {
            return self.numeric_date(i);
        }
        let (a, b): (u32, u32) = (t.get(i).parse().ok()?, t.get(i + 2).parse().ok()?);
        if t.get(i + 3) == "/" {
            return self.numeric_date(i);
        }
        let (month, day) = if a > 12 { (b, a) } else { (a, b) };
        let lean = self.lean(i, i + 3);
        Day::new(2000, month, day)?;
        Some(self.date_hit(i, i + 3, self.resolve_month_day(month, day, lean).map(Day::iso)))
    }

    /// The day `weekday` names: `week` is `Some(-1)` last week's, `Some(0)` this week's,
    /// `Some(1)` next week's; `None` the nearest in the direction the sentence leans.
    pub(super) fn resolve_weekday(&self, weekday: u32, week: Option<i64>, lean: Lean) -> Option<Day> {
        let today = self.today?;
        let delta = i64::from(weekday) - i64::from(today.weekday());
        Some(match week {
            Some(w) => today.add_days(delta + 7 * w),
            None if lean > 0 => today.add_days(if delta > 0 { delta } else { delta + 7 }),
            None => today.add_days(if delta <= 0 { delta } else { delta - 7 }),
        })
    }
}
