//! The shared view of the text every pass reads: tokens, with the breaks between them and
//! where sentences start, and the spans the passes hand each other ([`TokenSpan`]: a token
//! range with its byte range, so that no pass converts one into the other).

use crate::wordhash::{is_word_char, join, lower_hash, PHRASE_START};

/// A range of token indexes, `start..end`.
pub(crate) type TokenRange = (usize, usize);

/// A byte range of the input: `start <= end`, both on char boundaries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) struct ByteSpan {
    pub(crate) start: usize,
    pub(crate) end: usize,
}

impl ByteSpan {
    /// The text of the span.
    pub(crate) fn of<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }
}

/// A stretch of the text in both units: a token range and the bytes it covers. Made only by
/// [`Tokens::span`], which checks that it does not end before it starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) struct TokenSpan {
    tokens: TokenRange,
    bytes: ByteSpan,
}

impl TokenSpan {
    /// The token range, `start..end`.
    #[inline]
    pub(crate) fn tokens(&self) -> TokenRange {
        self.tokens
    }

    /// The first token.
    #[inline]
    pub(crate) fn first(&self) -> usize {
        self.tokens.0
    }

    /// One past the last token.
    #[inline]
    pub(crate) fn end(&self) -> usize {
        self.tokens.1
    }

    /// The byte range.
    #[inline]
    pub(crate) fn bytes(&self) -> ByteSpan {
        self.bytes
    }

    /// The text of the span.
    pub(crate) fn of<'t>(&self, text: &'t str) -> &'t str {
        self.bytes.of(text)
    }
}

/// The tokens an earlier pass has taken: a figure's ("US" in "US$34 million") is no name.
pub(crate) struct Taken(Vec<bool>);

impl Taken {
    /// Marks the tokens of every span in `spans` taken, of a text of `tokens`.
    pub(crate) fn new(tokens: &Tokens, spans: impl IntoIterator<Item = TokenSpan>) -> Taken {
        let mut taken = vec![false; tokens.len()];
        for span in spans {
            let (start, end) = span.tokens();
            taken[start..end].fill(true);
        }
        Taken(taken)
    }

    /// Whether any token of `start..end` is taken.
    pub(crate) fn any(&self, (start, end): TokenRange) -> bool {
        self.0[start..end].contains(&true)
    }
}

/// Whether `token` is a hyphen ("-", "‐", "‑"), which joins the words either side of it when
/// it touches them ("Jong-un", "Sanwo-Olu").
pub(crate) fn is_hyphen(token: &str) -> bool {
    matches!(token, "-" | "‐" | "‑")
}

/// What a token is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TokenKind {
    /// Letters (and the marks that combine with them).
    Word,
    /// ASCII digits.
    Number,
    /// One character that is neither: punctuation, a symbol, a quote mark.
    Punct,
}

/// What separates a token from the one before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Gap {
    /// Nothing: the tokens touch ("Jong" "-" "un").
    None,
    /// Spaces or tabs.
    Space,
    /// One line break.
    Line,
    /// A blank line, or the start of the text: a new paragraph.
    Paragraph,
}

/// One token: a byte range of the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Token {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) kind: TokenKind,
    /// What comes between this token and the previous one.
    pub(crate) gap: Gap,
    /// The first token of a sentence (or of a paragraph, a heading, a list item).
    pub(crate) sentence_start: bool,
    /// A word that begins with a capital letter.
    pub(crate) capitalised: bool,
}

/// The tokens of one text, and the text.
pub(crate) struct Tokens<'t> {
    pub(crate) text: &'t str,
    pub(crate) tokens: Vec<Token>,
}

impl<'t> Tokens<'t> {
    /// Splits `text` into tokens and marks sentence starts.
    pub(crate) fn new(text: &'t str) -> Tokens<'t> {
        let mut tokens = tokenize(text);
        mark_sentence_starts(text, &mut tokens);
        Tokens { text, tokens }
    }

    /// The text of token `i`.
    #[inline]
    pub(crate) fn str(&self, i: usize) -> &'t str {
        let t = &self.tokens[i];
        &self.text[t.start..t.end]
    }

    /// The text of token `i`, or "" past either end.
    pub(crate) fn get(&self, i: usize) -> &'t str {
        if i < self.tokens.len() {
            self.str(i)
        } else {
            ""
        }
    }

    /// The number of tokens.
    pub(crate) fn len(&self) -> usize {
        self.tokens.len()
    }

    /// Whether token `i` is a word that starts with a capital letter.
    pub(crate) fn is_capitalised(&self, i: usize) -> bool {
        self.tokens[i].capitalised
    }

    /// The gap before token `i`; a paragraph break past the end.
    pub(crate) fn gap(&self, i: usize) -> Gap {
        self.tokens.get(i).map_or(Gap::Paragraph, |t| t.gap)
    }

    /// The span of tokens `start..end`, with the bytes from the first's start to the last's
    /// end (an empty range covers no bytes, where its token would start).
    ///
    /// # Panics
    ///
    /// When `end` is before `start` or past the last token.
    pub(crate) fn span(&self, (start, end): TokenRange) -> TokenSpan {
        assert!(
            start <= end && end <= self.len(),
            "token span {start}..{end} out of order or out of 0..{}",
            self.len()
        );
        let at = |i: usize| self.tokens.get(i).map_or(self.text.len(), |t| t.start);
        let bytes = if start == end {
            ByteSpan {
                start: at(start),
                end: at(start),
            }
        } else {
            ByteSpan {
                start: self.tokens[start].start,
                end: self.tokens[end - 1].end,
            }
        };
        TokenSpan {
            tokens: (start, end),
            bytes,
        }
    }

    /// The hash of token `i` lower-cased, as the word lists are hashed (see `wordhash`).
    pub(crate) fn lower_hash(&self, i: usize) -> u64 {
        lower_hash(self.str(i))
    }

    /// The hash of tokens `start..end` as one phrase of the word lists ("North Korea"),
    /// joined from the tokens' own hashes: what `wordhash::phrase` gives their text.
    pub(crate) fn phrase_hash(&self, (start, end): TokenRange) -> u64 {
        (start..end).fold(PHRASE_START, |h, i| join(h, self.lower_hash(i)))
    }
}

fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::with_capacity(text.len() / 5);
    let mut gap = Gap::Paragraph;
    let mut newlines = 0;
    let mut at = 0;
    while let Some(c) = char_at(text, at) {
        let start = at;
        at += c.len_utf8();
        if c.is_whitespace() {
            if c == '\n' {
                newlines += 1;
                gap = if newlines >= 2 {
                    Gap::Paragraph
                } else {
                    gap.max(Gap::Line)
                };
            } else {
                gap = gap.max(Gap::Space);
            }
            continue;
        }
        let kind = if c.is_ascii_digit() {
            TokenKind::Number
        } else if is_word_char(c) {
            TokenKind::Word
        } else {
            TokenKind::Punct
        };
        if kind != TokenKind::Punct {
            while let Some(next) = char_at(text, at) {
                let same = match kind {
                    TokenKind::Number => next.is_ascii_digit(),
                    _ => is_word_char(next),
                };
                if !same {
                    break;
                }
                at += next.len_utf8();
            }
        }
        tokens.push(Token {
            start,
            end: at,
            kind,
            gap,
            sentence_start: false,
            capitalised: kind == TokenKind::Word && c.is_uppercase(),
        });
        gap = Gap::None;
        newlines = 0;
    }
    tokens
}

/// The character at byte `at` of `text` (a char boundary), read straight from the byte when it
/// is ASCII.
#[inline]
fn char_at(text: &str, at: usize) -> Option<char> {
    match *text.as_bytes().get(at)? {
        b @ 0..=0x7f => Some(char::from(b)),
        _ => text.get(at..)?.chars().next(),
    }
}

/// Words after which a full stop does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "gen", "col", "lt", "sgt", "capt", "cmdr",
    "adm", "sen", "rep", "gov", "pres", "rev", "hon", "no", "vs", "inc", "corp", "co", "ltd",
    "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec", "mt", "ft", "approx",
    "est", "dept", "univ", "e.g", "i.e", "etc", "u.s", "u.k", "u.n",
];

fn mark_sentence_starts(text: &str, tokens: &mut [Token]) {
    let mut after_stop = true;
    for i in 0..tokens.len() {
        let t = tokens[i];
        let s = &text[t.start..t.end];
        let starts_upper = s.chars().next().is_some_and(|c| !c.is_lowercase());
        tokens[i].sentence_start = t.gap >= Gap::Paragraph
            || (after_stop && t.gap != Gap::None && starts_upper)
            || (t.gap == Gap::Line
                && starts_upper
                && i > 0
                && ends_line_like_heading(text, &tokens[i - 1]));
        if t.kind == TokenKind::Punct {
            match s {
                "." => {
                    let prev_word = i
                        .checked_sub(1)
                        .map(|p| &text[tokens[p].start..tokens[p].end]);
                    let abbreviation = prev_word.is_some_and(|w| {
                        (w.chars().count() == 1 && w.chars().all(char::is_uppercase))
                            || ABBREVIATIONS.contains(&w.to_ascii_lowercase().as_str())
                    }) && tokens[i].gap == Gap::None;
                    after_stop = !abbreviation;
                }
                "!" | "?" | "…" => after_stop = true,
                // Closing quotes and brackets keep the state of what they close.
                "\"" | "”" | "’" | "'" | ")" | "]" | "»" => {}
                _ => after_stop = false,
            }
        } else {
            after_stop = false;
        }
    }
}

/// A line that ends without punctuation (a headline, a byline, a list item) ends its sentence.
fn ends_line_like_heading(text: &str, prev: &Token) -> bool {
    prev.kind != TokenKind::Punct
        || !matches!(&text[prev.start..prev.end], "," | ";" | ":" | "-" | "–")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        let t = Tokens::new(text);
        (0..t.len()).map(|i| t.str(i)).collect()
    }

    #[test]
    fn splits_words_numbers_and_punctuation() {
        assert_eq!(
            words("Kim Jong-un’s US$34.5m"),
            ["Kim", "Jong", "-", "un", "’", "s", "US", "$", "34", ".", "5", "m"]
        );
    }

    #[test]
    fn phrase_hashes_of_tokens_are_those_of_their_text() {
        for text in [
            "North Korea",
            "NORTH  korea",
            "Côte d’Ivoire",
            "U.S.",
            "A380 Jong-un 5s",
        ] {
            let tokens = Tokens::new(text);
            let mut whole = 0;
            crate::wordhash::phrase(text, |h, last| {
                if last {
                    whole = h;
                }
            });
            assert_eq!(tokens.phrase_hash((0, tokens.len())), whole, "{text}");
        }
    }

    #[test]
    fn combining_marks_stay_in_their_word() {
        assert_eq!(words("Jose\u{301} said"), ["Jose\u{301}", "said"]);
    }

    #[test]
    fn sentence_starts_follow_stops_but_not_abbreviations() {
        let t = Tokens::new("Mr. Smith left. He said so.\n\nNew para");
        let starts: Vec<&str> = (0..t.len())
            .filter(|&i| t.tokens[i].sentence_start)
            .map(|i| t.str(i))
            .collect();
        assert_eq!(starts, ["Mr", "He", "New"]);
    }
}
