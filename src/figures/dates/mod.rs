//! Dates, times and durations ("last Thursday", "May 4, 2019", "the past three years",
//! "3pm", "15:30 GMT", "two months"), resolved to ISO 8601 against the article's date.
//!
//! Spans follow OntoNotes: a date carries its modifiers ("the past three years", "early
//! May") but not its preposition ("in 1989" gives "1989").

/// Durations and the dates counts of time reach ("three weeks ago").
mod durations;
/// Named days ("Christmas Eve") and yearly dates.
mod holidays;
/// Dates led by a month's name ("May 4").
mod months;
/// Dates led by digits or number words ("4 July", "2019-04-24", "1989").
mod numeric;
/// Dates led by last, this, next ("next Tuesday").
mod relative;
/// Dates led by "the" ("the past three years").
mod the;
/// Times of day ("3pm").
mod times;
/// Dates led by a weekday ("Tuesday, May 4").
mod weekdays;

use super::lexicon::{words, Lower, NumClass, TimeWord};
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
    /// The article's tokens.
    t: &'a Tokens<'t>,
    /// The article's date, the anchor of relative dates.
    today: Option<Day>,
}

/// Which way an unanchored date leans: below 0 to the past, above 0 to the future, 0 unknown;
/// ±2 when a listed tense word says so ("said", "will"), ±1 when only a verb's "-ed" does.
type Lean = i64;

impl<'t> Cx<'_, 't> {
    /// Token `i` in lower case.
    fn lw(&self, i: usize) -> Lower<'t> {
        Lower::new(self.t.get(i))
    }

    /// What token `i` is as a word of `time_words.tsv`.
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

    /// The month the word at token `i` names.
    fn month_at(&self, i: usize) -> Option<u32> {
        let tok = self.t.tokens.get(i)?;
        if tok.kind != TokenKind::Word {
            return None;
        }
        calendar::month(self.t.get(i))
    }

    /// Which way the sentence around tokens `start..end` leans.
    fn lean(&self, start: usize, end: usize) -> Lean {
        let t = self.t;
        let cues = &words().dates;
        let cue = |j: usize| -> Lean {
            let s = t.get(j);
            if t.tokens[j].kind != TokenKind::Word || s.len() < 2 {
                0
            } else if cues.future_cues.contains(Lower::new(s).as_str()) {
                2
            } else if cues.past_cues.contains(Lower::new(s).as_str()) {
                -2
            } else if s.len() > 4 && s.ends_with("ed") {
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

    /// Narrows a date to the part of it `word` names: "early" its first third, "mid" or
    /// "middle" its second, "late" or "end" its last, "earlier" up to the article's date,
    /// "later" or "rest" after it ("late last year" is 2018-09 to 2018-12); a date it cannot
    /// narrow loses its resolution.
    fn narrow(&self, hit: &mut Hit, word: &str) {
        let narrowed = self.narrowed(hit, word);
        hit.date = narrowed.as_ref().map(|n| n.0.clone());
        hit.date_end = narrowed.map(|n| n.1);
    }

    /// The first and last of the part of `hit` that `word` names, as ISO 8601.
    fn narrowed(&self, hit: &Hit, word: &str) -> Option<(String, String)> {
        let date = hit.date.as_deref()?;
        let (first, last) = Day::bounds(date, hit.date_end.as_deref())?;
        // a year's thirds are of its months: "late 2018" is September to December
        let months = match word {
            "early" | "beginning" | "start" => Some((1, 4)),
            "mid" | "middle" => Some((5, 8)),
            "late" | "end" => Some((9, 12)),
            _ => None,
        };
        if let Some((a, b)) = months.filter(|_| date.len() == 4 && hit.date_end.is_none()) {
            return Some((format!("{date}-{a:02}"), format!("{date}-{b:02}")));
        }
        let third = (last.ordinal() - first.ordinal() + 1) / 3;
        let (a, b) = match word {
            "early" | "beginning" | "start" => (first, first.add_days(third - 1)),
            "mid" | "middle" => (first.add_days(third), first.add_days(2 * third - 1)),
            "late" | "end" => (first.add_days(2 * third), last),
            "earlier" | "later" | "rest" | "remainder" | "remaining" => {
                let today = self.today.filter(|d| (first..=last).contains(d))?;
                if word == "earlier" {
                    (first, today.add_days(-1))
                } else {
                    (today.add_days(1), last)
                }
            }
            _ => return None,
        };
        if a > b {
            return None;
        }
        // years narrow to years ("the early 1990s"), the rest to days
        Some(match (date.len(), last.year - first.year) {
            (4, 1..) => (format!("{:04}", a.year), format!("{:04}", b.year)),
            _ => (a.iso(), b.iso()),
        })
    }

    /// Whether a possessive stands before token `i`, past "early", "mid", "late" ("in her
    /// late forties").
    fn after_possessive(&self, i: usize) -> bool {
        let mut j = i;
        while j > 0 && matches!(self.lw(j - 1).as_str(), "early" | "mid" | "late" | "-") {
            j -= 1;
        }
        j > 0
            && matches!(
                self.lw(j - 1).as_str(),
                "his" | "her" | "their" | "my" | "our" | "your" | "its"
            )
    }

    /// A decade over `start..end` from its first year: "the 1990s" is 1990 to 1999.
    fn decade_hit(&self, start: usize, end: usize, first: i32) -> Hit {
        let mut hit = self.date_hit(start, end, Some(format!("{first:04}")));
        hit.date_end = Some(format!("{:04}", first + 9));
        hit
    }

    /// A date figure over `start..end` resolved to `date`.
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
                    let at = if t.get(i + 1) == "-" && attached(t, i + 1) {
                        i + 2
                    } else {
                        i + 1
                    };
                    if near(t, at)
                        && matches!(
                            self.lw(at).as_str(),
                            "morning" | "afternoon" | "evening" | "night"
                        )
                    {
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
                                self.narrow(&mut hit, w.as_str());
                                return Some(hit);
                            }
                        }
                    }
                }
                "end" | "beginning" | "start" | "middle" if self.lw(i + 1).as_str() == "of" => {
                    let at = i + 2;
                    // "end of year", "end of the week"
                    if let Some(end) = self.bare_unit(at) {
                        return Some(self.date_hit(i, end, None));
                    }
                    let inner = if self.lw(at).as_str() == "the" {
                        self.after_the(at + 1)
                    } else {
                        self.core(at)
                    };
                    if let Some(mut hit) = inner {
                        hit.start = i;
                        self.narrow(&mut hit, w.as_str());
                        return Some(hit);
                    }
                }
                _ => {}
            }
        }
        self.core(i)
    }

    /// A date without the modifiers before it.
    fn core(&self, i: usize) -> Option<Hit> {
        let t = self.t;
        let tok = *t.tokens.get(i)?;
        match tok.kind {
            TokenKind::Number => self.number_led(i),
            TokenKind::Punct => {
                // "'90s"
                if matches!(t.get(i), "'" | "’")
                    && is_number(t, i + 1)
                    && attached(t, i + 1)
                    && t.get(i + 1).len() == 2
                    && self.lw(i + 2).as_str() == "s"
                    && attached(t, i + 2)
                {
                    let decade: i32 = t.get(i + 1).parse().ok()?;
                    return Some(self.decade_hit(i, i + 3, 1900 + decade));
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
        if let Some(hit) = self.holiday(i) {
            return Some(hit);
        }
        if let Some(hit) = self.time_word(i).and_then(|tw| self.time_word_led(i, tw)) {
            return Some(hit);
        }
        if let Some(decided) = self.clock_or_period_led(i, s) {
            return decided;
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
            return self.nth_weekday_of(i).or_else(|| self.day_led(i));
        }
        self.count_led(i, s)
    }

    /// Times and periods that start with the lower-case word `s` at token `i`: "half past
    /// ten", "six pm", "a year", "year-earlier", "fiscal 2019", "FY19", "Q3". `None` when `s`
    /// starts none of them; else what was found there, if anything.
    fn clock_or_period_led(&self, i: usize, s: &str) -> Option<Option<Hit>> {
        let t = self.t;
        // "half past ten", "twenty past eight"
        let minutes = match words().numbers.get(s) {
            _ if matches!(s, "half" | "quarter") => Some(i + 1),
            Some(_) => super::numbers::scan(t, i, false)
                .filter(|n| n.value.is_some_and(|v| (1.0..=30.0).contains(&v)))
                .map(|n| n.end),
            None => None,
        };
        if let Some(hit) = minutes.and_then(|at| self.past_the_hour(i, at)) {
            return Some(Some(hit));
        }
        if matches!(s, "a" | "an" | "half") {
            return Some(self.duration(i));
        }
        // "six pm", "seven o'clock"
        if let Some(&(hour, NumClass::Unit | NumClass::Teen)) = words().numbers.get(s) {
            if (1.0..=12.0).contains(&hour) {
                if let Some(end) = self.meridiem(i + 1) {
                    return Some(Some(Hit::new(i, end, FigureKind::Time, None)));
                }
                if let Some(hit) = self.o_clock(i, i + 1) {
                    return Some(Some(hit));
                }
            }
        }
        // "year-earlier", "year-ago" (with "quarter", "period" after them)
        if matches!(self.time_word(i), Some(TimeWord::Unit(_)))
            && t.get(i + 1) == "-"
            && attached(t, i + 1)
            && matches!(self.lw(i + 2).as_str(), "earlier" | "ago")
        {
            let mut end = i + 3;
            if near(t, end)
                && matches!(
                    self.lw(end).as_str(),
                    "quarter" | "period" | "month" | "year" | "week" | "level" | "levels"
                )
            {
                end += 1;
            }
            return Some(Some(self.date_hit(i, end, None)));
        }
        if matches!(s, "fiscal" | "financial" | "calendar") {
            let at = if self.lw(i + 1).as_str() == "year" {
                i + 2
            } else {
                i + 1
            };
            let year = self.year_after(at).filter(|_| near(t, at));
            return Some(year.map(|(_, end)| self.date_hit(i, end, None)));
        }
        if s == "fy" && is_number(t, i + 1) && near(t, i + 1) {
            let len = t.get(i + 1).len();
            return Some((len == 2 || len == 4).then(|| self.date_hit(i, i + 2, None)));
        }
        if s == "q"
            && is_number(t, i + 1)
            && attached(t, i + 1)
            && matches!(t.get(i + 1), "1" | "2" | "3" | "4")
        {
            let mut end = i + 2;
            if let Some((_, e)) = self.year_after(end).filter(|_| near(t, end)) {
                end = e;
            }
            return Some(Some(self.date_hit(i, end, None)));
        }
        None
    }

    /// Dates and durations that start with the lower-case word `s` at token `i` and count or
    /// repeat time: "every day", "all week", "week 31", "weekends", "twelve March nineteen
    /// seventy four", "two months".
    fn count_led(&self, i: usize, s: &str) -> Option<Hit> {
        let t = self.t;
        if matches!(s, "every" | "each") && near(t, i + 1) {
            // "every day", "each Monday", "every other week"
            let at = if self.lw(i + 1).as_str() == "other" {
                i + 2
            } else {
                i + 1
            };
            let next = self.lw(at);
            let periodic = matches!(self.time_word(at), Some(TimeWord::Unit(_) | TimeWord::Part))
                || calendar::weekday(next.as_str()).is_some();
            return periodic.then(|| self.date_hit(i, at + 1, None));
        }
        // "all day", "all week"
        if s == "all"
            && near(t, i + 1)
            && matches!(
                self.lw(i + 1).as_str(),
                "day"
                    | "night"
                    | "week"
                    | "month"
                    | "year"
                    | "morning"
                    | "afternoon"
                    | "evening"
                    | "summer"
                    | "winter"
            )
        {
            return Some(Hit::new(i, i + 2, FigureKind::Duration, None));
        }
        // "week 31", "week 27 of last year"
        if s == "week"
            && is_number(t, i + 1)
            && near(t, i + 1)
            && t.get(i + 1)
                .parse::<u32>()
                .is_ok_and(|n| (1..=53).contains(&n))
        {
            return Some(self.date_hit(i, self.of_year(i + 2), None));
        }
        if matches!(s, "weekend" | "weekends") {
            return Some(self.date_hit(i, i + 1, None));
        }
        // "twelve March nineteen seventy four" and other written-out counts of time
        if words().numbers.contains_key(s) {
            return self
                .day_led(i)
                .or_else(|| self.written_year_alone(i))
                .or_else(|| self.duration(i));
        }
        None
    }

    /// A date or time that starts with a word of `time_words.tsv`: "yesterday", "tonight",
    /// "next week" (through [`Cx::modified`]), "noon", "several days", "Christmas", "summer 2019".
    fn time_word_led(&self, i: usize, tw: TimeWord) -> Option<Hit> {
        let t = self.t;
        let w = self.lw(i);
        let s = w.as_str();
        match tw {
            TimeWord::Day(n) => {
                let date = self.today.map(|d| d.add_days(n).iso());
                let mut hit = self.date_hit(i, i + 1, date);
                if matches!(s, "tonight" | "tonite") {
                    hit.kind = FigureKind::Time;
                } else if near(t, i + 1)
                    && self.time_word(i + 1) == Some(TimeWord::Part)
                    && self.lw(i + 1).as_str() != "weekend"
                {
                    hit.kind = FigureKind::Time;
                    hit.end = i + 2;
                }
                Some(hit)
            }
            TimeWord::Modifier(Some(dir)) => self.modified(i, dir),
            TimeWord::Part if matches!(s, "noon" | "midnight" | "midday") => {
                Some(Hit::new(i, i + 1, FigureKind::Time, None))
            }
            TimeWord::Vague => self.duration(i),
            TimeWord::Periodic => Some(self.date_hit(i, i + 1, None)),
            // "the nineties", "late eighties"; but "in his fifties" is an age, "7-8 fifties" runs
            TimeWord::Decade(n)
                if i > 0
                    && matches!(
                        self.lw(i - 1).as_str(),
                        "the" | "early" | "mid" | "late" | "-" | "in"
                    )
                    && !self.after_possessive(i) =>
            {
                Some(self.decade_hit(i, i + 1, 1900 + n))
            }
            // "before lunch", "at dinnertime"; "in morning"
            TimeWord::Meal | TimeWord::Part
                if i > 0 && near(t, i) && self.lw(i - 1).as_str() != "the" && {
                    let p = self.lw(i - 1);
                    matches!(
                        (tw, p.as_str()),
                        (
                            TimeWord::Meal,
                            "before" | "after" | "at" | "during" | "over" | "until" | "till" | "by"
                        ) | (TimeWord::Part, "in")
                    )
                } =>
            {
                Some(Hit::new(i, i + 1, FigureKind::Time, None))
            }
            TimeWord::Season => {
                let (_, end) = self.year_after(i + 1).filter(|_| near(t, i + 1))?;
                Some(self.date_hit(i, end, None))
            }
            _ => None,
        }
    }
}

/// Joins a day and a time of that day, found as two figures, into one: "tomorrow 8:00am",
/// "Tuesday at 9 am", "8.30pm today", "6pm of April 22", "Monday morning from 10am to 12pm",
/// "every evening at 7pm"; a duration with the time or day it starts ("3 days starting from
/// next Monday"); and a weekday with a counted day, as that weekday of its week ("Monday two
/// weeks from now", "in 3 days on Friday"). The joined figure keeps the day's date.
pub(super) fn join_days_and_times(t: &Tokens, hits: &mut Vec<Hit>) {
    let mut out: Vec<Hit> = Vec::with_capacity(hits.len());
    for hit in hits.drain(..) {
        if let Some(prev) = out.last_mut() {
            if let Some(joined) = joined(t, prev, &hit) {
                *prev = joined;
                continue;
            }
        }
        out.push(hit);
    }
    *hits = out;
}

/// Whether a figure names one day ("Tuesday", "May 4", "Monday morning", "in two days"), not
/// a longer stretch ("next week", "2019"), which stays apart from a time after it.
fn is_day(h: &Hit) -> bool {
    h.date_end.is_none() && h.date.as_deref().is_some_and(|d| d.len() == 10)
}

/// The weekday a figure is and nothing more ("Friday"), by its one token.
fn lone_weekday(t: &Tokens, h: &Hit) -> Option<u32> {
    (h.end == h.start + 1 && t.get(h.start).len() > 3)
        .then(|| calendar::weekday(t.get(h.start)))
        .flatten()
}

/// The date of a weekday and a counted day side by side, in either order ("Friday, May 3"):
/// the weekday in the week of the day.
fn weekday_and_day(t: &Tokens, a: &Hit, b: &Hit) -> Option<String> {
    let week_of = |w: &Hit, d: &Hit| {
        Some(
            Day::parse(d.date.as_deref()?)?
                .weekday_in_week(lone_weekday(t, w)?, 0)
                .iso(),
        )
    };
    if is_day(a) && is_day(b) {
        week_of(a, b).or_else(|| week_of(b, a))
    } else {
        None
    }
}

/// `a` and the `b` after it as one figure, when they are one moment: a day and a time of
/// day, a time and how often it comes, a duration and when it starts, a weekday and a
/// counted day; with nothing between them but a joining word or two.
fn joined(t: &Tokens, a: &Hit, b: &Hit) -> Option<Hit> {
    let between = |j: usize| {
        t.gap(j) <= Gap::Space
            && words()
                .dates
                .day_time_joiners
                .contains(Lower::new(t.get(j)).as_str())
    };
    if b.start < a.end
        || b.start > a.end + 2
        || !(a.end..b.start).all(between)
        || t.gap(b.start) > Gap::Space
    {
        return None;
    }
    let word = |j: usize| Lower::new(t.get(j));
    // a holiday keeps apart from its time ("Christmas at 8:00"), a day from a meal ("after
    // lunch tomorrow")
    let holiday = |h: &Hit| words().dates.holidays.contains_key(word(h.start).as_str());
    let meal = |h: &Hit| {
        (h.start..h.end)
            .any(|j| words().time.get(Lower::new(t.get(j)).as_str()) == Some(&TimeWord::Meal))
    };
    let clock = |h: &Hit| h.kind == FigureKind::Time && h.date.is_none() && !meal(h);
    // a part of the day and its hour ("early morning at 8:00", "8:00 early morning")
    let part = |h: &Hit| t.tokens[h.start].kind == TokenKind::Word;
    let periodic = |h: &Hit| matches!(word(h.start).as_str(), "every" | "each");
    let linked = b.start > a.end;
    let from = linked && matches!(word(a.end).as_str(), "from" | "between");
    let starts = linked
        && matches!(
            word(b.start - 1).as_str(),
            "from" | "starting" | "beginning" | "for"
        );
    let at = linked && word(a.end).as_str() == "at";
    let day_time = (is_day(a) && !holiday(a) && clock(b))
        || (clock(a) && is_day(b) && !holiday(b))
        || (clock(a) && clock(b) && (from || (part(a) || part(b)) && (at || !linked)));
    let often = (clock(a) && periodic(b)) || (periodic(a) && clock(b));
    let lasting = starts
        && (a.kind == FigureKind::Duration && (clock(b) || is_day(b))
            || clock(a) && b.kind == FigureKind::Duration);
    // "Friday at 5": a bare hour after a day
    let hour = |h: &Hit| {
        h.kind == FigureKind::Number
            && h.end == h.start + 1
            && is_number(t, h.start)
            && h.value
                .is_some_and(|v| v.fract() == 0.0 && (0.0..=23.0).contains(&v))
    };
    let day_time = day_time || is_day(a) && !holiday(a) && at && b.start == a.end + 1 && hour(b);
    let weekday = weekday_and_day(t, a, b);
    if !(day_time || often || lasting || weekday.is_some()) {
        return None;
    }
    let dated = if is_day(a) { a } else { b };
    let mut hit = Hit::new(
        a.start,
        b.end,
        if dated.kind == FigureKind::Duration {
            FigureKind::Date
        } else {
            dated.kind
        },
        None,
    );
    hit.date = weekday.or_else(|| dated.date.clone());
    hit.date_end = dated.date_end.clone();
    Some(hit)
}
