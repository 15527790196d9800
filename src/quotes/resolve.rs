//! Resolves a speaker to an entity: the name inside it; for a pronoun the nearest earlier
//! compatible mention, preferring subjects; for a description ("the adviser") the person
//! titled or described that way. Mentions are found by binary search over their token ranges.

use super::mentions::Mentions;
use super::{attribution, sentence};
use crate::document::{FoundMention, MentionKind};
use crate::lexicon::{Gender, Lexicon};
use crate::text::{TokenRange, Tokens};

/// How many mentions back a pronoun or a description looks for what it stands for.
const PRONOUN_REACH: usize = 40;
/// How many tokens before a name a title may stand (`Kremlin foreign policy adviser Yuri Ushakov`).
const TITLE_REACH: usize = 4;
/// How many tokens an aside after a name may have (`Artyom Lukin, a professor at …`).
const ASIDE_REACH: usize = 12;

/// The entity the speaker at tokens `speaker` names.
pub(super) fn entity(
    tokens: &Tokens,
    lexicon: &Lexicon,
    names: &Mentions,
    genders: &[Gender],
    speaker: TokenRange,
) -> Option<usize> {
    if let Some(i) = named_inside(tokens.text, names, speaker) {
        return names.entity(i);
    }
    // A name the names pass did not find here ("Mr. King" after "Larry King"): the nearest
    // person mention ending in the same word.
    if let Some(i) = same_surname(tokens, names, speaker) {
        return names.entity(i);
    }
    if speaker.1 - speaker.0 != 1 {
        let i = described(tokens, names, speaker)?;
        return names.entity(i);
    }
    let wanted = match tokens.str(speaker.0) {
        "he" | "He" => Wanted::Person(Gender::Male),
        "she" | "She" => Wanted::Person(Gender::Female),
        "it" | "It" | "they" | "They" => Wanted::Group,
        _ => return None,
    };
    let i = antecedent(tokens, lexicon, names, genders, speaker.0, wanted)?;
    names.entity(i)
}

/// The mention a name or description at tokens `speaker` contains: the last person in it
/// ("IMF chief economist Jane Roe"), else the last organisation. A possessive only modifies
/// the head ("South Korea’s Yonhap news agency").
fn named_inside(text: &str, names: &Mentions, speaker: TokenRange) -> Option<usize> {
    let possessive = |i: usize| {
        let rest = text
            .get(names.mentions[i].span.bytes().end..)
            .unwrap_or_default();
        rest.starts_with("’s") || rest.starts_with("'s")
    };
    let mut organization = None;
    let mut person = None;
    for i in names.inside(speaker).filter(|&i| !possessive(i)) {
        match names.mentions[i].kind {
            MentionKind::Person => person = Some(i),
            MentionKind::Organization => organization = Some(i),
            _ => {}
        }
    }
    person.or(organization)
}

/// The person a definite description names (`the Kremlin adviser`, `the professor`): the
/// nearest earlier person mention with the description's head word as a title before it
/// (`Kremlin adviser Yuri Ushakov`) or in an aside after it (`Artyom Lukin, a professor at …`).
fn described(tokens: &Tokens, names: &Mentions, speaker: TokenRange) -> Option<usize> {
    let mentions = names.mentions;
    let head = tokens.str(speaker.1 - 1);
    let definite = tokens.str(speaker.0).eq_ignore_ascii_case("the");
    if !definite || !head.chars().next().is_some_and(char::is_lowercase) {
        return None;
    }
    let before = names.ending_by(speaker.0);
    (before.saturating_sub(PRONOUN_REACH)..before)
        .rev()
        .filter(|&i| mentions[i].kind == MentionKind::Person)
        .find(|&i| {
            let (first, next) = mentions[i].span.tokens();
            let titled =
                (first.saturating_sub(TITLE_REACH)..first).any(|j| same_title(tokens.str(j), head));
            let aside = tokens.get(next) == ","
                && (next + 1..(next + 1 + ASIDE_REACH).min(tokens.len()))
                    .take_while(|&j| tokens.get(j) != "," && !tokens.tokens[j].sentence_start)
                    .any(|j| tokens.str(j).eq_ignore_ascii_case(head));
            titled || aside
        })
}

/// The person mention nearest a capitalised speaker whose last word is the speaker's
/// ("Mr. King" → "Larry King", "Gary Johnson" → "Johnson"), looking `PRONOUN_REACH` mentions
/// back, then forward.
fn same_surname(tokens: &Tokens, names: &Mentions, speaker: TokenRange) -> Option<usize> {
    let mentions = names.mentions;
    let last = (speaker.0..speaker.1)
        .rev()
        .find(|&j| tokens.tokens[j].kind == crate::text::TokenKind::Word)?;
    let word = tokens.str(last);
    if !tokens.is_capitalised(last) || word.len() < 3 || sentence::is_pronoun(word) {
        return None;
    }
    let ends = |i: usize| {
        let m = &mentions[i];
        m.kind == MentionKind::Person && m.span.of(tokens.text).rsplit(' ').next() == Some(word)
    };
    let before = names.ending_by(speaker.0);
    (before.saturating_sub(PRONOUN_REACH)..before)
        .rev()
        .find(|&i| ends(i))
        .or_else(|| (before..(before + PRONOUN_REACH).min(mentions.len())).find(|&i| ends(i)))
}

/// Whether a title before a name ("Sen.", "Minister") is the head of a description
/// ("the senator", "the minister").
fn same_title(title: &str, head: &str) -> bool {
    title.eq_ignore_ascii_case(head)
        || matches!(
            (title, head),
            ("Sen", "senator")
                | ("Gov", "governor")
                | ("Rep", "representative" | "congressman" | "congresswoman")
                | ("Pres", "president")
                | ("Gen", "general")
                | ("Dr", "doctor")
                | ("Prof", "professor")
                | ("Supt", "superintendent")
                | ("Insp", "inspector")
                | ("Capt", "captain")
                | ("Lt", "lieutenant")
        )
}

/// What a pronoun may stand for.
#[derive(Debug, Clone, Copy)]
enum Wanted {
    /// "he" or "she".
    Person(Gender),
    /// "it" or "they": an organisation or a group.
    Group,
}

/// The mention a pronoun at token `at` stands for: among the compatible mentions before it,
/// the nearest one that is the subject of its clause (it starts a sentence, or a reporting
/// verb follows it), else the nearest one.
fn antecedent(
    tokens: &Tokens,
    lexicon: &Lexicon,
    names: &Mentions,
    genders: &[Gender],
    at: usize,
    wanted: Wanted,
) -> Option<usize> {
    let mentions = names.mentions;
    let before = names.ending_by(at);
    let mut nearest = None;
    for i in (before.saturating_sub(PRONOUN_REACH)..before).rev() {
        let m = &mentions[i];
        let fits = match wanted {
            Wanted::Person(g) => {
                let known = names.entity(i).and_then(|e| genders.get(e)).copied();
                m.kind == MentionKind::Person
                    && !matches!(known, Some(k) if k != Gender::Unknown && k != g)
            }
            Wanted::Group => matches!(m.kind, MentionKind::Organization | MentionKind::Nationality),
        };
        if !fits {
            continue;
        }
        nearest.get_or_insert(i);
        if is_subject(tokens, lexicon, m) {
            return Some(i);
        }
    }
    nearest
}

/// Whether a mention is the subject of its clause: it starts a sentence, or a reporting
/// verb follows it ("Kim told reporters").
pub(super) fn is_subject(tokens: &Tokens, lexicon: &Lexicon, m: &FoundMention) -> bool {
    let (first, next) = m.span.tokens();
    tokens.tokens.get(first).is_some_and(|t| t.sentence_start)
        || attribution::cue_at(tokens, lexicon, next).is_some()
}

/// The gender of each entity, as far as the text tells: a title before one of its mentions
/// ("Mr.", "Mrs.") or its first name. One pass over the mentions.
#[inline(never)]
pub(super) fn genders(tokens: &Tokens, lexicon: &Lexicon, names: &Mentions) -> Vec<Gender> {
    let count = names.entity_of.iter().flatten().max().map_or(0, |&e| e + 1);
    let mut genders = vec![Gender::Unknown; count];
    for (m, e) in names.mentions.iter().zip(names.entity_of) {
        let Some(&e) = e.as_ref() else { continue };
        if m.kind == MentionKind::Person && genders[e] == Gender::Unknown {
            genders[e] = mention_gender(tokens, lexicon, m);
        }
    }
    genders
}

/// The gender a person mention shows: the title before it, else its first name.
fn mention_gender(tokens: &Tokens, lexicon: &Lexicon, m: &FoundMention) -> Gender {
    let at = m.span.first();
    let titled = (at.saturating_sub(2)..at).find_map(|j| match tokens.str(j) {
        "Mr" | "Sir" | "Lord" | "King" | "Prince" => Some(Gender::Male),
        "Mrs" | "Ms" | "Miss" | "Madam" | "Lady" | "Queen" | "Princess" => Some(Gender::Female),
        _ => None,
    });
    let first = m.span.of(tokens.text).split(' ').next().unwrap_or_default();
    titled
        .or_else(|| lexicon.gender(first))
        .unwrap_or(Gender::Unknown)
}
