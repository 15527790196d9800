//! The quotes pass: pairs quote marks into quotations and finds who the text says spoke
//! each one, from the reporting verb ("said", "told") and the mention beside it.

use crate::document::{ByteSpan, FoundMention, FoundQuote, MentionKind, QuoteKind};
use crate::lexicon::{Gender, Lexicon};
use crate::text::{Gap, TokenKind, Tokens};

/// How far, in tokens, a reporting verb may stand from its quote.
const CUE_REACH: usize = 8;
/// How many tokens a description of a speaker ("the Kremlin adviser") may have.
const DESCRIPTION_LEN: usize = 5;

/// What the quotes pass reads besides the tokens: the names found, and their entities.
pub(crate) struct Names<'a> {
    pub(crate) mentions: &'a [FoundMention],
    /// The entity of each mention.
    pub(crate) entity_of: &'a [Option<usize>],
}

/// Finds quotations in `tokens` and attributes them, sorted by start.
pub(crate) fn find(tokens: &Tokens, lexicon: &Lexicon, names: &Names) -> Vec<FoundQuote> {
    pair_marks(tokens)
        .into_iter()
        .map(|(open, close)| attribute(tokens, lexicon, names, open, close))
        .collect()
}

/// Which side of a quotation a mark may stand on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mark {
    Open,
    Close,
    /// A straight mark: which side depends on the spaces around it.
    Either,
}

/// The quote marks of the double family (“ ” " « ») and the single family (‘ ’).
fn mark(s: &str) -> Option<(Mark, bool)> {
    Some(match s {
        "“" | "«" | "„" => (Mark::Open, true),
        "”" | "»" => (Mark::Close, true),
        "\"" => (Mark::Either, true),
        "‘" => (Mark::Open, false),
        "’" => (Mark::Close, false),
        _ => return None,
    })
}

/// Pairs opening and closing marks into `(open token, close token)`, in order. A quote may
/// run over paragraphs only when each new paragraph opens with a mark; an unbalanced mark is
/// dropped at the end of its paragraph, so it never swallows the rest of the article.
fn pair_marks(tokens: &Tokens) -> Vec<(usize, usize)> {
    let mut pairs = Vec::new();
    let mut open: Option<(usize, bool)> = None; // (token, double family)
    for i in 0..tokens.len() {
        let t = &tokens.tokens[i];
        if let Some((start, _)) = open {
            if t.gap == Gap::Paragraph && i > start + 1 {
                let continues = t.kind == TokenKind::Punct
                    && mark(tokens.str(i)).is_some_and(|(m, _)| m != Mark::Close);
                if continues {
                    continue; // the quote goes on in this paragraph
                }
                open = None;
            }
        }
        if t.kind != TokenKind::Punct {
            continue;
        }
        let Some((side, double)) = mark(tokens.str(i)) else { continue };
        let side = match side {
            Mark::Either => straight_side(tokens, i),
            Mark::Close if !double => {
                if !single_closes(tokens, i) {
                    continue; // an apostrophe: "Kim’s", "leaders’"
                }
                Mark::Close
            }
            Mark::Open if !double && tokens.gap(i) == Gap::None && i > 0 => continue,
            side => side,
        };
        match (open, side) {
            (None, Mark::Open) => open = Some((i, double)),
            (Some((start, d)), Mark::Close) if d == double => {
                if i > start + 1 {
                    pairs.push((start, i));
                }
                open = None;
            }
            // Singles inside doubles are nested quotes, part of the outer one.
            (Some((_, true)), _) if !double => {}
            (Some(_), Mark::Open) => open = Some((i, double)),
            _ => {}
        }
    }
    pairs
}

/// A straight double mark opens when space or an opening bracket stands before it.
fn straight_side(tokens: &Tokens, i: usize) -> Mark {
    let before_space = i == 0 || tokens.gap(i) != Gap::None
        || matches!(tokens.get(i - 1), "(" | "[" | "—" | "–");
    let after_space = i + 1 >= tokens.len() || tokens.gap(i + 1) != Gap::None;
    if before_space && !after_space {
        Mark::Open
    } else {
        Mark::Close
    }
}

/// A right single mark closes a quote when no letter follows it ("’s" and "’90s" do not).
fn single_closes(tokens: &Tokens, i: usize) -> bool {
    i + 1 >= tokens.len() || tokens.gap(i + 1) != Gap::None || tokens.tokens[i + 1].kind == TokenKind::Punct
}

/// Makes the quotation between marks `open` and `close` and finds its speaker.
fn attribute(tokens: &Tokens, lexicon: &Lexicon, names: &Names, open: usize, close: usize) -> FoundQuote {
    let span = ByteSpan::new(tokens.tokens[open].start, tokens.tokens[close].end);
    let partial = is_partial(tokens, lexicon, open);
    let found = if partial {
        cue_before(tokens, lexicon, open, true).or_else(|| cue_after(tokens, lexicon, close))
    } else {
        cue_after(tokens, lexicon, close).or_else(|| cue_before(tokens, lexicon, open, false))
    };
    let (speaker, cue) = match found {
        Some((cue, speaker)) => (speaker, Some(cue)),
        None => (None, None),
    };
    let speaker_span = speaker.map(|(a, b)| ByteSpan::new(tokens.tokens[a].start, tokens.tokens[b - 1].end));
    let entity = speaker.and_then(|(a, b)| resolve(tokens, lexicon, names, a, b));
    FoundQuote {
        span,
        kind: if partial { QuoteKind::Partial } else { QuoteKind::Direct },
        speaker: speaker_span,
        entity,
        cue: cue.map(|(a, b)| ByteSpan::new(tokens.tokens[a].start, tokens.tokens[b - 1].end)),
    }
}

/// A quote is partial when it opens in the middle of a sentence, after a word.
fn is_partial(tokens: &Tokens, lexicon: &Lexicon, open: usize) -> bool {
    !tokens.tokens[open].sentence_start
        && open > 0
        && tokens.tokens[open - 1].kind != TokenKind::Punct
        && cue_at(tokens, lexicon, open - 1).is_none()
}

/// Token ranges `[a, b)`.
type Range = (usize, usize);

/// A cue after the quote: `“…,” Lukin said`, `“…,” said Lukin`, `“…,” according to X`.
fn cue_after(tokens: &Tokens, lexicon: &Lexicon, close: usize) -> Option<(Range, Option<Range>)> {
    let mut i = close + 1;
    if tokens.get(i) == "," {
        i += 1;
    }
    if i >= tokens.len() || tokens.gap(i) >= Gap::Line {
        return None;
    }
    // "said Lukin", "according to X"
    if let Some(cue_end) = cue_at(tokens, lexicon, i) {
        return Some(((i, cue_end), speaker_after(tokens, cue_end)));
    }
    // "Lukin said", "the Kremlin adviser said"
    let limit = (i + CUE_REACH).min(tokens.len());
    let cue = (i + 1..limit)
        .take_while(|&j| !ends_clause(tokens, j))
        .find(|&j| cue_at(tokens, lexicon, j).is_some())?;
    let speaker = speaker_before(tokens, i, cue);
    Some(((cue, cue_at(tokens, lexicon, cue)?), speaker))
}

/// A cue before the quote in the same sentence: `Kim said: “…”`, or the reporting clause of
/// a partial quote (`Ushakov added that Russia would help “create …”`).
fn cue_before(tokens: &Tokens, lexicon: &Lexicon, open: usize, whole_sentence: bool) -> Option<(Range, Option<Range>)> {
    let sentence_start = (0..=open).rev().find(|&j| tokens.tokens[j].sentence_start).unwrap_or(0);
    let reach = if whole_sentence { usize::MAX } else { CUE_REACH };
    let cue = (sentence_start..open)
        .rev()
        .take(reach)
        .find(|&j| cue_at(tokens, lexicon, j).is_some() && tokens.tokens[j].kind == TokenKind::Word)?;
    let cue_end = cue_at(tokens, lexicon, cue)?;
    let speaker = speaker_before(tokens, sentence_start, cue).or_else(|| speaker_after(tokens, cue_end));
    Some(((cue, cue_end), speaker))
}

/// If a reporting verb (or "according to") starts at token `i`, where it ends.
fn cue_at(tokens: &Tokens, lexicon: &Lexicon, i: usize) -> Option<usize> {
    let word = tokens.get(i);
    if word == "according" && tokens.get(i + 1) == "to" {
        return Some(i + 2);
    }
    (tokens.tokens.get(i)?.kind == TokenKind::Word
        && word.chars().next().is_some_and(char::is_lowercase)
        && lexicon.is_cue(word))
    .then_some(i + 1)
}

/// Whether token `j` ends a clause: a sentence stop or a new quotation.
fn ends_clause(tokens: &Tokens, j: usize) -> bool {
    tokens.tokens[j].sentence_start || matches!(tokens.str(j), "“" | "\"" | "«" | ";")
}

/// The speaker just before a cue at `cue`: the words back to `floor` that name or
/// describe someone ("Lukin", "he", "the Kremlin adviser", "Russia's foreign minister").
fn speaker_before(tokens: &Tokens, floor: usize, cue: usize) -> Option<Range> {
    let end = cue;
    let mut start = cue;
    while start > floor && cue - start < DESCRIPTION_LEN {
        let j = start - 1;
        let t = &tokens.tokens[j];
        let word = tokens.str(j);
        let joins = t.kind == TokenKind::Word || matches!(word, "-" | "." | "’" | "'") && t.gap == Gap::None;
        if !joins || matches!(word, "and" | "that" | "who" | "which" | "also" | "then" | "has" | "had" | "have" | "was" | "is" | "will" | "would") {
            break;
        }
        start = j;
        if is_pronoun(word) || matches!(word, "the" | "The" | "a" | "A" | "an" | "An" | "his" | "her" | "its" | "their") {
            break;
        }
    }
    (start < end && tokens.tokens[start].kind == TokenKind::Word).then_some((start, end))
}

/// The speaker just after a cue ending at `from`: `said Lukin`, `said the minister`,
/// `according to a statement`.
fn speaker_after(tokens: &Tokens, from: usize) -> Option<Range> {
    if from >= tokens.len() || tokens.gap(from) != Gap::Space || tokens.tokens[from].kind != TokenKind::Word {
        return None;
    }
    if is_pronoun(tokens.str(from)) {
        return Some((from, from + 1));
    }
    let mut end = from;
    while end < tokens.len() && end - from < DESCRIPTION_LEN {
        let t = &tokens.tokens[end];
        let word = tokens.str(end);
        let joins = t.kind == TokenKind::Word || (matches!(word, "-" | "." | "’" | "'") && t.gap == Gap::None);
        if !joins || (end > from && (t.gap > Gap::Space || matches!(word, "on" | "in" | "at" | "that" | "who" | "which" | "to" | "and" | "of" | "after" | "before" | "during" | "when" | "as"))) {
            break;
        }
        end += 1;
    }
    (end > from).then_some((from, end))
}

fn is_pronoun(word: &str) -> bool {
    matches!(word, "he" | "He" | "she" | "She" | "they" | "They" | "it" | "It" | "we" | "We" | "I")
}

/// The entity a speaker names: the mention inside it, or for a pronoun the nearest earlier
/// compatible mention.
fn resolve(tokens: &Tokens, lexicon: &Lexicon, names: &Names, a: usize, b: usize) -> Option<usize> {
    let (start, end) = (tokens.tokens[a].start, tokens.tokens[b - 1].end);
    let inside = names.mentions.iter().enumerate().rev().find(|(_, m)| {
        m.span.start >= start && m.span.end <= end && m.kind != MentionKind::Nationality && m.kind != MentionKind::Place
    });
    if let Some((i, _)) = inside {
        return names.entity_of[i];
    }
    let word = tokens.str(a);
    if b - a != 1 || !is_pronoun(word) {
        return None;
    }
    let wanted = match word.to_lowercase().as_str() {
        "he" => Some(Gender::Male),
        "she" => Some(Gender::Female),
        "they" | "it" | "we" => None,
        _ => return None,
    };
    let person = wanted.is_some();
    let (i, _) = names.mentions.iter().enumerate().rev().filter(|(_, m)| m.span.end <= start).find(|(_, m)| {
        if person {
            m.kind == MentionKind::Person && gender_fits(tokens.text, lexicon, m, wanted)
        } else {
            m.kind == MentionKind::Organization
        }
    })?;
    names.entity_of[i]
}

/// Whether a person mention may be "he" or "she": its entity's first name has no other gender.
fn gender_fits(text: &str, lexicon: &Lexicon, m: &FoundMention, wanted: Option<Gender>) -> bool {
    let first = m.span.of(text).split(' ').next().unwrap_or_default();
    match (lexicon.first_names.get(first), wanted) {
        (Some(&g), Some(w)) if g != Gender::Unknown => g == w,
        _ => true,
    }
}
