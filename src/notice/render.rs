//! Lays a [`Notice`] out as HTML, Markdown or typst/PDF with minijinja.
//!
//! Each format has one structure template (`notice.html.j2`, `notice.md.j2`,
//! `notice.typ.j2`); the wording lives in per-language blocks (`de/*.j2`,
//! `en/*.j2`) that the structure imports. The engine escapes every value for
//! the format of the template being rendered — HTML by its own rules,
//! Markdown and typst through [`super::escape`] — including values printed
//! inside the language blocks' macros, which run in the caller's escaping.

use std::path::{Path, PathBuf};

use minijinja::value::Value;
use minijinja::{AutoEscape, Environment, Output, State, UndefinedBehavior};

use super::escape;
use super::templates::builtin;
use super::Notice;
use crate::{Error, Result};

/// The notice as one self-contained HTML5 page (inline CSS, no scripts).
pub fn render_html(notice: &Notice) -> Result<String> {
    render(notice, "notice.html.j2")
}

/// The notice as Markdown (CommonMark), with the same content as the HTML.
pub fn render_markdown(notice: &Notice) -> Result<String> {
    render(notice, "notice.md.j2")
}

/// The typst markup the PDF is typeset from.
pub fn render_typst(notice: &Notice) -> Result<String> {
    render(notice, "notice.typ.j2")
}

/// The notice as an A4 PDF with page numbers and embedded fonts.
pub fn render_pdf(notice: &Notice) -> Result<Vec<u8>> {
    crate::pdf::compile(&render_typst(notice)?)
}

/// The notice as a Word document, read from its Markdown so that the
/// wording, the gap marks and an organisation's templates are the same
/// (`src/docx/`).
pub fn render_docx(notice: &Notice) -> Result<Vec<u8>> {
    let markdown = render_markdown(notice)?;
    let (docx, bodies, title) = crate::docx::from_markdown(crate::docx::document(), &markdown)?;
    crate::docx::pack(docx, &bodies, &title, notice.lang)
}

/// The work an organisation's templates may do, as minijinja fuel (about
/// one unit per instruction): a base for the page and a share for each
/// activity, several times what the built-in templates need, so that a
/// template that loops without end fails within seconds instead of
/// running — and writing — on.
fn fuel(notice: &Notice) -> u64 {
    20_000_000 + 50_000 * notice.activities.len() as u64
}

/// From this many activity sections on, they are rendered side by side
/// before the page (see [`render_sections`]); below, the page renders them.
const PARALLEL_SECTIONS: usize = 64;

fn render(notice: &Notice, name: &str) -> Result<String> {
    let sections = notice.shared.len() + notice.activities.len();
    render_with(
        notice,
        name,
        sections >= PARALLEL_SECTIONS && std::env::var_os("VVT_SERIAL").is_none(),
    )
}

fn render_with(notice: &Notice, name: &str, parallel: bool) -> Result<String> {
    let mut env = environment(notice.templates.as_deref());
    if notice.templates.is_some() {
        env.set_fuel(Some(fuel(notice)));
    }
    let template = env.get_template(name).map_err(template_error)?;
    let lang = notice.lang.code();
    let (first, second) = section_values(&notice.activities);
    let sections = match section_template(name) {
        Some(section) if parallel => Some(render_sections(
            &env,
            &section,
            lang,
            &notice.shared,
            [first.as_slice(), second.as_slice()].concat(),
        )?),
        _ => None,
    };
    let n = Value::from_serialize(NoticeView {
        notice,
        activities: first.iter().chain(&second).cloned().collect(),
    });
    let context = match sections {
        Some(sections) => minijinja::context! { n, lang, sections },
        None => minijinja::context! { n, lang },
    };
    let text = template.render(context).map_err(template_error)?;
    // The sections' values are the bulk of what the template saw; freeing
    // them is split like their conversion, once nothing else holds them.
    drop(n);
    std::thread::scope(|scope| {
        scope.spawn(move || drop(second));
        drop(first);
    });
    Ok(tidy(&text))
}

/// The template of one activity section of the format of `name`
/// (`notice.html.j2` → `notice-section.html.j2`), where the format has one.
fn section_template(name: &str) -> Option<String> {
    let section = name.replacen("notice.", "notice-section.", 1);
    builtin(&section).map(|_| section)
}

/// Renders every activity section (the shared ones first, numbered from 1
/// as the page numbers them) with the `section` macro of `name`, the two
/// halves side by side: on a register of thousands of activities the
/// sections are nearly all of the page. The page then prints them in order.
fn render_sections(
    env: &Environment<'_>,
    name: &str,
    lang: &str,
    shared: &[super::ActivityNotice],
    activities: Vec<Value>,
) -> Result<Vec<Value>> {
    let mut all: Vec<Value> = shared.iter().map(Value::from_serialize).collect();
    all.extend(activities);
    let part =
        |offset: usize, part: &[Value]| -> std::result::Result<Vec<Value>, minijinja::Error> {
            let template = env.get_template(name)?;
            // The section template's top level only imports and defines.
            let captured = template.render_captured(minijinja::context! { lang })?;
            let state = captured.state();
            part.iter()
                .enumerate()
                .map(|(i, a)| {
                    let index = Value::from(offset + i + 1);
                    state
                        .call_macro("section", &[a.clone(), index])
                        .map(Value::from_safe_string)
                })
                .collect()
        };
    let middle = all.len() / 2;
    let (head, tail) = all.split_at(middle);
    let (head, tail) = std::thread::scope(|scope| {
        let tail = scope.spawn(|| part(middle, tail));
        (part(0, head), tail.join())
    });
    let tail = match tail {
        Ok(tail) => tail,
        Err(panic) => std::panic::resume_unwind(panic),
    };
    let mut sections = head.map_err(template_error)?;
    sections.extend(tail.map_err(template_error)?);
    Ok(sections)
}

/// The notice as the templates see it: every field of [`Notice`], with the
/// activity sections already converted.
#[derive(serde::Serialize)]
struct NoticeView<'a> {
    #[serde(flatten)]
    notice: &'a Notice,
    activities: Vec<Value>,
}

/// Converts the activity sections to template values in two halves side by
/// side: on a register of thousands of activities the conversion is a
/// sizeable part of rendering (docs/performance.md), and every machine the
/// desktop app runs on has a second core.
fn section_values(activities: &[super::ActivityNotice]) -> (Vec<Value>, Vec<Value>) {
    let convert = |part: &[super::ActivityNotice]| -> Vec<Value> {
        part.iter().map(Value::from_serialize).collect()
    };
    if activities.len() < 64 {
        return (convert(activities), Vec::new());
    }
    let (head, tail) = activities.split_at(activities.len() / 2);
    std::thread::scope(|scope| {
        let tail = scope.spawn(|| convert(tail));
        let head = convert(head);
        match tail.join() {
            Ok(tail) => (head, tail),
            Err(panic) => std::panic::resume_unwind(panic),
        }
    })
}

/// Drops trailing blanks and runs of empty lines that optional sections leave
/// behind, so the published text (and its diff) stays clean.
fn tidy(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut blank = 0;
    for line in text.lines() {
        let line = line.trim_end();
        if line.is_empty() {
            blank += 1;
            if blank > 1 || out.is_empty() {
                continue;
            }
        } else {
            blank = 0;
        }
        out.push_str(line);
        out.push('\n');
    }
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
}

fn template_error(e: minijinja::Error) -> Error {
    let mut reason = e.to_string();
    let mut source = std::error::Error::source(&e);
    while let Some(s) = source {
        reason.push_str(&format!(": {s}"));
        source = s.source();
    }
    Error::render("notice template", reason)
}

fn environment(overrides: Option<&Path>) -> Environment<'static> {
    let mut env = Environment::new();
    // A misspelt name in an organisation's template must fail loudly rather
    // than silently print nothing where an Art. 13 item belongs.
    env.set_undefined_behavior(UndefinedBehavior::Strict);
    env.set_trim_blocks(true);
    env.set_lstrip_blocks(true);
    env.set_keep_trailing_newline(true);
    env.set_auto_escape_callback(|name| {
        if name.ends_with(".html.j2") {
            AutoEscape::Html
        } else if name.ends_with(".md.j2") {
            AutoEscape::Custom("markdown")
        } else if name.ends_with(".typ.j2") {
            AutoEscape::Custom("typst")
        } else {
            AutoEscape::None
        }
    });
    env.set_formatter(format_value);
    let folder = overrides.map(|d| d.join("notice"));
    env.set_loader(move |name| load(folder.as_deref(), name));
    env.add_filter("date", format_date);
    env.add_filter("typst_str", typst_str);
    env.add_filter("addr", address_lines);
    env.add_filter("sentence", sentence);
    env.add_filter("cap", capitalise);
    env.add_filter("squash", squash);
    env
}

/// An override in `<folder>/notice/<name>` wins over the built-in template.
fn load(
    folder: Option<&Path>,
    name: &str,
) -> std::result::Result<Option<String>, minijinja::Error> {
    if name.split('/').any(|part| part == ".." || part.is_empty()) {
        return Ok(None);
    }
    if let Some(dir) = folder {
        let path: PathBuf = dir.join(name);
        // Anything under the name, also a device or a pipe, is the
        // organisation's template and is held to the bounds of one.
        if std::fs::symlink_metadata(&path).is_ok() {
            return super::overrides::read_template(&path)
                .map(Some)
                .map_err(|e| {
                    minijinja::Error::new(minijinja::ErrorKind::InvalidOperation, e.to_string())
                });
        }
    }
    Ok(builtin(name).map(str::to_owned))
}

fn format_value(
    out: &mut Output,
    state: &State,
    value: &Value,
) -> std::result::Result<(), minijinja::Error> {
    if value.is_none() || value.is_undefined() {
        // `none` must never reach a reader as the word "none".
        return Err(minijinja::Error::new(
            minijinja::ErrorKind::InvalidOperation,
            "a template printed an empty value; guard it with {% if … %}",
        ));
    }
    let escape: fn(&str) -> std::borrow::Cow<'_, str> = match state.auto_escape() {
        _ if value.is_safe() => return minijinja::escape_formatter(out, state, value),
        AutoEscape::Custom("markdown") => escape::markdown,
        AutoEscape::Custom("typst") => escape::typst,
        _ => return minijinja::escape_formatter(out, state, value),
    };
    let written = match value.as_str() {
        Some(text) => out.write_str(&escape(text)),
        None => out.write_str(&escape(&value.to_string())),
    };
    written.map_err(minijinja::Error::from)
}

/// `{{ n.stand | date(t.date_format) }}` with chrono's format syntax.
fn format_date(value: String, format: String) -> std::result::Result<String, minijinja::Error> {
    let date = chrono::NaiveDate::parse_from_str(&value, "%Y-%m-%d").map_err(|e| {
        minijinja::Error::new(
            minijinja::ErrorKind::InvalidOperation,
            format!("not a date: {value}"),
        )
        .with_source(e)
    })?;
    let items = chrono::format::StrftimeItems::new(&format);
    let mut out = String::new();
    use std::fmt::Write;
    write!(out, "{}", date.format_with_items(items)).map_err(|_| {
        minijinja::Error::new(
            minijinja::ErrorKind::InvalidOperation,
            format!("bad date format: {format}"),
        )
    })?;
    Ok(out)
}

/// A typst string literal (for `#set document(title: …)`), already safe.
fn typst_str(value: String) -> Value {
    let mut out = String::with_capacity(value.len() + 2);
    out.push('"');
    for c in value.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' | '\r' => out.push(' '),
            _ => out.push(c),
        }
    }
    out.push('"');
    Value::from_safe_string(out)
}

/// Ends a recorded text with a full stop unless it already ends a sentence.
fn sentence(value: String) -> String {
    let trimmed = value.trim_end();
    match trimmed.chars().last() {
        Some('.' | '!' | '?' | ':' | ')' | '"' | '“' | '”') | None => trimmed.to_owned(),
        Some(_) => format!("{trimmed}."),
    }
}

/// Starts a recorded text with a capital letter, for a sentence that
/// follows another one ("… GmbH. Gespeichert, bis …").
fn capitalise(value: String) -> String {
    let mut chars = value.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => value,
    }
}

/// Collapses the line breaks and indentation of a macro's output into single
/// spaces, so a sentence written over several template lines stays one line
/// (a line break in Markdown or typst could end a list). Keeps the value safe.
fn squash(value: Value) -> Value {
    let owned;
    let text = match value.as_str() {
        Some(text) => text,
        None => {
            owned = value.to_string();
            &owned
        }
    };
    let mut squashed = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !squashed.is_empty() {
            squashed.push(' ');
        }
        squashed.push_str(word);
    }
    if value.is_safe() {
        Value::from_safe_string(squashed)
    } else {
        Value::from(squashed)
    }
}

/// Splits an address into its lines; a one-line address with commas stays
/// one line, as recorded.
fn address_lines(value: String) -> Vec<String> {
    value
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_owned)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::notice::{build, NoticeOptions};

    /// The sections rendered side by side give the page the template gives
    /// when it renders them itself, in every format that has them.
    #[test]
    fn sections_side_by_side_give_the_same_page() {
        let register = crate::synthetic::synthetic_register(90, 3);
        let store = crate::Store::open_in_memory().expect("an in-memory register opens");
        let stand = chrono::NaiveDate::from_ymd_opt(2026, 1, 1).expect("a date");
        for lang in [crate::Lang::De, crate::Lang::En] {
            let mut options = NoticeOptions::new(lang, stand);
            options.activities = Some(register.activities.iter().map(|a| a.key.clone()).collect());
            let notice = build(&register, store.catalogs(), &options);
            assert!(notice.activities.len() + notice.shared.len() >= PARALLEL_SECTIONS);
            for name in ["notice.html.j2", "notice.md.j2", "notice.typ.j2"] {
                let alone = render_with(&notice, name, false).expect("renders");
                let side_by_side = render_with(&notice, name, true).expect("renders");
                assert!(alone.contains("activity-90") || !name.contains("html"));
                assert_eq!(alone, side_by_side, "{name} in {lang:?}");
            }
        }
    }
}
