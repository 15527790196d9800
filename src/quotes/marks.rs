//! Pairs quote marks into quotations: curly, straight and angle doubles, and single marks
//! where they quote rather than stand for an apostrophe, in one pass over the tokens.

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
        _ => return None,
    })
}

/// The side a mark at token `i` takes here, or `None` when it is no quote mark at all (an
/// apostrophe: "Kim’s", "leaders’", "’90s", "‘90s").
fn side_at(tokens: &Tokens, i: usize) -> Option<(Side, bool)> {
    let (side, double) = scan_mark(tokens, i)?;
    let touches_before = i > 0 && tokens.gap(i) == Gap::None;
    let next_kind = tokens.tokens.get(i + 1).map(|t| t.kind);
    let touches_after = next_kind.is_some() && tokens.gap(i + 1) == Gap::None;
    let side = match side {
        Side::Either => straight_side(tokens, i),
        // A curly double turned the wrong way still closes after a word (`unusual,“ said`)
        // and opens before one (` ”Yes`).
        Side::Open if double && touches_before && !touches_after => Side::Close,
        Side::Close if double && !touches_before && touches_after && next_kind != Some(TokenKind::Punct) => Side::Open,
        // A single mark inside a word, or before a year ("’90s"), is an apostrophe.
        _ if !double && touches_before && touches_after && next_kind != Some(TokenKind::Punct) => return None,
        _ if !double && touches_after && next_kind == Some(TokenKind::Number) => return None,
        Side::Open if !double && touches_before => return None,
        side => side,
    };
    Some((side, double))
}

/// A straight double mark opens when space or an opening bracket stands before it and a
/// word follows it.
fn straight_side(tokens: &Tokens, i: usize) -> Side {
    let before_space =
        i == 0 || tokens.gap(i) != Gap::None || matches!(tokens.get(i - 1), "(" | "[" | "—" | "–" | "―");
    let after_space = i + 1 >= tokens.len() || tokens.gap(i + 1) != Gap::None;
    if before_space && !after_space {
        Side::Open
    } else {
        Side::Close
    }
}

/// Whether a token ends a sentence, so that a line break after it ends a paragraph.
fn ends_sentence(token: &str) -> bool {
    matches!(token, "." | "?" | "!" | "…" | ":" | "”" | "\"" | "’" | "»")
}

/// Pairs opening and closing marks into `(open token, close token)`, in order. Single
/// marks inside a double quotation are a nested quote, part of the outer one. A quotation
/// runs over paragraphs only when each new paragraph opens with a mark; an unbalanced mark
/// is dropped at the end of its paragraph, so it never swallows the rest of the article.
#[inline(never)]
pub(super) fn pair(tokens: &Tokens) -> Vec<(usize, usize)> {
    let mut pairs = Vec::new();
    let mut open: Option<(usize, bool)> = None; // (token, double family)
    for i in 0..tokens.len() {
        if let Some((start, double)) = open {
            if tokens.gap(i) >= Gap::Line && i > start + 1 {
                // The quotation goes on when the new paragraph opens with the mark it opened with.
                if let Some((Side::Open | Side::Either, d)) = side_at(tokens, i) {
                    if d == double && tokens.str(i) == tokens.str(start) {
                        continue;
                    }
                }
                // A line break after a sentence ends a paragraph; one mid-sentence only wraps.
                if tokens.gap(i) == Gap::Paragraph || ends_sentence(tokens.get(i - 1)) {
                    open = None;
                }
            }
        }
        let Some((side, double)) = side_at(tokens, i) else { continue };
        match (open, side) {
            (None, Side::Open) => open = Some((i, double)),
            (Some((start, d)), Side::Close) if d == double => {
                if i > start + 1 {
                    pairs.push((start, i));
                }
                open = None;
            }
            // Singles inside doubles are nested quotes, part of the outer one.
            (Some((_, true)), _) if !double => {}
            (Some((start, _)), Side::Open) => {
                // Paragraphs run together (`… wanted it. "In four days …`): the quotation
                // before ends with its sentence, unclosed.
                if i > start + 2 && matches!(tokens.get(i - 1), "." | "?" | "!" | "…") && tokens.gap(i) != Gap::None {
                    pairs.push((start, i - 1));
                }
                open = Some((i, double));
            }
            _ => {}
        }
    }
    pairs
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quoted(text: &str) -> Vec<&str> {
        let t = Tokens::new(text);
        pair(&t).into_iter().map(|(a, b)| &text[t.tokens[a].start..t.tokens[b].end]).collect()
    }

    #[test]
    fn apostrophes_are_not_marks() {
        assert_eq!(quoted("Kim’s ‘plan’ for the ’90s and ‘90s"), ["‘plan’"]);
    }

    #[test]
    fn straight_marks_pair_by_spacing() {
        assert_eq!(quoted(r#"He said "yes," and "no.""#), [r#""yes,""#, r#""no.""#]);
    }

    #[test]
    fn singles_inside_doubles_stay_nested() {
        assert_eq!(quoted("“You said ‘never,’ and it stuck,” she said."), ["“You said ‘never,’ and it stuck,”"]);
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
        assert_eq!(quoted(r#""We won. "Next year, too," he said."#), [r#""We won."#, r#""Next year, too,""#]);
    }

    #[test]
    fn unbalanced_mark_stops_at_its_paragraph() {
        assert_eq!(quoted("“Never closed.\n\nPlain text. “Real,” he said."), ["“Real,”"]);
    }
}
