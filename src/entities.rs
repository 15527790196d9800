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
    // headline, "Vladimir Putin" in the text).
    let mut order: Vec<usize> = (0..mentions.len()).collect();
    order.sort_by_key(|&i| (mentions[i].kind != MentionKind::Person || words(i).count() < 2, i));

    let mut entity_of = vec![usize::MAX; mentions.len()];
    for i in order {
        let m = &mentions[i];
        let name = m.span.of(text);
        let id = if let Some(&id) = by_name.get(&(m.kind, name)) {
            id
        } else if let Some(id) = person_with_word(text, &entities, m) {
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
