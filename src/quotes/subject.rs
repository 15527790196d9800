//! The subject of a clause: who a reporting verb without a speaker beside it belongs to
//! (`Lukin smiled, saying, “…”`), who introduces a quotation after a colon, and whether a
//! quotation continues the speaker of the one before it.

use super::mentions::Mentions;
use super::{attribution, resolve, sentence};
use crate::document::MentionKind;
use crate::lexicon::Lexicon;
use crate::text::{Gap, TokenKind, TokenRange, Tokens};

/// How many tokens a dateline opening a sentence may have (`WASHINGTON, Dec. 8 (UPI) —`).
pub(super) const DATELINE_LEN: usize = 10;

/// How far into its clause a name may start and still be the clause's subject rather than a
/// description before it.
pub(super) const DESCRIPTION_REACH: usize = 5;

/// The last attributed quotation, which the next one may continue.
pub(super) struct Previous {
    /// Its speaker.
    pub(super) speaker: TokenRange,
    /// Its cue.
    pub(super) cue: Option<TokenRange>,
    /// The entity its speaker resolves to.
    pub(super) entity: Option<usize>,
    /// Its closing mark.
    pub(super) close: usize,
    /// The paragraph of its closing mark.
    pub(super) paragraph: usize,
    /// Whether its paragraph ends soon after it.
    pub(super) ends_paragraph: bool,
}

/// Whether a quotation opening at `open` in `paragraph` continues the `previous` one: it
/// stands in the same paragraph, or opens the next one; and no other person is the subject
/// of a main clause between them (`“…,” Roe said, after Kim stated … . “…”` goes on).
pub(super) fn continues(
    tokens: &Tokens,
    lexicon: &Lexicon,
    names: &Mentions,
    previous: &Previous,
    open: usize,
    paragraph: usize,
) -> bool {
    let placed = paragraph == previous.paragraph
        || (paragraph == previous.paragraph + 1
            && previous.ends_paragraph
            && tokens.gap(open) >= Gap::Line);
    if !placed {
        return false;
    }
    let speaker = previous.speaker;
    !(names.starting_from(previous.close + 1)..names.mentions.len())
        .take_while(|&i| names.mentions[i].span.first() < open)
        .any(|i| {
            let m = &names.mentions[i];
            let in_speaker = m.span.first() >= speaker.0 && m.span.end() <= speaker.1;
            let first = m.span.first();
            m.kind == MentionKind::Person
                && !in_speaker
                && names.entity(i) != previous.entity
                && resolve::is_subject(tokens, lexicon, m)
                && !attribution::in_subordinate_clause(
                    tokens,
                    sentence::sentence_start(tokens, first),
                    first,
                )
        })
}

/// The subject of the sentence holding a cue with no speaker beside it (`Lukin smiled,
/// saying, “…”`): the pronoun that opens it, else its first person or organisation, else
/// the capitalised words that open it. A leading adverbial phrase is passed over.
pub(super) fn subject(
    tokens: &Tokens,
    lexicon: &Lexicon,
    names: &Mentions,
    cue: usize,
) -> Option<TokenRange> {
    let mut floor = sentence::sentence_start(tokens, cue);
    // `WASHINGTON (AFP) – Clinton has …`: a dateline is no subject.
    if let Some(dash) = (floor..(floor + DATELINE_LEN).min(cue))
        .find(|&j| matches!(tokens.get(j), "—" | "–" | "-") && tokens.gap(j) > Gap::None)
    {
        if (floor..dash).all(|j| {
            tokens.is_capitalised(j)
                || tokens.tokens[j].kind == TokenKind::Number
                || matches!(tokens.get(j), "(" | ")" | "," | ".")
        }) {
            floor = dash + 1;
        }
    }
    // `In a speech on Monday, Roe …`, `Asked about it, she …`: the subject follows the comma.
    if sentence::opens_adverbial(tokens.get(floor)) {
        if let Some(comma) = (floor..cue).find(|&j| tokens.get(j) == ",") {
            floor = comma + 1;
        }
    }
    if floor >= cue {
        return None;
    }
    if sentence::is_pronoun(tokens.str(floor)) {
        return Some((floor, floor + 1));
    }
    let named = (names.starting_from(floor)..names.mentions.len())
        .take_while(|&i| names.mentions[i].span.end() <= cue)
        .find(|&i| {
            matches!(
                names.mentions[i].kind,
                MentionKind::Person | MentionKind::Organization
            )
        })
        .map(|i| names.mentions[i].span.tokens());
    // `Small groups of protesters continued …, chanting`, `the band leader called …`: a
    // description opening the clause, when no name does.
    let far = named.is_none_or(|(a, _)| {
        a > floor + DESCRIPTION_REACH || (floor..a).any(|j| tokens.get(j) == ",")
    });
    if far {
        if let Some(d) = description_at(tokens, lexicon, floor, cue) {
            return Some(d);
        }
    }
    if let Some((a, b)) = named {
        return (a < b).then_some((a, b));
    }
    // A name the names pass did not find: the capitalised words that open the clause.
    let names_end = (floor..cue)
        .take_while(|&j| tokens.is_capitalised(j) || (j > floor && tokens.get(j) == "."))
        .last()?;
    (sentence::starts_name(tokens, floor) && !sentence::opens_adverbial(tokens.str(floor)))
        .then_some((floor, names_end + 1))
}

/// The subject opening the sentence of token `at`, before it (after a leading adverbial
/// phrase): a pronoun or name in the first few tokens.
pub(super) fn opening_subject(
    tokens: &Tokens,
    lexicon: &Lexicon,
    names: &Mentions,
    at: usize,
) -> Option<TokenRange> {
    let s = subject(tokens, lexicon, names, at)?;
    let mut floor = sentence::sentence_start(tokens, at);
    if sentence::opens_adverbial(tokens.get(floor)) {
        if let Some(comma) = (floor..at).find(|&j| tokens.get(j) == ",") {
            floor = comma + 1;
        }
    }
    (s.0 >= floor && s.0 <= floor + 4 && s.1 <= at && !(floor..s.0).any(|j| tokens.get(j) == ","))
        .then_some(s)
}

/// Who introduces a quotation after a colon without a reporting verb: the name just before
/// the colon (`Pollster Ann Roe: “…”`), else the subject of that sentence (`The agency
/// released a statement: “…”`).
pub(super) fn introducer(
    tokens: &Tokens,
    lexicon: &Lexicon,
    names: &Mentions,
    open: usize,
) -> Option<TokenRange> {
    let colon = open.checked_sub(1).filter(|&c| tokens.get(c) == ":")?;
    let floor = sentence::sentence_start(tokens, colon);
    attribution::speaker_before(tokens, floor, colon)
        .filter(|&r| names.has_name(r))
        .or_else(|| subject(tokens, lexicon, names, colon))
}

/// The description opening a clause at `floor`, before token `cue`: a determiner or
/// capitalised word, then words up to a noun that can speak ("the band leader", "Small groups
/// of protesters"), at most `DESCRIPTION_WORDS` of them.
pub(super) fn description_at(
    tokens: &Tokens,
    lexicon: &Lexicon,
    floor: usize,
    cue: usize,
) -> Option<TokenRange> {
    pub(super) const DESCRIPTION_WORDS: usize = 6;
    let first = tokens.str(floor);
    let opens = matches!(
        first.to_ascii_lowercase().as_str(),
        "the" | "a" | "an" | "some" | "many" | "several" | "other" | "two" | "three"
    ) || tokens.is_capitalised(floor);
    if !opens || sentence::is_pronoun(first) {
        return None;
    }
    let mut head = None;
    for j in floor..cue.min(floor + DESCRIPTION_WORDS + 1) {
        let t = &tokens.tokens[j];
        if t.kind != TokenKind::Word || (j > floor && t.sentence_start) {
            break;
        }
        let word = tokens.str(j);
        let lower = word.to_ascii_lowercase();
        if j > floor
            && (lexicon.cue_verbs.contains(&lower) || lexicon.evaluation_verbs.contains(&lower))
        {
            break;
        }
        if j > floor
            && !tokens.is_capitalised(j)
            && lexicon.function_words.contains(&lower)
            && lower != "of"
        {
            break;
        }
        if !tokens.is_capitalised(j)
            && (lexicon.speaker_nouns.contains(&lower) || sentence::person_ending(&lower))
        {
            head = Some(j);
        }
    }
    head.map(|h| (floor, h + 1))
}
