//! Word lists the rules look for in the register's free texts, each compiled
//! once into an Aho-Corasick automaton on first use: a text is scanned once
//! per list, not once per word, which keeps the checks on 2,000 activities
//! within their budget (docs/checks.md, "Speed").

use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, MatchKind};

use super::context::floor_char_boundary;

/// A fixed list of lower-case words or phrases.
pub(super) struct WordList {
    words: &'static [&'static str],
    automaton: OnceLock<Option<AhoCorasick>>,
}

impl WordList {
    pub const fn new(words: &'static [&'static str]) -> Self {
        WordList {
            words,
            automaton: OnceLock::new(),
        }
    }

    /// The automaton; `None` only if the constant list could not be
    /// compiled, in which case the words are searched one by one.
    fn automaton(&self) -> Option<&AhoCorasick> {
        self.automaton
            .get_or_init(|| {
                AhoCorasick::builder()
                    .match_kind(MatchKind::Standard)
                    .build(self.words)
                    .ok()
            })
            .as_ref()
    }

    /// Every occurrence of any word in `lower` (a lower-case text),
    /// overlapping ones included: (start, end, word).
    pub fn occurrences<'t>(
        &'t self,
        lower: &'t str,
    ) -> Box<dyn Iterator<Item = (usize, usize, &'static str)> + 't> {
        match self.automaton() {
            Some(ac) => Box::new(
                ac.find_overlapping_iter(lower)
                    .map(|m| (m.start(), m.end(), self.words[m.pattern().as_usize()])),
            ),
            None => Box::new(self.words.iter().flat_map(move |w| {
                lower
                    .match_indices(w)
                    .map(move |(at, _)| (at, at + w.len(), *w))
            })),
        }
    }

    /// The first word found in `lower`, a text already in lower case.
    pub fn first(&self, lower: &str) -> Option<&'static str> {
        if lower.is_empty() {
            return None;
        }
        self.occurrences(lower).next().map(|(_, _, w)| w)
    }

    /// Like [`WordList::first`], but an occurrence with a negation in the 24
    /// bytes before it ("kein vorausgewähltes Kästchen", "no pre-ticked
    /// box") does not count.
    pub fn first_unnegated(&self, lower: &str) -> Option<&'static str> {
        const NEGATIONS: [&str; 9] = [
            "kein", "nicht", "ohne", "niemals", "no ", "not ", "never", "without", "nor ",
        ];
        self.occurrences(lower)
            .find(|(at, _, _)| {
                let start = floor_char_boundary(lower, at.saturating_sub(24));
                let before = &lower[start..*at];
                !NEGATIONS.iter().any(|n| before.contains(n))
            })
            .map(|(_, _, w)| w)
    }
}
