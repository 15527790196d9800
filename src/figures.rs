//! The figures pass: amounts of money, percentages and numbers, with their values.

use iso_currency::Currency;

use crate::document::{ByteSpan, FigureKind, FoundFigure};
use crate::text::{Gap, TokenKind, Tokens};

/// Finds the figures in `tokens`, sorted by start.
pub(crate) fn find(tokens: &Tokens) -> Vec<FoundFigure> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        if let Some((figure, next)) = money_or_percent_at(tokens, i).or_else(|| number_figure_at(tokens, i)) {
            out.push(figure);
            i = next;
        } else {
            i += 1;
        }
    }
    out
}

/// A number written in digits starting at token `i`: its value and the token after it.
/// Takes thousands separators ("16,189") and decimals ("3.5").
pub(crate) fn scan_number(tokens: &Tokens, i: usize) -> Option<(f64, usize)> {
    if tokens.tokens.get(i)?.kind != TokenKind::Number {
        return None;
    }
    let mut digits = String::from(tokens.str(i));
    let mut end = i + 1;
    while tokens.get(end) == "," && touching(tokens, end, 2) && tokens.str(end + 1).len() == 3
        && tokens.tokens[end + 1].kind == TokenKind::Number
    {
        digits.push_str(tokens.str(end + 1));
        end += 2;
    }
    if tokens.get(end) == "." && touching(tokens, end, 2) && tokens.tokens[end + 1].kind == TokenKind::Number {
        digits.push('.');
        digits.push_str(tokens.str(end + 1));
        end += 2;
    }
    Some((digits.parse().ok()?, end))
}

/// Whether tokens `i..i + n` touch, with no space between them.
fn touching(tokens: &Tokens, i: usize, n: usize) -> bool {
    i + n <= tokens.len() && (i..i + n).all(|j| tokens.gap(j) == Gap::None)
}

/// A scale word after a number ("million", "bn", "m"): its factor and the token after it.
fn scan_scale(tokens: &Tokens, i: usize) -> Option<(f64, usize)> {
    let word = tokens.get(i).to_ascii_lowercase();
    let attached = tokens.gap(i) == Gap::None;
    let factor = match word.as_str() {
        "thousand" => 1e3,
        "million" | "mln" | "mn" => 1e6,
        "billion" | "bn" | "bln" => 1e9,
        "trillion" | "tn" => 1e12,
        "m" if attached => 1e6,
        "k" if attached => 1e3,
        _ => return None,
    };
    (tokens.gap(i) <= Gap::Space).then_some((factor, i + 1))
}

/// A number with its scale: "34 million", "1.2bn".
fn scan_amount(tokens: &Tokens, i: usize) -> Option<(f64, usize)> {
    let (value, end) = scan_number(tokens, i)?;
    Some(match scan_scale(tokens, end) {
        Some((factor, end)) => (value * factor, end),
        None => (value, end),
    })
}

/// A currency sign or code before an amount ("US$", "€", "GBP"): its ISO code and the token after it.
fn scan_currency_before(tokens: &Tokens, i: usize) -> Option<(&'static str, usize)> {
    let word = tokens.get(i);
    let sign = |code: &'static str, next: usize| Some((code, next));
    match word {
        "$" => sign("USD", i + 1),
        "€" => sign("EUR", i + 1),
        "£" => sign("GBP", i + 1),
        "¥" => sign("JPY", i + 1),
        "₩" => sign("KRW", i + 1),
        "₹" => sign("INR", i + 1),
        _ if tokens.get(i + 1) == "$" && touching(tokens, i + 1, 1) => {
            let code = match word {
                "US" => "USD",
                "HK" => "HKD",
                "S" => "SGD",
                "A" | "AU" => "AUD",
                "C" | "CA" => "CAD",
                "NZ" => "NZD",
                "R" => "BRL",
                "NT" => "TWD",
                _ => return None,
            };
            sign(code, i + 2)
        }
        _ if word.len() == 3 && word.chars().all(|c| c.is_ascii_uppercase()) => {
            Currency::from_code(word).map(|c| (c.code(), i + 1))
        }
        _ => None,
    }
}

/// A currency word after an amount ("dollars", "euros", "yuan").
fn scan_currency_after(tokens: &Tokens, i: usize) -> Option<(&'static str, usize)> {
    if tokens.gap(i) != Gap::Space {
        return None;
    }
    let code = match tokens.get(i).to_lowercase().as_str() {
        "dollar" | "dollars" => "USD",
        "euro" | "euros" => "EUR",
        "pound" | "pounds" => "GBP",
        "yen" => "JPY",
        "yuan" | "renminbi" => "CNY",
        "won" => "KRW",
        "rupee" | "rupees" => "INR",
        "rouble" | "roubles" | "ruble" | "rubles" => "RUB",
        _ => return None,
    };
    Currency::from_code(code).map(|c| (c.code(), i + 1))
}

fn figure(tokens: &Tokens, start: usize, end: usize, kind: FigureKind, value: Option<f64>) -> FoundFigure {
    FoundFigure {
        span: ByteSpan::new(tokens.tokens[start].start, tokens.tokens[end - 1].end),
        kind,
        value,
        currency: None,
        unit: None,
        date: None,
    }
}

/// Money ("US$34 million", "5 euros") or a percentage ("5%", "5 per cent") at token `i`.
fn money_or_percent_at(tokens: &Tokens, i: usize) -> Option<(FoundFigure, usize)> {
    if let Some((code, at)) = scan_currency_before(tokens, i) {
        if tokens.gap(at) <= Gap::Space {
            if let Some((value, end)) = scan_amount(tokens, at) {
                let mut f = figure(tokens, i, end, FigureKind::Money, Some(value));
                f.currency = Some(code.to_string());
                return Some((f, end));
            }
        }
    }
    let (value, end) = scan_amount(tokens, i)?;
    if let Some((code, end)) = scan_currency_after(tokens, end) {
        let mut f = figure(tokens, i, end, FigureKind::Money, Some(value));
        f.currency = Some(code.to_string());
        return Some((f, end));
    }
    let (number, end_of_number) = scan_number(tokens, i)?;
    let percent_end = match (tokens.get(end_of_number), tokens.get(end_of_number + 1)) {
        ("%", _) => Some(end_of_number + 1),
        ("percent", _) => Some(end_of_number + 1),
        ("per", "cent") => Some(end_of_number + 2),
        _ => None,
    };
    percent_end.map(|end| (figure(tokens, i, end, FigureKind::Percent, Some(number)), end))
}

/// A bare number at token `i` ("1,200", "3.4 million").
fn number_figure_at(tokens: &Tokens, i: usize) -> Option<(FoundFigure, usize)> {
    if i > 0 && tokens.gap(i) == Gap::None && tokens.tokens[i - 1].kind == TokenKind::Word {
        return None; // part of a word: "G7", "COVID-19" stays with its word
    }
    let (value, end) = scan_amount(tokens, i)?;
    if end < tokens.len() && tokens.gap(end) == Gap::None && tokens.tokens[end].kind == TokenKind::Word {
        return None; // "21st", "10km": not a bare number
    }
    Some((figure(tokens, i, end, FigureKind::Number, Some(value)), end))
}
