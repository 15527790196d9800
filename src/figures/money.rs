//! Money: a currency sign or code before the amount ("US$34 million", "€1.2bn", "USD34.6
//! million", "$ 1.8 bln", "Rs16,189-crore") or a currency word after it ("5 euros", "34
//! million US dollars", "two billion dollars", "12 cents"), and ranges of two amounts.

use super::lexicon::{words, CurrencySign, CurrencyWord, Lower};
use super::numbers::{self, Num};
use super::{attached, is_number, near, past_joining_hyphen, Hit};
use crate::document::FigureKind;
use crate::text::{Gap, TokenKind, Tokens};

/// A currency before an amount: its code (`None` when unknown), the other codes it may
/// stand for, the token after it, and a factor it carries ("MEUR" is a million euros).
struct Sign {
    code: Option<&'static str>,
    others: &'static str,
    end: usize,
    factor: f64,
    /// Money only before an amount with a scale word or in thousands ("R3.5 billion").
    amount_only: bool,
    /// Letters of an ISO code, which also name things with a number after them ("COP27").
    code_letters: bool,
}

impl Sign {
    /// What `sign` stands for, ending before token `end`.
    fn of(sign: &CurrencySign, end: usize) -> Sign {
        Sign {
            code: sign.code,
            others: sign.others,
            end,
            factor: 1.0,
            amount_only: sign.amount_only,
            code_letters: false,
        }
    }

    /// The ISO code `code` as written before an amount, ending before token `end`.
    fn code(code: &'static str, end: usize, factor: f64) -> Sign {
        Sign {
            code: Some(code),
            others: "",
            end,
            factor,
            amount_only: false,
            code_letters: true,
        }
    }
}

/// A currency sign, letters-and-sign, abbreviation or ISO code at token `i`.
fn scan_sign(t: &Tokens, i: usize) -> Option<Sign> {
    let w = words();
    let s = t.get(i);
    let tok = t.tokens.get(i)?;
    if tok.kind == TokenKind::Punct || !s.is_ascii() {
        return w.signs.get(s).map(|sign| Sign::of(sign, i + 1));
    }
    if tok.kind != TokenKind::Word {
        return None;
    }
    let lower = Lower::new(s);
    let l = lower.as_str();
    // "US$", "HK$", "c $", "U.S. $", "GH₵", "E£"
    let at = if l == "u"
        && t.get(i + 1) == "."
        && Lower::new(t.get(i + 2)).as_str() == "s"
        && t.get(i + 3) == "."
    {
        i + 4
    } else {
        i + 1
    };
    let symbol = t.get(at);
    if at < t.len()
        && (t.tokens[at].kind == TokenKind::Punct || !symbol.is_ascii())
        && w.signs.contains_key(symbol)
    {
        return letters_and_sign(t, i, at);
    }
    // "Rs", "Rs.", "Ksh.", "RM", "Rp", "Tk", lower-case codes "usd", "rmb"; "LE" and "R" only as written
    let exact = w
        .signs
        .get(s)
        .filter(|_| s.bytes().any(|b| b.is_ascii_uppercase()));
    let sign = exact.or_else(|| {
        w.signs
            .get(l)
            .filter(|_| s.starts_with(|c: char| c.is_ascii_uppercase()) || l.len() == 3)
    });
    if let Some(sign) = sign {
        let dotted = t.get(i + 1) == "."
            && attached(t, i + 1)
            && (2..=4).contains(&l.len())
            && !sign.amount_only;
        return Some(Sign::of(sign, if dotted { i + 2 } else { i + 1 }));
    }
    // ISO codes: "USD", "GBP"; "MEUR" is a million euros.
    if s.bytes().all(|b| b.is_ascii_uppercase()) {
        if s.len() == 3 {
            return w.iso_code(s).map(|code| Sign::code(code, i + 1, 1.0));
        }
        if s.len() == 4 && s.starts_with('M') {
            return w.iso_code(&s[1..]).map(|code| Sign::code(code, i + 1, 1e6));
        }
    }
    None
}

/// The sign at token `at` after the letters at token `i` ("US$", "HK$", "c $", "U.S. $"), or
/// after an ISO code ("aud$40", "SGD$ 25").
fn letters_and_sign(t: &Tokens, i: usize, at: usize) -> Option<Sign> {
    let w = words();
    let (s, symbol) = (t.get(i), t.get(at));
    let lower = Lower::new(s);
    let l = lower.as_str();
    let mut buf = [0u8; 16];
    let key = if at == i + 4 {
        "u.s.$"
    } else if l.len() + symbol.len() <= buf.len() {
        buf[..l.len()].copy_from_slice(l.as_bytes());
        buf[l.len()..l.len() + symbol.len()].copy_from_slice(symbol.as_bytes());
        std::str::from_utf8(&buf[..l.len() + symbol.len()]).unwrap_or("")
    } else {
        ""
    };
    let single_upper = s.len() == 1 && s.bytes().all(|b| b.is_ascii_uppercase());
    let ok = attached(t, at) && (s.len() > 1 || single_upper || l == "c")
        || near(t, at) && (s.len() > 1 || l == "c");
    if let Some(sign) = w.signs.get(key).filter(|_| ok) {
        return Some(Sign::of(sign, at + 1));
    }
    // "aud$40", "SGD$ 25": an ISO code before the sign
    let upper = l.to_ascii_uppercase();
    if l.len() == 3 && ok && symbol == "$" {
        return w.iso_code(&upper).map(|code| Sign {
            code_letters: false,
            ..Sign::code(code, at + 1, 1.0)
        });
    }
    None
}

/// Whether `num`, after a sign at token `sign_at`, is an amount the sign can stand before:
/// a letter that is too often something else only before a large amount touching it
/// ("R3.5 billion", "N200,000"); the letters of a code not before a small whole number,
/// which names a thing ("COP27", "SDG 15").
fn fits_sign(t: &Tokens, sign: &Sign, num: &Num, start: usize) -> bool {
    let grouped = num.end > start + 1 && num.value.is_some_and(|v| v >= 1000.0);
    if sign.amount_only {
        return attached(t, start) && (num.scaled || grouped);
    }
    if sign.code_letters && sign.factor == 1.0 && !num.scaled && num.end == start + 1 {
        return num.value.is_none_or(|v| v.fract() != 0.0 || v >= 100.0);
    }
    true
}

/// Money with a sign or code before the amount at token `i`; pushes it (and the second amount
/// of a range) and returns the token after. A currency word before an amount ("US dollars
/// 6,000") reads as a sign; a currency word alone ("the yuan") is money with no value.
#[inline(never)]
pub(super) fn scan_prefixed(t: &Tokens, i: usize, out: &mut Vec<Hit>) -> Option<usize> {
    let Some(sign) = scan_sign(t, i) else {
        return scan_word_first(t, i, out);
    };
    if !near(t, sign.end) {
        return None;
    }
    let num = numbers::scan(t, sign.end, true).filter(|num| fits_sign(t, &sign, num, sign.end))?;
    let end = num.end;
    let mut value = num.value.map(|v| v * sign.factor);
    let currency = (sign.code, sign.others);
    // A range: "$1-2 million", "$2 to 3 billion": the first amount takes the second's scale.
    if is_range_link(t, end) && !num.scaled && near(t, end + 1) && is_number(t, end + 1) {
        if let Some(second) = numbers::scan(t, end + 1, true).filter(|n| n.scaled) {
            let plain = numbers::scan_digits(t, end + 1, true).and_then(|(v, _)| v);
            let factor = plain
                .zip(second.value)
                .and_then(|(p, s)| (p != 0.0).then(|| s / p));
            value = value.zip(factor).map(|(v, f)| v * f);
            out.push(money(i, end, value, currency, None));
            out.push(money(
                end + 1,
                second.end,
                second.value.map(|v| v * sign.factor),
                currency,
                None,
            ));
            return Some(second.end);
        }
    }
    let (value, end) = if num.scaled {
        (value, end)
    } else {
        add_cents(t, end, value, sign.code)
    };
    // "$600 million dollars", "$5 pesos": the word after says it again, or says which dollar
    let (currency, end) = match scan_currency_word(t, end, false)
        .filter(|(w, _)| w.minor.is_none() && (w.code.is_some() || !w.others.is_empty()))
    {
        Some((word, after)) if sign.code == Some("USD") && sign.others.is_empty() => {
            ((word.code, word.others), after)
        }
        Some((word, after)) if word.code == sign.code => (currency, after),
        _ => (currency, end),
    };
    out.push(money(i, end, value, currency, None));
    Some(end)
}

/// Money that starts with a currency word at token `i`: before an amount ("US dollars 6,000",
/// "dollars 5 million"), or alone ("the yuan", "Emirati dirhams"), with no value.
fn scan_word_first(t: &Tokens, i: usize, out: &mut Vec<Hit>) -> Option<usize> {
    let (word, end) = scan_currency_word(t, i, true)?;
    if word.minor.is_some() || word.code.is_none() && word.others.is_empty() {
        return None;
    }
    let currency = (word.code, word.others);
    // Before an amount only a word that stands alone ("dollars 5 million", not "won 108")
    let amount = numbers::scan(t, end, true)
        .filter(|n| word.alone && near(t, end) && amount_after_word(n, end));
    if let Some(num) = amount {
        out.push(money(i, num.end, num.value, currency, None));
        return Some(num.end);
    }
    // A single word only in lower case, and not after a name and a hyphen: "Yuan", "Yen"
    // and "Hung-yuan" are names.
    let in_name = i >= 2 && t.get(i - 1) == "-" && attached(t, i) && t.is_capitalised(i - 2);
    let lower = end > i + 1 || !t.get(i).starts_with(|c: char| c.is_ascii_uppercase()) && !in_name;
    if !word.alone || !lower || matches!(Lower::new(t.get(end)).as_str(), "zone" | "area") {
        return None;
    }
    out.push(money(i, end, None, currency, None));
    Some(end)
}

/// Whether `num`, after a currency word ending at token `at`, is its amount: scaled or at
/// least 100, and not a year ("dollars 2019").
fn amount_after_word(num: &Num, at: usize) -> bool {
    let year = num.end == at + 1
        && num
            .value
            .is_some_and(|v| (1900.0..2100.0).contains(&v) && v.fract() == 0.0);
    num.scaled || !year && num.value.is_some_and(|v| v >= 100.0)
}

/// Whether token `i` joins the two ends of a range: "-", "–", "to".
fn is_range_link(t: &Tokens, i: usize) -> bool {
    matches!(t.get(i), "-" | "–" | "to")
}

/// A range whose second end carries the currency, at the number `num` that starts at token
/// `start`: "60-70 cents", "2 to 3 million dollars". Pushes both ends, the first with the
/// second's currency and scale, and returns the token after.
fn scan_range_to_currency(
    t: &Tokens,
    start: usize,
    num: &Num,
    out: &mut Vec<Hit>,
) -> Option<usize> {
    let link = num.end;
    if num.scaled || !is_range_link(t, link) || !near(t, link + 1) || !is_number(t, link + 1) {
        return None;
    }
    let second = numbers::scan(t, link + 1, false)?;
    let mut ends = Vec::new();
    let end = scan_one_suffixed(t, link + 1, second, &mut ends)?;
    let [last] = ends.as_slice() else { return None };
    let plain = numbers::scan_digits(t, link + 1, false).and_then(|(v, _)| v);
    let factor = plain
        .zip(last.value)
        .and_then(|(p, v)| (p != 0.0).then(|| v / p))
        .unwrap_or(1.0);
    let mut first = money(
        start,
        link,
        num.value.map(|v| v * factor),
        (last.currency, last.other_currencies),
        last.unit,
    );
    first.kind = last.kind;
    out.push(first);
    out.extend(ends);
    Some(end)
}

/// The cents after a whole amount: "20 dollars 75", "two dollars and five", "$300 and forty",
/// "20 $ 45 cents". Taken only where the currency has cents and the count ends the phrase.
fn add_cents(
    t: &Tokens,
    end: usize,
    value: Option<f64>,
    code: Option<&'static str>,
) -> (Option<f64>, usize) {
    let hundredths = code.is_some_and(|c| words().has_hundredths(c));
    let Some(whole) = value.filter(|v| v.fract() == 0.0 && hundredths) else {
        return (value, end);
    };
    let at = if Lower::new(t.get(end)).as_str() == "and" {
        end + 1
    } else {
        end
    };
    if !near(t, at) {
        return (value, end);
    }
    let Some(cents) = numbers::scan(t, at, false).filter(|n| !n.scaled) else {
        return (value, end);
    };
    let Some(n) = cents
        .value
        .filter(|v| v.fract() == 0.0 && (1.0..100.0).contains(v))
    else {
        return (value, end);
    };
    if let Some((word, after)) = scan_currency_word(t, cents.end, false) {
        return if word.minor.is_some() {
            (Some(whole + n / 100.0), after)
        } else {
            (value, end)
        };
    }
    let next = t.tokens.get(cents.end);
    let ends = next.is_none_or(|n| {
        n.sentence_start
            || n.kind == TokenKind::Punct
                && !matches!(t.get(cents.end), "%" | "-" | "/")
                && !words().signs.contains_key(t.get(cents.end))
    }) || Lower::new(t.get(cents.end)).as_str() == "and";
    if ends {
        (Some(whole + n / 100.0), cents.end)
    } else {
        (value, end)
    }
}

/// Money with the currency after the number `num` that starts at token `start`: "5 euros",
/// "34 million US dollars", "12 cents", "5 €", "82.5USD", "60 USD million".
#[inline(never)]
pub(super) fn scan_suffixed(
    t: &Tokens,
    start: usize,
    num: Num,
    out: &mut Vec<Hit>,
) -> Option<usize> {
    scan_range_to_currency(t, start, &num, out).or_else(|| scan_one_suffixed(t, start, num, out))
}

/// One amount with the currency after it (never a range, so that "1-2-3-… dollars" is read
/// in one step a number, not by recursion).
fn scan_one_suffixed(t: &Tokens, start: usize, num: Num, out: &mut Vec<Hit>) -> Option<usize> {
    let at = num.end;
    // A sign or code after: "7 €", "20 $", "300 USD", "82.5USD", "60 USD million", "1500 Rs"
    if near(t, at) {
        let s = t.get(at);
        let sign = if t.tokens[at].kind == TokenKind::Punct || !s.is_ascii() {
            words().signs.get(s).map(|sign| Sign::of(sign, at + 1))
        } else if t.is_capitalised(at) || s.bytes().all(|b| b.is_ascii_uppercase()) {
            // "1500 Rs.": the sign's dot may end the sentence, and stays out
            scan_sign(t, at)
                .filter(|sign| sign.end <= at + 2 && !sign.amount_only)
                .map(|sign| Sign {
                    end: at + 1,
                    ..sign
                })
        } else {
            None
        };
        // "2 $20 notes", "4 EUR30 vouchers": a sign that touches the number after it is that one's.
        let belongs_after = t.gap(at) != Gap::None && attached(t, at + 1) && is_number(t, at + 1);
        if let Some(sign) = sign.filter(|_| !belongs_after) {
            let factor = sign.factor;
            let (value, end) = match numbers::scan_scale(t, at + 1, true).filter(|_| !num.scaled) {
                Some((f, end)) => (num.value.map(|v| v * f * factor), end),
                None if !num.scaled && factor == 1.0 => add_cents(t, at + 1, num.value, sign.code),
                None => (num.value.map(|v| v * factor), at + 1),
            };
            out.push(money(start, end, value, (sign.code, sign.others), None));
            return Some(end);
        }
    }
    // "millions of dollars": a vague amount, with no value
    let at = if num.value.is_none() && num.scaled && Lower::new(t.get(at)).as_str() == "of" {
        at + 1
    } else {
        at
    };
    let (word, end) = scan_currency_word(t, at, false)?;
    let (value, end) = match word.minor {
        None if !num.scaled => add_cents(t, end, num.value, word.code),
        _ => (num.value, end),
    };
    out.push(money(
        start,
        end,
        value,
        (word.code, word.others),
        word.minor,
    ));
    Some(end)
}

/// A currency word or phrase at token `i` ("dollars", "US dollars", "Hong Kong dollars",
/// "-cent"): what it names and the token after it. After a number (not `first`) it must
/// follow a space or a hyphen.
fn scan_currency_word(t: &Tokens, i: usize, first: bool) -> Option<(CurrencyWord, usize)> {
    let at = if first { i } else { past_joining_hyphen(t, i) };
    if at >= t.len() || (!first && at == i && t.gap(at) != Gap::Space) {
        return None;
    }
    let currencies = &words().currencies;
    let mut key = String::new();
    let mut best = None;
    for n in 0..3 {
        let j = at + n;
        if j >= t.len() || (n > 0 && t.gap(j) != Gap::Space) || t.tokens[j].kind != TokenKind::Word
        {
            break;
        }
        let word = Lower::new(t.get(j));
        if word.as_str().is_empty() {
            break;
        }
        if n > 0 {
            key.push(' ');
        }
        key.push_str(word.as_str());
        let found = currencies
            .get(key.as_str())
            .or_else(|| key.strip_suffix('s').and_then(|k| currencies.get(k)));
        if let Some(&found) = found {
            best = Some((found, j + 1));
        }
        if n == 0 && best.is_none() && !could_start_currency(word.as_str()) {
            break;
        }
    }
    // "5 Fijian dollars" with a qualifier we do not know: money, but no currency we can name
    if best.is_none() && t.is_capitalised(at) && near(t, at + 1) && at + 1 < t.len() {
        let next = Lower::new(t.get(at + 1));
        let w = next.as_str();
        let found = currencies
            .get(w)
            .or_else(|| w.strip_suffix('s').and_then(|k| currencies.get(k)));
        if found.is_some_and(|f| f.minor.is_none() && f.code.is_some()) {
            return Some((
                CurrencyWord {
                    code: None,
                    others: "",
                    minor: None,
                    alone: false,
                },
                at + 2,
            ));
        }
    }
    best
}

/// Whether `word` may begin a currency phrase of several words ("us", "hong", "swiss").
fn could_start_currency(word: &str) -> bool {
    word.len() > 1 && word.bytes().all(|b| b.is_ascii_alphabetic() || b == b'.')
}

/// Money over tokens `start..end`: its currency (the code read, and the others it may be) and
/// the minor unit it is counted in.
fn money(
    start: usize,
    end: usize,
    value: Option<f64>,
    currency: (Option<&'static str>, &'static str),
    minor: Option<&'static str>,
) -> Hit {
    let mut hit = Hit::new(start, end, FigureKind::Money, value);
    (hit.currency, hit.other_currencies) = currency;
    hit.unit = minor;
    hit
}

/// Settles the currency of money whose sign or word stands for several ("Rs", "shillings",
/// "R"): the one of the country the article names most, else the one read by default.
pub(super) fn settle_currencies(t: &Tokens, hits: &mut [Hit]) {
    if hits.iter().all(|h| h.other_currencies.is_empty()) {
        return;
    }
    let named = countries_named(t);
    for hit in hits.iter_mut().filter(|h| !h.other_currencies.is_empty()) {
        let count = |code: &str| named.iter().filter(|&&c| c == code).count();
        let mut most = hit.currency.map_or(0, count);
        for code in hit.other_currencies.split('|') {
            if count(code) > most {
                most = count(code);
                hit.currency = Some(code);
            }
        }
        hit.other_currencies = "";
    }
}

/// The currency of each country or people the text names ("Pakistan", "Kenyan"), once a mention.
fn countries_named(t: &Tokens) -> Vec<&'static str> {
    let cues = &words().currency_cues;
    let mut named = Vec::new();
    let mut key = String::new();
    for i in (0..t.len()).filter(|&i| t.is_capitalised(i)) {
        key.clear();
        for j in i..(i + 3).min(t.len()) {
            if j > i && (t.gap(j) != Gap::Space || t.tokens[j].kind != TokenKind::Word) {
                break;
            }
            if j > i {
                key.push(' ');
            }
            key.push_str(Lower::new(t.get(j)).as_str());
            if let Some(&code) = cues.get(key.as_str()) {
                named.push(code);
            }
        }
    }
    named
}
