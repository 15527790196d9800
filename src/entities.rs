//! The entities pass: groups the mentions of one real-world thing ("Kim Jong-un", "Kim",
//! "Kim's") without merging two ("Kim Yong-chol" is someone else).

use rustc_hash::FxHashMap;

use crate::document::{FoundEntity, FoundMention, MentionKind};
use crate::lexicon::{Gender, Lexicon};

/// The most entities one word or acronym is looked up among: more are ambiguous anyway, and
/// the cap keeps grouping linear on any input.
const MAX_CANDIDATES: usize = 16;

/// Groups `mentions` (sorted by start) into entities, ordered by first mention.
///
/// A one-word person mention ("Kim") joins the person named in full with that word,
/// the one mentioned most so far when several are, then the first named, among those whose
/// first name fits the title before it ("Mrs Ruto": Rachel Ruto, not William Ruto); a one-word
/// organisation or place joins the only entity of its kind whose multi-word name it
/// abbreviates ("EU": "European Union") or, for organisations, begins ("Toyota").
#[inline(never)]
pub(crate) fn group(text: &str, lexicon: &Lexicon, mentions: &[FoundMention]) -> Vec<FoundEntity> {
    let words = |name: &'_ str| {
        name.split([' ', '-', '‑'])
            .filter(|w| !w.is_empty())
            .count()
    };
    let multi: Vec<bool> = mentions
        .iter()
        .map(|m| words(m.span.of(text)) >= 2)
        .collect();

    // Full names first, so that a short form can join one named later ("Putin" in a
    // headline, "Vladimir Putin" in the text; "EU" before "European Union").
    let mut order: Vec<usize> = (0..mentions.len()).collect();
    order.sort_by_key(|&i| (!multi[i], i));

    let mut entities: Vec<FoundEntity> = Vec::new();
    // Each name in lower case ("MOMBASA", "Mombasa"), with its entity.
    let mut by_name: FxHashMap<(MentionKind, String), usize> = FxHashMap::default();
    let mut people: FxHashMap<&str, Vec<usize>> = FxHashMap::default();
    let mut short_forms: FxHashMap<(MentionKind, String), Vec<usize>> = FxHashMap::default();
    for i in order {
        let m = &mentions[i];
        let name = m.span.of(text);
        let key = (m.kind, name.to_lowercase());
        // A surname after a gendered title looks for its namesake each time ("Mrs Ruto").
        let title = title_gender(&text[..m.span.start]).filter(|_| m.kind == MentionKind::Person);
        let known = by_name.get(&key).copied();
        let id = if let Some(id) = known.filter(|_| title.is_none()) {
            id
        } else if let Some(id) =
            short_form(text, lexicon, m, title, &entities, &people, &short_forms)
        {
            id
        } else if let Some(id) = known {
            id
        } else {
            entities.push(FoundEntity {
                kind: m.kind,
                name: m.span,
                mentions: Vec::new(),
            });
            let id = entities.len() - 1;
            if name.contains(' ') {
                for key in short_keys(m.kind, name) {
                    let ids = short_forms.entry((m.kind, key)).or_default();
                    if ids.len() < MAX_CANDIDATES {
                        ids.push(id);
                    }
                }
                if m.kind == MentionKind::Person {
                    for word in name.split([' ', '-', '‑']).filter(|w| !w.is_empty()) {
                        let ids = people.entry(word).or_default();
                        if ids.len() < MAX_CANDIDATES && !ids.contains(&id) {
                            ids.push(id);
                        }
                    }
                }
            }
            id
        };
        by_name.entry(key).or_insert(id);
        entities[id].mentions.push(i);
        // The fullest name, written as in running text rather than a headline's capitals.
        let current = entities[id].name.of(text);
        let shouted = |n: &str| !n.chars().any(char::is_lowercase);
        if name.len() > current.len()
            || (name.len() == current.len() && shouted(current) && !shouted(name))
        {
            entities[id].name = m.span;
        }
    }

    // Number the entities by their first mention, mentions ascending.
    for e in &mut entities {
        e.mentions.sort_unstable();
    }
    entities.sort_by_key(|e| e.mentions[0]);
    entities
}

/// The entity a one-word mention `m` of `text` is a short form of, if any; a person's after a
/// title of that gender (`title`) among the namesakes whose first name fits it, if any does.
fn short_form(
    text: &str,
    lexicon: &Lexicon,
    m: &FoundMention,
    title: Option<Gender>,
    entities: &[FoundEntity],
    people: &FxHashMap<&str, Vec<usize>>,
    short_forms: &FxHashMap<(MentionKind, String), Vec<usize>>,
) -> Option<usize> {
    let name = m.span.of(text);
    if name.contains(' ') || name.chars().count() < 2 {
        return None;
    }
    if m.kind == MentionKind::Person {
        let ids = people.get(name)?;
        let fits = |id: &usize| {
            let first = entities[*id]
                .name
                .of(text)
                .split(' ')
                .next()
                .unwrap_or_default();
            title.is_none_or(|g| lexicon.gender(first) == Some(g))
        };
        let best = |ids: &mut dyn Iterator<Item = usize>| {
            ids.max_by_key(|&id| (entities[id].mentions.len(), std::cmp::Reverse(id)))
        };
        return best(&mut ids.iter().copied().filter(fits))
            .or_else(|| best(&mut ids.iter().copied()));
    }
    match short_forms.get(&(m.kind, name.to_string()))?.as_slice() {
        [id] => Some(*id),
        _ => None,
    }
}

/// The gender a title at the end of `before` gives the name after it ("Mrs", "Mr."), if any.
fn title_gender(before: &str) -> Option<Gender> {
    let word = before
        .trim_end()
        .rsplit(|c: char| !c.is_alphabetic())
        .next()?;
    match word.to_ascii_lowercase().as_str() {
        "mrs" | "ms" | "miss" | "madam" | "madame" | "mme" | "lady" | "dame" => {
            Some(Gender::Female)
        }
        "mr" | "sir" | "lord" => Some(Gender::Male),
        _ => None,
    }
}

/// The one-word forms a multi-word organisation or place name may take: its acronym
/// ("European Union": "EU"), and for organisations its first word ("Toyota Motor Corp").
fn short_keys(kind: MentionKind, name: &str) -> Vec<String> {
    if !matches!(kind, MentionKind::Organization | MentionKind::Place) {
        return Vec::new();
    }
    let words: Vec<&str> = name.split(' ').filter(|w| !w.is_empty()).collect();
    let acronym: String = words
        .iter()
        .filter(|w| !matches!(**w, "of" | "the" | "and" | "for" | "&"))
        .filter_map(|w| w.chars().next())
        .collect();
    let mut keys = vec![acronym];
    if kind == MentionKind::Organization {
        keys.extend(words.first().map(|w| w.to_string()));
    }
    keys.dedup();
    keys
}
