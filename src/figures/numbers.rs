//! Numbers: digits with separators and decimals, written-out numbers ("two hundred and
//! fifty", "half a million"), scale words ("3.4 million", "10k", "16,189-crore") and ordinals.

use super::lexicon::{words, Attach, Lower, NumClass};
use super::{attached, is_number, near, past_joining_hyphen};
use crate::text::{Gap, Tokens};

/// A number found at some token: its value (`None` when it cannot be known exactly) and the
/// token after it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct Num {
    /// The value, `None` when it cannot be known exactly.
    pub(super) value: Option<f64>,
    /// The token after the number.
    pub(super) end: usize,
    /// Whether a scale word ("million", "bn") was read.
    pub(super) scaled: bool,
}

/// The digits of a number gathered on the stack, to be parsed once.
struct Digits {
    buf: [u8; 320],
    len: usize,
    overflow: bool,
}

impl Digits {
    fn new() -> Digits {
        Digits {
            buf: [0; 320],
            len: 0,
            overflow: false,
        }
    }

    fn push(&mut self, s: &str) {
        let b = s.as_bytes();
        if self.len + b.len() > self.buf.len() {
            self.overflow = true;
            return;
        }
        self.buf[self.len..self.len + b.len()].copy_from_slice(b);
        self.len += b.len();
    }

    /// The value, `None` when too long to be exact or not finite.
    fn value(&self) -> Option<f64> {
        if self.overflow {
            return None;
        }
        let v: f64 = std::str::from_utf8(&self.buf[..self.len])
            .ok()?
            .parse()
            .ok()?;
        v.is_finite().then_some(v)
    }
}

/// A number in digits at token `i`: "2,468,013", "45,67,890.12", "3.5", ".08", "1 234 567"
/// (thin or no-break spaces; after a currency sign, `money`, plain spaces too: "R120 000").
/// Returns its value and the token after it.
pub(super) fn scan_digits(t: &Tokens, i: usize, money: bool) -> Option<(Option<f64>, usize)> {
    if !is_number(t, i) && t.get(i) != "." {
        return None;
    }
    let mut d = Digits::new();
    if t.get(i) == "."
        && is_number(t, i + 1)
        && attached(t, i + 1)
        && !(i > 0 && attached(t, i) && is_number(t, i - 1))
    {
        d.push("0.");
        d.push(t.get(i + 1));
        return Some((d.value(), i + 2));
    }
    if !is_number(t, i) {
        return None;
    }
    d.push(t.get(i));
    let mut end = i + 1;
    loop {
        let sep = t.get(end);
        let group = t.get(end + 1).len();
        let joined = sep == "," && attached(t, end) && attached(t, end + 1);
        let spaced = t.gap(end) == Gap::Space
            && is_number(t, end)
            && sep.len() == 3
            && (thin_space_before(t, end) || money && t.get(i).len() <= 3);
        if spaced {
            d.push(sep);
            end += 1;
        } else if joined
            && is_number(t, end + 1)
            && (group == 3 || (group == 2 && t.get(end + 2) == "," && attached(t, end + 2)))
        {
            d.push(t.get(end + 1));
            end += 2;
        } else {
            break;
        }
    }
    // "ZAR3,2 million", "R1,25 billion": a decimal comma, before one or two digits and a scale
    let decimal_comma = end == i + 1
        && t.get(end) == ","
        && attached(t, end)
        && attached(t, end + 1)
        && is_number(t, end + 1)
        && (1..=2).contains(&t.get(end + 1).len())
        && scan_scale(t, end + 2, money).is_some();
    if decimal_comma {
        d.push(".");
        d.push(t.get(end + 1));
        return Some((d.value(), end + 2));
    }
    if t.get(end) == "." && attached(t, end) && attached(t, end + 1) && is_number(t, end + 1) {
        if t.get(end + 2) == "." && attached(t, end + 2) && is_number(t, end + 3) {
            return None; // "1.2.3", "14.06.2021": a version or a date, not a number
        }
        d.push(".");
        d.push(t.get(end + 1));
        end += 2;
    }
    Some((d.value(), end))
}

/// The value of a vulgar fraction sign ("½", "¾").
fn vulgar_fraction(s: &str) -> Option<f64> {
    Some(match s {
        "½" => 0.5,
        "⅓" => 1.0 / 3.0,
        "⅔" => 2.0 / 3.0,
        "¼" => 0.25,
        "¾" => 0.75,
        "⅕" => 0.2,
        "⅙" => 1.0 / 6.0,
        "⅛" => 0.125,
        "⅜" => 0.375,
        "⅝" => 0.625,
        "⅞" => 0.875,
        _ => return None,
    })
}

/// A fraction in digits, "3/4", with a common denominator (so "9/11" and "24/7" are not
/// fractions), or a whole number and one: "2 1/4".
fn digit_fraction(t: &Tokens, i: usize) -> Option<(f64, usize)> {
    let simple = |j: usize| -> Option<f64> {
        if !is_number(t, j)
            || t.get(j + 1) != "/"
            || !attached(t, j + 1)
            || !attached(t, j + 2)
            || !is_number(t, j + 2)
        {
            return None;
        }
        if attached(t, j + 3) && matches!(t.get(j + 3), "/" | "-" | ".") {
            return None;
        }
        let (a, b): (f64, f64) = (t.get(j).parse().ok()?, t.get(j + 2).parse().ok()?);
        (a >= 1.0 && a < b && matches!(b as u32, 2 | 3 | 4 | 5 | 8 | 10 | 16 | 32 | 64 | 100))
            .then_some(a / b)
    };
    if let Some(f) = simple(i) {
        return Some((f, i + 3));
    }
    let whole: f64 = t
        .get(i)
        .parse()
        .ok()
        .filter(|_| is_number(t, i) && t.get(i).len() <= 3)?;
    (t.gap(i + 1) == Gap::Space).then_some(())?;
    simple(i + 1).map(|f| (whole + f, i + 4))
}

/// Digits followed by a touching vulgar fraction ("2½") or an exponent ("1.3e6", "4.5e+12").
fn with_fraction_or_exponent(t: &Tokens, value: Option<f64>, end: usize) -> (Option<f64>, usize) {
    if attached(t, end) {
        if let Some(f) = vulgar_fraction(t.get(end)) {
            return (value.map(|v| v + f), end + 1);
        }
        if matches!(t.get(end), "e" | "E") {
            let sign_at = end + 1;
            let (sign, digits_at) = match t.get(sign_at) {
                "+" if attached(t, sign_at) => (1, sign_at + 1),
                "-" if attached(t, sign_at) => (-1, sign_at + 1),
                _ => (1, sign_at),
            };
            let exponent = t.get(digits_at);
            if is_number(t, digits_at)
                && attached(t, digits_at)
                && exponent.len() <= 3
                && !(attached(t, digits_at + 1)
                    && t.tokens
                        .get(digits_at + 1)
                        .is_some_and(|n| n.kind != crate::text::TokenKind::Punct))
            {
                let e: i32 = exponent.parse().unwrap_or(0) * sign;
                let v = value.map(|v| v * 10f64.powi(e)).filter(|v| v.is_finite());
                return (v, digits_at + 1);
            }
        }
    }
    (value, end)
}

/// Whether the space before token `i` is a thin or no-break space, as in "1 234 567".
fn thin_space_before(t: &Tokens, i: usize) -> bool {
    let (Some(prev), Some(this)) = (
        i.checked_sub(1).and_then(|p| t.tokens.get(p)),
        t.tokens.get(i),
    ) else {
        return false;
    };
    matches!(
        t.text.get(prev.end..this.start),
        Some("\u{202f}" | "\u{a0}" | "\u{2009}")
    )
}

/// A scale word or abbreviation at token `i` after a number ("million", "bn", "k", "-crore").
/// `money` allows the abbreviations only amounts of money take ("m", "mil").
pub(super) fn scan_scale(t: &Tokens, i: usize, money: bool) -> Option<(f64, usize)> {
    let at = past_joining_hyphen(t, i);
    let hyphen = at != i;
    if at >= t.len() {
        return None;
    }
    let word = Lower::new(t.get(at));
    let &(factor, where_) = words().scales.get(word.as_str())?;
    let gap = if hyphen { Gap::None } else { t.gap(at) };
    let ok = match where_ {
        Attach::Any => gap <= Gap::Space,
        Attach::Attached => gap == Gap::None,
        Attach::Money => money && gap <= Gap::Space,
    };
    // "10 M" spaced is a scale only in money; a capitalised word ("5 Million") is fine.
    ok.then_some((factor, at + 1))
}

/// A number at token `i`, in digits or words, with its scale: "3.4 million", "two hundred
/// and fifty", "half a million", "a dozen", "6 thousand 2 hundred and 15", "two thirds".
#[inline(never)]
pub(super) fn scan(t: &Tokens, i: usize, money: bool) -> Option<Num> {
    if let Some(v) = vulgar_fraction(t.get(i)) {
        return Some(Num {
            value: Some(v),
            end: i + 1,
            scaled: false,
        });
    }
    if let Some((v, end)) = digit_fraction(t, i) {
        return Some(Num {
            value: Some(v),
            end,
            scaled: false,
        });
    }
    let mut num = if let Some((value, end)) =
        scan_digits(t, i, money).map(|(v, e)| with_fraction_or_exponent(t, v, e))
    {
        let mut num = Num {
            value,
            end,
            scaled: false,
        };
        if let Some((mut factor, mut end)) = scan_scale(t, end, money) {
            // "1.5 lakh crore", "2 thousand million": scales multiply
            while let Some((more, after)) = scan_scale(t, end, money).filter(|&(f, _)| f >= 1000.0)
            {
                factor *= more;
                end = after;
            }
            num = Num {
                value: value.map(|v| v * factor).filter(|v| v.is_finite()),
                end,
                scaled: true,
            };
            if factor <= 1000.0 {
                num = add_remainder(t, num, factor, money);
            }
        } else if let Some(word) = scan_words(t, end, true) {
            // "3 dozen": digits, then a dozen.
            if word.dozen {
                num = Num {
                    value: value.map(|v| v * 12.0),
                    end: word.end,
                    scaled: true,
                };
            }
        }
        num
    } else {
        let w = scan_words(t, i, false)?;
        Num {
            value: w.value,
            end: w.end,
            scaled: w.scaled,
        }
    };
    num = scan_fraction(t, num);
    Some(scan_over(t, num, money))
}

/// "two over five", "900 over 4": a quotient, when the divisor ends the phrase (so "5 over
/// 10 years" stays a count).
fn scan_over(t: &Tokens, num: Num, money: bool) -> Num {
    if num.scaled || Lower::new(t.get(num.end)).as_str() != "over" || !near(t, num.end + 1) {
        return num;
    }
    let Some(divisor) = scan(t, num.end + 1, money).filter(|d| d.value.is_some_and(|v| v != 0.0))
    else {
        return num;
    };
    let next = t.tokens.get(divisor.end);
    if next.is_some_and(|n| n.kind == crate::text::TokenKind::Word && !n.sentence_start) {
        return num;
    }
    Num {
        value: num.value.zip(divisor.value).map(|(a, b)| a / b),
        end: divisor.end,
        scaled: false,
    }
}

/// After "4 thousand" or "3 hundred": "and 21", "2 hundred and 15", a smaller number to add.
fn add_remainder(t: &Tokens, num: Num, factor: f64, money: bool) -> Num {
    let at = if Lower::new(t.get(num.end)).as_str() == "and" {
        num.end + 1
    } else {
        num.end
    };
    if !near(t, at) || !is_number(t, at) {
        return num;
    }
    match scan(t, at, money) {
        Some(rest) if rest.value.is_some_and(|v| v < factor && v.fract() == 0.0) => Num {
            value: num.value.zip(rest.value).map(|(a, b)| a + b),
            end: rest.end,
            scaled: true,
        },
        _ => num,
    }
}

/// "two thirds", "a quarter", "one eighth" after a small whole number.
fn scan_fraction(t: &Tokens, num: Num) -> Num {
    let Some(n) = num
        .value
        .filter(|v| v.fract() == 0.0 && *v >= 1.0 && *v < 100.0 && !num.scaled)
    else {
        return num;
    };
    // "one-third"
    let at = past_joining_hyphen(t, num.end);
    if !near(t, at) {
        return num;
    }
    let word = Lower::new(t.get(at));
    let w = word.as_str();
    let (stem, plural) = match w.strip_suffix('s') {
        Some(stem) => (stem, true),
        None => (w, false),
    };
    match words().ordinals.get(stem) {
        Some(&(den, _, true)) if plural == (n > 1.0) => Num {
            value: Some(n / den),
            end: at + 1,
            scaled: false,
        },
        _ => num,
    }
}

/// Plural counts without a value: "hundreds of people", "tens of thousands".
const VAGUE: &[&str] = &[
    "tens",
    "hundreds",
    "thousands",
    "millions",
    "billions",
    "trillions",
    "dozens",
];

/// A written-out number, read word by word.
struct WrittenNumber {
    /// The value, `None` when it cannot be known exactly.
    value: Option<f64>,
    /// The token after the number.
    end: usize,
    /// Whether a scale word was read.
    scaled: bool,
    /// Only "dozen" was read.
    dozen: bool,
}

/// Where the word machine stands.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Last {
    Start,
    A,
    Unit,
    Teen,
    Tens,
    Hundred,
    Scale,
    Dozen,
}

/// The number word at token `j` (any case): its value and class.
fn class_at(t: &Tokens, j: usize) -> Option<(f64, NumClass)> {
    words().numbers.get(Lower::new(t.get(j)).as_str()).copied()
}

/// A number in words at token `i`. With `after_digits`, only "dozen" is taken ("3 dozen").
fn scan_words(t: &Tokens, i: usize, after_digits: bool) -> Option<WrittenNumber> {
    let w = words();
    let class_at = |j: usize| class_at(t, j);
    if after_digits {
        return match class_at(i) {
            Some((_, NumClass::Dozen)) if near(t, i) => Some(WrittenNumber {
                value: None,
                end: i + 1,
                scaled: true,
                dozen: true,
            }),
            _ => None,
        };
    }
    let first = Lower::new(t.get(i));
    if VAGUE.contains(&first.as_str()) {
        // "hundreds", "tens of thousands": a count without a value
        let mut end = i + 1;
        if Lower::new(t.get(end)).as_str() == "of"
            && VAGUE.contains(&Lower::new(t.get(end + 1)).as_str())
        {
            end += 2;
        }
        return Some(WrittenNumber {
            value: None,
            end,
            scaled: true,
            dozen: false,
        });
    }
    if !matches!(first.as_str(), "a" | "an" | "half" | "quarter")
        && !w.numbers.contains_key(first.as_str())
    {
        return None;
    }
    // "a" and "an" start a number only before "half", "quarter", "hundred", a scale or "dozen".
    if matches!(first.as_str(), "a" | "an") {
        let next = Lower::new(t.get(i + 1));
        let counts = matches!(
            class_at(i + 1),
            Some((_, NumClass::Hundred | NumClass::Scale | NumClass::Dozen))
        );
        if !counts && !matches!(next.as_str(), "half" | "quarter") {
            return None;
        }
    }
    words_from(t, i, first.as_str())
}

/// The number in words starting at token `i`, whose lower-case form is `first`; kept out of
/// line from [`scan_words`], which turns most words away, so that V8 optimises that part alone.
#[inline(never)]
fn words_from(t: &Tokens, i: usize, first: &str) -> Option<WrittenNumber> {
    if let Some(decided) = part_of_scale(t, i, first) {
        return decided;
    }
    let sum = sum_words(t, i, first)?;
    let (mut value, mut end) = (sum.total + sum.cur, sum.end);
    let mut scaled = sum.scale_seen.is_finite() || sum.last == Last::Hundred;
    // "two million and a half", "two and a half million", "seven and a quarter", "two and one fifth"
    if let Some((fraction, after)) = and_a_fraction(t, end) {
        value += if sum.last == Last::Scale {
            sum.scale_seen
        } else {
            1.0
        } / fraction;
        end = after;
        if sum.last != Last::Scale {
            if let Some((f, NumClass::Scale)) = class_at(t, end).filter(|_| near(t, end)) {
                value *= f;
                end += 1;
                scaled = true;
            }
        }
    }
    // "one hundred forty sevenths", "four million and two sevenths": a fraction we cannot read
    let whole = matches!(sum.last, Last::Unit | Last::Teen | Last::Tens);
    let unsure = (!whole || value >= 100.0 || sum.total > 0.0) && is_denominator(t.get(end))
        || Lower::new(t.get(end)).as_str() == "and" && is_denominator(t.get(end + 2));
    Some(WrittenNumber {
        value: Some(value).filter(|v| v.is_finite() && !unsure),
        end,
        scaled,
        dozen: false,
    })
}

/// A part of a scale in words at token `i`, whose lower-case form is `first`: "half a
/// million", "half a dozen", "half million", "a quarter million". `None` when there is no
/// "half" or "quarter"; else the number, if it is one.
fn part_of_scale(t: &Tokens, i: usize, first: &str) -> Option<Option<WrittenNumber>> {
    let class_at = |j: usize| class_at(t, j);
    let (part_at, a_before) = match (first, Lower::new(t.get(i + 1)).as_str()) {
        ("a", "half" | "quarter") if near(t, i + 1) => (i + 1, true),
        _ => (i, false),
    };
    let part = match Lower::new(t.get(part_at)).as_str() {
        "half" => 0.5,
        "quarter" => 0.25,
        _ => return None,
    };
    let at = if Lower::new(t.get(part_at + 1)).as_str() == "a" && !a_before {
        part_at + 2
    } else {
        part_at + 1
    };
    Some(match class_at(at) {
        Some((f, NumClass::Scale | NumClass::Dozen))
            if near(t, at) && (part == 0.5 || f > 12.0) =>
        {
            Some(WrittenNumber {
                value: Some(part * f),
                end: at + 1,
                scaled: true,
                dozen: false,
            })
        }
        _ => None,
    })
}

/// The sum of the number words from token `i` on, as the word machine leaves it.
struct Sum {
    /// The scaled parts summed ("two million" of "two million three hundred").
    total: f64,
    /// The part after the last scale ("three hundred").
    cur: f64,
    /// The last word's class.
    last: Last,
    /// The token after the last word taken.
    end: usize,
    /// The last scale's factor, infinite before the first.
    scale_seen: f64,
}

/// Reads the number words from token `i`, whose lower-case form is `first`, joined by hyphens
/// ("twenty-one") and "and" ("two hundred and five"), into their [`Sum`]; `None` when no word
/// is a number, or "a" is left alone.
fn sum_words(t: &Tokens, i: usize, first: &str) -> Option<Sum> {
    let class_at = |j: usize| class_at(t, j);
    let mut sum = Sum {
        total: 0.0,
        cur: 0.0,
        last: Last::Start,
        end: i,
        scale_seen: f64::INFINITY,
    };
    let mut j = i;
    if matches!(first, "a" | "an") {
        match class_at(i + 1) {
            Some((_, NumClass::Hundred | NumClass::Scale | NumClass::Dozen)) if near(t, i + 1) => {
                sum.cur = 1.0;
                sum.last = Last::A;
                j = i + 1;
            }
            _ => return None,
        }
    }
    while j < t.len() {
        if j > i && t.gap(j) > Gap::Space {
            break;
        }
        let word = Lower::new(t.get(j));
        let s = word.as_str();
        if (s == "-" || s == "and") && j > i {
            let next = class_at(j + 1);
            let joins = match s {
                "-" => {
                    sum.last == Last::Tens
                        && matches!(next, Some((_, NumClass::Unit)))
                        && near(t, j + 1)
                }
                _ => {
                    matches!(sum.last, Last::Hundred | Last::Scale)
                        && matches!(
                            next,
                            Some((_, NumClass::Unit | NumClass::Teen | NumClass::Tens))
                        )
                }
            };
            if joins {
                j += 1;
                continue;
            }
            break;
        }
        let Some((v, class)) = class_at(j) else { break };
        if !sum.take(v, class) {
            break;
        }
        j += 1;
        sum.end = j;
    }
    (sum.end != i && sum.last != Last::A).then_some(sum)
}

impl Sum {
    /// Adds one more number word, of value `v` and `class`, where it may follow the words
    /// before it; whether it did.
    fn take(&mut self, v: f64, class: NumClass) -> bool {
        let last = self.last;
        match class {
            NumClass::Unit | NumClass::Teen
                if matches!(last, Last::Start | Last::Hundred | Last::Scale)
                    || (last == Last::Tens && class == NumClass::Unit) =>
            {
                self.cur += v;
                self.last = if class == NumClass::Unit {
                    Last::Unit
                } else {
                    Last::Teen
                };
            }
            NumClass::Tens if matches!(last, Last::Start | Last::Hundred | Last::Scale) => {
                self.cur += v;
                self.last = Last::Tens;
            }
            NumClass::Hundred
                if matches!(last, Last::A | Last::Unit | Last::Teen | Last::Tens)
                    && self.cur < 100.0 =>
            {
                self.cur *= 100.0;
                self.last = Last::Hundred;
            }
            NumClass::Scale
                if !matches!(last, Last::Start | Last::Scale) && v < self.scale_seen =>
            {
                self.total += self.cur * v;
                self.cur = 0.0;
                self.scale_seen = v;
                self.last = Last::Scale;
            }
            NumClass::Dozen
                if matches!(last, Last::A | Last::Unit | Last::Teen | Last::Tens)
                    && self.total == 0.0
                    && self.cur < 100.0 =>
            {
                self.cur *= 12.0;
                self.last = Last::Dozen;
            }
            _ => return false,
        }
        true
    }
}

/// A fraction after a number in words at token `at`: "and a half", "and a quarter", "and one
/// fifth". Its denominator, and the token after it.
fn and_a_fraction(t: &Tokens, at: usize) -> Option<(f64, usize)> {
    if Lower::new(t.get(at)).as_str() != "and" || !near(t, at + 1) {
        return None;
    }
    let a = usize::from(matches!(Lower::new(t.get(at + 1)).as_str(), "a" | "one"));
    let den = Lower::new(t.get(at + 1 + a));
    let den = match den.as_str() {
        "half" => Some(2.0),
        d => words().ordinals.get(d).filter(|o| o.2).map(|o| o.0),
    };
    den.filter(|_| a == 1 || Lower::new(t.get(at + 1)).as_str() == "half")
        .map(|den| (den, at + 2 + a))
}

/// Whether `word`, or it without a plural "s", is the denominator of a fraction ("sevenths").
fn is_denominator(word: &str) -> bool {
    let word = Lower::new(word);
    let stem = word.as_str().strip_suffix('s').unwrap_or(word.as_str());
    words().ordinals.get(stem).is_some_and(|o| o.2)
}

/// An ordinal at token `i`: "21st", "first", "twenty-first". Returns its value and the token after.
#[inline(never)]
pub(super) fn scan_ordinal(t: &Tokens, i: usize) -> Option<(f64, usize)> {
    if is_number(t, i) && attached(t, i + 1) {
        let suffix = Lower::new(t.get(i + 1));
        if matches!(suffix.as_str(), "st" | "nd" | "rd" | "th")
            && !(attached(t, i + 2)
                && t.tokens
                    .get(i + 2)
                    .is_some_and(|n| n.kind != crate::text::TokenKind::Punct))
        {
            let (value, _) = scan_digits(t, i, false).filter(|&(_, e)| e == i + 1)?;
            return Some((value?, i + 2));
        }
        return None;
    }
    let w = words();
    let word = Lower::new(t.get(i));
    if let Some(&(v, true, _)) = w.ordinals.get(word.as_str()) {
        return Some((v, i + 1));
    }
    // "twenty-first", "twenty first"
    if let Some(&(tens, NumClass::Tens)) = w.numbers.get(word.as_str()) {
        let at = if t.get(i + 1) == "-" { i + 2 } else { i + 1 };
        if near(t, at) {
            if let Some(&(v, true, _)) = w
                .ordinals
                .get(Lower::new(t.get(at)).as_str())
                .filter(|o| o.0 < 10.0)
            {
                return Some((tens + v, at + 1));
            }
        }
    }
    None
}
