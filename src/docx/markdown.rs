//! The notice's Markdown as a Word document. The notice's wording, its gap
//! marks and an organisation's own templates all live in the Markdown
//! template; reading that back (pulldown-cmark) keeps the DOCX to the same
//! words without a fourth structure template. Markdown headings become Word
//! headings, lists bulleted lists, tables Word tables and the block quotes
//! that mark a missing item "Quote" paragraphs.

use docx_rs::{BreakType, Docx, Hyperlink, HyperlinkType, Paragraph, Run, Table, TableCell};
use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};

use super::{body_of, bullet, heading, table};
use crate::Result;

/// Blocks (paragraphs, tables) per part of the body written at a time.
const PART: usize = 1_000;

/// The notice `markdown` as Word: `docx` with the blocks added, or — for a
/// long document without links — the blocks as bodies ([`body_of`]) to
/// [`super::pack`] after it; and the text of the first top-level
/// heading, the document's title.
///
/// Written in parts, the notice of 2,000 activities does not hold all of
/// its paragraphs as docx-rs values at once (see [`body_of`]). A link needs
/// a relationship in the document's own part list, which a part written
/// alone would lose; the built-in templates write no links, an
/// organisation's may.
pub(crate) fn from_markdown(docx: Docx, markdown: &str) -> Result<(Docx, Vec<String>, String)> {
    let parser = || Parser::new_ext(markdown, Options::ENABLE_TABLES);
    let in_parts = !parser().any(|e| matches!(e, Event::Start(Tag::Link { .. })));
    let mut bodies = Vec::new();
    let mut w = Writer {
        blocks: Vec::new(),
        paragraph: None,
        filled: false,
        bold: 0,
        italic: 0,
        link: None,
        lists: 0,
        quotes: 0,
        table: None,
        title: None,
    };
    for event in parser() {
        w.event(event);
        if in_parts && w.blocks.len() >= PART {
            bodies.push(body_of(add(Docx::new(), w.blocks.drain(..)))?);
        }
    }
    w.flush();
    let title = w.title.map(|(t, _)| t).unwrap_or_default();
    if in_parts {
        bodies.push(body_of(add(Docx::new(), w.blocks.drain(..)))?);
        Ok((docx, bodies, title))
    } else {
        Ok((add(docx, w.blocks.drain(..)), bodies, title))
    }
}

fn add(docx: Docx, blocks: impl Iterator<Item = Block>) -> Docx {
    blocks.fold(docx, |docx, block| match block {
        Block::Paragraph(p) => docx.add_paragraph(*p),
        Block::Table(t) => docx.add_table(*t),
    })
}

/// docx-rs's paragraph is some 2 kB even when empty, a table 600 bytes;
/// boxed, the list of blocks stays small.
enum Block {
    Paragraph(Box<Paragraph>),
    Table(Box<Table>),
}

struct Writer {
    blocks: Vec<Block>,
    /// The paragraph being filled, and whether it holds text yet.
    paragraph: Option<Paragraph>,
    filled: bool,
    bold: usize,
    italic: usize,
    /// An external link being filled: its address and runs.
    link: Option<(String, Vec<Run>)>,
    lists: usize,
    quotes: usize,
    table: Option<TableBuild>,
    /// The first top-level heading's text, and whether it is still open.
    title: Option<(String, bool)>,
}

#[derive(Default)]
struct TableBuild {
    rows: Vec<Vec<TableCell>>,
    row: Vec<TableCell>,
    head: bool,
}

impl Writer {
    fn event(&mut self, event: Event<'_>) {
        match event {
            Event::Start(tag) => self.start(tag),
            Event::End(tag) => self.end(tag),
            Event::Text(t) | Event::Code(t) => self.run(&t),
            Event::SoftBreak => self.run(" "),
            Event::HardBreak => self.push(Run::new().add_break(BreakType::TextWrapping)),
            // Raw HTML in the notice's Markdown is only its link anchors.
            _ => {}
        }
    }

    fn start(&mut self, tag: Tag<'_>) {
        match tag {
            Tag::Heading { level, .. } => {
                self.flush();
                let level = match level {
                    HeadingLevel::H1 => 1,
                    HeadingLevel::H2 => 2,
                    HeadingLevel::H3 => 3,
                    _ => 4,
                };
                if level == 1 && self.title.is_none() {
                    self.title = Some((String::new(), true));
                }
                self.open(heading(level, Vec::new()));
            }
            // A list item's first paragraph is the bulleted one.
            Tag::Paragraph if self.paragraph.is_none() || self.filled => {
                self.flush();
                let p = if self.quotes > 0 {
                    Paragraph::new().style("Quote")
                } else if self.lists > 0 {
                    Paragraph::new().style("ListParagraph").indent(
                        Some(360 * self.lists as i32),
                        None,
                        None,
                        None,
                    )
                } else {
                    Paragraph::new()
                };
                self.open(p);
            }
            Tag::List(_) => {
                self.flush();
                self.lists += 1;
            }
            Tag::Item => {
                self.flush();
                self.open(bullet(self.lists.saturating_sub(1)));
            }
            Tag::BlockQuote(_) => {
                self.flush();
                self.quotes += 1;
            }
            Tag::Table(_) => {
                self.flush();
                self.table = Some(TableBuild::default());
            }
            Tag::TableHead => {
                if let Some(t) = &mut self.table {
                    t.head = true;
                }
            }
            Tag::TableCell => self.open(Paragraph::new()),
            Tag::Strong => self.bold += 1,
            Tag::Emphasis => self.italic += 1,
            Tag::Link { dest_url, .. } => {
                let external = ["http://", "https://", "mailto:"]
                    .iter()
                    .any(|p| dest_url.starts_with(p));
                if external {
                    self.link = Some((dest_url.to_string(), Vec::new()));
                }
            }
            _ => {}
        }
    }

    fn end(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::Heading(_) | TagEnd::Paragraph | TagEnd::Item => {
                if let Some((_, open)) = &mut self.title {
                    *open = false;
                }
                if self.table.is_none() {
                    self.flush();
                }
            }
            TagEnd::List(_) => {
                self.flush();
                self.lists = self.lists.saturating_sub(1);
            }
            TagEnd::BlockQuote(_) => {
                self.flush();
                self.quotes = self.quotes.saturating_sub(1);
            }
            TagEnd::TableCell => {
                let p = self.paragraph.take().unwrap_or_default();
                self.filled = false;
                if let Some(t) = &mut self.table {
                    t.row.push(TableCell::new().add_paragraph(p));
                }
            }
            TagEnd::TableHead | TagEnd::TableRow => {
                if let Some(t) = &mut self.table {
                    let row = std::mem::take(&mut t.row);
                    t.rows.push(row);
                    t.head = false;
                }
            }
            TagEnd::Table => {
                if let Some(t) = self.table.take() {
                    self.blocks.push(Block::Table(Box::new(table(t.rows))));
                }
            }
            TagEnd::Strong => self.bold = self.bold.saturating_sub(1),
            TagEnd::Emphasis => self.italic = self.italic.saturating_sub(1),
            TagEnd::Link => {
                if let Some((url, runs)) = self.link.take() {
                    let link = runs.into_iter().fold(
                        Hyperlink::new(url, HyperlinkType::External),
                        Hyperlink::add_run,
                    );
                    let p = self.paragraph.take().unwrap_or_default();
                    self.paragraph = Some(p.add_hyperlink(link));
                    self.filled = true;
                }
            }
            _ => {}
        }
    }

    fn open(&mut self, p: Paragraph) {
        self.paragraph = Some(p);
        self.filled = false;
    }

    fn run(&mut self, text: &str) {
        if let Some((title, true)) = &mut self.title {
            title.push_str(text);
        }
        let mut run = Run::new().add_text(text);
        let head = self.table.as_ref().is_some_and(|t| t.head);
        if self.bold > 0 || head {
            run = run.bold();
        }
        if self.italic > 0 {
            run = run.italic();
        }
        self.push(run);
    }

    fn push(&mut self, run: Run) {
        if let Some((_, runs)) = &mut self.link {
            runs.push(run);
            return;
        }
        let p = self.paragraph.take().unwrap_or_default();
        self.paragraph = Some(p.add_run(run));
        self.filled = true;
    }

    /// Writes the paragraph being filled, if it holds anything.
    fn flush(&mut self) {
        if let Some(p) = self.paragraph.take() {
            if self.filled {
                self.blocks.push(Block::Paragraph(Box::new(p)));
            }
        }
        self.filled = false;
    }
}
