//! The entities pass: groups the mentions of one real-world thing ("Kim Jong-un", "Kim",
//! "Kim's") without merging two ("Kim Yong-chol" is someone else), over the tokens of the
//! mentions: names compare by the hashes of their lower-case tokens, words by their slices of
//! the text, and nothing is allocated per lookup.

use rustc_hash::FxHashMap;

use crate::document::{FoundEntity, FoundMention, MentionKind};
use crate::lexicon::{Gender, Lexicon};
use crate::lower::Lower;
use crate::text::{Gap, TokenKind, TokenRange, Tokens};
use crate::wordhash::{join, Fx, PHRASE_START};

/// The most entities one word or acronym is looked up among: more are ambiguous anyway, and
/// the cap keeps grouping linear on any input.
const MAX_CANDIDATES: usize = 16;

/// The entities of a text, ordered by first mention, and the entity of each mention.
pub(crate) struct Grouped {
    /// The entities, each with its mentions ascending.
    pub(crate) entities: Vec<FoundEntity>,
    /// The entity of each mention, by index.
    pub(crate) entity_of: Vec<Option<usize>>,
}

/// Groups `mentions` (sorted by start) into entities, ordered by first mention.
///
/// A one-word person mention ("Kim") joins the person named in full with that word,
/// the one mentioned most so far when several are, then the first named, among those whose
/// first name fits the title before it ("Mrs Ruto": Rachel Ruto, not William Ruto); a one-word
/// organisation or place joins the only entity of its kind whose multi-word name it
/// abbreviates ("EU": "European Union") or, for organisations, begins ("Toyota").
#[inline(never)]
pub(crate) fn group(tokens: &Tokens, lexicon: &Lexicon, mentions: &[FoundMention]) -> Grouped {
    let text = tokens.text;
    let multi: Vec<bool> = mentions
        .iter()
        .map(|m| words(tokens, m.span.tokens()).nth(1).is_some())
        .collect();

    // Full names first, so that a short form can join one named later ("Putin" in a
    // headline, "Vladimir Putin" in the text; "EU" before "European Union").
    let mut order: Vec<usize> = (0..mentions.len()).collect();
    order.sort_by_key(|&i| (!multi[i], i));

    let mut entities: Vec<FoundEntity> = Vec::new();
    // Each name by the hash of its lower-case tokens ("MOMBASA", "Mombasa"), with its entity.
    let mut by_name: FxHashMap<(MentionKind, u64), usize> = FxHashMap::default();
    let mut people: FxHashMap<&str, Vec<usize>> = FxHashMap::default();
    // The one-word forms of multi-word names, by the hash of their text as written.
    let mut short_forms: FxHashMap<(MentionKind, u64), Vec<usize>> = FxHashMap::default();
    for i in order {
        let m = &mentions[i];
        let name = m.span.of(text);
        let key = (m.kind, name_hash(tokens, m.span.tokens()));
        // A surname after a gendered title looks for its namesake each time ("Mrs Ruto").
        let title = (m.kind == MentionKind::Person)
            .then(|| title_gender(tokens, m.span.first()))
            .flatten();
        let known = by_name.get(&key).copied();
        let spaced = has_space(tokens, m.span.tokens());
        let id = if let Some(id) = known.filter(|_| title.is_none()) {
            id
        } else if let Some(id) = short_form(
            text,
            lexicon,
            m,
            spaced,
            title,
            &entities,
            &people,
            &short_forms,
        ) {
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
            if spaced {
                file_short_forms(tokens, m, id, &mut short_forms, &mut people);
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
    Grouped {
        entity_of: entity_of(&entities, mentions.len()),
        entities,
    }
}

/// The entity of each of `count` mentions, by index, from the `entities` that hold them.
fn entity_of(entities: &[FoundEntity], count: usize) -> Vec<Option<usize>> {
    let mut entity_of = vec![None; count];
    for (id, e) in entities.iter().enumerate() {
        for &m in &e.mentions {
            entity_of[m] = Some(id);
        }
    }
    entity_of
}

/// Files entity `id`, first named by the multi-word mention `m`, under the one-word forms that
/// may stand for it later: its acronym or first word (organisations and places), each word of
/// a person's name.
fn file_short_forms<'t>(
    tokens: &Tokens<'t>,
    m: &FoundMention,
    id: usize,
    short_forms: &mut FxHashMap<(MentionKind, u64), Vec<usize>>,
    people: &mut FxHashMap<&'t str, Vec<usize>>,
) {
    for key in short_keys(m.kind, m.span.of(tokens.text)) {
        let ids = short_forms.entry((m.kind, key)).or_default();
        if ids.len() < MAX_CANDIDATES {
            ids.push(id);
        }
    }
    if m.kind == MentionKind::Person {
        for word in words(tokens, m.span.tokens()) {
            let ids = people.entry(word).or_default();
            if ids.len() < MAX_CANDIDATES && !ids.contains(&id) {
                ids.push(id);
            }
        }
    }
}

/// Whether token `i` is a hyphen that splits a name into words ("Jong-un").
fn is_hyphen(tokens: &Tokens, i: usize) -> bool {
    crate::text::is_hyphen(tokens.str(i))
}

/// The words of the name at tokens `range`: the runs of tokens between its spaces and hyphens
/// ("Kim", "Jong", "un"), as slices of the text.
fn words<'a, 't>(
    tokens: &'a Tokens<'t>,
    (start, end): TokenRange,
) -> impl Iterator<Item = &'t str> + 'a {
    let mut j = start;
    std::iter::from_fn(move || {
        while j < end && is_hyphen(tokens, j) {
            j += 1;
        }
        let first = j;
        while j < end && !is_hyphen(tokens, j) && (j == first || !spaced(tokens, j)) {
            j += 1;
        }
        (j > first).then(|| tokens.span((first, j)).of(tokens.text))
    })
}

/// Whether the name at tokens `range` has a space between two of its tokens.
fn has_space(tokens: &Tokens, (start, end): TokenRange) -> bool {
    (start + 1..end).any(|j| spaced(tokens, j))
}

/// What separates token `j` from the one before it.
fn separator<'t>(tokens: &Tokens<'t>, j: usize) -> &'t str {
    &tokens.text[tokens.tokens[j - 1].end..tokens.tokens[j].start]
}

/// Whether a space separates token `j` from the one before it (not only another blank, such
/// as a no-break space, which keeps "Breitbart News" one word).
fn spaced(tokens: &Tokens, j: usize) -> bool {
    tokens.gap(j) != Gap::None && separator(tokens, j).contains(' ')
}

/// The hash of the name at tokens `range`, in any case: its tokens' lower-case hashes, and
/// what separates them, so that "Kim Jong-un" and "Kim Jong - un" stay apart.
fn name_hash(tokens: &Tokens, (start, end): TokenRange) -> u64 {
    (start..end).fold(PHRASE_START, |h, j| {
        let h = if j > start && tokens.gap(j) != Gap::None {
            join(h, exact_hash(separator(tokens, j).chars()))
        } else {
            h
        };
        join(h, tokens.lower_hash(j))
    })
}

/// The hash of `word` as written, case and all.
fn exact_hash(word: impl IntoIterator<Item = char>) -> u64 {
    word.into_iter()
        .fold(Fx::new(9), |h, c| h.add(u64::from(c)))
        .finish()
}

/// The entity a one-word mention `m` of `text` is a short form of, if any; a person's after a
/// title of that gender (`title`) among the namesakes whose first name fits it, if any does.
#[allow(clippy::too_many_arguments)]
fn short_form(
    text: &str,
    lexicon: &Lexicon,
    m: &FoundMention,
    spaced: bool,
    title: Option<Gender>,
    entities: &[FoundEntity],
    people: &FxHashMap<&str, Vec<usize>>,
    short_forms: &FxHashMap<(MentionKind, u64), Vec<usize>>,
) -> Option<usize> {
    let name = m.span.of(text);
    if spaced || name.chars().count() < 2 {
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
    match short_forms
        .get(&(m.kind, exact_hash(name.chars())))?
        .as_slice()
    {
        [id] => Some(*id),
        _ => None,
    }
}

/// The gender a title right before token `first` gives the name there ("Mrs", not "Mrs."), if
/// any.
fn title_gender(tokens: &Tokens, first: usize) -> Option<Gender> {
    let title = first.checked_sub(1)?;
    if tokens.tokens[title].kind != TokenKind::Word {
        return None;
    }
    match Lower::new(tokens.str(title)).as_str() {
        "mrs" | "ms" | "miss" | "madam" | "madame" | "mme" | "lady" | "dame" => {
            Some(Gender::Female)
        }
        "mr" | "sir" | "lord" => Some(Gender::Male),
        _ => None,
    }
}

/// The hashes of the one-word forms a multi-word organisation or place name may take: its
/// acronym ("European Union": "EU"), and for organisations its first word ("Toyota Motor
/// Corp").
fn short_keys(kind: MentionKind, name: &str) -> Vec<u64> {
    if !matches!(kind, MentionKind::Organization | MentionKind::Place) {
        return Vec::new();
    }
    let words = || name.split(' ').filter(|w| !w.is_empty());
    let acronym = exact_hash(
        words()
            .filter(|w| !matches!(*w, "of" | "the" | "and" | "for" | "&"))
            .filter_map(|w| w.chars().next()),
    );
    let mut keys = vec![acronym];
    if kind == MentionKind::Organization {
        keys.extend(words().next().map(|w| exact_hash(w.chars())));
    }
    keys.dedup();
    keys
}
