//! Plain-text views for the terminal: the activity table and one activity.

use std::fmt::Write;

use vvt::{Catalogs, Lang, ProcessingActivity, Register};

pub fn table(items: &[vvt::ActivityListItem]) {
    let width = |f: &dyn Fn(&vvt::ActivityListItem) -> usize, min: usize| {
        items.iter().map(f).max().unwrap_or(0).max(min)
    };
    let kw = width(&|i| i.key.chars().count(), 3);
    let nw = width(&|i| i.name.chars().count(), 11);
    println!(
        "{:<kw$}  {:<nw$}  {:<8}  {:>6}  {:>9}  Nächste Prüfung",
        "Key", "Bezeichnung", "Status", "Zwecke", "Drittland"
    );
    for i in items {
        println!(
            "{:<kw$}  {:<nw$}  {:<8}  {:>6}  {:>9}  {}",
            i.key,
            i.name,
            i.status.code(),
            i.purpose_count,
            i.transfer_count,
            i.next_review
                .map(|d| d.format("%d.%m.%Y").to_string())
                .unwrap_or_else(|| "–".into())
        );
    }
    if items.is_empty() {
        println!("(keine Verarbeitungstätigkeiten)");
    }
}

/// A label in the chosen language.
fn l(lang: Lang, de: &'static str, en: &'static str) -> &'static str {
    match lang {
        Lang::De => de,
        Lang::En => en,
    }
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
    let _ = writeln!(o, "{}: {}", l(lang, "Status", "Status"), a.status.code());
    let _ = writeln!(
        o,
        "{}: {}",
        l(
            lang,
            "Verantwortliche Fachabteilung",
            "Responsible department"
        ),
        or_missing(lang, &a.department)
    );
    let _ = writeln!(
        o,
        "{}: {}",
        l(lang, "Ansprechpartner", "Contact person"),
        or_missing(lang, &a.contact_person)
    );
    if let Some(d) = &a.description {
        let _ = writeln!(o, "{}: {d}", l(lang, "Beschreibung", "Description"));
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
            "Categories of personal data and erasure periods"
        )
    );
    for c in &a.data_categories {
        let retention = match &c.retention {
            None => l(
                lang,
                "keine Löschfrist erfasst",
                "no erasure period recorded",
            )
            .to_owned(),
            Some(r) => {
                let mut parts = Vec::new();
                if let Some(p) = r.period {
                    parts.push(format!("{} {}", p.amount, p.unit.code()));
                }
                parts.extend(r.criterion.clone());
                parts.extend(
                    r.starts_at
                        .clone()
                        .map(|s| format!("{} {s}", l(lang, "ab", "from"))),
                );
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
        let _ = writeln!(o, "  - {who} ({})", r.role.code());
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
    out
}
