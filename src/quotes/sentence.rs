//! Word and sentence helpers every part of the quotes pass shares: where a sentence starts,
//! which words are pronouns, determiners or words of time, whether words can speak, and
//! the shape of a quotation on its line. The lowest module of the pass: it calls no other.

use crate::calendar;
use crate::lexicon::Lexicon;
use crate::text::{Gap, TokenKind, TokenRange, Tokens};

/// How far back, in tokens, the reporting clause of a quotation is looked for.
pub(super) const BEFORE_REACH: usize = 60;

/// The first token of the sentence holding token `i`, looking back at most `BEFORE_REACH` tokens.
pub(super) fn sentence_start(tokens: &Tokens, i: usize) -> usize {
    let floor = i.saturating_sub(BEFORE_REACH);
    (floor..=i)
        .rev()
        .find(|&j| tokens.tokens[j].sentence_start)
        .unwrap_or(floor)
}

/// Whether a name may start at token `j`: a capitalised word that is no article, function
/// word or day ("The", "But", "Monday").
pub(super) fn starts_name(tokens: &Tokens, j: usize) -> bool {
    let word = tokens.get(j);
    j < tokens.len()
        && tokens.is_capitalised(j)
        && !is_determiner(word)
        && !is_stop_word(word)
        && !is_time_word(word)
}

/// The subject pronouns a speaker may be.
pub(super) fn is_pronoun(word: &str) -> bool {
    matches!(
        word,
        "he" | "He" | "she" | "She" | "they" | "They" | "it" | "It" | "we" | "We" | "I"
    )
}

/// Words that open a noun phrase and end a description read backwards.
pub(super) fn is_determiner(word: &str) -> bool {
    matches!(
        word.to_ascii_lowercase().as_str(),
        "the"
            | "a"
            | "an"
            | "his"
            | "her"
            | "its"
            | "their"
            | "our"
            | "my"
            | "your"
            | "this"
            | "these"
            | "those"
            | "another"
            | "every"
            | "each"
            | "one"
            | "some"
            | "several"
            | "many"
            | "both"
    )
}

/// Words that never belong to a speaker's name or description.
// One piece, though long: one list of words, which the `match` compiles to one lookup.
pub(super) fn is_stop_word(word: &str) -> bool {
    matches!(
        word,
        "that"
            | "who"
            | "which"
            | "whom"
            | "whose"
            | "and"
            | "but"
            | "or"
            | "nor"
            | "when"
            | "as"
            | "because"
            | "if"
            | "while"
            | "where"
            | "than"
            | "to"
            | "for"
            | "in"
            | "on"
            | "at"
            | "with"
            | "by"
            | "from"
            | "after"
            | "before"
            | "during"
            | "since"
            | "about"
            | "into"
            | "through"
            | "over"
            | "under"
            | "is"
            | "was"
            | "are"
            | "were"
            | "be"
            | "been"
            | "has"
            | "have"
            | "had"
            | "will"
            | "would"
            | "could"
            | "should"
            | "may"
            | "might"
            | "also"
            | "not"
            | "then"
            | "so"
            | "yet"
            | "there"
            | "here"
            | "what"
            | "how"
            | "why"
            | "do"
            | "did"
            | "does"
            | "In"
            | "On"
            | "At"
            | "But"
            | "And"
            | "As"
            | "When"
            | "After"
            | "Before"
            | "While"
            | "If"
            | "Although"
            | "Though"
            | "Because"
            | "Since"
            | "Until"
            | "Unless"
            | "Whereas"
            | "That"
            | "This"
            | "There"
            | "What"
            | "For"
            | "With"
    )
}

/// Days, months and other words of time that follow a cue ("said Monday") but name no one.
pub(super) fn is_time_word(word: &str) -> bool {
    calendar::is_month_name(word)
        || calendar::is_weekday_name(word)
        || matches!(
            word,
            "Today"
                | "Yesterday"
                | "Tomorrow"
                | "Tonight"
                | "Last"
                | "Earlier"
                | "Later"
                | "Sept"
                | "Jan"
                | "Feb"
                | "Aug"
                | "Oct"
                | "Nov"
                | "Dec"
        )
}

/// Whether a token is a quote mark.
pub(super) fn is_quote_mark(token: &str) -> bool {
    matches!(token, "“" | "”" | "\"" | "«" | "»" | "„")
}

/// Whether a sentence opening with `word` opens with an adverbial phrase ("In", "After",
/// "Asked", "Speaking") rather than its subject.
pub(super) fn opens_adverbial(word: &str) -> bool {
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

/// How many tokens may follow a quotation's closing mark in its paragraph for the next
/// paragraph's quotation to continue it (room for a long attribution sentence).
pub(super) const PARAGRAPH_TAIL: usize = 60;

/// The most words a quoted fragment may have and still be read as a scare quote.
pub(super) const SCARE_WORDS: usize = 3;

/// The most words a quoted title of a work ("Fox and Friends") may have.
pub(super) const TITLE_WORDS: usize = 8;

/// Counts paragraphs (texts between line breaks) up to a token, moving only forward.
#[derive(Default)]
pub(super) struct Paragraphs {
    /// The last token counted.
    token: usize,
    /// The paragraph breaks up to it.
    count: usize,
}

impl Paragraphs {
    /// The paragraph of token `i`, which must not be before the last token asked about.
    pub(super) fn at(&mut self, tokens: &Tokens, i: usize) -> usize {
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
pub(super) fn ends_paragraph(tokens: &Tokens, close: usize) -> bool {
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

/// Whether a quotation nobody is said to have spoken is a scare quote (a few words with no
/// sentence of their own: “deplorables”) or the title of a work (“Fox and Friends”).
pub(super) fn is_scare_or_title(tokens: &Tokens, open: usize, close: usize) -> bool {
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
pub(super) fn is_heading(tokens: &Tokens, open: usize, close: usize) -> bool {
    alone(tokens, open, close) && title_case(tokens, open, close)
}

/// Whether a quotation fills its line.
pub(super) fn alone(tokens: &Tokens, open: usize, close: usize) -> bool {
    tokens.gap(open) >= Gap::Line
        && (close + 1 >= tokens.len() || tokens.gap(close + 1) >= Gap::Line)
}

/// Whether the words between `open` and `close` are a title: at most `TITLE_WORDS`, each
/// capitalised or short.
pub(super) fn title_case(tokens: &Tokens, open: usize, close: usize) -> bool {
    let words: Vec<usize> = (open + 1..close)
        .filter(|&j| tokens.tokens[j].kind == TokenKind::Word)
        .collect();
    words.len() <= TITLE_WORDS
        && words.iter().filter(|&&j| tokens.is_capitalised(j)).count() >= 2
        && words
            .iter()
            .all(|&j| tokens.is_capitalised(j) || tokens.str(j).len() <= 3)
}

/// `plausible`, asking `named` whether a name the names pass found lies in a range.
pub(super) fn plausible_words(
    tokens: &Tokens,
    lexicon: &Lexicon,
    (a, b): TokenRange,
    named: impl Fn(TokenRange) -> bool,
) -> bool {
    let Some(head) = (a..b)
        .rev()
        .find(|&j| tokens.tokens[j].kind == TokenKind::Word)
    else {
        return false;
    };
    let word = tokens.str(head);
    if is_pronoun(word) || word == "who" {
        return true;
    }
    // A name's last part may be lower-case after a hyphen ("Park Geun-hye").
    let mut part = head;
    while part > a && tokens.gap(part) == crate::text::Gap::None {
        part -= 1;
    }
    if (part..head).any(|j| tokens.is_capitalised(j)) && !tokens.is_capitalised(head) {
        return true;
    }
    if tokens.is_capitalised(head) {
        // A capitalised head is a name unless it only opens the sentence ("The", "Many").
        return !tokens.tokens[head].sentence_start
            || head + 1 < b
            || starts_name(tokens, head)
            || named((a, b));
    }
    let lower = word.to_ascii_lowercase();
    lexicon.speaker_nouns.contains(&lower) || person_ending(&lower)
}

/// Whether a lower-case noun ends the way nouns for people do ("voters", "strategist",
/// "historians", "residents", "congressmen").
pub(super) fn person_ending(word: &str) -> bool {
    let stem = word.strip_suffix('s').unwrap_or(word);
    let ends = [
        "er", "or", "ist", "ian", "ant", "ent", "man", "men", "people", "person",
    ];
    stem.len() > 3
        && ends.iter().any(|e| stem.ends_with(e))
        && !matches!(
            stem,
            "percent"
                | "never"
                | "ever"
                | "over"
                | "after"
                | "under"
                | "however"
                | "whether"
                | "matter"
                | "order"
                | "power"
                | "water"
                | "center"
                | "later"
                | "former"
                | "rather"
                | "together"
                | "either"
                | "neither"
                | "further"
                | "moment"
                | "comment"
                | "event"
                | "amount"
                | "extent"
                | "content"
                | "number"
                | "other"
                | "corner"
                | "border"
                | "manner"
                | "error"
                | "factor"
                | "sector"
                | "favor"
                | "labor"
                | "humor"
                | "behavior"
                | "cancer"
                | "chapter"
                | "quarter"
                | "summer"
                | "winter"
                | "member"
                | "measure"
                | "remember"
                | "consider"
                | "consent"
                | "element"
                | "payment"
                | "treatment"
                | "movement"
                | "argument"
                | "investment"
                | "development"
                | "environment"
                | "management"
                | "settlement"
        )
}

/// Whether the word after the closing mark `close` (and a comma) opens a clause of its own
/// (`“…”, but he also warned`), which a fragment's own attribution does not.
pub(super) fn opens_clause_after(tokens: &Tokens, close: usize) -> bool {
    let next_word = if tokens.get(close + 1) == "," {
        close + 2
    } else {
        close + 1
    };
    matches!(
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
    )
}
