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
            "Verantwortlicher",
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
    assert_eq!(rows[0][0], "Kennung", "the key column has the app's word");
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
            "Controller",
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

/// The table of a register print's CSV: the rows after the header block,
/// which ends at the first empty line.
fn table(rows: Vec<Vec<String>>) -> Vec<Vec<String>> {
    let blank = rows
        .iter()
        .position(|r| r.iter().all(String::is_empty))
        .expect("an empty line parts the header block from the table");
    rows[blank + 1..].to_vec()
}

#[test]
fn the_csv_quotes_commas_quotes_newlines_and_keeps_umlauts() {
    let register = awkward_register();
    let print = print(&register, &options(Lang::De));
    let csv = register_print::to_csv(&print);
    let body = csv
        .strip_prefix('\u{feff}')
        .expect("a UTF-8 byte-order mark for Excel");
    let rows = table(parse_csv(body, ';'));
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
    let rows = table(parse_csv(en.trim_start_matches('\u{feff}'), ','));
    assert_eq!(rows[0][0], "Key", "English CSV is comma-separated");
    assert!(rows[1].contains(&"Personal, Recht & Compliance".to_owned()));
    let semicolons = register_print::to_csv_with_separator(&print, ',');
    assert!(semicolons.contains("\"Personal, Recht & Compliance\""));
}

/// The example with a supervisory authority, so that the header names one.
fn example_with_authority() -> (Register, String) {
    let mut register = example::example_register();
    register.organisation.authority = Some("DE-BW".into());
    let name = catalogs()
        .authority("DE-BW")
        .expect("the catalog has DE-BW")
        .name
        .clone();
    (register, name)
}

#[test]
fn the_xlsx_carries_the_registers_header_on_a_sheet_of_its_own() {
    let (register, authority) = example_with_authority();
    let print = print(&register, &options(Lang::De));
    let mut wb = workbook(register_print::to_xlsx(&print).expect("writes"));
    let rows = sheet(&mut wb, "Verantwortlicher");
    assert_eq!(rows[0][0], print.title, "the title first");
    let value = |label: &str| {
        rows.iter()
            .find(|r| r[0].starts_with(label))
            .unwrap_or_else(|| panic!("a row {label}: {rows:?}"))[1]
            .clone()
    };
    let controller = value("Name und Kontaktdaten des Verantwortlichen");
    assert!(
        controller.starts_with("Integrata Cegos GmbH"),
        "{controller}"
    );
    assert!(controller.contains("Zettachring 4"), "{controller}");
    assert!(value("Datenschutzbeauftragter").contains("datenschutz@integrata-cegos.de"));
    assert!(value("Vertreter in der Union").starts_with("entfällt"));
    assert!(
        value("Gemeinsam Verantwortliche").starts_with("entfällt"),
        "Art. 30(1)(a) names joint controllers, here none"
    );
    assert_eq!(value("Zuständige Aufsichtsbehörde"), authority);
}

#[test]
fn the_csv_starts_with_the_registers_header_block() {
    let (register, authority) = example_with_authority();
    let print = print(&register, &options(Lang::En));
    let csv = register_print::to_csv(&print);
    let rows = parse_csv(csv.trim_start_matches('\u{feff}'), ',');
    assert_eq!(
        rows[0].as_slice(),
        std::slice::from_ref(&print.title),
        "the title on a row of its own"
    );
    let blank = rows
        .iter()
        .position(|r| r.iter().all(String::is_empty))
        .expect("an empty line ends the block");
    let block = &rows[1..blank];
    assert!(
        block.iter().all(|r| r.len() == 2),
        "item and value: {block:?}"
    );
    let value = |label: &str| {
        block
            .iter()
            .find(|r| r[0].starts_with(label))
            .unwrap_or_else(|| panic!("a row {label}: {block:?}"))[1]
            .clone()
    };
    assert!(value("Name and contact details of the controller").starts_with("Integrata Cegos GmbH"));
    assert!(value("Data protection officer").contains("datenschutz@integrata-cegos.de"));
    assert_eq!(value("Competent supervisory authority"), authority);
    assert_eq!(
        rows[blank + 1][0],
        "Key",
        "the table's heading row follows the empty line"
    );
    assert_eq!(rows.len() - blank - 2, activities(&print).len());
}

/// The XML of a sheet, by its position in the workbook (from 1).
fn sheet_xml(bytes: &[u8], number: usize) -> String {
    use std::io::Read;
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).expect("an XLSX is a zip file");
    let mut xml = String::new();
    zip.by_name(&format!("xl/worksheets/sheet{number}.xml"))
        .expect("the sheet's part")
        .read_to_string(&mut xml)
        .expect("UTF-8 XML");
    xml
}

/// Each `<row>`'s number and its explicit height, if set.
fn row_heights(xml: &str) -> Vec<(u32, Option<f64>)> {
    xml.split("<row ")
        .skip(1)
        .map(|row| {
            let tag = &row[..row.find('>').expect("a closed tag")];
            let attr = |name: &str| {
                tag.split_whitespace()
                    .find_map(|a| a.strip_prefix(&format!("{name}=\"")))
                    .map(|v| v.trim_end_matches(['"', '/']).to_owned())
            };
            let r = attr("r")
                .and_then(|r| r.parse().ok())
                .expect("a row number");
            let custom = attr("customHeight").is_some_and(|v| v == "1");
            let height = attr("ht").and_then(|h| h.parse().ok()).filter(|_| custom);
            (r, height)
        })
        .collect()
}

#[test]
fn every_xlsx_row_is_as_high_as_its_wrapped_text() {
    // LibreOffice does not grow a row whose height the file leaves open:
    // its wrapped lines would overlap the next row.
    let print = example_print(Lang::De);
    let bytes = register_print::to_xlsx(&print).expect("writes");
    for number in 1..=4 {
        let rows = row_heights(&sheet_xml(&bytes, number));
        assert!(!rows.is_empty(), "sheet {number} has rows");
        for (r, height) in &rows {
            assert!(height.is_some(), "sheet {number}, row {r}: a height is set");
        }
    }
    let activities_sheet = row_heights(&sheet_xml(&bytes, 2));
    let entries = activities(&print);
    for ((r, height), e) in activities_sheet[1..].iter().zip(entries) {
        // The tallest cell's lines, at least: one line per list entry.
        let most_lines = e
            .items
            .iter()
            .map(|i| i.value.plain(Lang::De, "\n").lines().count())
            .max()
            .unwrap_or(1);
        let height = height.unwrap_or_default();
        assert!(
            height >= most_lines as f64 * 15.0,
            "row {r} ({}): {height} pt for {most_lines} lines",
            e.key
        );
        assert!(
            height <= 409.0,
            "row {r}: within the highest row a sheet allows"
        );
    }
}
