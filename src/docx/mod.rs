//! Word (DOCX) documents, shared by the notice and the register print: the
//! styles Word and LibreOffice know by name (Heading 1–4, List Paragraph),
//! one bulleted list numbering, the document's language and its title. The
//! documents themselves are laid out by [`crate::notice`] (from its Markdown)
//! and [`crate::register_print`] (from its built model).

mod markdown;

pub(crate) use markdown::from_markdown;

use docx_rs::{
    AbstractNumbering, Docx, IndentLevel, Level, LevelJc, LevelText, NumberFormat, NumberingId,
    Paragraph, Run, RunFonts, SpecialIndentType, Start, Style, StyleType, Table, TableCell,
    TableRow, WidthType,
};

use std::fmt::Write;

use crate::{Error, Lang, Result};

/// The numbering every bulleted list uses (one abstract numbering, levels by
/// nesting depth). Not 1: docx-rs writes a decimal numbering of its own
/// under id 1, and LibreOffice takes the first of two with the same id.
const BULLETS: usize = 7;
/// Deepest list level a paragraph is put on; deeper nesting stays there.
const MAX_LEVEL: usize = 4;

/// An empty document with the styles and the list numbering defined.
pub(crate) fn document() -> Docx {
    let mut docx = Docx::new()
        .default_fonts(
            RunFonts::new()
                .ascii("Calibri")
                .hi_ansi("Calibri")
                .cs("Calibri"),
        )
        .default_size(22)
        .add_style(
            Style::new("Normal", StyleType::Paragraph)
                .name("Normal")
                .q_format(true),
        )
        .add_style(
            Style::new("ListParagraph", StyleType::Paragraph)
                .name("List Paragraph")
                .based_on("Normal")
                .q_format(true),
        )
        .add_style(
            Style::new("Quote", StyleType::Paragraph)
                .name("Quote")
                .based_on("Normal")
                .italic()
                .indent(Some(567), None, None, None),
        );
    for (level, size) in [(1usize, 36usize), (2, 30), (3, 26), (4, 23)] {
        docx = docx.add_style(
            Style::new(format!("Heading{level}"), StyleType::Paragraph)
                .name(format!("heading {level}"))
                .based_on("Normal")
                .next("Normal")
                .q_format(true)
                .bold()
                .size(size)
                .outline_lvl(level - 1),
        );
    }
    let mut bullets = AbstractNumbering::new(BULLETS);
    for level in 0..=MAX_LEVEL {
        let glyph = ["•", "◦", "▪"][level % 3];
        bullets = bullets.add_level(
            Level::new(
                level,
                Start::new(1),
                NumberFormat::new("bullet"),
                LevelText::new(glyph),
                LevelJc::new("left"),
            )
            .indent(
                Some(360 * (level as i32 + 1)),
                Some(SpecialIndentType::Hanging(360)),
                None,
                None,
            ),
        );
    }
    docx.add_abstract_numbering(bullets)
        .add_numbering(docx_rs::Numbering::new(BULLETS, BULLETS))
}

/// A heading paragraph of `level` (1–4) in the style Word calls "heading N".
pub(crate) fn heading(level: usize, runs: Vec<Run>) -> Paragraph {
    let level = level.clamp(1, 4);
    runs.into_iter().fold(
        Paragraph::new()
            .style(&format!("Heading{level}"))
            .keep_next(true),
        Paragraph::add_run,
    )
}

/// A bulleted list item at nesting `level` (0 = top).
pub(crate) fn bullet(level: usize) -> Paragraph {
    Paragraph::new().style("ListParagraph").numbering(
        NumberingId::new(BULLETS),
        IndentLevel::new(level.min(MAX_LEVEL)),
    )
}

/// A plain text run.
pub(crate) fn text(text: &str) -> Run {
    Run::new().add_text(text)
}

/// A table of `rows` with grid lines, over the text width.
pub(crate) fn table(rows: Vec<Vec<TableCell>>) -> Table {
    let rows = rows.into_iter().map(TableRow::new).collect();
    Table::new(rows).width(5000, WidthType::Pct)
}

/// The body of a document of blocks only (no section properties), as XML to
/// [`pack`] into a larger one.
///
/// docx-rs keeps a whole document as one tree of large values (an empty
/// paragraph is some 2 kB); the register print of 2,000 activities held
/// 1.4 GB that way. Built and written in parts, it holds one part at a time
/// per thread.
pub(crate) fn body_of(docx: Docx) -> Result<String> {
    let xml = docx.build();
    let document = String::from_utf8(xml.document).map_err(|e| written_wrong(&e.to_string()))?;
    let start = document
        .find("<w:body>")
        .map(|at| at + "<w:body>".len())
        .ok_or_else(|| written_wrong("a document without <w:body>"))?;
    let end = document
        .rfind("<w:sectPr")
        .ok_or_else(|| written_wrong("a document without <w:sectPr>"))?;
    Ok(document[start..end].to_owned())
}

/// `docx` with `bodies` ([`body_of`]) appended to its body, as the bytes of
/// a .docx file, with `title` in its properties and `lang` as the language
/// of its text (spell checking, hyphenation, screen readers).
pub(crate) fn pack(docx: Docx, bodies: &[String], title: &str, lang: Lang) -> Result<Vec<u8>> {
    let mut xml = docx.build();
    if !bodies.is_empty() {
        let document = String::from_utf8_lossy(&xml.document);
        let end = document
            .rfind("<w:sectPr")
            .ok_or_else(|| written_wrong("a document without <w:sectPr>"))?;
        let size = document.len() + bodies.iter().map(String::len).sum::<usize>();
        let mut joined = String::with_capacity(size);
        joined.push_str(&document[..end]);
        bodies.iter().for_each(|b| joined.push_str(b));
        joined.push_str(&document[end..]);
        xml.document = renumber_paragraphs(&joined).into_bytes();
    }
    // docx-rs 0.4 writes neither a document language nor a title; both go
    // into the parts it wrote, at the one place the schema puts them.
    let tag = match lang {
        Lang::De => "de-DE",
        Lang::En => "en-GB",
    };
    xml.styles = insert_after(
        &xml.styles,
        "<w:rPrDefault><w:rPr>",
        &format!("<w:lang w:val=\"{tag}\" w:eastAsia=\"{tag}\" w:bidi=\"{tag}\" />"),
    )?;
    xml.doc_props.core = insert_before(
        &xml.doc_props.core,
        "</cp:coreProperties>",
        &format!(
            "<dc:title>{}</dc:title><dc:language>{tag}</dc:language>",
            escape(title)
        ),
    )?;
    let mut stored = std::io::Cursor::new(Vec::with_capacity(64 * 1024));
    xml.pack(&mut stored).map_err(zip_error)?;
    deflate(stored.into_inner())
}

/// The package `stored` with every part compressed, as Word writes it.
fn deflate(stored: Vec<u8>) -> Result<Vec<u8>> {
    use std::io::{Read, Write};
    use zip8::write::SimpleFileOptions;
    let mut archive = zip8::ZipArchive::new(std::io::Cursor::new(stored)).map_err(zip_error)?;
    let mut out = zip8::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default()
        .compression_method(zip8::CompressionMethod::Deflated)
        .compression_level(Some(1));
    let mut part = Vec::new();
    for i in 0..archive.len() {
        let mut file = archive.by_index(i).map_err(zip_error)?;
        if file.is_dir() {
            continue;
        }
        part.clear();
        file.read_to_end(&mut part).map_err(zip_error)?;
        out.start_file(file.name(), options).map_err(zip_error)?;
        out.write_all(&part).map_err(zip_error)?;
    }
    Ok(out.finish().map_err(zip_error)?.into_inner())
}

fn zip_error(e: impl std::fmt::Display) -> Error {
    Error::RenderFailed {
        document: "DOCX",
        reason: e.to_string(),
    }
}

/// The parts were numbered each from 1; Word wants each paragraph's
/// `w14:paraId` unique in the document (and below 0x80000000).
fn renumber_paragraphs(document: &str) -> String {
    const ATTR: &str = "w14:paraId=\"";
    let mut out = String::with_capacity(document.len());
    let mut rest = document;
    let mut id: u32 = 0;
    while let Some(at) = rest.find(ATTR) {
        let value = at + ATTR.len();
        out.push_str(&rest[..value]);
        id += 1;
        let _ = write!(out, "{id:08X}");
        rest = &rest[value..];
        rest = &rest[rest.find('"').unwrap_or(0)..];
    }
    out.push_str(rest);
    out
}

fn written_wrong(reason: &str) -> Error {
    Error::RenderFailed {
        document: "DOCX",
        reason: format!("the writer's output is not as expected: {reason}"),
    }
}

fn insert_after(part: &[u8], anchor: &str, insert: &str) -> Result<Vec<u8>> {
    splice(part, anchor, insert, true)
}

fn insert_before(part: &[u8], anchor: &str, insert: &str) -> Result<Vec<u8>> {
    splice(part, anchor, insert, false)
}

fn splice(part: &[u8], anchor: &str, insert: &str, after: bool) -> Result<Vec<u8>> {
    let text = String::from_utf8_lossy(part);
    let at = text
        .find(anchor)
        .ok_or_else(|| written_wrong(&format!("no {anchor}")))?;
    let at = if after { at + anchor.len() } else { at };
    let mut out = String::with_capacity(text.len() + insert.len());
    out.push_str(&text[..at]);
    out.push_str(insert);
    out.push_str(&text[at..]);
    Ok(out.into_bytes())
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}
