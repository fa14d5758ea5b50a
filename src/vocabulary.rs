//! The register's own words, once per language: the labels of its fields
//! that the CLI, the register print, the spreadsheet import and the app all
//! show ([`Term`]), and the word for each value of the model's closed lists
//! (a status, a group of data subjects, a safeguard …, each enum's `label`).
//! The app does not declare these again: tests/vocabulary.rs writes them into
//! ui/src/lib/vocabulary.ts, typed against the generated bindings, and fails
//! when that file is stale, so a reworded label reaches every surface at once.

use crate::model::*;
use crate::Lang;

/// A field of the register whose label several surfaces show.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Term {
    Key,
    ActivityName,
    Status,
    Department,
    ContactPerson,
    Description,
    Created,
    Changed,
}

impl Term {
    pub const ALL: [Term; 8] = [
        Term::Key,
        Term::ActivityName,
        Term::Status,
        Term::Department,
        Term::ContactPerson,
        Term::Description,
        Term::Created,
        Term::Changed,
    ];

    /// The key the app's vocabulary uses.
    pub fn key(self) -> &'static str {
        match self {
            Term::Key => "key",
            Term::ActivityName => "activityName",
            Term::Status => "status",
            Term::Department => "department",
            Term::ContactPerson => "contactPerson",
            Term::Description => "description",
            Term::Created => "created",
            Term::Changed => "changed",
        }
    }

    pub fn text(self, lang: Lang) -> &'static str {
        let (de, en) = match self {
            Term::Key => ("Kennung", "Key"),
            Term::ActivityName => (
                "Bezeichnung der Verarbeitungstätigkeit",
                "Name of the processing activity",
            ),
            Term::Status => ("Status", "Status"),
            Term::Department => ("Verantwortliche Fachabteilung", "Responsible department"),
            Term::ContactPerson => ("Ansprechpartner", "Contact person"),
            Term::Description => ("Beschreibung", "Description"),
            Term::Created => ("Datum der Anlegung", "Date created"),
            Term::Changed => ("Datum der letzten Änderung", "Date last changed"),
        };
        match lang {
            Lang::De => de,
            Lang::En => en,
        }
    }
}

/// One closed list of the model with the word for each of its values.
pub struct WordList {
    /// The key the app's vocabulary uses (`subjectGroup`).
    pub name: &'static str,
    /// The enum's name in the generated bindings (`SubjectGroup`).
    pub type_name: &'static str,
    /// `(code, word)` for each value, in the enum's order.
    pub words: Vec<(&'static str, &'static str)>,
}

macro_rules! word_lists {
    ($lang:expr; $($name:literal => $ty:ident),+ $(,)?) => {
        vec![$(WordList {
            name: $name,
            type_name: stringify!($ty),
            words: $ty::ALL.iter().map(|v| (v.code(), v.label($lang))).collect(),
        }),+]
    };
}

/// Every closed list whose words the app shows, in `lang`.
pub fn word_lists(lang: Lang) -> Vec<WordList> {
    word_lists![lang;
        "activityStatus" => ActivityStatus,
        "subjectGroup" => SubjectGroup,
        "retentionStart" => RetentionStart,
        "retentionEnd" => RetentionEnd,
        "recipientRole" => RecipientRole,
        "publicationChannel" => PublicationChannel,
        "informationExemption" => InformationExemption,
        "decisionEffect" => DecisionEffect,
        "decisionException" => DecisionException,
        "decisionSafeguard" => DecisionSafeguard,
        "embedKind" => EmbedKind,
        "embedAccess" => EmbedAccess,
        "dpiaOutcome" => DpiaOutcome,
        "translationStatus" => TranslationStatus,
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_list_has_a_word_for_each_value_in_both_languages() {
        for lang in [Lang::De, Lang::En] {
            for list in word_lists(lang) {
                assert!(!list.words.is_empty(), "{}", list.name);
                for (code, word) in &list.words {
                    assert!(!code.is_empty() && !word.is_empty(), "{}", list.name);
                }
            }
        }
        let de = word_lists(Lang::De);
        let en = word_lists(Lang::En);
        for (d, e) in de.iter().zip(&en) {
            let codes = |l: &WordList| l.words.iter().map(|w| w.0).collect::<Vec<_>>();
            assert_eq!(codes(d), codes(e), "{}: the same codes in both", d.name);
        }
    }
}
