//! The JavaScript API: `annotate(text, options?)` and the `Annotator` class, built for
//! `wasm32` only. Only conversions live here; every decision is the core's. Public so that
//! tests can call the exports as JavaScript does and get the same JavaScript values.

use js_sys::{Array, JsString};
use wasm_bindgen::prelude::*;

use crate::document::{Found, FoundFigure};
use crate::offsets::Offsets;
use crate::text::TokenSpan;
use crate::{Change, OffsetUnit, Options};

/// What JavaScript receives: a value, or an `Error` with a message.
pub type JsResult<T> = Result<T, JsError>;

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &str = declarations::TYPES;

/// The TypeScript declarations, joined at compile time. Only the custom section wasm-bindgen
/// generates from `TYPES` reads them, which dead-code analysis does not follow.
#[allow(dead_code)]
mod declarations {
    use crate::{Change, FigureKind, MentionKind, QuoteKind};

    /// A `&'static str` made at compile time by `build`, a `const fn` returning its `len`
    /// bytes.
    macro_rules! const_str {
        ($len:expr, $build:ident($($arg:expr),*)) => {{
            const BYTES: [u8; $len] = $build::<{ $len }>($($arg),*);
            match std::str::from_utf8(&BYTES) {
                Ok(s) => s,
                Err(_) => panic!("a declaration that is not UTF-8"),
            }
        }};
    }

    /// The TypeScript declarations of the contract.
    pub(super) const TYPES: &str = const_str!(joined_len(TYPE_PARTS), joined(TYPE_PARTS));

    /// The TypeScript declarations of the contract, in parts: the unions of kinds are joined from
    /// the kinds' own names (`MentionKind::NAMES` …), the one place they are written.
    const TYPE_PARTS: &[&str] = &[
        r#"
    /** Options of one call. `date`: the article's date, "YYYY-MM-DD", for relative dates;
     *  `indirect`: also report indirect speech (quotes of kind "indirect"). */
    export interface AnnotateOptions { date?: string; indirect?: boolean }
    /** A stretch of the input; offsets are UTF-16 code units, `text === input.slice(start, end)`. */
    export interface TextSpan { start: number; end: number; text: string }
    export type MentionKind = "#,
        MENTION_KINDS,
        r#";
    export interface Mention extends TextSpan { kind: MentionKind; entity: number | null }
    export interface Entity { id: number; kind: MentionKind; name: string; mentions: number[] }
    export type QuoteKind = "#,
        QUOTE_KINDS,
        r#";
    export interface Quote extends TextSpan {
      kind: QuoteKind;
      speaker: TextSpan | null; entity: number | null; cue: TextSpan | null;
    }
    export type FigureKind = "#,
        FIGURE_KINDS,
        r#";
    /** The claim around a figure's value: about it, more or less than it, a rise or a fall by it. */
    export type Change = "#,
        CHANGES,
        r#";
    export interface Figure extends TextSpan {
      kind: FigureKind; value: number | null; currency?: string; unit?: string;
      /** ISO 8601; a range's first day (or month, or year), with `date_end` its last. */
      date?: string; date_end?: string;
      change?: Change;
    }
    /** Everything found in one text; every array sorted by `start`. */
    export interface Document { mentions: Mention[]; entities: Entity[]; quotes: Quote[]; figures: Figure[] }
    "#,
    ];

    /// The TypeScript unions of the kinds' names: `"person" | "organization" | …`.
    const MENTION_KINDS: &str =
        const_str!(union_len(MentionKind::NAMES), union(MentionKind::NAMES));
    const QUOTE_KINDS: &str = const_str!(union_len(QuoteKind::NAMES), union(QuoteKind::NAMES));
    const FIGURE_KINDS: &str = const_str!(union_len(FigureKind::NAMES), union(FigureKind::NAMES));
    const CHANGES: &str = const_str!(union_len(Change::NAMES), union(Change::NAMES));

    /// The length of `parts` joined.
    const fn joined_len(parts: &[&str]) -> usize {
        let (mut len, mut i) = (0, 0);
        while i < parts.len() {
            len += parts[i].len();
            i += 1;
        }
        len
    }

    /// `parts` joined, `N` bytes.
    const fn joined<const N: usize>(parts: &[&str]) -> [u8; N] {
        let mut out = [0u8; N];
        let (mut at, mut i) = (0, 0);
        while i < parts.len() {
            let part = parts[i].as_bytes();
            let mut j = 0;
            while j < part.len() {
                out[at] = part[j];
                at += 1;
                j += 1;
            }
            i += 1;
        }
        out
    }

    /// The length of the union of `names` (at least one).
    const fn union_len(names: &[&str]) -> usize {
        joined_len(names) + 2 * names.len() + 3 * (names.len() - 1)
    }

    /// The union of `names`, `N` bytes: each in double quotes, ` | ` between.
    const fn union<const N: usize>(names: &[&str]) -> [u8; N] {
        let mut out = [0u8; N];
        let (mut at, mut i) = (0, 0);
        while i < names.len() {
            if i > 0 {
                out[at] = b' ';
                out[at + 1] = b'|';
                out[at + 2] = b' ';
                at += 3;
            }
            out[at] = b'"';
            at += 1;
            let name = names[i].as_bytes();
            let mut j = 0;
            while j < name.len() {
                out[at] = name[j];
                at += 1;
                j += 1;
            }
            out[at] = b'"';
            at += 1;
            i += 1;
        }
        out
    }
}

#[wasm_bindgen]
extern "C" {
    /// The options object of one call (`AnnotateOptions` in TypeScript).
    #[wasm_bindgen(typescript_type = "AnnotateOptions")]
    pub type AnnotateOptions;
}

#[wasm_bindgen(start)]
fn start() {
    console_error_panic_hook::set_once();
}

/// Annotates a text with a shared annotator.
#[wasm_bindgen(unchecked_return_type = "Document")]
pub fn annotate(text: &JsString, options: Option<AnnotateOptions>) -> JsResult<JsValue> {
    annotate_js(crate::shared_annotator()?, text, options)
}

/// An annotator, cheap to build; keep one to annotate many texts.
#[wasm_bindgen(js_name = Annotator)]
pub struct JsAnnotator {
    native: crate::Annotator,
}

#[wasm_bindgen(js_class = Annotator)]
impl JsAnnotator {
    /// Builds an annotator.
    #[wasm_bindgen(constructor)]
    pub fn new() -> JsResult<JsAnnotator> {
        Ok(JsAnnotator {
            native: crate::Annotator::new()?,
        })
    }

    /// Annotates a text.
    #[wasm_bindgen(unchecked_return_type = "Document")]
    pub fn annotate(&self, text: &JsString, options: Option<AnnotateOptions>) -> JsResult<JsValue> {
        annotate_js(&self.native, text, options)
    }
}

/// The options of one call, read field by field (a general deserialiser would add its
/// machinery, float formatting included, to the module for two fields).
fn options_from(value: Option<AnnotateOptions>) -> JsResult<Options> {
    let Some(value) = value
        .map(JsValue::from)
        .filter(|v| !v.is_undefined() && !v.is_null())
    else {
        return Ok(Options::default());
    };
    let field = |name: &str| {
        let found = js_sys::Reflect::get(&value, &JsValue::from_str(name))
            .map_err(|_| JsError::new("bad options: not an object"))?;
        Ok::<_, JsError>(Some(found).filter(|v| !v.is_undefined() && !v.is_null()))
    };
    let date =
        match field("date")? {
            Some(date) => Some(date.as_string().ok_or_else(|| {
                JsError::new("bad options: `date` must be a string, \"YYYY-MM-DD\"")
            })?),
            None => None,
        };
    let indirect = match field("indirect")? {
        Some(flag) => flag
            .as_bool()
            .ok_or_else(|| JsError::new("bad options: `indirect` must be true or false"))?,
        None => false,
    };
    Ok(Options { date, indirect })
}

/// Annotates `text`, a JavaScript string, into the JavaScript document.
fn annotate_js(
    annotator: &crate::Annotator,
    text: &JsString,
    options: Option<AnnotateOptions>,
) -> JsResult<JsValue> {
    let native = text
        .as_string()
        .ok_or_else(|| JsError::new("annotate: the text must be a string"))?;
    let found = annotator.found(&native, &options_from(options)?)?;
    Ok(to_js(text, &native, &found))
}

// The document's objects are built in JavaScript, one call each, their texts sliced from the
// caller's own string: as fast again as setting each field across the boundary
// (serde-wasm-bindgen), and each `text` is exactly `input.slice(start, end)`, lone surrogates
// and all. `null` stands for `None`; absent optional fields are left out, as in the JSON.
#[wasm_bindgen(inline_js = r#"
export function mention(input, start, end, kind, entity) {
  return { start, end, text: input.slice(start, end), kind, entity: entity ?? null };
}
export function entity(input, id, kind, start, end, mentions) {
  return { id, kind, name: input.slice(start, end), mentions: Array.from(mentions) };
}
export function span(input, start, end) {
  return { start, end, text: input.slice(start, end) };
}
export function quote(input, start, end, kind, speaker, entity, cue) {
  return { start, end, text: input.slice(start, end), kind, speaker, entity: entity ?? null, cue };
}
export function figure(input, start, end, kind, value, currency, unit, date, dateEnd, change) {
  const figure = { start, end, text: input.slice(start, end), kind, value: value ?? null };
  if (currency !== undefined) figure.currency = currency;
  if (unit !== undefined) figure.unit = unit;
  if (date !== undefined) figure.date = date;
  if (dateEnd !== undefined) figure.date_end = dateEnd;
  if (change !== undefined) figure.change = change;
  return figure;
}
export function documentOf(mentions, entities, quotes, figures) {
  return { mentions, entities, quotes, figures };
}
"#)]
extern "C" {
    fn mention(
        input: &JsString,
        start: u32,
        end: u32,
        kind: &JsValue,
        entity: Option<u32>,
    ) -> JsValue;
    fn entity(
        input: &JsString,
        id: u32,
        kind: &JsValue,
        start: u32,
        end: u32,
        mentions: &[u32],
    ) -> JsValue;
    fn span(input: &JsString, start: u32, end: u32) -> JsValue;
    fn quote(
        input: &JsString,
        start: u32,
        end: u32,
        kind: &JsValue,
        speaker: JsValue,
        entity: Option<u32>,
        cue: JsValue,
    ) -> JsValue;
    fn figure(
        input: &JsString,
        start: u32,
        end: u32,
        kind: &JsValue,
        value: Option<f64>,
        currency: Option<&str>,
        unit: Option<&str>,
        date: Option<&str>,
        date_end: Option<&str>,
        change: Option<&str>,
    ) -> JsValue;
    #[wasm_bindgen(js_name = documentOf)]
    fn document_of(mentions: Array, entities: Array, quotes: Array, figures: Array) -> JsValue;
}

/// What the passes `found` in `text` as JavaScript objects of the contract, their offsets in
/// UTF-16 code units from the one sweep, their texts sliced from `input`, the caller's string.
fn to_js(input: &JsString, text: &str, found: &Found) -> JsValue {
    let mut js = Emitter {
        input,
        offsets: found.offsets(text, OffsetUnit::Utf16),
        kinds: JsKinds::default(),
    };
    let mentions: Array = found
        .mentions
        .iter()
        .zip(&found.entity_of)
        .map(|(m, entity)| {
            let (start, end) = js.ends(&m.span);
            let kind = js.kinds.of(m.kind.as_str());
            mention(input, start, end, kind, entity.map(at))
        })
        .collect();
    let entities: Array = found
        .entities
        .iter()
        .enumerate()
        .map(|(id, e)| {
            let mentions: Vec<u32> = e.mentions.iter().copied().map(at).collect();
            let (start, end) = js.ends(&e.name);
            let kind = js.kinds.of(e.kind.as_str());
            entity(input, at(id), kind, start, end, &mentions)
        })
        .collect();
    let quotes: Array = found
        .quotes
        .iter()
        .map(|q| {
            let (start, end) = js.ends(&q.span);
            let (speaker, cue) = (js.span(&q.speaker), js.span(&q.cue));
            let kind = js.kinds.of(q.kind.as_str());
            quote(input, start, end, kind, speaker, q.entity.map(at), cue)
        })
        .collect();
    let figures: Array = found.figures.iter().map(|f| js.figure(f)).collect();
    document_of(mentions, entities, quotes, figures)
}

/// An offset or an index as JavaScript takes it: they fit in u32, since texts are at most
/// 16 MiB.
fn at(n: usize) -> u32 {
    n as u32
}

/// What the JavaScript objects of one document are made with.
struct Emitter<'a> {
    /// The caller's string, which every `text` is sliced from.
    input: &'a JsString,
    /// The UTF-16 offset of every byte offset the document needs.
    offsets: Offsets,
    /// The kinds' names, made once.
    kinds: JsKinds,
}

impl Emitter<'_> {
    /// The UTF-16 offsets of a span's ends.
    fn ends(&self, s: &TokenSpan) -> (u32, u32) {
        let bytes = s.bytes();
        (
            at(self.offsets.get(bytes.start)),
            at(self.offsets.get(bytes.end)),
        )
    }

    /// A span object (`start`, `end`, `text`), or `null`.
    fn span(&self, s: &Option<TokenSpan>) -> JsValue {
        s.as_ref().map_or(JsValue::NULL, |s| {
            let (start, end) = self.ends(s);
            span(self.input, start, end)
        })
    }

    /// A figure object; its optional fields are left out when absent.
    fn figure(&mut self, f: &FoundFigure) -> JsValue {
        let (start, end) = self.ends(&f.span);
        figure(
            self.input,
            start,
            end,
            self.kinds.of(f.kind.as_str()),
            f.value,
            f.currency,
            f.unit,
            f.date.as_deref(),
            f.date_end.as_deref(),
            f.change.map(Change::as_str),
        )
    }
}

/// The contract's names of kinds ("person", "money") as JavaScript strings, each made once a
/// document, on first use.
#[derive(Default)]
struct JsKinds(Vec<(&'static str, JsValue)>);

impl JsKinds {
    /// The JavaScript string of a kind's `name` (its `as_str()`).
    fn of(&mut self, name: &'static str) -> &JsValue {
        let i = match self.0.iter().position(|(n, _)| *n == name) {
            Some(i) => i,
            None => {
                self.0.push((name, JsValue::from_str(name)));
                self.0.len() - 1
            }
        };
        &self.0[i].1
    }
}
