//! Annotates news articles: the people, organisations, places and nationalities they name,
//! every quotation with who said it, and every figure with its normalised value.
//!
//! One call turns a text into a [`Document`]. Offsets in it are UTF-16 code units, the
//! indices JavaScript's `String.prototype.slice` takes, so the same JSON serves Rust, the
//! WebAssembly module and the command-line tool (see `docs/CONTRACT.md`);
//! [`Annotator::annotate_in`] counts them in another [`OffsetUnit`], such as the code points
//! Python indexes strings by.
//!
//! The passes (figures, names, entities, quotes) run over one token view and hand each other
//! token spans; what they find is one internal result, which two emitters turn into their
//! host's objects, converting offsets once, at the edge: `document::build` into the serde
//! [`Document`], and, built for `wasm32`, `wasm` into JavaScript objects.
//!
//! # Example
//!
//! ```
//! use article_annotator::{Annotator, FigureKind, MentionKind};
//!
//! let annotator = Annotator::new()?;
//! let doc = annotator.annotate("“Trade fell to US$34 million,” Artyom Lukin said in Moscow.")?;
//!
//! let money = &doc.figures[0];
//! assert_eq!((money.text.as_str(), money.kind), ("US$34 million", FigureKind::Money));
//! assert_eq!((money.value, money.currency.as_deref()), (Some(34e6), Some("USD")));
//!
//! let quote = &doc.quotes[0];
//! assert_eq!(quote.speaker.as_ref().unwrap().text, "Artyom Lukin");
//! let speaker = &doc.entities[quote.entity.unwrap()];
//! assert_eq!((speaker.name.as_str(), speaker.kind), ("Artyom Lukin", MentionKind::Person));
//! # Ok::<(), article_annotator::Error>(())
//! ```
//!
//! # Crate features
//!
//! - `cli` (default): the command-line tool, `annotate`, and its JSON (`serde_json`). A
//!   library user, and the WebAssembly build, can leave it out with `--no-default-features`.
//! - `train`: the names tagger's trainer, `train_names`.
//!
//! Built for `wasm32`, the crate also exports the JavaScript API (`annotate`, `Annotator`)
//! through wasm-bindgen.
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![deny(rustdoc::broken_intra_doc_links)]

// Each pass, and each scanner the figures pass tries, is compiled out of line
// (`#[inline(never)]`): V8 optimises a hot WebAssembly function whole, in the background of the
// first annotations, and one 24 KB function holding them all took it about 90 ms. The Makefile
// keeps wasm-opt from inlining them back.
mod buckets;
mod calendar;
mod data;
mod document;
mod entities;
mod error;
mod figures;
mod lexicon;
mod lower;
mod names;
mod offsets;
mod quotes;
mod text;
#[cfg(target_arch = "wasm32")]
pub mod wasm;
mod wordhash;

use serde::Deserialize;

pub use document::{
    Change, Document, Entity, Figure, FigureKind, Mention, MentionKind, Quote, QuoteKind, Span,
};
pub use error::Error;
pub use offsets::OffsetUnit;

/// Training the names tagger; only with the `train` feature.
#[cfg(feature = "train")]
#[doc(hidden)]
pub use names::training;

use document::Found;
use entities::Grouped;
use lexicon::Lexicon;
use text::{Taken, Tokens};

/// The longest text accepted, in bytes of UTF-8: 16 MiB.
pub const MAX_INPUT_BYTES: usize = 16 * 1024 * 1024;

/// Settings for one call of [`Annotator::annotate_with`].
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct Options {
    /// The article's date, `YYYY-MM-DD`, against which relative dates ("Tuesday") resolve.
    pub date: Option<String>,
    /// Whether to report indirect speech ("Lukin said the summit would …") as quotes of
    /// kind `indirect`. Off by default.
    pub indirect: bool,
}

/// Annotates texts. Building one reads the embedded word lists and model where they lie, which
/// is cheap; keep it and reuse it all the same.
pub struct Annotator {
    lexicon: Lexicon,
    names: names::NameFinder,
}

impl Annotator {
    /// Builds an annotator over its embedded word lists and model.
    ///
    /// # Errors
    ///
    /// When the embedded model or word-list table is damaged.
    pub fn new() -> Result<Annotator, Error> {
        let lexicon = Lexicon::load()?;
        let names = names::NameFinder::new()?;
        Ok(Annotator { lexicon, names })
    }

    /// Annotates `text` with default [`Options`].
    ///
    /// # Errors
    ///
    /// When `text` is longer than [`MAX_INPUT_BYTES`].
    pub fn annotate(&self, text: &str) -> Result<Document, Error> {
        self.annotate_with(text, &Options::default())
    }

    /// Annotates `text` with `options`.
    ///
    /// # Errors
    ///
    /// When `text` is longer than [`MAX_INPUT_BYTES`], or the date in `options` is not a day
    /// that exists, written `YYYY-MM-DD`.
    pub fn annotate_with(&self, text: &str, options: &Options) -> Result<Document, Error> {
        self.annotate_in(text, options, OffsetUnit::Utf16)
    }

    /// Annotates `text` with `options`, its offsets counted in `unit`: code points for hosts
    /// whose strings are indexed by them, such as Python's.
    ///
    /// # Errors
    ///
    /// As [`Annotator::annotate_with`].
    pub fn annotate_in(
        &self,
        text: &str,
        options: &Options,
        unit: OffsetUnit,
    ) -> Result<Document, Error> {
        Ok(document::build(text, self.found(text, options)?, unit))
    }

    /// What all the passes find in `text`: the internal result each emitter turns into its
    /// host's objects.
    fn found(&self, text: &str, options: &Options) -> Result<Found, Error> {
        if text.len() > MAX_INPUT_BYTES {
            return Err(Error::too_large(text.len(), MAX_INPUT_BYTES));
        }
        let today = match options.date.as_deref() {
            Some(date) => Some(calendar::Day::parse(date).ok_or_else(|| Error::bad_date(date))?),
            None => None,
        };
        Ok(self.find(text, today, options.indirect, Pass::Quotes))
    }

    /// Runs the tokenizer and the passes up to `last`, without building a [`Document`], and
    /// returns how many things they found; for the benchmark in `benches/pipeline.rs`, not
    /// part of the API.
    #[doc(hidden)]
    pub fn run_through(&self, text: &str, date: Option<&str>, last: Pass) -> usize {
        let found = self.find(text, date.and_then(calendar::Day::parse), false, last);
        found.figures.len() + found.mentions.len() + found.quotes.len()
    }

    /// What the passes up to `last` find in `text`, in token spans. Each pass hands the next
    /// token ranges: figures mark their tokens taken, names leave those out, entities group
    /// the mentions and say which entity each is of, quotes search the mentions by token.
    fn find(&self, text: &str, today: Option<calendar::Day>, indirect: bool, last: Pass) -> Found {
        let tokens = Tokens::new(text);
        let figures = figures::find(&tokens, today);
        if last == Pass::Figures {
            return Found {
                figures,
                ..Found::default()
            };
        }
        let taken = Taken::new(&tokens, figures.iter().map(|f| f.span));
        let mentions = self.names.find(&tokens, &self.lexicon, &taken);
        let Grouped {
            entities,
            entity_of,
        } = entities::group(&tokens, &self.lexicon, &mentions);
        if last == Pass::Names {
            return Found {
                mentions,
                entities,
                entity_of,
                figures,
                ..Found::default()
            };
        }
        let names = quotes::Mentions {
            mentions: &mentions,
            entity_of: &entity_of,
        };
        let quotes = quotes::find(&tokens, &self.lexicon, &names, indirect);
        Found {
            mentions,
            entities,
            entity_of,
            quotes,
            figures,
        }
    }
}

/// The passes, in the order they run (each reads what the ones before it found); for
/// [`Annotator::run_through`].
#[doc(hidden)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pass {
    /// Figures.
    Figures,
    /// Names and the entities they group into.
    Names,
    /// Quotes, with their speakers.
    Quotes,
}

/// Annotates `text` with an annotator built on first use and shared after.
///
/// # Errors
///
/// As [`Annotator::annotate`].
pub fn annotate(text: &str) -> Result<Document, Error> {
    shared_annotator()?.annotate(text)
}

/// The annotator [`annotate`] uses, built on first use.
fn shared_annotator() -> Result<&'static Annotator, Error> {
    static SHARED: std::sync::OnceLock<Annotator> = std::sync::OnceLock::new();
    if let Some(a) = SHARED.get() {
        return Ok(a);
    }
    let built = Annotator::new()?;
    Ok(SHARED.get_or_init(|| built))
}

/// The README's Rust example, run as a doctest.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
