//! Indirect speech: reported clauses without quote marks ("Lukin said the summit would …",
//! "The summit will help, Lukin said."), found sentence by sentence in one pass.

use super::attribution::Attribution;
use super::{attribution, sentence};
use crate::lexicon::Lexicon;
use crate::text::{Gap, TokenKind, TokenRange, Tokens};

/// The fewest words a reported clause may have.
const MIN_CLAUSE_WORDS: usize = 3;
/// How far after a cue a "that" opening the clause may stand (`said on Monday in a
/// statement that`).
const THAT_REACH: usize = 10;
/// How many words may name the one told before the reported clause (`told Russian state
/// television he …`).
const TOLD_OBJECT: usize = 5;
/// How many tokens may follow an attribution closing a sentence (`, Lukin said on Tuesday.`).
const TAIL: usize = 6;

/// The reported clauses of `tokens`, with their attributions, in order. Sentences that hold
/// a quote mark are left to the quotations (`quoted`: token ranges of the paired marks,
/// sorted).
#[inline(never)]
pub(super) fn find(
    tokens: &Tokens,
    lexicon: &Lexicon,
    quoted: &[(usize, usize)],
) -> Vec<(TokenRange, Attribution)> {
    let mut found = Vec::new();
    let mut next_quote = 0;
    let mut start = 0;
    while start < tokens.len() {
        let end = (start + 1..tokens.len())
            .find(|&j| tokens.tokens[j].sentence_start || tokens.gap(j) >= Gap::Line)
            .unwrap_or(tokens.len());
        while next_quote < quoted.len() && quoted[next_quote].1 < start {
            next_quote += 1;
        }
        let has_quote = quoted.get(next_quote).is_some_and(|&(open, _)| open < end)
            || (start..end).any(|j| sentence::is_quote_mark(tokens.str(j)));
        if !has_quote {
            if let Some(report) = closing(tokens, lexicon, start, end)
                .or_else(|| opening(tokens, lexicon, start, end))
            {
                found.push(report);
            }
        }
        start = end;
    }
    found
}

/// A sentence that ends with its attribution: `The summit will help, Lukin said.`,
/// `…, said Lukin.`, `…, according to Lukin.`
fn closing(
    tokens: &Tokens,
    lexicon: &Lexicon,
    start: usize,
    end: usize,
) -> Option<(TokenRange, Attribution)> {
    let last = trim_end(tokens, start, end);
    let comma = (start..last)
        .rev()
        .take(attribution::AFTER_REACH)
        .find(|&j| tokens.get(j) == ",")?;
    let report = attribution::after(tokens, lexicon, comma.checked_sub(1)?)?;
    let speaker = report.speaker?;
    let clause_end = speaker.1.max(report.cue.1);
    let content = (start, comma);
    let cue = tokens.str(report.cue.0);
    let reports = lexicon.clause_cues.contains(cue) || cue.eq_ignore_ascii_case("according");
    (clause_end + TAIL >= last && speaker.0 > comma && reports && enough_words(tokens, content))
        .then_some((
            content,
            Attribution {
                cue: report.cue,
                speaker: Some(speaker),
            },
        ))
}

/// A sentence whose reporting clause comes first: `Lukin said (that) the summit …`,
/// `Kim told reporters he …`.
fn opening(
    tokens: &Tokens,
    lexicon: &Lexicon,
    start: usize,
    end: usize,
) -> Option<(TokenRange, Attribution)> {
    let last = trim_end(tokens, start, end);
    if tokens.str(start).eq_ignore_ascii_case("according") && tokens.get(start + 1) == "to" {
        // `According to the ministry, the rules …`
        let speaker = attribution::speaker_after(tokens, start + 2)?;
        let comma = (speaker.1..last)
            .take(attribution::AFTER_REACH)
            .find(|&j| tokens.get(j) == ",")?;
        let content = (comma + 1, last);
        return enough_words(tokens, content).then_some((
            content,
            Attribution {
                cue: (start, start + 2),
                speaker: Some(speaker),
            },
        ));
    }
    let cue = (start..end).find(|&j| {
        attribution::cue_at(tokens, lexicon, j).is_some()
            && lexicon.clause_cues.contains(tokens.str(j))
    })?;
    let cue_end = attribution::cue_at(tokens, lexicon, cue)?;
    let speaker = attribution::speaker_before(tokens, start, cue)?;
    let clause = clause_start(tokens, cue, cue_end, last)?;
    let content = (clause, last);
    enough_words(tokens, content).then_some((
        content,
        Attribution {
            cue: (cue, cue_end),
            speaker: Some(speaker),
        },
    ))
}

/// Where the reported clause after a cue starts: after a "that" close by, else right after
/// the cue when a clause can start there (`said the talks …`), or after the one told
/// (`told reporters the talks …`).
fn clause_start(tokens: &Tokens, cue: usize, cue_end: usize, last: usize) -> Option<usize> {
    let reach = (cue_end + THAT_REACH).min(last);
    if let Some(that) = (cue_end..reach)
        .take_while(|&j| tokens.get(j) != ",")
        .find(|&j| tokens.get(j) == "that")
    {
        return Some(that + 1);
    }
    let told = matches!(tokens.str(cue), "told" | "tells" | "tell");
    let first = if told {
        (cue_end + 1..(cue_end + 1 + TOLD_OBJECT).min(last))
            .find(|&j| starts_clause(tokens, j) && !tokens.is_capitalised(j))?
    } else {
        cue_end
    };
    (first < last && starts_clause(tokens, first)).then_some(first)
}

/// Whether a clause may start at token `j`: a subject pronoun, an article, a name or a number.
fn starts_clause(tokens: &Tokens, j: usize) -> bool {
    let word = tokens.get(j);
    sentence::is_pronoun(word)
        || matches!(
            word,
            "the"
                | "a"
                | "an"
                | "his"
                | "her"
                | "its"
                | "their"
                | "there"
                | "this"
                | "these"
                | "some"
                | "no"
        )
        || (tokens.is_capitalised(j) && !crate::calendar::is_weekday_name(word))
        || tokens.tokens[j].kind == TokenKind::Number
}

/// The end of a sentence's words, before its closing stop.
fn trim_end(tokens: &Tokens, start: usize, end: usize) -> usize {
    let mut last = end;
    while last > start
        && matches!(
            tokens.get(last - 1),
            "." | "!" | "?" | "…" | ";" | ":" | ","
        )
    {
        last -= 1;
    }
    last
}

/// Whether a token range holds enough words to be a reported clause.
fn enough_words(tokens: &Tokens, (a, b): TokenRange) -> bool {
    (a..b)
        .filter(|&j| tokens.tokens[j].kind == TokenKind::Word)
        .count()
        >= MIN_CLAUSE_WORDS
}
