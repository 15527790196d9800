//! The names pass: finds capitalised names and tells people, organisations, places and
//! nationalities apart from word lists and the words around them.

use std::collections::HashSet;

use crate::calendar;
use crate::document::{ByteSpan, FoundMention, MentionKind};
use crate::lexicon::Lexicon;
use crate::text::{Gap, TokenKind, Tokens};

/// A run of tokens that may be a name: tokens `start..end`.
#[derive(Debug, Clone, Copy)]
struct Candidate {
    start: usize,
    end: usize,
    /// A title ("President", "Mr") stands right before it.
    after_title: bool,
}

/// Finds the names in `tokens`, sorted by start, outside the `taken` byte spans (sorted
/// figures such as "US$34 million", whose "US" is no place).
pub(crate) fn find(tokens: &Tokens, lexicon: &Lexicon, taken: &[ByteSpan]) -> Vec<FoundMention> {
    let candidates = candidates(tokens, lexicon, taken);
    let mid_sentence = capitalised_mid_sentence(tokens);
    let mut found: Vec<(Candidate, Option<MentionKind>)> = candidates
        .into_iter()
        .filter(|c| keep_sentence_initial(tokens, lexicon, c, &mid_sentence))
        .map(|c| (c, classify(tokens, lexicon, &c)))
        .collect();

    // Words of the people already named ("Vladimir Putin") name the same people alone ("Putin").
    let person_words: HashSet<&str> = found
        .iter()
        .filter(|(c, kind)| *kind == Some(MentionKind::Person) && c.end - c.start > 1)
        .flat_map(|(c, _)| (c.start..c.end).map(|i| tokens.str(i)))
        .filter(|w| w.chars().count() > 1)
        .collect();
    for (c, kind) in &mut found {
        let words_are_people = (c.start..c.end)
            .filter(|&i| tokens.tokens[i].kind == TokenKind::Word)
            .all(|i| person_words.contains(tokens.str(i)));
        if words_are_people && *kind != Some(MentionKind::Place) && *kind != Some(MentionKind::Nationality) {
            *kind = Some(MentionKind::Person);
        }
    }

    found
        .into_iter()
        .map(|(c, kind)| FoundMention {
            span: ByteSpan::new(tokens.tokens[c.start].start, tokens.tokens[c.end - 1].end),
            kind: kind.unwrap_or_else(|| guess_from_context(tokens, lexicon, &c)),
        })
        .collect()
}

/// Runs of capitalised words, joined by hyphens, initials and "of", split at titles.
fn candidates(tokens: &Tokens, lexicon: &Lexicon, taken: &[ByteSpan]) -> Vec<Candidate> {
    let mut out = Vec::new();
    let mut i = 0;
    let mut after_title = false;
    let mut taken = taken.iter().peekable();
    while i < tokens.len() {
        let at = tokens.tokens[i].start;
        while taken.next_if(|s| s.end <= at).is_some() {}
        let inside_taken = taken.peek().is_some_and(|s| s.start <= at);
        if inside_taken || !starts_name(tokens, lexicon, i) {
            after_title = is_title_at(tokens, lexicon, i)
                || (after_title && tokens.tokens[i].kind == TokenKind::Punct && tokens.str(i) == ".");
            i += 1;
            continue;
        }
        let start = i;
        let mut end = i + 1;
        loop {
            if let Some(next) = continues_name(tokens, lexicon, start, end) {
                end = next;
            } else {
                break;
            }
        }
        out.push(Candidate { start, end, after_title });
        after_title = false;
        i = end;
    }
    out
}

/// Whether a name may start at token `i`.
fn starts_name(tokens: &Tokens, lexicon: &Lexicon, i: usize) -> bool {
    if !tokens.is_capitalised(i) {
        return false;
    }
    let word = tokens.str(i);
    let all_caps = word.chars().all(|c| !c.is_lowercase());
    if !all_caps
        && (is_title_at(tokens, lexicon, i)
            || lexicon.function_words.contains(&word.to_lowercase())
            || calendar::month(word).is_some() && word.len() > 3
            || calendar::weekday(word).is_some())
    {
        return false;
    }
    // "May" is a month or a verb far more often than a name; "I" is never a name.
    !(word == "I" || word == "May")
}

/// Whether token `i` is a title ("President", "Mr.").
fn is_title_at(tokens: &Tokens, lexicon: &Lexicon, i: usize) -> bool {
    tokens.tokens[i].kind == TokenKind::Word && lexicon.is_title(tokens.str(i))
}

/// If the name `start..end` goes on, the new end.
fn continues_name(tokens: &Tokens, lexicon: &Lexicon, start: usize, end: usize) -> Option<usize> {
    let next = tokens.get(end);
    let gap = tokens.gap(end);
    if end >= tokens.len() || gap >= Gap::Line {
        return None;
    }
    if gap == Gap::Space && starts_name(tokens, lexicon, end) {
        return Some(end + 1);
    }
    match next {
        // Hyphenated: "Jong-un", "Yong-chol"; "Putin-Kim" and "Russia-China" are two names
        // unless the whole is one known name ("Guinea-Bissau").
        "-" | "‑" if gap == Gap::None && tokens.gap(end + 1) == Gap::None && end + 1 < tokens.len() => {
            let after = tokens.str(end + 1);
            let lower_tail = tokens.tokens[end + 1].kind == TokenKind::Word
                && after.chars().next().is_some_and(char::is_lowercase)
                && after.chars().count() <= 4
                && !lexicon.function_words.contains(after)
                && !matches!(after, "led" | "run" | "born" | "made" | "held" | "era" | "style" | "type" | "wide" | "free" | "like" | "based" | "owned" | "backed");
            let whole = &tokens.text[tokens.tokens[start].start..tokens.tokens[end + 1].end];
            let known_whole = tokens.is_capitalised(end + 1)
                && (lexicon.places.contains(whole) || lexicon.first_names.contains_key(whole));
            (lower_tail || known_whole).then_some(end + 2)
        }
        // Initials and abbreviations: "J. K. Rowling", "U.S.", "Co."
        "." if gap == Gap::None && tokens.str(end - 1).chars().count() == 1
            && (end + 1 >= tokens.len() || tokens.is_capitalised(end + 1) || tokens.gap(end + 1) == Gap::None) =>
        {
            Some(end + 1)
        }
        // "University of Tokyo", "Bank of England", "Democratic Republic of the Congo".
        "of" | "for"
            if gap == Gap::Space
                && (lexicon.organization_words.contains(&tokens.str(end - 1).to_lowercase())
                    || matches!(tokens.str(end - 1), "Republic" | "Kingdom" | "Secretary")) =>
        {
            let mut name_at = end + 1;
            if tokens.get(name_at) == "the" {
                name_at += 1;
            }
            (name_at < tokens.len() && tokens.gap(name_at) == Gap::Space && starts_name(tokens, lexicon, name_at))
                .then_some(name_at + 1)
        }
        "&" if gap == Gap::Space && end + 1 < tokens.len() && starts_name(tokens, lexicon, end + 1) => Some(end + 2),
        _ => None,
    }
}

/// Capitalised words seen where capitals mean names: not at the start of a sentence.
fn capitalised_mid_sentence<'t>(tokens: &Tokens<'t>) -> HashSet<&'t str> {
    (0..tokens.len())
        .filter(|&i| !tokens.tokens[i].sentence_start && tokens.is_capitalised(i))
        .map(|i| tokens.str(i))
        .collect()
}

/// A sentence's first word is capitalised anyway: keep it only with other evidence.
fn keep_sentence_initial(tokens: &Tokens, lexicon: &Lexicon, c: &Candidate, mid: &HashSet<&str>) -> bool {
    if !tokens.tokens[c.start].sentence_start || c.after_title {
        return true;
    }
    let first = tokens.str(c.start);
    if first.chars().all(|ch| !ch.is_lowercase()) && first.chars().count() > 1 {
        return true; // an acronym
    }
    if lexicon.function_words.contains(&first.to_lowercase()) {
        return false;
    }
    c.end - c.start > 1
        || mid.contains(first)
        || lexicon.places.contains(first)
        || lexicon.demonyms.contains(first)
        || followed_by_cue(tokens, lexicon, c)
}

/// The kind the word lists give a candidate, if they give one.
fn classify(tokens: &Tokens, lexicon: &Lexicon, c: &Candidate) -> Option<MentionKind> {
    let text = &tokens.text[tokens.tokens[c.start].start..tokens.tokens[c.end - 1].end];
    let last = tokens.str(c.end - 1);
    if c.after_title {
        return Some(MentionKind::Person);
    }
    if lexicon.demonyms.contains(text)
        || text.strip_suffix('s').is_some_and(|singular| lexicon.demonyms.contains(singular))
    {
        return Some(MentionKind::Nationality);
    }
    if lexicon.places.contains(text) {
        return Some(MentionKind::Place);
    }
    if c.end - c.start > 1 && lexicon.organization_words.contains(&last.to_lowercase()) {
        return Some(MentionKind::Organization);
    }
    if lexicon.first_names.contains_key(tokens.str(c.start)) && c.end - c.start > 1 {
        return Some(MentionKind::Person);
    }
    if followed_by_cue(tokens, lexicon, c) {
        return Some(MentionKind::Person);
    }
    None
}

/// Whether a reporting verb follows ("Lukin said").
fn followed_by_cue(tokens: &Tokens, lexicon: &Lexicon, c: &Candidate) -> bool {
    let next = tokens.get(c.end);
    tokens.gap(c.end) == Gap::Space
        && next.chars().next().is_some_and(char::is_lowercase)
        && lexicon.is_cue(next)
}

/// The kind of a name the word lists do not know, from its shape and the words around it.
fn guess_from_context(tokens: &Tokens, lexicon: &Lexicon, c: &Candidate) -> MentionKind {
    let words = c.end - c.start;
    let first = tokens.str(c.start);
    let before = c.start.checked_sub(1).map_or("", |p| tokens.str(p));
    if matches!(before, "in" | "at" | "near" | "from" | "to" | "across" | "outside" | "into") && words <= 2 {
        return MentionKind::Place;
    }
    if first.chars().all(|ch| !ch.is_lowercase()) && words == 1 {
        return MentionKind::Organization;
    }
    if words >= 2 && words <= 3 && (c.start..c.end).all(|i| tokens.tokens[i].kind == TokenKind::Word || tokens.str(i) == "-")
        && !lexicon.organization_words.contains(&tokens.str(c.end - 1).to_lowercase())
    {
        return MentionKind::Person;
    }
    MentionKind::Organization
}
