//! The CSV text as rows of cells, each row numbered as the spreadsheet it
//! came from shows it.

use super::problem::{Problem, TableError};

/// One data row: its number in the spreadsheet and its cells.
pub struct Row {
    pub number: usize,
    pub cells: Vec<String>,
}

pub struct Table {
    /// The heading row's number: 1 in a CSV file, where a sheet's used
    /// range starts in a workbook.
    pub heading_row: usize,
    pub headings: Vec<String>,
    pub rows: Vec<Row>,
}

/// The separator of the heading row: `;` (what German Excel writes) when it
/// holds more semicolons than commas outside quotes, else `,`.
pub fn separator(text: &str) -> u8 {
    let (mut semicolons, mut commas, mut quoted) = (0, 0, false);
    for c in text.chars() {
        match c {
            '"' => quoted = !quoted,
            '\n' | '\r' if !quoted => break,
            ';' if !quoted => semicolons += 1,
            ',' if !quoted => commas += 1,
            _ => {}
        }
    }
    if semicolons > commas {
        b';'
    } else {
        b','
    }
}

/// Reads the heading row and the data rows (at most `max_rows`). Rows whose
/// cells are all empty are left out, as spreadsheets write them for the
/// blank rows below a table.
pub fn read(text: &str, max_rows: usize) -> Result<Table, Box<TableError>> {
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(separator(text))
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut headings = None;
    let mut rows = Vec::new();
    let mut number = 0;
    for record in reader.records() {
        let record = record.map_err(|e| Box::new(malformed(&e, number)))?;
        let start = record
            .position()
            .and_then(|p| usize::try_from(p.byte()).ok())
            .unwrap_or(0);
        number += 1 + skipped_lines(text, start);
        let cells: Vec<String> = record.iter().map(str::to_owned).collect();
        if headings.is_none() {
            headings = Some(cells);
            continue;
        }
        if cells.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        if rows.len() == max_rows {
            return Err(Box::new(TableError {
                sheet: None,
                row: Some(number),
                column: None,
                problem: Problem::TooManyRows { max: max_rows },
            }));
        }
        rows.push(Row { number, cells });
    }
    Ok(Table {
        heading_row: 1,
        headings: headings.unwrap_or_default(),
        rows,
    })
}

/// The blank lines the reader skipped before the record that starts its
/// reading at byte `start`. The reader stops after the `\r` of a CRLF, so a
/// `\n` right after a `\r` ends the line before and is no blank line.
fn skipped_lines(text: &str, start: usize) -> usize {
    let bytes = text.as_bytes();
    bytes
        .iter()
        .enumerate()
        .skip(start)
        .take_while(|(_, b)| matches!(b, b'\r' | b'\n'))
        .filter(|&(i, b)| *b == b'\r' || i == 0 || bytes[i - 1] != b'\r')
        .count()
}

fn malformed(e: &csv::Error, last_row: usize) -> TableError {
    TableError {
        sheet: None,
        row: Some(last_row + 1),
        column: None,
        problem: Problem::Malformed(e.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_separator_is_read_from_the_heading_row() {
        assert_eq!(separator("Bezeichnung;Zwecke\na,b,c,d"), b';');
        assert_eq!(separator("Name,Purposes\na;b;c;d"), b',');
        assert_eq!(separator("\"Name;x\",Purposes\n"), b',');
    }

    #[test]
    fn rows_are_numbered_as_the_spreadsheet_shows_them() {
        // Row 2 spans two lines, rows 3 and 4 are blank lines, row 6 has
        // only empty cells and is left out.
        for newline in ["\n", "\r\n"] {
            let text = ["a;b", "1;\"x", "y\"", "", "", "2;z", ";", "3;q"].join(newline);
            let table = read(&text, 100).expect("reads");
            assert_eq!(table.headings, ["a", "b"]);
            let numbers: Vec<usize> = table.rows.iter().map(|r| r.number).collect();
            assert_eq!(numbers, [2, 5, 7], "with {newline:?}");
            assert_eq!(table.rows[0].cells[1], format!("x{newline}y"));
        }
    }

    #[test]
    fn too_many_rows_are_refused() {
        let err = read("a\n1\n2\n3\n", 2).err().expect("refused");
        assert_eq!(err.problem, Problem::TooManyRows { max: 2 });
        assert_eq!(err.row, Some(4));
    }
}
