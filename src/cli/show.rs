//! Plain-text views for the terminal: the activity table and one activity,
//! in the language of `--lang`.

use std::fmt::Write;

use vvt::vocabulary::Term;
use vvt::{ActivityListItem, Catalogs, Lang, ProcessingActivity, Register};

use super::l;

pub fn table(items: &[ActivityListItem], lang: Lang) -> String {
    if items.is_empty() {
        return format!(
            "{}\n",
            l(
                lang,
                "(keine Verarbeitungstätigkeiten)",
                "(no processing activities)"
            )
        );
    }
    // "Kennung" and "Nächste Überprüfung" are the desktop app's words.
    let header = [
        l(lang, "Kennung", "Key"),
        l(lang, "Bezeichnung", "Name"),
        "Status",
        l(lang, "Zwecke", "Purposes"),
        l(lang, "Drittland", "Transfers"),
        l(lang, "Nächste Überprüfung", "Next review"),
    ]
    .map(str::to_owned);
    let rows: Vec<[String; 6]> = items.iter().map(|i| row(i, lang)).collect();
    let mut widths = header.each_ref().map(|h| h.chars().count());
    for r in &rows {
        for (w, cell) in widths.iter_mut().zip(r) {
            *w = (*w).max(cell.chars().count());
        }
    }
    let mut out = String::new();
    for r in std::iter::once(&header).chain(&rows) {
        out.push_str(&line(r, &widths));
        out.push('\n');
    }
    out
}

/// The cells of one activity; the counts are right-aligned by [`line`].
fn row(i: &ActivityListItem, lang: Lang) -> [String; 6] {
    [
        i.key.clone(),
        i.name.clone(),
        i.status.label(lang).to_owned(),
        i.purpose_count.to_string(),
        i.transfer_count.to_string(),
        i.next_review
            .map(|d| date(lang, d))
            .unwrap_or_else(|| "–".into()),
    ]
}

/// Columns 3 and 4 are counts and right-aligned; the last column is not
/// padded, so no line ends in blanks.
fn line(cells: &[String; 6], widths: &[usize; 6]) -> String {
    let padded: Vec<String> = cells
        .iter()
        .zip(widths)
        .enumerate()
        .map(|(n, (cell, &w))| match n {
            3 | 4 => format!("{cell:>w$}"),
            5 => cell.clone(),
            _ => format!("{cell:<w$}"),
        })
        .collect();
    padded.join("  ")
}

/// A day as the desktop app writes it: "27.11.2026" / "27 Nov 2026".
fn date(lang: Lang, d: chrono::NaiveDate) -> String {
    d.format(l(lang, "%d.%m.%Y", "%-d %b %Y")).to_string()
}

fn or_missing(lang: Lang, v: &Option<String>) -> String {
    v.clone()
        .unwrap_or_else(|| l(lang, "(nicht erfasst)", "(not recorded)").into())
}

pub fn activity(
    a: &ProcessingActivity,
    register: &Register,
    catalogs: &Catalogs,
    lang: Lang,
) -> String {
    let mut out = String::new();
    let o = &mut out;
    let _ = writeln!(o, "{} – {}", a.key, a.name);
    let _ = writeln!(o, "Status: {}", a.status.label(lang));
    let _ = writeln!(
        o,
        "{}: {}",
        Term::Department.text(lang),
        or_missing(lang, &a.department)
    );
    let _ = writeln!(
        o,
        "{}: {}",
        Term::ContactPerson.text(lang),
        or_missing(lang, &a.contact_person)
    );
    if let Some(d) = &a.description {
        let _ = writeln!(o, "{}: {d}", Term::Description.text(lang));
    }
    let _ = writeln!(
        o,
        "\n{}:",
        l(
            lang,
            "Zwecke der Verarbeitung und Rechtsgrundlagen",
            "Purposes and legal bases"
        )
    );
    for p in &a.purposes {
        let bases: Vec<String> = p
            .legal_bases
            .iter()
            .map(|c| {
                catalogs
                    .legal_basis(c)
                    .map(|b| b.citation(lang).to_owned())
                    .unwrap_or_else(|| c.clone())
            })
            .collect();
        let _ = writeln!(o, "  - {} [{}]", p.description, bases.join(", "));
        if let Some(i) = &p.legitimate_interests {
            let _ = writeln!(
                o,
                "    {}: {i}",
                l(lang, "Berechtigtes Interesse", "Legitimate interest")
            );
        }
        if let Some(n) = &p.legal_basis_note {
            let _ = writeln!(
                o,
                "    {}: {n}",
                l(lang, "Weitere Rechtsgrundlage", "Further legal basis")
            );
        }
    }
    let _ = writeln!(
        o,
        "\n{}: {}",
        l(
            lang,
            "Kategorien betroffener Personen",
            "Categories of data subjects"
        ),
        a.data_subjects.join(", ")
    );
    let _ = writeln!(
        o,
        "\n{}:",
        l(
            lang,
            "Kategorien personenbezogener Daten und Löschfristen",
            "Categories of personal data and retention periods"
        )
    );
    for c in &a.data_categories {
        let retention = match &c.retention {
            None => l(
                lang,
                "keine Löschfrist erfasst",
                "no retention period recorded",
            )
            .to_owned(),
            Some(r) => {
                let mut parts = Vec::new();
                if let Some(p) = r.period {
                    parts.push(p.label(lang));
                }
                parts.extend(r.criterion.clone());
                parts.extend(
                    r.start_words(lang)
                        .map(|s| format!("{} {s}", l(lang, "ab", "from"))),
                );
                parts.extend(r.at_end.map(|end| end.label(lang).to_owned()));
                parts.join("; ")
            }
        };
        let flag = if c.special {
            " (Art. 9)"
        } else if c.criminal {
            " (Art. 10)"
        } else {
            ""
        };
        let _ = writeln!(o, "  - {}{flag}: {retention}", c.name);
    }
    let _ = writeln!(
        o,
        "\n{}:",
        l(
            lang,
            "Kategorien von Empfängern",
            "Categories of recipients"
        )
    );
    for r in &a.recipients {
        let who = r
            .party
            .as_deref()
            .and_then(|k| register.party(k))
            .map(|p| p.name.clone())
            .or_else(|| r.description.clone())
            .unwrap_or_default();
        let _ = writeln!(o, "  - {who} ({})", r.role.label(lang));
    }
    let _ = writeln!(
        o,
        "\n{}:",
        l(
            lang,
            "Übermittlungen in Drittländer",
            "Third-country transfers"
        )
    );
    if a.transfers.is_empty() {
        let _ = writeln!(o, "  {}", l(lang, "keine", "none"));
    }
    for t in &a.transfers {
        let country = catalogs
            .country(&t.country)
            .map(|c| c.name(lang).to_owned())
            .unwrap_or_else(|| t.country.clone());
        let mechanism = t
            .mechanism
            .as_deref()
            .and_then(|m| catalogs.mechanism(m))
            .map(|m| format!("{} ({})", m.label(lang), m.citation(lang)))
            .unwrap_or_else(|| {
                l(lang, "(Garantie nicht erfasst)", "(safeguard not recorded)").into()
            });
        let _ = writeln!(o, "  - {country}: {mechanism}");
    }
    let _ = writeln!(
        o,
        "\n{}: {}",
        l(
            lang,
            "Technische und organisatorische Maßnahmen (TOM)",
            "Technical and organisational measures (TOMs)"
        ),
        a.toms.join(", ")
    );
    let _ = writeln!(
        o,
        "{}: {}",
        l(
            lang,
            "Information der Betroffenen",
            "Informing the data subjects"
        ),
        a.information.describe(lang)
    );
    out
}
