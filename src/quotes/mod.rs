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
//!
//! This module only runs the pass. The modules under it call only modules below them:
//! [`sentence`] (where sentences start, which words are pronouns, determiners or words of
//! time, whether words can speak, a quotation's shape on its line) and [`mentions`] (the
//! names found, searched by token range) at the bottom; then [`attribution`] (reporting
//! verbs and the speakers beside them), [`resolve`] (a speaker's entity), [`subject`] (the
//! subject of a clause, who introduces a quotation after a colon, whether a quotation
//! continues the one before), [`partial`] (the speaker of a quoted fragment); [`marks`]
//! (pairing quote marks) and [`indirect`] (reported speech) over [`attribution`].

mod attribution;
mod indirect;
mod marks;
mod mentions;
mod partial;
mod resolve;
mod sentence;
mod subject;
use crate::document::{FoundQuote, QuoteKind};
use crate::lexicon::{Gender, Lexicon};
use crate::text::{TokenRange, TokenSpan, Tokens};
use attribution::Attribution;
pub(crate) use mentions::Mentions;
use sentence::Paragraphs;
use subject::Previous;

/// Finds quotations in `tokens` and attributes them, sorted by start; with `indirect`, also
/// reported speech without quote marks.
#[inline(never)]
pub(crate) fn find(
    tokens: &Tokens,
    lexicon: &Lexicon,
    names: &Mentions,
    indirect: bool,
) -> Vec<FoundQuote> {
    let pairs = marks::pair(tokens, lexicon);
    let genders = &resolve::genders(tokens, lexicon, names);
    let mut quotes = quoted(tokens, lexicon, names, genders, &pairs);
    if indirect {
        let span = |r: TokenRange| tokens.span(r);
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
    names: &Mentions,
    genders: &[Gender],
    pairs: &[(usize, usize)],
) -> Vec<FoundQuote> {
    let mut paragraphs = Paragraphs::default();
    let mut quotes = Vec::new();
    let mut previous: Option<Previous> = None;
    for &(open, close) in pairs {
        let paragraph = paragraphs.at(tokens, open);
        let partial = attribution::is_partial(tokens, lexicon, open);
        let own = own_attribution(tokens, lexicon, names, (open, close), partial);
        let own_speaker = own.and_then(|a| a.speaker);
        // A quotation that continues nothing ends the run: later ones cannot continue across it.
        let single = matches!(tokens.str(open), "‘" | "’" | "'");
        let continued = match own_speaker {
            // Single marks also head sections: they continue a quotation of their own paragraph only.
            None if !partial => previous.take().filter(|p| {
                subject::continues(tokens, lexicon, names, p, open, paragraph)
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
            (None, None) => elsewhere(tokens, lexicon, names, genders, own, (open, close), partial),
        };
        // `Roberts said Friday that she thinks …, but said “…”`: the name, not the pronoun.
        if let Some((name, its_entity)) = speaker
            .filter(|_| continued.is_none())
            .and_then(|s| partial::reporter(tokens, lexicon, names, genders, s))
        {
            speaker = Some(name);
            entity = its_entity;
        }
        let found = (own.is_some(), speaker.is_some(), cue.is_some());
        if !is_quotation(tokens, (open, close), found, partial, single) {
            continue;
        }
        let span = |r: TokenRange| -> TokenSpan { tokens.span(r) };
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
                ends_paragraph: sentence::ends_paragraph(tokens, close),
            });
        }
    }
    quotes
}

/// Whether the marks `open` and `close` quote someone, given whether the quotation has a
/// reporting clause of its own, a speaker and a cue (`found`): a fragment needs a speaker; a
/// scare quote or title of a work without either is none, nor is a quoted line of its own in
/// title case (a heading, `'Legend in the Coal Fields.'`); single marks also set off terms and
/// headings (`the 'bedroom tax'`, `'A tough decision.'` over a section), so they quote only
/// someone the text names.
fn is_quotation(
    tokens: &Tokens,
    (open, close): (usize, usize),
    (own, speaker, cue): (bool, bool, bool),
    partial: bool,
    single: bool,
) -> bool {
    let unspoken =
        !speaker && (partial || (!cue && sentence::is_scare_or_title(tokens, open, close)));
    let heading = !own && sentence::is_heading(tokens, open, close);
    let term = single && (!speaker || (!own && sentence::alone(tokens, open, close)));
    !(unspoken || heading || term)
}

/// The reporting clause a quotation between the marks `open` and `close` has of its own,
/// after it or before it; for a `partial` quotation (a fragment), only one whose speaker can
/// speak and that reports the fragment's own clause.
fn own_attribution(
    tokens: &Tokens,
    lexicon: &Lexicon,
    names: &Mentions,
    (open, close): (usize, usize),
    partial: bool,
) -> Option<Attribution> {
    // A fragment's own attribution after it is set off by a comma: `“a mess,” Roe said`.
    let set_off = tokens.get(close - 1) == "," || tokens.get(close + 1) == ",";
    // A fragment's speaker must be able to speak (`what he called “…”`, not `a controversial`).
    let can_speak = |a: attribution::Attribution| attribution::Attribution {
        speaker: a
            .speaker
            .filter(|&s| !partial || partial::plausible(tokens, lexicon, names, s)),
        ..a
    };
    let joined = sentence::opens_clause_after(tokens, close);
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
                sentence::sentence_start(tokens, open),
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
                    && sentence::is_pronoun(tokens.str(x))
                    && tokens.get(x - 1) == "what"
            }) {
                if let Some(main) = subject::opening_subject(tokens, lexicon, names, s.0)
                    .filter(|&m| partial::plausible(tokens, lexicon, names, m))
                {
                    a.speaker = Some(main);
                }
            }
        }
    }
    own
}

/// The speaker and cue of a quotation between the marks `open` and `close` without a speaker
/// of its own (`own` its reporting clause, if it has one), and the speaker's entity: the
/// subject of the sentence of a cue before it, a fragment's speaker, whoever introduces it
/// after a colon, else whoever the sentence after it or before it names.
fn elsewhere(
    tokens: &Tokens,
    lexicon: &Lexicon,
    names: &Mentions,
    genders: &[Gender],
    own: Option<Attribution>,
    (open, close): (usize, usize),
    partial: bool,
) -> (Option<TokenRange>, Option<TokenRange>, Option<usize>) {
    match own
        .filter(|a| a.cue.0 < open)
        .and_then(|a| subject::subject(tokens, lexicon, names, a.cue.0).map(|s| (s, a.cue)))
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
        None => match subject::introducer(tokens, lexicon, names, open) {
            Some(s) => (
                Some(s),
                None,
                resolve::entity(tokens, lexicon, names, genders, s),
            ),
            None => match (!partial && own.is_none())
                .then(|| {
                    partial::next_sentence(tokens, lexicon, names, close)
                        .or_else(|| partial::previous_sentence(tokens, lexicon, names, open))
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
    }
}
