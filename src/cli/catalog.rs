//! `vvt catalog`: the reference data the register points into — legal
//! bases, countries, transfer mechanisms, supervisory authorities, the
//! questions of the DPIA threshold analysis — each
//! entry with its legal source and the date that source was checked, so a
//! DPO can see what the checks and the notice rely on.

use std::fmt::Write;

use chrono::NaiveDate;
use clap::{Args, ValueEnum};
use serde::Serialize;
use vvt::{Catalogs, Error, Lang, Store};

use super::l;

#[derive(Args)]
pub struct CatalogArgs {
    /// Which catalog to list; all when left out.
    #[arg(value_enum)]
    kind: Option<Kind>,
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
}

#[derive(Clone, Copy, PartialEq, ValueEnum)]
enum Kind {
    LegalBases,
    Countries,
    Mechanisms,
    Authorities,
    /// The questions of the DPIA threshold analysis: Art. 35(3), WP248, DSK list.
    DpiaCriteria,
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    /// Each entry with its source and check date, in the CLI's language.
    Text,
    /// The entries as stored, both languages in each.
    Json,
}

/// The catalogs `vvt catalog --format json` writes when no kind is given.
#[derive(Serialize)]
struct All<'a> {
    legal_bases: &'a [vvt::LegalBasis],
    countries: &'a [vvt::Country],
    mechanisms: &'a [vvt::TransferMechanism],
    authorities: &'a [vvt::Authority],
    dpia_criteria: &'a [vvt::DpiaCriterion],
}

pub fn run(store: &Store, args: CatalogArgs, lang: Lang) -> Result<(), Error> {
    let c = store.catalogs();
    match (args.format, args.kind) {
        (Format::Json, None) => super::print_json(&All {
            legal_bases: &c.legal_bases,
            countries: &c.countries,
            mechanisms: &c.mechanisms,
            authorities: &c.authorities,
            dpia_criteria: &c.dpia_criteria,
        }),
        (Format::Json, Some(Kind::LegalBases)) => super::print_json(&c.legal_bases),
        (Format::Json, Some(Kind::Countries)) => super::print_json(&c.countries),
        (Format::Json, Some(Kind::Mechanisms)) => super::print_json(&c.mechanisms),
        (Format::Json, Some(Kind::Authorities)) => super::print_json(&c.authorities),
        (Format::Json, Some(Kind::DpiaCriteria)) => super::print_json(&c.dpia_criteria),
        (Format::Text, kind) => {
            print!("{}", text(c, kind, lang));
            Ok(())
        }
    }
}

/// The catalogs as text: a heading per catalog, then per entry its code and
/// name, its source and the date the source was checked.
fn text(c: &Catalogs, kind: Option<Kind>, lang: Lang) -> String {
    let mut out = String::new();
    let wanted = |k: Kind| kind.is_none_or(|w| w == k);
    if wanted(Kind::LegalBases) {
        heading(
            &mut out,
            l(lang, "Rechtsgrundlagen", "Legal bases"),
            c.legal_bases.len(),
        );
        for b in &c.legal_bases {
            let title = format!("{} – {}", b.citation(lang), b.label(lang));
            entry(&mut out, &b.code, &title, &b.source, b.checked_on, lang);
        }
    }
    if wanted(Kind::Countries) {
        heading(
            &mut out,
            l(
                lang,
                "Länder und internationale Organisationen",
                "Countries and international organisations",
            ),
            c.countries.len(),
        );
        for country in &c.countries {
            let status = match (&country.adequacy, country.eea) {
                (_, true) => l(lang, "EWR", "EEA").to_owned(),
                (Some(a), false) => {
                    let scope = match lang {
                        Lang::De => a.scope_de.as_deref(),
                        Lang::En => a.scope_en.as_deref(),
                    };
                    let scope = scope.map(|s| format!(", {s}")).unwrap_or_default();
                    format!(
                        "{} {} {}{scope}",
                        l(lang, "Angemessenheitsbeschluss", "adequacy decision"),
                        a.decision,
                        date(a.date, lang)
                    )
                }
                (None, false) => l(lang, "Drittland", "third country").to_owned(),
            };
            let title = format!("{} ({status})", country.name(lang));
            entry(
                &mut out,
                &country.code,
                &title,
                &country.source,
                country.checked_on,
                lang,
            );
        }
    }
    if wanted(Kind::Mechanisms) {
        heading(
            &mut out,
            l(lang, "Übermittlungsinstrumente", "Transfer mechanisms"),
            c.mechanisms.len(),
        );
        for m in &c.mechanisms {
            let invalid = if m.valid {
                ""
            } else {
                l(lang, " [ungültig]", " [invalid]")
            };
            let title = format!("{} – {}{invalid}", m.citation(lang), m.label(lang));
            entry(&mut out, &m.code, &title, &m.source, m.checked_on, lang);
        }
    }
    if wanted(Kind::Authorities) {
        heading(
            &mut out,
            l(lang, "Aufsichtsbehörden", "Supervisory authorities"),
            c.authorities.len(),
        );
        for a in &c.authorities {
            let sector = match a.sector.as_str() {
                "private" => l(lang, "nicht-öffentliche Stellen", "private bodies"),
                "public" => l(lang, "öffentliche Stellen", "public bodies"),
                _ => l(
                    lang,
                    "öffentliche und nicht-öffentliche Stellen",
                    "public and private bodies",
                ),
            };
            let title = format!("{} ({sector}; {})", a.name, a.address);
            entry(&mut out, &a.code, &title, &a.source, a.checked_on, lang);
        }
    }
    if wanted(Kind::DpiaCriteria) {
        heading(
            &mut out,
            l(
                lang,
                "Fragen der DSFA-Schwellwertanalyse",
                "Questions of the DPIA threshold analysis",
            ),
            c.dpia_criteria.len(),
        );
        for q in &c.dpia_criteria {
            let title = format!("{} – {}", q.citation(lang), q.label(lang));
            entry(&mut out, &q.code, &title, &q.source, q.checked_on, lang);
        }
    }
    out
}

fn heading(out: &mut String, title: &str, n: usize) {
    if !out.is_empty() {
        out.push('\n');
    }
    let _ = writeln!(out, "{title} ({n})");
}

fn entry(out: &mut String, code: &str, title: &str, source: &str, checked: NaiveDate, lang: Lang) {
    let _ = writeln!(out, "{code}  {title}");
    let _ = writeln!(out, "    {}: {source}", l(lang, "Quelle", "Source"));
    let _ = writeln!(
        out,
        "    {}: {}",
        l(lang, "Geprüft am", "Checked on"),
        date(checked, lang)
    );
}

fn date(d: NaiveDate, lang: Lang) -> String {
    match lang {
        Lang::De => d.format("%d.%m.%Y").to_string(),
        Lang::En => d.format("%Y-%m-%d").to_string(),
    }
}
