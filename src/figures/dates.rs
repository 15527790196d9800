//! Dates, times and durations ("last Thursday", "May 4, 2019", "the past three years",
//! "3pm", "15:30 GMT", "two months"), resolved to ISO 8601 against the article's date.
//!
//! Spans follow OntoNotes: a date carries its modifiers ("the past three years", "early
//! May") but not its preposition ("in 1989" gives "1989").

use super::lexicon::{words, Lower, NumClass, TimeWord};
use super::numbers;
use super::{attached, is_number, near, Hit};
use crate::calendar::{self, Day};
use crate::document::FigureKind;
use crate::text::{Gap, TokenKind, Tokens};

/// Finds a date, time or duration at token `i`; pushes it and returns the token after it.
#[inline(never)]
pub(super) fn scan(t: &Tokens, i: usize, today: Option<Day>, out: &mut Vec<Hit>) -> Option<usize> {
    let cx = Cx { t, today };
    let hit = cx.date_at(i)?;
    let end = hit.end;
    out.push(hit);
    Some(end)
}

/// The tokens and the article's date.
struct Cx<'a, 't> {
    t: &'a Tokens<'t>,
    today: Option<Day>,
}

/// Which way an unanchored date leans: -1 to the past, 1 to the future, 0 unknown.
type Lean = i64;

/// Words that make a sentence look forward.
const FUTURE_CUES: &[&str] = &["will", "ll", "shall", "going", "plans", "plan", "planned", "scheduled", "expected", "due", "upcoming", "until", "next"];
/// Words that make a sentence look back.
const PAST_CUES: &[&str] = &["said", "says", "was", "were", "had", "did", "ago", "told", "went", "met", "began", "came", "took", "made", "saw", "gave", "won", "lost", "left", "held", "fell", "rose", "since", "last"];
/// Prepositions after which a four-digit number is a year.
const YEAR_PREPOSITIONS: &[&str] = &["in", "since", "by", "from", "until", "till", "to", "of", "between", "before", "after", "during", "through", "and", "year", "fiscal", "early", "late", "mid", "end", "summer", "spring", "autumn", "winter", "fall", "season", "-", "–", ",", "(", "circa", "c."];
/// Words before a number that make it a count, not a year ("about 2000").
const COUNT_WORDS: &[&str] = &["about", "some", "nearly", "almost", "over", "than", "approximately", "around", "roughly", "least", "only", "just", "another", "additional", "estimated", "all", "these", "those", "total", "of", "up", "to", "$"];
/// Plural nouns a year often qualifies ("the 2008 elections"), unlike counted things ("2000 troops").
const YEAR_NOUNS: &[&str] = &["elections", "olympics", "games", "levels", "figures", "polls", "talks", "results", "accounts", "earnings", "sales", "protests", "riots", "attacks", "floods", "finals", "championships", "standards", "rules", "accords", "agreements"];

fn unit_name(days: f64) -> &'static str {
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

impl<'t> Cx<'_, 't> {
    fn lw(&self, i: usize) -> Lower<'t> {
        Lower::new(self.t.get(i))
    }

    fn time_word(&self, i: usize) -> Option<TimeWord> {
        words().time.get(self.lw(i).as_str()).copied()
    }

    /// The unit of time at token `i` (its length in days).
    fn unit(&self, i: usize) -> Option<f64> {
        match self.time_word(i)? {
            TimeWord::Unit(days) => Some(days),
            _ => None,
        }
    }

    fn month_at(&self, i: usize) -> Option<u32> {
        let tok = self.t.tokens.get(i)?;
        if tok.kind != TokenKind::Word {
            return None;
        }
        calendar::month(self.t.get(i))
    }

    /// A day of the month at token `i` ("4", "4th", "04"): its number and the token after.
    fn day_number(&self, i: usize) -> Option<(u32, usize)> {
        let s = self.t.get(i);
        if !is_number(self.t, i) || s.len() > 2 {
            return None;
        }
        let day: u32 = s.parse().ok()?;
        if !(1..=31).contains(&day) {
            return None;
        }
        let mut end = i + 1;
        if attached(self.t, end) && matches!(self.lw(end).as_str(), "st" | "nd" | "rd" | "th") {
            end += 1;
        }
        // "4:30" is a time, "4,000" a number, "4.5" a decimal
        if attached(self.t, end) && matches!(self.t.get(end), ":" | "," | ".") && is_number(self.t, end + 1) && attached(self.t, end + 1) {
            return None;
        }
        Some((day, end))
    }

    /// A year at token `i` after a month or day ("2019", "'19"): the year and the token after.
    fn year_after(&self, i: usize) -> Option<(i32, usize)> {
        let s = self.t.get(i);
        if matches!(s, "'" | "’") && is_number(self.t, i + 1) && self.t.get(i + 1).len() == 2 && attached(self.t, i + 1) {
            let y: i32 = self.t.get(i + 1).parse().ok()?;
            return Some((if y < 50 { 2000 + y } else { 1900 + y }, i + 2));
        }
        if let Some(year) = self.written_year(i) {
            return Some(year);
        }
        if !is_number(self.t, i) || s.len() != 4 || (attached(self.t, i + 1) && self.t.get(i + 1) == "," && attached(self.t, i + 2) && is_number(self.t, i + 2)) {
            return None;
        }
        let y: i32 = s.parse().ok()?;
        (1000..=2999).contains(&y).then_some((y, i + 1))
    }

    /// A year in words: "nineteen seventy four", "two thousand and nine".
    fn written_year(&self, i: usize) -> Option<(i32, usize)> {
        let w = words();
        let &(century, class) = w.numbers.get(self.lw(i).as_str())?;
        if class == NumClass::Teen && near(self.t, i + 1) {
            // "nineteen seventy four", "nineteen hundred eighty one"
            let at = if self.lw(i + 1).as_str() == "hundred" { i + 2 } else { i + 1 };
            let rest = numbers::scan(self.t, at, false).filter(|n| !n.scaled)?;
            let r = rest.value.filter(|v| v.fract() == 0.0 && *v >= 10.0 && *v < 100.0)?;
            return Some((century as i32 * 100 + r as i32, rest.end));
        }
        let num = numbers::scan(self.t, i, false)?;
        let v = num.value.filter(|v| v.fract() == 0.0 && (1000.0..=2999.0).contains(v))?;
        (num.end > i + 1).then_some((v as i32, num.end))
    }

    /// Which way the sentence around tokens `start..end` leans.
    fn lean(&self, start: usize, end: usize) -> Lean {
        let t = self.t;
        let cue = |j: usize| -> Lean {
            let s = t.get(j);
            if t.tokens[j].kind != TokenKind::Word || s.len() < 2 {
                0
            } else if FUTURE_CUES.iter().any(|c| c.eq_ignore_ascii_case(s)) {
                1
            } else if s.len() > 4 && s.ends_with("ed") || PAST_CUES.iter().any(|c| c.eq_ignore_ascii_case(s)) {
                -1
            } else {
                0
            }
        };
        let mut j = start;
        while j > 0 && start - j < 12 {
            j -= 1;
            let c = cue(j);
            if c != 0 {
                return c;
            }
            if t.tokens[j].sentence_start {
                break;
            }
        }
        let mut j = end;
        while j < t.len() && j < end + 6 && !t.tokens[j].sentence_start {
            let c = cue(j);
            if c != 0 {
                return c;
            }
            j += 1;
        }
        0
    }

    /// The date of `month`/`day` in the year the sentence points to.
    /// The nearest such day to the article's date wins; the tense only breaks near ties
    /// (about two months either way), since news reports on both sides of its date.
    fn resolve_month_day(&self, month: u32, day: u32, lean: Lean) -> Option<Day> {
        let today = self.today?;
        let distance = |d: &Day| (d.ordinal() - today.ordinal()).abs();
        let mut best: Option<Day> = None;
        for year in [today.year - 1, today.year, today.year + 1] {
            let Some(d) = Day::new(year, month, day) else { continue };
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

    /// The year of `month` the sentence points to.
    fn resolve_month(&self, month: u32, lean: Lean) -> Option<i32> {
        self.resolve_month_day(month, 15, lean).map(|d| d.year)
    }

    /// The day `weekday` names: `week` is `Some(-1)` last week's, `Some(0)` this week's,
    /// `Some(1)` next week's; `None` the nearest in the direction the sentence leans.
    fn resolve_weekday(&self, weekday: u32, week: Option<i64>, lean: Lean) -> Option<Day> {
        let today = self.today?;
        let delta = i64::from(weekday) - i64::from(today.weekday());
        Some(match week {
            Some(w) => today.add_days(delta + 7 * w),
            None if lean > 0 => today.add_days(if delta > 0 { delta } else { delta + 7 }),
            None => today.add_days(if delta <= 0 { delta } else { delta - 7 }),
        })
    }

    fn date_hit(&self, start: usize, end: usize, date: Option<String>) -> Hit {
        let mut hit = Hit::new(start, end, FigureKind::Date, None);
        hit.date = date;
        hit
    }

    /// Everything a date may start with, modifiers included.
    fn date_at(&self, i: usize) -> Option<Hit> {
        let t = self.t;
        let tok = t.tokens.get(i)?;
        if tok.kind == TokenKind::Word {
            let w = self.lw(i);
            match w.as_str() {
                "the" => {
                    let mut hit = self.after_the(i + 1)?;
                    hit.start = i;
                    return Some(hit);
                }
                "early" | "late" | "mid" | "earlier" | "later" => {
                    let at = if t.get(i + 1) == "-" && attached(t, i + 1) { i + 2 } else { i + 1 };
                    if near(t, at) && matches!(self.lw(at).as_str(), "morning" | "afternoon" | "evening" | "night") {
                        return Some(Hit::new(i, at + 1, FigureKind::Time, None));
                    }
                    if near(t, at) {
                        let inner = match self.lw(at).as_str() {
                            "in" if self.lw(at + 1).as_str() == "the" => self.after_the(at + 2),
                            "the" => self.after_the(at + 1),
                            _ => self.core(at),
                        };
                        if let Some(mut hit) = inner {
                            if hit.kind != FigureKind::Duration {
                                hit.start = i;
                                return Some(hit);
                            }
                        }
                    }
                }
                "end" | "beginning" | "start" | "middle" if self.lw(i + 1).as_str() == "of" => {
                    let at = i + 2;
                    let inner = if self.lw(at).as_str() == "the" { self.after_the(at + 1) } else { self.core(at) };
                    if let Some(mut hit) = inner {
                        hit.start = i;
                        hit.date = None;
                        return Some(hit);
                    }
                }
                _ => {}
            }
        }
        self.core(i)
    }

    /// A date after "the": "the past three years", "the first quarter", "the 1990s",
    /// "the weekend", "the day before yesterday", "the end of March", "the 3rd of May".
    #[inline(never)]
    fn after_the(&self, i: usize) -> Option<Hit> {
        let t = self.t;
        if !near(t, i) {
            return None;
        }
        let w = self.lw(i);
        match w.as_str() {
            "day" if matches!(self.lw(i + 1).as_str(), "before" | "after") => {
                let n = match (self.lw(i + 1).as_str(), self.lw(i + 2).as_str()) {
                    ("before", "yesterday") => -2,
                    ("after", "tomorrow") => 2,
                    _ => return None,
                };
                return Some(self.date_hit(i, i + 3, self.today.map(|d| d.add_days(n).iso())));
            }
            "weekend" => return Some(self.date_hit(i, i + 1, None)),
            "morning" | "afternoon" | "evening" | "night" => return Some(Hit::new(i, i + 1, FigureKind::Time, None)),
            "day" | "year" | "week" | "month" if self.lw(i + 1).as_str() == "before" && (!near(t, i + 2) || matches!(t.get(i + 2), "." | "," | "?" | "!")) => {
                let date = match w.as_str() {
                    "day" => self.today.map(|d| d.add_days(-1).iso()),
                    _ => None,
                };
                return Some(self.date_hit(i, i + 2, date));
            }
            "year" if self.year_after(i + 1).is_some() => {
                let (_, end) = self.year_after(i + 1)?;
                return Some(self.date_hit(i, end, Some(t.get(i + 1).to_string())));
            }
            "end" | "beginning" | "start" | "middle" | "rest" if self.lw(i + 1).as_str() == "of" => {
                let at = i + 2;
                let inner = if self.lw(at).as_str() == "the" { self.after_the(at + 1) } else { self.core(at) };
                return inner.map(|mut h| {
                    h.start = i;
                    h.date = None;
                    h
                });
            }
            _ => {}
        }
        // "the third-quarter loss": the date is "third-quarter", the article is the loss's
        if numbers::scan_ordinal(t, i).is_some_and(|(_, e)| t.get(e) == "-" && attached(t, e)) {
            return None;
        }
        if let Some(hit) = self.ordinal_period(i) {
            return Some(hit);
        }
        // "the 23rd": a day of this month
        if is_number(t, i) {
            if let Some((day, end)) = self.day_number(i).filter(|&(_, e)| e == i + 2) {
                let bare = t.tokens.get(end).is_none_or(|n| n.kind == TokenKind::Punct || n.sentence_start)
                    || matches!(self.lw(end).as_str(), "at" | "this" | "and" | "or" | "to" | "through");
                if bare {
                    let date = self.today.and_then(|d| Day::new(d.year, d.month, day)).map(Day::iso);
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
            return matches!(w.as_str(), "summer" | "winter" | "autumn").then(|| self.date_hit(i, i + 1, None));
        }
        // "the September contract", "the 2008 crisis": the date is the month or year alone.
        let decade = self.lw(i + 1).as_str() == "s" || matches!(t.get(i + 1), "'" | "’") && self.lw(i + 2).as_str() == "s" && t.get(i).ends_with('0');
        let bare_year = is_number(t, i) && t.get(i).len() == 4 && !decade;
        if self.month_at(i).is_some() || calendar::weekday(w.as_str()).is_some() || bare_year {
            return None;
        }
        let hit = self.core(i)?;
        // "the 3rd of May", "the past three years", "the 1990s", but not "the 2,000" or "the five".
        match hit.kind {
            FigureKind::Date | FigureKind::Time => Some(hit),
            _ => None,
        }
    }

    /// "first quarter", "second half", "first week", "20th century" (after "the", or alone
    /// when hyphenated: "first-quarter"), with "of 2019" after.
    fn ordinal_period(&self, i: usize) -> Option<Hit> {
        let t = self.t;
        let (_, at) = numbers::scan_ordinal(t, i)?;
        // "the first nine months (of 2019)"
        if near(t, at) && matches!(self.lw(i).as_str(), "first" | "last") {
            if let Some(d) = self.duration(at).filter(|d| d.kind == FigureKind::Duration) {
                return Some(self.date_hit(i, self.of_year(d.end), None));
            }
        }
        let at = if t.get(at) == "-" && attached(t, at) { at + 1 } else { at };
        if !near(t, at) || !matches!(self.lw(at).as_str(), "quarter" | "half" | "week" | "century" | "month" | "day" | "year") {
            return None;
        }
        let end = self.of_year(at + 1);
        Some(self.date_hit(i, end, None))
    }

    /// Extends past "of 2019", "of the year", "of next year" when they follow token `end - 1`.
    fn of_year(&self, end: usize) -> usize {
        if self.lw(end).as_str() != "of" {
            return end;
        }
        if let Some((_, e)) = self.year_after(end + 1) {
            return e;
        }
        // "the first week of July (2019)"
        if self.month_at(end + 1).is_some() && near(self.t, end + 1) {
            return self.year_after(end + 2).filter(|_| near(self.t, end + 2)).map_or(end + 2, |(_, e)| e);
        }
        let w = self.lw(end + 1);
        if matches!(w.as_str(), "the" | "this" | "next" | "last") && matches!(self.lw(end + 2).as_str(), "year" | "month") {
            return end + 3;
        }
        end
    }

    /// A date without the modifiers before it.
    fn core(&self, i: usize) -> Option<Hit> {
        let t = self.t;
        let tok = *t.tokens.get(i)?;
        match tok.kind {
            TokenKind::Number => self.number_led(i),
            TokenKind::Punct => {
                // "'90s"
                if matches!(t.get(i), "'" | "’") && is_number(t, i + 1) && attached(t, i + 1) && t.get(i + 1).len() == 2 && self.lw(i + 2).as_str() == "s" && attached(t, i + 2) {
                    return Some(self.date_hit(i, i + 3, None));
                }
                None
            }
            TokenKind::Word => self.word_led(i),
        }
    }

    /// Dates, times and durations that start with a word.
    #[inline(never)]
    fn word_led(&self, i: usize) -> Option<Hit> {
        let t = self.t;
        let w = self.lw(i);
        let s = w.as_str();
        if s.is_empty() {
            return None;
        }
        if let Some(tw) = self.time_word(i) {
            match tw {
                TimeWord::Day(n) => {
                    let date = self.today.map(|d| d.add_days(n).iso());
                    let mut hit = self.date_hit(i, i + 1, date);
                    if matches!(s, "tonight" | "tonite") {
                        hit.kind = FigureKind::Time;
                    } else if near(t, i + 1) && self.time_word(i + 1) == Some(TimeWord::Part) && self.lw(i + 1).as_str() != "weekend" {
                        hit.kind = FigureKind::Time;
                        hit.end = i + 2;
                    }
                    return Some(hit);
                }
                TimeWord::Modifier(Some(dir)) => return self.modified(i, dir),
                TimeWord::Part if matches!(s, "noon" | "midnight" | "midday") => {
                    return Some(Hit::new(i, i + 1, FigureKind::Time, None));
                }
                TimeWord::Vague => return self.duration(i),
                TimeWord::Holiday(m, d) => {
                    let lean = self.lean(i, i + 1);
                    let mut end = i + 1;
                    if matches!(self.lw(end).as_str(), "day" | "eve") {
                        end += 1;
                    }
                    let date = if end == i + 1 { self.resolve_month_day(m, d, lean).map(Day::iso) } else { None };
                    return Some(self.date_hit(i, end, date));
                }
                TimeWord::Season => {
                    let (_, end) = self.year_after(i + 1).filter(|_| near(t, i + 1))?;
                    return Some(self.date_hit(i, end, None));
                }
                _ => {}
            }
        }
        if matches!(s, "a" | "an" | "half") {
            return self.duration(i);
        }
        // "six pm", "seven o'clock"
        if let Some(&(hour, NumClass::Unit | NumClass::Teen)) = words().numbers.get(s) {
            if (1.0..=12.0).contains(&hour) {
                if let Some(end) = self.meridiem(i + 1) {
                    return Some(Hit::new(i, end, FigureKind::Time, None));
                }
                if let Some(hit) = self.o_clock(i, i + 1) {
                    return Some(hit);
                }
            }
        }
        // "year-earlier", "year-ago" (with "quarter", "period" after them)
        if matches!(self.time_word(i), Some(TimeWord::Unit(_))) && t.get(i + 1) == "-" && attached(t, i + 1) && matches!(self.lw(i + 2).as_str(), "earlier" | "ago") {
            let mut end = i + 3;
            if near(t, end) && matches!(self.lw(end).as_str(), "quarter" | "period" | "month" | "year" | "week" | "level" | "levels") {
                end += 1;
            }
            return Some(self.date_hit(i, end, None));
        }
        if matches!(s, "fiscal" | "financial" | "calendar") {
            let at = if self.lw(i + 1).as_str() == "year" { i + 2 } else { i + 1 };
            let (_, end) = self.year_after(at).filter(|_| near(t, at))?;
            return Some(self.date_hit(i, end, None));
        }
        if s == "fy" && is_number(t, i + 1) && near(t, i + 1) {
            let len = t.get(i + 1).len();
            return (len == 2 || len == 4).then(|| self.date_hit(i, i + 2, None));
        }
        if s == "q" && is_number(t, i + 1) && attached(t, i + 1) && matches!(t.get(i + 1), "1" | "2" | "3" | "4") {
            let mut end = i + 2;
            if let Some((_, e)) = self.year_after(end).filter(|_| near(t, end)) {
                end = e;
            }
            return Some(self.date_hit(i, end, None));
        }
        if let Some(weekday) = calendar::weekday(s) {
            return self.weekday_led(i, weekday);
        }
        if let Some(month) = self.month_at(i) {
            return self.month_led(i, month);
        }
        if let Some(hit) = self.ordinal_period(i).filter(|_| t.get(i + 1) == "-") {
            return Some(hit);
        }
        if words().ordinals.contains_key(s) {
            return self.day_led(i);
        }
        if matches!(s, "every" | "each") && near(t, i + 1) {
            let next = self.lw(i + 1);
            let periodic = matches!(self.time_word(i + 1), Some(TimeWord::Unit(_) | TimeWord::Part)) || calendar::weekday(next.as_str()).is_some();
            return periodic.then(|| self.date_hit(i, i + 2, None));
        }
        if matches!(s, "daily" | "weekly" | "monthly" | "annually" | "yearly" | "quarterly" | "weekend" | "weekends") {
            return Some(self.date_hit(i, i + 1, None));
        }
        // "twelve March nineteen seventy four" and other written-out counts of time
        if words().numbers.contains_key(s) {
            return self.day_led(i).or_else(|| self.duration(i));
        }
        None
    }

    /// "Tuesday", "Tuesday, May 4", "Monday morning".
    fn weekday_led(&self, i: usize, weekday: u32) -> Option<Hit> {
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
    fn full_date(&self, i: usize) -> Option<Hit> {
        self.month_led_strict(i)
            .or_else(|| self.day_led(i).filter(|h| h.kind == FigureKind::Date))
            .or_else(|| self.numeric_after_weekday(i))
    }

    /// "5/12", "2019-05-12" after a weekday, read month first unless that cannot be.
    fn numeric_after_weekday(&self, i: usize) -> Option<Hit> {
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

    /// A month that must come with a day or year ("May 4", "Jan. 2019").
    fn month_led_strict(&self, i: usize) -> Option<Hit> {
        let month = self.month_at(i)?;
        let hit = self.month_led(i, month)?;
        (hit.end > i + 1 + usize::from(self.t.get(i + 1) == ".")).then_some(hit)
    }

    /// "May 4, 2019", "May 4", "May 2019", "May", "Nov. 30 , 1996", "October 8-9".
    #[inline(never)]
    fn month_led(&self, i: usize, month: u32) -> Option<Hit> {
        let t = self.t;
        let word = t.get(i);
        let abbreviation = word.len() <= 4 && !word.eq_ignore_ascii_case("june") && !word.eq_ignore_ascii_case("july") && !word.eq_ignore_ascii_case("may");
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
            if matches!(t.get(end), "-" | "–") && self.day_number(end + 1).is_some() && attached(t, end + 1) {
                let (_, e) = self.day_number(end + 1)?;
                return Some(self.date_hit(i, e, None));
            }
            let comma = if t.get(end) == "," { end + 1 } else { end };
            let of = if matches!(self.lw(end).as_str(), "of" | "in") { end + 1 } else { comma };
            if let Some((year, e)) = self.year_after(of).filter(|_| near(t, of)) {
                end = e;
                return Some(self.date_hit(i, end, Day::new(year, month, day).map(Day::iso)));
            }
            let date = self.resolve_month_day(month, day, self.lean(i, end)).map(Day::iso);
            return Some(self.date_hit(i, end, date));
        }
        let of = if matches!(self.lw(at).as_str(), "of" | ",") { at + 1 } else { at };
        if let Some((year, end)) = self.year_after(of).filter(|_| near(t, of)) {
            return Some(self.date_hit(i, end, Some(format!("{year:04}-{month:02}"))));
        }
        // A month alone: not "may" the verb, "March" the walk, or "Sept" alone.
        let ambiguous = matches!(word.to_ascii_lowercase().as_str(), "may" | "march");
        let after_preposition = i > 0 && {
            let p = self.lw(i - 1);
            matches!(p.as_str(), "in" | "since" | "by" | "from" | "until" | "till" | "to" | "of" | "between" | "before" | "after" | "during" | "through" | "early" | "late" | "mid" | "last" | "next" | "this" | "and" | "-")
        };
        let capitalised = word.starts_with(|c: char| c.is_uppercase());
        if abbreviation && !after_preposition || ambiguous && !(capitalised && after_preposition) {
            return None;
        }
        if !capitalised && !after_preposition && word.len() < 5 {
            return None;
        }
        let date = self.resolve_month(month, self.lean(i, at)).map(|y| format!("{y:04}-{month:02}"));
        Some(self.date_hit(i, at, date))
    }

    /// "4 July", "3rd of May 2019", "03rd Feb 2018".
    fn day_led(&self, i: usize) -> Option<Hit> {
        let t = self.t;
        let (day, at) = self.day_number(i).or_else(|| {
            // "the twenty third", "twelve March"
            if is_number(t, i) {
                return None;
            }
            let (v, e) = numbers::scan_ordinal(t, i).or_else(|| numbers::scan(t, i, false).and_then(|n| Some((n.value?, n.end))))?;
            ((1.0..=31.0).contains(&v) && v.fract() == 0.0).then_some((v as u32, e))
        })?;
        let m_at = if self.lw(at).as_str() == "of" { at + 1 } else { at };
        if !near(t, m_at) {
            return None;
        }
        let month = self.month_at(m_at)?;
        let mut end = m_at + 1;
        let m_word = t.get(m_at);
        let abbreviation = m_word.len() <= 4 && !["june", "july", "may"].iter().any(|m| m.eq_ignore_ascii_case(m_word));
        if abbreviation && t.get(end) == "." && attached(t, end) {
            end += 1;
        }
        if day > calendar::days_in_month(2000, month) {
            return None;
        }
        if self.lw(end).as_str() == "of" && is_number(t, end + 1) && t.get(end + 1).len() == 2 && !attached(t, end + 2) {
            let y: i32 = t.get(end + 1).parse().ok()?;
            let year = if y < 50 { 2000 + y } else { 1900 + y };
            return Some(self.date_hit(i, end + 2, Day::new(year, month, day).map(Day::iso)));
        }
        let comma = if matches!(t.get(end), "," ) || matches!(self.lw(end).as_str(), "of" | "in") { end + 1 } else { end };
        if let Some((year, e)) = self.year_after(comma).filter(|_| near(t, comma)) {
            return Some(self.date_hit(i, e, Day::new(year, month, day).map(Day::iso)));
        }
        let lean = self.lean(i, end);
        Some(self.date_hit(i, end, self.resolve_month_day(month, day, lean).map(Day::iso)))
    }

    /// Dates, times and durations that start with digits.
    fn number_led(&self, i: usize) -> Option<Hit> {
        let t = self.t;
        let s = t.get(i);
        if let Some(hit) = self.numeric_date(i) {
            return Some(hit);
        }
        if let Some(hit) = self.time(i) {
            return Some(hit);
        }
        if let Some(hit) = self.day_led(i) {
            return Some(hit);
        }
        if s.len() == 4 && !(i > 0 && attached(t, i) && matches!(t.get(i - 1), "." | "," | "$")) {
            if let Some(hit) = self.year(i) {
                return Some(hit);
            }
        }
        self.duration(i)
    }

    /// "2019-04-24", "24/04/2019", "4/24/19", "14.06.2021", "20180315", "2017-8".
    #[inline(never)]
    fn numeric_date(&self, i: usize) -> Option<Hit> {
        let t = self.t;
        let part = |j: usize| -> Option<u32> { t.get(j).parse().ok() };
        let sep = t.get(i + 1);
        if !matches!(sep, "/" | "-" | ".") || !attached(t, i + 1) || !attached(t, i + 2) || !is_number(t, i + 2) {
            let s = t.get(i);
            if s.len() == 8 && !attached(t, i + 1) {
                let (y, m, d) = (s[..4].parse().ok()?, s[4..6].parse().ok()?, s[6..].parse().ok()?);
                let day = Day::new(y, m, d).filter(|d| (1900..=2100).contains(&d.year))?;
                return Some(self.date_hit(i, i + 1, Some(day.iso())));
            }
            return None;
        }
        let has_third = t.get(i + 3) == sep && attached(t, i + 3) && attached(t, i + 4) && is_number(t, i + 4);
        let (a, b) = (part(i)?, part(i + 2)?);
        let (la, lb) = (t.get(i).len(), t.get(i + 2).len());
        if has_third {
            let c = part(i + 4)?;
            let lc = t.get(i + 4).len();
            let end = i + 5;
            if attached(t, end) && t.get(end) == sep {
                return None;
            }
            if la == 4 {
                let day = Day::new(a as i32, b, c);
                return day.map(|d| self.date_hit(i, end, Some(d.iso())));
            }
            if !(lc == 4 || lc == 2) || la > 2 || lb > 2 {
                return None;
            }
            let year = if lc == 2 { if c < 50 { 2000 + c } else { 1900 + c } } else { c } as i32;
            let (dm, md) = (Day::new(year, b, a), Day::new(year, a, b));
            let date = match (dm, md) {
                (Some(x), Some(y)) if x == y => Some(x),
                (Some(x), None) => Some(x),
                (None, Some(y)) => Some(y),
                (Some(_), Some(_)) if sep == "." => dm,
                (Some(_), Some(_)) if sep == "/" && a > 12 => dm,
                _ => None,
            };
            if dm.is_none() && md.is_none() {
                return None;
            }
            return Some(self.date_hit(i, end, date.map(Day::iso)));
        }
        // Two parts: "2017-8", "23/05"; but "5/8" is a fraction and "2-1" a score.
        if la == 4 && sep == "-" && lb <= 2 && (1..=12).contains(&b) && (1000..=2999).contains(&a) {
            return Some(self.date_hit(i, i + 3, Some(format!("{a:04}-{b:02}"))));
        }
        if sep == "/" && la <= 2 && lb <= 2 && i > 0 {
            let prev = self.lw(i - 1);
            let datey = matches!(prev.as_str(), "on" | "from" | "to" | "until" | "by" | "since" | "this" | "next" | "last" | "before" | "after")
                || calendar::weekday(prev.as_str()).is_some();
            if datey && (Day::new(2000, b, a).is_some() || Day::new(2000, a, b).is_some()) {
                let lean = self.lean(i, i + 3);
                let date = match (a > 12, b > 12) {
                    (true, false) => self.resolve_month_day(b, a, lean),
                    (false, true) => self.resolve_month_day(a, b, lean),
                    _ => None,
                };
                return Some(self.date_hit(i, i + 3, date.map(Day::iso)));
            }
        }
        None
    }

    /// "3pm", "3 p.m.", "15:30", "8:00am", "15:30 GMT", "1430 GMT", "three o'clock".
    #[inline(never)]
    fn time(&self, i: usize) -> Option<Hit> {
        let t = self.t;
        let hour: u32 = t.get(i).parse().ok()?;
        let mut end = i + 1;
        let mut minutes = false;
        if matches!(t.get(end), ":" | ".") && attached(t, end) && attached(t, end + 1) && t.get(end + 1).len() == 2 && is_number(t, end + 1) {
            let m: u32 = t.get(end + 1).parse().ok()?;
            if m > 59 {
                return None;
            }
            // "6.45" is a time only with "am" or "pm": "closed at 6.45" is a price
            minutes = t.get(end) == ":";
            end += 2;
            if t.get(end) == ":" && attached(t, end) && t.get(end + 1).len() == 2 && is_number(t, end + 1) {
                end += 2;
            }
        } else if t.get(i).len() == 4 && hour <= 2359 && hour % 100 < 60 {
            // "1430 GMT": a 24-hour time needs its zone
            let zone = near(t, end) && self.time_word(end) == Some(TimeWord::Zone) && t.get(end).bytes().all(|b| b.is_ascii_uppercase());
            return zone.then(|| Hit::new(i, end + 1, FigureKind::Time, None));
        }
        let meridiem = self.meridiem(end);
        if let Some(e) = meridiem {
            if !(1..=12).contains(&hour) {
                return None;
            }
            end = e;
        } else if !minutes || hour > 24 {
            if hour <= 12 && near(t, end) && matches!(self.t.get(end), "o") && self.t.get(end + 1) == "'" {
                return None;
            }
            return self.o_clock(i, end);
        }
        if near(t, end) && self.time_word(end) == Some(TimeWord::Zone) {
            end += 1;
        } else if self.lw(end).as_str() == "local" && self.lw(end + 1).as_str() == "time" {
            end += 2;
        }
        Some(Hit::new(i, end, FigureKind::Time, None))
    }

    /// "o'clock" after a number ending at `end`.
    fn o_clock(&self, i: usize, end: usize) -> Option<Hit> {
        let t = self.t;
        (self.lw(end).as_str() == "o" && matches!(t.get(end + 1), "'" | "’") && self.lw(end + 2).as_str() == "clock")
            .then(|| Hit::new(i, end + 3, FigureKind::Time, None))
    }

    /// "am", "pm", "a.m.", "p.m." at token `i`: the token after.
    fn meridiem(&self, i: usize) -> Option<usize> {
        let t = self.t;
        if !near(t, i) {
            return None;
        }
        match self.lw(i).as_str() {
            "am" | "pm" => Some(i + 1),
            "a" | "p" if t.get(i + 1) == "." && self.lw(i + 2).as_str() == "m" && near(t, i + 2) => {
                // "p.m.", and newswire's "p . m ."
                Some(if t.get(i + 3) == "." && near(t, i + 3) { i + 4 } else { i + 3 })
            }
            _ => None,
        }
    }

    /// A four-digit year ("1989", "2011-2016", "2019-20", "1990s") where the context makes it one.
    fn year(&self, i: usize) -> Option<Hit> {
        let t = self.t;
        let y: i32 = t.get(i).parse().ok()?;
        let after_preposition = i > 0 && YEAR_PREPOSITIONS.contains(&self.lw(i - 1).as_str());
        if !((1000..=2100).contains(&y) || after_preposition && (1000..=2999).contains(&y)) {
            return None;
        }
        // "1990s", "1990 s", "1990's"
        if self.lw(i + 1).as_str() == "s" && near(t, i + 1) && y % 10 == 0 {
            return Some(self.date_hit(i, i + 2, None));
        }
        if matches!(t.get(i + 1), "'" | "’") && attached(t, i + 1) && self.lw(i + 2).as_str() == "s" && attached(t, i + 2) && y % 10 == 0 {
            return Some(self.date_hit(i, i + 3, None));
        }
        if attached(t, i + 1) && t.tokens.get(i + 1).is_some_and(|n| n.kind == TokenKind::Word) {
            return None;
        }
        // "2011-2016", "2019-20"
        if matches!(t.get(i + 1), "-" | "–" | "/") && attached(t, i + 1) && attached(t, i + 2) && is_number(t, i + 2) {
            let l = t.get(i + 2).len();
            if l == 4 || l == 2 {
                return Some(self.date_hit(i, i + 3, None));
            }
        }
        let prev = if i > 0 { self.lw(i - 1) } else { Lower::new("") };
        let p = prev.as_str();
        let next_tok = t.tokens.get(i + 1);
        let next = self.lw(i + 1);
        // A modern year before a word that is not a counted plural: "the 2008 financial crisis"
        let modern = (1900..=2099).contains(&y)
            && next_tok.is_some_and(|n| n.kind == TokenKind::Word)
            && (!next.as_str().ends_with('s') || YEAR_NOUNS.contains(&next.as_str()));
        let year_like = modern || YEAR_PREPOSITIONS.contains(&p) || calendar::month(p).is_some()
            || next_tok.is_none_or(|n| n.kind == TokenKind::Punct && !matches!(t.get(i + 1), "%" | "$"))
            || t.tokens.get(i + 1).is_some_and(|n| n.sentence_start)
            || t.is_capitalised(i + 1)
            || matches!(next.as_str(), "and" | "to" | "when" | "was" | "were" | "is" | "had" | "has" | "saw" | "that" | "as" | "with" | "the" | "it" | "he" | "she" | "they" | "we" | "i" | "or" | "after" | "before" | "until" | "election" | "elections" | "season" | "census" | "budget" | "levels" | "level" | "figure" | "figures" | "model" | "olympics" | "games" | "world" | "cup" | "report" | "survey" | "deal" | "campaign" | "fiscal" | "onwards" | "onward");
        if !year_like || COUNT_WORDS.contains(&p) && !YEAR_PREPOSITIONS.contains(&p) {
            return None;
        }
        if t.gap(i + 1) == Gap::None && matches!(t.get(i + 1), "%") {
            return None;
        }
        Some(self.date_hit(i, i + 1, Some(format!("{y:04}"))))
    }

    /// A count and a unit of time: "two months", "several days", "3.5 years", "a year ago",
    /// "25-year-old", "the past three years" (from [`Cx::modified`]).
    #[inline(never)]
    fn duration(&self, i: usize) -> Option<Hit> {
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

    /// After "last", "this", "next", "past" (`dir` -1, 0, 1): a weekday, a month, a unit of
    /// time ("last year"), a count of units ("the past three years"), a season, a part of the day.
    #[inline(never)]
    fn modified(&self, i: usize, dir: i64) -> Option<Hit> {
        let t = self.t;
        let at = i + 1;
        if !near(t, at) {
            return None;
        }
        let w = self.lw(at);
        let s = w.as_str();
        let modifier = self.lw(i);
        let after_the = i > 0 && self.lw(i - 1).as_str() == "the";
        let anchored = matches!(modifier.as_str(), "last" | "this" | "next" | "coming" | "current" | "upcoming")
            || !after_the && matches!(modifier.as_str(), "previous" | "following");
        // "next 9th of May": the date itself, the next (or last) time it comes
        if let Some(mut hit) = self.day_led(at).filter(|h| h.kind == FigureKind::Date) {
            let has_year = (at..hit.end).any(|j| is_number(t, j) && t.get(j).len() == 4);
            if let (Some(today), Some(day), false) = (self.today, hit.date.as_deref().and_then(Day::parse), has_year) {
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
            return Some(hit);
        }
        if let Some(weekday) = calendar::weekday(s).filter(|_| t.get(at).len() > 3) {
            let after = if t.get(at + 1) == "," { at + 2 } else { at + 1 };
            if near(t, after) {
                if let Some(mut hit) = self.full_date(after) {
                    hit.start = i;
                    return Some(hit);
                }
            }
            let lean = self.lean(i, at + 1);
            let week = if modifier.as_str() == "past" || modifier.as_str() == "coming" { None } else { Some(dir) };
            let date = self.resolve_weekday(weekday, week, if dir != 0 { dir } else { lean }).map(Day::iso);
            let mut hit = self.date_hit(i, at + 1, date.filter(|_| anchored || modifier.as_str() == "past"));
            if near(t, at + 1) && matches!(self.lw(at + 1).as_str(), "morning" | "afternoon" | "evening" | "night") {
                hit.end = at + 2;
                hit.kind = FigureKind::Time;
            }
            return Some(hit);
        }
        if let Some(month) = self.month_at(at).filter(|_| t.get(at).len() > 3 && t.is_capitalised(at) || s.len() > 5) {
            let today = self.today;
            let year = today.map(|d| match dir {
                -1 if month >= d.month => d.year - 1,
                1 if month <= d.month => d.year + 1,
                _ => d.year,
            });
            return Some(self.date_hit(i, at + 1, year.filter(|_| anchored).map(|y| format!("{y:04}-{month:02}"))));
        }
        // "the previous year", "the following day" count from a time the story names, not
        // from the article's date: they get no date (see `anchored`).
        match self.time_word(at) {
            Some(TimeWord::Unit(days)) => {
                let date = self.today.filter(|_| anchored).and_then(|d| match unit_name(days) {
                    "year" if s == "year" => Some(format!("{:04}", d.year + dir as i32)),
                    "month" if s == "month" => {
                        let m = d.add_months(dir);
                        Some(format!("{:04}-{:02}", m.year, m.month))
                    }
                    _ => None,
                });
                let end = self.of_year(at + 1);
                let kind = if days < 1.0 { FigureKind::Time } else { FigureKind::Date };
                let mut hit = Hit::new(i, end, kind, None);
                hit.date = date;
                Some(hit)
            }
            Some(TimeWord::Part) => {
                let kind = if s == "weekend" { FigureKind::Date } else { FigureKind::Time };
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
                let d = self.duration(at)?;
                if d.kind != FigureKind::Duration {
                    return None;
                }
                Some(self.date_hit(i, d.end, None))
            }
        }
    }
}
