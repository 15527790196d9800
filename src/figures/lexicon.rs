//! The figures pass's word lists (number words, scales, currencies, units, time words),
//! embedded from `src/data/` and parsed once on first use.

use std::sync::OnceLock;

use rustc_hash::{FxHashMap, FxHashSet};

use crate::calendar::Holiday;
use crate::data::{data_file, fields};
use crate::document::Change;
pub(super) use crate::lower::Lower;

/// The class of a written-out number word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum NumClass {
    /// 0 to 9.
    Unit,
    /// 10 to 19.
    Teen,
    /// 20, 30, … 90.
    Tens,
    /// "hundred".
    Hundred,
    /// "thousand", "million", …
    Scale,
    /// "dozen".
    Dozen,
}

/// Where a scale abbreviation may stand after its number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Attach {
    /// Attached or after a space.
    Any,
    /// Only touching the number.
    Attached,
    /// Only inside an amount of money.
    Money,
}

/// A currency word: its ISO code where known, and its minor unit when it names one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct CurrencyWord {
    /// The ISO 4217 code read when the article says nothing more.
    pub(super) code: Option<&'static str>,
    /// Other codes the word may stand for, "|"-separated, that the countries an article
    /// names choose instead ("PKR|LKR" for "rupee"); empty for most.
    pub(super) others: &'static str,
    /// The minor unit's name ("cent") when the word names one.
    pub(super) minor: Option<&'static str>,
    /// Whether the word alone, with no amount, is money ("the yuan"): not for words that are
    /// often something else ("pound", "real", "won").
    pub(super) alone: bool,
}

/// A currency sign or abbreviation: what it stands for, and whether it is money only before a
/// large amount ("R", "N").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct CurrencySign {
    /// The ISO 4217 code read when the article says nothing more.
    pub(super) code: Option<&'static str>,
    /// Other codes it may stand for, as in [`CurrencyWord`].
    pub(super) others: &'static str,
    /// Whether it is money only before an amount with a scale word or in thousands.
    pub(super) amount_only: bool,
}

/// A column of codes ("INR|PKR", "-|ZAR", "USD"): the code read by default and the others.
fn codes(column: &'static str) -> (Option<&'static str>, &'static str) {
    let (first, others) = column.split_once('|').unwrap_or((column, ""));
    ((first != "-").then_some(first), others)
}

/// What a word of the date and time pass is.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum TimeWord {
    /// A unit of time and its length in days.
    Unit(f64),
    /// A day relative to the article's date.
    Day(i64),
    /// A part of the day ("morning", "weekend").
    Part,
    /// A season.
    Season,
    /// A modifier: `Some(-1)` past, `Some(0)` this, `Some(1)` next, `None` as the tense says.
    Modifier(Option<i64>),
    /// A vague count ("several").
    Vague,
    /// A time zone.
    Zone,
    /// A word for how often ("daily", "semiannual").
    Periodic,
    /// A decade by its name ("nineties" 90).
    Decade(i32),
    /// A meal, a time of day after a preposition ("before lunch").
    Meal,
    /// A word before a unit naming a kind of it ("business days", "school year").
    Qualifier,
}

/// A phrase that qualifies a figure's value: "about", "more than", "or more".
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Qualifier {
    /// Its words, lower-case.
    pub(super) words: Vec<&'static str>,
    /// The claim it makes.
    pub(super) claim: Change,
    /// Whether the figure's span takes it in, as OntoNotes does ("about $5 million").
    pub(super) in_span: bool,
    /// Whether dates and durations take it ("over" is a preposition there).
    pub(super) with_dates: bool,
    /// Whether it stands after the figure ("5,000 or more").
    pub(super) after: bool,
}

/// A map keyed by words, with the fast hash.
pub(super) type Map<K, V> = FxHashMap<K, V>;

/// Words other than the lists' that may start a figure ("the past three years", "per cent of").
const STARTERS: &[&str] = &[
    "the",
    "a",
    "an",
    "half",
    "quarter",
    "early",
    "late",
    "mid",
    "earlier",
    "later",
    "end",
    "beginning",
    "start",
    "middle",
    "every",
    "each",
    "fiscal",
    "financial",
    "calendar",
    "fy",
    "q",
    "minus",
    "negative",
    "per",
    "percent",
    "percents",
    "pct",
    "percentage",
    "daily",
    "weekly",
    "monthly",
    "annually",
    "yearly",
    "quarterly",
    "weekend",
    "weekends",
    "all",
    "http",
    "https",
    "ftp",
    "www",
    "u",
    "tens",
    "thousands",
    "millions",
    "billions",
    "trillions",
];

/// Every list, parsed.
pub(super) struct FigureWords {
    /// Written-out numbers ("seventy") with their class.
    pub(super) numbers: Map<&'static str, (f64, NumClass)>,
    /// Ordinal words: value, whether an ordinal, whether a denominator ("thirds").
    pub(super) ordinals: Map<&'static str, (f64, bool, bool)>,
    /// Scale words and abbreviations ("million", "bn") with their factor.
    pub(super) scales: Map<&'static str, (f64, Attach)>,
    /// Currency words and phrases ("swiss franc", "yen", "cent"), singular, lower-case.
    pub(super) currencies: Map<&'static str, CurrencyWord>,
    /// ISO 4217 codes ("USD") with the exponent of their minor unit (2 for cents), if any.
    pub(super) codes: Map<&'static str, Option<u8>>,
    /// Currency signs and abbreviations ("$", "us$", "rs", "R") and what they stand for.
    pub(super) signs: Map<&'static str, CurrencySign>,
    /// Names of countries and peoples, lower-case, with the currency they use, for the signs
    /// and words that stand for several.
    pub(super) currency_cues: Map<&'static str, &'static str>,
    /// Units of measure as written, lower-case, with their normalised name.
    pub(super) units: Map<&'static str, &'static str>,
    /// Words of dates and times.
    pub(super) time: Map<&'static str, TimeWord>,
    /// Phrases that qualify a figure's value ("about", "more than", "or more").
    pub(super) qualifiers: Vec<Qualifier>,
    /// Words before a figure that make it a rise or a fall ("rose", "down"), lower-case.
    pub(super) changes_before: Map<&'static str, Change>,
    /// Words before a figure that make it a rise or a fall only through "by" ("raised by 5%",
    /// where "raised €1.2bn" is an amount), lower-case.
    pub(super) changes_by: Map<&'static str, Change>,
    /// Words after a figure that make it a rise or a fall ("rise", "lower"), lower-case.
    pub(super) changes_after: Map<&'static str, Change>,
    /// Every lower-case word a figure may start with, currency words among them.
    pub(super) starters: FxHashSet<&'static str>,
    /// The word lists of the date pass.
    pub(super) dates: DateWords,
}

/// The date pass's word lists, one word a line in `src/data/`.
pub(super) struct DateWords {
    /// Words that make a sentence look forward ("will").
    pub(super) future_cues: FxHashSet<&'static str>,
    /// Words that make a sentence look back ("said").
    pub(super) past_cues: FxHashSet<&'static str>,
    /// Words after which a four-digit number is a year ("in").
    pub(super) year_prepositions: FxHashSet<&'static str>,
    /// Words before a number that make it a count ("about").
    pub(super) count_words: FxHashSet<&'static str>,
    /// Plural nouns a year qualifies ("elections").
    pub(super) year_nouns: FxHashSet<&'static str>,
    /// Words after a four-digit number that make it a year ("was").
    pub(super) year_followers: FxHashSet<&'static str>,
    /// Words after which a month's name alone is a month ("since").
    pub(super) month_prepositions: FxHashSet<&'static str>,
    /// Words after which "the year" alone is a date ("in", "of").
    pub(super) period_prepositions: FxHashSet<&'static str>,
    /// Words that may join a day and a time of it into one figure ("at", "on").
    pub(super) day_time_joiners: FxHashSet<&'static str>,
    /// Named days by their first word: each name's words (apostrophes left out, longest
    /// first) and how it falls, `None` where that depends on the country.
    pub(super) holidays: Map<&'static str, Vec<NamedDay>>,
}

/// One named day: its words and how it falls, `None` where that depends on the country.
pub(super) type NamedDay = (Vec<&'static str>, Option<Holiday>);

/// The words of a one-word-a-line list.
fn word_set(data: &'static str) -> FxHashSet<&'static str> {
    fields(data).map(|r| r[0]).collect()
}

/// The first two columns of a word-and-value list, as a map.
fn pairs(data: &'static str) -> Map<&'static str, &'static str> {
    fields(data)
        .filter_map(|r| Some((r[0], *r.get(1)?)))
        .collect()
}

/// The named days of `holidays.tsv`, by their first word.
fn holidays() -> Map<&'static str, Vec<NamedDay>> {
    let mut map: Map<&'static str, Vec<NamedDay>> = Map::default();
    for r in fields(data_file!("holidays.tsv")) {
        let name: Vec<&'static str> = r[0].split(' ').collect();
        let rule = r.get(1).and_then(|rule| Holiday::parse(rule));
        map.entry(name[0]).or_default().push((name, rule));
    }
    for names in map.values_mut() {
        names.sort_by_key(|(name, _)| std::cmp::Reverse(name.len()));
    }
    map
}

impl DateWords {
    /// Parses the date pass's lists.
    fn load() -> DateWords {
        DateWords {
            future_cues: word_set(data_file!("future_cues.txt")),
            past_cues: word_set(data_file!("past_cues.txt")),
            year_prepositions: word_set(data_file!("year_prepositions.txt")),
            count_words: word_set(data_file!("count_words.txt")),
            year_nouns: word_set(data_file!("year_nouns.txt")),
            year_followers: word_set(data_file!("year_followers.txt")),
            month_prepositions: word_set(data_file!("month_prepositions.txt")),
            period_prepositions: word_set(data_file!("period_prepositions.txt")),
            day_time_joiners: word_set(data_file!("day_time_joiners.txt")),
            holidays: holidays(),
        }
    }
}

/// The lists, parsed on first use.
pub(super) fn words() -> &'static FigureWords {
    static WORDS: OnceLock<FigureWords> = OnceLock::new();
    WORDS.get_or_init(FigureWords::load)
}

impl FigureWords {
    /// The ISO 4217 code `code` names, as the table holds it ("USD"); `None` when it is none.
    pub(super) fn iso_code(&self, code: &str) -> Option<&'static str> {
        self.codes.get_key_value(code).map(|(&c, _)| c)
    }

    /// Whether the currency of `code` counts in hundredths (cents, pence).
    pub(super) fn has_hundredths(&self, code: &str) -> bool {
        self.codes.get(code) == Some(&Some(2))
    }

    /// Parses every embedded list (once: kept out of line, so that V8 does not spend time
    /// optimising it).
    #[inline(never)]
    fn load() -> FigureWords {
        let (changes_before, changes_by, changes_after) = change_words();
        let mut words = FigureWords {
            numbers: number_words(),
            ordinals: ordinal_words(),
            scales: scales(),
            currencies: currency_words(),
            codes: fields(include_str!(concat!(
                env!("OUT_DIR"),
                "/currency_codes.tsv"
            )))
            .filter_map(|r| Some((r[0], r.get(1)?.parse().ok())))
            .collect(),
            signs: currency_signs(),
            currency_cues: pairs(include_str!(concat!(env!("OUT_DIR"), "/currency_cues.tsv"))),
            units: pairs(data_file!("units.tsv")),
            time: time_words(),
            qualifiers: qualifiers(),
            changes_before,
            changes_by,
            changes_after,
            starters: FxHashSet::default(),
            dates: DateWords::load(),
        };
        words.starters = starters(&words);
        words
    }
}

/// Every lower-case word a figure may start with: the words of the lists, the first words of
/// currency names ("singapore dollar"), months, weekdays and [`STARTERS`].
fn starters(words: &FigureWords) -> FxHashSet<&'static str> {
    let mut starters: FxHashSet<&'static str> = words
        .numbers
        .keys()
        .chain(words.ordinals.keys())
        .chain(words.time.keys())
        .chain(words.signs.keys())
        .chain(words.dates.holidays.keys())
        .copied()
        // "Valentine's": a holiday's first word before its "'s"
        .chain(
            words
                .dates
                .holidays
                .keys()
                .filter_map(|k| k.strip_suffix('s')),
        )
        .chain(
            crate::calendar::MONTHS
                .iter()
                .chain(crate::calendar::WEEKDAYS)
                .map(|&(w, _)| w),
        )
        .chain(STARTERS.iter().copied())
        .collect();
    // Currency words and the first words of currency names ("singapore dollar") start money.
    starters.extend(
        words
            .currencies
            .keys()
            .map(|k| k.split(' ').next().unwrap_or(k)),
    );
    starters
}

/// Written-out numbers ("seventy") with their class: `number_words.tsv`.
fn number_words() -> Map<&'static str, (f64, NumClass)> {
    fields(data_file!("number_words.tsv"))
        .filter_map(|r| {
            let class = match *r.get(2)? {
                "unit" => NumClass::Unit,
                "teen" => NumClass::Teen,
                "tens" => NumClass::Tens,
                "hundred" => NumClass::Hundred,
                "scale" => NumClass::Scale,
                "dozen" => NumClass::Dozen,
                _ => return None,
            };
            Some((r[0], (r.get(1)?.parse().ok()?, class)))
        })
        .collect()
}

/// Ordinal words: value, whether an ordinal, whether a denominator: `ordinal_words.tsv`.
fn ordinal_words() -> Map<&'static str, (f64, bool, bool)> {
    fields(data_file!("ordinal_words.tsv"))
        .filter_map(|r| {
            let other = *r.get(2)?;
            Some((
                r[0],
                (r.get(1)?.parse().ok()?, other != "fraction", other != "no"),
            ))
        })
        .collect()
}

/// Scale words and abbreviations with their factor: `scales.tsv`.
fn scales() -> Map<&'static str, (f64, Attach)> {
    fields(data_file!("scales.tsv"))
        .filter_map(|r| {
            let attach = match *r.get(2)? {
                "any" => Attach::Any,
                "attached" => Attach::Attached,
                _ => Attach::Money,
            };
            Some((r[0], (r.get(1)?.parse().ok()?, attach)))
        })
        .collect()
}

/// Currency signs and abbreviations and what they stand for: `currency_signs.tsv`.
fn currency_signs() -> Map<&'static str, CurrencySign> {
    fields(data_file!("currency_signs.tsv"))
        .filter_map(|r| {
            let (code, others) = codes(r.get(1)?);
            Some((
                r[0],
                CurrencySign {
                    code,
                    others,
                    amount_only: r.get(2) == Some(&"amount"),
                },
            ))
        })
        .collect()
}

/// Words of dates and times: `time_words.tsv`.
fn time_words() -> Map<&'static str, TimeWord> {
    fields(data_file!("time_words.tsv"))
        .filter_map(|r| {
            let arg = *r.get(2)?;
            let word = match *r.get(1)? {
                "unit" => TimeWord::Unit(arg.parse().ok()?),
                "day" => TimeWord::Day(arg.parse().ok()?),
                "part" => TimeWord::Part,
                "season" => TimeWord::Season,
                "modifier" => TimeWord::Modifier(arg.parse().ok()),
                "vague" => TimeWord::Vague,
                "zone" => TimeWord::Zone,
                "periodic" => TimeWord::Periodic,
                "decade" => TimeWord::Decade(arg.parse().ok()?),
                "meal" => TimeWord::Meal,
                "qualifier" => TimeWord::Qualifier,
                _ => return None,
            };
            Some((r[0], word))
        })
        .collect()
}

/// Phrases that qualify a figure's value: `approximators.txt`.
fn qualifiers() -> Vec<Qualifier> {
    fields(data_file!("approximators.txt"))
        .filter_map(|r| {
            let claim = match *r.get(1)? {
                "~" => Change::About,
                ">" => Change::More,
                "<" => Change::Less,
                _ => return None,
            };
            let flags = r.get(2).copied().unwrap_or("");
            let has = |flag: &str| flags.split(',').any(|f| f == flag);
            let after = has("after");
            Some(Qualifier {
                words: r[0].split(' ').collect(),
                claim,
                in_span: !after && !has("outside"),
                with_dates: !has("no-date"),
                after,
            })
        })
        .collect()
}

/// Words that make a figure a rise or a fall, lower-case.
type ChangeWords = Map<&'static str, Change>;

/// Words that make a figure a rise or a fall: before it, before it through "by", and after
/// it (`change_words.tsv`).
fn change_words() -> (ChangeWords, ChangeWords, ChangeWords) {
    let mut changes_before = Map::default();
    let mut changes_after = Map::default();
    let mut changes_by = Map::default();
    for r in fields(data_file!("change_words.tsv")) {
        let change = if r.get(1) == Some(&"up") {
            Change::Up
        } else {
            Change::Down
        };
        let side = match r.get(2) {
            Some(&"after") => &mut changes_after,
            Some(&"by") => &mut changes_by,
            _ => &mut changes_before,
        };
        side.insert(r[0], change);
    }
    (changes_before, changes_by, changes_after)
}

/// Currency words ("swiss franc", "ringgit", "greenback"), as `build.rs` derives them from the
/// ISO 4217 names and `currency_words.tsv`.
fn currency_words() -> Map<&'static str, CurrencyWord> {
    let words = include_str!(concat!(env!("OUT_DIR"), "/currency_words.tsv"));
    let known = |s: &'static str| (s != "-").then_some(s);
    fields(words)
        .filter_map(|r| {
            let (code, others) = codes(r.get(1)?);
            Some((
                r[0],
                CurrencyWord {
                    code,
                    others,
                    minor: known(r.get(2)?),
                    alone: r.get(3) == Some(&"alone"),
                },
            ))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_names_give_currency_words() {
        let w = words();
        let code = |s: &str| w.currencies.get(s).and_then(|c| c.code);
        assert_eq!(code("swiss franc"), Some("CHF"));
        assert_eq!(code("ringgit"), Some("MYR"));
        assert_eq!(code("australian dollar"), Some("AUD"));
        assert_eq!(code("hong kong dollar"), Some("HKD"));
        assert_eq!(code("dollar"), Some("USD"));
        assert_eq!(code("yen"), Some("JPY"));
        assert_eq!(code("kronor"), Some("SEK"));
        assert_eq!(code("dinar"), None);
    }
}
