//! The annotation contract: the public types every caller receives, serialised with serde.
//!
//! Offsets in these types are UTF-16 code units of the input (what JavaScript's
//! `String.prototype.slice` takes); the passes work in byte ranges and [`build`] converts
//! once, at the edge.

use serde::{Deserialize, Serialize, Serializer};

use crate::offsets::Utf16Offsets;
use crate::text::TokenSpan;

/// Everything found in one text. Every array is sorted by `start`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// Names of people, organisations, places and nationalities.
    pub mentions: Vec<Mention>,
    /// The real-world things the mentions name, one per thing.
    pub entities: Vec<Entity>,
    /// Quotations, with who said them.
    pub quotes: Vec<Quote>,
    /// Amounts, percentages, numbers, dates, times and quantities, with their values.
    pub figures: Vec<Figure>,
}

/// A stretch of the input: `start` and `end` in UTF-16 code units, `text` the slice.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Span {
    /// First UTF-16 code unit.
    pub start: usize,
    /// One past the last UTF-16 code unit.
    pub end: usize,
    /// The input between `start` and `end`.
    pub text: String,
}

/// What a mention names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum MentionKind {
    /// A person.
    Person,
    /// A company, agency, party, team, newspaper or other organisation.
    Organization,
    /// A country, city, region or other place.
    Place,
    /// A nationality or a religious or political group ("Russian", "North Korean").
    Nationality,
}

/// One mention of a name.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Mention {
    /// First UTF-16 code unit.
    pub start: usize,
    /// One past the last UTF-16 code unit.
    pub end: usize,
    /// The name as written.
    pub text: String,
    /// What it names.
    pub kind: MentionKind,
    /// Index into [`Document::entities`].
    pub entity: Option<usize>,
}

/// One real-world thing named in the text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    /// Its index in [`Document::entities`].
    pub id: usize,
    /// What it is.
    pub kind: MentionKind,
    /// Its fullest name in the text.
    pub name: String,
    /// Indexes into [`Document::mentions`] of every mention of it.
    pub mentions: Vec<usize>,
}

/// How a quotation is given.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    /// A whole utterance in quote marks.
    Direct,
    /// A quoted fragment inside reported speech.
    Partial,
    /// Reported speech without quote marks.
    Indirect,
}

/// One quotation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    /// First UTF-16 code unit (the opening mark, for quotes in marks).
    pub start: usize,
    /// One past the last UTF-16 code unit.
    pub end: usize,
    /// The quotation as written, marks included.
    pub text: String,
    /// How it is given.
    pub kind: QuoteKind,
    /// The mention the text attributes it to: a name, a description or a pronoun.
    pub speaker: Option<Span>,
    /// Who the speaker is: an index into [`Document::entities`].
    pub entity: Option<usize>,
    /// The reporting verb ("said", "told", "according to").
    pub cue: Option<Span>,
}

/// What a figure measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum FigureKind {
    /// An amount of money.
    Money,
    /// A percentage or a change in percentage points.
    Percent,
    /// A count or other bare number.
    Number,
    /// A position in order ("first", "21st").
    Ordinal,
    /// A day, month, year or other date.
    Date,
    /// A time of day.
    Time,
    /// A length of time ("two months").
    Duration,
    /// A number with a unit of measure ("500 tonnes").
    Quantity,
}

/// The claim a figure makes around its value: about it, more or less than it, or a rise or a
/// fall by it. A figure stated plainly has none.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Change {
    /// About the value: "about", "nearly", "some", "an estimated".
    #[serde(rename = "~")]
    About,
    /// More than the value: "more than", "over", "at least".
    #[serde(rename = ">")]
    More,
    /// Less than the value: "less than", "under", "up to".
    #[serde(rename = "<")]
    Less,
    /// A rise by the value: "rose 5%", "up 3 points".
    #[serde(rename = "up")]
    Up,
    /// A fall by the value: "fell 19 cents", "down 3.2 per cent".
    #[serde(rename = "down")]
    Down,
}

impl Change {
    /// The contract's name of the claim: "~", ">", "<", "up" or "down".
    pub fn as_str(self) -> &'static str {
        match self {
            Change::About => "~",
            Change::More => ">",
            Change::Less => "<",
            Change::Up => "up",
            Change::Down => "down",
        }
    }
}

/// One figure.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Figure {
    /// First UTF-16 code unit.
    pub start: usize,
    /// One past the last UTF-16 code unit.
    pub end: usize,
    /// The figure as written.
    pub text: String,
    /// What it measures.
    pub kind: FigureKind,
    /// The number it stands for (12.5 for "12.5%"), `null` when unknown.
    #[serde(serialize_with = "serialize_value")]
    pub value: Option<f64>,
    /// The ISO 4217 code of a money figure, where it can be known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    /// The unit of a quantity, duration, percentage-point change or minor-unit amount.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// A date or time resolved to ISO 8601, where it can be; a range's start.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// The last day (or month, or year) of a range of dates, where `date` is its first.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_end: Option<String>,
    /// The claim around the value ("about", "more than", a rise); absent when stated plainly.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub change: Option<Change>,
}

/// Writes whole values as JSON integers (`34000000`, not `34000000.0`).
fn serialize_value<S: Serializer>(value: &Option<f64>, s: S) -> Result<S::Ok, S::Error> {
    const EXACT_INTEGERS: f64 = 9_007_199_254_740_992.0; // 2^53
    match *value {
        Some(v) if v.fract() == 0.0 && v.abs() < EXACT_INTEGERS => s.serialize_i64(v as i64),
        Some(v) if v.is_finite() => s.serialize_f64(v),
        _ => s.serialize_none(),
    }
}

/// A name found by the names pass, before grouping.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct FoundMention {
    pub(crate) span: TokenSpan,
    pub(crate) kind: MentionKind,
}

/// A group of mentions of one thing, made by the entities pass.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct FoundEntity {
    pub(crate) kind: MentionKind,
    /// The fullest name, as a span of the text.
    pub(crate) name: TokenSpan,
    /// Indexes into the found mentions, ascending.
    pub(crate) mentions: Vec<usize>,
}

/// A quotation found by the quotes pass.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct FoundQuote {
    pub(crate) span: TokenSpan,
    pub(crate) kind: QuoteKind,
    pub(crate) speaker: Option<TokenSpan>,
    /// Index of the entity the speaker resolves to.
    pub(crate) entity: Option<usize>,
    pub(crate) cue: Option<TokenSpan>,
}

/// A figure found by the figures pass.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct FoundFigure {
    pub(crate) span: TokenSpan,
    pub(crate) kind: FigureKind,
    pub(crate) value: Option<f64>,
    pub(crate) currency: Option<String>,
    pub(crate) unit: Option<String>,
    pub(crate) date: Option<String>,
    pub(crate) date_end: Option<String>,
    pub(crate) change: Option<Change>,
}

/// What the passes found in one text, in token spans.
#[derive(Debug, Default)]
pub(crate) struct Found {
    /// Sorted by start.
    pub(crate) mentions: Vec<FoundMention>,
    pub(crate) entities: Vec<FoundEntity>,
    /// The entity of each mention, by index.
    pub(crate) entity_of: Vec<Option<usize>>,
    /// Sorted by start.
    pub(crate) quotes: Vec<FoundQuote>,
    /// Sorted by start.
    pub(crate) figures: Vec<FoundFigure>,
}

/// Turns what the passes found into the public [`Document`], converting every offset to
/// UTF-16 in one pass over the text.
#[inline(never)]
pub(crate) fn build(text: &str, found: Found) -> Document {
    let mut wanted = Vec::new();
    let mut want = |s: &TokenSpan| {
        wanted.push(s.bytes().start);
        wanted.push(s.bytes().end);
    };
    found.mentions.iter().for_each(|m| want(&m.span));
    for q in &found.quotes {
        want(&q.span);
        q.speaker.iter().chain(q.cue.iter()).for_each(&mut want);
    }
    found.figures.iter().for_each(|f| want(&f.span));
    let utf16 = Utf16Offsets::new(text, wanted);
    let span = |s: TokenSpan| Span {
        start: utf16.get(s.bytes().start),
        end: utf16.get(s.bytes().end),
        text: s.of(text).to_string(),
    };

    Document {
        mentions: found
            .mentions
            .iter()
            .zip(found.entity_of)
            .map(|(m, entity)| {
                let Span { start, end, text } = span(m.span);
                Mention {
                    start,
                    end,
                    text,
                    kind: m.kind,
                    entity,
                }
            })
            .collect(),
        entities: found
            .entities
            .iter()
            .enumerate()
            .map(|(id, e)| Entity {
                id,
                kind: e.kind,
                name: e.name.of(text).to_string(),
                mentions: e.mentions.clone(),
            })
            .collect(),
        quotes: found
            .quotes
            .into_iter()
            .map(|q| {
                let Span { start, end, text } = span(q.span);
                Quote {
                    start,
                    end,
                    text,
                    kind: q.kind,
                    speaker: q.speaker.map(span),
                    entity: q.entity,
                    cue: q.cue.map(span),
                }
            })
            .collect(),
        figures: found
            .figures
            .into_iter()
            .map(|f| {
                let Span { start, end, text } = span(f.span);
                Figure {
                    start,
                    end,
                    text,
                    kind: f.kind,
                    value: f.value,
                    currency: f.currency,
                    unit: f.unit,
                    date: f.date,
                    date_end: f.date_end,
                    change: f.change,
                }
            })
            .collect(),
    }
}
