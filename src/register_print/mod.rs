//! The register printed for a supervisory-authority inquiry (Art. 30(4)
//! GDPR): [`build`] turns a loaded register into a [`RegisterPrint`] — every
//! Art. 30(1) item of every activity resolved against the catalogs in the
//! print's language, empty items kept and marked — and the renderers lay it
//! out as PDF, XLSX, CSV, HTML or Markdown. See docs/register-print.md.

mod activity;
mod annexes;
mod automation;
mod build;
mod csv;
mod docx;
mod entries;
mod format;
mod header;
mod html;
mod labels;
mod markdown;
mod parties;
mod pdf;
mod pdf_join;
mod pdf_spool;
mod pdf_structure;
mod pdf_writer;
mod processor;
mod retention;
mod transfers;
mod translation_gaps;
mod xlsx;

use chrono::NaiveDate;
use serde::Serialize;

use crate::{Error, Lang, Register, Result};

pub use self::build::build;
pub use self::csv::{to_csv, to_csv_with_separator};
pub use self::docx::to_docx;
pub use self::format::{render_as, write_as, RegisterFormat};
pub use self::html::to_html;
pub use self::markdown::to_markdown;
pub use self::pdf::{check_pdf_ua, to_pdf, to_pdf_with_progress, write_pdf};
pub use self::xlsx::{header_sheet_name, to_xlsx};

/// What to print and how.
#[derive(Debug, Clone, PartialEq)]
pub struct PrintOptions {
    pub lang: Lang,
    /// Keys of the activities to print, in this order. `None` prints every
    /// activity in use (active and draft) in key order; retired activities
    /// are printed only when named here.
    pub activities: Option<Vec<String>>,
    /// Adds the change history since this day as an annex.
    pub history_since: Option<NaiveDate>,
    /// Adds the processor's record (Art. 30(2)).
    pub processor_record: bool,
    /// The date printed on the cover and in every footer.
    pub printed_on: NaiveDate,
}

impl PrintOptions {
    pub fn new(lang: Lang, printed_on: NaiveDate) -> Self {
        PrintOptions {
            lang,
            activities: None,
            history_since: None,
            processor_record: false,
            printed_on,
        }
    }
}

/// Refuses a selection naming an activity the register does not hold, so a
/// typo does not silently shorten what goes to the authority.
pub fn check_selection(register: &Register, keys: &[String]) -> Result<()> {
    for (i, key) in keys.iter().enumerate() {
        if register.activity(key).is_none() {
            return Err(Error::validation(
                format!("activities[{i}]"),
                crate::Reason::NoSuchActivity { key: key.clone() },
            ));
        }
    }
    Ok(())
}

/// A register laid out for printing, in one language; every renderer prints
/// exactly this content.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RegisterPrint {
    pub lang: Lang,
    pub printed_on: NaiveDate,
    /// The controller's name, for the running footer.
    pub organisation: String,
    /// "Verzeichnis von Verarbeitungstätigkeiten gemäß Art. 30 Abs. 1 DSGVO".
    pub title: String,
    /// The cover page: controller, DPO, representative, date, count.
    pub cover: Vec<Item>,
    /// The activities, then the processor's record when asked for, then
    /// the annexes, in the order printed.
    pub sections: Vec<Section>,
}

impl RegisterPrint {
    pub fn section(&self, kind: SectionKind) -> Option<&Section> {
        self.sections.iter().find(|s| s.kind == kind)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SectionKind {
    Activities,
    ProcessorRecord,
    Parties,
    Transfers,
    Toms,
    History,
    /// The English print's texts without a current translation.
    Translations,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Section {
    pub kind: SectionKind,
    pub title: String,
    /// A sentence on what the section holds, printed under its title.
    pub intro: Option<String>,
    pub body: Body,
    /// Printed instead of the body when it holds nothing.
    pub empty_note: String,
}

impl Section {
    pub fn is_empty(&self) -> bool {
        match &self.body {
            Body::Entries(e) => e.is_empty(),
            Body::Table(t) => t.rows.is_empty(),
        }
    }

    /// A stable anchor for links and the table of contents.
    pub fn anchor(&self) -> &'static str {
        match self.kind {
            SectionKind::Activities => "activities",
            SectionKind::ProcessorRecord => "processor-record",
            SectionKind::Parties => "annex-parties",
            SectionKind::Transfers => "annex-transfers",
            SectionKind::Toms => "annex-toms",
            SectionKind::History => "annex-history",
            SectionKind::Translations => "annex-translations",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", content = "content", rename_all = "snake_case")]
pub enum Body {
    /// One labelled block per record (activities, parties).
    Entries(Vec<Entry>),
    /// One row per record (transfers, TOMs, history).
    Table(Table),
}

/// One record: an activity, a processor-record entry or a party. Every entry
/// of a section has the same items in the same order, so they also make a
/// spreadsheet (one column per item).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Entry {
    pub key: String,
    /// The heading, numbered: "1. Videokonferenzen mit Jitsi Meet".
    pub title: String,
    pub items: Vec<Item>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Item {
    /// The provision the item answers, e.g. "Art. 30 Abs. 1 lit. b".
    pub article: Option<String>,
    /// The DSK-style label, e.g. "Zwecke der Verarbeitung".
    pub label: String,
    pub value: Value,
}

impl Item {
    /// "Art. 30 Abs. 1 lit. b – Zwecke der Verarbeitung", as printed.
    pub fn heading(&self) -> String {
        match &self.article {
            Some(a) => format!("{a} – {}", self.label),
            None => self.label.clone(),
        }
    }

    /// "Zwecke der Verarbeitung (Art. 30 Abs. 1 lit. b)", as a column name.
    pub fn column(&self) -> String {
        match &self.article {
            Some(a) => format!("{} ({a})", self.label),
            None => self.label.clone(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Table {
    pub columns: Vec<String>,
    pub rows: Vec<Vec<Value>>,
}

/// An item's answer. The two empty cases are printed visibly and differently:
/// a gap the DPO has to fill is not the same as an item that does not apply.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", content = "text", rename_all = "snake_case")]
pub enum Value {
    /// One or more lines (list entries) as recorded.
    Text(Vec<Line>),
    /// Nothing recorded where the register should hold an answer.
    NotRecorded,
    /// The item does not apply; the text says why.
    NotApplicable(String),
}

impl Value {
    pub fn text(line: impl Into<Line>) -> Value {
        Value::Text(vec![line.into()])
    }

    /// A value from an optional text: `None` is not recorded.
    pub fn opt(text: Option<&str>) -> Value {
        match text {
            Some(t) if !t.trim().is_empty() => Value::text(t),
            _ => Value::NotRecorded,
        }
    }

    /// A value from a list: no lines means not recorded.
    pub fn lines<L: Into<Line>>(lines: impl IntoIterator<Item = L>) -> Value {
        let lines: Vec<Line> = lines.into_iter().map(Into::into).collect();
        if lines.is_empty() {
            Value::NotRecorded
        } else {
            Value::Text(lines)
        }
    }

    /// Whether the value is, or names, something the register should hold
    /// and does not.
    pub fn has_gap(&self) -> bool {
        match self {
            Value::Text(lines) => lines.iter().any(Line::has_gap),
            Value::NotRecorded => true,
            Value::NotApplicable(_) => false,
        }
    }

    /// The value as plain text (lines joined by `separator`), with the
    /// empty cases spelt out; used by the spreadsheet formats.
    pub fn plain(&self, lang: Lang, separator: &str) -> String {
        match self {
            Value::Text(lines) => lines
                .iter()
                .map(|l| l.plain(lang))
                .collect::<Vec<_>>()
                .join(separator),
            Value::NotRecorded => labels::not_recorded(lang).to_owned(),
            Value::NotApplicable(why) => format!("{}: {why}", labels::not_applicable(lang)),
        }
    }
}

/// One line of an answer. A line may name a detail the register lacks
/// ("Garantie: nicht erfasst") or one that does not apply; those parts are
/// spans of their own, so that every renderer marks them exactly as it marks
/// a whole [`Value::NotRecorded`] or [`Value::NotApplicable`].
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(transparent)]
pub struct Line(pub Vec<Span>);

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", content = "text", rename_all = "snake_case")]
pub enum Span {
    Text(String),
    /// A detail the register should hold and does not.
    NotRecorded,
    /// A detail that does not apply; the text says why.
    NotApplicable(String),
}

impl Line {
    /// "label: " followed by the not-recorded mark.
    pub fn gap(label: &str) -> Line {
        let mut line = Line::from(format!("{label}: "));
        line.0.push(Span::NotRecorded);
        line
    }

    /// Appends text, merging it with text before it, so that a line built
    /// in pieces equals the same line written at once.
    pub fn push(&mut self, text: &str) {
        if text.is_empty() {
            return;
        }
        match self.0.last_mut() {
            Some(Span::Text(t)) => t.push_str(text),
            _ => self.0.push(Span::Text(text.to_owned())),
        }
    }

    /// Appends another line's spans.
    pub fn append(&mut self, other: Line) {
        for span in other.0 {
            match span {
                Span::Text(t) => self.push(&t),
                other => self.0.push(other),
            }
        }
    }

    /// The lines one after another, `separator` between them.
    pub fn join(lines: impl IntoIterator<Item = Line>, separator: &str) -> Line {
        let mut joined = Line::default();
        for (i, line) in lines.into_iter().enumerate() {
            if i > 0 {
                joined.push(separator);
            }
            joined.append(line);
        }
        joined
    }

    pub fn has_gap(&self) -> bool {
        self.0.iter().any(|s| matches!(s, Span::NotRecorded))
    }

    /// The line as plain text, the marks spelt out.
    pub fn plain(&self, lang: Lang) -> String {
        self.0
            .iter()
            .map(|s| match s {
                Span::Text(t) => t.clone(),
                Span::NotRecorded => labels::not_recorded(lang).to_owned(),
                Span::NotApplicable(why) => format!("{}: {why}", labels::not_applicable(lang)),
            })
            .collect()
    }
}

impl From<String> for Line {
    fn from(text: String) -> Line {
        match text.is_empty() {
            true => Line::default(),
            false => Line(vec![Span::Text(text)]),
        }
    }
}

impl From<&str> for Line {
    fn from(text: &str) -> Line {
        Line::from(text.to_owned())
    }
}

impl From<&String> for Line {
    fn from(text: &String) -> Line {
        Line::from(text.clone())
    }
}
