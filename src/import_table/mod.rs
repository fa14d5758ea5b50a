//! The register kept in a spreadsheet, brought into VVT: one processing
//! activity per row of a CSV file, added to the register beside what it
//! holds (`vvt import csv`, `vvt import xlsx`, docs/import-table.md).
//!
//! Reading and storing are two steps so that a dry run and the refusal of a
//! faulty file never touch the register: [`read_file`] checks every row —
//! including the store's own validation — and collects every problem with
//! its row and column; only a file without any is handed to [`store`].

mod citation;
mod columns;
mod country;
mod english;
mod problem;
mod row;
mod table;
mod workbook;

use std::collections::{HashMap, HashSet};
use std::path::Path;

pub use citation::legal_basis_code;
pub use columns::Field;
pub use country::find_country;
pub use problem::{Problem, TableError};
pub use workbook::{read_xlsx, read_xlsx_file, xlsx_template, ACTIVITIES_SHEET};

use crate::validate::{self, KeySets};
use crate::{interchange, Catalogs, Error, Lang, ProcessingActivity, Result, Store};
use row::Layout;
use table::Table;

/// Largest file read: the interchange import's limit.
pub const MAX_FILE_SIZE: u64 = interchange::MAX_FILE_SIZE;
/// Most data rows in one file.
pub const MAX_ROWS: usize = 10_000;
/// Most errors reported; a file with more is usually the wrong file or in
/// the wrong shape, and the first ones say why.
pub const MAX_ERRORS: usize = 50;

/// What a file would add to the register, or why it cannot.
#[derive(Debug, Default)]
pub struct Reading {
    /// The new activities, validated and with their keys; empty when there
    /// are errors.
    pub activities: Vec<ProcessingActivity>,
    /// The English translations of their texts that the file's English
    /// columns give, each checked against its German text; empty when there
    /// are errors.
    pub translations: Vec<crate::Translation>,
    /// Headings of the columns that are not imported, as written.
    pub ignored_columns: Vec<String>,
    /// At most [`MAX_ERRORS`], in the order of the file.
    pub errors: Vec<TableError>,
    /// More errors were found than are listed.
    pub more_errors: bool,
}

/// Reads a spreadsheet by its kind: a workbook (`.xlsx`) with
/// [`read_xlsx_file`], anything else as CSV with [`read_file`]. The app's
/// import takes either.
pub fn read_any_file(path: &Path, store: &Store) -> Result<Reading> {
    let workbook = path
        .extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("xlsx"));
    if workbook {
        read_xlsx_file(path, store)
    } else {
        read_file(path, store)
    }
}

/// Reads a CSV file against the register it is to be added to; the register
/// is not changed. Errors of the file are in the [`Reading`]; `Err` is for
/// the file or the register that cannot be read at all.
pub fn read_file(path: &Path, store: &Store) -> Result<Reading> {
    use crate::paths::ReadRefusal;
    let bytes = match crate::paths::read_limited(path, MAX_FILE_SIZE) {
        Ok(bytes) => bytes,
        Err(ReadRefusal::TooLarge(size)) => {
            let mib = |bytes: u64| bytes / (1024 * 1024);
            return Ok(refusal(
                None,
                Problem::TooLarge {
                    mib: mib(size),
                    max_mib: mib(MAX_FILE_SIZE),
                },
            ));
        }
        Err(ReadRefusal::NotAFile) => {
            return Err(Error::validation(
                "file",
                crate::Reason::NotARegularFile {
                    path: path.display().to_string(),
                },
            ))
        }
        Err(ReadRefusal::Io(e)) => {
            return Err(Error::io(format!("cannot read {}", path.display()), e))
        }
    };
    read(&bytes, store)
}

/// [`read_file`] for the file's content.
pub fn read(bytes: &[u8], store: &Store) -> Result<Reading> {
    let Ok(text) = std::str::from_utf8(bytes) else {
        return Ok(refusal(None, Problem::NotUtf8));
    };
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let table = match table::read(text, MAX_ROWS) {
        Ok(t) => t,
        Err(e) => return Ok(limit(Reading::default(), vec![*e])),
    };
    read_table(&table, store, None)
}

/// A table read from a file (CSV or a workbook's sheet) against the
/// register; `only` limits the fields read, the other columns are listed
/// as not imported.
fn read_table(table: &Table, store: &Store, only: Option<&[Field]>) -> Result<Reading> {
    let (layout, ignored_columns, header_errors) = layout(table, only);
    let reading = Reading {
        ignored_columns,
        ..Reading::default()
    };
    if !header_errors.is_empty() {
        return Ok(limit(reading, header_errors));
    }
    if table.rows.is_empty() {
        let heading_row = table.heading_row;
        return Ok(limit(
            reading,
            vec![at(Some(heading_row), None, Problem::NoDataRows)],
        ));
    }
    let existing: HashSet<String> = store
        .list_activities()?
        .into_iter()
        .map(|a| a.key)
        .collect();
    let next_key = store.next_activity_key()?;
    Ok(rows(
        reading,
        table,
        &layout,
        store.catalogs(),
        &existing,
        &next_key,
    ))
}

/// Adds the activities of a [`Reading`] without errors, with their English
/// translations, to the register in one transaction, through the store's
/// normal create path: each is validated and its creation recorded in the
/// history, and a failure leaves the register as it was.
pub fn store(store: &mut Store, reading: &Reading) -> Result<()> {
    store
        .create_activities_translated(&reading.activities, &reading.translations)
        .map(|_| ())
}

/// The template: the heading row in `lang`, separated as a spreadsheet
/// program of that language expects it (`;` German, `,` English), with a
/// byte-order mark so that Excel reads the umlauts.
pub fn template(lang: Lang) -> String {
    let separator = match lang {
        Lang::De => ";",
        Lang::En => ",",
    };
    // The headings hold no separator or quote, so none needs quoting.
    let headings: Vec<&str> = Field::ALL.iter().map(|f| f.heading(lang)).collect();
    format!("\u{feff}{}\r\n", headings.join(separator))
}

fn at(row: Option<usize>, column: Option<String>, problem: Problem) -> TableError {
    TableError {
        sheet: None,
        row,
        column,
        problem,
    }
}

fn refusal(row: Option<usize>, problem: Problem) -> Reading {
    limit(Reading::default(), vec![at(row, None, problem)])
}

/// The reading with its errors, cut to [`MAX_ERRORS`]; no activity is
/// handed on from a file with errors.
fn limit(mut reading: Reading, mut errors: Vec<TableError>) -> Reading {
    reading.more_errors = errors.len() > MAX_ERRORS;
    errors.truncate(MAX_ERRORS);
    if !errors.is_empty() {
        reading.activities.clear();
        reading.translations.clear();
    }
    reading.errors = errors;
    reading
}

/// Which column fills which field; the headings not imported; the errors of
/// the heading row (a missing name column, a field given twice).
fn layout(table: &Table, only: Option<&[Field]>) -> (Layout, Vec<String>, Vec<TableError>) {
    let mut layout = Layout {
        columns: Vec::new(),
        english: Vec::new(),
    };
    let (mut ignored, mut errors) = (Vec::new(), Vec::new());
    for (i, heading) in table.headings.iter().enumerate() {
        let heading = heading.trim();
        let field = Field::from_heading(heading).filter(|f| only.is_none_or(|o| o.contains(f)));
        match field {
            Some(f) => match layout.heading(f) {
                Some(first) => errors.push(at(
                    Some(table.heading_row),
                    Some(heading.to_owned()),
                    Problem::DuplicateColumn {
                        first: first.to_owned(),
                    },
                )),
                None => layout.columns.push((f, i, heading.to_owned())),
            },
            // An unnamed column is worth a word only when it holds something.
            None if heading.is_empty() && !holds_data(table, i) => {}
            None => match Field::from_english_heading(heading).filter(|_| only.is_none()) {
                Some(f) => match layout.english.iter().find(|(e, _, _)| *e == f) {
                    Some((_, _, first)) => errors.push(at(
                        Some(table.heading_row),
                        Some(heading.to_owned()),
                        Problem::DuplicateColumn {
                            first: first.clone(),
                        },
                    )),
                    None => layout.english.push((f, i, heading.to_owned())),
                },
                None => ignored.push(heading.to_owned()),
            },
        }
    }
    for (f, _, heading) in &layout.english {
        if layout.heading(*f).is_none() {
            errors.push(at(
                Some(table.heading_row),
                Some(heading.clone()),
                Problem::TranslationWithoutColumn {
                    de: f.heading(Lang::De),
                    en: f.heading(Lang::En),
                },
            ));
        }
    }
    // Left to right, as the rows' errors are.
    errors.sort_by_key(|e: &TableError| {
        e.column
            .as_ref()
            .and_then(|c| table.headings.iter().position(|h| h.trim() == c))
    });
    if layout.heading(Field::Name).is_none() {
        errors.push(at(
            Some(table.heading_row),
            None,
            Problem::MissingColumn {
                de: Field::Name.heading(Lang::De),
                en: Field::Name.heading(Lang::En),
            },
        ));
    }
    (layout, ignored, errors)
}

fn holds_data(table: &Table, column: usize) -> bool {
    table
        .rows
        .iter()
        .any(|r| r.cells.get(column).is_some_and(|c| !c.trim().is_empty()))
}

/// Every data row read, checked and given its key.
fn rows(
    reading: Reading,
    table: &Table,
    layout: &Layout,
    catalogs: &Catalogs,
    existing: &HashSet<String>,
    next_key: &str,
) -> Reading {
    let mut errors = Vec::new();
    let mut drafts = Vec::new();
    let mut english = Vec::new();
    for r in &table.rows {
        if r.cells[table.headings.len().min(r.cells.len())..]
            .iter()
            .any(|c| !c.trim().is_empty())
        {
            errors.push(at(Some(r.number), None, Problem::CellsBeyondHeadings));
        }
        match row::activity(r, layout, catalogs) {
            Ok(a) => {
                let (pairs, e) = english::pairs(r, layout, catalogs, &a);
                errors.extend(e);
                drafts.push((r.number, a));
                english.push(pairs);
            }
            Err(e) => errors.extend(e),
        }
    }
    errors.extend(check_keys(&drafts, layout, existing));
    assign_keys(&mut drafts, existing, next_key);
    let mut activities = Vec::with_capacity(drafts.len());
    let mut translations = Vec::new();
    for ((number, mut a), pairs) in drafts.into_iter().zip(english) {
        match validate::activity(&mut a, "", catalogs, &KeySets::default()) {
            Ok(()) => {
                match english::translated(&a, pairs) {
                    Ok(t) => translations.extend(t),
                    Err((column, e)) => errors.push(TableError {
                        column: Some(column),
                        ..invalid(e, number, layout)
                    }),
                }
                activities.push(a);
            }
            Err(e) => errors.push(invalid(e, number, layout)),
        }
    }
    // In the order of the file, row by row and left to right.
    errors.sort_by_key(|e| (e.row, e.column.as_deref().and_then(|c| layout.position(c))));
    limit(
        Reading {
            activities,
            translations,
            ..reading
        },
        errors,
    )
}

/// Keys given in the file must be new to the register and to the file.
fn check_keys(
    drafts: &[(usize, ProcessingActivity)],
    layout: &Layout,
    existing: &HashSet<String>,
) -> Vec<TableError> {
    let column = || layout.heading(Field::Key).map(str::to_owned);
    let mut first_rows: HashMap<&str, usize> = HashMap::new();
    let mut errors = Vec::new();
    for (number, a) in drafts.iter().filter(|(_, a)| !a.key.is_empty()) {
        if existing.contains(&a.key) {
            errors.push(at(
                Some(*number),
                column(),
                Problem::KeyInRegister(a.key.clone()),
            ));
        } else if let Some(&first_row) = first_rows.get(a.key.as_str()) {
            errors.push(at(
                Some(*number),
                column(),
                Problem::KeyTwice {
                    key: a.key.clone(),
                    first_row,
                },
            ));
        } else {
            first_rows.insert(&a.key, *number);
        }
    }
    errors
}

/// Rows without a key get the register's next free `VT-` keys in the
/// order of the file, passing over keys the file itself gives.
fn assign_keys(
    drafts: &mut [(usize, ProcessingActivity)],
    existing: &HashSet<String>,
    next_key: &str,
) {
    let given: HashSet<String> = drafts
        .iter()
        .map(|(_, a)| a.key.clone())
        .filter(|k| !k.is_empty())
        .collect();
    let mut n: u64 = next_key
        .strip_prefix("VT-")
        .and_then(|n| n.parse().ok())
        .unwrap_or(1);
    for (_, a) in drafts.iter_mut().filter(|(_, a)| a.key.is_empty()) {
        let key = loop {
            let candidate = format!("VT-{n:03}");
            n += 1;
            if !given.contains(&candidate) && !existing.contains(&candidate) {
                break candidate;
            }
        };
        a.key = key;
    }
}

/// The store's validation error at the row and the column it concerns.
fn invalid(e: Error, row: usize, layout: &Layout) -> TableError {
    // One problem per row and cell: the first of the record's.
    let (path, reason) = match e.into_first() {
        Error::Validation { field, reason } => (field, reason),
        other => (
            String::new(),
            crate::Reason::Unrecognised {
                message: other.to_string(),
            },
        ),
    };
    let (field, entry) = field_of(&path);
    at(
        Some(row),
        field.and_then(|f| layout.heading(f)).map(str::to_owned),
        Problem::Invalid {
            entry,
            reason: Box::new(reason),
        },
    )
}

/// The column behind a validation path (`purposes[2].description`) and, for
/// a list cell, the entry (line) it names, counted from 1.
fn field_of(path: &str) -> (Option<Field>, Option<usize>) {
    let name = path.split(['[', '.']).next().unwrap_or_default();
    let index = path
        .split_once('[')
        .and_then(|(_, rest)| rest.split_once(']'))
        .and_then(|(n, _)| n.parse::<usize>().ok())
        .map(|n| n + 1);
    let (field, listed) = match name {
        "key" => (Field::Key, false),
        "name" => (Field::Name, false),
        "description" => (Field::Description, false),
        "department" => (Field::Department, false),
        "contact_person" => (Field::ContactPerson, false),
        "tom_notes" => (Field::Toms, false),
        "purposes" if path.contains(".legal_bases") => (Field::LegalBases, false),
        "purposes" => (Field::Purposes, true),
        "data_subjects" => (Field::DataSubjects, true),
        "data_subject_groups" => (Field::DataSubjectGroups, false),
        "data_categories" if path.contains(".conditions") => (Field::Conditions, false),
        "data_categories" if path.contains(".retention.starts_at") => {
            (Field::RetentionStart, false)
        }
        "data_categories" if path.contains(".retention") => (Field::Retention, false),
        "data_categories" => (Field::DataCategories, true),
        // A publication's own fields belong to its columns; the import
        // puts it after the recipients of the "Empfänger" column.
        "recipients" if path.contains(".channels") => (Field::Publication, false),
        "recipients" if path.contains(".legal_bases") || path.contains(".legal_basis_note") => {
            (Field::PublicationBasis, false)
        }
        "recipients" => (Field::Recipients, true),
        "transfers" => (Field::ThirdCountries, true),
        "embeds" => (Field::Embeds, true),
        "automated_decisions" if path.contains(".decisions") => (Field::Decisions, true),
        "automated_decisions" => (Field::DecisionLogic, false),
        _ => return (None, None),
    };
    (Some(field), index.filter(|_| listed))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_validation_path_names_its_column_and_line() {
        assert_eq!(
            field_of("purposes[2].description"),
            (Some(Field::Purposes), Some(3))
        );
        assert_eq!(
            field_of("purposes[0].legal_bases[1]"),
            (Some(Field::LegalBases), None)
        );
        assert_eq!(
            field_of("data_categories[1].retention.criterion"),
            (Some(Field::Retention), None)
        );
        assert_eq!(field_of("name"), (Some(Field::Name), None));
        assert_eq!(field_of("dpia.reason"), (None, None));
    }
}
