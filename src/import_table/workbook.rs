//! The register kept in an Excel workbook (`vvt import xlsx`): a sheet read
//! with calamine into the same rows of cells a CSV file gives, then checked
//! by the same rules. Errors carry the sheet's name beside row and column.
//!
//! A register print's own workbook (`vvt register --format xlsx`) is read
//! back as far as its columns go: the print writes most items for a reader,
//! not for an import ("Zweck (1): Art. 6 Abs. 1 lit. b DSGVO (Vertrag)"), so
//! only the columns whose printed form is the recorded value are read
//! ([`PRINT_FIELDS`]); the others are listed as not imported.

use std::io::Cursor;
use std::path::Path;

use calamine::{Data, Range, Reader, Xlsx};
use rust_xlsxwriter::{Format, Workbook};

use super::columns::{fold, Field};
use super::problem::{Problem, TableError};
use super::table::{Row, Table};
use super::{limit, read_table, Reading, MAX_FILE_SIZE, MAX_ROWS};
use crate::{Error, Lang, Result, Store};

/// The sheet the template names and the register print writes its
/// activities on, in German and English; a workbook without one is read
/// from its first sheet.
pub const ACTIVITIES_SHEET: (&str, &str) = ("Verarbeitungstätigkeiten", "Processing activities");

/// The fields read from a register print's workbook: those printed as they
/// are recorded (the purposes numbered, the catalog groups on a line of
/// their own, both undone here).
const PRINT_FIELDS: [Field; 9] = [
    Field::Key,
    Field::Name,
    Field::Status,
    Field::Department,
    Field::ContactPerson,
    Field::Description,
    Field::Purposes,
    Field::DataSubjects,
    Field::DataSubjectGroups,
];

/// [`read_xlsx`] for a file, with the limits of the CSV import.
pub fn read_xlsx_file(path: &Path, store: &Store) -> Result<Reading> {
    use crate::paths::ReadRefusal;
    match crate::paths::read_limited(path, MAX_FILE_SIZE) {
        Ok(bytes) => read_xlsx(&bytes, store),
        Err(ReadRefusal::TooLarge(size)) => {
            let mib = |bytes: u64| bytes / (1024 * 1024);
            Ok(refusal(
                None,
                Problem::TooLarge {
                    mib: mib(size),
                    max_mib: mib(MAX_FILE_SIZE),
                },
            ))
        }
        Err(ReadRefusal::NotAFile) => Err(Error::validation(
            "file",
            crate::Reason::NotARegularFile {
                path: path.display().to_string(),
            },
        )),
        Err(ReadRefusal::Io(e)) => Err(Error::io(format!("cannot read {}", path.display()), e)),
    }
}

/// Reads a workbook (XLSX) against the register it is to be added to: the
/// sheet named like the template's, else the first; the register is not
/// changed. Every error names the sheet.
pub fn read_xlsx(bytes: &[u8], store: &Store) -> Result<Reading> {
    let mut workbook = match Xlsx::new(Cursor::new(bytes)) {
        Ok(w) => w,
        Err(e) => return Ok(refusal(None, Problem::NotAWorkbook(e.to_string()))),
    };
    let names = workbook.sheet_names();
    let is = |name: &str, wanted: &str| fold(name) == fold(wanted);
    let Some(sheet) = names
        .iter()
        .find(|n| is(n, ACTIVITIES_SHEET.0) || is(n, ACTIVITIES_SHEET.1))
        .or_else(|| names.first())
        .cloned()
    else {
        return Ok(refusal(None, Problem::NoSheet));
    };
    let printed = names.iter().any(|n| {
        [Lang::De, Lang::En]
            .iter()
            .any(|l| is(n, crate::register_print::header_sheet_name(*l)))
    });
    let range = match workbook.worksheet_range(&sheet) {
        Ok(r) => r,
        Err(e) => {
            let mut r = refusal(None, Problem::NotAWorkbook(e.to_string()));
            name_sheet(&mut r, &sheet);
            return Ok(r);
        }
    };
    let mut reading = match table(&range) {
        Ok(mut table) => {
            if printed {
                undo_print(&mut table);
            }
            read_table(&table, store, printed.then_some(&PRINT_FIELDS[..]))?
        }
        Err(e) => limit(Reading::default(), vec![*e]),
    };
    name_sheet(&mut reading, &sheet);
    Ok(reading)
}

fn refusal(row: Option<usize>, problem: Problem) -> Reading {
    limit(
        Reading::default(),
        vec![TableError {
            sheet: None,
            row,
            column: None,
            problem,
        }],
    )
}

fn name_sheet(reading: &mut Reading, sheet: &str) {
    for e in &mut reading.errors {
        e.sheet = Some(sheet.to_owned());
    }
}

/// A cell as the text a CSV file would hold.
fn text(cell: &Data) -> String {
    match cell {
        Data::Empty => String::new(),
        Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
        // A whole number typed into a cell ("42") is stored as a float.
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        other => other.to_string(),
    }
}

/// The used range as a table: its first row the headings, numbered as the
/// spreadsheet numbers them; rows without any text left out.
fn table(range: &Range<Data>) -> std::result::Result<Table, Box<TableError>> {
    let (first_row, _) = range.start().unwrap_or((0, 0));
    let first = first_row as usize + 1;
    let mut rows = range.rows();
    let headings: Vec<String> = rows
        .next()
        .map(|r| r.iter().map(text).collect())
        .unwrap_or_default();
    let mut table = Table {
        heading_row: first,
        headings,
        rows: Vec::new(),
    };
    for (i, cells) in rows.enumerate() {
        let cells: Vec<String> = cells.iter().map(text).collect();
        if cells.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let number = first + 1 + i;
        if table.rows.len() == MAX_ROWS {
            return Err(Box::new(TableError {
                sheet: None,
                row: Some(number),
                column: None,
                problem: Problem::TooManyRows { max: MAX_ROWS },
            }));
        }
        table.rows.push(Row { number, cells });
    }
    Ok(table)
}

/// Undoes what the register print adds to the fields it gives back: the
/// numbers of several purposes ("(2) …") and the line of catalog groups
/// under the data subjects ("Gruppen (Katalog): …"), which becomes a
/// column of its own.
fn undo_print(table: &mut Table) {
    let column = |field: Field| {
        table
            .headings
            .iter()
            .position(|h| Field::from_heading(h) == Some(field))
    };
    if let Some(c) = column(Field::Purposes) {
        for row in &mut table.rows {
            if let Some(cell) = row.cells.get_mut(c) {
                *cell = unnumbered(cell);
            }
        }
    }
    let Some(c) = column(Field::DataSubjects) else {
        return;
    };
    if column(Field::DataSubjectGroups).is_some() {
        return;
    }
    let groups = table.headings.len();
    table
        .headings
        .push(Field::DataSubjectGroups.heading(Lang::De).to_owned());
    for row in &mut table.rows {
        row.cells.resize(groups, String::new());
        let (subjects, listed): (Vec<&str>, Vec<&str>) =
            row.cells[c].lines().partition(|l| group_line(l).is_none());
        let listed: Vec<String> = listed
            .iter()
            .filter_map(|l| group_line(l))
            .flat_map(|g| g.split(", ").map(str::to_owned).collect::<Vec<_>>())
            .collect();
        let subjects = subjects.join("\n");
        row.cells[c] = subjects;
        row.cells.push(listed.join("\n"));
    }
}

fn group_line(line: &str) -> Option<&str> {
    line.strip_prefix("Gruppen (Katalog): ")
        .or_else(|| line.strip_prefix("Groups (catalog): "))
}

/// "(1) a\n(2) b" → "a\nb"; a cell not numbered so throughout stays.
fn unnumbered(cell: &str) -> String {
    let stripped: Option<Vec<&str>> = cell
        .lines()
        .enumerate()
        .map(|(i, l)| l.strip_prefix(&format!("({}) ", i + 1)))
        .collect();
    match stripped {
        Some(lines) if !lines.is_empty() => lines.join("\n"),
        _ => cell.to_owned(),
    }
}

/// The template as a workbook: the heading row on the sheet the import
/// looks for, frozen, wide enough to read.
pub fn xlsx_template(lang: Lang) -> Result<Vec<u8>> {
    let fail = |e: rust_xlsxwriter::XlsxError| {
        Error::render("XLSX", format!("cannot write the template: {e}"))
    };
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet();
    let name = match lang {
        Lang::De => ACTIVITIES_SHEET.0,
        Lang::En => ACTIVITIES_SHEET.1,
    };
    sheet.set_name(name).map_err(fail)?;
    let bold = Format::new().set_bold().set_text_wrap();
    for (i, f) in Field::ALL.iter().enumerate() {
        let col = i as u16;
        sheet
            .write_string_with_format(0, col, f.heading(lang), &bold)
            .map_err(fail)?;
        sheet.set_column_width(col, 24).map_err(fail)?;
    }
    sheet.set_freeze_panes(1, 0).map_err(fail)?;
    workbook.save_to_buffer().map_err(fail)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbered_purposes_lose_their_numbers() {
        assert_eq!(unnumbered("(1) a\n(2) b"), "a\nb");
        assert_eq!(
            unnumbered("(1) a\nb"),
            "(1) a\nb",
            "not numbered throughout"
        );
        assert_eq!(unnumbered("single"), "single");
    }

    #[test]
    fn whole_numbers_read_as_typed() {
        assert_eq!(text(&Data::Float(42.0)), "42");
        assert_eq!(text(&Data::Float(1.5)), "1.5");
        assert_eq!(text(&Data::Empty), "");
    }
}
