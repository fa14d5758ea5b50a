//! The print as an A4 PDF: cover page, table of contents with page numbers,
//! one section per activity, annexes, and on every page the footer
//! "<organisation> · <print date> · Seite x von y".
//!
//! typst keeps every laid-out page in memory, which for 2,000 activities
//! would take gigabytes. The print is therefore typeset in parts of a few
//! dozen records each ([`crate::pdf::compile_part`]), which are joined and
//! stamped with their footers afterwards ([`super::pdf_join`]). The table of
//! contents is typeset twice: once to learn its length, once with the page
//! numbers the parts turned out to have. Every register text is escaped for
//! typst markup; the markup stays plain (labelled blocks, no per-item
//! styling) so that the whole print typesets in seconds.

use std::fmt::Write;

use super::labels;
use super::pdf_join::{Bookmark, DocumentInfo};
use super::pdf_spool::Spool;
use super::{Body, Entry, Line, RegisterPrint, Section, Span, Table, Value};
use crate::notice::escape_typst as esc;
use crate::pdf::{compile_parts, compile_parts_each, Tagging};
use crate::{Lang, Result};

/// Records per part: small enough to keep typst's memory low, large enough
/// that the cost of starting a part does not add up.
const ENTRIES_PER_PART: usize = 50;
const ROWS_PER_PART: usize = 150;
/// Lines of the table of contents per part: ten pages of entries of one
/// line each (a page holds 68), so that only the last page of the contents
/// is part-filled unless titles wrap, and each part takes little of typst's
/// memory.
const TOC_ENTRIES_PER_PART: usize = 680;
/// Footer pages per part: pieces for the cores to share.
const FOOTER_PAGES_PER_PART: usize = 100;

/// The print as an A4 PDF with embedded fonts, tagged (structure tree,
/// language, title) for readers that read it aloud.
pub fn to_pdf(print: &RegisterPrint) -> Result<Vec<u8>> {
    to_pdf_with_progress(print, &mut |_, _| {})
}

/// [`to_pdf`], telling `progress(done, total)` after each typeset part, so
/// the desktop app can show how far a register of thousands of activities is.
pub fn to_pdf_with_progress(
    print: &RegisterPrint,
    progress: &mut dyn FnMut(usize, usize),
) -> Result<Vec<u8>> {
    let mut out = Vec::new();
    write_pdf(print, progress, &mut out)?;
    Ok(out)
}

/// [`to_pdf_with_progress`] written to `out` as it is joined, so that the
/// file need not be held in memory: with the typeset parts of a large
/// register kept on disk until they are joined, the memory the print takes
/// does not grow with the number of pages (docs/performance.md).
pub fn write_pdf(
    print: &RegisterPrint,
    progress: &mut dyn FnMut(usize, usize),
    out: &mut dyn std::io::Write,
) -> Result<()> {
    write_pdf_spooled(print, progress, out, SPOOL_IN_MEMORY, &std::env::temp_dir())
}

/// The typeset parts kept in memory up to this many bytes; the parts that
/// follow wait for the join in files of a temporary folder.
const SPOOL_IN_MEMORY: usize = 64 << 20;

fn write_pdf_spooled(
    print: &RegisterPrint,
    progress: &mut dyn FnMut(usize, usize),
    out: &mut dyn std::io::Write,
    in_memory: usize,
    temp: &std::path::Path,
) -> Result<()> {
    // The cover, the draft contents (which give their length) and the
    // parts are independent of each other: typeset them side by side. The
    // final contents come last and count as one more step.
    let Sources {
        sources,
        headings,
        part_headings,
        toc_count,
    } = sources(print);
    let toc_entries: Vec<&Heading> = headings.iter().collect();
    let total = sources.len() + 1;
    let mut spool = Spool::new(sources.len(), in_memory, temp);
    let mut done = 0;
    compile_parts_each(sources, Tagging::Tagged, &mut |i, part| {
        spool.keep(i, part)?;
        done += 1;
        progress(done, total);
        Ok(())
    })?;
    let pages = |i: usize| {
        spool
            .meta(i)
            .map(|t| t.pages)
            .ok_or_else(|| crate::Error::render("PDF", "a part was not typeset"))
    };
    let toc_length = (1..=toc_count).map(pages).sum::<Result<usize>>()?;
    let mut page = pages(0)? + toc_length + 1;
    let mut starts = Vec::with_capacity(toc_entries.len());
    for (i, &count) in part_headings.iter().enumerate() {
        let Some(typeset) = spool.meta(i + 1 + toc_count) else {
            return Err(crate::Error::render("PDF", "a part was not typeset"));
        };
        // Every heading of a part is one this module wrote (register text is
        // escaped), so the two lists match; should they not, an entry points
        // to its part's first page rather than shifting all that follow.
        starts.extend((0..count).map(|h| page + typeset.headings.get(h).map_or(1, |p| *p) - 1));
        page += typeset.pages;
    }
    let final_toc = |starts: &[usize]| -> Result<(Vec<Vec<u8>>, usize)> {
        let typeset = compile_parts(
            toc(print, &toc_entries, Some(starts)),
            Tagging::Tagged,
            &mut |_| {},
        )?;
        let length = typeset.iter().map(|t| t.pages).sum();
        Ok((typeset.into_iter().map(|t| t.pdf).collect(), length))
    };
    let (mut toc_pdfs, length) = final_toc(&starts)?;
    progress(total, total);
    // The page numbers sit in boxes of fixed width, so the contents keep their
    // length; should a line still wrap differently, shift what follows.
    if length != toc_length {
        let shift = |n: usize| (n + length).saturating_sub(toc_length);
        starts.iter_mut().for_each(|s| *s = shift(*s));
        page = shift(page);
        toc_pdfs = final_toc(&starts)?.0;
    }
    for (j, pdf) in toc_pdfs.into_iter().enumerate() {
        spool.replace(1 + j, pdf);
    }
    let total = page - 1;
    // The footers are drawn over the pages as artifacts: they need no
    // structure of their own. Typeset in pieces side by side, they take a
    // fraction of the time and memory of one document of thousands of pages.
    let pieces: Vec<String> = (1..=total)
        .step_by(FOOTER_PAGES_PER_PART)
        .map(|first| {
            footers(
                print,
                first,
                (first + FOOTER_PAGES_PER_PART - 1).min(total),
                total,
            )
        })
        .collect();
    let footers: Vec<Vec<u8>> = compile_parts(pieces, Tagging::None, &mut |_| {})?
        .into_iter()
        .map(|f| f.pdf)
        .collect();
    let bookmarks: Vec<Bookmark> = toc_entries
        .iter()
        .zip(&starts)
        .map(|(h, page)| Bookmark {
            level: h.level,
            title: h.title.clone(),
            page: *page,
        })
        .collect();
    let info = DocumentInfo {
        title: &print.title,
        lang: print.lang,
    };
    super::pdf_join::join(spool.drain(), &footers, &info, &bookmarks, out)
}

/// Typesets every part of the PDF print with typst's PDF/UA-1 checker and
/// returns its first complaint, if any. Each part is checked on its own: the
/// joined file is lopdf's work, which typst cannot vouch for, so the print
/// itself makes no PDF/UA claim (docs/register-print.md).
pub fn check_pdf_ua(print: &RegisterPrint) -> Result<()> {
    compile_parts_each(sources(print).sources, Tagging::CheckedUa1, &mut |_, _| {
        Ok(())
    })
}

/// What is typeset first: the cover, the draft contents and the parts.
struct Sources {
    /// The markup of the cover, of each piece of the draft contents and of
    /// each part, in that order; the typesetter drops each once it is done.
    sources: Vec<String>,
    /// The headings of all parts, in order: the contents' entries.
    headings: Vec<Heading>,
    /// How many of `headings` each part prints.
    part_headings: Vec<usize>,
    /// How many pieces the contents have.
    toc_count: usize,
}

fn sources(print: &RegisterPrint) -> Sources {
    let mut parts = parts(print);
    let part_headings: Vec<usize> = parts.iter().map(|p| p.headings.len()).collect();
    let headings: Vec<Heading> = parts
        .iter_mut()
        .flat_map(|p| std::mem::take(&mut p.headings))
        .collect();
    let mut sources = vec![cover(print)];
    sources.extend(toc(print, &headings.iter().collect::<Vec<_>>(), None));
    let toc_count = sources.len() - 1;
    sources.extend(parts.into_iter().map(|p| p.markup));
    Sources {
        sources,
        headings,
        part_headings,
        toc_count,
    }
}

/// A heading a part prints, in the order typst will find it.
struct Heading {
    level: u8,
    title: String,
}

struct Part {
    markup: String,
    headings: Vec<Heading>,
}

/// The set rules and helpers every part starts with. The pages have no
/// footer of their own: the footers are drawn over the joined pages.
fn preamble(print: &RegisterPrint) -> String {
    let lang = print.lang;
    let mut o = String::with_capacity(1024);
    // PDF/UA asks every document for a title; each part carries the print's.
    let _ = writeln!(o, "#set document(title: [{}])", esc(&print.title));
    let _ = writeln!(
        o,
        "#set page(paper: \"a4\", margin: (x: 2cm, top: 2cm, bottom: 2.3cm))\n\
         #set text(font: \"Libertinus Serif\", size: 9.5pt, lang: \"{}\")",
        lang.code()
    );
    // Each item and each line of the contents is a paragraph of its own
    // (`par`): typst tags a block's loose text as one span with the next,
    // which a screen reader could not step through item by item.
    o.push_str(
        "#set par(justify: false, leading: 0.55em)\n\
         #show heading: set block(above: 1.3em, below: 0.7em)\n\
         #show heading.where(level: 1): set text(size: 15pt)\n\
         #show heading.where(level: 2): set text(size: 11.5pt)\n\
         #set table(stroke: 0.4pt + luma(170), inset: (x: 4pt, y: 3pt))\n\
         #let it(l, v) = block(below: 0.9em, breakable: true, par[#text(size: 8.5pt, \
         weight: \"bold\", fill: luma(50))[#l] \\ #v])\n\
         #let i1(l, v) = block(below: 0.9em, breakable: true, par[#text(size: 8.5pt, \
         weight: \"bold\", fill: luma(50))[#l:] #v])\n",
    );
    let _ = writeln!(
        o,
        "#let nr = text(fill: rgb(\"#b00020\"), style: \"italic\")[{}]",
        labels::not_recorded(lang)
    );
    let _ = writeln!(
        o,
        "#let na(body) = text(fill: luma(90), style: \"italic\")[{}: #body]",
        labels::not_applicable(lang)
    );
    o
}

fn cover(print: &RegisterPrint) -> String {
    let mut o = preamble(print);
    let _ = writeln!(
        o,
        "#v(2.5cm)\n#align(center)[#text(size: 19pt, weight: \"bold\")[{}]]\n#v(0.6cm)\n\
         #align(center)[#text(size: 14pt)[{}]]\n#v(1.5cm)\n#table(columns: (34%, 1fr),",
        esc(&print.title),
        esc(&print.organisation)
    );
    for i in &print.cover {
        let _ = writeln!(o, "  [*{}*], [{}],", esc(&i.heading()), value(&i.value));
    }
    o.push_str(")\n");
    o
}

/// The sections cut into parts of at most [`ENTRIES_PER_PART`] records or
/// [`ROWS_PER_PART`] table rows; each section starts a new part.
fn parts(print: &RegisterPrint) -> Vec<Part> {
    let preamble = preamble(print);
    let mut parts = Vec::new();
    for s in &print.sections {
        let mut first = true;
        let mut start = |headings: &mut Vec<Heading>| {
            let mut o = preamble.clone();
            if std::mem::take(&mut first) {
                section_start(&mut o, s);
                headings.push(Heading {
                    level: 1,
                    title: s.title.clone(),
                });
            }
            o
        };
        match &s.body {
            Body::Entries(entries) if !entries.is_empty() => {
                for chunk in entries.chunks(ENTRIES_PER_PART) {
                    let mut headings = Vec::new();
                    let mut markup = start(&mut headings);
                    for e in chunk {
                        entry(&mut markup, print.lang, e);
                        headings.push(Heading {
                            level: 2,
                            title: e.title.clone(),
                        });
                    }
                    parts.push(Part { markup, headings });
                }
            }
            Body::Table(t) if !t.rows.is_empty() => {
                for rows in t.rows.chunks(ROWS_PER_PART) {
                    let mut headings = Vec::new();
                    let mut markup = start(&mut headings);
                    table(&mut markup, s, t, rows);
                    parts.push(Part { markup, headings });
                }
            }
            _ => {
                let mut headings = Vec::new();
                let mut markup = start(&mut headings);
                let _ = writeln!(markup, "#emph[{}]", esc(&s.empty_note));
                parts.push(Part { markup, headings });
            }
        }
    }
    parts
}

fn section_start(o: &mut String, s: &Section) {
    let _ = writeln!(o, "= {}\n", esc(&s.title));
    if let Some(intro) = &s.intro {
        let _ = writeln!(o, "{}\n", esc(intro));
    }
}

fn entry(o: &mut String, lang: Lang, e: &Entry) {
    let _ = writeln!(
        o,
        "== {}\n#text(size: 8pt, fill: luma(80))[{}: {}]\n",
        esc(&e.title),
        labels::key(lang),
        esc(&e.key)
    );
    for i in &e.items {
        // A one-line answer follows its label; a list goes below it.
        let helper = match &i.value {
            Value::Text(lines) if lines.len() > 1 => "it",
            _ => "i1",
        };
        let _ = writeln!(o, "#{helper}[{}][{}]", esc(&i.heading()), value(&i.value));
    }
    o.push('\n');
}

fn value(v: &Value) -> String {
    match v {
        Value::Text(lines) if lines.len() == 1 => line(&lines[0]),
        Value::Text(lines) => lines
            .iter()
            .map(|l| format!("• {}", line(l)))
            .collect::<Vec<_>>()
            .join(" \\\n"),
        Value::NotRecorded => "#nr".into(),
        Value::NotApplicable(why) => format!("#na[{}]", esc(why)),
    }
}

/// A line with its marks. `#{nr}` is a code block, so that the text after it
/// stays markup whatever it starts with (`#nr;` or `#nr.x` would not).
fn line(l: &Line) -> String {
    l.0.iter()
        .map(|s| match s {
            Span::Text(t) => esc(t),
            Span::NotRecorded => "#{nr}".into(),
            Span::NotApplicable(why) => format!("#na[{}]", esc(why)),
        })
        .collect()
}

fn table(o: &mut String, s: &Section, t: &Table, rows: &[Vec<Value>]) {
    use super::SectionKind;
    let columns = match s.kind {
        SectionKind::Transfers => "(1.1fr, 1fr, 0.8fr, 1.3fr, 1fr, 1.6fr)".to_owned(),
        SectionKind::Toms => "(0.9fr, 1.4fr, 2.4fr, 0.8fr)".to_owned(),
        SectionKind::History => "(0.9fr, 0.7fr, 1.1fr, 0.6fr, 2.6fr)".to_owned(),
        _ => format!("(1fr,) * {}", t.columns.len()),
    };
    // Column names and catalog labels ("Angemessenheitsbeschluss") are long
    // German compounds that would reach into the next column: let them
    // hyphenate.
    let _ = writeln!(
        o,
        "#text(size: 8pt, hyphenate: true)[#table(columns: {columns},"
    );
    let header: Vec<String> = t
        .columns
        .iter()
        .map(|c| format!("[*{}*]", esc(c)))
        .collect();
    let _ = writeln!(o, "  table.header({}),", header.join(", "));
    for row in rows {
        let cells: Vec<String> = row.iter().map(|v| format!("[{}]", value(v))).collect();
        let _ = writeln!(o, "  {},", cells.join(", "));
    }
    o.push_str(")]\n");
}

/// The table of contents in pieces of [`TOC_ENTRIES_PER_PART`] lines, the
/// first under the heading, with the page of each entry when `pages` gives
/// them, and without them placeholders of the same width, so that both
/// versions have the same length. Typeset as one document, the contents of
/// a register of tens of thousands of activities took more memory than all
/// the rest of the print.
fn toc(print: &RegisterPrint, headings: &[&Heading], pages: Option<&[usize]>) -> Vec<String> {
    let lang = print.lang;
    let mut pieces = Vec::new();
    let mut entries = headings.iter().enumerate().peekable();
    loop {
        let mut o = preamble(print);
        let _ = writeln!(
            o,
            "#let tl(indent, title, page) = block(above: 0.45em, below: 0.45em, par[#h(indent)#title \
             #box(width: 1fr, repeat[. ]) #box(width: 2.6em, align(right, page))])"
        );
        if pieces.is_empty() {
            let _ = writeln!(o, "#heading(outlined: false)[{}]", labels::contents(lang));
        }
        // The heading takes the room of two lines.
        let room = if pieces.is_empty() {
            TOC_ENTRIES_PER_PART - 2
        } else {
            TOC_ENTRIES_PER_PART
        };
        for (i, h) in entries.by_ref().take(room) {
            let page = pages
                .and_then(|p| p.get(i))
                .map_or_else(String::new, |p| p.to_string());
            let (indent, title) = match h.level {
                1 => ("0em", format!("*{}*", esc(&h.title))),
                _ => ("1.2em", esc(&h.title)),
            };
            let _ = writeln!(o, "#tl({indent}, [{title}], [{page}])");
        }
        pieces.push(o);
        if entries.peek().is_none() {
            return pieces;
        }
    }
}

/// One page per page `first..=last` of the print holding only its footer,
/// drawn over the joined pages.
fn footers(print: &RegisterPrint, first: usize, last: usize, total: usize) -> String {
    let lang = print.lang;
    let (page, of) = labels::page(lang);
    let date = esc(&labels::date(lang, print.printed_on));
    let org = esc(&print.organisation);
    let running = if org.is_empty() {
        date
    } else {
        format!("{org} · {date}")
    };
    format!(
        "#set page(paper: \"a4\", margin: (x: 2cm, top: 2cm, bottom: 2.3cm))\n\
         #set text(font: \"Libertinus Serif\", size: 8pt, fill: luma(80), lang: \"{}\")\n\
         #for n in range({first}, {last} + 1) {{\n  if n > {first} {{ pagebreak() }}\n  \
         place(bottom + center, dy: 1.2cm)[{running} · {page} #n {of} {total}]\n}}\n",
        lang.code()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_gap_inside_a_line_is_marked_like_a_missing_item() {
        let mut l = Line::gap("Garantie");
        l.push("; Kopie: #x");
        assert_eq!(line(&l), "Garantie: #{nr}; Kopie: \\#x");
        let v = Value::Text(vec![l, Line::from("SCC")]);
        assert!(value(&v).contains("• Garantie: #{nr}"));
    }

    /// The German print of a synthetic register of `activities`.
    fn synthetic_print(activities: usize) -> RegisterPrint {
        let register = crate::synthetic::synthetic_register(activities, 5);
        let store = crate::Store::open_in_memory().expect("an in-memory register opens");
        let printed_on = chrono::NaiveDate::from_ymd_opt(2026, 1, 1).expect("a date");
        let options = super::super::PrintOptions::new(Lang::De, printed_on);
        super::super::build(&register, store.catalogs(), &options)
    }

    /// The contents of a large register come in pieces: every entry once,
    /// in order, the heading only on the first piece, the page numbers
    /// where they belong.
    #[test]
    fn the_contents_are_cut_into_pieces() {
        let print = synthetic_print(3);
        let headings: Vec<Heading> = (0..TOC_ENTRIES_PER_PART * 2 + 3)
            .map(|i| Heading {
                level: if i % 100 == 0 { 1 } else { 2 },
                title: format!("Eintrag {i:05}"),
            })
            .collect();
        let refs: Vec<&Heading> = headings.iter().collect();
        let pages: Vec<usize> = (0..headings.len()).map(|i| 1000 + i).collect();
        let pieces = toc(&print, &refs, Some(&pages));
        assert_eq!(pieces.len(), 3);
        let count = |p: &String| p.lines().filter(|l| l.starts_with("#tl(")).count();
        assert_eq!(
            count(&pieces[0]),
            TOC_ENTRIES_PER_PART - 2,
            "the heading's room"
        );
        assert_eq!(count(&pieces[1]), TOC_ENTRIES_PER_PART);
        assert_eq!(count(&pieces[2]), 5);
        let title = format!("#heading(outlined: false)[{}]", labels::contents(Lang::De));
        assert!(pieces[0].contains(&title));
        assert!(pieces[1..].iter().all(|p| !p.contains(&title)));
        let lines: Vec<&str> = pieces
            .iter()
            .flat_map(|p| p.lines().filter(|l| l.starts_with("#tl(")))
            .collect();
        assert_eq!(lines.len(), headings.len());
        for (i, line) in lines.iter().enumerate() {
            assert!(line.contains(&format!("Eintrag {i:05}")), "{line}");
            assert!(line.ends_with(&format!("[{}])", 1000 + i)), "{line}");
        }
        assert_eq!(
            toc(&print, &[], None).len(),
            1,
            "an empty register has its heading"
        );
    }

    /// Parts kept on disk until the join give the very file that parts kept
    /// in memory give, and the folder they waited in is gone afterwards
    /// (`pdf_spool`'s test: it is the user's alone).
    #[test]
    fn parts_kept_on_disk_join_to_the_same_file() {
        let print = synthetic_print(60);
        let temp = tempfile::tempdir().expect("a temporary folder");
        let mut in_memory = Vec::new();
        write_pdf_spooled(
            &print,
            &mut |_, _| {},
            &mut in_memory,
            usize::MAX,
            temp.path(),
        )
        .expect("the print is written");
        let mut counted = Vec::new();
        let mut on_disk = Vec::new();
        write_pdf_spooled(
            &print,
            &mut |done, total| counted.push((done, total)),
            &mut on_disk,
            0,
            temp.path(),
        )
        .expect("the print is written");
        assert!(in_memory.starts_with(b"%PDF-"));
        assert!(
            in_memory == on_disk,
            "the same bytes from disk as from memory"
        );
        assert!(counted.len() > 3, "several parts: {counted:?}");
        assert!(counted.windows(2).all(|w| w[0].0 < w[1].0));
        assert_eq!(counted.last().map(|c| c.0), counted.last().map(|c| c.1));
        let left: Vec<_> = std::fs::read_dir(temp.path())
            .expect("the folder reads")
            .collect();
        assert!(left.is_empty(), "the parts' folder is removed: {left:?}");
    }
}
