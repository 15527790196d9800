//! The quotes pass: pairs quote marks into quotations, finds who the text says spoke each
//! one, and resolves that speaker to an entity.
//!
//! Each quotation takes its own reporting clause (`“…,” Lukin said`, `Lukin said: “…”`,
//! `Mahathir: 'I will not resign'`); a quotation without one continues the last attributed
//! quotation of its paragraph, or of the paragraph just before when it opens a paragraph right
//! after that quotation; else the sentence after it (`That was how Ruto put it.`) or before it
//! (`Valastro praised the governor.`) may name its speaker. A quoted fragment is spoken by the
//! subject of its clause, whether the clause reports or judges (`partial.rs`). Quoted
//! fragments nobody is said to have spoken (scare quotes, titles of works, headings in single
//! marks) are not quotations.

mod attribution;
mod indirect;
mod marks;
mod partial;
mod resolve;

use attribution::Range;

use crate::document::{FoundMention, FoundQuote, MentionKind, QuoteKind};
use crate::lexicon::{Gender, Lexicon};
use crate::text::{Gap, TokenKind, TokenSpan, Tokens};

/// How many tokens may follow a quotation's closing mark in its paragraph for the next
/// paragraph's quotation to continue it (room for a long attribution sentence).
const PARAGRAPH_TAIL: usize = 60;
/// How many tokens a dateline opening a sentence may have (`WASHINGTON, Dec. 8 (UPI) —`).
const DATELINE_LEN: usize = 10;
/// How far into its clause a name may start and still be the clause's subject rather than a
/// description before it.
const DESCRIPTION_REACH: usize = 5;
/// The most words a quoted fragment may have and still be read as a scare quote.
const SCARE_WORDS: usize = 3;
/// The most words a quoted title of a work ("Fox and Friends") may have.
const TITLE_WORDS: usize = 8;

/// What the quotes pass reads besides the tokens: the names found, and their entities.
pub(crate) struct Names<'a> {
    /// The mentions, sorted by start.
    pub(crate) mentions: &'a [FoundMention],
    /// The entity of each mention.
    pub(crate) entity_of: &'a [Option<usize>],
}

impl Names<'_> {
    /// The index of the first mention that starts at token `at` or after it.
    fn starting_from(&self, at: usize) -> usize {
        self.mentions.partition_point(|m| m.span.first() < at)
    }

    /// The index of the first mention that ends after token `at` starts: the mentions before
    /// it end before `at`.
    fn ending_by(&self, at: usize) -> usize {
        self.mentions.partition_point(|m| m.span.end() <= at)
    }

    /// The indexes of the mentions inside tokens `a..b`.
    fn inside(&self, (a, b): Range) -> impl Iterator<Item = usize> + '_ {
        (self.starting_from(a)..self.mentions.len())
            .take_while(move |&i| self.mentions[i].span.first() < b)
            .filter(move |&i| self.mentions[i].span.end() <= b)
    }

    /// The entity of mention `i`.
    fn entity(&self, i: usize) -> Option<usize> {
        self.entity_of.get(i).copied().flatten()
    }
}

/// Finds quotations in `tokens` and attributes them, sorted by start; with `indirect`, also
/// reported speech without quote marks.
#[inline(never)]
pub(crate) fn find(
    tokens: &Tokens,
    lexicon: &Lexicon,
    names: &Names,
    indirect: bool,
) -> Vec<FoundQuote> {
    let pairs = marks::pair(tokens, lexicon);
    let genders = &resolve::genders(tokens, lexicon, names);
    let mut quotes = quoted(tokens, lexicon, names, genders, &pairs);
    if indirect {
        let span = |r: Range| tokens.span(r);
        quotes.extend(indirect::find(tokens, lexicon, &pairs).into_iter().map(
            |(content, report)| {
                FoundQuote {
                    span: span(content),
                    kind: QuoteKind::Indirect,
                    speaker: report.speaker.map(span),
                    entity: report
                        .speaker
                        .and_then(|s| resolve::entity(tokens, lexicon, names, genders, s)),
                    cue: Some(span(report.cue)),
                }
            },
        ));
        quotes.sort_by_key(|q| q.span.first());
    }
    quotes
}

/// The quotations of the paired marks `pairs`, attributed.
#[inline(never)]
fn quoted(
    tokens: &Tokens,
    lexicon: &Lexicon,
    names: &Names,
    genders: &[Gender],
    pairs: &[(usize, usize)],
) -> Vec<FoundQuote> {
    let mut paragraphs = Paragraphs::default();
    let mut quotes = Vec::new();
    let mut previous: Option<Previous> = None;
    for &(open, close) in pairs {
        let paragraph = paragraphs.at(tokens, open);
        let partial = is_partial(tokens, lexicon, open);
        // A fragment's own attribution after it is set off by a comma: `“a mess,” Roe said`.
        let set_off = tokens.get(close - 1) == "," || tokens.get(close + 1) == ",";
        // A fragment's speaker must be able to speak (`what he called “…”`, not `a controversial`).
        let can_speak = |a: attribution::Attribution| attribution::Attribution {
            speaker: a
                .speaker
                .filter(|&s| !partial || partial::plausible(tokens, lexicon, names, s)),
            ..a
        };
        // A fragment's own attribution after it comes right after it, not in a clause of its
        // own (`“…”, but he also warned`).
        let next_word = if tokens.get(close + 1) == "," {
            close + 2
        } else {
            close + 1
        };
        let joined = matches!(
            tokens.get(next_word),
            "but"
                | "and"
                | "or"
                | "while"
                | "which"
                | "who"
                | "as"
                | "because"
                | "when"
                | "although"
                | "though"
                | "so"
                | "yet"
        );
        // `“…,” as a memo put it` is the fragment's own reporting clause, though "as" joins it.
        let after = attribution::after(tokens, lexicon, close)
            .filter(|a| {
                !partial || (set_off && (!joined || attribution::is_as_put_it(tokens, a.cue.0)))
            })
            .map(can_speak);
        let before = attribution::before(tokens, lexicon, open, partial).map(can_speak);
        // A fragment in a subordinate clause of its own (`hours after Sanders said he was
        // “encouraged”, Clinton …`) is reported by that clause, not by the clause after it.
        let own_clause = before.filter(|b| {
            partial
                && b.speaker.is_some()
                && attribution::reports_own_clause(
                    tokens,
                    attribution::sentence_start(tokens, open),
                    b.cue.0,
                    open,
                )
        });
        let mut own = [own_clause, after, before]
            .into_iter()
            .flatten()
            .find(|a| a.speaker.is_some())
            .or(after)
            .or(before);
        // `Cruz has railed against what he calls the “Washington cartel”`: the pronoun of the
        // relative clause stands for the sentence's subject, who is the speaker.
        if partial {
            if let Some(a) = own.as_mut() {
                if let Some(s) = a.speaker.filter(|&(x, y)| {
                    y == x + 1
                        && x > 0
                        && x < open
                        && attribution::is_pronoun(tokens.str(x))
                        && tokens.get(x - 1) == "what"
                }) {
                    if let Some(main) = opening_subject(tokens, lexicon, names, s.0)
                        .filter(|&m| partial::plausible(tokens, lexicon, names, m))
                    {
                        a.speaker = Some(main);
                    }
                }
            }
        }
        let own_speaker = own.and_then(|a| a.speaker);
        // A quotation that continues nothing ends the run: later ones cannot continue across it.
        let single = matches!(tokens.str(open), "‘" | "’" | "'");
        let continued = match own_speaker {
            // Single marks also head sections: they continue a quotation of their own paragraph only.
            None if !partial => previous.take().filter(|p| {
                continues(tokens, lexicon, names, p, open, paragraph)
                    && (!single || p.paragraph == paragraph)
            }),
            _ => None,
        };
        let (mut speaker, cue, mut entity) = match (own_speaker, &continued) {
            (Some(s), _) => (
                Some(s),
                own.map(|a| a.cue),
                resolve::entity(tokens, lexicon, names, genders, s),
            ),
            (None, Some(p)) => (Some(p.speaker), own.map(|a| a.cue).or(p.cue), p.entity),
            // Only a cue before the quotation has a sentence subject outside it.
            (None, None) => match own
                .filter(|a| a.cue.0 < open)
                .and_then(|a| subject(tokens, lexicon, names, a.cue.0).map(|s| (s, a.cue)))
                .filter(|&(s, _)| !partial || partial::plausible(tokens, lexicon, names, s))
                .or_else(|| {
                    partial
                        .then(|| partial::speaker(tokens, lexicon, names, open, close))
                        .flatten()
                }) {
                Some((s, cue)) => (
                    Some(s),
                    Some(cue),
                    resolve::entity(tokens, lexicon, names, genders, s),
                ),
                None => match introducer(tokens, lexicon, names, open) {
                    Some(s) => (
                        Some(s),
                        None,
                        resolve::entity(tokens, lexicon, names, genders, s),
                    ),
                    None => match (!partial && own.is_none())
                        .then(|| {
                            partial::next_sentence(tokens, lexicon, names, close).or_else(|| {
                                partial::previous_sentence(tokens, lexicon, names, open)
                            })
                        })
                        .flatten()
                    {
                        Some((s, cue)) => (
                            Some(s),
                            Some(cue),
                            resolve::entity(tokens, lexicon, names, genders, s),
                        ),
                        None => (None, own.map(|a| a.cue), None),
                    },
                },
            },
        };
        // `Roberts said Friday that she thinks …, but said “…”`: the name, not the pronoun.
        if let Some(name) = speaker
            .filter(|_| continued.is_none())
            .and_then(|s| partial::reporter(tokens, lexicon, names, genders, s))
        {
            speaker = Some(name);
            entity = resolve::entity(tokens, lexicon, names, genders, name);
        }
        if speaker.is_none()
            && (partial || (cue.is_none() && is_scare_or_title(tokens, open, close)))
        {
            continue;
        }
        // A quoted line of its own in title case is a heading (`'Legend in the Coal Fields.'`).
        if own.is_none() && is_heading(tokens, open, close) {
            continue;
        }
        // Single marks also set off terms and headings (`the 'bedroom tax'`, `'A tough
        // decision.'` over a section): they quote only someone the text names.
        if single && (speaker.is_none() || (own.is_none() && alone(tokens, open, close))) {
            continue;
        }
        let span = |r: Range| -> TokenSpan { tokens.span(r) };
        quotes.push(FoundQuote {
            span: span((open, close + 1)),
            kind: if partial {
                QuoteKind::Partial
            } else {
                QuoteKind::Direct
            },
            speaker: speaker.map(span),
            entity,
            cue: cue.map(span),
        });
        if let Some(speaker) = speaker {
            previous = Some(Previous {
                speaker,
                cue,
                entity,
                close,
                paragraph: paragraphs.at(tokens, close),
                ends_paragraph: ends_paragraph(tokens, close),
            });
        }
    }
    quotes
}

/// The last attributed quotation, which the next one may continue.
struct Previous {
    /// Its speaker.
    speaker: Range,
    /// Its cue.
    cue: Option<Range>,
    /// The entity its speaker resolves to.
    entity: Option<usize>,
    /// Its closing mark.
    close: usize,
    /// The paragraph of its closing mark.
    paragraph: usize,
    /// Whether its paragraph ends soon after it.
    ends_paragraph: bool,
}

/// Counts paragraphs (texts between line breaks) up to a token, moving only forward.
#[derive(Default)]
struct Paragraphs {
    /// The last token counted.
    token: usize,
    /// The paragraph breaks up to it.
    count: usize,
}

impl Paragraphs {
    /// The paragraph of token `i`, which must not be before the last token asked about.
    fn at(&mut self, tokens: &Tokens, i: usize) -> usize {
        while self.token < i {
            self.token += 1;
            if tokens.gap(self.token) >= Gap::Line {
                self.count += 1;
            }
        }
        self.count
    }
}

/// Whether the paragraph of the closing mark `close` ends with the sentence of that mark.
fn ends_paragraph(tokens: &Tokens, close: usize) -> bool {
    for j in close + 1..=close + 1 + PARAGRAPH_TAIL {
        if tokens.gap(j) >= Gap::Line {
            return true;
        }
        if tokens.tokens[j].sentence_start {
            return false;
        }
    }
    false
}

/// Whether a quotation opening at `open` in `paragraph` continues the `previous` one: it
/// stands in the same paragraph, or opens the next one; and no other person is the subject
/// of a main clause between them (`“…,” Roe said, after Kim stated … . “…”` goes on).
fn continues(
    tokens: &Tokens,
    lexicon: &Lexicon,
    names: &Names,
    previous: &Previous,
    open: usize,
    paragraph: usize,
) -> bool {
    let placed = paragraph == previous.paragraph
        || (paragraph == previous.paragraph + 1
            && previous.ends_paragraph
            && tokens.gap(open) >= Gap::Line);
    if !placed {
        return false;
    }
    let speaker = previous.speaker;
    !(names.starting_from(previous.close + 1)..names.mentions.len())
        .take_while(|&i| names.mentions[i].span.first() < open)
        .any(|i| {
            let m = &names.mentions[i];
            let in_speaker = m.span.first() >= speaker.0 && m.span.end() <= speaker.1;
            let first = m.span.first();
            m.kind == MentionKind::Person
                && !in_speaker
                && names.entity(i) != previous.entity
                && resolve::is_subject(tokens, lexicon, m)
                && !attribution::in_subordinate_clause(
                    tokens,
                    attribution::sentence_start(tokens, first),
                    first,
                )
        })
}

/// A quotation is partial when it opens in the middle of a sentence right after a word
/// that is not a reporting verb (`would help “create …”`, `called it “a disaster”`).
fn is_partial(tokens: &Tokens, lexicon: &Lexicon, open: usize) -> bool {
    !tokens.tokens[open].sentence_start
        && open > 0
        && tokens.tokens[open - 1].kind != TokenKind::Punct
        && tokens.gap(open) < Gap::Line
        && attribution::cue_at(tokens, lexicon, open - 1).is_none()
}

/// The subject of the sentence holding a cue with no speaker beside it (`Lukin smiled,
/// saying, “…”`): the pronoun that opens it, else its first person or organisation, else
/// the capitalised words that open it. A leading adverbial phrase is passed over.
fn subject(tokens: &Tokens, lexicon: &Lexicon, names: &Names, cue: usize) -> Option<Range> {
    let mut floor = attribution::sentence_start(tokens, cue);
    // `WASHINGTON (AFP) – Clinton has …`: a dateline is no subject.
    if let Some(dash) = (floor..(floor + DATELINE_LEN).min(cue))
        .find(|&j| matches!(tokens.get(j), "—" | "–" | "-") && tokens.gap(j) > Gap::None)
    {
        if (floor..dash).all(|j| {
            tokens.is_capitalised(j)
                || tokens.tokens[j].kind == TokenKind::Number
                || matches!(tokens.get(j), "(" | ")" | "," | ".")
        }) {
            floor = dash + 1;
        }
    }
    // `In a speech on Monday, Roe …`, `Asked about it, she …`: the subject follows the comma.
    if opens_adverbial(tokens.get(floor)) {
        if let Some(comma) = (floor..cue).find(|&j| tokens.get(j) == ",") {
            floor = comma + 1;
        }
    }
    if floor >= cue {
        return None;
    }
    if attribution::is_pronoun(tokens.str(floor)) {
        return Some((floor, floor + 1));
    }
    let named = (names.starting_from(floor)..names.mentions.len())
        .take_while(|&i| names.mentions[i].span.end() <= cue)
        .find(|&i| {
            matches!(
                names.mentions[i].kind,
                MentionKind::Person | MentionKind::Organization
            )
        })
        .map(|i| names.mentions[i].span.tokens());
    // `Small groups of protesters continued …, chanting`, `the band leader called …`: a
    // description opening the clause, when no name does.
    let far = named.is_none_or(|(a, _)| {
        a > floor + DESCRIPTION_REACH || (floor..a).any(|j| tokens.get(j) == ",")
    });
    if far {
        if let Some(d) = partial::description_at(tokens, lexicon, floor, cue) {
            return Some(d);
        }
    }
    if let Some((a, b)) = named {
        return (a < b).then_some((a, b));
    }
    // A name the names pass did not find: the capitalised words that open the clause.
    let names_end = (floor..cue)
        .take_while(|&j| tokens.is_capitalised(j) || (j > floor && tokens.get(j) == "."))
        .last()?;
    (attribution::starts_name(tokens, floor) && !opens_adverbial(tokens.str(floor)))
        .then_some((floor, names_end + 1))
}

/// The subject opening the sentence of token `at`, before it (after a leading adverbial
/// phrase): a pronoun or name in the first few tokens.
fn opening_subject(tokens: &Tokens, lexicon: &Lexicon, names: &Names, at: usize) -> Option<Range> {
    let s = subject(tokens, lexicon, names, at)?;
    let mut floor = attribution::sentence_start(tokens, at);
    if opens_adverbial(tokens.get(floor)) {
        if let Some(comma) = (floor..at).find(|&j| tokens.get(j) == ",") {
            floor = comma + 1;
        }
    }
    (s.0 >= floor && s.0 <= floor + 4 && s.1 <= at && !(floor..s.0).any(|j| tokens.get(j) == ","))
        .then_some(s)
}

/// Whether a sentence opening with `word` opens with an adverbial phrase ("In", "After",
/// "Asked", "Speaking") rather than its subject.
fn opens_adverbial(word: &str) -> bool {
    let lower = word.to_ascii_lowercase();
    matches!(
        lower.as_str(),
        "in" | "on"
            | "at"
            | "after"
            | "before"
            | "during"
            | "when"
            | "while"
            | "as"
            | "since"
            | "later"
            | "earlier"
            | "meanwhile"
            | "however"
            | "but"
            | "and"
            | "still"
            | "then"
            | "now"
            | "last"
            | "for"
            | "with"
            | "without"
            | "despite"
            | "although"
            | "though"
            | "if"
            | "once"
            | "upon"
            | "from"
            | "by"
            | "following"
            | "yet"
            | "so"
            | "instead"
            | "separately"
    ) || (word.len() > 4 && (lower.ends_with("ing") || lower.ends_with("ed")))
}

/// Who introduces a quotation after a colon without a reporting verb: the name just before
/// the colon (`Pollster Ann Roe: “…”`), else the subject of that sentence (`The agency
/// released a statement: “…”`).
fn introducer(tokens: &Tokens, lexicon: &Lexicon, names: &Names, open: usize) -> Option<Range> {
    let colon = open.checked_sub(1).filter(|&c| tokens.get(c) == ":")?;
    let floor = attribution::sentence_start(tokens, colon);
    let named = |r: Range| {
        names.inside(r).any(|i| {
            matches!(
                names.mentions[i].kind,
                MentionKind::Person | MentionKind::Organization
            )
        })
    };
    attribution::speaker_before(tokens, floor, colon)
        .filter(|&r| named(r))
        .or_else(|| subject(tokens, lexicon, names, colon))
}

/// Whether a quotation nobody is said to have spoken is a scare quote (a few words with no
/// sentence of their own: “deplorables”) or the title of a work (“Fox and Friends”).
fn is_scare_or_title(tokens: &Tokens, open: usize, close: usize) -> bool {
    let inside = open + 1..close;
    let last = close - 1;
    if inside.clone().any(|j| {
        matches!(tokens.str(j), "," | "?" | "!" | ";" | ":") || (tokens.str(j) == "." && j != last)
    }) {
        return false;
    }
    let (mut words, mut capitalised, mut title_case) = (0, 0, true);
    for j in inside.filter(|&j| tokens.tokens[j].kind == TokenKind::Word) {
        words += 1;
        capitalised += usize::from(tokens.is_capitalised(j));
        title_case &= tokens.is_capitalised(j) || tokens.str(j).len() <= 3;
    }
    words <= SCARE_WORDS || (words <= TITLE_WORDS && capitalised >= 2 && title_case)
}

/// Whether a quotation is a line of its own: a few words in title case, a heading rather than
/// speech.
fn is_heading(tokens: &Tokens, open: usize, close: usize) -> bool {
    alone(tokens, open, close) && title_case(tokens, open, close)
}

/// Whether a quotation fills its line.
fn alone(tokens: &Tokens, open: usize, close: usize) -> bool {
    tokens.gap(open) >= Gap::Line
        && (close + 1 >= tokens.len() || tokens.gap(close + 1) >= Gap::Line)
}

/// Whether the words between `open` and `close` are a title: at most `TITLE_WORDS`, each
/// capitalised or short.
fn title_case(tokens: &Tokens, open: usize, close: usize) -> bool {
    let words: Vec<usize> = (open + 1..close)
        .filter(|&j| tokens.tokens[j].kind == TokenKind::Word)
        .collect();
    words.len() <= TITLE_WORDS
        && words.iter().filter(|&&j| tokens.is_capitalised(j)).count() >= 2
        && words
            .iter()
            .all(|&j| tokens.is_capitalised(j) || tokens.str(j).len() <= 3)
}
