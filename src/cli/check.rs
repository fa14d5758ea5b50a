//! `vvt check`: the register's findings for a terminal or a script. Exits
//! with 1 when any finding is an error, so CI and scripts can gate on it.

use std::fmt::Write;
use std::process::ExitCode;

use clap::ValueEnum;
use vvt::checks::{self, Counts, Finding};
use vvt::{EntityKind, Error, Lang, Store};

#[derive(Clone, Copy, ValueEnum)]
pub enum Format {
    /// One line per finding, grouped by record, and a summary.
    Text,
    /// The findings as a JSON array, both languages in each finding.
    Json,
}

pub fn run(
    store: &Store,
    format: Format,
    activities: &[String],
    lang: Lang,
) -> Result<ExitCode, Error> {
    let register = store.load()?;
    if let Some(unknown) = activities.iter().find(|k| register.activity(k).is_none()) {
        return Err(Error::NotFound {
            entity: "activity",
            key: unknown.clone(),
        });
    }
    let mut findings = checks::check(&register, store.catalogs(), vvt::clock::today());
    if !activities.is_empty() {
        let keys: Vec<&str> = activities.iter().map(String::as_str).collect();
        findings = checks::for_activities(findings, &register, &keys);
    }
    match format {
        Format::Json => super::print_json(&findings)?,
        Format::Text => print!("{}", text(&findings, lang)),
    }
    Ok(if checks::has_errors(&findings) {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// How a record is named in the text output; parties and TOMs get a prefix
/// because their keys may equal an activity's.
fn record_label(f: &Finding) -> String {
    match f.record.entity {
        EntityKind::Activity | EntityKind::Organisation => f.record.key.clone(),
        other => format!("{}:{}", other.code(), f.record.key),
    }
}

pub fn text(findings: &[Finding], lang: Lang) -> String {
    let mut out = String::new();
    let width = |w: &dyn Fn(&Finding) -> usize| findings.iter().map(w).max().unwrap_or(0);
    let sw = width(&|f| f.severity.label(lang).chars().count());
    let kw = width(&|f| record_label(f).chars().count());
    let fw = width(&|f| f.field.chars().count());
    let mut previous: Option<String> = None;
    for f in findings {
        let record = record_label(f);
        if previous.as_ref().is_some_and(|p| *p != record) {
            out.push('\n');
        }
        let _ = writeln!(
            out,
            "{:<sw$}  {:<kw$}  {:<fw$}  {}  {} → {}",
            f.severity.label(lang),
            record,
            f.field,
            f.source(lang),
            f.message(lang),
            f.hint(lang)
        );
        previous = Some(record);
    }
    if !findings.is_empty() {
        out.push('\n');
    }
    out.push_str(&summary(Counts::of(findings), lang));
    out.push('\n');
    out
}

fn summary(c: Counts, lang: Lang) -> String {
    if c == Counts::default() {
        return match lang {
            Lang::De => "Keine Befunde.".into(),
            Lang::En => "No findings.".into(),
        };
    }
    let n = |count: usize, one: &str, many: &str| {
        format!("{count} {}", if count == 1 { one } else { many })
    };
    match lang {
        Lang::De => format!(
            "Befunde: {}, {}, {}",
            n(c.error, "Fehler", "Fehler"),
            n(c.warning, "Warnung", "Warnungen"),
            n(c.info, "Hinweis", "Hinweise")
        ),
        Lang::En => format!(
            "Findings: {}, {}, {}",
            n(c.error, "error", "errors"),
            n(c.warning, "warning", "warnings"),
            n(c.info, "info", "infos")
        ),
    }
}
