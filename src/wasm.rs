//! The JavaScript API: `annotate(text, options?)` and the `Annotator` class, built for
//! `wasm32` only. Only conversions live here; every decision is the core's. Public so that
//! tests can call the exports as JavaScript does and get the same JavaScript values.

use wasm_bindgen::prelude::*;

use crate::{Document, Options};

/// What JavaScript receives: a value, or an `Error` with a message.
pub type JsResult<T> = Result<T, JsError>;

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &str = r#"
/** Options of one call. `date`: the article's date, "YYYY-MM-DD", for relative dates;
 *  `indirect`: also report indirect speech (quotes of kind "indirect"). */
export interface AnnotateOptions { date?: string; indirect?: boolean }
/** A stretch of the input; offsets are UTF-16 code units, `text === input.slice(start, end)`. */
export interface TextSpan { start: number; end: number; text: string }
export type MentionKind = "person" | "organization" | "place" | "nationality";
export interface Mention extends TextSpan { kind: MentionKind; entity: number | null }
export interface Entity { id: number; kind: MentionKind; name: string; mentions: number[] }
export interface Quote extends TextSpan {
  kind: "direct" | "partial" | "indirect";
  speaker: TextSpan | null; entity: number | null; cue: TextSpan | null;
}
export type FigureKind = "money" | "percent" | "number" | "ordinal" | "date" | "time" | "duration" | "quantity";
export interface Figure extends TextSpan {
  kind: FigureKind; value: number | null; currency?: string; unit?: string; date?: string;
}
/** Everything found in one text; every array sorted by `start`. */
export interface Document { mentions: Mention[]; entities: Entity[]; quotes: Quote[]; figures: Figure[] }
"#;

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
pub fn annotate(
    text: &str,
    options: Option<AnnotateOptions>,
) -> JsResult<JsValue> {
    to_js(crate::shared_annotator()?.annotate_with(text, &options_from(options)?)?)
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
        Ok(JsAnnotator { native: crate::Annotator::new()? })
    }

    /// Annotates a text.
    #[wasm_bindgen(unchecked_return_type = "Document")]
    pub fn annotate(
        &self,
        text: &str,
        options: Option<AnnotateOptions>,
    ) -> JsResult<JsValue> {
        to_js(self.native.annotate_with(text, &options_from(options)?)?)
    }
}

fn options_from(value: Option<AnnotateOptions>) -> JsResult<Options> {
    let Some(value) = value.map(JsValue::from).filter(|v| !v.is_undefined() && !v.is_null()) else {
        return Ok(Options::default());
    };
    serde_wasm_bindgen::from_value(value).map_err(|e| JsError::new(&format!("bad options: {e}")))
}

fn to_js(doc: Document) -> JsResult<JsValue> {
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    serde::Serialize::serialize(&doc, &serializer).map_err(|e| JsError::new(&e.to_string()))
}
