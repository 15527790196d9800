//! Dates that start with digits or number words: "4 July", "2019-04-24", "1989", "the 1990s".

use super::Cx;
use crate::calendar::{self, Day};
use crate::figures::lexicon::{words, Lower, NumClass};
use crate::figures::numbers;
use crate::figures::{attached, is_number, near, Hit};
use crate::text::{Gap, TokenKind};

impl Cx<'_, '_> {
    /// A day of the month at token `i` ("4", "4th", "04"): its number and the token after.
    pub(super) fn day_number(&self, i: usize) -> Option<(u32, usize)> {
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
        if attached(self.t, end)
            && matches!(self.t.get(end), ":" | "," | ".")
            && is_number(self.t, end + 1)
            && attached(self.t, end + 1)
        {
            return None;
        }
        Some((day, end))
    }

    /// A year at token `i` after a month or day ("2019", "'19"): the year and the token after.
    pub(super) fn year_after(&self, i: usize) -> Option<(i32, usize)> {
        let s = self.t.get(i);
        if matches!(s, "'" | "’")
            && is_number(self.t, i + 1)
            && self.t.get(i + 1).len() == 2
            && attached(self.t, i + 1)
        {
            let y: i32 = self.t.get(i + 1).parse().ok()?;
            return Some((if y < 50 { 2000 + y } else { 1900 + y }, i + 2));
        }
        if let Some(year) = self.written_year(i) {
            return Some(year);
        }
        if !is_number(self.t, i)
            || s.len() != 4
            || (attached(self.t, i + 1)
                && self.t.get(i + 1) == ","
                && attached(self.t, i + 2)
                && is_number(self.t, i + 2))
        {
            return None;
        }
        let y: i32 = s.parse().ok()?;
        (1000..=2999).contains(&y).then_some((y, i + 1))
    }

    /// A year in words: "nineteen seventy four", "two thousand and nine".
    pub(super) fn written_year(&self, i: usize) -> Option<(i32, usize)> {
        let w = words();
        let &(century, class) = w.numbers.get(self.lw(i).as_str())?;
        if class == NumClass::Teen && near(self.t, i + 1) {
            // "nineteen seventy four", "nineteen hundred eighty one"
            let at = if self.lw(i + 1).as_str() == "hundred" {
                i + 2
            } else {
                i + 1
            };
            let rest = numbers::scan(self.t, at, false).filter(|n| !n.scaled)?;
            let r = rest
                .value
                .filter(|v| v.fract() == 0.0 && *v >= 10.0 && *v < 100.0)?;
            return Some((century as i32 * 100 + r as i32, rest.end));
        }
        let num = numbers::scan(self.t, i, false)?;
        let v = num
            .value
            .filter(|v| v.fract() == 0.0 && (1000.0..=2999.0).contains(v))?;
        (num.end > i + 1).then_some((v as i32, num.end))
    }

    /// A year in words after a preposition, before nothing a count would take: "in nineteen
    /// ninety six", "since two thousand and nine" (but "in two thousand cases" is a count).
    pub(super) fn written_year_alone(&self, i: usize) -> Option<Hit> {
        let dw = &words().dates;
        let prev = if i > 0 {
            self.lw(i - 1)
        } else {
            Lower::new("")
        };
        let p = prev.as_str();
        if !dw.year_prepositions.contains(p)
            || dw.count_words.contains(p)
            || !p.bytes().all(|b| b.is_ascii_alphabetic())
        {
            return None;
        }
        let (year, end) = self.written_year(i)?;
        let t = self.t;
        let free = t
            .tokens
            .get(end)
            .is_none_or(|n| n.kind == TokenKind::Punct || n.sentence_start)
            || dw.year_followers.contains(self.lw(end).as_str());
        free.then(|| self.date_hit(i, end, Some(format!("{year:04}"))))
    }

    /// Dates, times and durations that start with digits.
    pub(super) fn number_led(&self, i: usize) -> Option<Hit> {
        let t = self.t;
        let s = t.get(i);
        // "the 90 s", "in 80s": a decade of the 1900s
        if s.len() == 2
            && s.ends_with('0')
            && i > 0
            && matches!(
                self.lw(i - 1).as_str(),
                "the" | "in" | "early" | "mid" | "late"
            )
            && self.lw(i + 1).as_str() == "s"
            && near(t, i + 1)
        {
            return Some(self.decade_hit(i, i + 2, 1900 + s.parse::<i32>().ok()?));
        }
        // "123-12-1234": the digits of a code
        if i >= 2
            && t.get(i - 1) == "-"
            && attached(t, i)
            && attached(t, i - 1)
            && is_number(t, i - 2)
        {
            return None;
        }
        if let Some(hit) = self.named_numeric(i) {
            return Some(hit);
        }
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

    /// "4 July", "3rd of May 2019", "03rd Feb 2018".
    pub(super) fn day_led(&self, i: usize) -> Option<Hit> {
        let t = self.t;
        let (day, at) = self.day_number(i).or_else(|| {
            // "the twenty third", "twelve March"
            if is_number(t, i) {
                return None;
            }
            let (v, e) = numbers::scan_ordinal(t, i)
                .or_else(|| numbers::scan(t, i, false).and_then(|n| Some((n.value?, n.end))))?;
            ((1.0..=31.0).contains(&v) && v.fract() == 0.0).then_some((v as u32, e))
        })?;
        let m_at = if self.lw(at).as_str() == "of" {
            at + 1
        } else {
            at
        };
        if !near(t, m_at) {
            return None;
        }
        let month = self.month_at(m_at)?;
        let mut end = m_at + 1;
        let m_word = t.get(m_at);
        let abbreviation = m_word.len() <= 4
            && !["june", "july", "may"]
                .iter()
                .any(|m| m.eq_ignore_ascii_case(m_word));
        // "one may ask": the verb, not the month
        if m_word == "may" && !is_number(t, i) {
            return None;
        }
        if abbreviation && t.get(end) == "." && attached(t, end) {
            end += 1;
        }
        if day > calendar::days_in_month(2000, month) {
            return None;
        }
        if self.lw(end).as_str() == "of"
            && is_number(t, end + 1)
            && t.get(end + 1).len() == 2
            && !attached(t, end + 2)
        {
            let y: i32 = t.get(end + 1).parse().ok()?;
            let year = if y < 50 { 2000 + y } else { 1900 + y };
            return Some(self.date_hit(i, end + 2, Day::new(year, month, day).map(Day::iso)));
        }
        let comma = if matches!(t.get(end), ",") || matches!(self.lw(end).as_str(), "of" | "in") {
            end + 1
        } else {
            end
        };
        if let Some((year, e)) = self.year_after(comma).filter(|_| near(t, comma)) {
            return Some(self.date_hit(i, e, Day::new(year, month, day).map(Day::iso)));
        }
        let lean = self.lean(i, end);
        Some(self.date_hit(
            i,
            end,
            self.resolve_month_day(month, day, lean).map(Day::iso),
        ))
    }

    /// "2019-04-24", "24/04/2019", "4/24/19", "14.06.2021", "20180315", "2017-8".
    #[inline(never)]
    pub(super) fn numeric_date(&self, i: usize) -> Option<Hit> {
        let t = self.t;
        let part = |j: usize| -> Option<u32> { t.get(j).parse().ok() };
        let sep = t.get(i + 1);
        if !matches!(sep, "/" | "-" | ".")
            || !attached(t, i + 1)
            || !attached(t, i + 2)
            || !is_number(t, i + 2)
        {
            return self.eight_digits(i);
        }
        let has_third =
            t.get(i + 3) == sep && attached(t, i + 3) && attached(t, i + 4) && is_number(t, i + 4);
        let (a, b) = (part(i)?, part(i + 2)?);
        let (la, lb) = (t.get(i).len(), t.get(i + 2).len());
        if has_third {
            return self.three_part_date(i, (a, la), (b, lb));
        }
        // Two parts: "2017-8", "23/05"; but "5/8" is a fraction and "2-1" a score.
        if la == 4 && sep == "-" && lb <= 2 && (1..=12).contains(&b) && (1000..=2999).contains(&a) {
            return Some(self.date_hit(i, i + 3, Some(format!("{a:04}-{b:02}"))));
        }
        if sep == "/" && la <= 2 && lb <= 2 && i > 0 {
            let prev = self.lw(i - 1);
            let datey = matches!(prev.as_str(), "on" | "from" | "to" | "until" | "by" | "since" | "this" | "next" | "last" | "before" | "after")
                || calendar::weekday(prev.as_str()).is_some()
                // "on 11/20, 11/22 or 11/25"
                || matches!(prev.as_str(), "," | "or" | "and") && i >= 3 && t.get(i - 3) == "/" && attached(t, i - 2);
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

    /// "20180315": eight digits alone, a date of 1900 to 2100.
    fn eight_digits(&self, i: usize) -> Option<Hit> {
        let t = self.t;
        let s = t.get(i);
        if s.len() != 8
            || attached(t, i + 1)
                && t.tokens
                    .get(i + 1)
                    .is_some_and(|n| n.kind != TokenKind::Punct || t.get(i + 1) != ".")
        {
            return None;
        }
        let (y, m, d) = (
            s[..4].parse().ok()?,
            s[4..6].parse().ok()?,
            s[6..].parse().ok()?,
        );
        let day = Day::new(y, m, d).filter(|d| (1900..=2100).contains(&d.year))?;
        Some(self.date_hit(i, i + 1, Some(day.iso())))
    }

    /// A date of three numbers at tokens `i`, `i + 2` and `i + 4` ("2019-04-24", "24/04/2019",
    /// "4/24/19"), the first two `a` and `b`, each with its length in digits.
    fn three_part_date(
        &self,
        i: usize,
        (a, la): (u32, usize),
        (b, lb): (u32, usize),
    ) -> Option<Hit> {
        let t = self.t;
        let sep = t.get(i + 1);
        let c: u32 = t.get(i + 4).parse().ok()?;
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
        let year = if lc == 2 {
            if c < 50 {
                2000 + c
            } else {
                1900 + c
            }
        } else {
            c
        } as i32;
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
        Some(self.date_hit(i, end, date.map(Day::iso)))
    }

    /// "the 1990s" (1990 to 1999), "the 1800s" (1800 to 1899): a decade, or a century when
    /// the year ends in "00".
    fn decades_hit(&self, start: usize, end: usize, first: i32) -> Hit {
        if first % 100 == 0 {
            let mut hit = self.date_hit(start, end, Some(format!("{first:04}")));
            hit.date_end = Some(format!("{:04}", first + 99));
            return hit;
        }
        self.decade_hit(start, end, first)
    }

    /// A four-digit year ("1989", "2011-2016", "2019-20", "1990s") where the context makes it one.
    pub(super) fn year(&self, i: usize) -> Option<Hit> {
        let t = self.t;
        let y: i32 = t.get(i).parse().ok()?;
        let dw = &words().dates;
        let after_preposition = i > 0 && dw.year_prepositions.contains(self.lw(i - 1).as_str());
        if !((1000..=2100).contains(&y) || after_preposition && (1000..=2999).contains(&y)) {
            return None;
        }
        // "1990s", "1990 s", "1990's"
        if self.lw(i + 1).as_str() == "s" && near(t, i + 1) && y % 10 == 0 {
            return Some(self.decades_hit(i, i + 2, y));
        }
        if matches!(t.get(i + 1), "'" | "’")
            && attached(t, i + 1)
            && self.lw(i + 2).as_str() == "s"
            && attached(t, i + 2)
            && y % 10 == 0
        {
            return Some(self.decades_hit(i, i + 3, y));
        }
        if attached(t, i + 1)
            && t.tokens
                .get(i + 1)
                .is_some_and(|n| n.kind == TokenKind::Word)
        {
            return None;
        }
        // "2011-2016", "2019-20"
        if matches!(t.get(i + 1), "-" | "–" | "/")
            && attached(t, i + 1)
            && attached(t, i + 2)
            && is_number(t, i + 2)
        {
            let l = t.get(i + 2).len();
            if l == 4 || l == 2 {
                return Some(self.date_hit(i, i + 3, None));
            }
        }
        let prev = if i > 0 {
            self.lw(i - 1)
        } else {
            Lower::new("")
        };
        let p = prev.as_str();
        let next_tok = t.tokens.get(i + 1);
        let next = self.lw(i + 1);
        // A modern year before a word that is not a counted plural: "the 2008 financial crisis"
        let modern = (1900..=2099).contains(&y)
            && next_tok.is_some_and(|n| n.kind == TokenKind::Word)
            && (!next.as_str().ends_with('s') || dw.year_nouns.contains(next.as_str()));
        let year_like = modern
            || dw.year_prepositions.contains(p)
            || calendar::month(p).is_some()
            || next_tok
                .is_none_or(|n| n.kind == TokenKind::Punct && !matches!(t.get(i + 1), "%" | "$"))
            || t.tokens.get(i + 1).is_some_and(|n| n.sentence_start)
            || t.is_capitalised(i + 1)
            || dw.year_followers.contains(next.as_str());
        if !year_like || dw.count_words.contains(p) && !dw.year_prepositions.contains(p) {
            return None;
        }
        if t.gap(i + 1) == Gap::None && matches!(t.get(i + 1), "%") {
            return None;
        }
        Some(self.date_hit(i, i + 1, Some(format!("{y:04}"))))
    }

    /// A numeric date with its month by name, its parts joined by one of "-", "/", ".":
    /// "2021-Mar-04", "04-Mar-2021", "Sep-23-2020", "2020/Sep/23", "Dec/2018", "Jan/3".
    pub(super) fn named_numeric(&self, i: usize) -> Option<Hit> {
        let t = self.t;
        let sep = t.get(i + 1);
        if !matches!(sep, "-" | "/" | ".") || !attached(t, i + 1) {
            return None;
        }
        // the parts: numbers, and one month's name
        let mut parts: Vec<(Option<u32>, usize)> = Vec::with_capacity(3);
        let mut j = i;
        loop {
            let part = if is_number(t, j) {
                (None, t.get(j).len())
            } else {
                (Some(self.month_at(j)?), 0)
            };
            parts.push(part);
            if parts.len() == 3
                || t.get(j + 1) != sep
                || !attached(t, j + 1)
                || !attached(t, j + 2)
                || t.tokens
                    .get(j + 2)
                    .is_none_or(|n| n.kind == TokenKind::Punct)
            {
                break;
            }
            j += 2;
        }
        let end = j + 1;
        if attached(t, end) && t.get(end) == sep && is_number(t, end + 1) {
            return None;
        }
        let month_at = parts.iter().position(|p| p.0.is_some())?;
        if parts.iter().filter(|p| p.0.is_some()).count() != 1 || parts.len() < 2 {
            return None;
        }
        let month = parts[month_at].0?;
        let number = |k: usize| -> Option<(i32, usize)> {
            Some((t.get(i + 2 * k).parse().ok()?, parts[k].1))
        };
        let (year, day) = match (parts.len(), month_at) {
            (3, 1) => {
                let (a, la) = number(0)?;
                let (c, lc) = number(2)?;
                if la == 4 {
                    (Some(a), c)
                } else if lc == 4 || lc == 2 {
                    (Some(if lc == 2 { 2000 + c } else { c }), a)
                } else {
                    return None;
                }
            }
            (3, 0) => (Some(number(2)?.0), number(1)?.0),
            (3, 2) => (Some(number(0)?.0).filter(|_| parts[0].1 == 4), number(1)?.0),
            (2, _) => {
                let (n, len) = number(1 - month_at)?;
                if len == 4 {
                    return Some(self.date_hit(i, end, Some(format!("{n:04}-{month:02}"))));
                }
                (None, n)
            }
            _ => return None,
        };
        let day = u32::try_from(day).ok()?;
        let date = match year {
            Some(y) => Some(Day::new(y, month, day)?),
            None => {
                Day::new(2000, month, day)?;
                self.resolve_month_day(month, day, self.lean(i, end))
            }
        };
        Some(self.date_hit(i, end, date.map(Day::iso)))
    }
}
