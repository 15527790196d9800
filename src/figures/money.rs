//! Money: a currency sign or code before the amount ("US$34 million", "€1.2bn", "USD34.6
//! million", "$ 1.8 bln", "Rs16,189-crore") or a currency word after it ("5 euros", "34
//! million US dollars", "two billion dollars", "12 cents"), and ranges of two amounts.

use iso_currency::Currency;

use super::lexicon::{words, CurrencyWord, Lower};
use super::numbers::{self, Num};
use super::{attached, is_number, near, Hit};
use crate::document::FigureKind;
use crate::text::{Gap, TokenKind, Tokens};

/// A currency before an amount: its code (`None` when unknown), the token after it, and a
/// factor it carries ("MEUR" is a million euros).
struct Sign {
    code: Option<&'static str>,
    end: usize,
    factor: f64,
}

/// A currency sign, letters-and-sign, abbreviation or ISO code at token `i`.
fn scan_sign(t: &Tokens, i: usize) -> Option<Sign> {
    let w = words();
    let s = t.get(i);
    let tok = t.tokens.get(i)?;
    let sign = |code: &'static str, end: usize| Some(Sign { code: Some(code), end, factor: 1.0 });
    if tok.kind == TokenKind::Punct || !s.is_ascii() {
        return w.signs.get(s).and_then(|&c| sign(c, i + 1));
    }
    if tok.kind != TokenKind::Word {
        return None;
    }
    let lower = Lower::new(s);
    let l = lower.as_str();
    // "US$", "HK$", "c $", "U.S. $"
    let dollar_at = if l == "u" && t.get(i + 1) == "." && Lower::new(t.get(i + 2)).as_str() == "s" && t.get(i + 3) == "." {
        Some((i + 4, "u.s.$"))
    } else {
        Some((i + 1, ""))
    };
    if let Some((at, key)) = dollar_at {
        if t.get(at) == "$" {
            let mut buf = [0u8; 8];
            let key = if key.is_empty() && l.len() < 7 {
                buf[..l.len()].copy_from_slice(l.as_bytes());
                buf[l.len()] = b'$';
                std::str::from_utf8(&buf[..=l.len()]).unwrap_or("")
            } else {
                key
            };
            let single_upper = s.len() == 1 && s.bytes().all(|b| b.is_ascii_uppercase());
            let ok = attached(t, at) && (s.len() > 1 || single_upper || l == "c") || near(t, at) && (s.len() > 1 || l == "c");
            if let Some(&code) = w.signs.get(key).filter(|_| ok) {
                return sign(code, at + 1);
            }
            // "aud$40", "SGD$ 25": an ISO code before the sign
            let upper = Lower::new(s).as_str().to_ascii_uppercase();
            if l.len() == 3 && ok {
                return Currency::from_code(&upper).map(|c| Sign { code: Some(c.code()), end: at + 1, factor: 1.0 });
            }
            return None;
        }
    }
    // "Rs", "Rs.", "RM", "Rp", and lower-case codes "usd", "rmb"
    if let Some(&code) = w.signs.get(l) {
        let starts_upper = s.starts_with(|c: char| c.is_ascii_uppercase());
        if starts_upper || l.len() == 3 {
            let end = if t.get(i + 1) == "." && attached(t, i + 1) && l.len() == 2 { i + 2 } else { i + 1 };
            return sign(code, end);
        }
    }
    // ISO codes: "USD", "GBP"; "MEUR" is a million euros.
    if s.bytes().all(|b| b.is_ascii_uppercase()) {
        if s.len() == 3 {
            return Currency::from_code(s).map(|c| Sign { code: Some(c.code()), end: i + 1, factor: 1.0 });
        }
        if s.len() == 4 && s.starts_with('M') {
            return Currency::from_code(&s[1..]).map(|c| Sign { code: Some(c.code()), end: i + 1, factor: 1e6 });
        }
    }
    None
}

/// Money with a sign or code before the amount at token `i`; pushes it (and the second amount
/// of a range) and returns the token after.
#[inline(never)]
pub(super) fn scan_prefixed(t: &Tokens, i: usize, out: &mut Vec<Hit>) -> Option<usize> {
    let sign = scan_sign(t, i)?;
    if !near(t, sign.end) {
        return None;
    }
    let num = numbers::scan(t, sign.end, true)?;
    let end = num.end;
    let mut value = num.value.map(|v| v * sign.factor);
    let code = sign.code;
    // A range: "$1-2 million", "$2 to 3 billion": the first amount takes the second's scale.
    let sep = Lower::new(t.get(end));
    if matches!(sep.as_str(), "-" | "–" | "to") && !num.scaled && near(t, end + 1) && is_number(t, end + 1) {
        if let Some(second) = numbers::scan(t, end + 1, true).filter(|n| n.scaled) {
            let plain = numbers::scan_digits(t, end + 1).and_then(|(v, _)| v);
            let factor = plain.zip(second.value).and_then(|(p, s)| (p != 0.0).then(|| s / p));
            value = value.zip(factor).map(|(v, f)| v * f);
            out.push(money(i, end, value, code, None));
            out.push(money(end + 1, second.end, second.value.map(|v| v * sign.factor), code, None));
            return Some(second.end);
        }
    }
    let (value, end) = if num.scaled { (value, end) } else { add_cents(t, end, value, code) };
    out.push(money(i, end, value, code, None));
    Some(end)
}

/// The cents after a whole amount: "20 dollars 75", "two dollars and five", "$300 and forty",
/// "20 $ 45 cents". Taken only where the currency has cents and the count ends the phrase.
fn add_cents(t: &Tokens, end: usize, value: Option<f64>, code: Option<&'static str>) -> (Option<f64>, usize) {
    let hundredths = code.and_then(Currency::from_code).and_then(|c| c.exponent()) == Some(2);
    let Some(whole) = value.filter(|v| v.fract() == 0.0 && hundredths) else {
        return (value, end);
    };
    let at = if Lower::new(t.get(end)).as_str() == "and" { end + 1 } else { end };
    if !near(t, at) {
        return (value, end);
    }
    let Some(cents) = numbers::scan(t, at, false).filter(|n| !n.scaled) else {
        return (value, end);
    };
    let Some(n) = cents.value.filter(|v| v.fract() == 0.0 && (1.0..100.0).contains(v)) else {
        return (value, end);
    };
    if let Some((word, after)) = scan_currency_word(t, cents.end) {
        return if word.minor.is_some() { (Some(whole + n / 100.0), after) } else { (value, end) };
    }
    let next = t.tokens.get(cents.end);
    let ends = next.is_none_or(|n| n.sentence_start || n.kind == TokenKind::Punct && !matches!(t.get(cents.end), "%" | "-" | "/") && !words().signs.contains_key(t.get(cents.end)))
        || Lower::new(t.get(cents.end)).as_str() == "and";
    if ends {
        (Some(whole + n / 100.0), cents.end)
    } else {
        (value, end)
    }
}

/// Money with the currency after the number `num` that starts at token `start`: "5 euros",
/// "34 million US dollars", "12 cents", "5 €", "82.5USD", "60 USD million".
#[inline(never)]
pub(super) fn scan_suffixed(t: &Tokens, start: usize, num: Num, out: &mut Vec<Hit>) -> Option<usize> {
    let at = num.end;
    let mut factor = 1.0;
    // A sign or code after: "7 €", "20 $", "300 USD", "82.5USD", "60 USD million"
    if near(t, at) {
        let s = t.get(at);
        let code = if t.tokens[at].kind == TokenKind::Punct || !s.is_ascii() {
            words().signs.get(s).copied()
        } else if s.bytes().all(|b| b.is_ascii_uppercase()) {
            scan_sign(t, at).filter(|sign| sign.end == at + 1).and_then(|sign| {
                factor = sign.factor;
                sign.code
            })
        } else {
            None
        };
        // "2 $20 notes", "4 EUR30 vouchers": a sign that touches the number after it is that one's.
        let belongs_after = t.gap(at) != Gap::None && attached(t, at + 1) && is_number(t, at + 1);
        let code = if belongs_after { None } else { code };
        if let Some(code) = code {
            let (value, end) = match numbers::scan_scale(t, at + 1, true).filter(|_| !num.scaled) {
                Some((f, end)) => (num.value.map(|v| v * f * factor), end),
                None if !num.scaled && factor == 1.0 => add_cents(t, at + 1, num.value, Some(code)),
                None => (num.value.map(|v| v * factor), at + 1),
            };
            out.push(money(start, end, value, Some(code), None));
            return Some(end);
        }
    }
    // "millions of dollars": a vague amount, with no value
    let at = if num.value.is_none() && num.scaled && Lower::new(t.get(at)).as_str() == "of" { at + 1 } else { at };
    let (word, end) = scan_currency_word(t, at)?;
    let (value, end) = match word.minor {
        None if !num.scaled => add_cents(t, end, num.value, word.code),
        _ => (num.value, end),
    };
    out.push(money(start, end, value, word.code, word.minor));
    Some(end)
}

/// A currency word or phrase at token `i` ("dollars", "US dollars", "Hong Kong dollars",
/// "-cent"): what it names and the token after it.
fn scan_currency_word(t: &Tokens, i: usize) -> Option<(CurrencyWord, usize)> {
    let at = if t.get(i) == "-" && attached(t, i) && attached(t, i + 1) { i + 1 } else { i };
    if at >= t.len() || (at == i && t.gap(at) != Gap::Space) {
        return None;
    }
    let currencies = &words().currencies;
    let mut key = String::new();
    let mut best = None;
    for n in 0..3 {
        let j = at + n;
        if j >= t.len() || (n > 0 && t.gap(j) != Gap::Space) || t.tokens[j].kind != TokenKind::Word {
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
        let found = currencies.get(key.as_str()).or_else(|| key.strip_suffix('s').and_then(|k| currencies.get(k)));
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
        let found = currencies.get(w).or_else(|| w.strip_suffix('s').and_then(|k| currencies.get(k)));
        if found.is_some_and(|f| f.minor.is_none() && f.code.is_some()) {
            return Some((CurrencyWord { code: None, minor: None }, at + 2));
        }
    }
    best
}

/// Whether `word` may begin a currency phrase of several words ("us", "hong", "swiss").
fn could_start_currency(word: &str) -> bool {
    word.len() > 1 && word.bytes().all(|b| b.is_ascii_alphabetic() || b == b'.')
}

fn money(start: usize, end: usize, value: Option<f64>, code: Option<&'static str>, minor: Option<&'static str>) -> Hit {
    let mut hit = Hit::new(start, end, FigureKind::Money, value);
    hit.currency = code;
    hit.unit = minor;
    hit
}
