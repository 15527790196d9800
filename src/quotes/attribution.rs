//! Finds the reporting clause of a quotation: the cue ("said", "told", "according to")
//! beside its marks, and the name, description or pronoun that goes with the cue.

use super::sentence;
use crate::lexicon::Lexicon;
use crate::text::{is_hyphen, Gap, TokenKind, TokenRange, Tokens};

/// A reporting clause: the cue and, when one is found, the speaker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Attribution {
    /// The reporting verb ("said", "according to"), or the dash standing for one (`“…” — Roe`).
    pub(super) cue: TokenRange,
    /// The name, description or pronoun that goes with the cue.
    pub(super) speaker: Option<TokenRange>,
}

/// How far, in tokens, a cue after a closing mark may stand (`“…,” Jane Roe, a senator from
/// Oregon, one of the states suing, said`).
pub(super) const AFTER_REACH: usize = 32;
/// How many tokens may stand between a cue and the direct quote it introduces
/// (`Roe told reporters on Monday: “…”`).
const INTRO_GAP: usize = 25;
/// How far before a participle cue's comma the main clause's cue may stand (`Roe said on
/// Monday, adding`).
const PARTICIPLE_REACH: usize = 5;
/// How many words a description of a speaker may have ("the 34-year-old mother of three").
const DESCRIPTION_LEN: usize = 7;
/// How long an aside between a speaker and the cue may be (`Roe, 25, said`, `Roe (D-Ore.) said`).
const ASIDE_LEN: usize = 24;
/// How far before "and" the clause of a coordinated cue without a reporting verb may start
/// (`I laughed and said`).
const COORDINATED_REACH: usize = 8;
/// How many asides may stand between a speaker and the cue (`Roe (D-Ore.), a senator, said`).
const ASIDES: usize = 3;

/// The reporting clause after a closing mark: `“…,” Lukin said`, `“…,” said Lukin`,
/// `“…” — Lukin`.
#[inline(never)]
pub(super) fn after(tokens: &Tokens, lexicon: &Lexicon, close: usize) -> Option<Attribution> {
    let stop_inside = close > 0 && tokens.get(close - 1) == ".";
    let mut i = close + 1;
    if tokens.get(i) == "," {
        i += 1;
    }
    if i >= tokens.len() || tokens.gap(i) >= Gap::Line {
        return None;
    }
    // A headline naming its speaker after a colon: `'I will not resign': Mahathir`.
    if tokens.get(i) == ":"
        && i + 1 < tokens.len()
        && tokens.gap(i + 1) == Gap::Space
        && tokens.is_capitalised(i + 1)
    {
        let speaker = speaker_after(tokens, i + 1)
            .filter(|&(_, b)| b >= tokens.len() || tokens.gap(b) >= Gap::Line)?;
        return Some(Attribution {
            cue: (i, i + 1),
            speaker: Some(speaker),
        });
    }
    if matches!(tokens.get(i), "—" | "―" | "–" | "-")
        && i + 1 < tokens.len()
        && tokens.is_capitalised(i + 1)
    {
        let speaker = speaker_after(tokens, i + 1)?;
        return Some(Attribution {
            cue: (i, i + 1),
            speaker: Some(speaker),
        });
    }
    if let Some(cue_end) = cue_at(tokens, lexicon, i) {
        let speaker = speaker_after(tokens, cue_end);
        let clause_end = speaker.map_or(cue_end, |(_, b)| b);
        return (!stop_inside || ends_clause_here(tokens, clause_end)).then_some(Attribution {
            cue: (i, cue_end),
            speaker,
        });
    }
    let limit = (i + AFTER_REACH).min(tokens.len());
    let cue = (i + 1..limit)
        .take_while(|&j| !breaks_clause(tokens, j))
        .find(|&j| cue_at(tokens, lexicon, j).is_some())?;
    let cue_end = cue_at(tokens, lexicon, cue)?;
    if stop_inside && !ends_clause_here(tokens, cue_end) {
        return None; // `“…done.” Lukin said the talks …` starts a sentence of its own
    }
    Some(Attribution {
        cue: (cue, cue_end),
        speaker: speaker_before(tokens, i, cue),
    })
}

/// The reporting clause before an opening mark, in the same sentence (`Kim said: “…”`,
/// `According to Lukin, “…”`), or in the sentence ending with a colon just before a quote
/// that opens a paragraph. For a partial quote the cue may stand anywhere earlier in the
/// sentence (`Ushakov added that Russia would help “create …”`).
#[inline(never)]
pub(super) fn before(
    tokens: &Tokens,
    lexicon: &Lexicon,
    open: usize,
    partial: bool,
) -> Option<Attribution> {
    let mut end = open;
    let mut floor = sentence::sentence_start(tokens, open);
    if floor == open && open > 0 && tokens.get(open - 1) == ":" {
        end = open - 1;
        floor = sentence::sentence_start(tokens, end);
    }
    let introduced = end > 0 && tokens.get(end - 1) == ":";
    let low = if partial || introduced {
        floor
    } else {
        end.saturating_sub(INTRO_GAP).max(floor)
    };
    let is_cue = |j: usize| cue_at(tokens, lexicon, j).is_some() || opening_cue(tokens, lexicon, j);
    let nearest = (low..end).rev().find(|&j| is_cue(j))?;
    if partial {
        // `hours after Sanders said he was “encouraged”`: the subordinate clause the fragment
        // sits in reports it.
        if reports_own_clause(tokens, floor, nearest, end) {
            let own = clause_at(tokens, lexicon, floor, end, nearest);
            if own.speaker.is_some() {
                return Some(own);
            }
        }
        // The main clause reports the fragment: `Roe says she thinks the plan is “a mess”`.
        let first = (low..nearest)
            .find(|&j| is_cue(j) && !in_subordinate_clause(tokens, floor, j))
            .map(|cue| clause_at(tokens, lexicon, floor, end, cue));
        if let Some(main) = first.filter(|a| a.speaker.is_some()) {
            return Some(main);
        }
    }
    Some(clause_at(tokens, lexicon, floor, end, nearest))
}

/// How far back from a cue the word opening its subordinate clause may stand.
const SUBORDINATE_REACH: usize = 12;

/// Whether the cue (or the subject) at `cue` stands in a subordinate clause (`Despite what he
/// wrote, …`, `before city officials had weighed in`), not the sentence's main clause: a
/// subordinating word before it in its clause (back to a comma).
pub(super) fn in_subordinate_clause(tokens: &Tokens, floor: usize, cue: usize) -> bool {
    subordinator(tokens, floor, cue).is_some()
}

/// The subordinating word nearest before the cue at `cue` in its clause (back to a comma).
fn subordinator(tokens: &Tokens, floor: usize, cue: usize) -> Option<usize> {
    (cue.saturating_sub(SUBORDINATE_REACH).max(floor)..cue)
        .rev()
        .take_while(|&j| !matches!(tokens.get(j), "," | ";" | "—" | "–"))
        .find(|&j| {
            matches!(
                tokens.str(j).to_ascii_lowercase().as_str(),
                "despite"
                    | "although"
                    | "though"
                    | "while"
                    | "whereas"
                    | "because"
                    | "before"
                    | "after"
                    | "when"
                    | "whenever"
                    | "if"
                    | "unless"
                    | "until"
                    | "since"
                    | "what"
                    | "where"
            )
        })
}

/// Whether the cue at `cue` stands in a subordinate clause that goes on to a quotation opening
/// at `open` (`hours after Sanders said he was “…”`), which that clause then reports rather
/// than the sentence's main clause.
///
/// Only an adverbial clause counts: a condition (`if people think it is “…”`) belongs to what
/// the main clause reports, and so does a relative one (`what Roe called “…”`); and the cue
/// must be the subordinate clause's own, not one of a clause inside it (`before he spoke
/// that he believed …`).
pub(super) fn reports_own_clause(tokens: &Tokens, floor: usize, cue: usize, open: usize) -> bool {
    let Some(word) = subordinator(tokens, floor, cue) else {
        return false;
    };
    cue < open
        && !matches!(
            tokens.str(word).to_ascii_lowercase().as_str(),
            "if" | "unless" | "what" | "where"
        )
        && !(word..cue).any(|j| tokens.get(j) == "that")
        && !(cue..open).any(|j| matches!(tokens.get(j), "," | ";" | ":" | "—" | "–"))
}

/// The reporting clause of the cue at `cue`, in the sentence from `floor`, before a quote
/// opening at `end`.
fn clause_at(
    tokens: &Tokens,
    lexicon: &Lexicon,
    floor: usize,
    end: usize,
    cue: usize,
) -> Attribution {
    let cue_end = cue_at(tokens, lexicon, cue).unwrap_or(cue + 1);
    let according = tokens.str(cue).eq_ignore_ascii_case("according");
    let inverted = according || tokens.tokens[cue].sentence_start;
    // `a statement saying “…”`, `upon saying “…”`: the noun before a participle is no speaker.
    let participle = tokens.str(cue).ends_with("ing");
    let speaker = (!participle)
        .then(|| speaker_before(tokens, floor, cue))
        .flatten()
        // `Protesters marching through the streets chanted`: the object of a preposition is no speaker.
        .filter(|&(a, _)| a == 0 || a <= floor || !is_object_preposition(tokens.get(a - 1)))
        // `shared a syllabus for a class called “Perception” on his page, writing`: the
        // participle's main clause has a speaker who can speak.
        .or_else(|| {
            participle_speaker(tokens, lexicon, floor, cue)
                .filter(|&s| sentence::plausible_words(tokens, lexicon, s, |_| false))
        })
        .or_else(|| coordinated_speaker(tokens, lexicon, floor, cue))
        .or_else(|| {
            let named = cue_end < tokens.len() && tokens.is_capitalised(cue_end);
            // `said Roe, “…”`, not `saying Roe would “…”`
            let speaker = speaker_after(tokens, cue_end).filter(|_| named || according)?;
            (inverted || ends_clause_here(tokens, speaker.1) || speaker.1 == end).then_some(speaker)
        });
    Attribution {
        cue: (cue, cue_end),
        speaker,
    }
}

/// If a cue starts at token `i`, where it ends: a reporting verb used as a verb (not
/// "the report", "Kim’s claims"), or "according to".
pub(super) fn cue_at(tokens: &Tokens, lexicon: &Lexicon, i: usize) -> Option<usize> {
    let t = tokens.tokens.get(i)?;
    if t.kind != TokenKind::Word {
        return None;
    }
    let word = tokens.str(i);
    if word.eq_ignore_ascii_case("according") && tokens.get(i + 1) == "to" {
        return Some(i + 2);
    }
    let lower = word.chars().next().is_some_and(char::is_lowercase);
    let after_determiner =
        i > 0 && (sentence::is_determiner(tokens.get(i - 1)) || tokens.get(i - 1) == "s");
    let in_compound = i > 0 && tokens.gap(i) == Gap::None && is_hyphen(tokens.get(i - 1));
    if !lower || after_determiner || in_compound {
        return None;
    }
    // `shot back`, `went on`, `cut in`, `fired back`, `chimed in`
    if is_phrasal_cue(word, tokens.get(i + 1)) && tokens.get(i + 2) != "to" {
        return Some(i + 2);
    }
    if is_as_put_it(tokens, i) {
        return Some(i + 2);
    }
    if !lexicon.cue_verbs.contains(word) {
        return None;
    }
    // A form that may be a noun is a verb only where a verb must stand.
    let verb = !lexicon.cue_nouns.contains(word)
        || (i > 0 && sentence::is_pronoun(tokens.get(i - 1)))
        || ends_clause_here(tokens, i + 1)
        || matches!(tokens.get(i + 1), "that" | "to" | "on" | "in");
    verb.then_some(i + 1)
}

/// How far before "put it" the "as" opening its clause may stand (`as a Homeland Security
/// memo once put it`).
const AS_REACH: usize = 8;

/// Whether "put it" at token `i` ends a clause opened by "as" (`as a memo put it`, `As Roe
/// put it, “…”`): a reporting clause whose speaker stands between them.
pub(super) fn is_as_put_it(tokens: &Tokens, i: usize) -> bool {
    matches!(tokens.get(i), "put" | "puts")
        && tokens.get(i + 1) == "it"
        && (ends_clause_here(tokens, i + 2) || sentence::is_quote_mark(tokens.get(i + 2)))
        && (i.saturating_sub(AS_REACH)..i)
            .rev()
            .take_while(|&j| tokens.tokens[j].kind != TokenKind::Punct || is_joiner(tokens, j))
            .any(|j| tokens.str(j).eq_ignore_ascii_case("as"))
}

/// Whether a verb and its particle report speech together, though neither does alone.
fn is_phrasal_cue(verb: &str, particle: &str) -> bool {
    matches!(
        (verb, particle),
        (
            "shot" | "shoots" | "fired" | "fires" | "hit" | "hits" | "snapped" | "wrote" | "writes",
            "back"
        ) | ("went" | "goes" | "carried" | "carries", "on")
            | (
                "cut" | "cuts" | "chimed" | "chimes" | "jumped" | "weighed" | "weighs",
                "in"
            )
            | (
                "spoke" | "speaks" | "lashed" | "lashes" | "spelled" | "laid",
                "out"
            )
    )
}

/// The speaker of a participle cue that follows a reporting clause (`Roe said Monday,
/// adding, “…”`): the speaker of that clause's cue.
fn participle_speaker(
    tokens: &Tokens,
    lexicon: &Lexicon,
    floor: usize,
    cue: usize,
) -> Option<TokenRange> {
    if !is_participle_after_comma(tokens, cue) {
        return None;
    }
    let comma = cue - 1;
    let main = (comma.saturating_sub(PARTICIPLE_REACH).max(floor)..comma)
        .rev()
        .find(|&j| cue_at(tokens, lexicon, j).is_some())?;
    speaker_before(tokens, floor, main)
}

/// The speaker of a cue coordinated with an earlier one (`Roe said … and added, “…”`).
fn coordinated_speaker(
    tokens: &Tokens,
    lexicon: &Lexicon,
    floor: usize,
    cue: usize,
) -> Option<TokenRange> {
    let mut j = cue;
    while j > floor && is_between_word(tokens.get(j - 1)) {
        j -= 1;
    }
    if j <= floor || !matches!(tokens.get(j - 1), "and" | "but") {
        return None;
    }
    let main = (j.saturating_sub(sentence::BEFORE_REACH).max(floor)..j - 1)
        .rev()
        .find(|&k| cue_at(tokens, lexicon, k).is_some());
    match main {
        Some(main) => speaker_before(tokens, floor, main),
        // `I laughed and said`: the pronoun or name opening the clause before "and".
        None => {
            let start = (j.saturating_sub(COORDINATED_REACH).max(floor)..j - 1)
                .rev()
                .find(|&k| {
                    k == floor || tokens.tokens[k].sentence_start || tokens.get(k - 1) == ","
                })?;
            if sentence::is_pronoun(tokens.str(start)) {
                return Some((start, start + 1));
            }
            let end = (start..j - 1)
                .take_while(|&k| sentence::starts_name(tokens, k))
                .last()?
                + 1;
            (end < j - 1
                && !tokens
                    .str(end)
                    .chars()
                    .next()
                    .is_some_and(char::is_uppercase))
            .then_some((start, end))
        }
    }
}

/// Prepositions whose object, standing before a verb, is not its subject (`marching through
/// the streets chanted`).
fn is_object_preposition(word: &str) -> bool {
    matches!(
        word,
        "through"
            | "in"
            | "at"
            | "on"
            | "to"
            | "from"
            | "with"
            | "into"
            | "across"
            | "around"
            | "about"
            | "over"
            | "under"
            | "near"
            | "by"
            | "during"
            | "toward"
            | "towards"
            | "against"
            | "outside"
            | "inside"
            | "behind"
            | "between"
            | "among"
            | "along"
            | "past"
            | "beyond"
    )
}

/// Whether the cue at `cue` is a participle right after a comma (`…, saying “…”`), whose
/// subject is the main clause's, not the words before it.
fn is_participle_after_comma(tokens: &Tokens, cue: usize) -> bool {
    tokens.str(cue).ends_with("ing") && cue > 0 && tokens.get(cue - 1) == ","
}

/// Whether a capitalised reporting verb opens the sentence at token `i`, before the name of
/// its speaker (`Said Roe: “…”`, `Continued Roe, “…”`).
fn opening_cue(tokens: &Tokens, lexicon: &Lexicon, i: usize) -> bool {
    tokens.tokens[i].sentence_start
        && tokens.tokens[i].kind == TokenKind::Word
        && lexicon.is_cue(tokens.str(i))
        && i + 1 < tokens.len()
        && tokens.is_capitalised(i + 1)
        && !sentence::is_pronoun(tokens.str(i + 1))
}

/// Whether a clause may end at token `i`: a stop, a comma, the end of the paragraph.
fn ends_clause_here(tokens: &Tokens, i: usize) -> bool {
    i >= tokens.len()
        || tokens.gap(i) >= Gap::Line
        || matches!(tokens.get(i), "." | "," | ";" | "!" | "?")
}

/// Whether token `j` starts something other than the clause being read: a sentence, a
/// quotation, a new clause after a semicolon or colon.
fn breaks_clause(tokens: &Tokens, j: usize) -> bool {
    tokens.tokens[j].sentence_start
        || matches!(tokens.str(j), ";" | ":")
        || sentence::is_quote_mark(tokens.str(j))
}

/// The speaker just before a cue at `cue`, no further back than `floor`: "Lukin",
/// "he", "the Kremlin adviser", "Sen. Jane Roe (D-Ore.)", "Roe, 25,"; adverbs and auxiliaries
/// between them are skipped ("Lukin also said", "Lukin has said").
pub(super) fn speaker_before(tokens: &Tokens, floor: usize, cue: usize) -> Option<TokenRange> {
    if is_participle_after_comma(tokens, cue) {
        return None;
    }
    let mut end = cue;
    while end > floor && is_between_word(tokens.get(end - 1)) {
        end -= 1;
    }
    // The aside nearest the cue: `its chief executive, Ingrid Solberg, said` names the speaker there.
    let mut nearest_aside = None;
    for _ in 0..ASIDES {
        let next = skip_aside(tokens, floor, end);
        if next != end {
            nearest_aside.get_or_insert((next + 1, end - 1));
            end = next;
            continue;
        }
        // Asides in a row share their commas: `Roe, a senator, one of five, said`.
        if end < cue && tokens.get(end) == "," {
            let next = skip_aside(tokens, floor, end + 1);
            if next != end + 1 {
                end = next;
                continue;
            }
        }
        break;
    }
    // `Roe, who declared`: the one "who" stands for.
    if end > floor + 1 && tokens.get(end - 1) == "who" {
        end -= 1;
        if tokens.get(end - 1) == "," {
            end -= 1;
        }
    }
    let mut start = noun_phrase_start(tokens, floor, end)?;
    // `a staffer in the room`, `a spokesman for the company`, `an official in Liege`: one
    // prepositional phrase, when a description comes before it.
    let inner_determiner = sentence::is_determiner(tokens.str(start));
    if (inner_determiner || tokens.is_capitalised(start))
        && start > floor + 1
        && is_preposition(tokens.get(start - 1))
    {
        if let Some(outer) = noun_phrase_start(tokens, floor, start - 1) {
            if sentence::is_determiner(tokens.str(outer))
                || (inner_determiner && tokens.is_capitalised(outer))
            {
                start = outer;
            }
        }
    }
    match nearest_aside {
        Some((a, b))
            if sentence::is_determiner(tokens.str(start)) && is_full_name(tokens, a, b) =>
        {
            Some((a, b))
        }
        _ => Some((start, end)),
    }
}

/// Whether tokens `a..b` are a name of two or more capitalised words ("Ingrid Solberg",
/// "Kim Jong-un"), the name a description stands in apposition to.
fn is_full_name(tokens: &Tokens, a: usize, b: usize) -> bool {
    let words = (a..b)
        .filter(|&j| tokens.tokens[j].kind == TokenKind::Word)
        .count();
    b <= tokens.len()
        && words >= 2
        && sentence::starts_name(tokens, a)
        && (a..b).all(|j| match tokens.tokens[j].kind {
            TokenKind::Word => sentence::starts_name(tokens, j) || tokens.gap(j) == Gap::None,
            TokenKind::Punct => is_joiner(tokens, j),
            TokenKind::Number => false,
        })
}

/// Where the noun phrase that ends just before `end` starts, no further back than `floor`:
/// names, descriptions and the words that join them, back to a determiner or pronoun.
fn noun_phrase_start(tokens: &Tokens, floor: usize, end: usize) -> Option<usize> {
    let mut start = end;
    let mut words = 0;
    while start > floor && words < DESCRIPTION_LEN {
        let j = start - 1;
        let word = tokens.str(j);
        match tokens.tokens[j].kind {
            TokenKind::Punct if !is_joiner(tokens, j) => break,
            TokenKind::Punct => {}
            TokenKind::Number => words += 1,
            TokenKind::Word => {
                if sentence::is_stop_word(word) {
                    break;
                }
                words += 1;
            }
        }
        start = j;
        if sentence::is_determiner(word) || sentence::is_pronoun(word) {
            break;
        }
    }
    while start < end && tokens.tokens[start].kind == TokenKind::Punct {
        start += 1;
    }
    (start < end && words > 0).then_some(start)
}

/// Prepositions that may join a description to the noun it describes.
fn is_preposition(word: &str) -> bool {
    matches!(word, "in" | "at" | "for" | "from" | "of" | "with" | "on")
}

/// Steps back over an aside that ends just before `end`: a bracket ("(D-Ore.)") or a short
/// phrase between commas (", 25,", ", a professor at the university,").
fn skip_aside(tokens: &Tokens, floor: usize, end: usize) -> usize {
    let (opener, closer) = match tokens.get(end.wrapping_sub(1)) {
        ")" => ("(", ")"),
        "," => (",", ","),
        _ => return end,
    };
    let low = end.saturating_sub(ASIDE_LEN).max(floor + 1);
    let found = (low..end - 1)
        .rev()
        .take_while(|&j| {
            (tokens.get(j) != closer || opener == closer) && !sentence::is_quote_mark(tokens.get(j))
        })
        .find(|&j| tokens.get(j) == opener);
    match found {
        Some(j)
            if j > floor
                && matches!(
                    tokens.tokens[j - 1].kind,
                    TokenKind::Word | TokenKind::Punct
                ) =>
        {
            j
        }
        _ => end,
    }
}

/// The speaker just after a cue ending at `from`: `said Lukin`, `said the minister`,
/// `said Rep. Jane Roe`, `according to a statement`.
pub(super) fn speaker_after(tokens: &Tokens, from: usize) -> Option<TokenRange> {
    if from >= tokens.len() || tokens.gap(from) != Gap::Space {
        return None;
    }
    let first = tokens.str(from);
    let mut needs_name = false;
    match tokens.tokens[from].kind {
        TokenKind::Word if sentence::is_pronoun(first) => return Some((from, from + 1)),
        TokenKind::Word if sentence::is_determiner(first) => {}
        TokenKind::Word
            if tokens.is_capitalised(from)
                && !sentence::is_time_word(first)
                && !sentence::is_stop_word(first) => {}
        // `said former Sen. Roe`, `said veteran strategist Bob Roe`, `said 9/11 widow Ann Roe`
        TokenKind::Word if !sentence::is_stop_word(first) && !is_between_word(first) => {
            needs_name = true
        }
        TokenKind::Number => needs_name = true,
        _ => return None,
    }
    let mut end = from;
    let mut words = 0;
    while end < tokens.len() && words < DESCRIPTION_LEN {
        let word = tokens.str(end);
        if end > from && tokens.gap(end) > Gap::Space {
            break;
        }
        match tokens.tokens[end].kind {
            TokenKind::Punct if !is_joiner(tokens, end) => break,
            TokenKind::Punct => {}
            TokenKind::Number => words += 1,
            TokenKind::Word => {
                if end > from && (sentence::is_stop_word(word) || sentence::is_time_word(word)) {
                    break;
                }
                words += 1;
            }
        }
        end += 1;
    }
    while end > from && tokens.tokens[end - 1].kind == TokenKind::Punct {
        end -= 1;
    }
    // `said the firm's chairman, Ola Lund`: the name in apposition is the speaker.
    if sentence::is_determiner(first) && tokens.get(end) == "," {
        let name_end = (end + 1..tokens.len().min(end + 1 + DESCRIPTION_LEN))
            .take_while(|&j| {
                tokens.gap(j) <= Gap::Space
                    && (sentence::starts_name(tokens, j)
                        || is_joiner(tokens, j)
                        || tokens.gap(j) == Gap::None && tokens.tokens[j].kind == TokenKind::Word)
            })
            .last()
            .map_or(end + 1, |j| j + 1);
        // A full stop after a word of two or more letters ends the sentence, not an initial.
        let name_end = if tokens.get(name_end - 1) == "."
            && name_end >= end + 3
            && tokens.str(name_end - 2).chars().count() > 1
        {
            name_end - 1
        } else {
            name_end
        };
        let closes = name_end >= tokens.len()
            || matches!(tokens.get(name_end), "." | "," | ";" | ":")
            || tokens.gap(name_end) > Gap::Space;
        if closes && is_full_name(tokens, end + 1, name_end) {
            return Some((end + 1, name_end));
        }
    }
    let named = !needs_name || (from..end).any(|j| tokens.is_capitalised(j));
    (end > from && named).then_some((from, end))
}

/// Whether the punctuation at token `j` joins the words of a name: "Jong-un", "Rep.",
/// "G.K.", "O’Brien", "9/11".
fn is_joiner(tokens: &Tokens, j: usize) -> bool {
    match tokens.str(j) {
        "-" | "." | "’" | "'" | "‑" => {
            tokens.gap(j) == Gap::None || tokens.gap(j + 1) == Gap::None
        }
        "/" => tokens.gap(j) == Gap::None && tokens.gap(j + 1) == Gap::None,
        _ => false,
    }
}

/// Adverbs and auxiliaries that may stand between a speaker and the cue.
fn is_between_word(word: &str) -> bool {
    matches!(
        word,
        "also"
            | "later"
            | "then"
            | "has"
            | "had"
            | "have"
            | "was"
            | "were"
            | "is"
            | "are"
            | "will"
            | "would"
            | "once"
            | "again"
            | "further"
            | "simply"
            | "just"
            | "previously"
            | "recently"
            | "earlier"
            | "often"
            | "now"
            | "still"
            | "never"
            | "first"
            | "only"
            | "even"
    ) || (word.len() > 4
        && word.ends_with("ly")
        && word.chars().next().is_some_and(char::is_lowercase))
}

/// A quotation is partial when it opens in the middle of a sentence right after a word
/// that is not a reporting verb (`would help “create …”`, `called it “a disaster”`).
pub(super) fn is_partial(tokens: &Tokens, lexicon: &Lexicon, open: usize) -> bool {
    !tokens.tokens[open].sentence_start
        && open > 0
        && tokens.tokens[open - 1].kind != TokenKind::Punct
        && tokens.gap(open) < Gap::Line
        && cue_at(tokens, lexicon, open - 1).is_none()
}
