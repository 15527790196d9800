//! One name, one kind per article: what the tagger decided for each mention alone is settled
//! for the whole text. Photo credits name agencies ("Photo: Kyodo"), found by the tagger or
//! not; an acronym in brackets after a name ("the African Union (AU)") is that name's kind,
//! and so is every later use of it; a name the text gives as another's ("… known as Kobby")
//! takes that one's kind wherever it stands; a name that a word such as "brand" or "portal"
//! introduces is an organisation's, and so are those listed with it ("luxury brands Gucci and
//! Prada"); a word that begins an organisation's name elsewhere ("Nordvik Holdings ASA" …
//! "Nordvik") names that organisation; a name before a word for a people ("the Ndaruwe
//! community") is a group's; the surname of someone named in full is that person wherever it
//! stands alone; and every mention of one name, in any case ("MOMBASA",
//! "Mombasa"), takes the kind most of them have.

use rustc_hash::{FxHashMap, FxHashSet};

use crate::document::MentionKind;
use crate::lexicon::{Gender, Lexicon};
use crate::text::{Gap, TokenKind, Tokens};
use crate::wordhash::Fx;

use super::features::PLACE_PREPOSITIONS;

/// A name with its kind, in tokens: `(start, end, kind)`.
pub(super) type Found = (usize, usize, MentionKind);

/// The names of `found` (sorted by start) made consistent across the text, sorted by start.
pub(super) fn one_kind_per_name(
    lexicon: &Lexicon,
    tokens: &Tokens,
    mut found: Vec<Found>,
) -> Vec<Found> {
    for name in &mut found {
        if is_credit(lexicon, tokens, name.0, name.1) {
            name.2 = MentionKind::Organization;
        }
        // "the North", "the South": a country or a region, never a person.
        if name.2 == MentionKind::Person
            && name.1 - name.0 == 1
            && COMPASS
                .iter()
                .any(|c| c.eq_ignore_ascii_case(tokens.str(name.0)))
        {
            name.2 = MentionKind::Place;
        }
    }
    let found = with_credits(lexicon, tokens, found);
    let found = with_nationalities(lexicon, tokens, found);
    let found = with_acronyms(tokens, found);
    let found = by_aliases(tokens, found);
    let mut found = with_surnames(lexicon, tokens, found);
    places_no_one_is_named_after(lexicon, tokens, &mut found);
    // The mentions whose kind a word before them says outright ("the town of Lismore").
    let mut called = vec![false; found.len()];
    organisations_by_what_they_are_called(lexicon, tokens, &mut found, &mut called);
    places_by_what_they_are_called(lexicon, tokens, &mut found, &mut called);
    kinds_stated_after(lexicon, tokens, &mut found, &mut called);
    datelines(lexicon, tokens, &mut found, &mut called);
    organisations_by_their_first_word(lexicon, tokens, &mut found);
    groups_by_what_follows(lexicon, tokens, &mut found, &mut called);
    by_majority(lexicon, tokens, &mut found, &called);
    found
}

/// Whether the name at tokens `start..end` is a photo credit's, at the end of its line
/// ("Photo: Kyodo", "Source: Xinhua"), one word that is no first name (a photographer's own
/// name stays a person's).
fn is_credit(lexicon: &Lexicon, tokens: &Tokens, start: usize, end: usize) -> bool {
    let credit = start >= 2
        && tokens.str(start - 1) == ":"
        && matches!(
            tokens.str(start - 2).to_ascii_lowercase().as_str(),
            "photo" | "photos" | "image" | "picture" | "credit" | "source" | "video"
        );
    credit
        && end - start == 1
        && tokens.gap(end) >= Gap::Line
        && lexicon.gender(tokens.str(start)).is_none()
}

/// `found` with the agencies of photo credits that the tagger passed by ("Photo: AFP"),
/// sorted by start.
fn with_credits(lexicon: &Lexicon, tokens: &Tokens, mut found: Vec<Found>) -> Vec<Found> {
    let named = named(tokens, &found);
    let before = found.len();
    for i in (2..tokens.len()).filter(|&i| !named[i]) {
        if tokens.tokens[i].kind == TokenKind::Word
            && tokens.is_capitalised(i)
            && is_credit(lexicon, tokens, i, i + 1)
        {
            found.push((i, i + 1, MentionKind::Organization));
        }
    }
    if found.len() > before {
        found.sort_unstable_by_key(|&(start, end, _)| (start, end));
    }
    found
}

/// `found` with the nationalities and peoples written as one capitalised word that the tagger
/// passed by ("Some Argentines raced to the shops"), away from other capitalised words,
/// sorted by start.
fn with_nationalities(lexicon: &Lexicon, tokens: &Tokens, mut found: Vec<Found>) -> Vec<Found> {
    let named = named(tokens, &found);
    let before = found.len();
    let capitalised = |i: usize| i < tokens.len() && tokens.is_capitalised(i);
    for i in (0..tokens.len()).filter(|&i| !named[i] && tokens.is_capitalised(i)) {
        // After a capitalised function word at most ("Some Argentines").
        let after_name = i > 0
            && capitalised(i - 1)
            && tokens.gap(i) == Gap::Space
            && !lexicon.function_words.contains_lowercase(tokens.str(i - 1));
        let before_name = capitalised(i + 1) && tokens.gap(i + 1) == Gap::Space;
        // Glued to a word, a hyphen or a slash: part of something else ("Kenyans-only").
        let glued = |j: usize, gap: Gap| {
            gap == Gap::None
                && (tokens.tokens[j].kind != TokenKind::Punct
                    || matches!(tokens.str(j), "-" | "/" | "_"))
        };
        let in_word = (i > 0 && glued(i - 1, tokens.gap(i)))
            || (i + 1 < tokens.len() && glued(i + 1, tokens.gap(i + 1)));
        if !(after_name || before_name || in_word)
            && (lexicon.is_demonym_or_plural(tokens, (i, i + 1)) || of_a_quarter(tokens.str(i)))
        {
            found.push((i, i + 1, MentionKind::Nationality));
        }
    }
    if found.len() > before {
        found.sort_unstable_by_key(|&(start, end, _)| (start, end));
    }
    found
}

/// The initials of a name of several words: the first letters of its capitalised words
/// ("African Union": A, U; "Bank of England": B, E), `None` for one word.
fn initials<'a>(
    tokens: &'a Tokens,
    start: usize,
    end: usize,
) -> Option<impl Iterator<Item = char> + 'a> {
    let words = (start..end).filter(|&i| tokens.is_capitalised(i));
    let several = words.clone().nth(1).is_some();
    several.then(|| words.filter_map(|i| tokens.str(i).chars().next()))
}

/// `found` with the acronyms that a name defines in brackets after it ("the African Union
/// (AU)") given that name's kind, there and wherever else the text uses them, found by the
/// tagger or not; and with the acronyms of the names it spells out elsewhere ("the Enforcement
/// Directorate" … "the ED") where the acronym stands alone, away from other capitalised words.
fn with_acronyms(tokens: &Tokens, mut found: Vec<Found>) -> Vec<Found> {
    let mut defined: FxHashMap<&str, MentionKind> = FxHashMap::default();
    for name in &mut found {
        let (end, a) = (name.1, name.1 + 1);
        if tokens.get(end) != "(" || tokens.get(a + 1) != ")" || !is_acronym(tokens, a) {
            continue;
        }
        let acronym = tokens.str(a);
        // The words it stands for, which may be fewer than the tagger took in ("Leaders of the
        // African Union (AU)").
        let stands_for = (name.0..end)
            .filter(|&s| tokens.is_capitalised(s))
            .find(|&s| {
                initials(tokens, s, end)
                    .is_some_and(|i| i.flat_map(char::to_uppercase).eq(acronym.chars()))
            });
        if let Some(start) = stands_for {
            name.0 = start;
            defined.insert(acronym, name.2);
        }
    }
    // The acronyms the text writes; most texts have a few, some none.
    let acronyms: Vec<usize> = (0..tokens.len())
        .filter(|&i| is_acronym(tokens, i))
        .collect();
    if acronyms.is_empty() {
        return found;
    }
    // The initials of every name but people's, with their kind (`None`: two kinds share them).
    let mut spelled: FxHashMap<u64, Option<MentionKind>> = FxHashMap::default();
    for &(start, end, kind) in found.iter().filter(|n| n.2 != MentionKind::Person) {
        if let Some(initials) = initials(tokens, start, end) {
            spelled
                .entry(letters_key(initials))
                .and_modify(|k| *k = k.filter(|&k| k == kind))
                .or_insert(Some(kind));
        }
    }
    let kind_at = |i: usize| -> Option<MentionKind> {
        let word = tokens.str(i);
        defined.get(word).copied().or_else(|| {
            // Not in a longer name, a headline in capitals, an address or a slug.
            let apart = |j: usize, gap: Gap| {
                !(tokens.is_capitalised(j)
                    || gap == Gap::None && matches!(tokens.get(j), "/" | "-" | "_"))
            };
            let alone = (i == 0 || apart(i - 1, tokens.gap(i)))
                && (i + 1 == tokens.len() || apart(i + 1, tokens.gap(i + 1)));
            let spelled = || spelled.get(&letters_key(word.chars())).copied().flatten();
            alone.then(spelled).flatten()
        })
    };
    let named = named(tokens, &found);
    let before = found.len();
    for name in found.iter_mut() {
        if name.1 - name.0 == 1 && acronyms.binary_search(&name.0).is_ok() {
            if let Some(kind) = kind_at(name.0) {
                name.2 = kind;
            }
        }
    }
    for &i in acronyms.iter().filter(|&&i| !named[i]) {
        if let Some(kind) = kind_at(i) {
            found.push((i, i + 1, kind));
        }
    }
    if found.len() > before {
        found.sort_unstable_by_key(|&(start, end, _)| (start, end));
    }
    found
}

/// A key for a run of letters in any case ("AU", the initials of "African Union").
fn letters_key(letters: impl Iterator<Item = char>) -> u64 {
    letters
        .fold(Fx::new(9), |h, c| {
            h.add(u64::from(c.to_uppercase().next().unwrap_or(c)))
        })
        .finish()
}

/// Whether tokens `start..end` hold no lower-case letter ("MOMBASA", "SHAH ALAM").
pub(super) fn in_capitals(tokens: &Tokens, start: usize, end: usize) -> bool {
    (start..end).all(|i| !tokens.str(i).chars().any(char::is_lowercase))
}

/// Whether token `i` is a word of two or more capital letters.
pub(super) fn is_acronym(tokens: &Tokens, i: usize) -> bool {
    tokens
        .tokens
        .get(i)
        .is_some_and(|t| t.kind == TokenKind::Word)
        && {
            let word = tokens.str(i);
            word.chars().count() >= 2 && word.chars().all(char::is_uppercase)
        }
}

/// The words that may stand between a name and the phrase that gives its other name ("Kwabena
/// Mensah – more commonly known as Kobby", "Amina, also known as …").
const BEFORE_ALIAS: [&str; 16] = [
    ",",
    "–",
    "—",
    "(",
    "who",
    "is",
    "was",
    "also",
    "more",
    "better",
    "commonly",
    "popularly",
    "widely",
    "affectionately",
    "fondly",
    "locally",
];

/// Where the other name that the text gives the name ending at token `end` begins ("…
/// known as Kobby", "… nicknamed 'The Lion'"): past [`BEFORE_ALIAS`] words, "known as",
/// "nicknamed" or "alias", and an opening quote.
fn alias_start(tokens: &Tokens, end: usize) -> Option<usize> {
    let mut i = end;
    while i < tokens.len() && i - end < 6 && BEFORE_ALIAS.contains(&tokens.str(i)) {
        i += 1;
    }
    let word = |j: usize| tokens.get(j).to_ascii_lowercase();
    if word(i) == "known" && word(i + 1) == "as" {
        i += 2;
    } else if matches!(word(i).as_str(), "nicknamed" | "alias") {
        i += 1;
    } else {
        return None;
    }
    while i < tokens.len() && matches!(tokens.str(i), "“" | "\"" | "‘" | "'") {
        i += 1;
    }
    (i < tokens.len() && tokens.gap(i) < Gap::Line && tokens.is_capitalised(i)).then_some(i)
}

/// `found` with the other names the text gives a name ("Kwabena Mensah – more commonly known
/// as Kobby", "nicknamed …"): each takes that name's kind wherever it stands, and is found where
/// the tagger passed it by; sorted by start.
fn by_aliases(tokens: &Tokens, mut found: Vec<Found>) -> Vec<Found> {
    let mut aliases: Vec<(Vec<&str>, MentionKind)> = Vec::new();
    for k in 0..found.len() {
        let Some(start) = alias_start(tokens, found[k].1) else {
            continue;
        };
        // The alias as the tagger found it, or the run of capitalised words there.
        let end = match found.get(k + 1) {
            Some(&(s, e, _)) if s == start => e,
            _ => {
                let mut e = start;
                while e < tokens.len()
                    && e - start < 3
                    && (e == start || tokens.gap(e) == Gap::Space)
                    && tokens.is_capitalised(e)
                {
                    e += 1;
                }
                e
            }
        };
        let words: Vec<&str> = (start..end).map(|i| tokens.str(i)).collect();
        aliases.push((words, found[k].2));
    }
    if aliases.is_empty() {
        return found;
    }
    let same = |s: usize, e: usize, words: &[&str]| {
        e - s == words.len() && (s..e).zip(words).all(|(i, w)| tokens.str(i) == *w)
    };
    for name in &mut found {
        if let Some((_, kind)) = aliases.iter().find(|(w, _)| same(name.0, name.1, w)) {
            name.2 = *kind;
        }
    }
    let named = named(tokens, &found);
    let mut added = false;
    for (words, kind) in &aliases {
        let n = words.len();
        for s in 0..tokens.len().saturating_sub(n - 1) {
            let whole = (s == 0 || !tokens.is_capitalised(s - 1) || tokens.gap(s) >= Gap::Line)
                && (s + n == tokens.len() || !tokens.is_capitalised(s + n));
            if whole && !named[s..s + n].contains(&true) && same(s, s + n, words) {
                found.push((s, s + n, *kind));
                added = true;
            }
        }
    }
    if added {
        found.sort_unstable_by_key(|&(start, end, _)| (start, end));
    }
    found
}

/// `found` with the surnames of people named in full ("Pedro Alves"), or by the surname alone
/// at least twice, wherever else they stand alone and the tagger passed them by ("Alves added
/// that …"), unless the word lists know the word as something else.
fn with_surnames(lexicon: &Lexicon, tokens: &Tokens, mut found: Vec<Found>) -> Vec<Found> {
    // Each surname with whether someone is named by it in full (true), or by it alone only.
    let mut named_by: FxHashMap<&str, (bool, usize)> = FxHashMap::default();
    for &(start, end, kind) in &found {
        if kind == MentionKind::Person && tokens.is_capitalised(end - 1) {
            let seen = named_by.entry(tokens.str(end - 1)).or_default();
            seen.0 |= end - start > 1;
            seen.1 += 1;
        }
    }
    let surnames: FxHashSet<&str> = named_by
        .into_iter()
        .filter(|&(_, (in_full, times))| in_full || times >= 2)
        .map(|(word, _)| word)
        .filter(|w| w.chars().count() > 1 && !w.chars().all(char::is_uppercase))
        .collect();
    if surnames.is_empty() {
        return found;
    }
    let named = named(tokens, &found);
    let mut added = false;
    for i in (0..tokens.len()).filter(|&i| !named[i] && tokens.is_capitalised(i)) {
        let word = tokens.str(i);
        // A word glued to another is part of something else ("Alves-led"), but for a possessive.
        let glued = tokens.gap(i) == Gap::None
            || (tokens.gap(i + 1) == Gap::None && !matches!(tokens.get(i + 1), "’" | "'"));
        let next_capitalised = i + 1 < tokens.len() && tokens.is_capitalised(i + 1);
        let something_else = lexicon.function_words.contains_lowercase(word)
            || lexicon.is_place(tokens, (i, i + 1))
            || lexicon.is_demonym(tokens, (i, i + 1))
            || lexicon.is_title(word);
        if !glued && !next_capitalised && !something_else && surnames.contains(&word) {
            found.push((i, i + 1, MentionKind::Person));
            added = true;
        }
    }
    if added {
        found.sort_unstable_by_key(|&(start, end, _)| (start, end));
    }
    found
}

/// A person named by one word that is a place by what the text says of it is the place:
/// a known place ("DAMASCUS 1996-08-30", "Damascus radio"), unless it is also a first name
/// ("Nancy") and the text does not name the place's people ("Jordan" beside "Jordanian"), or a
/// title stands before it ("Mr Lincoln"); a word with a known place after it and a comma
/// ("Macomb, Illinois,"); a word listed among places ("La Laura, Plaine-Sophie, Mapou and
/// Bel-Ombre"). So is a known place in capitals that opens a line as a dateline ("SHAH ALAM:").
/// Never a word that is the first or last name of someone the text names in full.
fn places_no_one_is_named_after(lexicon: &Lexicon, tokens: &Tokens, found: &mut [Found]) {
    let is_place = |n: Option<&Found>| n.is_some_and(|n| n.2 == MentionKind::Place);
    // The names listed with each name: where its list (names joined by commas or "and")
    // starts and ends in `found`.
    let joined =
        |a: &Found, b: &Found| b.0 == a.1 + 1 && matches!(tokens.str(a.1), "," | "and" | "or");
    let mut lists = vec![(0, 0); found.len()];
    let mut first = 0;
    for k in 0..found.len() {
        if k == 0 || !joined(&found[k - 1], &found[k]) {
            first = k;
        }
        lists[first..=k]
            .iter_mut()
            .for_each(|l| *l = (first, k + 1));
    }
    let mut places = Vec::new();
    for k in 0..found.len() {
        let (start, end, kind) = found[k];
        if kind != MentionKind::Person {
            continue;
        }
        let one_word = end - start == 1;
        // "SHAH ALAM: Police said": a place in capitals opening a line, before a colon, a
        // comma or a dash, is a dateline's, whatever first names it holds.
        let dateline = tokens.gap(start) >= Gap::Line
            && matches!(tokens.get(end), ":" | "," | "-" | "—" | "–")
            && in_capitals(tokens, start, end)
            && lexicon.is_place(tokens, (start, end));
        let known = one_word
            && lexicon.is_place(tokens, (start, end))
            && (lexicon.gender(tokens.str(start)).is_none()
                || has_its_people(lexicon, tokens, start))
            && !(start > 0 && lexicon.is_title(tokens.str(start - 1)));
        // "Macomb, Illinois," and "Macomb, Illinois." but not "Ruto, Kenya's president".
        let next = found
            .get(k + 1)
            .filter(|n| n.0 == end + 1 && tokens.str(end) == ",");
        let in_address = one_word
            && is_place(next)
            && next.is_some_and(|n| {
                lexicon.is_place(tokens, (n.0, n.1))
                    && tokens
                        .tokens
                        .get(n.1)
                        .is_none_or(|t| t.kind == TokenKind::Punct)
                    && !matches!(tokens.get(n.1), "'" | "’")
            });
        // Listed with two places at least, and no more people than places.
        let list = &found[lists[k].0..lists[k].1];
        let count = |kind: MentionKind| list.iter().filter(|n| n.2 == kind).count();
        let listed = count(MentionKind::Place) >= 2.max(count(MentionKind::Person));
        if known || in_address || listed || dateline {
            places.push(k);
        }
    }
    if places.is_empty() {
        return;
    }
    let in_full: FxHashSet<&str> = found
        .iter()
        .enumerate()
        .filter(|(k, n)| n.2 == MentionKind::Person && n.1 - n.0 > 1 && !places.contains(k))
        // A first or last name: a word inside a full name is no one's ("Kartu Jakarta Sehat").
        .flat_map(|(_, n)| [tokens.str(n.0), tokens.str(n.1 - 1)])
        .collect();
    for k in places {
        let (start, end, _) = found[k];
        if !(start..end).any(|i| in_full.contains(tokens.str(i))) {
            found[k].2 = MentionKind::Place;
        }
    }
}

/// Whether the text names the people of the place at token `place`: a nationality made of
/// the place's name and an ending ("Jordan" and "Jordanian", "Chad" and "Chadians").
fn has_its_people(lexicon: &Lexicon, tokens: &Tokens, place: usize) -> bool {
    let name = tokens.str(place);
    (0..tokens.len()).any(|i| {
        let word = tokens.str(i);
        word.len() > name.len()
            && word.len() <= name.len() + 5
            && word.starts_with(name)
            && lexicon.is_demonym_or_plural(tokens, (i, i + 1))
    })
}

/// Names that a word for organisations introduces ("fashion house Gucci", "search portal
/// Naver"), and those listed after them ("brands Gucci and Prada"), are organisations; but not
/// a person whose first name the word lists know ("the company Jack Ma founded"). Marks in
/// `called` the mentions whose kind it set.
fn organisations_by_what_they_are_called(
    lexicon: &Lexicon,
    tokens: &Tokens,
    found: &mut [Found],
    called: &mut [bool],
) {
    let mut listed_after: Option<usize> = None;
    for (name, called) in found.iter_mut().zip(called) {
        let (start, end) = (name.0, name.1);
        let cue = start > 0
            && tokens.tokens[start - 1].kind == TokenKind::Word
            && tokens.gap(start) != Gap::None
            && !tokens.is_capitalised(start - 1)
            && lexicon.organization_cues.contains(tokens.str(start - 1));
        // "Gucci and Prada", "Gucci, Prada and Fendi".
        let in_list = listed_after.is_some_and(|after| match &tokens.tokens[after..start] {
            [] => false,
            between => {
                between.len() <= 2
                    && (after..start).all(|i| matches!(tokens.str(i), "," | "and" | "or" | "&"))
            }
        });
        let first = tokens.str(start);
        // A man's or woman's first name and a surname are a person's, whatever the tagger made
        // of the word before them ("the company Jack Ma founded"); not an article such as "Al"
        // or "El" ("the channel Al Sumeria").
        if cue
            && end - start == 2
            && matches!(lexicon.gender(first), Some(Gender::Male | Gender::Female))
            && !lexicon.name_particles.contains_lowercase(first)
            && tokens.is_capitalised(end - 1)
            && !lexicon
                .organization_words
                .contains_lowercase(tokens.str(end - 1))
            && !lexicon.legal_forms.contains_lowercase(tokens.str(end - 1))
        {
            name.2 = MentionKind::Person;
            *called = true;
        }
        let person = name.2 == MentionKind::Person && lexicon.gender(first).is_some();
        if (cue || in_list) && !person {
            name.2 = MentionKind::Organization;
            *called = true;
            listed_after = Some(end);
        } else {
            listed_after = None;
        }
    }
}

/// Names that a lower-case word for places introduces are places: right after it ("the
/// capital Nairobi"), or after it and "of", "known as", "called" or "named" ("the town of
/// Lismore", "the township known as Tembisa"). Nationalities stay what they are. Marks in
/// `called` the mentions whose kind it set.
fn places_by_what_they_are_called(
    lexicon: &Lexicon,
    tokens: &Tokens,
    found: &mut [Found],
    called: &mut [bool],
) {
    for (name, called) in found.iter_mut().zip(called) {
        if name.2 != MentionKind::Nationality && is_called_a_place(lexicon, tokens, name.0) {
            name.2 = MentionKind::Place;
            *called = true;
        }
    }
}

/// Whether a lower-case word for places says that the name at token `start` is one: right
/// before it ("the capital Lilongwe"), or with "of", "called", "named" or "known as" between,
/// where words for divisions count too ("the township known as Tembisa", "the province of
/// Hebei").
pub(super) fn is_called_a_place(lexicon: &Lexicon, tokens: &Tokens, start: usize) -> bool {
    let words = |back: usize| (start - back..start).map(|i| tokens.str(i));
    let lower_case_word =
        |i: usize| tokens.tokens[i].kind == TokenKind::Word && !tokens.is_capitalised(i);
    let cue_at = |i: usize| lower_case_word(i) && lexicon.place_cues.contains(tokens.str(i));
    let kind_at =
        |i: usize| cue_at(i) || lower_case_word(i) && lexicon.place_kinds.contains(tokens.str(i));
    (start >= 1 && cue_at(start - 1))
        || (start >= 2
            && matches!(tokens.str(start - 1), "of" | "called" | "named")
            && kind_at(start - 2))
        || (start >= 3 && words(2).eq(["known", "as"]) && kind_at(start - 3))
}

/// Names that the text goes on to say are a place or an organisation, with a word for one at
/// the end of a phrase after the name ("Urus-Martan is a town in", "Mbeere, a small village
/// near", "Talanta, a logistics firm that"), are that. Nationalities stay what they are. Marks
/// in `called` the mentions whose kind it set.
fn kinds_stated_after(
    lexicon: &Lexicon,
    tokens: &Tokens,
    found: &mut [Found],
    called: &mut [bool],
) {
    for (name, called) in found.iter_mut().zip(called) {
        let mut i = name.1;
        if matches!(tokens.get(i), "," | "is" | "was") {
            i += 1;
        }
        if !matches!(tokens.get(i), "a" | "an") {
            continue;
        }
        // Up to three words describing it, then the word for what it is, ending the phrase.
        let stated = (i + 1..tokens.len().min(i + 5))
            .take_while(|&j| {
                tokens.tokens[j].kind == TokenKind::Word
                    && !tokens.is_capitalised(j)
                    && !lexicon.function_words.contains(tokens.str(j))
            })
            .find_map(|j| {
                let ends = tokens.tokens.get(j + 1).is_none_or(|t| {
                    t.kind == TokenKind::Punct || lexicon.function_words.contains(tokens.get(j + 1))
                });
                let word = tokens.str(j);
                if !ends {
                    None
                } else if lexicon.place_cues.contains(word) {
                    Some(MentionKind::Place)
                } else if lexicon.organization_cues.contains(word) {
                    Some(MentionKind::Organization)
                } else {
                    None
                }
            });
        if let Some(kind) = stated.filter(|_| name.2 != MentionKind::Nationality) {
            name.2 = kind;
            *called = true;
        }
    }
}

/// A name in capitals that opens a sentence or a line and a date follow, perhaps with a
/// comma and another name between, is a dateline's place ("ESCHEN 1996-08-31 The", "LA
/// CORUNA, Spain 1996-08-31", "NAIROBI, Kenya, July 26"); so is a known place that opens a
/// line before a dash ("Pretoria – The court"). So is every mention of it: marks those in
/// `called`.
fn datelines(lexicon: &Lexicon, tokens: &Tokens, found: &mut [Found], called: &mut [bool]) {
    let capitals = |start: usize, end: usize| {
        in_capitals(tokens, start, end) && tokens.str(start).chars().nth(1).is_some()
    };
    let date_at = |i: usize| {
        let number = |j: usize| {
            tokens
                .tokens
                .get(j)
                .is_some_and(|t| t.kind == TokenKind::Number)
        };
        let iso =
            number(i) && tokens.get(i).len() == 4 && tokens.get(i + 1) == "-" && number(i + 2);
        iso || crate::calendar::month(tokens.get(i)).is_some() && number(i + 1)
    };
    for k in 0..found.len() {
        let (start, end, _) = found[k];
        // "Pretoria – The", "Srinagar - The".
        if tokens.gap(start) >= Gap::Line
            && matches!(tokens.get(end), "–" | "—" | "-")
            && tokens.gap(end) == Gap::Space
            && tokens.gap(end + 1) != Gap::None
            && lexicon.is_place(tokens, (start, end))
        {
            found[k].2 = MentionKind::Place;
            called[k] = true;
            continue;
        }
        let opens = tokens.tokens[start].sentence_start || tokens.gap(start) >= Gap::Line;
        if !opens || !capitals(start, end) {
            continue;
        }
        // "LA CORUNA, Spain 1996-08-31", "NAIROBI, Kenya, July 26".
        let mut after = end;
        if tokens.get(after) == "," {
            if let Some(next) = found.get(k + 1).filter(|n| n.0 == after + 1) {
                after = next.1;
            }
            if tokens.get(after) == "," {
                after += 1;
            }
        }
        if date_at(after) {
            found[k].2 = MentionKind::Place;
            called[k] = true;
        }
    }
}

/// Whether `word` names the people of a quarter of a country or the world: "Northerner",
/// "Southerners", "Westerners".
fn of_a_quarter(word: &str) -> bool {
    let one = word.strip_suffix('s').unwrap_or(word);
    one.strip_suffix("erner")
        .is_some_and(|quarter| COMPASS.contains(&quarter))
}

/// Whether each token is inside one of `names` (`(start, end, kind or label)`).
pub(super) fn named<K>(tokens: &Tokens, names: &[(usize, usize, K)]) -> Vec<bool> {
    let mut named = vec![false; tokens.len()];
    for &(start, end, _) in names {
        named[start..end].fill(true);
    }
    named
}

/// A one-word person or place that is the first word of an organisation named in full
/// elsewhere, by a name with a word for organisations or a legal form in it ("Nordvik Holdings
/// ASA" … "Nordvik"), is that organisation, unless the word lists know it as a place or a
/// nationality ("Kenya" of "Kenya Airways"), it is a first name that someone named in full in
/// the text bears ("Kendra Mendes" beside "Kendra Logistics"), or it follows a preposition of
/// place ("the Kwanlin Council" … "in Kwanlin").
fn organisations_by_their_first_word(lexicon: &Lexicon, tokens: &Tokens, found: &mut [Found]) {
    let firsts: FxHashSet<&str> = found
        .iter()
        .filter(|&&(start, end, kind)| {
            kind == MentionKind::Organization
                && end - start > 1
                && tokens.is_capitalised(start)
                && says_organisation(lexicon, tokens, start + 1, end)
        })
        .map(|&(start, _, _)| tokens.str(start))
        .collect();
    if firsts.is_empty() {
        return;
    }
    let people: FxHashSet<&str> = found
        .iter()
        .filter(|&&(start, end, kind)| kind == MentionKind::Person && end - start > 1)
        .flat_map(|&(start, end, _)| (start..end).map(|i| tokens.str(i)))
        .collect();
    for name in found
        .iter_mut()
        .filter(|n| n.1 - n.0 == 1 && n.2 != MentionKind::Organization)
    {
        let word = tokens.str(name.0);
        let placed = name.0 > 0 && PLACE_PREPOSITIONS.contains(&tokens.get(name.0 - 1));
        let known = placed
            || lexicon.is_place(tokens, (name.0, name.0 + 1))
            || lexicon.is_demonym(tokens, (name.0, name.0 + 1))
            || (lexicon.gender(word).is_some() && people.contains(word));
        if !known && firsts.contains(&word) {
            name.2 = MentionKind::Organization;
        }
    }
}

/// Whether a word of tokens `start..end` is a word for organisations or a legal form
/// ("Holdings", "ASA").
fn says_organisation(lexicon: &Lexicon, tokens: &Tokens, start: usize, end: usize) -> bool {
    (start..end).any(|i| {
        let word = tokens.str(i);
        lexicon.organization_words.contains_lowercase(word)
            || lexicon.legal_forms.contains_lowercase(word)
    })
}

/// A name of one word before a word for a people or its tongue ("the Tavuri people", "Lomba
/// communities", "the Tavuri language"; also a capitalised plural the tagger took in: "Lomba
/// Communities") is a group's, unless the word lists know it as a place ("Lamu community").
/// The text states it, so it holds for every mention of the name: marks those in `called`.
fn groups_by_what_follows(
    lexicon: &Lexicon,
    tokens: &Tokens,
    found: &mut [Found],
    called: &mut [bool],
) {
    for (name, called) in found.iter_mut().zip(called) {
        // "the Lomba communities", or the tagger's "Lomba Communities".
        let group_word = match name.1 - name.0 {
            1 if tokens.gap(name.1) == Gap::Space => name.1,
            2 if tokens.is_capitalised(name.0 + 1) => name.0 + 1,
            _ => continue,
        };
        let word = tokens.str(group_word);
        // Capitalised, only a plural: "the Caribbean Community" is an organisation.
        let is_group_word = if group_word == name.1 {
            GROUP_WORDS.contains(&word)
        } else {
            word.ends_with('s') && GROUP_WORDS.iter().any(|g| g.eq_ignore_ascii_case(word))
        };
        if is_group_word && !lexicon.is_place(tokens, (name.0, name.0 + 1)) {
            *name = (name.0, name.0 + 1, MentionKind::Nationality);
            *called = true;
        }
    }
}

/// The words for a people, or for its tongue, that follow its name in lower case; not "clan",
/// which follows a family's ("the Okafor clan").
const GROUP_WORDS: [&str; 9] = [
    "people",
    "peoples",
    "tribe",
    "tribes",
    "community",
    "communities",
    "elders",
    "language",
    "languages",
];

/// Every mention of one name, in any case, takes the kind most of its mentions have; on a tie,
/// the kind of its first mention written as the text's other words are (not at the start of a
/// sentence, not in capitals), if that is one of the tied; else each keeps its own. A kind the
/// text states with a word before a mention (`called`: "the town of Lismore") outweighs any
/// number of the tagger's.
fn by_majority(lexicon: &Lexicon, tokens: &Tokens, found: &mut [Found], called: &[bool]) {
    // Each name's kinds: how many mentions have each, and the first plainly written one.
    let mut kinds: FxHashMap<String, ([u32; 4], Option<MentionKind>)> = FxHashMap::default();
    let key = |start: usize, end: usize| {
        tokens.text[tokens.tokens[start].start..tokens.tokens[end - 1].end].to_lowercase()
    };
    for (&(start, end, kind), &called) in found.iter().zip(called) {
        let entry = kinds.entry(key(start, end)).or_default();
        entry.0[kind as usize] += if called { STATED } else { 1 };
        let plain = !tokens.tokens[start].sentence_start
            && tokens.str(start).chars().any(char::is_lowercase);
        if plain && entry.1.is_none() {
            entry.1 = Some(kind);
        }
    }
    if kinds.len() == found.len() {
        return;
    }
    for name in found.iter_mut() {
        let (counts, plain) = &kinds[&key(name.0, name.1)];
        let most = counts.iter().copied().max().unwrap_or(0);
        let tied: Vec<MentionKind> = KINDS
            .iter()
            .copied()
            .filter(|&k| counts[k as usize] == most)
            .collect();
        let kind = match (tied.as_slice(), plain) {
            ([one], _) => *one,
            (_, Some(k)) if tied.contains(k) => *k,
            _ => continue,
        };
        // A known place is also its team or its government ("Milan", "Lithuania"): between
        // those two the tagger's reading of each sentence stands.
        let both_places = matches!(name.2, MentionKind::Place | MentionKind::Organization)
            && matches!(kind, MentionKind::Place | MentionKind::Organization);
        if !(both_places && lexicon.is_place(tokens, (name.0, name.1))) {
            name.2 = kind;
        }
    }
}

/// The weight of a kind the text states ([`by_majority`]): more than a text mentions a name.
const STATED: u32 = 1 << 16;

/// The points of the compass, which stand alone for the parts of a country or the world.
const COMPASS: [&str; 4] = ["North", "South", "East", "West"];

/// The kinds of mention in the order of their discriminants.
const KINDS: [MentionKind; 4] = [
    MentionKind::Person,
    MentionKind::Organization,
    MentionKind::Place,
    MentionKind::Nationality,
];

#[cfg(test)]
pub(super) mod tests {
    use super::*;

    /// The index of the `nth` token written `word` (from 0).
    pub(in crate::names) fn token_at(tokens: &Tokens, word: &str, nth: usize) -> usize {
        (0..tokens.len())
            .filter(|&i| tokens.str(i) == word)
            .nth(nth)
            .unwrap_or_else(|| panic!("no token {nth} {word:?}"))
    }

    #[test]
    fn a_surname_found_twice_alone_is_a_person_wherever_it_stands() {
        let lexicon = Lexicon::load().unwrap();
        let tokens =
            Tokens::new("Achterberg said so. Achterberg smiled. Critics of Achterberg agreed.");
        let at = |word: &str, nth: usize| token_at(&tokens, word, nth);
        let (first, second, third) = (
            at("Achterberg", 0),
            at("Achterberg", 1),
            at("Achterberg", 2),
        );
        let person = |i: usize| (i, i + 1, MentionKind::Person);
        let found = with_surnames(&lexicon, &tokens, vec![person(first), person(second)]);
        assert_eq!(found, vec![person(first), person(second), person(third)]);
        // Found once alone, it is not carried over.
        let found = with_surnames(&lexicon, &tokens, vec![person(first)]);
        assert_eq!(found, vec![person(first)]);
    }

    #[test]
    fn an_acronym_standing_alone_is_the_name_spelled_out_elsewhere() {
        let tokens = Tokens::new(
            "Cash was seized, according to ED. Raids by the Enforcement Directorate began. \
             ED HEAD QUITS. See /ED-raids.",
        );
        let at = |word: &str, nth: usize| token_at(&tokens, word, nth);
        let directorate = at("Enforcement", 0);
        let name = (directorate, directorate + 2, MentionKind::Organization);
        let found = with_acronyms(&tokens, vec![name]);
        // Not in the headline in capitals, nor in the address.
        let first = at("ED", 0);
        assert_eq!(
            found,
            vec![(first, first + 1, MentionKind::Organization), name]
        );
        // A person's initials are no acronym.
        let person = (name.0, name.1, MentionKind::Person);
        assert_eq!(with_acronyms(&tokens, vec![person]), vec![person]);
    }

    #[test]
    fn a_name_is_the_organisation_it_begins_unless_the_text_places_it() {
        use MentionKind::{Organization as O, Person as P, Place as L};
        let lexicon = Lexicon::load().unwrap();
        let tokens = Tokens::new(
            "Talvik Holdings ASA grew. Talvik said so. Elders in Talvik and Ruvina met Ruvina \
             Okafor. Police held Liang Dongpo. Liang was freed.",
        );
        let at = |word: &str, nth: usize| token_at(&tokens, word, nth);
        let one = |word: &str, nth: usize, kind| (at(word, nth), at(word, nth) + 1, kind);
        let company = (0, 3, O);
        let okafor = (at("Ruvina", 1), at("Ruvina", 1) + 2, P);
        // The tagger read a person's name as an organisation's; no word of it says so.
        let liang = (at("Liang", 0), at("Liang", 0) + 2, O);
        let mut found = vec![
            company,
            one("Talvik", 1, P),
            one("Talvik", 2, P),
            one("Ruvina", 0, L),
            okafor,
            liang,
            one("Liang", 1, P),
        ];
        organisations_by_their_first_word(&lexicon, &tokens, &mut found);
        assert_eq!(
            found,
            vec![
                company,
                one("Talvik", 1, O),
                // After "in", the word is the place the organisation is named after.
                one("Talvik", 2, P),
                one("Ruvina", 0, L),
                okafor,
                liang,
                one("Liang", 1, P),
            ]
        );
    }

    #[test]
    fn a_person_named_by_one_word_that_the_text_places_is_a_place() {
        use MentionKind::{Person as P, Place as L};
        let lexicon = Lexicon::load().unwrap();
        let tokens = Tokens::new(
            "Tyler, Texas, voted. Ruto, Kenya's president, spoke in Grand Bois, Bel-Air and \
             Chamouny. Nancy and Damascus met Tom Damascus.",
        );
        let at = |word: &str| token_at(&tokens, word, 0);
        let name = |word: &str, len: usize, kind| (at(word), at(word) + len, kind);
        let mut found = vec![
            name("Tyler", 1, P),
            name("Texas", 1, L),
            name("Ruto", 1, P),
            name("Kenya", 1, L),
            name("Grand", 2, L),
            name("Bel", 3, P),
            name("Chamouny", 1, L),
            name("Nancy", 1, P),
            name("Damascus", 1, P),
            (at("Tom"), at("Tom") + 2, P),
        ];
        places_no_one_is_named_after(&lexicon, &tokens, &mut found);
        let kinds: Vec<MentionKind> = found.iter().map(|n| n.2).collect();
        // Tyler by the place after it, Bel-Air by its list; Ruto stays (a possessive follows
        // Kenya), Nancy is a first name, and someone is named in full with Damascus.
        assert_eq!(kinds, [L, L, P, L, L, L, L, P, P, P]);
    }

    #[test]
    fn a_dateline_in_capitals_and_a_word_inside_a_full_name_are_places() {
        use MentionKind::{Person as P, Place as L};
        let lexicon = Lexicon::load().unwrap();
        let tokens =
            Tokens::new("KUALA LUMPUR: The Kartu Damascus Sehat card came. Damascus agreed.");
        let at = |word: &str, nth: usize| token_at(&tokens, word, nth);
        let name = |word: &str, nth: usize, len: usize| (at(word, nth), at(word, nth) + len, P);
        let mut found = vec![
            name("KUALA", 0, 2),
            name("Kartu", 0, 3),
            name("Damascus", 1, 1),
        ];
        places_no_one_is_named_after(&lexicon, &tokens, &mut found);
        let kinds: Vec<MentionKind> = found.iter().map(|n| n.2).collect();
        assert_eq!(kinds, [L, P, L]);
        // Without the colon the words open a sentence, and the tagger's reading stands.
        let tokens = Tokens::new("KUALA LUMPUR won.");
        let mut found = vec![(0, 2, P)];
        places_no_one_is_named_after(&lexicon, &tokens, &mut found);
        assert_eq!(found, [(0, 2, P)]);
    }

    #[test]
    fn a_dateline_names_a_place_in_every_mention() {
        use MentionKind::{Organization as O, Person as P, Place as L};
        let tokens = Tokens::new(
            "Lions win. ESCHEN 1996-08-31 Fans cheered in Eschen. Talks end.\nLA CORUNA, Spain \
             1996-08-31 Rain fell.\nKAMPALA said so.\nPretoria – The court sat.\nNordvik – a firm.",
        );
        let at = |word: &str| token_at(&tokens, word, 0);
        let mut found = vec![
            (at("ESCHEN"), at("ESCHEN") + 1, O),
            (at("Eschen"), at("Eschen") + 1, P),
            (at("LA"), at("LA") + 2, O),
            (at("Spain"), at("Spain") + 1, L),
            (at("KAMPALA"), at("KAMPALA") + 1, P),
            (at("Pretoria"), at("Pretoria") + 1, O),
            (at("Nordvik"), at("Nordvik") + 1, O),
        ];
        let mut called = vec![false; found.len()];
        datelines(&Lexicon::load().unwrap(), &tokens, &mut found, &mut called);
        let kinds: Vec<MentionKind> = found.iter().map(|n| n.2).collect();
        // The later "Eschen" follows by majority; no date follows "KAMPALA"; "Nordvik" before a
        // dash is no known place.
        assert_eq!(kinds, [L, P, L, L, P, L, O]);
        assert_eq!(called, [true, false, true, false, false, true, false]);
    }

    #[test]
    fn a_nationality_the_tagger_passed_by_is_found_away_from_other_names() {
        let lexicon = Lexicon::load().unwrap();
        let tokens = Tokens::new("Some Chileans queued, and European Union officials met Kenyans.");
        let at = |word: &str| token_at(&tokens, word, 0);
        let found = with_nationalities(&lexicon, &tokens, Vec::new());
        let nationality = |i: usize| (i, i + 1, MentionKind::Nationality);
        assert_eq!(
            found,
            [nationality(at("Chileans")), nationality(at("Kenyans"))]
        );
    }
}
