//! The names pass: finds the people, organisations, places and nationalities a text names,
//! with a learned tagger over the tokens.
//!
//! [`features`] turns each token into hashed feature keys (no allocation per feature);
//! [`tagger`] scores them with the embedded model and decodes BIO tags with Viterbi; this
//! module then mends the spans (line and sentence breaks, titles, hyphens), tells pairs of
//! names apart ("Putin-Kim") and carries full names over to short ones ("Kim"); the model's
//! fourth kind (MISC) is nationalities and groups; [`consistency`] then settles one kind per
//! name for the whole text. The tagger reads every token; names over the tokens an earlier
//! pass has taken (a figure's) are dropped at the end.

mod consistency;
mod features;
mod tagger;
#[cfg(feature = "train")]
pub mod training;

use rustc_hash::{FxHashMap, FxHashSet};

use crate::calendar;
use crate::document::{FoundMention, MentionKind};
use crate::lexicon::{Lexicon, WordSet};
use crate::text::{Gap, Taken, TokenKind, Tokens};

use features::TokenView;
use tagger::Label;

/// The trained model, written by `train_names` (see `src/data/SOURCES-model.md`).
const MODEL: &[u8] = include_bytes!("../data/names.model");

/// Finds names: the tagger, and the rules that mend what it tags.
pub(crate) struct NameFinder {
    tagger: tagger::Tagger<'static>,
}

impl NameFinder {
    /// Reads the embedded model.
    ///
    /// # Errors
    ///
    /// When the embedded model is damaged.
    pub(crate) fn new() -> Result<NameFinder, crate::Error> {
        let tagger =
            tagger::Tagger::from_bytes(MODEL).map_err(|_| crate::Error::bad_model("names"))?;
        Ok(NameFinder { tagger })
    }

    /// Finds the names in `tokens`, sorted by start, over none of the `taken` tokens (those of
    /// figures such as "US$34 million", whose "US" is no place). The tagger still reads every
    /// token, since its features look at the neighbours of each.
    #[inline(never)]
    pub(crate) fn find(
        &self,
        tokens: &Tokens,
        lexicon: &Lexicon,
        taken: &Taken,
    ) -> Vec<FoundMention> {
        let view = TokenView::new(tokens, lexicon);
        let tags = self.tagger.tag(&view);
        let mut names = Vec::new();
        for (start, end, label) in tagger::spans(&tags) {
            split_at_lines(tokens, start, end, |s, e| names.push((s, e, label)));
        }
        for k in 0..names.len() {
            let next_start = names.get(k + 1).map_or(usize::MAX, |n| n.0);
            let name = &mut names[k];
            name.1 = mend_hyphen(tokens, name.0, name.1).min(next_start.max(name.0 + 1));
            if name.2 == Label::Per {
                name.0 = after_titles(lexicon, tokens, name.0, name.1);
            }
        }
        let names = with_initials(tokens, trim_title_case(lexicon, &view, names));
        let names = with_heads(
            lexicon,
            tokens,
            split_at_common_words(lexicon, tokens, names),
        );
        let names = with_legal_forms(
            lexicon,
            tokens,
            split_lists(
                lexicon,
                tokens,
                split_pairs(lexicon, tokens, join_at_hyphens(tokens, names)),
            ),
        );
        let names = people_of_places(lexicon, tokens, names);
        let names = with_fields(lexicon, tokens, names);
        let names = bylines(tokens, names);
        let names = camel_case_names(tokens, names);
        let names = without_events(lexicon, tokens, names);
        let names = names_after_cue_words(lexicon, tokens, names);
        let names = with_domains(tokens, names);
        let names = people_by_their_names(lexicon, tokens, names);
        let names = people_by_their_surnames(lexicon, tokens, names);
        let names = places_named_by_nationality(lexicon, tokens, names);
        let names = pairs_of_people(tokens, names);
        let kinds = names
            .into_iter()
            .filter_map(|(start, end, label)| {
                Some((start, end, kind_of(lexicon, tokens, start, end, label)?))
            })
            .collect();
        let names = consistency::one_kind_per_name(lexicon, tokens, kinds);

        names
            .into_iter()
            .filter(|&(start, end, _)| !taken.any((start, end)))
            .map(|(start, end, kind)| FoundMention {
                span: tokens.span((start, end)),
                kind,
            })
            .collect()
    }
}

/// A name in tokens: `(start, end, label)`.
type Name = (usize, usize, Label);

/// Calls `each` with the parts of tokens `start..end` between line breaks and sentence
/// starts, without the full stop that ends a sentence: a name never runs from a headline
/// into the text, nor from one sentence into the next ("Kim. Putin").
fn split_at_lines(tokens: &Tokens, start: usize, end: usize, mut each: impl FnMut(usize, usize)) {
    let mut from = start;
    for i in start + 1..=end {
        if i == end || tokens.gap(i) >= Gap::Line || tokens.tokens[i].sentence_start {
            let mut to = i;
            if to - from > 1
                && tokens.get(to - 1) == "."
                && (to == tokens.len() || tokens.tokens[to].sentence_start)
            {
                to -= 1;
            }
            each(from, to);
            from = i;
        }
    }
}

/// Names in a headline in Title Case ("Floods Hit Lagos As Governor Visits Victims") without
/// the words at their edges that the text writes in lower case elsewhere ("floods", "hit").
fn trim_title_case(lexicon: &Lexicon, view: &TokenView, names: Vec<Name>) -> Vec<Name> {
    let mut out = Vec::with_capacity(names.len());
    let mut line = (0, 0, false);
    for (mut start, mut end, label) in names {
        if !(line.0..line.1).contains(&start) {
            line = title_case_line(lexicon, view.tokens, start);
        }
        if line.2 {
            while start < end && view.seen_in_lower_case(start) {
                start += 1;
            }
            while end > start && view.seen_in_lower_case(end - 1) {
                end -= 1;
            }
        }
        if start < end {
            out.push((start, end, label));
        }
    }
    out
}

/// The line of token `i`, as a token range, and whether it is a headline in Title Case: every
/// word but function words capitalised, four of them at least, some letters in lower case
/// (capitals throughout are the tagger's to read), and no full stop at its end.
fn title_case_line(lexicon: &Lexicon, tokens: &Tokens, i: usize) -> (usize, usize, bool) {
    let mut start = i;
    while start > 0 && tokens.gap(start) < Gap::Line {
        start -= 1;
    }
    let mut end = i + 1;
    while end < tokens.len() && tokens.gap(end) < Gap::Line {
        end += 1;
    }
    // The words that are no function words: how many, and whether one has lower-case letters.
    // A lower-case one ends the search (most lines are sentences, not headlines), and once
    // four have been counted with lower-case letters among them, a capitalised word changes
    // nothing, so the function words are looked up only while they might.
    let (mut words, mut lower) = (0, false);
    for j in (start..end).filter(|&j| tokens.tokens[j].kind == TokenKind::Word) {
        let word = tokens.str(j);
        let capitalised = word.chars().next().is_some_and(char::is_uppercase);
        if capitalised && words >= 4 && lower || lexicon.function_words.contains_lowercase(word) {
            continue;
        }
        if !capitalised {
            return (start, end, false);
        }
        words += 1;
        lower |= word.chars().any(char::is_lowercase);
    }
    let title_case = words >= 4 && lower && tokens.get(end - 1) != ".";
    (start, end, title_case)
}

/// People's names with the initials written without full stops before them that the tagger
/// left out ("H D Deve Gowda", "B Z Zameer Ahmed Khan"): capital letters standing alone, but
/// for "A" and "I" beginning a sentence and a letter after a word in mixed case ("Division
/// B").
fn with_initials(tokens: &Tokens, mut names: Vec<Name>) -> Vec<Name> {
    let mut free_from = 0;
    for name in &mut names {
        if name.2 == Label::Per {
            let initial = |i: usize| {
                let word = tokens.str(i);
                let t = &tokens.tokens[i];
                t.kind == TokenKind::Word
                    && word.len() == 1
                    && word.bytes().all(|b| b.is_ascii_uppercase())
                    && t.gap != Gap::None
                    && tokens.gap(i + 1) == Gap::Space
                    && !(t.sentence_start && matches!(word, "A" | "I"))
            };
            let mut start = name.0;
            while start > free_from && initial(start - 1) {
                start -= 1;
            }
            // Not a letter that ends another name ("Division B Sloboda").
            let ends_name = start > 0
                && tokens.gap(start) == Gap::Space
                && tokens.is_capitalised(start - 1)
                && tokens.str(start - 1).chars().any(char::is_lowercase);
            if !ends_name {
                name.0 = start;
            }
        }
        free_from = name.1;
    }
    names
}

/// Where the person named in tokens `start..end` begins, past the titles and job words the
/// tagger took in: "President Putin", "Mr. Sanders", "Logistics Chief Eric Tam", "Datuk Seri
/// Anwar Ibrahim", "Tan Sri Muhyiddin". Words before a title are left out with it only while
/// none is a first name ("Hassan Sheikh Mohamud" keeps its Sheikh), and the name keeps at least
/// its last word.
fn after_titles(lexicon: &Lexicon, tokens: &Tokens, start: usize, end: usize) -> usize {
    let mut begins = start;
    let mut k = start;
    while k + 1 < end {
        let word = tokens.str(k);
        // An organisation's word before a first name stands for the body the person speaks
        // for ("the Security Committee Hussein Sheikh"), as a title would.
        let title = lexicon.is_title(word)
            || (word.eq_ignore_ascii_case("tan") && tokens.get(k + 1).eq_ignore_ascii_case("sri"))
            || (lexicon.organization_words.contains_lowercase(word)
                && lexicon.gender(tokens.str(k + 1)).is_some());
        if title {
            k += 1;
            // "Mr." and the Malay titles of two words ("Datuk Seri", "Tan Sri").
            while k + 1 < end
                && (tokens.str(k) == "." || lexicon.is_title_continuation(tokens.str(k)))
            {
                k += 1;
            }
            begins = k;
            continue;
        }
        if tokens.tokens[k].kind != TokenKind::Word || lexicon.gender(word).is_some() {
            break;
        }
        k += 1;
    }
    begins
}

/// Splits names at lower-case words that belong to no name ("Far East city of Vladivostok":
/// "Far East", "Vladivostok"; "Beijing or Seoul"), leaving out those words and the function
/// words beside them. Particles of names ("Bingu wa Mutharika", "Bank of England", "Kim
/// Jong-un") stay in.
fn split_at_common_words(lexicon: &Lexicon, tokens: &Tokens, names: Vec<Name>) -> Vec<Name> {
    let common = |i: usize| {
        let word = tokens.str(i);
        tokens.tokens[i].kind == TokenKind::Word
            && tokens.gap(i) != Gap::None
            && tokens.gap(i + 1) != Gap::None
            && word.chars().all(char::is_lowercase)
            && (word == "or" || !lexicon.function_words.contains(word))
            && !lexicon.name_particles.contains(word)
    };
    let mut out = Vec::with_capacity(names.len());
    for (mut start, mut end, label) in names {
        // Nor does a person's begin on one but a particle ("rapper Ravi"; "de Klerk").
        while label == Label::Per
            && end > start + 1
            && tokens.tokens[start].kind == TokenKind::Word
            && tokens.gap(start + 1) != Gap::None
            && tokens.str(start).chars().all(char::is_lowercase)
            && !lexicon.name_particles.contains(tokens.str(start))
        {
            start += 1;
        }
        // A person's or an organisation's name never ends on a lower-case word ("Kim
        // disembarking", "the DNC authority", "Association for"); a place's may ("Tema port").
        let person_or_organisation = matches!(label, Label::Per | Label::Org);
        while person_or_organisation
            && end > start + 1
            && tokens.tokens[end - 1].kind == TokenKind::Word
            && tokens.gap(end - 1) != Gap::None
            && tokens.str(end - 1).chars().all(char::is_lowercase)
        {
            end -= 1;
        }
        let last = if person_or_organisation {
            end
        } else {
            end.saturating_sub(1)
        };
        if !(start + 1..last).any(common) {
            out.push((start, end, label));
            continue;
        }
        let mut from = start;
        for i in start..=end {
            if i == end || common(i) {
                // The part's own words: capitalised at both ends.
                let (mut a, mut b) = (from, i);
                while a < b && !tokens.is_capitalised(a) {
                    a += 1;
                }
                while b > a
                    && !tokens.is_capitalised(b - 1)
                    && tokens.tokens[b - 1].kind == TokenKind::Word
                    && tokens.gap(b - 1) != Gap::None
                {
                    b -= 1;
                }
                if a < b {
                    out.push((a, b, label));
                }
                from = i + 1;
            }
        }
    }
    out
}

/// Takes into each name the head word before it with "of" ("Port of" + "Mombasa", "University
/// of" + "Nairobi") that no other name holds; the head decides the kind: a place's word makes
/// a place, an organisation's an organisation.
fn with_heads(lexicon: &Lexicon, tokens: &Tokens, mut names: Vec<Name>) -> Vec<Name> {
    let mut previous_end = 0;
    for name in &mut names {
        let (start, end) = (name.0, name.1);
        if start >= 2
            && start - 2 >= previous_end
            && tokens.str(start - 1) == "of"
            && tokens.is_capitalised(start - 2)
        {
            let head = tokens.str(start - 2);
            let label = if lexicon.place_words.contains_lowercase(head) {
                Some(Label::Loc)
            } else if lexicon.organization_words.contains_lowercase(head) {
                Some(Label::Org)
            } else {
                None
            };
            if let Some(label) = label {
                *name = (start - 2, end, label);
            }
        }
        previous_end = end;
    }
    names
}

/// `names` with the words written in camel case that the tagger passed by, inside a sentence:
/// the names of companies, outlets and platforms ("EcoGo", "InterNations", "AriseTV"), not
/// surnames with a prefix ("McCain", "DeSantis", "MacArthur").
fn camel_case_names(tokens: &Tokens, mut names: Vec<Name>) -> Vec<Name> {
    let named = consistency::named(tokens, &names);
    let before = names.len();
    for (i, t) in tokens.tokens.iter().enumerate() {
        if named[i]
            || t.sentence_start
            || !t.capitalised
            || t.gap != Gap::Space
            || tokens.gap(i + 1) == Gap::None && !matches!(tokens.get(i + 1), "," | "." | "'" | "’")
        {
            continue;
        }
        let word = tokens.str(i);
        let camel = word.char_indices().skip(1).any(|(k, c)| {
            c.is_uppercase() && word[..k].chars().last().is_some_and(char::is_lowercase)
        });
        let prefixed = [
            "Mc", "Mac", "De", "Di", "Da", "Du", "Le", "La", "Van", "Von", "O'",
        ]
        .iter()
        .any(|p| {
            word.strip_prefix(p)
                .and_then(|rest| rest.chars().next())
                .is_some_and(char::is_uppercase)
        });
        if camel && !prefixed && word.chars().count() >= 4 {
            names.push((i, i + 1, Label::Org));
        }
    }
    if names.len() > before {
        names.sort_unstable_by_key(|&(start, end, _)| (start, end));
    }
    names
}

/// Parts a person's name the tagger ran on into "of" and a place ("Mohammad Sultan Sofi of
/// Khanpeth"), or from a known place after "to" or a preposition of place ("the envoy to Jordan
/// Atallah Khairi"): the person named in two words or more, and the place.
fn people_of_places(lexicon: &Lexicon, tokens: &Tokens, names: Vec<Name>) -> Vec<Name> {
    let mut out = Vec::with_capacity(names.len());
    for (start, end, label) in names {
        if label != Label::Per || end - start < 3 {
            out.push((start, end, label));
            continue;
        }
        let of = (start + 2..end - 1).find(|&i| tokens.str(i) == "of");
        let placed_before = start > 0
            && (tokens.get(start - 1) == "to"
                || features::PLACE_PREPOSITIONS.contains(&tokens.get(start - 1)))
            && lexicon.is_place(tokens, (start, start + 1))
            && tokens.is_capitalised(start + 1);
        match of {
            Some(of) if (of + 1..end).all(|i| tokens.is_capitalised(i)) => {
                out.push((start, of, Label::Per));
                out.push((of + 1, end, Label::Loc));
            }
            _ if placed_before => {
                out.push((start, start + 1, Label::Loc));
                out.push((start + 1, end, Label::Per));
            }
            _ => out.push((start, end, label)),
        }
    }
    out
}

/// Takes into an organisation's name the field the tagger left out after it: after "and" when
/// the name is a head, "of" and a field ("the College of Art" + "and Design", "the Ministry of
/// Trade" + "and Industry"), after "for" when it ends on a word for organisations ("the
/// Academy" + "for Gifted Education"). The field is capitalised words no other name holds, that
/// the word lists do not know as places, nationalities or first names, up to a lower-case word
/// or a stop.
fn with_fields(lexicon: &Lexicon, tokens: &Tokens, mut names: Vec<Name>) -> Vec<Name> {
    for k in 0..names.len() {
        let (start, end, label) = names[k];
        // "College of Music" + "and Dance"; "Academy" + "for Gifted Children".
        let joined = match tokens.get(end) {
            "and" => end - start >= 3 && tokens.str(end - 2) == "of",
            "for" => lexicon
                .organization_words
                .contains_lowercase(tokens.str(end - 1)),
            _ => false,
        };
        if label != Label::Org || !joined || tokens.gap(end) != Gap::Space {
            continue;
        }
        let limit = names.get(k + 1).map_or(tokens.len(), |n| n.0);
        let field = |i: usize| {
            i < limit
                && tokens.gap(i) == Gap::Space
                && tokens.is_capitalised(i)
                && !tokens.tokens[i].sentence_start
                && !lexicon.function_words.contains_lowercase(tokens.str(i))
                && !lexicon.is_place(tokens, (i, i + 1))
                && !lexicon.is_demonym(tokens, (i, i + 1))
                && lexicon.gender(tokens.str(i)).is_none()
        };
        let tail = (end + 1..limit.min(end + 4))
            .take_while(|&i| field(i))
            .last();
        let closed = |i: usize| {
            tokens
                .tokens
                .get(i)
                .is_none_or(|t| t.kind == TokenKind::Punct || !t.capitalised)
        };
        if let Some(last) = tail.filter(|&last| closed(last + 1)) {
            names[k].1 = last + 1;
        }
    }
    names
}

/// Joins a person's name to the name right after it across a hyphen, where the tagger cut a
/// double-barrelled surname in two ("Babajide Sanwo" - "Olu"); [`split_pairs`] then parts
/// the pairs of names ("Putin-Kim").
fn join_at_hyphens(tokens: &Tokens, names: Vec<Name>) -> Vec<Name> {
    let mut out: Vec<Name> = Vec::with_capacity(names.len());
    for (k, name) in names.iter().enumerate() {
        match out.last_mut() {
            Some(last)
                if last.2 == Label::Per && last.1 + 1 == name.0 && is_hyphen(tokens, last.1) =>
            {
                last.1 = name.1
            }
            _ => out.push(*name),
        }
        // Or to a capitalised word that the tagger left out ("Babajide Sanwo" - "Olu"), but
        // not one that describes the person ("Ruto-Backed").
        let last = out.last_mut().expect("a name was just kept");
        let (h, next) = (last.1, last.1 + 1);
        let next_free = names.get(k + 1).is_none_or(|n| n.0 > next);
        if last.2 == Label::Per
            && next_free
            && is_hyphen(tokens, h)
            && tokens
                .tokens
                .get(next)
                .is_some_and(|t| t.kind == TokenKind::Word)
            && tokens.is_capitalised(next)
            && !describes(&tokens.get(next).to_lowercase())
        {
            last.1 = next + 1;
        }
    }
    out
}

/// Takes a company's legal form after a name into it, which makes it an organisation's
/// ("Nordvik Holdings" "ASA"): the capitalised word right after, on the same line, whether the
/// tagger left it out or tagged it a name of its own.
fn with_legal_forms(lexicon: &Lexicon, tokens: &Tokens, names: Vec<Name>) -> Vec<Name> {
    let is_form = |i: usize| {
        let word = tokens.get(i);
        i < tokens.len()
            && tokens.gap(i) == crate::text::Gap::Space
            && tokens.is_capitalised(i)
            && (word.len() > 2 || word.bytes().all(|b| b.is_ascii_uppercase()))
            && lexicon.legal_forms.contains_lowercase(word)
    };
    let mut out: Vec<Name> = Vec::with_capacity(names.len());
    for name in names {
        match out.last_mut() {
            // the legal form the last name was stretched over, tagged on its own too
            Some(last) if name.1 <= last.1 => continue,
            Some(last) if name.0 == last.1 && name.1 == name.0 + 1 && is_form(name.0) => {
                last.1 = name.1;
                last.2 = Label::Org;
            }
            _ => out.push(name),
        }
        let last = out.last_mut().expect("a name was just kept");
        if is_form(last.1) && !matches!(last.2, Label::Misc) {
            last.1 += 1;
            last.2 = Label::Org;
        }
    }
    out
}

/// Splits a place that the tagger ran over a comma or an ampersand into the places of a list:
/// "Ethiopia, Kenya, Rwanda and Uganda" names four places, where "Nairobi, Kenya" names one.
/// A comma parts it when another place follows after a comma, "and" or "or" (or stands before
/// it, followed by a comma); an ampersand when the words before it are a known place and the
/// whole is not ("Kampala & Kayunga", not "Trinidad & Tobago"). A dateline's town in capitals
/// is parted from its country; and two names joined by "and" or "&" after a plural word for
/// organisations are two ("brands Gucci and Prada").
fn split_lists(lexicon: &Lexicon, tokens: &Tokens, names: Vec<Name>) -> Vec<Name> {
    let place_at = |k: Option<&Name>| k.is_some_and(|n| n.2 == Label::Loc);
    // ", Z", "and Z", ", and Z"
    let joins = |i: usize| matches!(tokens.get(i), "," | "and" | "or");
    let mut out: Vec<Name> = Vec::with_capacity(names.len());
    for (k, &(start, end, label)) in names.iter().enumerate() {
        let cut = (start + 1..end.saturating_sub(1)).find(|&c| matches!(tokens.get(c), "," | "&"));
        let split = label == Label::Loc
            && cut.is_some_and(|c| {
                let next = names.get(k + 1);
                let gap = next.map_or(0, |n| n.0.saturating_sub(end));
                let before = k > 0 && names[k - 1].1 + 1 == start && tokens.get(start - 1) == ",";
                match tokens.get(c) {
                    "," => {
                        place_at(next) && (1..=2).contains(&gap) && joins(end)
                            || before && place_at(names.get(k - 1))
                    }
                    _ => {
                        lexicon.is_place(tokens, (start, c))
                            && !lexicon.is_place(tokens, (start, end))
                    }
                }
            });
        // A dateline's town in capitals and its country ("MOMBASA, Kenya —"): two places, so
        // that the town is one entity with the same town in running text.
        let dateline = label == Label::Loc
            && cut.is_some_and(|c| {
                tokens.get(c) == ","
                    && (start == 0 || tokens.gap(start) >= Gap::Line)
                    && consistency::in_capitals(tokens, start, c)
            });
        // "brands Gucci and Prada": a plural word for organisations before two names joined.
        let listed = label != Label::Loc
            && start > 0
            && tokens.str(start - 1).ends_with('s')
            && lexicon.organization_cues.contains(tokens.str(start - 1));
        let and =
            || (start + 1..end.saturating_sub(1)).find(|&c| matches!(tokens.get(c), "and" | "&"));
        // A place's cut and a list of organisations' never meet: one is a place, one is not.
        match cut
            .filter(|_| split || dateline)
            .or_else(|| listed.then(and).flatten())
        {
            Some(c) => {
                out.push((start, c, label));
                out.push((c + 1, end, label));
            }
            None => out.push((start, end, label)),
        }
    }
    out
}

/// Splits names that join two at a hyphen ("Putin-Kim", "Russia-China", "US-North Korean")
/// when each side is a name by itself: a known place or nationality, or named alone elsewhere,
/// not only as half of a double-barrelled name ("Nana Akufo-Addo").
fn split_pairs(lexicon: &Lexicon, tokens: &Tokens, names: Vec<Name>) -> Vec<Name> {
    let alone: FxHashMap<&str, Label> = names
        .iter()
        .filter(|&&(s, e, _)| !(s..e).any(|i| is_hyphen(tokens, i)))
        .map(|&(s, e, l)| (text_of(tokens, s, e), l))
        .collect();
    // The words of people named in full that stand apart there: a half of a double-barrelled
    // name ("Akufo" of "Nana Akufo-Addo") names nobody alone.
    let person_words: FxHashSet<&str> = person_words(tokens, &names, |i| {
        !(is_hyphen(tokens, i + 1) || i > 0 && is_hyphen(tokens, i - 1))
    });
    let known = |s: usize, e: usize| -> Option<Label> {
        if e - s == 1 && person_words.contains(tokens.str(s)) {
            return Some(Label::Per);
        }
        if lexicon.is_place(tokens, (s, e)) {
            return Some(Label::Loc);
        }
        if lexicon.is_demonym_or_plural(tokens, (s, e)) {
            return Some(Label::Misc);
        }
        alone.get(text_of(tokens, s, e)).copied()
    };
    let mut out = Vec::with_capacity(names.len());
    for (start, end, label) in names {
        let cut = (start + 1..end.saturating_sub(1))
            .find(|&h| is_hyphen(tokens, h) && tokens.is_capitalised(h + 1));
        let Some(h) = cut else {
            out.push((start, end, label));
            continue;
        };
        match (known(start, h), known(h + 1, end), known(start, end)) {
            (Some(left), Some(right), None) => {
                out.push((start, h, left));
                out.push((h + 1, end, right));
            }
            _ => out.push((start, end, label)),
        }
    }
    out
}

/// The end of the name `start..end`, taking in the rest of a hyphenated name the tagger cut
/// short ("Kim Jong-" + "un"), but not a word that describes it ("Kim-led"); a name never
/// ends on a hyphen.
fn mend_hyphen(tokens: &Tokens, start: usize, end: usize) -> usize {
    let hyphen = if is_hyphen(tokens, end - 1) {
        end - 1
    } else {
        end
    };
    let tail = tokens.get(hyphen + 1);
    let lower_tail = tokens
        .tokens
        .get(hyphen + 1)
        .is_some_and(|t| t.kind == TokenKind::Word)
        && tail.chars().next().is_some_and(char::is_lowercase)
        && tail.chars().count() <= 6;
    if is_hyphen(tokens, hyphen) && lower_tail && !describes(tail) {
        hyphen + 2
    } else {
        hyphen.max(start + 1)
    }
}

/// Whether a word after a hyphen describes the name before it ("Kim-led", "Lagos-based")
/// rather than ending it.
fn describes(word: &str) -> bool {
    matches!(
        word,
        "led"
            | "run"
            | "born"
            | "made"
            | "held"
            | "era"
            | "style"
            | "type"
            | "wide"
            | "free"
            | "like"
            | "based"
            | "owned"
            | "backed"
            | "linked"
            | "bound"
            | "allied"
            | "funded"
            | "built"
            | "bred"
            | "grown"
            | "headed"
            | "driven"
            | "sized"
            | "aged"
            | "minded"
            | "themed"
            | "hosted"
            | "only"
            | "level"
            | "class"
            | "scale"
            | "area"
            | "zone"
            | "proof"
            | "ruled"
            | "gate"
            | "rich"
    )
}

/// Whether token `i` is a hyphen joining the tokens either side of it.
fn is_hyphen(tokens: &Tokens, i: usize) -> bool {
    crate::text::is_hyphen(tokens.get(i))
        && tokens.gap(i) == Gap::None
        && tokens.gap(i + 1) == Gap::None
}

/// The words of the people named in more than one word, at the tokens that `keep` takes.
fn person_words<'t>(
    tokens: &Tokens<'t>,
    names: &[Name],
    keep: impl Fn(usize) -> bool,
) -> FxHashSet<&'t str> {
    names
        .iter()
        .filter(|&&(s, e, l)| l == Label::Per && e - s > 1)
        .flat_map(|&(s, e, _)| (s..e).filter(|&i| keep(i)).map(|i| tokens.str(i)))
        .filter(|w| w.chars().count() > 1)
        .collect()
}

/// A name made only of words of people named in full elsewhere ("Kim" after "Kim Jong-un")
/// names a person, unless it is a nationality ("Washington" after "MaliVai Washington").
fn people_by_their_names(lexicon: &Lexicon, tokens: &Tokens, mut names: Vec<Name>) -> Vec<Name> {
    let person_words = person_words(tokens, &names, |_| true);
    for (s, e, label) in &mut names {
        let (s, e) = (*s, *e);
        let words_are_people = (s..e)
            .filter(|&i| tokens.tokens[i].kind == TokenKind::Word)
            .all(|i| person_words.contains(tokens.str(i)));
        if words_are_people && !lexicon.is_demonym_or_plural(tokens, (s, e)) {
            *label = Label::Per;
        }
    }
    names
}

/// Takes into a nationality the word for a sea or land it names ("the Korean peninsula",
/// "the Arabian Sea", "the Persian Gulf"), which makes a place: a capitalised word of the
/// place words, or one of [`WATERS`] in any case, right after it, in no other name and
/// ending the name; and a region named by its direction after it ("the Russian Far East").
fn places_named_by_nationality(
    lexicon: &Lexicon,
    tokens: &Tokens,
    mut names: Vec<Name>,
) -> Vec<Name> {
    for k in 0..names.len() {
        let (start, end, label) = names[k];
        let next_free = names.get(k + 1).is_none_or(|n| n.0 > end);
        let nationality = label == Label::Misc
            || (end - start == 1 && lexicon.is_demonym_or_plural(tokens, (start, start + 1)));
        if !nationality || !next_free || end >= tokens.len() || tokens.gap(end) != Gap::Space {
            continue;
        }
        let word = tokens.str(end);
        let lower = word.to_lowercase();
        let place = (tokens.is_capitalised(end) && lexicon.place_words.contains(&lower))
            || WATERS.contains(&lower.as_str());
        // Not the start of a longer name ("Western Australian District Court").
        let longer = end + 1 < tokens.len() && tokens.is_capitalised(end + 1);
        if place && !longer {
            names[k] = (start, end + 1, Label::Loc);
        }
    }
    // A nationality right before a region named by its direction is one place with it ("the
    // Russian Far East", "the Kenyan North Rift").
    let mut out: Vec<Name> = Vec::with_capacity(names.len());
    for name in names {
        // Not a place known by itself ("Jewish West Bank settlements"), but for the far
        // regions, which are far from somewhere ("the Russian Far East").
        let first = tokens.str(name.0);
        let regional = name.2 == Label::Loc
            && REGION_STARTS.contains(&first)
            && tokens.gap(name.0) == Gap::Space
            && (first == "Far" || !lexicon.is_place(tokens, (name.0, name.1)));
        match out.last_mut() {
            Some(last) if regional && last.1 == name.0 && last.2 == Label::Misc => {
                *last = (last.0, name.1, Label::Loc);
            }
            _ => out.push(name),
        }
    }
    out
}

/// The words that begin the name of a region by its direction ("Far East", "North Rift").
const REGION_STARTS: [&str; 10] = [
    "Far", "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western",
    "Central",
];

/// The seas and lands that a nationality names in lower case ("the Korean peninsula").
const WATERS: [&str; 4] = ["sea", "ocean", "gulf", "peninsula"];

/// `names` with the pairs of people the tagger passed by, two words joined by a hyphen that
/// each stand alone in the name of someone named in full, between "the" and a common noun
/// ("the Biden-Xi talks" after "Joe Biden" and "Xi Jinping"), sorted by start.
fn pairs_of_people(tokens: &Tokens, mut names: Vec<Name>) -> Vec<Name> {
    let people = person_words(tokens, &names, |i| {
        !(is_hyphen(tokens, i + 1) || i > 0 && is_hyphen(tokens, i - 1))
    });
    if people.len() < 2 {
        return names;
    }
    let named = consistency::named(tokens, &names);
    let person = |i: usize| !named[i] && tokens.is_capitalised(i) && people.contains(tokens.str(i));
    let pairs: Vec<usize> = (1..tokens.len().saturating_sub(1))
        .filter(|&h| is_hyphen(tokens, h) && person(h - 1) && person(h + 1))
        .filter(|&h| tokens.str(h - 1) != tokens.str(h + 1))
        // Between "the" and a common noun ("the Biden-Xi talks"), not a firm named after two
        // people ("bought Parke-Bernet").
        .filter(|&h| {
            h >= 2
                && tokens.str(h - 2).eq_ignore_ascii_case("the")
                && tokens
                    .tokens
                    .get(h + 2)
                    .is_some_and(|t| t.kind == TokenKind::Word)
                && tokens.get(h + 2).chars().all(char::is_lowercase)
        })
        .collect();
    if pairs.is_empty() {
        return names;
    }
    for h in pairs {
        names.push((h - 1, h, Label::Per));
        names.push((h + 1, h + 2, Label::Per));
    }
    names.sort_unstable_by_key(|&(start, end, _)| (start, end));
    names
}

/// Words that may join the capitalised words of an event's name ("Festival of Arts", "Sports
/// and Leisure Expo", "Leaders' Summit").
const EVENT_JOINERS: [&str; 7] = ["of", "and", "for", "&", "-", "'", "’"];

/// `names` without those that begin an event's, award's or law's name written on: capitalised
/// words, perhaps joined by [`EVENT_JOINERS`], up to a word of
/// [`Lexicon::event_words`] ("Hong Kong" of "the Hong Kong Film Awards", "Vietnam" of "the
/// Vietnam War"). Headlines in Title Case and in capitals, where every word is capitalised,
/// are left alone. An acronym in brackets after such a name is the event's, and so is every
/// mention of it ("the US-Korea Free Trade Agreement (KORUS)" … "KORUS has").
fn without_events(lexicon: &Lexicon, tokens: &Tokens, names: Vec<Name>) -> Vec<Name> {
    let mut line = (0, 0, false);
    let mut out = Vec::with_capacity(names.len());
    let mut acronyms: Vec<&str> = Vec::new();
    for (start, end, label) in names {
        // A person's own surname may be an event's word ("Jason Day"), after a first name.
        let surname = label == Label::Per
            && (end - start == 1 || lexicon.gender(tokens.str(end - 2)).is_some());
        let after = if surname { end } else { end - 1 };
        let mut event = false;
        let mut k = start;
        while k < tokens.len() && k < start + 12 && (k == start || tokens.gap(k) < Gap::Line) {
            let word = tokens.str(k);
            if tokens.is_capitalised(k) {
                // The event's word ends the run ("the North Atlantic Treaty Organization" is
                // none), but for a weekday ("the Film Awards Sunday").
                if k >= after
                    && word.chars().any(char::is_lowercase)
                    && lexicon.event_words.contains(word)
                    && !(k + 1 < tokens.len()
                        && tokens.gap(k + 1) < Gap::Line
                        && tokens.is_capitalised(k + 1)
                        && calendar::weekday(tokens.str(k + 1)).is_none())
                {
                    event = true;
                    break;
                }
            } else if !(EVENT_JOINERS.contains(&word) || is_initial_stop(tokens, k)) {
                break;
            }
            k += 1;
        }
        if event && !(line.0..line.1).contains(&start) {
            line = title_case_line(lexicon, tokens, start);
        }
        if !event || line.2 {
            out.push((start, end, label));
        } else if tokens.get(k + 1) == "("
            && tokens.get(k + 3) == ")"
            && is_acronym_in_text(tokens, k + 2)
        {
            acronyms.push(tokens.str(k + 2));
        }
    }
    if !acronyms.is_empty() {
        out.retain(|&(start, end, _)| !(end - start == 1 && acronyms.contains(&tokens.str(start))));
    }
    out
}

/// Whether token `i` is the full stop of an initial it touches ("U.S.", "U.K.").
fn is_initial_stop(tokens: &Tokens, i: usize) -> bool {
    i > 0
        && tokens.get(i) == "."
        && tokens.gap(i) == Gap::None
        && tokens.get(i - 1).len() == 1
        && tokens.is_capitalised(i - 1)
}

/// `names` with the names the tagger passed by right after a lower-case word that says what
/// they are: an organisation after a word such as "portal" or "brand" ("the website Habari"),
/// a place after a word for places ([`consistency::is_called_a_place`]: "the town of Kuresa",
/// "the district known as Ngaro"). A name is a run of capitalised words on one line, none of
/// them a function word, a title, a month or a weekday.
fn names_after_cue_words(lexicon: &Lexicon, tokens: &Tokens, mut names: Vec<Name>) -> Vec<Name> {
    let named = consistency::named(tokens, &names);
    let cue = |i: usize, words: &WordSet| {
        tokens.tokens[i].kind == TokenKind::Word
            && !tokens.is_capitalised(i)
            && words.contains(tokens.str(i))
    };
    let free_word = |i: usize| {
        let word = tokens.str(i);
        !named[i]
            && tokens.is_capitalised(i)
            && word.chars().nth(1).is_some()
            && tokens.gap(i) == Gap::Space
            && !lexicon.function_words.contains_lowercase(word)
            && !lexicon.is_title(word)
            && calendar::month(word).is_none()
            && calendar::weekday(word).is_none()
    };
    let before = names.len();
    for (i, t) in tokens.tokens.iter().enumerate().skip(1) {
        // The cheap tests first: this looks at every token.
        if named[i] || t.sentence_start || t.gap != Gap::Space || !tokens.is_capitalised(i) {
            continue;
        }
        let label = if cue(i - 1, &lexicon.organization_cues) {
            Label::Org
        } else if consistency::is_called_a_place(lexicon, tokens, i) {
            Label::Loc
        } else {
            continue;
        };
        if !free_word(i) {
            continue;
        }
        let end = (i + 1..tokens.len())
            .take_while(|&j| free_word(j) && !tokens.tokens[j].sentence_start)
            .last()
            .map_or(i + 1, |j| j + 1);
        names.push((i, end, label));
    }
    if names.len() > before {
        names.sort_unstable_by_key(|&(start, end, _)| (start, end));
    }
    names
}

/// Takes into a name the rest of a website's address glued to it ("Zoomer" + ".co.ke"): a
/// full stop and a lower-case word of two to four letters, as many times as they come.
fn with_domains(tokens: &Tokens, mut names: Vec<Name>) -> Vec<Name> {
    let suffix = |i: usize| {
        let word = tokens.get(i + 1);
        tokens.get(i) == "."
            && tokens.gap(i) == Gap::None
            && tokens.gap(i + 1) == Gap::None
            && (2..=4).contains(&word.len())
            && word.bytes().all(|b| b.is_ascii_lowercase())
    };
    for k in 0..names.len() {
        let limit = names.get(k + 1).map_or(tokens.len(), |n| n.0);
        while names[k].1 + 2 <= limit && suffix(names[k].1) {
            names[k].1 += 2;
        }
    }
    names
}

/// A byline run into a dateline on one line ("Ivan Sokolov KHUJAND, Tajikistan 1996-08-30"):
/// words in mixed case, two at least, then words in capitals, then perhaps a comma and a
/// country, then a date, are a person and a place, whether the tagger took them as one name
/// or two.
fn bylines(tokens: &Tokens, names: Vec<Name>) -> Vec<Name> {
    let upper =
        |i: usize| tokens.is_capitalised(i) && !tokens.str(i).chars().any(char::is_lowercase);
    let mixed = |i: usize| tokens.is_capitalised(i) && !upper(i);
    // A word of a place in capitals: not a code ("MT") nor a numeral ("II", "III").
    let capitals = |i: usize| {
        let word = tokens.str(i);
        upper(i) && word.chars().count() > 2 && !word.chars().all(|c| matches!(c, 'I' | 'V' | 'X'))
    };
    // Past the place in capitals: ", Country" and then a date on the same line.
    let dated = |end: usize| {
        let mut i = end;
        if tokens.get(i) == "," {
            i += 1;
            while i < tokens.len() && i - end <= 3 && mixed(i) && tokens.gap(i) == Gap::Space {
                i += 1;
            }
        }
        i < tokens.len()
            && tokens.gap(i) == Gap::Space
            && tokens.str(i).starts_with(|c: char| c.is_ascii_digit())
    };
    let mut out: Vec<Name> = Vec::with_capacity(names.len());
    let mut k = 0;
    while k < names.len() {
        let (start, end, label) = names[k];
        let person_end = (start..end).find(|&i| !mixed(i)).unwrap_or(end);
        let (place_end, next) = if person_end < end {
            (end, k + 1)
        } else {
            match names.get(k + 1) {
                Some(&(s, e, _)) if s == end && tokens.gap(s) == Gap::Space => (e, k + 2),
                _ => (end, k + 1),
            }
        };
        let byline = person_end - start >= 2
            && person_end < place_end
            && (person_end..place_end).all(&capitals)
            && dated(place_end);
        if byline {
            out.push((start, person_end, Label::Per));
            out.push((person_end, place_end, Label::Loc));
            k = next;
        } else {
            out.push((start, end, label));
            k += 1;
        }
    }
    out
}

/// A place or organisation of two capitalised words whose last word the text names alone as a
/// person is that person named in full ("led by Thandi Mokoena" … "Mokoena said"), unless a
/// word is one of places or organisations ("Nakuru County"), the first a place or nationality
/// ("Houston Astros" … "the Astros won"), or the word lists know the name as a place.
fn people_by_their_surnames(lexicon: &Lexicon, tokens: &Tokens, mut names: Vec<Name>) -> Vec<Name> {
    let surnames: FxHashSet<&str> = names
        .iter()
        .filter(|&&(s, e, l)| l == Label::Per && e - s == 1)
        .map(|&(s, _, _)| tokens.str(s))
        .filter(|w| w.chars().count() > 1 && w.chars().any(char::is_lowercase))
        .collect();
    if surnames.is_empty() {
        return names;
    }
    for (s, e, label) in &mut names {
        let (s, e) = (*s, *e);
        let last = tokens.str(e - 1);
        let first = tokens.str(s);
        if matches!(*label, Label::Loc | Label::Org)
            && e - s == 2
            && surnames.contains(last)
            && !lexicon.is_place(tokens, (s, s + 1))
            && !lexicon.is_demonym_or_plural(tokens, (s, s + 1))
            && !lexicon.place_words.contains_lowercase(first)
            && (s..e).all(|i| tokens.is_capitalised(i))
            && !lexicon.place_words.contains_lowercase(last)
            && !lexicon.organization_words.contains_lowercase(last)
            && !lexicon.legal_forms.contains_lowercase(last)
            && !lexicon.is_place(tokens, (s, e))
        {
            *label = Label::Per;
        }
    }
    names
}

/// The kind of mention a tagged name makes: MISC names are nationalities and groups; a lone function word ("The" in a headline) is no name, unless running text writes
/// it in capitals ("the US government", "the WHO"), and neither is a lone acronym of a common
/// noun ("GDP", "CEO").
fn kind_of(
    lexicon: &Lexicon,
    tokens: &Tokens,
    start: usize,
    end: usize,
    label: Label,
) -> Option<MentionKind> {
    let name = text_of(tokens, start, end);
    if end - start == 1
        && lexicon.function_words.contains_lowercase(name)
        && !is_acronym_in_text(tokens, start)
    {
        return None;
    }
    if lexicon.common_acronyms.contains(name) {
        return None;
    }
    let demonym = lexicon.is_demonym_or_plural(tokens, (start, end));
    match label {
        // "the Korean peninsula": a nationality, whatever the tagger read into its context.
        Label::Loc | Label::Org if demonym && !lexicon.is_place(tokens, (start, end)) => {
            Some(MentionKind::Nationality)
        }
        // "Kyodo News", "Gulf Daily": the last word makes a name an organisation.
        Label::Per
            if end - start > 1
                && tokens.is_capitalised(end - 1)
                && lexicon
                    .organization_words
                    .contains_lowercase(tokens.str(end - 1)) =>
        {
            Some(MentionKind::Organization)
        }
        // "Lamu Island", "Tema Port": the last word makes a name a place, not a person (an
        // organisation keeps its kind: "Notts County" is a football club).
        Label::Per
            if end - start > 1
                && tokens.is_capitalised(end - 1)
                && lexicon.place_words.contains_lowercase(tokens.str(end - 1)) =>
        {
            Some(MentionKind::Place)
        }
        Label::Per => Some(MentionKind::Person),
        // "Ruijin Hospital", "Lions Bridge": buildings, streets and waters are places; so is
        // a name headed by a place's word and "of" ("Port of Tallinn", "Gulf of Aden").
        Label::Org
            if end - start > 1
                && tokens.is_capitalised(end - 1)
                && lexicon
                    .facility_words
                    .contains_lowercase(tokens.str(end - 1))
                || end - start > 2
                    && tokens.str(start + 1) == "of"
                    && lexicon.place_words.contains_lowercase(tokens.str(start)) =>
        {
            Some(MentionKind::Place)
        }
        Label::Org => Some(MentionKind::Organization),
        Label::Loc => Some(MentionKind::Place),
        // The model's fourth kind is nationalities and groups only.
        Label::Misc => Some(MentionKind::Nationality),
    }
}

/// Whether token `i` is a word in capitals of two letters or more ("US") whose neighbours are
/// not: an acronym in running text rather than a word of a headline in capitals.
fn is_acronym_in_text(tokens: &Tokens, i: usize) -> bool {
    let capitals = |j: usize| consistency::is_acronym(tokens, j);
    capitals(i) && !(i > 0 && capitals(i - 1)) && !capitals(i + 1)
}

/// The text of tokens `start..end`.
fn text_of<'t>(tokens: &Tokens<'t>, start: usize, end: usize) -> &'t str {
    &tokens.text[tokens.tokens[start].start..tokens.tokens[end - 1].end]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_persons_name_neither_begins_nor_ends_on_a_lower_case_word_but_a_particle() {
        let lexicon = Lexicon::load().unwrap();
        let tokens = Tokens::new("with rapper Ravi and de Klerk disembarking");
        let at = |word: &str| consistency::tests::token_at(&tokens, word, 0);
        let names = vec![
            (at("rapper"), at("Ravi") + 1, Label::Per),
            (at("de"), at("disembarking") + 1, Label::Per),
        ];
        let names = split_at_common_words(&lexicon, &tokens, names);
        assert_eq!(
            names,
            [
                (at("Ravi"), at("Ravi") + 1, Label::Per),
                (at("de"), at("Klerk") + 1, Label::Per)
            ]
        );
    }

    #[test]
    fn a_word_in_camel_case_the_tagger_passed_by_is_an_organisation_but_a_prefixed_surname() {
        let tokens =
            Tokens::new("Staff of EcoGo met McCain, DeSantis and O'Neill at dataHub. TikTok");
        let at = |word: &str| consistency::tests::token_at(&tokens, word, 0);
        // Not inside an address, nor opening a sentence, nor lower-case first.
        assert_eq!(
            camel_case_names(&tokens, Vec::new()),
            [(at("EcoGo"), at("EcoGo") + 1, Label::Org)]
        );
    }

    #[test]
    fn a_person_of_a_place_is_two_names() {
        let tokens = Tokens::new(
            "wife of Rashid Ali Mir of Kandipora and Bank of Kigali staff met the envoy to Kenya \
             Amos Kiprop Rono and Kenya Amos Rono",
        );
        let at = |word: &str, nth: usize| consistency::tests::token_at(&tokens, word, nth);
        let names = vec![
            (at("Rashid", 0), at("Kandipora", 0) + 1, Label::Per),
            (at("Bank", 0), at("Kigali", 0) + 1, Label::Org),
            (at("Kenya", 0), at("Rono", 0) + 1, Label::Per),
            (at("Kenya", 1), at("Rono", 1) + 1, Label::Per),
        ];
        let lexicon = Lexicon::load().unwrap();
        assert_eq!(
            people_of_places(&lexicon, &tokens, names),
            [
                (at("Rashid", 0), at("Mir", 0) + 1, Label::Per),
                (at("Kandipora", 0), at("Kandipora", 0) + 1, Label::Loc),
                (at("Bank", 0), at("Kigali", 0) + 1, Label::Org),
                (at("Kenya", 0), at("Kenya", 0) + 1, Label::Loc),
                (at("Amos", 0), at("Rono", 0) + 1, Label::Per),
                // Not without a preposition before it.
                (at("Kenya", 1), at("Rono", 1) + 1, Label::Per),
            ]
        );
    }
}
