//! The print as one self-contained HTML5 page: inline CSS, no scripts, no
//! external resources, a table of contents, and every register text escaped
//! (minijinja's HTML escaping, the same the notice uses).

use std::fmt::Write;

use minijinja::HtmlEscape;

use super::labels;
use super::{Body, Item, Line, RegisterPrint, Section, Span, Table, Value};
use crate::Lang;

const CSS: &str = "\
body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;font-size:15px;\
line-height:1.45;color:#1a1a1a;max-width:60rem;margin:2rem auto;padding:0 1.2rem}\
h1{font-size:1.7rem;margin:0 0 .3rem}h2{font-size:1.35rem;margin:2.2rem 0 .8rem;\
border-bottom:2px solid #d0d7de;padding-bottom:.2rem}h3{font-size:1.1rem;margin:1.6rem 0 .3rem}\
.org{font-size:1.2rem;margin:0 0 1.2rem}.key{color:#555;font-size:.85rem;margin:0 0 .4rem}\
table{border-collapse:collapse;width:100%;margin:.3rem 0 1rem}\
th,td{border:1px solid #c8ccd0;padding:.3rem .45rem;vertical-align:top;text-align:left}\
table.items th{width:34%;background:#f6f8fa;font-weight:600}\
table.grid th{background:#f6f8fa}table.grid{font-size:.85rem}\
ul{margin:0;padding-left:1.1rem}.nr{color:#b00020;font-style:italic}\
.na{color:#555;font-style:italic}nav ul{list-style:none;padding-left:1.1rem}\
footer{margin-top:3rem;color:#555;font-size:.85rem;border-top:1px solid #d0d7de;padding-top:.5rem}\
@media print{body{max-width:none;margin:0}nav{break-after:page}h2{break-before:page}\
h3,table.items tr{break-inside:avoid}}";

fn esc(text: &str) -> HtmlEscape<'_> {
    HtmlEscape(text)
}

/// The print as HTML; the same content as the PDF.
pub fn to_html(print: &RegisterPrint) -> String {
    let lang = print.lang;
    let mut out = String::with_capacity(8192 + print.sections.len() * 2048);
    let o = &mut out;
    let date = labels::date(lang, print.printed_on);
    let _ = write!(
        o,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{} – {}</title>\n<style>{CSS}</style>\n</head>\n<body>\n",
        lang.code(),
        esc(&print.title),
        esc(&print.organisation)
    );
    let _ = writeln!(
        o,
        "<header>\n<h1>{}</h1>\n<p class=\"org\">{}</p>",
        esc(&print.title),
        esc(&print.organisation)
    );
    items(o, print, &print.cover);
    o.push_str("</header>\n");
    toc(o, print);
    o.push_str("<main>\n");
    for s in &print.sections {
        section(o, print, s);
    }
    let _ = writeln!(
        o,
        "</main>\n<footer>{} · {}</footer>\n</body>\n</html>",
        esc(&print.organisation),
        esc(&date)
    );
    out
}

fn toc(o: &mut String, print: &RegisterPrint) {
    let title = labels::contents(print.lang);
    let _ = writeln!(
        o,
        "<nav aria-labelledby=\"toc\">\n<h2 id=\"toc\">{}</h2>\n<ul>",
        esc(title)
    );
    for s in &print.sections {
        let _ = write!(o, "<li><a href=\"#{}\">{}</a>", s.anchor(), esc(&s.title));
        if let Body::Entries(entries) = &s.body {
            if !entries.is_empty() {
                o.push_str("\n<ul>\n");
                for (i, e) in entries.iter().enumerate() {
                    let _ = writeln!(
                        o,
                        "<li><a href=\"#{}-{}\">{}</a></li>",
                        s.anchor(),
                        i + 1,
                        esc(&e.title)
                    );
                }
                o.push_str("</ul>\n");
            }
        }
        o.push_str("</li>\n");
    }
    o.push_str("</ul>\n</nav>\n");
}

fn section(o: &mut String, print: &RegisterPrint, s: &Section) {
    let _ = writeln!(
        o,
        "<section id=\"{}\">\n<h2>{}</h2>",
        s.anchor(),
        esc(&s.title)
    );
    if let Some(intro) = &s.intro {
        let _ = writeln!(o, "<p>{}</p>", esc(intro));
    }
    if s.is_empty() {
        let _ = writeln!(o, "<p><em>{}</em></p>", esc(&s.empty_note));
    } else {
        match &s.body {
            Body::Entries(entries) => {
                for (i, e) in entries.iter().enumerate() {
                    let _ = writeln!(
                        o,
                        "<article id=\"{}-{}\">\n<h3>{}</h3>\n<p class=\"key\">{}: {}</p>",
                        s.anchor(),
                        i + 1,
                        esc(&e.title),
                        esc(labels::key(print.lang)),
                        esc(&e.key)
                    );
                    items(o, print, &e.items);
                    o.push_str("</article>\n");
                }
            }
            Body::Table(t) => table(o, print, t),
        }
    }
    o.push_str("</section>\n");
}

fn items(o: &mut String, print: &RegisterPrint, items: &[Item]) {
    o.push_str("<table class=\"items\">\n");
    for i in items {
        let _ = writeln!(
            o,
            "<tr><th scope=\"row\">{}</th><td>{}</td></tr>",
            esc(&i.heading()),
            value(print, &i.value)
        );
    }
    o.push_str("</table>\n");
}

fn table(o: &mut String, print: &RegisterPrint, t: &Table) {
    o.push_str("<table class=\"grid\">\n<thead><tr>");
    for c in &t.columns {
        let _ = write!(o, "<th scope=\"col\">{}</th>", esc(c));
    }
    o.push_str("</tr></thead>\n<tbody>\n");
    for row in &t.rows {
        o.push_str("<tr>");
        for v in row {
            let _ = write!(o, "<td>{}</td>", value(print, v));
        }
        o.push_str("</tr>\n");
    }
    o.push_str("</tbody>\n</table>\n");
}

fn value(print: &RegisterPrint, v: &Value) -> String {
    let lang = print.lang;
    match v {
        Value::Text(lines) if lines.len() == 1 => line(lang, &lines[0]),
        Value::Text(lines) => {
            let mut s = String::from("<ul>");
            for l in lines {
                let _ = write!(s, "<li>{}</li>", line(lang, l));
            }
            s.push_str("</ul>");
            s
        }
        Value::NotRecorded => not_recorded(lang),
        Value::NotApplicable(why) => not_applicable(lang, why),
    }
}

fn line(lang: Lang, l: &Line) -> String {
    l.0.iter()
        .map(|s| match s {
            Span::Text(t) => esc(t).to_string(),
            Span::NotRecorded => not_recorded(lang),
            Span::NotApplicable(why) => not_applicable(lang, why),
        })
        .collect()
}

fn not_recorded(lang: Lang) -> String {
    format!(
        "<span class=\"nr\">{}</span>",
        esc(labels::not_recorded(lang))
    )
}

fn not_applicable(lang: Lang, why: &str) -> String {
    format!(
        "<span class=\"na\">{}: {}</span>",
        esc(labels::not_applicable(lang)),
        esc(why)
    )
}
