//! The print as Markdown (CommonMark with GitHub tables): the same content as
//! the PDF, every register text escaped with the notice's Markdown escaping.

use std::fmt::Write;

use super::labels;
use super::{Body, Item, Line, RegisterPrint, Section, Span, Table, Value};
use crate::notice::escape_markdown as esc;
use crate::Lang;

/// The print as Markdown.
pub fn to_markdown(print: &RegisterPrint) -> String {
    let lang = print.lang;
    let mut out = String::with_capacity(8192 + print.sections.len() * 2048);
    let o = &mut out;
    let _ = writeln!(o, "# {}\n", esc(&print.title));
    if !print.organisation.trim().is_empty() {
        let _ = writeln!(o, "**{}**\n", esc(&print.organisation));
    }
    items(o, lang, &print.cover);
    let _ = writeln!(o, "## {}\n", esc(labels::contents(lang)));
    for s in &print.sections {
        let _ = writeln!(o, "- [{}](#{})", esc(&s.title), s.anchor());
        if let Body::Entries(entries) = &s.body {
            for (i, e) in entries.iter().enumerate() {
                let _ = writeln!(o, "  - [{}](#{}-{})", esc(&e.title), s.anchor(), i + 1);
            }
        }
    }
    o.push('\n');
    for s in &print.sections {
        section(o, lang, s);
    }
    out
}

fn section(o: &mut String, lang: Lang, s: &Section) {
    // An explicit anchor, so the links work whatever slugs a renderer makes.
    let _ = writeln!(o, "<a id=\"{}\"></a>\n\n## {}\n", s.anchor(), esc(&s.title));
    if let Some(intro) = &s.intro {
        let _ = writeln!(o, "{}\n", esc(intro));
    }
    if s.is_empty() {
        let _ = writeln!(o, "*{}*\n", esc(&s.empty_note));
        return;
    }
    match &s.body {
        Body::Entries(entries) => {
            for (i, e) in entries.iter().enumerate() {
                let _ = writeln!(
                    o,
                    "<a id=\"{}-{}\"></a>\n\n### {}\n\n{}: {}\n",
                    s.anchor(),
                    i + 1,
                    esc(&e.title),
                    labels::key(lang),
                    esc(&e.key)
                );
                items(o, lang, &e.items);
            }
        }
        Body::Table(t) => table(o, lang, t),
    }
}

fn items(o: &mut String, lang: Lang, items: &[Item]) {
    for i in items {
        let label = esc(&i.heading());
        match &i.value {
            Value::Text(lines) if lines.len() > 1 => {
                let _ = writeln!(o, "- **{label}:**");
                for l in lines {
                    let _ = writeln!(o, "  - {}", line(lang, l));
                }
            }
            v => {
                let _ = writeln!(o, "- **{label}:** {}", inline(lang, v));
            }
        }
    }
    o.push('\n');
}

/// A value on one line: list entries joined by semicolons.
fn inline(lang: Lang, v: &Value) -> String {
    match v {
        Value::Text(lines) => lines
            .iter()
            .map(|l| line(lang, l))
            .collect::<Vec<_>>()
            .join("; "),
        Value::NotRecorded => not_recorded(lang),
        Value::NotApplicable(why) => not_applicable(lang, why),
    }
}

fn line(lang: Lang, l: &Line) -> String {
    l.0.iter()
        .map(|s| match s {
            Span::Text(t) => esc(t),
            Span::NotRecorded => not_recorded(lang),
            Span::NotApplicable(why) => not_applicable(lang, why),
        })
        .collect()
}

fn not_recorded(lang: Lang) -> String {
    format!("*{}*", labels::not_recorded(lang))
}

fn not_applicable(lang: Lang, why: &str) -> String {
    format!("*{}: {}*", labels::not_applicable(lang), esc(why))
}

fn table(o: &mut String, lang: Lang, t: &Table) {
    let header: Vec<String> = t.columns.iter().map(|c| esc(c)).collect();
    let _ = writeln!(o, "| {} |", header.join(" | "));
    let _ = writeln!(o, "|{}", "---|".repeat(t.columns.len()));
    for row in &t.rows {
        let cells: Vec<String> = row.iter().map(|v| inline(lang, v)).collect();
        let _ = writeln!(o, "| {} |", cells.join(" | "));
    }
    o.push('\n');
}
