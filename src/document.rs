//! The annotation contract: the public types every caller receives, serialised with serde.
//!
//! Offsets in these types are UTF-16 code units of the input (what JavaScript's
//! `String.prototype.slice` takes), or code points when the caller asks for them
//! ([`OffsetUnit`]). The passes work in token spans and hand over [`Found`], the internal
//! result; each emitter converts it once, at the edge, in one sweep ([`Found::offsets`]):
//! [`build`] into the serde types here (Rust API, CLI, Python), `src/wasm.rs` straight into
//! JavaScript objects.

use serde::de::Error as _;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::offsets::{OffsetUnit, Offsets};
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Change {
    /// About the value: "about", "nearly", "some", "an estimated".
    About,
    /// More than the value: "more than", "over", "at least".
    More,
    /// Less than the value: "less than", "under", "up to".
    Less,
    /// A rise by the value: "rose 5%", "up 3 points".
    Up,
    /// A fall by the value: "fell 19 cents", "down 3.2 per cent".
    Down,
}

/// Gives a kind enum its names in the contract, the one place they are written: `as_str`,
/// `ALL`, and serde, which writes and reads them through `as_str`. The wasm emitter, its
/// TypeScript declarations and the Python module read them too.
macro_rules! contract_names {
    ($kind:ident { $($variant:ident => $name:literal),+ $(,)? }) => {
        impl $kind {
            /// Every value, in the contract's order.
            pub const ALL: &'static [$kind] = &[$($kind::$variant),+];

            /// The contract's names of [`Self::ALL`], in order.
            pub const NAMES: &'static [&'static str] = &[$($name),+];

            /// The contract's name of the value.
            pub const fn as_str(self) -> &'static str {
                match self {
                    $($kind::$variant => $name),+
                }
            }
        }

        impl Serialize for $kind {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }

        impl<'de> Deserialize<'de> for $kind {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let name = String::deserialize(d)?;
                Self::ALL
                    .iter()
                    .copied()
                    .find(|k| k.as_str() == name)
                    .ok_or_else(|| D::Error::unknown_variant(&name, Self::NAMES))
            }
        }
    };
}

contract_names!(MentionKind {
    Person => "person",
    Organization => "organization",
    Place => "place",
    Nationality => "nationality",
});

contract_names!(QuoteKind {
    Direct => "direct",
    Partial => "partial",
    Indirect => "indirect",
});

contract_names!(FigureKind {
    Money => "money",
    Percent => "percent",
    Number => "number",
    Ordinal => "ordinal",
    Date => "date",
    Time => "time",
    Duration => "duration",
    Quantity => "quantity",
});

contract_names!(Change {
    About => "~",
    More => ">",
    Less => "<",
    Up => "up",
    Down => "down",
});

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

/// Writes whole values as JSON integers (`34000000`, not `34000000.0`). Values are finite: the
/// figures pass leaves out any other.
fn serialize_value<S: Serializer>(value: &Option<f64>, s: S) -> Result<S::Ok, S::Error> {
    match *value {
        Some(v) if is_whole(v) => s.serialize_i64(v as i64),
        Some(v) => s.serialize_f64(v),
        None => s.serialize_none(),
    }
}

impl Figure {
    /// The value as an integer, when it is a whole number a double holds exactly (below
    /// 2^53): how every host writes it (`34000000`, not `34000000.0`).
    pub fn integer_value(&self) -> Option<i64> {
        self.value.filter(|&v| is_whole(v)).map(|v| v as i64)
    }
}

/// Whether a value is a whole number a double holds exactly (below 2^53).
fn is_whole(value: f64) -> bool {
    const EXACT_INTEGERS: f64 = 9_007_199_254_740_992.0; // 2^53
    value.fract() == 0.0 && value.abs() < EXACT_INTEGERS
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
    /// Finite: the figures pass drops any other value, once, as it hands the figure over.
    pub(crate) value: Option<f64>,
    pub(crate) currency: Option<&'static str>,
    pub(crate) unit: Option<&'static str>,
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

impl Found {
    /// The conversion of every offset the document needs into `unit`: one sweep over `text`.
    pub(crate) fn offsets(&self, text: &str, unit: OffsetUnit) -> Offsets {
        let mut wanted = Vec::new();
        let mut want = |s: &TokenSpan| {
            wanted.push(s.bytes().start);
            wanted.push(s.bytes().end);
        };
        self.mentions.iter().for_each(|m| want(&m.span));
        self.entities.iter().for_each(|e| want(&e.name));
        for q in &self.quotes {
            want(&q.span);
            q.speaker.iter().chain(q.cue.iter()).for_each(&mut want);
        }
        self.figures.iter().for_each(|f| want(&f.span));
        Offsets::new(text, wanted, unit)
    }
}

/// Turns what the passes found in `text` into the public [`Document`], its offsets in `unit`.
#[inline(never)]
pub(crate) fn build(text: &str, found: Found, unit: OffsetUnit) -> Document {
    let offsets = found.offsets(text, unit);
    let span = |s: TokenSpan| Span {
        start: offsets.get(s.bytes().start),
        end: offsets.get(s.bytes().end),
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
                    currency: f.currency.map(str::to_string),
                    unit: f.unit.map(str::to_string),
                    date: f.date,
                    date_end: f.date_end,
                    change: f.change,
                }
            })
            .collect(),
    }
}
