//! The print as an Excel workbook (rust_xlsxwriter, pure Rust): a sheet of
//! activities with one row each and the DSK-style columns, a sheet of parties
//! with their agreements, one of third-country transfers and, when printed,
//! the processor's record. Header row frozen, autofilter, wrapped text.

use rust_xlsxwriter::{
    Color, DocProperties, Format, FormatAlign, FormatBorder, Workbook, Worksheet, XlsxError,
};

use super::labels::{self, l};
use super::{Body, Entry, RegisterPrint, Section, SectionKind, Span, Table, Value};
use crate::{Error, Lang, Result};

/// Excel refuses longer text in one cell.
const MAX_CELL: usize = 32_767;

struct Formats {
    header: Format,
    text: Format,
    key: Format,
    not_recorded: Format,
    not_applicable: Format,
    /// Font only, for the parts of a rich-text cell.
    plain_font: Format,
    not_recorded_font: Format,
    not_applicable_font: Format,
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
            plain_font: Format::new(),
            not_recorded_font: Format::new()
                .set_italic()
                .set_font_color(Color::RGB(0xB00020)),
            not_applicable_font: Format::new()
                .set_italic()
                .set_font_color(Color::RGB(0x555555)),
        }
    }
}

fn xlsx_error(e: XlsxError) -> Error {
    Error::render("XLSX", format!("cannot write the workbook: {e}"))
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
        (
            SectionKind::Translations,
            l(lang, "Nicht übersetzt", "Not translated"),
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
            write_value(sheet, row, col, v, lang, f)?;
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

fn write_value(
    sheet: &mut Worksheet,
    row: u32,
    col: u16,
    v: &Value,
    lang: Lang,
    f: &Formats,
) -> std::result::Result<(), XlsxError> {
    let format = match v {
        Value::Text(_) => &f.text,
        Value::NotRecorded => &f.not_recorded,
        Value::NotApplicable(_) => &f.not_applicable,
    };
    let text = cell(v, lang);
    match rich_segments(v, lang, f) {
        // A cell cut at Excel's limit is written plain: the cut may fall
        // inside any part.
        Some(segments) if text.ends_with(&v.plain(lang, "\n")) => {
            let parts: Vec<(&Format, &str)> =
                segments.iter().map(|(fmt, t)| (*fmt, t.as_str())).collect();
            sheet.write_rich_string_with_format(row, col, &parts, format)?;
        }
        _ => {
            sheet.write_string_with_format(row, col, text, format)?;
        }
    }
    Ok(())
}

/// The parts of a text whose lines mark gaps or items that do not apply,
/// each with its font, so the cell shows them as the whole-cell marks do;
/// `None` for a cell of one kind.
fn rich_segments<'f>(v: &Value, lang: Lang, f: &'f Formats) -> Option<Vec<(&'f Format, String)>> {
    let Value::Text(lines) = v else {
        return None;
    };
    if lines
        .iter()
        .all(|l| l.0.iter().all(|s| matches!(s, Span::Text(_))))
    {
        return None;
    }
    let mut segments: Vec<(&Format, String)> = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        if i > 0 {
            segments.push((&f.plain_font, "\n".to_owned()));
        }
        for span in &line.0 {
            segments.push(match span {
                Span::Text(t) => (&f.plain_font, t.clone()),
                Span::NotRecorded => (&f.not_recorded_font, labels::not_recorded(lang).to_owned()),
                Span::NotApplicable(why) => (
                    &f.not_applicable_font,
                    format!("{}: {why}", labels::not_applicable(lang)),
                ),
            });
        }
    }
    // Excel refuses empty parts; neighbours in the same font become one.
    let mut merged: Vec<(&Format, String)> = Vec::new();
    for (fmt, text) in segments.into_iter().filter(|(_, t)| !t.is_empty()) {
        match merged.last_mut() {
            Some((last, t)) if std::ptr::eq(*last, fmt) => t.push_str(&text),
            _ => merged.push((fmt, text)),
        }
    }
    Some(merged)
}

/// A cell's text: lines on their own lines within the cell.
fn cell(v: &Value, lang: Lang) -> String {
    let text = v.plain(lang, "\n");
    match text.char_indices().nth(MAX_CELL - 1) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text,
    }
}

#[cfg(test)]
mod tests {
    use super::super::Line;
    use super::*;

    #[test]
    fn a_gap_inside_a_cell_gets_the_font_of_a_missing_item() {
        let f = Formats::new();
        let v = Value::Text(vec![Line::gap("Garantie"), Line::from("SCC")]);
        let segments = rich_segments(&v, Lang::De, &f).expect("a rich-text cell");
        let texts: Vec<&str> = segments.iter().map(|(_, t)| t.as_str()).collect();
        assert_eq!(texts, ["Garantie: ", "nicht erfasst", "\nSCC"]);
        assert!(std::ptr::eq(segments[1].0, &f.not_recorded_font));
        assert!(
            rich_segments(&Value::text("SCC"), Lang::De, &f).is_none(),
            "plain text stays a plain cell"
        );
    }
}
