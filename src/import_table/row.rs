//! One data row as a processing activity: the cells read by the rules of
//! docs/import-table.md, every problem of the row collected.

use super::citation::legal_basis_code;
use super::columns::Field;
use super::country::find_country;
use super::problem::{Problem, TableError};
use super::table::Row;
use crate::model::*;
use crate::Lang;

mod automation;
mod disclosure;

/// Which column of the file fills which field, with the heading as written;
/// and which columns give a field's texts in English.
#[derive(Clone)]
pub struct Layout {
    pub columns: Vec<(Field, usize, String)>,
    pub english: Vec<(Field, usize, String)>,
}

impl Layout {
    /// This layout with `field` read from its English column instead, so
    /// that a row read with it has the English texts in the German places.
    pub fn reading_english(&self, field: Field) -> Layout {
        let mut layout = self.clone();
        let english = self.english.iter().find(|(f, _, _)| *f == field);
        for column in layout.columns.iter_mut().filter(|(f, _, _)| *f == field) {
            if let Some(english) = english {
                column.clone_from(english);
            }
        }
        layout
    }

    /// The heading the file gives `field`, when it has the column.
    pub fn heading(&self, field: Field) -> Option<&str> {
        self.columns
            .iter()
            .find(|(f, _, _)| *f == field)
            .map(|(_, _, h)| h.as_str())
    }

    /// Where the column with this heading stands in the file.
    pub fn position(&self, heading: &str) -> Option<usize> {
        self.columns
            .iter()
            .chain(&self.english)
            .find(|(_, _, h)| h == heading)
            .map(|(_, i, _)| *i)
    }
}

/// The cells of one row by field, turning problems into errors at their place.
struct Cells<'r> {
    row: &'r Row,
    layout: &'r Layout,
    errors: Vec<TableError>,
}

impl<'r> Cells<'r> {
    fn raw(&self, field: Field) -> &'r str {
        let row: &'r Row = self.row;
        self.layout
            .columns
            .iter()
            .find(|(f, _, _)| *f == field)
            .and_then(|(_, i, _)| row.cells.get(*i))
            .map_or("", String::as_str)
    }

    /// The cell's text, trimmed, with the line breaks of any platform as
    /// `\n`; `None` when empty or only a dash or "keine"/"none", the ways a
    /// spreadsheet fills a cell that has nothing to say, or the register
    /// print's "nicht erfasst" and "entfällt: …" (a print read back).
    fn text(&self, field: Field) -> Option<String> {
        const NOTHING: [&str; 7] = [
            "-",
            "–",
            "—",
            "keine",
            "none",
            "nicht erfasst",
            "not recorded",
        ];
        let text = self.raw(field).replace("\r\n", "\n").replace('\r', "\n");
        let text = text.trim();
        let lower = text.to_lowercase();
        let nothing = text.is_empty()
            || NOTHING.contains(&lower.as_str())
            || lower.starts_with("entfällt:")
            || lower.starts_with("not applicable:");
        (!nothing).then(|| text.to_owned())
    }

    /// One entry per line of the cell, without list bullets; blank lines
    /// are left out.
    fn lines(&self, field: Field) -> Vec<String> {
        self.text(field)
            .map(|t| t.lines().filter_map(entry).collect())
            .unwrap_or_default()
    }

    fn error(&mut self, field: Field, problem: Problem) {
        self.errors.push(TableError {
            sheet: None,
            row: Some(self.row.number),
            column: self.layout.heading(field).map(str::to_owned),
            problem,
        });
    }
}

/// A line of a list cell without a leading bullet ("- ", "• ", "* ").
fn entry(line: &str) -> Option<String> {
    let line = line.trim();
    let line = ['-', '–', '•', '*']
        .iter()
        .find_map(|b| line.strip_prefix(*b).filter(|rest| rest.starts_with(' ')))
        .unwrap_or(line)
        .trim();
    (!line.is_empty()).then(|| line.to_owned())
}

/// The row as a new activity (its key as given, empty when the file leaves
/// it to the register), or every problem found in it.
pub fn activity(
    row: &Row,
    layout: &Layout,
    catalogs: &Catalogs,
) -> Result<ProcessingActivity, Vec<TableError>> {
    let mut cells = Cells {
        row,
        layout,
        errors: Vec::new(),
    };
    let name = cells.text(Field::Name).unwrap_or_default();
    if name.is_empty() {
        cells.error(Field::Name, Problem::Required);
    }
    let mut a = ProcessingActivity::new(cells.text(Field::Key).unwrap_or_default(), name);
    a.description = cells.text(Field::Description);
    a.department = cells.text(Field::Department);
    a.contact_person = cells.text(Field::ContactPerson);
    a.tom_notes = cells.text(Field::Toms);
    a.status = status(&mut cells);
    a.purposes = purposes(&mut cells, catalogs);
    a.data_subjects = cells.lines(Field::DataSubjects);
    a.data_subject_groups = subject_groups(&mut cells);
    a.data_categories = categories(&mut cells, catalogs);
    a.recipients = disclosure::recipients(&mut cells, catalogs);
    a.recipients.extend(publication(&mut cells, catalogs));
    a.transfers = transfers(&mut cells, catalogs);
    a.embeds = automation::embeds(&mut cells, catalogs);
    a.automated_decisions = automation::decisions(&mut cells);
    if cells.errors.is_empty() {
        Ok(a)
    } else {
        Err(cells.errors)
    }
}

/// The channels of a publication, one per line or separated by `;`, as the
/// recipient "the public"; its legal basis cited in its own column, a
/// citation the catalog does not know kept as the statute in words.
fn publication(cells: &mut Cells<'_>, catalogs: &Catalogs) -> Option<Recipient> {
    let mut r = Recipient {
        role: RecipientRole::Public,
        ..Recipient::default()
    };
    for text in cells
        .lines(Field::Publication)
        .iter()
        .flat_map(|l| l.split(';'))
        .map(str::trim)
        .filter(|t| !t.is_empty())
    {
        match PublicationChannel::from_label(text) {
            Some(c) if r.channels.contains(&c) => {}
            Some(c) => r.channels.push(c),
            None => cells.error(Field::Publication, Problem::UnknownChannel(text.to_owned())),
        }
    }
    let basis = cells.text(Field::PublicationBasis);
    if r.channels.is_empty() {
        if basis.is_some() {
            cells.error(Field::PublicationBasis, Problem::BasisWithoutPublication);
        }
        return None;
    }
    let mut notes = Vec::new();
    for citation in basis
        .iter()
        .flat_map(|b| b.split(['\n', ';']))
        .map(str::trim)
    {
        match legal_basis_code(citation, catalogs) {
            _ if citation.is_empty() => {}
            Some(code) if r.legal_bases.contains(&code) => {}
            Some(code) => r.legal_bases.push(code),
            None => notes.push(citation.to_owned()),
        }
    }
    r.legal_basis_note = (!notes.is_empty()).then(|| notes.join("; "));
    Some(r)
}

/// Draft unless the cell names another status: an imported entry should be
/// reviewed before it counts as active (and appears in the public notice).
fn status(cells: &mut Cells<'_>) -> ActivityStatus {
    let Some(text) = cells.text(Field::Status) else {
        return ActivityStatus::Draft;
    };
    let wanted = text.to_lowercase();
    let found = ActivityStatus::ALL.into_iter().find(|s| {
        [s.code(), s.label(Lang::De), s.label(Lang::En)]
            .iter()
            .any(|name| name.to_lowercase() == wanted)
    });
    found.unwrap_or_else(|| {
        cells.error(Field::Status, Problem::UnknownStatus(text));
        ActivityStatus::Draft
    })
}

/// One purpose per line, each resting on every legal basis of the row.
fn purposes(cells: &mut Cells<'_>, catalogs: &Catalogs) -> Vec<Purpose> {
    let mut codes: Vec<String> = Vec::new();
    let citations = cells.text(Field::LegalBases).unwrap_or_default();
    for citation in citations.split(['\n', ';']).map(str::trim) {
        if citation.is_empty() {
            continue;
        }
        match legal_basis_code(citation, catalogs) {
            // Two ways of citing the same basis are one basis.
            Some(code) if codes.contains(&code) => {}
            Some(code) => codes.push(code),
            None => cells.error(
                Field::LegalBases,
                Problem::UnknownLegalBasis(citation.to_owned()),
            ),
        }
    }
    let purposes: Vec<Purpose> = cells
        .lines(Field::Purposes)
        .into_iter()
        .map(|description| Purpose {
            description,
            legal_bases: codes.clone(),
            ..Purpose::default()
        })
        .collect();
    if purposes.is_empty() && !codes.is_empty() {
        cells.error(Field::LegalBases, Problem::LegalBasesWithoutPurpose);
    }
    purposes
}

/// Groups of the catalog, one per line or separated by `;`, each once.
fn subject_groups(cells: &mut Cells<'_>) -> Vec<SubjectGroup> {
    let mut groups = Vec::new();
    let lines = cells.lines(Field::DataSubjectGroups);
    for text in lines.iter().flat_map(|l| l.split(';')).map(str::trim) {
        match SubjectGroup::from_label(text) {
            _ if text.is_empty() => {}
            Some(g) if groups.contains(&g) => {}
            Some(g) => groups.push(g),
            None => cells.error(
                Field::DataSubjectGroups,
                Problem::UnknownSubjectGroup(text.to_owned()),
            ),
        }
    }
    groups
}

/// One category per line; the retention cell holds one line for all of
/// them or one line each.
fn categories(cells: &mut Cells<'_>, catalogs: &Catalogs) -> Vec<DataCategory> {
    let mut categories: Vec<DataCategory> = cells
        .lines(Field::DataCategories)
        .into_iter()
        .map(|name| DataCategory {
            name,
            ..DataCategory::default()
        })
        .collect();
    let n = categories.len();
    // A condition says what the category is: Art. 9(2) for special data,
    // Art. 10 for criminal-offence data; anything else the store refuses at
    // this column.
    for (c, line) in categories
        .iter_mut()
        .zip(per_category(cells, Field::Conditions, n))
    {
        for citation in line.split(';').map(str::trim) {
            if citation.is_empty() || ["-", "–", "—"].contains(&citation) {
                continue;
            }
            let Some(code) = legal_basis_code(citation, catalogs) else {
                cells.error(
                    Field::Conditions,
                    Problem::UnknownLegalBasis(citation.to_owned()),
                );
                continue;
            };
            match catalogs.legal_basis(&code).map(|b| b.kind) {
                Some(LegalBasisKind::Art9) => c.special = true,
                Some(LegalBasisKind::Art10) => c.criminal = true,
                _ if code == "bdsg-22" => c.special = true,
                _ => {}
            }
            if !c.conditions.contains(&code) {
                c.conditions.push(code);
            }
        }
    }
    for (c, criterion) in categories
        .iter_mut()
        .zip(per_category(cells, Field::Retention, n))
    {
        c.retention = Some(RetentionRule {
            criterion: Some(criterion),
            ..RetentionRule::default()
        });
    }
    // A start the catalog knows is recorded as the event; any other words
    // stay the start's text, its event left for the DPO to choose.
    for (c, start) in categories
        .iter_mut()
        .zip(per_category(cells, Field::RetentionStart, n))
    {
        let rule = c.retention.get_or_insert_with(RetentionRule::default);
        match RetentionStart::from_label(&start) {
            Some(event) => rule.start_event = Some(event),
            None => rule.starts_at = Some(start),
        }
    }
    for (c, end) in categories
        .iter_mut()
        .zip(per_category(cells, Field::RetentionEnd, n))
    {
        match RetentionEnd::from_label(&end) {
            Some(at_end) => {
                c.retention
                    .get_or_insert_with(RetentionRule::default)
                    .at_end = Some(at_end)
            }
            None => cells.error(Field::RetentionEnd, Problem::UnknownRetentionEnd(end)),
        }
    }
    categories
}

/// The lines of a retention column, one per data category: a single line
/// applies to all of them, as many lines as categories give one each, in
/// order; any other count is an error (and nothing is returned).
fn per_category(cells: &mut Cells<'_>, field: Field, categories: usize) -> Vec<String> {
    let lines = cells.lines(field);
    match (lines.len(), categories) {
        (0, _) => Vec::new(),
        (_, 0) => {
            cells.error(field, Problem::RetentionWithoutCategories);
            Vec::new()
        }
        (1, n) => vec![lines[0].clone(); n],
        (given, n) if given == n => lines,
        (given, n) => {
            cells.error(
                field,
                Problem::RetentionCount {
                    given,
                    categories: n,
                },
            );
            Vec::new()
        }
    }
}

/// One third country per line, as a transfer whose mechanism is still to be
/// recorded (the checks ask for it).
fn transfers(cells: &mut Cells<'_>, catalogs: &Catalogs) -> Vec<Transfer> {
    let mut transfers = Vec::new();
    for text in cells.lines(Field::ThirdCountries) {
        match find_country(&text, catalogs) {
            Some(c) if c.eea => cells.error(
                Field::ThirdCountries,
                Problem::EeaCountry {
                    name_de: c.name_de.clone(),
                    name_en: c.name_en.clone(),
                    text,
                },
            ),
            Some(c) => transfers.push(Transfer {
                country: c.code.clone(),
                ..Transfer::default()
            }),
            None => cells.error(Field::ThirdCountries, Problem::UnknownCountry(text)),
        }
    }
    transfers
}

#[cfg(test)]
mod tests {
    use super::entry;

    #[test]
    fn bullets_are_taken_off_list_lines() {
        assert_eq!(entry("- Beschäftigte").as_deref(), Some("Beschäftigte"));
        assert_eq!(entry("• Bewerber ").as_deref(), Some("Bewerber"));
        assert_eq!(entry("-5 °C").as_deref(), Some("-5 °C"));
        assert_eq!(entry("  "), None);
    }
}
