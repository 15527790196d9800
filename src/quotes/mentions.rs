//! The mentions the quotes pass reads, with their entities, searched by token range.

use crate::document::{FoundMention, MentionKind};
use crate::text::TokenRange;

/// What the quotes pass reads besides the tokens: the names found, and their entities.
pub(crate) struct Mentions<'a> {
    /// The mentions, sorted by start.
    pub(crate) mentions: &'a [FoundMention],
    /// The entity of each mention.
    pub(crate) entity_of: &'a [Option<usize>],
}

impl Mentions<'_> {
    /// The index of the first mention that starts at token `at` or after it.
    pub(super) fn starting_from(&self, at: usize) -> usize {
        self.mentions.partition_point(|m| m.span.first() < at)
    }

    /// The index of the first mention that ends after token `at` starts: the mentions before
    /// it end before `at`.
    pub(super) fn ending_by(&self, at: usize) -> usize {
        self.mentions.partition_point(|m| m.span.end() <= at)
    }

    /// The indexes of the mentions inside tokens `a..b`.
    pub(super) fn inside(&self, (a, b): TokenRange) -> impl Iterator<Item = usize> + '_ {
        (self.starting_from(a)..self.mentions.len())
            .take_while(move |&i| self.mentions[i].span.first() < b)
            .filter(move |&i| self.mentions[i].span.end() <= b)
    }

    /// Whether a person's or an organisation's mention lies inside tokens `range`.
    pub(super) fn has_name(&self, range: TokenRange) -> bool {
        self.inside(range).any(|i| {
            matches!(
                self.mentions[i].kind,
                MentionKind::Person | MentionKind::Organization
            )
        })
    }

    /// The entity of mention `i`.
    pub(super) fn entity(&self, i: usize) -> Option<usize> {
        self.entity_of.get(i).copied().flatten()
    }
}
