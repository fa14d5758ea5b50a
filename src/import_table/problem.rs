//! Why a table cannot be imported, said in the DPO's language and pointing
//! at the place in the spreadsheet: the row as the spreadsheet numbers it
//! (the heading is row 1) and the column by the heading written in the file.

use crate::{ActivityStatus, Lang, Reason};

/// A part of a line in a cell with a fixed set of values: what it is and
/// which values it takes, in German and English.
#[derive(Debug, PartialEq, Eq)]
pub struct Part {
    pub what: (&'static str, &'static str),
    pub allowed: (&'static str, &'static str),
}

/// One reason the file is refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TableError {
    /// The sheet of a workbook (`vvt import xlsx`); `None` in a CSV file.
    pub sheet: Option<String>,
    /// The spreadsheet's row number; `None` for the file as a whole.
    pub row: Option<usize>,
    /// The column's heading as written in the file.
    pub column: Option<String>,
    pub problem: Problem,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    TooLarge {
        mib: u64,
        max_mib: u64,
    },
    NotUtf8,
    Malformed(String),
    /// The file is no workbook calamine can read (XLSX expected).
    NotAWorkbook(String),
    /// The workbook holds no sheet.
    NoSheet,
    TooManyRows {
        max: usize,
    },
    NoDataRows,
    /// A required column is missing; the heading the template uses.
    MissingColumn {
        de: &'static str,
        en: &'static str,
    },
    /// Two columns fill the same field; the heading of the first one.
    DuplicateColumn {
        first: String,
    },
    /// A row has cells beyond the last heading.
    CellsBeyondHeadings,
    Required,
    UnknownStatus(String),
    UnknownLegalBasis(String),
    LegalBasesWithoutPurpose,
    UnknownCountry(String),
    EeaCountry {
        text: String,
        name_de: String,
        name_en: String,
    },
    RetentionWithoutCategories,
    RetentionCount {
        given: usize,
        categories: usize,
    },
    UnknownRetentionEnd(String),
    UnknownSubjectGroup(String),
    UnknownChannel(String),
    BasisWithoutPublication,
    /// A part of a line of the cookie or decision column that names none of
    /// the accepted values; `line` numbers the line of the cell (from 1).
    UnknownPart {
        line: usize,
        part: &'static Part,
        text: String,
    },
    /// A line of the cookie or decision column with fewer parts than it
    /// needs; the parts in the order expected.
    TooFewParts {
        line: usize,
        parts: &'static (&'static str, &'static str),
    },
    /// Decisions without the logic of the procedure.
    LogicRequired,
    /// An English column without the column it translates.
    TranslationWithoutColumn {
        de: &'static str,
        en: &'static str,
    },
    /// An English cell with another number of texts than the German cell
    /// of its row (headed `german`).
    TranslationDoesNotFit {
        german: String,
        given: usize,
        expected: usize,
    },
    KeyInRegister(String),
    KeyTwice {
        key: String,
        first_row: usize,
    },
    /// The store's validation refused a value for `reason`, and
    /// `entry` numbers the line of a list cell (from 1).
    Invalid {
        entry: Option<usize>,
        reason: Box<Reason>,
    },
}

impl TableError {
    /// The error as one line: "Zeile 4, Spalte „Zwecke“: …" / "row 4, column 'Purposes': …".
    pub fn message(&self, lang: Lang) -> String {
        let mut place = Vec::new();
        if let Some(sheet) = &self.sheet {
            place.push(match lang {
                Lang::De => format!("Blatt {}", quote(sheet, lang)),
                Lang::En => format!("sheet {}", quote(sheet, lang)),
            });
        }
        if let Some(row) = self.row {
            place.push(match lang {
                Lang::De => format!("Zeile {row}"),
                Lang::En => format!("row {row}"),
            });
        }
        if let Some(column) = &self.column {
            place.push(match lang {
                Lang::De => format!("Spalte {}", quote(column, lang)),
                Lang::En => format!("column {}", quote(column, lang)),
            });
        }
        if let Problem::Invalid { entry: Some(n), .. } = &self.problem {
            place.push(match lang {
                Lang::De => format!("{n}. Eintrag"),
                Lang::En => format!("entry {n}"),
            });
        }
        let reason = self.problem.reason(lang);
        if place.is_empty() {
            reason
        } else {
            format!("{}: {reason}", place.join(", "))
        }
    }
}

impl Problem {
    fn reason(&self, lang: Lang) -> String {
        let q = |text: &str| quote(text, lang);
        match (self, lang) {
            (Problem::TooLarge { mib, max_mib }, Lang::De) => {
                format!("die Datei ist {mib} MiB groß; importiert werden höchstens {max_mib} MiB")
            }
            (Problem::TooLarge { mib, max_mib }, Lang::En) => {
                format!("the file is {mib} MiB; at most {max_mib} MiB can be imported")
            }
            (Problem::NotUtf8, Lang::De) => "die Datei ist nicht als UTF-8 gespeichert; speichern \
                Sie sie in Excel als „CSV UTF-8 (durch Trennzeichen getrennt)“, in LibreOffice \
                mit dem Zeichensatz „Unicode (UTF-8)“"
                .to_owned(),
            (Problem::NotUtf8, Lang::En) => "the file is not saved as UTF-8; in Excel save it as \
                'CSV UTF-8 (Comma delimited)', in LibreOffice with the character set \
                'Unicode (UTF-8)'"
                .to_owned(),
            (Problem::Malformed(detail), Lang::De) => {
                format!("die Datei ist kein lesbares CSV (technische Angaben: {detail})")
            }
            (Problem::Malformed(detail), Lang::En) => {
                format!("the file is not readable CSV: {detail}")
            }
            (Problem::NotAWorkbook(detail), Lang::De) => format!(
                "die Datei ist keine lesbare Excel-Arbeitsmappe (XLSX); speichern Sie sie in Excel \
                 oder LibreOffice als „Excel-Arbeitsmappe (*.xlsx)“ (technische Angaben: {detail})"
            ),
            (Problem::NotAWorkbook(detail), Lang::En) => format!(
                "the file is not a readable Excel workbook (XLSX); save it in Excel or \
                 LibreOffice as 'Excel Workbook (*.xlsx)': {detail}"
            ),
            (Problem::NoSheet, Lang::De) => {
                "die Arbeitsmappe enthält kein Tabellenblatt".to_owned()
            }
            (Problem::NoSheet, Lang::En) => "the workbook holds no sheet".to_owned(),
            (Problem::TooManyRows { max }, Lang::De) => {
                format!("mehr als {max} Zeilen; teilen Sie die Datei auf")
            }
            (Problem::TooManyRows { max }, Lang::En) => {
                format!("more than {max} rows; split the file")
            }
            (Problem::NoDataRows, Lang::De) => "die Datei enthält nur die Kopfzeile und keine \
                Verarbeitungstätigkeit"
                .to_owned(),
            (Problem::NoDataRows, Lang::En) => {
                "the file holds only the heading row and no processing activity".to_owned()
            }
            (Problem::MissingColumn { de, .. }, Lang::De) => {
                format!("die Spalte {} fehlt", q(de))
            }
            (Problem::MissingColumn { en, .. }, Lang::En) => {
                format!("the column {} is missing", q(en))
            }
            (Problem::DuplicateColumn { first }, Lang::De) => format!(
                "dieselbe Angabe wie die Spalte {}; jede Angabe darf nur eine Spalte haben",
                q(first)
            ),
            (Problem::DuplicateColumn { first }, Lang::En) => format!(
                "the same field as the column {}; each field may have one column only",
                q(first)
            ),
            (Problem::CellsBeyondHeadings, Lang::De) => {
                "Zellen rechts der letzten Spalte mit Überschrift".to_owned()
            }
            (Problem::CellsBeyondHeadings, Lang::En) => {
                "cells to the right of the last column with a heading".to_owned()
            }
            (Problem::Required, Lang::De) => "darf nicht leer sein".to_owned(),
            (Problem::Required, Lang::En) => "must not be empty".to_owned(),
            (Problem::UnknownStatus(s), Lang::De) => {
                let [draft, active, retired] = ActivityStatus::ALL.map(|s| s.label(Lang::De));
                format!(
                    "unbekannter Status {} ({draft}, {active} oder {retired})",
                    q(s)
                )
            }
            (Problem::UnknownStatus(s), Lang::En) => {
                let [draft, active, retired] = ActivityStatus::ALL.map(|s| s.code());
                format!("unknown status {} ({draft}, {active} or {retired})", q(s))
            }
            (Problem::UnknownLegalBasis(s), Lang::De) => {
                format!("unbekannte Rechtsgrundlage {}", q(s))
            }
            (Problem::UnknownLegalBasis(s), Lang::En) => {
                format!("unknown legal basis {}", q(s))
            }
            (Problem::LegalBasesWithoutPurpose, Lang::De) => {
                "Rechtsgrundlagen ohne Zweck; nennen Sie die Zwecke, für die sie gelten".to_owned()
            }
            (Problem::LegalBasesWithoutPurpose, Lang::En) => {
                "legal bases without a purpose; give the purposes they apply to".to_owned()
            }
            (Problem::UnknownCountry(s), Lang::De) => format!(
                "unbekanntes Land {} (ISO-Code wie „US“ oder der Name wie „Vereinigte Staaten“)",
                q(s)
            ),
            (Problem::UnknownCountry(s), Lang::En) => format!(
                "unknown country {} (an ISO code such as 'US' or a name such as 'United States')",
                q(s)
            ),
            (Problem::EeaCountry { text, name_de, .. }, Lang::De) => format!(
                "{} ({name_de}) gehört zum EWR; eine Übermittlung dorthin ist keine \
                 Drittlandübermittlung",
                q(text)
            ),
            (Problem::EeaCountry { text, name_en, .. }, Lang::En) => format!(
                "{} ({name_en}) is in the EEA; a transfer there is no third-country transfer",
                q(text)
            ),
            (Problem::RetentionWithoutCategories, Lang::De) => {
                "Löschfristen ohne Datenkategorien; nennen Sie die Datenkategorien, für die sie \
                 gelten"
                    .to_owned()
            }
            (Problem::RetentionWithoutCategories, Lang::En) => {
                "retention without data categories; give the data categories it applies to"
                    .to_owned()
            }
            (Problem::RetentionCount { given, categories }, Lang::De) => format!(
                "{given} Löschfristen für {categories} Datenkategorien; geben Sie eine Löschfrist \
                 für alle oder je Datenkategorie eine an"
            ),
            (Problem::RetentionCount { given, categories }, Lang::En) => format!(
                "{given} retention lines for {categories} data categories; give one for all or \
                 one per data category"
            ),
            (Problem::UnknownChannel(s), Lang::De) => format!(
                "unbekannter Weg der Veröffentlichung {} (Website, Livestream, Aushang, \
                 Ratsinformationssystem, gedruckte Veröffentlichung, soziale Medien)",
                q(s)
            ),
            (Problem::UnknownChannel(s), Lang::En) => format!(
                "unknown channel of publication {} (website, livestream, notice board, council \
                 information system, printed publication, social media)",
                q(s)
            ),
            (Problem::BasisWithoutPublication, Lang::De) => {
                "Rechtsgrundlage ohne Veröffentlichung; nennen Sie, wo veröffentlicht wird"
                    .to_owned()
            }
            (Problem::BasisWithoutPublication, Lang::En) => {
                "legal basis without a publication; say where the data is published".to_owned()
            }
            (Problem::UnknownSubjectGroup(s), Lang::De) => format!(
                "unbekannte Betroffenengruppe {} (z. B. Beschäftigte, Bewerber, Kunden, \
                 Interessenten, Patienten, Kinder, Einwohner, Besucher der Website)",
                q(s)
            ),
            (Problem::UnknownSubjectGroup(s), Lang::En) => format!(
                "unknown data subject group {} (e.g. employees, applicants, customers, \
                 prospects, patients, children, residents, website visitors)",
                q(s)
            ),
            (Problem::UnknownRetentionEnd(s), Lang::De) => {
                format!("unbekannte Angabe {} (Löschung oder Sperrung)", q(s))
            }
            (Problem::UnknownRetentionEnd(s), Lang::En) => {
                format!("unknown entry {} (erasure or restriction)", q(s))
            }
            (Problem::UnknownPart { line, part, text }, Lang::De) => format!(
                "Zeile {line} der Zelle: unbekannte Angabe {} für {} ({})",
                q(text),
                part.what.0,
                part.allowed.0
            ),
            (Problem::UnknownPart { line, part, text }, Lang::En) => format!(
                "line {line} of the cell: unknown entry {} for {} ({})",
                q(text),
                part.what.1,
                part.allowed.1
            ),
            (Problem::TooFewParts { line, parts }, Lang::De) => format!(
                "Zeile {line} der Zelle hat zu wenige Angaben; erwartet, getrennt durch „|“: {}",
                parts.0
            ),
            (Problem::TooFewParts { line, parts }, Lang::En) => format!(
                "line {line} of the cell has too few entries; expected, separated by '|': {}",
                parts.1
            ),
            (Problem::LogicRequired, Lang::De) => {
                "automatisierte Entscheidungen ohne Beschreibung der Logik; beschreiben Sie das \
                Verfahren in der Spalte „Logik der Entscheidungen“"
                    .to_owned()
            }
            (Problem::LogicRequired, Lang::En) => {
                "automated decisions without a description of the logic; describe the procedure in \
                the column 'Logic of the decisions'"
                    .to_owned()
            }
            (Problem::TranslationWithoutColumn { de, .. }, Lang::De) => format!(
                "die englische Spalte übersetzt die Spalte {}, die in der Datei fehlt",
                q(de)
            ),
            (Problem::TranslationWithoutColumn { en, .. }, Lang::En) => format!(
                "the English column translates the column {}, which the file lacks",
                q(en)
            ),
            (
                Problem::TranslationDoesNotFit {
                    german,
                    given,
                    expected,
                },
                Lang::De,
            ) => format!(
                "{} Text{} auf Englisch, die Spalte {} hat in dieser Zeile {expected}; jeder \
                 Eintrag wird durch den Eintrag an derselben Stelle übersetzt",
                given,
                if *given == 1 { "" } else { "e" },
                q(german)
            ),
            (
                Problem::TranslationDoesNotFit {
                    german,
                    given,
                    expected,
                },
                Lang::En,
            ) => format!(
                "{given} English text{}, but the column {} has {expected} in this row; each \
                 entry is translated by the entry in the same place",
                if *given == 1 { "" } else { "s" },
                q(german)
            ),
            (Problem::KeyInRegister(k), Lang::De) => {
                format!("die Kennung {} ist im Verzeichnis schon vergeben", q(k))
            }
            (Problem::KeyInRegister(k), Lang::En) => {
                format!("the key {} is already taken in the register", q(k))
            }
            (Problem::KeyTwice { key, first_row }, Lang::De) => {
                format!("die Kennung {} steht schon in Zeile {first_row}", q(key))
            }
            (Problem::KeyTwice { key, first_row }, Lang::En) => {
                format!("the key {} is already used in row {first_row}", q(key))
            }
            (Problem::Invalid { reason, .. }, lang) => reason.text(lang),
        }
    }
}

/// A text from the file in quotation marks, shortened when it is long: a
/// message names the value, it need not repeat a paragraph.
fn quote(text: &str, lang: Lang) -> String {
    const LONGEST: usize = 60;
    let mut shown: String = text.chars().take(LONGEST).collect();
    if text.chars().count() > LONGEST {
        shown.push('…');
    }
    match lang {
        Lang::De => format!("„{shown}“"),
        Lang::En => format!("'{shown}'"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_message_names_row_column_and_reason() {
        let e = TableError {
            sheet: None,
            row: Some(4),
            column: Some("Rechtsgrundlagen".into()),
            problem: Problem::UnknownLegalBasis("Art. 99 DSGVO".into()),
        };
        assert_eq!(
            e.message(Lang::De),
            "Zeile 4, Spalte „Rechtsgrundlagen“: unbekannte Rechtsgrundlage „Art. 99 DSGVO“"
        );
        assert_eq!(
            e.message(Lang::En),
            "row 4, column 'Rechtsgrundlagen': unknown legal basis 'Art. 99 DSGVO'"
        );
    }

    #[test]
    fn a_workbook_error_names_its_sheet_first() {
        let e = TableError {
            sheet: Some("Verarbeitungstätigkeiten".into()),
            row: Some(3),
            column: Some("Status".into()),
            problem: Problem::UnknownStatus("fertig".into()),
        };
        assert!(e
            .message(Lang::De)
            .starts_with("Blatt „Verarbeitungstätigkeiten“, Zeile 3, Spalte „Status“: "));
        assert!(e
            .message(Lang::En)
            .starts_with("sheet 'Verarbeitungstätigkeiten', row 3, column 'Status': "));
    }

    #[test]
    fn a_long_value_is_shortened_in_the_message() {
        let long = "x".repeat(500);
        let message = Problem::UnknownStatus(long).reason(Lang::En);
        assert!(message.chars().count() < 120, "{message}");
        assert!(message.contains("x…'"), "{message}");
    }
}
