//! The print as an Excel workbook (rust_xlsxwriter, pure Rust): a sheet of
//! activities with one row each and the DSK-style columns, a sheet of parties
//! with their agreements, one of third-country transfers and, when printed,
//! the processor's record. Header row frozen, autofilter, wrapped text.

use rust_xlsxwriter::{
    Color, DocProperties, Format, FormatAlign, FormatBorder, Workbook, Worksheet, XlsxError,
};

use super::labels::{self, l};
use super::{Body, Entry, RegisterPrint, Section, SectionKind, Table, Value};
use crate::{Error, Lang, Result};

/// Excel refuses longer text in one cell.
const MAX_CELL: usize = 32_767;

struct Formats {
    header: Format,
    text: Format,
    key: Format,
    not_recorded: Format,
    not_applicable: Format,
}

impl Formats {
    fn new() -> Self {
        let body = Format::new()
            .set_text_wrap()
            .set_align(FormatAlign::Top)
            .set_border(FormatBorder::Thin)
            .set_border_color(Color::RGB(0xC8CCD0));
        Formats {
            header: body
                .clone()
                .set_bold()
                .set_background_color(Color::RGB(0xE8ECF0)),
            key: body.clone().set_bold(),
            not_recorded: body
                .clone()
                .set_italic()
                .set_font_color(Color::RGB(0xB00020)),
            not_applicable: body
                .clone()
                .set_italic()
                .set_font_color(Color::RGB(0x555555)),
            text: body,
        }
    }
}

fn xlsx_error(e: XlsxError) -> Error {
    Error::validation("xlsx", format!("cannot write the workbook: {e}"))
}

/// The workbook as bytes.
pub fn to_xlsx(print: &RegisterPrint) -> Result<Vec<u8>> {
    let lang = print.lang;
    let formats = Formats::new();
    let mut workbook = Workbook::new();
    let properties = DocProperties::new()
        .set_title(&print.title)
        .set_company(&print.organisation);
    workbook.set_properties(&properties);
    let sheets = [
        (
            SectionKind::Activities,
            l(lang, "Verarbeitungstätigkeiten", "Processing activities"),
        ),
        (
            SectionKind::Parties,
            l(lang, "Auftragsverarbeiter", "Processors"),
        ),
        (
            SectionKind::Transfers,
            l(lang, "Drittlandübermittlungen", "Third-country transfers"),
        ),
        (
            SectionKind::ProcessorRecord,
            l(lang, "Auftragsverarbeitung", "Processor record"),
        ),
    ];
    for (kind, name) in sheets {
        let Some(section) = print.section(kind) else {
            continue;
        };
        let sheet = workbook.add_worksheet();
        sheet.set_name(name).map_err(xlsx_error)?;
        write_section(sheet, print, section, &formats).map_err(xlsx_error)?;
    }
    workbook.save_to_buffer().map_err(xlsx_error)
}

fn write_section(
    sheet: &mut Worksheet,
    print: &RegisterPrint,
    section: &Section,
    f: &Formats,
) -> std::result::Result<(), XlsxError> {
    let lang = print.lang;
    let (columns, rows): (Vec<String>, Vec<Row<'_>>) = match &section.body {
        Body::Entries(entries) => {
            let mut columns = vec![labels::key(lang).to_owned()];
            columns.extend(super::csv::columns(print, section.kind, entries));
            (columns, entry_rows(entries))
        }
        Body::Table(Table { columns, rows }) => (
            columns.clone(),
            rows.iter().map(|r| (None, r.iter().collect())).collect(),
        ),
    };
    for (c, name) in columns.iter().enumerate() {
        let col = c as u16;
        sheet.write_string_with_format(0, col, name, &f.header)?;
        let width = match (c, &section.body) {
            (0, Body::Entries(_)) => 18.0,
            (_, Body::Entries(_)) => 38.0,
            _ => 30.0,
        };
        sheet.set_column_width(col, width)?;
    }
    for (r, (key, values)) in rows.iter().enumerate() {
        let row = r as u32 + 1;
        let mut col = 0u16;
        if let Some(k) = key {
            sheet.write_string_with_format(row, 0, *k, &f.key)?;
            col = 1;
        }
        for v in values {
            let format = match v {
                Value::Text(_) => &f.text,
                Value::NotRecorded => &f.not_recorded,
                Value::NotApplicable(_) => &f.not_applicable,
            };
            sheet.write_string_with_format(row, col, cell(v, lang), format)?;
            col += 1;
        }
    }
    sheet.set_freeze_panes(1, 0)?;
    let last_col = columns.len().saturating_sub(1) as u16;
    sheet.autofilter(0, 0, rows.len() as u32, last_col)?;
    Ok(())
}

/// A sheet row: the record's key (for entries) and its values.
type Row<'a> = (Option<&'a str>, Vec<&'a Value>);

fn entry_rows(entries: &[Entry]) -> Vec<Row<'_>> {
    entries
        .iter()
        .map(|e| {
            (
                Some(e.key.as_str()),
                e.items.iter().map(|i| &i.value).collect(),
            )
        })
        .collect()
}

/// A cell's text: lines on their own lines within the cell.
fn cell(v: &Value, lang: Lang) -> String {
    let text = v.plain(lang, "\n");
    match text.char_indices().nth(MAX_CELL - 1) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text,
    }
}
