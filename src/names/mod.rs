//! The names pass: finds the people, organisations, places and nationalities a text names,
//! with a learned tagger over the tokens.

mod features;
mod tagger;
#[cfg(feature = "train")]
pub mod training;

use crate::document::{ByteSpan, FoundMention, MentionKind};
use crate::lexicon::Lexicon;
use crate::text::Tokens;

use features::{Gazetteer, TokenView};
use tagger::Label;

/// The trained model, written by `train_names` (see `src/data/SOURCES-model.md`).
const MODEL: &[u8] = include_bytes!("../data/names.model");

/// The tagger and the word lists its features read.
pub(crate) struct Names {
    tagger: tagger::Tagger,
    gazetteer: Gazetteer,
}

impl Names {
    /// Loads the embedded model and hashes the word lists of `lexicon`.
    ///
    /// # Errors
    ///
    /// When the embedded model is damaged.
    pub(crate) fn new(lexicon: &Lexicon) -> Result<Names, crate::Error> {
        let tagger = tagger::Tagger::from_bytes(MODEL).map_err(|_| crate::Error::bad_model("names"))?;
        Ok(Names { tagger, gazetteer: Gazetteer::new(lexicon) })
    }

    /// Finds the names in `tokens`, sorted by start, outside the `taken` byte spans (sorted
    /// figures such as "US$34 million", whose "US" is no place).
    /// A title the tagger took into a name ("President Putin") is left out of it.
    pub(crate) fn find(&self, tokens: &Tokens, lexicon: &Lexicon, taken: &[ByteSpan]) -> Vec<FoundMention> {
        let view = TokenView::new(tokens, &self.gazetteer);
        let tags = self.tagger.tag(&view);
        let mut taken = taken.iter().peekable();
        let mut out = Vec::new();
        for (mut start, end, label) in tagger::spans(&tags) {
            while start + 1 < end && label == Label::Per && lexicon.is_title(tokens.str(start)) {
                start += 1;
            }
            let Some(kind) = kind_of(&self.gazetteer, &view, start, end, label) else { continue };
            let span = ByteSpan::new(tokens.tokens[start].start, tokens.tokens[end - 1].end);
            while taken.next_if(|s| s.end <= span.start).is_some() {}
            if taken.peek().is_some_and(|s| s.start < span.end) {
                continue;
            }
            out.push(FoundMention { span, kind });
        }
        out
    }
}

/// The kind of mention a tagged name makes: MISC names count only as nationalities and groups.
fn kind_of(gazetteer: &Gazetteer, view: &TokenView, start: usize, end: usize, label: Label) -> Option<MentionKind> {
    match label {
        Label::Per => Some(MentionKind::Person),
        Label::Org => Some(MentionKind::Organization),
        Label::Loc => Some(MentionKind::Place),
        Label::Misc => (gazetteer.is_demonym(view, start, end) || looks_demonym(view.tokens.str(end - 1)))
            .then_some(MentionKind::Nationality),
    }
}

/// Whether a word has the ending of a nationality ("Russian", "Chinese", "Iraqi", "Dutch").
fn looks_demonym(word: &str) -> bool {
    let word = word.strip_suffix('s').filter(|w| w.ends_with("an") || w.ends_with('i')).unwrap_or(word);
    let lower = word.to_lowercase();
    word.chars().count() > 3
        && ["an", "ese", "ish", "i", "ch", "ic"].iter().any(|e| lower.ends_with(e))
}
