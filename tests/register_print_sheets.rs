//! The register print as spreadsheets: the XLSX read back with calamine holds
//! the register row by row, and the CSV quotes what needs quoting (RFC 4180)
//! with a byte-order mark so Excel reads umlauts.

use crate::print_support;

use std::io::Cursor;

use calamine::{open_workbook_from_rs, Data, Reader, Xlsx};
use print_support::*;
use vvt::register_print::{self, Body, SectionKind};
use vvt::*;

fn workbook(bytes: Vec<u8>) -> Xlsx<Cursor<Vec<u8>>> {
    open_workbook_from_rs(Cursor::new(bytes)).expect("calamine reads the workbook")
}

fn sheet(wb: &mut Xlsx<Cursor<Vec<u8>>>, name: &str) -> Vec<Vec<String>> {
    let range = wb
        .worksheet_range(name)
        .unwrap_or_else(|e| panic!("sheet {name}: {e}"));
    range
        .rows()
        .map(|r| {
            r.iter()
                .map(|c| match c {
                    Data::Empty => String::new(),
                    other => other.to_string(),
                })
                .collect()
        })
        .collect()
}

#[test]
fn the_xlsx_read_back_equals_the_register() {
    let register = example::example_register();
    let print = print(&register, &options(Lang::De));
    let bytes = register_print::to_xlsx(&print).expect("writes");
    let mut wb = workbook(bytes);
    assert_eq!(
        wb.sheet_names(),
        [
            "Verarbeitungstätigkeiten",
            "Auftragsverarbeiter",
            "Drittlandübermittlungen"
        ]
    );
    let rows = sheet(&mut wb, "Verarbeitungstätigkeiten");
    let entries = activities(&print);
    assert_eq!(
        rows.len(),
        entries.len() + 1,
        "a header row and one row per activity"
    );
    assert_eq!(rows[0][0], "Schlüssel");
    assert!(rows[0].contains(&"Zwecke der Verarbeitung (Art. 30 Abs. 1 lit. b)".to_owned()));
    for (row, e) in rows[1..].iter().zip(entries) {
        assert_eq!(row[0], e.key);
        let expected: Vec<String> = e
            .items
            .iter()
            .map(|i| i.value.plain(Lang::De, "\n"))
            .collect();
        assert_eq!(
            &row[1..],
            expected.as_slice(),
            "row of {} holds its values",
            e.key
        );
    }
    for (row, a) in rows[1..].iter().zip(&register.activities) {
        let cell = |column: &str| {
            let i = rows[0]
                .iter()
                .position(|c| c.starts_with(column))
                .unwrap_or_else(|| panic!("column {column}"));
            row[i].clone()
        };
        assert_eq!(cell("Bezeichnung der Verarbeitungstätigkeit"), a.name);
        let purposes = cell("Zwecke der Verarbeitung");
        assert_eq!(purposes.lines().count(), a.purposes.len());
        for p in &a.purposes {
            assert!(purposes.contains(&p.description), "{}", p.description);
        }
        // The recorded words, then the catalog groups in one line.
        let groups: Vec<&str> = a
            .data_subject_groups
            .iter()
            .map(|g| g.label(Lang::De))
            .collect();
        let mut subjects = a.data_subjects.clone();
        if !groups.is_empty() {
            subjects.push(format!("Gruppen (Katalog): {}", groups.join(", ")));
        }
        assert_eq!(cell("Kategorien betroffener Personen"), subjects.join("\n"));
        for c in &a.data_categories {
            assert!(cell("Kategorien personenbezogener Daten").contains(&c.name));
        }
    }
    let parties = sheet(&mut wb, "Auftragsverarbeiter");
    assert_eq!(parties.len(), register.parties.len() + 1);
    assert!(parties
        .iter()
        .any(|r| r.contains(&"Cisco Systems, Inc.".to_owned())));
    let transfers = sheet(&mut wb, "Drittlandübermittlungen");
    let Some(Body::Table(t)) = print.section(SectionKind::Transfers).map(|s| &s.body) else {
        panic!("a transfers table");
    };
    assert_eq!(transfers.len(), t.rows.len() + 1);
    let transfer_count: usize = register.activities.iter().map(|a| a.transfers.len()).sum();
    assert!(
        transfers.len() > transfer_count,
        "every activity transfer is a row"
    );
    assert!(transfers[1..].iter().all(|r| r[2] == "Vereinigte Staaten"));
}

#[test]
fn the_xlsx_names_its_sheets_in_english_and_adds_the_processor_record() {
    let mut o = options(Lang::En);
    o.processor_record = true;
    let bytes = register_print::to_xlsx(&print(&example::example_register(), &o)).expect("writes");
    let mut wb = workbook(bytes);
    assert_eq!(
        wb.sheet_names(),
        [
            "Processing activities",
            "Processors",
            "Third-country transfers",
            "Processor record"
        ]
    );
    let rows = sheet(&mut wb, "Processor record");
    assert_eq!(rows.len(), 1, "no entries: the header row only");
    assert!(rows[0].iter().any(|c| c.contains("Art. 30(2)(b)")));
}

/// A minimal RFC 4180 reader for the test: fields, quoted or not.
fn parse_csv(text: &str, sep: char) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') => quoted = true,
            (false, c) if c == sep => row.push(std::mem::take(&mut field)),
            (false, '\r') => {
                assert_eq!(chars.next(), Some('\n'), "CRLF line ends");
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (false, '\n') => panic!("a bare LF outside quotes"),
            (false, c) => field.push(c),
        }
    }
    assert!(
        field.is_empty() && row.is_empty(),
        "the last row ends with CRLF"
    );
    rows
}

#[test]
fn the_csv_quotes_commas_quotes_newlines_and_keeps_umlauts() {
    let register = awkward_register();
    let print = print(&register, &options(Lang::De));
    let csv = register_print::to_csv(&print);
    let body = csv
        .strip_prefix('\u{feff}')
        .expect("a UTF-8 byte-order mark for Excel");
    let rows = parse_csv(body, ';');
    let entries = activities(&print);
    assert_eq!(rows.len(), entries.len() + 1);
    assert!(
        rows.iter().all(|r| r.len() == rows[0].len()),
        "every row has every column"
    );
    for (row, e) in rows[1..].iter().zip(entries) {
        let expected: Vec<String> = e
            .items
            .iter()
            .map(|i| i.value.plain(Lang::De, "\n"))
            .collect();
        let mut cells = row[1..].to_vec();
        // The formula guard: a leading apostrophe, nothing else changed.
        for c in &mut cells {
            if let Some(rest) = c.strip_prefix("'=") {
                *c = format!("={rest}");
            }
        }
        assert_eq!(cells, expected, "{} reads back unchanged", e.key);
    }
    let a = &register.activities[0];
    assert!(csv.contains("\"Bewerbungen; \"\"Initiativ\"\", intern <script>alert(1)</script>\""));
    assert!(csv.contains("Jürgen Ößmann"), "umlauts stay as they are");
    assert!(
        csv.contains("\"(1) Zeile eins\nZeile zwei"),
        "a line break inside a quoted field"
    );
    assert!(
        csv.contains("\"'=HYPERLINK("),
        "formula injection is defused"
    );
    assert_eq!(rows[1][0], a.key);

    let en = register_print::to_csv(&print_support::print(&register, &options(Lang::En)));
    let rows = parse_csv(en.trim_start_matches('\u{feff}'), ',');
    assert_eq!(rows[0][0], "Key", "English CSV is comma-separated");
    assert!(rows[1].contains(&"Personal, Recht & Compliance".to_owned()));
    let semicolons = register_print::to_csv_with_separator(&print, ',');
    assert!(semicolons.contains("\"Personal, Recht & Compliance\""));
}
