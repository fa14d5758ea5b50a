//! The print as an Excel workbook (rust_xlsxwriter, pure Rust): a sheet of
//! activities with one row each and the DSK-style columns, a sheet of parties
//! with their agreements, one of third-country transfers and, when printed,
//! the processor's record; before them the register's header (Art. 30(1)(a):
//! controller, DPO, representative, joint controllers, authority) on a sheet
//! of its own. Header row frozen, autofilter, wrapped text, and every row as
//! high as its wrapped text needs: LibreOffice does not grow a row whose
//! height the file leaves open, and its lines would overlap the next row.

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
    let header = workbook.add_worksheet();
    header
        .set_name(header_sheet_name(lang))
        .map_err(xlsx_error)?;
    write_header(header, print, &formats).map_err(xlsx_error)?;
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

/// The header sheet's name: "Verantwortlicher" / "Controller".
pub fn header_sheet_name(lang: Lang) -> &'static str {
    l(lang, "Verantwortlicher", "Controller")
}

/// Default row height of a line of text (Calibri 11), in points.
const LINE_HEIGHT: f64 = 15.0;
/// Excel's and LibreOffice's highest row, in points.
const MAX_ROW_HEIGHT: f64 = 409.0;

/// How many lines a cell's text takes in a column `width` characters wide
/// when wrapped: each line of its own, long lines broken at the width. A
/// column's width counts the digit zero; text is mostly narrower, so this
/// errs on the high side, which leaves some space rather than overlap.
fn wrapped_lines(text: &str, width: f64) -> usize {
    let per_line = (width - 1.0).max(1.0) as usize;
    text.split('\n')
        .map(|line| line.chars().count().div_ceil(per_line).max(1))
        .sum()
}

/// Sets a row's height for the tallest of its cells.
fn fit_row(
    sheet: &mut Worksheet,
    row: u32,
    cells: &[(String, f64)],
) -> std::result::Result<(), XlsxError> {
    let lines = cells
        .iter()
        .map(|(text, width)| wrapped_lines(text, *width))
        .max()
        .unwrap_or(1);
    let height = (lines as f64 * LINE_HEIGHT + 2.0).min(MAX_ROW_HEIGHT);
    sheet.set_row_height(row, height)?;
    Ok(())
}

/// The header: the title, then one row per item of the cover (name of the
/// item and its value), as the print's first page has them.
fn write_header(
    sheet: &mut Worksheet,
    print: &RegisterPrint,
    f: &Formats,
) -> std::result::Result<(), XlsxError> {
    let lang = print.lang;
    let widths = [48.0, 80.0];
    for (c, w) in widths.iter().enumerate() {
        sheet.set_column_width(c as u16, *w)?;
    }
    sheet.write_string_with_format(0, 0, &print.title, &f.key)?;
    sheet.write_string_with_format(0, 1, "", &f.key)?;
    fit_row(sheet, 0, &[(print.title.clone(), widths[0])])?;
    for (i, item) in print.cover.iter().enumerate() {
        let row = i as u32 + 1;
        let name = item.column();
        sheet.write_string_with_format(row, 0, &name, &f.header)?;
        write_value(sheet, row, 1, &item.value, lang, f)?;
        fit_row(
            sheet,
            row,
            &[(name, widths[0]), (cell(&item.value, lang), widths[1])],
        )?;
    }
    Ok(())
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
    let width = |c: usize| match (c, &section.body) {
        (0, Body::Entries(_)) => 18.0,
        (_, Body::Entries(_)) => 38.0,
        _ => 30.0,
    };
    for (c, name) in columns.iter().enumerate() {
        let col = c as u16;
        sheet.write_string_with_format(0, col, name, &f.header)?;
        sheet.set_column_width(col, width(c))?;
    }
    // Bold headings run wider than body text.
    let headings: Vec<(String, f64)> = columns
        .iter()
        .enumerate()
        .map(|(c, n)| (n.clone(), width(c) * 0.85))
        .collect();
    fit_row(sheet, 0, &headings)?;
    for (r, (key, values)) in rows.iter().enumerate() {
        let row = r as u32 + 1;
        let mut col = 0u16;
        let mut cells = Vec::with_capacity(values.len() + 1);
        if let Some(k) = key {
            sheet.write_string_with_format(row, 0, *k, &f.key)?;
            cells.push(((*k).to_owned(), width(0)));
            col = 1;
        }
        for v in values {
            write_value(sheet, row, col, v, lang, f)?;
            cells.push((cell(v, lang), width(usize::from(col))));
            col += 1;
        }
        fit_row(sheet, row, &cells)?;
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
    fn wrapped_text_counts_its_lines() {
        assert_eq!(wrapped_lines("kurz", 38.0), 1);
        assert_eq!(wrapped_lines("a\nb\nc", 38.0), 3);
        assert_eq!(
            wrapped_lines(&"x".repeat(74), 38.0),
            2,
            "37 characters a line"
        );
        assert_eq!(wrapped_lines(&"x".repeat(75), 38.0), 3);
        assert_eq!(wrapped_lines("", 38.0), 1);
    }

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
