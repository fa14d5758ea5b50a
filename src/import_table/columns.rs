//! The columns a table import understands and how a heading in the file is
//! matched to one: case-insensitive, spaces (and line breaks inside a
//! heading cell) collapsed, German or English.

use crate::vocabulary::Term;
use crate::Lang;

/// The part of an activity a column fills.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    Key,
    Name,
    Description,
    Department,
    ContactPerson,
    Status,
    Purposes,
    LegalBases,
    DataSubjects,
    DataSubjectGroups,
    DataCategories,
    Conditions,
    Retention,
    RetentionStart,
    RetentionEnd,
    Recipients,
    Publication,
    PublicationBasis,
    ThirdCountries,
    Embeds,
    Decisions,
    DecisionLogic,
    Toms,
}

impl Field {
    /// In the order of the template.
    pub const ALL: [Field; 23] = [
        Field::Key,
        Field::Name,
        Field::Description,
        Field::Department,
        Field::ContactPerson,
        Field::Status,
        Field::Purposes,
        Field::LegalBases,
        Field::DataSubjects,
        Field::DataSubjectGroups,
        Field::DataCategories,
        Field::Conditions,
        Field::Retention,
        Field::RetentionStart,
        Field::RetentionEnd,
        Field::Recipients,
        Field::Publication,
        Field::PublicationBasis,
        Field::ThirdCountries,
        Field::Embeds,
        Field::Decisions,
        Field::DecisionLogic,
        Field::Toms,
    ];

    /// The heading the template writes, in German and in English.
    fn headings(self) -> (&'static str, &'static str) {
        match self {
            Field::Key => ("Kennung", "Key"),
            Field::Name => ("Bezeichnung", "Name"),
            Field::Description => ("Beschreibung", "Description"),
            Field::Department => ("Fachabteilung", "Department"),
            Field::ContactPerson => (
                Term::ContactPerson.text(Lang::De),
                Term::ContactPerson.text(Lang::En),
            ),
            Field::Status => ("Status", "Status"),
            Field::Purposes => ("Zwecke", "Purposes"),
            Field::LegalBases => ("Rechtsgrundlagen", "Legal bases"),
            Field::DataSubjects => ("Betroffene", "Data subjects"),
            Field::DataSubjectGroups => ("Betroffenengruppen", "Data subject groups"),
            Field::DataCategories => ("Datenkategorien", "Data categories"),
            Field::Conditions => ("Ausnahmen Art. 9/10", "Art. 9/10 conditions"),
            Field::Retention => ("Löschfristen", "Retention"),
            Field::RetentionStart => ("Fristbeginn", "Retention start"),
            Field::RetentionEnd => ("Am Fristende", "At the end of retention"),
            Field::Recipients => ("Empfänger", "Recipients"),
            Field::Publication => ("Veröffentlichung", "Publication"),
            Field::PublicationBasis => (
                "Rechtsgrundlage der Veröffentlichung",
                "Legal basis of the publication",
            ),
            Field::ThirdCountries => ("Drittländer", "Third countries"),
            Field::Embeds => ("Cookies und Dienste", "Cookies and services"),
            Field::Decisions => ("Automatisierte Entscheidungen", "Automated decisions"),
            Field::DecisionLogic => ("Logik der Entscheidungen", "Logic of the decisions"),
            Field::Toms => ("TOM", "TOMs"),
        }
    }

    /// Further headings accepted: the labels of the DSK's register template
    /// (the vocabulary German DPOs' spreadsheets already use) and the
    /// singular where a DPO may have written one.
    fn aliases(self) -> &'static [&'static str] {
        match self {
            Field::Purposes => &["Zwecke der Verarbeitung", "Zweck", "Purpose"],
            Field::LegalBases => &["Rechtsgrundlage", "Legal basis"],
            Field::DataSubjects => &["Kategorien betroffener Personen"],
            Field::DataCategories => &["Kategorien personenbezogener Daten"],
            Field::Retention => &["Fristen für die Löschung", "Löschfrist"],
            Field::RetentionStart => &["Beginn der Frist", "Period starts at"],
            Field::RetentionEnd => &["Löschung oder Sperrung", "Erasure or restriction"],
            Field::Recipients => &["Kategorien von Empfängern"],
            Field::ThirdCountries => &["Drittland", "Third country"],
            Field::Embeds => &[
                "Cookies",
                "Cookies und eingebundene Dienste",
                "Cookies and embedded services",
            ],
            Field::Decisions => &["Automatisierte Entscheidung", "Automated decision"],
            Field::Toms => &["Technische und organisatorische Maßnahmen"],
            _ => &[],
        }
    }

    /// Whether the column holds the register's own words, which a column
    /// beside it can give in English ("Zwecke (Englisch)",
    /// docs/import-table.md). Keys, names of people, statuses, catalog
    /// entries and countries are not translated: the program has their
    /// words in both languages, or they are names.
    pub fn translatable(self) -> bool {
        matches!(
            self,
            Field::Name
                | Field::Description
                | Field::Department
                | Field::Purposes
                | Field::DataSubjects
                | Field::DataCategories
                | Field::Retention
                | Field::RetentionStart
                | Field::Recipients
                | Field::Embeds
                | Field::Decisions
                | Field::DecisionLogic
                | Field::Toms
        )
    }

    /// Whether the text at `path` of an activity read from a row (a path
    /// as the translations name it, `purposes[0].description`) comes from
    /// this column. `activity` is the row's activity, which tells the
    /// recipients of this column from the one of the publication columns.
    pub fn fills(self, path: &str, activity: &crate::ProcessingActivity) -> bool {
        let item = |list: &str, tail: &str| {
            path.strip_prefix(list)
                .and_then(|rest| rest.strip_prefix('['))
                .and_then(|rest| rest.split_once(']'))
                .filter(|(n, rest)| n.parse::<usize>().is_ok() && rest.starts_with(tail))
                .and_then(|(n, _)| n.parse::<usize>().ok())
        };
        match self {
            Field::Name => path == "name",
            Field::Description => path == "description",
            Field::Department => path == "department",
            Field::Toms => path == "tom_notes",
            Field::Purposes => item("purposes", ".description").is_some(),
            Field::DataSubjects => item("data_subjects", "").is_some(),
            Field::DataCategories => item("data_categories", ".name").is_some(),
            Field::Retention => item("data_categories", ".retention.criterion").is_some(),
            Field::RetentionStart => item("data_categories", ".retention.starts_at").is_some(),
            Field::Recipients => item("recipients", ".").is_some_and(|i| {
                activity
                    .recipients
                    .get(i)
                    .is_some_and(|r| r.role == crate::RecipientRole::Internal)
            }),
            Field::Embeds => item("embeds", ".").is_some(),
            Field::Decisions => {
                path.starts_with("automated_decisions.") && path != "automated_decisions.logic"
            }
            Field::DecisionLogic => path == "automated_decisions.logic",
            _ => false,
        }
    }

    /// The field whose English words a heading announces: a heading of a
    /// translatable column followed by "(Englisch)", "(English)", "(en)" or
    /// "[en]".
    pub fn from_english_heading(heading: &str) -> Option<Field> {
        let folded = fold(heading);
        let rest = ["(englisch)", "(english)", "(en)", "[en]"]
            .iter()
            .find_map(|suffix| folded.strip_suffix(suffix))?;
        Field::from_heading(rest.trim_end()).filter(|f| f.translatable())
    }

    /// The template's heading in `lang`.
    pub fn heading(self, lang: Lang) -> &'static str {
        let (de, en) = self.headings();
        match lang {
            Lang::De => de,
            Lang::En => en,
        }
    }

    /// The field a heading of the file names, if any.
    pub fn from_heading(heading: &str) -> Option<Field> {
        Field::matching(heading).or_else(|| {
            // The register print names a column with the article it
            // answers: "Zwecke der Verarbeitung (Art. 30 Abs. 1 lit. b)".
            let (label, _) = heading.split_once(" (Art. 30")?;
            Field::matching(label)
        })
    }

    fn matching(heading: &str) -> Option<Field> {
        let wanted = fold(heading);
        Field::ALL.into_iter().find(|f| {
            let (de, en) = f.headings();
            // The register's own label, as the vocabulary gives it (the
            // DSK template uses the same words).
            let label = match f {
                Field::Key => Some(Term::Key),
                Field::Name => Some(Term::ActivityName),
                Field::Department => Some(Term::Department),
                _ => None,
            }
            .map(|t| t.text(Lang::De));
            [de, en]
                .iter()
                .chain(label.iter())
                .chain(f.aliases())
                .any(|name| fold(name) == wanted)
        })
    }
}

/// Lower case with runs of whitespace as one space, for comparing headings.
pub fn fold(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_match_in_either_language_and_any_case() {
        assert_eq!(Field::from_heading(" BEZEICHNUNG "), Some(Field::Name));
        assert_eq!(Field::from_heading("name"), Some(Field::Name));
        assert_eq!(
            Field::from_heading("Kategorien\nbetroffener  Personen"),
            Some(Field::DataSubjects)
        );
        assert_eq!(Field::from_heading("LÖSCHFRISTEN"), Some(Field::Retention));
        assert_eq!(Field::from_heading("Nr."), None);
    }

    #[test]
    fn an_english_column_names_the_field_it_translates() {
        assert_eq!(
            Field::from_english_heading("Zwecke (Englisch)"),
            Some(Field::Purposes)
        );
        assert_eq!(
            Field::from_english_heading("purposes  (ENGLISH)"),
            Some(Field::Purposes)
        );
        assert_eq!(
            Field::from_english_heading("Datenkategorien [en]"),
            Some(Field::DataCategories)
        );
        assert_eq!(Field::from_english_heading("Zwecke"), None);
        assert_eq!(
            Field::from_english_heading("Status (Englisch)"),
            None,
            "a status is no text of the register's own"
        );
        assert_eq!(Field::from_english_heading("Nr. (en)"), None);
    }

    #[test]
    fn every_template_heading_names_its_own_field() {
        for lang in [Lang::De, Lang::En] {
            for f in Field::ALL {
                assert_eq!(Field::from_heading(f.heading(lang)), Some(f));
            }
        }
    }
}
