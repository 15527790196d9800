//! Pairs quote marks into quotations: curly, straight and angle doubles, and single marks
//! where they quote rather than stand for an apostrophe, in one pass over the tokens.

use crate::lexicon::Lexicon;
use crate::text::{Gap, TokenKind, Tokens};

/// Which side of a quotation a mark stands on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Side {
    Open,
    Close,
    /// A straight mark: which side depends on the spaces around it.
    Either,
}

/// The quote mark at token `i`: its side, and whether it is of the double family
/// (“ ” " « » „) rather than the single one (‘ ’).
fn scan_mark(tokens: &Tokens, i: usize) -> Option<(Side, bool)> {
    if tokens.tokens[i].kind != TokenKind::Punct {
        return None;
    }
    Some(match tokens.str(i) {
        "“" | "«" | "„" => (Side::Open, true),
        "”" | "»" => (Side::Close, true),
        "\"" => (Side::Either, true),
        "‘" => (Side::Open, false),
        "’" => (Side::Close, false),
        // Two straight singles in a row (`''Yes,'' she said`, an archive's stand-in for a
        // double mark) pair like a double, so the single marks inside stay nested; the pair
        // itself is no quotation (the news this is measured on annotates them as reported
        // speech).
        "'" if is_doubled(tokens, i) => (Side::Either, true),
        "'" if i > 0 && tokens.get(i - 1) == "'" && tokens.gap(i) == Gap::None => return None,
        "'" => (Side::Either, false),
        _ => return None,
    })
}

/// Whether the straight single mark at token `i` is the first of two in a row.
fn is_doubled(tokens: &Tokens, i: usize) -> bool {
    tokens.get(i + 1) == "'"
        && tokens.gap(i + 1) == Gap::None
        && !(i > 0 && tokens.get(i - 1) == "'" && tokens.gap(i) == Gap::None)
}

/// The side a mark at token `i` takes here, or `None` when it is no quote mark at all (an
/// apostrophe: "Kim’s", "leaders’", "’90s", "‘90s").
fn side_at(tokens: &Tokens, i: usize) -> Option<(Side, bool)> {
    let (side, double) = scan_mark(tokens, i)?;
    let touches_before = i > 0 && tokens.gap(i) == Gap::None;
    let next_kind = tokens.tokens.get(i + 1).map(|t| t.kind);
    let touches_after = next_kind.is_some() && tokens.gap(i + 1) == Gap::None;
    if !double {
        return single_side(tokens, i, side, touches_before, touches_after, next_kind)
            .map(|side| (side, false));
    }
    let side = match side {
        Side::Either => straight_side(tokens, i),
        // A curly double turned the wrong way still closes after a word (`unusual,“ said`)
        // and opens before one (` ”Yes`).
        Side::Open if double && touches_before && !touches_after => Side::Close,
        Side::Close
            if double
                && !touches_before
                && touches_after
                && next_kind != Some(TokenKind::Punct) =>
        {
            Side::Open
        }
        side => side,
    };
    Some((side, double))
}

/// The side a single mark (curly or straight) takes at token `i`, or `None` for an
/// apostrophe: inside a word ("can't", "Kim’s", "O'Brien"), before a year ("’90s"), in an
/// elision ("rock 'n' roll", "'em", "'tis") or with space on both sides.
fn single_side(
    tokens: &Tokens,
    i: usize,
    side: Side,
    touches_before: bool,
    touches_after: bool,
    next_kind: Option<TokenKind>,
) -> Option<Side> {
    if touches_before && touches_after && next_kind != Some(TokenKind::Punct) {
        return None;
    }
    if touches_after && next_kind == Some(TokenKind::Number) {
        return None;
    }
    let is_single = |j: usize| matches!(tokens.get(j), "'" | "’" | "‘");
    // `rock 'n' roll`: both marks of the "n".
    if (touches_after
        && tokens.get(i + 1) == "n"
        && is_single(i + 2)
        && tokens.gap(i + 2) == Gap::None)
        || (touches_before
            && i >= 2
            && tokens.get(i - 1) == "n"
            && is_single(i - 2)
            && tokens.gap(i - 1) == Gap::None)
    {
        return None;
    }
    if touches_after
        && !touches_before
        && matches!(
            tokens.get(i + 1),
            "em" | "tis" | "twas" | "cause" | "til" | "bout" | "n"
        )
    {
        return None;
    }
    match side {
        Side::Open if touches_before => None,
        // After a bracket or a dash and before a word it opens: `('Yes')`.
        Side::Either
            if touches_after && i > 0 && matches!(tokens.get(i - 1), "(" | "[" | "—" | "–") =>
        {
            Some(Side::Open)
        }
        Side::Either => match (touches_before, touches_after) {
            (false, true) => Some(Side::Open),
            // Touching a word before it, and punctuation or space after it: `no',`, `no':`.
            (true, _) => Some(Side::Close),
            (false, false) => None,
        },
        side => Some(side),
    }
}

/// A straight double mark opens when space or an opening bracket stands before it and a
/// word follows it.
fn straight_side(tokens: &Tokens, i: usize) -> Side {
    let before_space = i == 0
        || tokens.gap(i) != Gap::None
        || matches!(tokens.get(i - 1), "(" | "[" | "—" | "–" | "―");
    let end = if tokens.str(i) == "'" { i + 1 } else { i };
    let after_space = end + 1 >= tokens.len() || tokens.gap(end + 1) != Gap::None;
    if before_space && !after_space {
        Side::Open
    } else {
        Side::Close
    }
}

/// Whether a token ends a sentence, so that a line break after it ends a paragraph.
fn ends_sentence(token: &str) -> bool {
    matches!(
        token,
        "." | "?" | "!" | "…" | ":" | "”" | "\"" | "’" | "'" | "»"
    )
}

/// Pairs opening and closing marks into `(open token, close token)`, in order: double marks
/// first, then single marks outside them. A single quotation holds the double ones inside it
/// (British style: `'He said "never",' she said`); single marks inside a double quotation are
/// a nested quote, part of the outer one.
#[inline(never)]
pub(super) fn pair(tokens: &Tokens, lexicon: &Lexicon) -> Vec<(usize, usize)> {
    let mut doubles = pair_family(tokens, lexicon, true, &[]);
    let singles = pair_family(tokens, lexicon, false, &doubles);
    doubles.retain(|&(a, _)| tokens.str(a) != "'");
    if singles.is_empty() {
        return doubles;
    }
    let mut pairs = Vec::with_capacity(doubles.len() + singles.len());
    let mut s = 0;
    for &(a, b) in &doubles {
        while s < singles.len() && singles[s].1 < a {
            pairs.push(singles[s]);
            s += 1;
        }
        // A double quotation inside a single one is nested in it.
        let inside = s < singles.len() && singles[s].0 < a && singles[s].1 > b;
        if !inside {
            pairs.push((a, b));
        }
    }
    pairs.extend_from_slice(&singles[s..]);
    pairs
}

/// Pairs the marks of one family (double or single) into quotations, skipping the tokens
/// inside the quotations `outer` (sorted, of the other family). A quotation runs over
/// paragraphs only when each new paragraph opens with a mark; an unbalanced mark is dropped at
/// the end of its paragraph, so it never swallows the rest of the article.
// One piece, though long: a state machine over the tokens, whose state (the mark open, a weak
// closing mark held back, the quotations of the other family passed over) every branch
// reads and changes.
fn pair_family(
    tokens: &Tokens,
    lexicon: &Lexicon,
    double: bool,
    outer: &[(usize, usize)],
) -> Vec<(usize, usize)> {
    let mut pairs = Vec::new();
    let mut open: Option<usize> = None;
    // A single mark that may close the quotation or be a plural possessive ("the workers’
    // party"): it closes only when no surer closing mark follows in the paragraph.
    let mut weak: Option<usize> = None;
    let mut next_outer = 0;
    let mut i = 0;
    while i < tokens.len() {
        while next_outer < outer.len() && outer[next_outer].1 < i {
            next_outer += 1;
        }
        if let Some(&(a, b)) = outer.get(next_outer) {
            if a <= i && i <= b {
                i = b + 1;
                continue;
            }
        }
        if let Some(start) = open {
            if tokens.gap(i) >= Gap::Line && i > start + 1 {
                // The quotation goes on when the new paragraph opens with the mark it opened with.
                let same = matches!(side_at(tokens, i), Some((Side::Open | Side::Either, d)) if d == double)
                    && tokens.str(i) == tokens.str(start);
                if same {
                    weak = None;
                    i += 1;
                    continue;
                }
                // A line break after a sentence ends a paragraph; one mid-sentence only wraps.
                if tokens.gap(i) == Gap::Paragraph || ends_sentence(tokens.get(i - 1)) {
                    if let Some(w) = weak.take() {
                        push_single(tokens, lexicon, &mut pairs, start, w);
                    }
                    open = None;
                }
            }
        }
        let Some((side, d)) = side_at(tokens, i) else {
            i += 1;
            continue;
        };
        if d != double {
            i += 1;
            continue;
        }
        match (open, side) {
            (None, Side::Open) => open = Some(i),
            (Some(start), Side::Close) if i > start + 1 && !double && is_weak_close(tokens, i) => {
                weak = Some(i);
            }
            (Some(start), Side::Close) => {
                if i > start + 1 {
                    if double {
                        pairs.push((start, i));
                    } else {
                        push_single(tokens, lexicon, &mut pairs, start, i);
                    }
                }
                open = None;
                weak = None;
            }
            (Some(start), Side::Open) => {
                if let Some(w) = weak.take() {
                    push_single(tokens, lexicon, &mut pairs, start, w);
                } else if double
                    && i > start + 2
                    && matches!(tokens.get(i - 1), "." | "?" | "!" | "…")
                    && tokens.gap(i) != Gap::None
                {
                    // Paragraphs run together (`… wanted it. "In four days …`): the quotation
                    // before ends with its sentence, unclosed.
                    pairs.push((start, i - 1));
                }
                open = Some(i);
            }
            _ => {}
        }
        i += 1;
    }
    if let (Some(start), Some(w)) = (open, weak) {
        push_single(tokens, lexicon, &mut pairs, start, w);
    }
    pairs
}

/// Keeps a pair of single marks as a quotation: curly marks always; straight ones (which
/// also stand for apostrophes) only with evidence that they quote.
fn push_single(
    tokens: &Tokens,
    lexicon: &Lexicon,
    pairs: &mut Vec<(usize, usize)>,
    open: usize,
    close: usize,
) {
    if tokens.str(open) != "'" || quotes_speech(tokens, lexicon, open, close) {
        pairs.push((open, close));
    }
}

/// Whether straight single marks at `open` and `close` quote someone: the opening mark
/// starts a sentence or follows a colon or a reporting verb (`Mahathir: 'I will not
/// resign'`, `said 'no'`), or punctuation closes the quotation inside the marks (`'No
/// U-turn,' the minister said`), or a reporting clause or a colon follows it.
fn quotes_speech(tokens: &Tokens, lexicon: &Lexicon, open: usize, close: usize) -> bool {
    let starts = tokens.tokens[open].sentence_start
        || (open > 0 && matches!(tokens.get(open - 1), ":" | "—" | "–"));
    let punctuated = matches!(tokens.get(close - 1), "," | "." | "?" | "!" | "…");
    let cue_before = (open.saturating_sub(3)..open).any(|j| {
        tokens.tokens[j].kind == TokenKind::Word
            && lexicon.is_cue(tokens.str(j))
            && !tokens.tokens[j].sentence_start
    });
    let after =
        tokens.get(close + 1) == ":" || super::attribution::after(tokens, lexicon, close).is_some();
    starts || punctuated || cue_before || after
}

/// Whether a single closing mark at `i` may be a plural possessive instead ("the workers’
/// party", "Jones' car"): it follows a word ending in s and a word follows it.
fn is_weak_close(tokens: &Tokens, i: usize) -> bool {
    let prev = tokens.get(i - 1);
    (prev.ends_with('s') || prev.ends_with('S'))
        && tokens.tokens[i - 1].kind == TokenKind::Word
        && tokens
            .tokens
            .get(i + 1)
            .is_some_and(|t| t.kind == TokenKind::Word)
        && tokens.gap(i + 1) == Gap::Space
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quoted(text: &str) -> Vec<&str> {
        let t = Tokens::new(text);
        let lexicon = Lexicon::load().unwrap();
        pair(&t, &lexicon)
            .into_iter()
            .map(|(a, b)| &text[t.tokens[a].start..t.tokens[b].end])
            .collect()
    }

    #[test]
    fn apostrophes_are_not_marks() {
        assert_eq!(quoted("Kim’s ‘plan’ for the ’90s and ‘90s"), ["‘plan’"]);
    }

    #[test]
    fn straight_marks_pair_by_spacing() {
        assert_eq!(
            quoted(r#"He said "yes," and "no.""#),
            [r#""yes,""#, r#""no.""#]
        );
    }

    #[test]
    fn singles_inside_doubles_stay_nested() {
        assert_eq!(
            quoted("“You said ‘never,’ and it stuck,” she said."),
            ["“You said ‘never,’ and it stuck,”"]
        );
    }

    #[test]
    fn quote_runs_over_paragraphs_that_open_with_a_mark() {
        assert_eq!(quoted("“One.\n\n“Two.”\n\nThree."), ["“One.\n\n“Two.”"]);
    }

    #[test]
    fn a_wrong_way_curly_mark_still_closes() {
        assert_eq!(quoted("“It is odd,“ she said."), ["“It is odd,“"]);
    }

    #[test]
    fn a_line_wrapped_mid_sentence_keeps_the_quote_open() {
        assert_eq!(quoted("“We will\nwin,” he said."), ["“We will\nwin,”"]);
    }

    #[test]
    fn a_paragraph_opening_with_another_style_of_mark_starts_afresh() {
        assert_eq!(quoted("\"Never closed.\n\n“New,” she said."), ["“New,”"]);
    }

    #[test]
    fn paragraphs_run_together_end_the_unclosed_quote_at_its_sentence() {
        assert_eq!(
            quoted(r#""We won. "Next year, too," he said."#),
            [r#""We won."#, r#""Next year, too,""#]
        );
    }

    #[test]
    fn unbalanced_mark_stops_at_its_paragraph() {
        assert_eq!(
            quoted("“Never closed.\n\nPlain text. “Real,” he said."),
            ["“Real,”"]
        );
    }
}
