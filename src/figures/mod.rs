//! The figures pass: amounts of money, percentages, numbers, ordinals, dates, times,
//! durations and quantities, each with its normalised value, in one pass over the tokens.
//!
//! At each token the scanners are tried in order (money with a sign before it, dates and
//! times, ordinals, then a number and what follows it: a percent sign, a currency, a unit);
//! the first that matches takes its tokens, so a number inside money or a date is never
//! also a number of its own.

mod claims;
mod dates;
mod lexicon;
mod money;
mod numbers;
mod percent;
mod quantities;

use crate::calendar::Day;
use crate::document::{Change, FigureKind, FoundFigure};
use crate::text::{Gap, TokenKind, Tokens};
use lexicon::Lower;

/// Finds the figures in `tokens`, sorted by start. `today`, the article's date, resolves
/// relative dates ("Tuesday", "last year").
pub(crate) fn find(tokens: &Tokens, today: Option<Day>) -> Vec<FoundFigure> {
    let mut hits = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        i = scan_at(tokens, i, today, &mut hits)
            .filter(|&next| next > i)
            .unwrap_or(i + 1);
    }
    join_ranges(tokens, &mut hits);
    money::settle_currencies(tokens, &mut hits);
    claims::mark(tokens, &mut hits);
    hits.into_iter().map(|h| h.found(tokens)).collect()
}

/// Joins the two ends of a range of dates or times into one figure ("2014 to 2018", "3pm-5pm",
/// "between May and June"), a count before a duration into it ("two to three years"), a bare
/// hour and a time ("from 7 to 7:30"); then a day and its time ("Tuesday at 9 am", see
/// `dates::join_days_and_times`). The joined figure has no single value; a range of dates
/// resolves to its first's date and its last's (`date`, `date_end`).
#[inline(never)]
fn join_ranges(t: &Tokens, hits: &mut Vec<Hit>) {
    let timely = |k: FigureKind| matches!(k, FigureKind::Date | FigureKind::Time);
    let mut out: Vec<Hit> = Vec::with_capacity(hits.len());
    for hit in hits.drain(..) {
        if let Some(prev) = out.last_mut() {
            let link = Lower::new(t.get(prev.end));
            let between = prev.start > 0 && t.get(prev.start - 1).eq_ignore_ascii_case("between");
            let linked = hit.start == prev.end + 1
                && (matches!(
                    link.as_str(),
                    "-" | "–" | "~" | "to" | "through" | "until" | "till"
                ) || between && link.as_str() == "and");
            let same = timely(prev.kind) && timely(hit.kind) && prev.kind == hit.kind;
            let count = prev.kind == FigureKind::Number
                && hit.kind == FigureKind::Duration
                && link.as_str() != "until";
            // "from 7 to 7:30", "8am-3": a bare hour and a time of day
            let hour = |h: &Hit| {
                h.kind == FigureKind::Number
                    && h.end == h.start + 1
                    && is_number(t, h.start)
                    && h.value
                        .is_some_and(|v| v.fract() == 0.0 && (0.0..=24.0).contains(&v))
            };
            let hours = (hour(prev) && hit.kind == FigureKind::Time
                || prev.kind == FigureKind::Time && hour(&hit))
                && hit.date.is_none()
                && prev.date.is_none();
            if linked && (same || count || hours) {
                let kind = if hours { FigureKind::Time } else { hit.kind };
                prev.end = hit.end;
                prev.kind = kind;
                prev.unit = hit.unit;
                prev.value = None;
                // the range runs from the first's first day to the last's last; one that would
                // end before it begins ("Friday to Monday" read as last Monday) stays unresolved
                let last = hit.date_end.or(hit.date);
                let first = prev.date.take();
                let (first, last) = match (first, last) {
                    (Some(a), Some(b)) if !ends_before(&b, &a) => (Some(a), Some(b)),
                    _ => (None, None),
                };
                prev.date = first;
                prev.date_end = last;
                continue;
            }
        }
        out.push(hit);
    }
    *hits = out;
    dates::join_days_and_times(t, hits);
}

/// Whether the ISO date (year, month or day) `end` ends before `start` begins: compared on the
/// digits both give, so "2021-02" does not end before "2021".
fn ends_before(end: &str, start: &str) -> bool {
    let n = end.len().min(start.len());
    end.as_bytes()[..n] < start.as_bytes()[..n]
}

/// One figure found, in token indexes: `start..end`.
#[derive(Debug, Clone, PartialEq)]
struct Hit {
    /// The first token.
    start: usize,
    /// One past the last token.
    end: usize,
    /// What it measures.
    kind: FigureKind,
    /// Its value, `None` when it cannot be known exactly.
    value: Option<f64>,
    /// The ISO 4217 code of money.
    currency: Option<&'static str>,
    /// Other codes the money's sign or word may stand for, "|"-separated, until the
    /// countries the article names settle it.
    other_currencies: &'static str,
    /// The unit of a quantity, a duration, a minor-unit amount or a percentage-point change.
    unit: Option<&'static str>,
    /// The ISO 8601 date (or month, or year) a date resolves to; a range's first.
    date: Option<String>,
    /// The last date of a range.
    date_end: Option<String>,
    /// The claim around the value.
    change: Option<Change>,
}

impl Hit {
    /// A figure of `kind` over tokens `start..end`.
    fn new(start: usize, end: usize, kind: FigureKind, value: Option<f64>) -> Hit {
        Hit {
            start,
            end,
            kind,
            value,
            currency: None,
            other_currencies: "",
            unit: None,
            date: None,
            date_end: None,
            change: None,
        }
    }

    /// The figure as the document takes it.
    fn found(self, t: &Tokens) -> FoundFigure {
        // ISO 8601 dates of four-digit years only: "29 centuries earlier" has no date we can write.
        let four_digits = |d: &String| {
            d.len() >= 4
                && d.as_bytes()[..4].iter().all(u8::is_ascii_digit)
                && d.as_bytes().get(4).is_none_or(|&b| b == b'-')
        };
        let in_calendar = self.date.iter().chain(&self.date_end).all(four_digits);
        FoundFigure {
            span: t.span((self.start, self.end.max(self.start + 1).min(t.len()))),
            kind: self.kind,
            // The one place a value that is not finite ("1/0") is dropped.
            value: self.value.filter(|v| v.is_finite()),
            currency: self.currency,
            unit: self.unit,
            date: self.date.filter(|_| in_calendar),
            date_end: self.date_end.filter(|_| in_calendar),
            change: self.change,
        }
    }
}

/// Tries every scanner at token `i`; returns the token after what was found.
#[inline(never)]
fn scan_at(t: &Tokens, i: usize, today: Option<Day>, out: &mut Vec<Hit>) -> Option<usize> {
    let token = t.tokens[i];
    match token.kind {
        TokenKind::Word if !could_start(t, i) => return None,
        // Punctuation starts a figure only as a sign: "$5", ".5", "-5", "'90s", "½"
        TokenKind::Punct
            if t.get(i).len() == 1 && !matches!(t.get(i), "$" | "." | "-" | "'" | "+" | "%") =>
        {
            return None
        }
        _ => {}
    }
    if let Some(end) = skip_url(t, i) {
        return Some(end);
    }
    if token.kind == TokenKind::Word && (inside_word(t, i) || in_a_name(t, i)) {
        return None;
    }
    if let Some(end) = money::scan_prefixed(t, i, out) {
        return Some(end);
    }
    if let Some(end) = percent::scan_before(t, i, out) {
        return Some(end);
    }
    // "1500 Rs", "2000 dollars": money, though the number could be a year
    if token.kind == TokenKind::Number && t.get(i).len() == 4 {
        if let Some(end) =
            numbers::scan(t, i, false).and_then(|num| money::scan_suffixed(t, i, num, out))
        {
            return Some(end);
        }
    }
    if let Some(end) = dates::scan(t, i, today, out) {
        return Some(end);
    }
    if let Some((value, end)) = numbers::scan_ordinal(t, i) {
        if !(token.kind == TokenKind::Number && inside_word(t, i)) {
            out.push(Hit::new(i, end, FigureKind::Ordinal, Some(value)));
        }
        return Some(end);
    }
    scan_number_at(t, i, out)
}

/// A number at token `i`, signed ("minus four percent", "negative two", "-5"), and what follows
/// it: a percent sign, a currency, a unit; else the number alone. Returns the token after.
fn scan_number_at(t: &Tokens, i: usize, out: &mut Vec<Hit>) -> Option<usize> {
    let (sign, at) = match Lower::new(t.get(i)).as_str() {
        "minus" | "negative" if near(t, i + 1) => (-1.0, i + 1),
        "-" if is_number(t, i + 1) && attached(t, i + 1) && t.gap(i) > Gap::None => (-1.0, i + 1),
        _ => (1.0, i),
    };
    if is_number(t, at) && inside_word(t, at) {
        return skip_word_number(t, at);
    }
    let num = numbers::scan(t, at, false)?;
    let num = numbers::Num {
        value: num.value.map(|v| v * sign),
        ..num
    };
    if let Some(end) = percent::scan_after(t, i, num, out) {
        return Some(end);
    }
    if let Some(end) = money::scan_suffixed(t, i, num, out) {
        return Some(end);
    }
    if let Some(end) = quantities::scan_after(t, i, num, out) {
        return Some(end);
    }
    if attached(t, num.end)
        && t.tokens
            .get(num.end)
            .is_some_and(|n| n.kind == TokenKind::Word)
    {
        return Some(num.end + 1); // "4x4", "10G": a code, not a figure we know
    }
    if sign < 0.0 && at == i + 1 && t.get(i) == "-" {
        // A dash before a number is as often punctuation as a sign: keep the number alone.
        out.push(Hit::new(
            at,
            num.end,
            FigureKind::Number,
            num.value.map(|v| -v),
        ));
        return Some(num.end);
    }
    if is_lone_one(t, at, num.end) {
        return Some(num.end);
    }
    out.push(Hit::new(i, num.end, FigureKind::Number, num.value));
    Some(num.end)
}

/// Whether the word at `i` may start a figure: a listed word, a currency code ("USD", "MEUR"),
/// or letters before a dollar sign ("US$", "c $"). Most words are not, and are passed over fast.
fn could_start(t: &Tokens, i: usize) -> bool {
    let s = t.get(i);
    let numeric = s
        .chars()
        .next()
        .is_some_and(|c| !c.is_ascii() && c.is_numeric());
    let words = lexicon::words();
    let symbol_after = t
        .tokens
        .get(i + 1)
        .is_some_and(|n| n.kind == TokenKind::Punct || !t.get(i + 1).is_ascii());
    let sign_after = symbol_after
        && (t.get(i + 1) == "$" || attached(t, i + 1) && words.signs.contains_key(t.get(i + 1))); // "US$", "c $", "E£", "GH₵"
    if numeric
        || (2..=4).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_uppercase())
        || sign_after
        || t.get(i + 1) == "."
    {
        return true;
    }
    let starters = &words.starters;
    let lower = Lower::new(s);
    let l = lower.as_str();
    if s.len() == 1 && words.signs.contains_key(s) {
        return true; // "R", "N": letters for currencies
    }
    // "rupees": currency words are listed in the singular
    let plural_currency = || {
        l.strip_suffix('s')
            .is_some_and(|w| words.currencies.contains_key(w))
    };
    if !(starters.contains(l) || l.ends_with('s') && plural_currency()) {
        return false;
    }
    // "the", "a": only before a number or another starter ("the past", "a dozen")
    if matches!(lower.as_str(), "the" | "a" | "an") {
        return t
            .tokens
            .get(i + 1)
            .is_some_and(|n| n.kind != TokenKind::Word)
            || starters.contains(Lower::new(t.get(i + 1)).as_str());
    }
    true
}

/// Whether the number or ordinal word at token `i` is part of a name: capitalised inside a
/// sentence, before another capitalised word that no figure is made of ("the Carcross First
/// Nation", "the Three Gorges Dam", where "Three Percent" and "Second Quarter" stay figures).
fn in_a_name(t: &Tokens, i: usize) -> bool {
    let next = i + 1;
    if t.tokens[i].sentence_start
        || !t.is_capitalised(i)
        || t.gap(next) != Gap::Space
        || !t.tokens.get(next).is_some_and(|n| n.capitalised)
    {
        return false;
    }
    let words = lexicon::words();
    let this = Lower::new(t.get(i));
    if !(words.numbers.contains_key(this.as_str()) || words.ordinals.contains_key(this.as_str())) {
        return false;
    }
    let lower = Lower::new(t.get(next));
    let word = lower.as_str();
    let singular = word.strip_suffix('s').unwrap_or(word);
    ![word, singular].iter().any(|w| {
        words.starters.contains(*w)
            || words.units.contains_key(*w)
            || words.currencies.contains_key(*w)
            || words.time.contains_key(*w)
    })
}

/// Whether token `i` continues a word or code it touches: "G7", "COVID-19", "MH17".
fn inside_word(t: &Tokens, i: usize) -> bool {
    if i == 0 || t.gap(i) != Gap::None {
        return false;
    }
    let prev = t.tokens[i - 1];
    match prev.kind {
        TokenKind::Word => t.tokens[i].kind == TokenKind::Number,
        TokenKind::Number => t.tokens[i].kind == TokenKind::Word && !numbers_suffix(t, i),
        TokenKind::Punct => {
            t.tokens[i].kind == TokenKind::Number
                && t.get(i - 1) == "-"
                && i >= 2
                && t.gap(i - 1) == Gap::None
                && t.tokens[i - 2].kind == TokenKind::Word
        }
    }
}

/// Whether the word at `i`, touching a number before it, is something the figures read
/// ("m", "km", "pm", "st", "s").
fn numbers_suffix(t: &Tokens, i: usize) -> bool {
    let w = Lower::new(t.get(i));
    let s = w.as_str();
    let words = lexicon::words();
    words.scales.contains_key(s)
        || words.units.contains_key(s)
        || words.time.contains_key(s)
        || words.currencies.contains_key(s)
        || matches!(
            s,
            "st" | "nd" | "rd" | "th" | "s" | "am" | "pm" | "a" | "p" | "h" | "d" | "bps"
        )
        || lexicon::words().signs.contains_key(t.get(i))
        || s.len() == 3
            && s.bytes().all(|b| b.is_ascii_alphabetic())
            && t.get(i).bytes().all(|b| b.is_ascii_uppercase())
}

/// Skips a web address ("http://…", "www.…") up to the next space: its digits are no figures.
fn skip_url(t: &Tokens, i: usize) -> Option<usize> {
    let w = Lower::new(t.get(i));
    let url = match w.as_str() {
        "http" | "https" | "ftp" => {
            t.get(i + 1) == ":" && t.get(i + 2) == "/" && attached(t, i + 1)
        }
        "www" => t.get(i + 1) == "." && attached(t, i + 1),
        _ => false,
    };
    if !url {
        return None;
    }
    let mut j = i + 1;
    while attached(t, j) {
        j += 1;
    }
    Some(j)
}

/// Skips a code's digits ("COVID-19", "G7") and anything stuck to them.
fn skip_word_number(t: &Tokens, i: usize) -> Option<usize> {
    let mut j = i + 1;
    while j < t.len() && attached(t, j) && t.tokens[j].kind != TokenKind::Punct {
        j += 1;
    }
    Some(j)
}

/// "one" that is a pronoun, not a count: "the one you mentioned", "which one".
fn is_lone_one(t: &Tokens, start: usize, end: usize) -> bool {
    if end != start + 1 || !t.get(start).eq_ignore_ascii_case("one") {
        return false;
    }
    let prev = Lower::new(if start > 0 { t.get(start - 1) } else { "" });
    let next = Lower::new(t.get(end));
    matches!(
        prev.as_str(),
        "the"
            | "this"
            | "that"
            | "which"
            | "any"
            | "no"
            | "every"
            | "each"
            | "someone"
            | "anyone"
            | "little"
            | "only"
    ) || matches!(
        next.as_str(),
        "another" | "you" | "i" | "do" | "does" | "is" | "who" | "that"
    )
}

/// Whether token `i` is a run of digits.
fn is_number(t: &Tokens, i: usize) -> bool {
    t.tokens
        .get(i)
        .is_some_and(|tok| tok.kind == TokenKind::Number)
}

/// The token after a hyphen at `i` that joins two tokens ("-cent", "10-year"), else `i`.
fn past_joining_hyphen(t: &Tokens, i: usize) -> usize {
    if t.get(i) == "-" && attached(t, i) && attached(t, i + 1) {
        i + 1
    } else {
        i
    }
}

/// Whether token `i` exists and touches the one before it.
fn attached(t: &Tokens, i: usize) -> bool {
    i < t.len() && t.gap(i) == Gap::None
}

/// Whether token `i` exists on the same line as the one before it.
fn near(t: &Tokens, i: usize) -> bool {
    i < t.len() && t.gap(i) <= Gap::Space
}
