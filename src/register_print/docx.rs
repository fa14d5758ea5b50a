//! The print as a Word document: the same content as the PDF, with the
//! section titles as Heading 2, each activity (entry) as Heading 3 over a
//! two-column table of its items, and the overview sections as Word tables.
//! The gaps are marked as in the PDF: "not recorded" red and italic, "not
//! applicable" grey and italic.

use docx_rs::{Docx, Paragraph, Run, Shading, ShdType, TableCell};

use super::labels;
use super::{Body, Entry, Item, Line, RegisterPrint, Section, Span, Table, Value};
use crate::docx::{body_of, bullet, document, heading, pack, table, text};
use crate::{Lang, Result};

/// Activities per part of the document built at a time (see
/// [`crate::docx::body_of`]).
const PART: usize = 50;

/// The print as the bytes of a .docx file.
pub fn to_docx(print: &RegisterPrint) -> Result<Vec<u8>> {
    let lang = print.lang;
    let mut docx = document().add_paragraph(heading(1, vec![text(&print.title)]));
    if !print.organisation.trim().is_empty() {
        docx = docx.add_paragraph(Paragraph::new().add_run(text(&print.organisation).bold()));
    }
    docx = docx
        .add_table(items(lang, &print.cover))
        .add_paragraph(heading(2, vec![text(labels::contents(lang))]));
    for s in &print.sections {
        docx = docx.add_paragraph(bullet(0).add_run(text(&s.title)));
        if let Body::Entries(entries) = &s.body {
            for e in entries {
                docx = docx.add_paragraph(bullet(1).add_run(text(&e.title)));
            }
        }
    }
    let mut parts = Vec::new();
    for s in &print.sections {
        parts.push(Part::Head(s));
        if let Body::Entries(entries) = &s.body {
            parts.extend(entries.chunks(PART).map(Part::Entries));
        }
    }
    // The two halves side by side: every machine the app runs on has a
    // second core.
    let (head, tail) = parts.split_at(parts.len() / 2);
    let write = |parts: &[Part<'_>]| -> Result<Vec<String>> {
        parts
            .iter()
            .map(|p| body_of(p.write(lang, Docx::new())))
            .collect()
    };
    let (head, tail) = std::thread::scope(|scope| {
        let tail = scope.spawn(|| write(tail));
        (write(head), tail.join())
    });
    let tail = match tail {
        Ok(tail) => tail,
        Err(panic) => std::panic::resume_unwind(panic),
    };
    let mut bodies = head?;
    bodies.extend(tail?);
    let title = if print.organisation.trim().is_empty() {
        print.title.clone()
    } else {
        format!("{} – {}", print.title, print.organisation)
    };
    pack(docx, &bodies, &title, lang)
}

/// A part of the print's body: a section's heading with its intro and, for
/// sections that are tables, the table; or some of a section's entries.
enum Part<'a> {
    Head(&'a Section),
    Entries(&'a [Entry]),
}

impl Part<'_> {
    fn write(&self, lang: Lang, mut docx: Docx) -> Docx {
        match self {
            Part::Head(s) => {
                docx = docx.add_paragraph(heading(2, vec![text(&s.title)]));
                if let Some(intro) = &s.intro {
                    docx = docx.add_paragraph(Paragraph::new().add_run(text(intro)));
                }
                if s.is_empty() {
                    return docx
                        .add_paragraph(Paragraph::new().add_run(text(&s.empty_note).italic()));
                }
                match &s.body {
                    Body::Table(t) => docx.add_table(grid(lang, t)),
                    Body::Entries(_) => docx,
                }
            }
            Part::Entries(entries) => entries.iter().fold(docx, |docx, e| {
                docx.add_paragraph(heading(3, vec![text(&e.title)]))
                    .add_paragraph(Paragraph::new().keep_next(true).add_run(
                        text(&format!("{}: {}", labels::key(lang), e.key)).color("555555"),
                    ))
                    .add_table(items(lang, &e.items))
            }),
        }
    }
}

/// Items as a two-column table: the item's name (with its Art. 30 point)
/// left, its answer right.
fn items(lang: Lang, items: &[Item]) -> docx_rs::Table {
    let rows = items
        .iter()
        .map(|i| {
            vec![
                head_cell(&i.heading()).width(1700, docx_rs::WidthType::Pct),
                value_cell(lang, &i.value).width(3300, docx_rs::WidthType::Pct),
            ]
        })
        .collect();
    table(rows)
}

fn grid(lang: Lang, t: &Table) -> docx_rs::Table {
    let mut rows = Vec::with_capacity(t.rows.len() + 1);
    rows.push(t.columns.iter().map(|c| head_cell(c)).collect());
    rows.extend(
        t.rows
            .iter()
            .map(|row| row.iter().map(|v| value_cell(lang, v)).collect()),
    );
    table(rows)
}

fn head_cell(label: &str) -> TableCell {
    TableCell::new()
        .shading(
            Shading::new()
                .shd_type(ShdType::Clear)
                .color("auto")
                .fill("F2F4F6"),
        )
        .add_paragraph(Paragraph::new().add_run(text(label).bold()))
}

/// An answer: one line as a paragraph, several as a bulleted list.
fn value_cell(lang: Lang, v: &Value) -> TableCell {
    let cell = TableCell::new();
    match v {
        Value::Text(lines) if lines.len() == 1 => {
            cell.add_paragraph(line(lang, Paragraph::new(), &lines[0]))
        }
        Value::Text(lines) => lines
            .iter()
            .fold(cell, |cell, l| cell.add_paragraph(line(lang, bullet(0), l))),
        Value::NotRecorded => cell.add_paragraph(Paragraph::new().add_run(not_recorded(lang))),
        Value::NotApplicable(why) => {
            cell.add_paragraph(Paragraph::new().add_run(not_applicable(lang, why)))
        }
    }
}

fn line(lang: Lang, p: Paragraph, l: &Line) -> Paragraph {
    l.0.iter().fold(p, |p, s| {
        p.add_run(match s {
            Span::Text(t) => text(t),
            Span::NotRecorded => not_recorded(lang),
            Span::NotApplicable(why) => not_applicable(lang, why),
        })
    })
}

fn not_recorded(lang: Lang) -> Run {
    text(labels::not_recorded(lang)).italic().color("B00020")
}

fn not_applicable(lang: Lang, why: &str) -> Run {
    text(&format!("{}: {why}", labels::not_applicable(lang)))
        .italic()
        .color("555555")
}
