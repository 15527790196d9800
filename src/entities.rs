//! The entities pass: groups the mentions of one real-world thing ("Kim Jong-un", "Kim",
//! "Kim's") without merging two ("Kim Yong-chol" is someone else).

use rustc_hash::FxHashMap;

use crate::document::{FoundEntity, FoundMention, MentionKind};

/// The most entities one word or acronym is looked up among: more are ambiguous anyway, and
/// the cap keeps grouping linear on any input.
const MAX_CANDIDATES: usize = 16;

/// Groups `mentions` (sorted by start) into entities, ordered by first mention.
///
/// A one-word person mention ("Kim") joins the person named in full with that word,
/// the one mentioned most so far when several are, then the first named; a one-word
/// organisation or place joins the only entity of its kind whose multi-word name it
/// abbreviates ("EU": "European Union") or, for organisations, begins ("Toyota").
#[inline(never)]
pub(crate) fn group(text: &str, mentions: &[FoundMention]) -> Vec<FoundEntity> {
    let words = |name: &'_ str| name.split([' ', '-', '‑']).filter(|w| !w.is_empty()).count();
    let multi: Vec<bool> = mentions.iter().map(|m| words(m.span.of(text)) >= 2).collect();

    // Full names first, so that a short form can join one named later ("Putin" in a
    // headline, "Vladimir Putin" in the text; "EU" before "European Union").
    let mut order: Vec<usize> = (0..mentions.len()).collect();
    order.sort_by_key(|&i| (!multi[i], i));

    let mut entities: Vec<FoundEntity> = Vec::new();
    let mut by_name: FxHashMap<(MentionKind, &str), usize> = FxHashMap::default();
    let mut people: FxHashMap<&str, Vec<usize>> = FxHashMap::default();
    let mut short_forms: FxHashMap<(MentionKind, String), Vec<usize>> = FxHashMap::default();
    for i in order {
        let m = &mentions[i];
        let name = m.span.of(text);
        let id = if let Some(&id) = by_name.get(&(m.kind, name)) {
            id
        } else if let Some(id) = short_form(m, name, &entities, &people, &short_forms) {
            id
        } else {
            entities.push(FoundEntity { kind: m.kind, name: m.span, mentions: Vec::new() });
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
        by_name.entry((m.kind, name)).or_insert(id);
        entities[id].mentions.push(i);
        if name.len() > entities[id].name.of(text).len() {
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

/// The entity a one-word mention `m` (written `name`) is a short form of, if any.
fn short_form(
    m: &FoundMention,
    name: &str,
    entities: &[FoundEntity],
    people: &FxHashMap<&str, Vec<usize>>,
    short_forms: &FxHashMap<(MentionKind, String), Vec<usize>>,
) -> Option<usize> {
    if name.contains(' ') || name.chars().count() < 2 {
        return None;
    }
    if m.kind == MentionKind::Person {
        let ids = people.get(name)?;
        return ids.iter().copied().max_by_key(|&id| (entities[id].mentions.len(), std::cmp::Reverse(id)));
    }
    match short_forms.get(&(m.kind, name.to_string()))?.as_slice() {
        [id] => Some(*id),
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
