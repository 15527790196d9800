//! The entities pass: groups the mentions of one real-world thing ("Kim Jong-un", "Kim",
//! "Kim's") without merging two ("Kim Yong-chol" is someone else).

use std::collections::HashMap;

use crate::document::{FoundEntity, FoundMention, MentionKind};

/// Groups `mentions` (sorted by start) into entities, ordered by first mention.
pub(crate) fn group(text: &str, mentions: &[FoundMention]) -> Vec<FoundEntity> {
    let mut entities: Vec<FoundEntity> = Vec::new();
    let mut by_name: HashMap<(MentionKind, &str), usize> = HashMap::new();
    let words = |i: usize| mentions[i].span.of(text).split([' ', '-', '‑']).filter(|w| !w.is_empty());

    // Full names first, so that a short form can join one named later ("Putin" in a
    // headline, "Vladimir Putin" in the text; "EU" before "European Union").
    let mut order: Vec<usize> = (0..mentions.len()).collect();
    order.sort_by_key(|&i| (words(i).count() < 2, i));

    let mut entity_of = vec![usize::MAX; mentions.len()];
    for i in order {
        let m = &mentions[i];
        let name = m.span.of(text);
        let id = if let Some(&id) = by_name.get(&(m.kind, name)) {
            id
        } else if let Some(id) = person_with_word(text, &entities, m).or_else(|| short_form_of(text, &entities, m)) {
            id
        } else {
            entities.push(FoundEntity { kind: m.kind, name: m.span, mentions: Vec::new() });
            entities.len() - 1
        };
        by_name.entry((m.kind, name)).or_insert(id);
        entities[id].mentions.push(i);
        if name.len() > entities[id].name.of(text).len() {
            entities[id].name = m.span;
        }
        entity_of[i] = id;
    }

    // Number the entities by their first mention, mentions ascending.
    for e in &mut entities {
        e.mentions.sort_unstable();
    }
    entities.sort_by_key(|e| e.mentions[0]);
    entities
}

/// For a one-word person mention ("Kim"), the person entity with a multi-word name that has
/// that word; when several do, the one mentioned most so far, then the first named.
fn person_with_word(text: &str, entities: &[FoundEntity], m: &FoundMention) -> Option<usize> {
    let word = m.span.of(text);
    if m.kind != MentionKind::Person || word.contains(' ') {
        return None;
    }
    entities
        .iter()
        .enumerate()
        .filter(|(_, e)| e.kind == MentionKind::Person)
        .filter(|(_, e)| {
            let name = e.name.of(text);
            name.contains(' ') && name.split([' ', '-', '‑']).any(|w| w == word)
        })
        .max_by_key(|(id, e)| (e.mentions.len(), std::cmp::Reverse(*id)))
        .map(|(id, _)| id)
}

/// For a one-word organisation or place ("EU", "Toyota"), the entity of the same kind whose
/// multi-word name it abbreviates ("European Union") or begins ("Toyota Motor Corp"), when
/// exactly one such entity exists.
fn short_form_of(text: &str, entities: &[FoundEntity], m: &FoundMention) -> Option<usize> {
    let word = m.span.of(text);
    let is_acronym = word.chars().count() >= 2 && word.chars().all(|c| c.is_uppercase());
    if m.kind == MentionKind::Person || word.contains(' ') || word.chars().count() < 2 {
        return None;
    }
    let mut found = entities.iter().enumerate().filter(|(_, e)| e.kind == m.kind).filter(|(_, e)| {
        let name = e.name.of(text);
        let mut words = name.split(' ').filter(|w| !w.is_empty());
        if !name.contains(' ') {
            return false;
        }
        if is_acronym {
            let initials: String = words
                .filter(|w| !matches!(*w, "of" | "the" | "and" | "for" | "&"))
                .filter_map(|w| w.chars().next())
                .collect();
            initials == word
        } else {
            words.next() == Some(word) && m.kind == MentionKind::Organization
        }
    });
    let (id, _) = found.next()?;
    found.next().is_none().then_some(id)
}
