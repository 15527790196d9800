//! The speaker of a quoted fragment ("partial quote"): the subject of the clause the
//! fragment sits in (`Critics called the budget “a gift to the rich”` → Critics), whether
//! the clause reports speech or only judges (`branded`, `dismissed as`, `hailed as`).

use super::mentions::Mentions;
use super::{attribution, sentence, subject};
use crate::document::MentionKind;
use crate::lexicon::{Gender, Lexicon};
use crate::text::{TokenKind, TokenRange, Tokens};

/// How many tokens before a fragment a verb judging it may stand (`described the overnight
/// nuclear test as “…”`).
const VERB_REACH: usize = 16;
/// How far after a fragment the agent of a passive verb may stand (`… by business groups`).
const AGENT_REACH: usize = 6;
/// How far into the sentence after a quotation its reporting verb may stand (`That was how
/// Ruto put it.`).
const NEXT_REACH: usize = 10;

/// How many words may stand between a reporting verb and the pronoun opening the clause it
/// reports (`said on Friday that she`).
const REPORTED_GAP: usize = 4;

/// The named person who reports the clause a pronoun speaker opens (`Roberts said Friday that
/// she thinks …` → Roberts), when the pronoun may stand for that person: the speaker of the
/// reporting verb just before the pronoun, in its sentence. A pronoun reported by another
/// pronoun (`She said she would …`) or a description stays. Gives the name with its entity.
pub(super) fn reporter(
    tokens: &Tokens,
    lexicon: &Lexicon,
    names: &Mentions,
    genders: &[Gender],
    speaker: TokenRange,
) -> Option<(TokenRange, Option<usize>)> {
    let p = speaker.0;
    let wanted = match tokens.str(p) {
        "he" => Gender::Male,
        "she" => Gender::Female,
        _ => return None,
    };
    if speaker.1 != p + 1 || p == 0 {
        return None;
    }
    let floor = sentence::sentence_start(tokens, p);
    let mut k = p - 1;
    if tokens.get(k) == "that" && k > floor {
        k -= 1;
    }
    let cue = (k.saturating_sub(REPORTED_GAP).max(floor)..=k)
        .rev()
        .take_while(|&j| tokens.tokens[j].kind != TokenKind::Punct)
        .find(|&j| attribution::cue_at(tokens, lexicon, j).is_some_and(|e| e <= k + 1))?;
    let name = attribution::speaker_before(tokens, floor, cue)?;
    let person = names
        .inside(name)
        .any(|i| names.mentions[i].kind == MentionKind::Person);
    let entity = super::resolve::entity(tokens, lexicon, names, genders, name);
    let gender = entity
        .and_then(|e| genders.get(e).copied())
        .unwrap_or(Gender::Unknown);
    (person && (gender == Gender::Unknown || gender == wanted)).then_some((name, entity))
}

/// Whether a speaker found for a fragment can speak: a pronoun, a name, or a description
/// whose head is a noun for people, groups or documents ("critics", "the ministry", "the
/// report"). Rules out phrases read off the wrong words ("a controversial", "2010").
pub(super) fn plausible(
    tokens: &Tokens,
    lexicon: &Lexicon,
    names: &Mentions,
    range: TokenRange,
) -> bool {
    sentence::plausible_words(tokens, lexicon, range, |r| names.has_name(r))
}

/// The speaker of a fragment opening at `open` with no reporting clause of its own that can
/// speak: the subject of the nearest verb before it in its sentence that reports or judges
/// (`Reid has been pounding Trump as a “con artist”`), and that verb.
pub(super) fn speaker(
    tokens: &Tokens,
    lexicon: &Lexicon,
    names: &Mentions,
    open: usize,
    close: usize,
) -> Option<(TokenRange, TokenRange)> {
    let floor = sentence::sentence_start(tokens, open).max(open.saturating_sub(VERB_REACH * 3));
    let low = open.saturating_sub(VERB_REACH).max(floor);
    let verb = (low..open).rev().find(|&j| {
        let t = &tokens.tokens[j];
        t.kind == TokenKind::Word
            && !t.sentence_start
            && (lexicon.evaluation_verbs.contains(tokens.str(j))
                || lexicon.cue_verbs.contains(tokens.str(j)))
            && !matches!(
                tokens.get(j.wrapping_sub(1)),
                "the" | "a" | "an" | "his" | "her" | "their" | "its"
            )
    });
    let Some(verb) = verb else {
        // `Reid has gone after Trump as a “human leech”`: whoever casts someone as the fragment.
        let mut j = open - 1;
        if matches!(tokens.get(j), "a" | "an" | "the") && j > 0 {
            j -= 1;
        }
        if tokens.get(j) != "as" || j <= floor {
            return None;
        }
        let s = subject::opening_subject(tokens, lexicon, names, j)
            .filter(|&s| plausible(tokens, lexicon, names, s))?;
        return Some((s, (j, j + 1)));
    };
    let cue = (verb, verb + 1);
    // `was hailed as “a reformer” by business groups`: the passive's agent speaks (without
    // one, `was quoted as saying “…”`, the subject does).
    let passive = verb > 0
        && matches!(
            tokens.get(verb - 1),
            "was" | "were" | "been" | "is" | "are" | "being" | "be"
        );
    if passive {
        let by = (verb + 1..(close + AGENT_REACH).min(tokens.len()))
            .find(|&j| tokens.get(j) == "by" && (j < open || j > close));
        let agent = by.and_then(|b| {
            attribution::speaker_after(tokens, b + 1).or_else(|| {
                // `by business groups`: bare words up to a noun that can speak.
                (b + 1..(b + 4).min(tokens.len()))
                    .take_while(|&j| {
                        tokens.tokens[j].kind == TokenKind::Word
                            && tokens.gap(j) <= crate::text::Gap::Space
                    })
                    .filter(|&j| {
                        let w = tokens.str(j).to_ascii_lowercase();
                        lexicon.speaker_nouns.contains(&w) || sentence::person_ending(&w)
                    })
                    .last()
                    .map(|h| (b + 1, h + 1))
            })
        });
        let agent = agent.filter(|&s| plausible(tokens, lexicon, names, s));
        if let Some(s) = agent {
            return Some((s, cue));
        }
    }
    if let Some(s) = attribution::speaker_before(tokens, floor, verb)
        .filter(|&s| plausible(tokens, lexicon, names, s))
    {
        return Some((s, cue));
    }
    let s = subject::subject(tokens, lexicon, names, verb)
        .filter(|&s| plausible(tokens, lexicon, names, s))?;
    Some((s, cue))
}

/// The speaker of a quotation that opens a sentence with no reporting clause of its own,
/// named in the sentence just before it (`Valastro praised the governor. “We need someone
/// who …”`, `Lynch announced the lawsuit on Monday. “We are seeking …”`): the subject of that
/// sentence's first verb that reports or judges, when that sentence quotes nobody itself.
pub(super) fn previous_sentence(
    tokens: &Tokens,
    lexicon: &Lexicon,
    names: &Mentions,
    open: usize,
) -> Option<(TokenRange, TokenRange)> {
    let opens_sentence =
        tokens.tokens[open].sentence_start || tokens.gap(open) >= crate::text::Gap::Line;
    if !opens_sentence || open == 0 || !matches!(tokens.get(open - 1), "." | "!" | "?") {
        return None;
    }
    let start = sentence::sentence_start(tokens, open - 1);
    // Quote marks, not apostrophes ("the woman’s face"): doubles, and singles that open.
    let quotes = |j: usize| match tokens.str(j) {
        mark if sentence::is_quote_mark(mark) || mark == "‘" => true,
        "’" | "'" => {
            tokens.gap(j) > crate::text::Gap::None && tokens.gap(j + 1) == crate::text::Gap::None
        }
        _ => false,
    };
    if (start..open).any(|j| tokens.tokens[j].kind == TokenKind::Punct && quotes(j)) {
        return None;
    }
    let verb = (start..open).find(|&j| {
        let t = &tokens.tokens[j];
        t.kind == TokenKind::Word
            && !t.sentence_start
            && (attribution::cue_at(tokens, lexicon, j).is_some()
                || lexicon.evaluation_verbs.contains(tokens.str(j)))
            && !matches!(
                tokens.get(j.wrapping_sub(1)),
                "the" | "a" | "an" | "his" | "her" | "their" | "its" | "to"
            )
    })?;
    let cue = (verb, verb + 1);
    let s = attribution::speaker_before(tokens, start, verb)
        .filter(|&s| {
            s.0 == start
                || !matches!(
                    tokens.get(s.0 - 1),
                    "of" | "in" | "at" | "on" | "to" | "from" | "with" | "by" | "for"
                )
        })
        .or_else(|| subject::subject(tokens, lexicon, names, verb))
        .filter(|&s| plausible(tokens, lexicon, names, s))?;
    Some((s, cue))
}

/// The speaker of a quotation named in the sentence right after it, which points back to it
/// (`“…” That was how Ruto put it.`, `So said the minister.`), and that sentence's verb.
pub(super) fn next_sentence(
    tokens: &Tokens,
    lexicon: &Lexicon,
    names: &Mentions,
    close: usize,
) -> Option<(TokenRange, TokenRange)> {
    let start = close + 1;
    if start >= tokens.len()
        || !tokens.tokens[start].sentence_start
        || tokens.gap(start) >= crate::text::Gap::Line
    {
        return None;
    }
    if !matches!(
        tokens.str(start),
        "That" | "This" | "So" | "Such" | "Those" | "These"
    ) {
        return None;
    }
    let end = (start + NEXT_REACH).min(tokens.len());
    let verb = (start + 1..end)
        .take_while(|&j| !tokens.tokens[j].sentence_start)
        .find(|&j| {
            attribution::cue_at(tokens, lexicon, j).is_some()
                || (tokens.str(j) == "put" && tokens.get(j + 1) == "it")
        })?;
    let speaker = if tokens.str(start) == "So" && verb == start + 1 {
        attribution::speaker_after(tokens, verb + 1)
    } else {
        attribution::speaker_before(tokens, start + 1, verb)
    };
    let s = speaker.filter(|&s| plausible(tokens, lexicon, names, s))?;
    Some((s, (verb, verb + 1)))
}
