//! The annexes that are tables: third-country transfers, the TOM catalog and
//! the change history.

use std::collections::HashSet;

use chrono::NaiveDate;

use super::entries::{one_line, section, Ctx};
use super::labels;
use super::parties::printed_parties;
use super::{Body, PrintOptions, Section, SectionKind, Table, Value};
use crate::{EntityKind, ProcessingActivity, Transfer};

/// Annex: every third-country transfer of the print in one table, including
/// those of processors' sub-processors and of the processor's record.
pub fn transfers(
    ctx: &Ctx<'_>,
    selected: &[&ProcessingActivity],
    options: &PrintOptions,
) -> Section {
    let mut rows = Vec::new();
    // The same description the activity pages print (super::transfers).
    let mut row = |origin: String, t: &Transfer| {
        let doc = ctx.transfer_doc(t);
        rows.push(vec![
            Value::text(origin),
            doc.recipient,
            Value::text(doc.country),
            Value::text(doc.mechanism),
            doc.tia,
            doc.documentation,
        ]);
    };
    for a in selected {
        // The same transfers the activity's page states, implied ones too.
        for t in &super::activity::with_implied(ctx, a) {
            row(format!("{} ({})", a.name, a.key), t);
        }
    }
    if options.processor_record {
        let word = ctx.l("Auftragsverarbeitung", "Processing on behalf");
        for e in &ctx.register.processor_activities {
            for t in &e.transfers {
                row(format!("{word}: {} ({})", e.name, e.key), t);
            }
        }
    }
    let word = ctx.l("Unterauftragsverarbeiter von", "Sub-processor of");
    for p in printed_parties(ctx, selected, options) {
        let Some(a) = &p.agreement else { continue };
        for s in &a.subprocessors {
            let third = s
                .country
                .as_deref()
                .and_then(|c| ctx.catalogs.country(c))
                .is_some_and(|c| c.is_third_country());
            if let (true, Some(country)) = (third, &s.country) {
                let t = Transfer {
                    recipient: Some(s.party.clone()),
                    country: country.clone(),
                    mechanism: s.mechanism.clone(),
                    ..Transfer::default()
                };
                row(format!("{word} {}", p.name), &t);
            }
        }
    }
    let columns = [
        ctx.l(
            "Herkunft (Verarbeitungstätigkeit)",
            "Origin (processing activity)",
        ),
        ctx.l("Empfänger", "Recipient"),
        ctx.l("Drittland", "Third country"),
        ctx.l(
            "Mechanismus (Art. 44 ff. DSGVO)",
            "Mechanism (Art. 44 et seq. GDPR)",
        ),
        ctx.l(
            "Transfer Impact Assessment (TIA)",
            "Transfer impact assessment (TIA)",
        ),
        ctx.l(
            "Dokumentation geeigneter Garantien",
            "Documentation of suitable safeguards",
        ),
    ];
    section(
        SectionKind::Transfers,
        ctx.l("Drittlandübermittlungen", "Third-country transfers"),
        None,
        Body::Table(Table {
            columns: columns.iter().map(|c| c.to_string()).collect(),
            rows,
        }),
        ctx.l(
            "Keine Übermittlung in ein Drittland oder an eine internationale Organisation erfasst.",
            "No transfer to a third country or international organisation recorded.",
        ),
    )
}

/// Annex: the TOM catalog, by protection goal.
pub fn toms(ctx: &Ctx<'_>, selected: &[&ProcessingActivity]) -> Section {
    let mut toms: Vec<&crate::Tom> = ctx.register.toms.iter().collect();
    toms.sort_by(|a, b| (a.goal, &a.key).cmp(&(b.goal, &b.key)));
    let rows = toms
        .iter()
        .map(|t| {
            let used = selected.iter().filter(|a| a.toms.contains(&t.key)).count();
            vec![
                Value::text(labels::goal(ctx.lang, t.goal)),
                Value::text(format!("{} ({})", t.title, t.key)),
                Value::opt(t.description.as_deref()),
                Value::text(used.to_string()),
            ]
        })
        .collect();
    let columns = [
        ctx.l(
            "Schutzziel (Art. 32 Abs. 1 DSGVO)",
            "Protection goal (Art. 32(1) GDPR)",
        ),
        ctx.l("Maßnahme", "Measure"),
        ctx.l("Beschreibung", "Description"),
        ctx.l(
            "Verwendet in Verarbeitungstätigkeiten",
            "Used in processing activities",
        ),
    ];
    section(
        SectionKind::Toms,
        ctx.l(
            "Katalog der technischen und organisatorischen Maßnahmen (TOM)",
            "Catalog of technical and organisational measures (TOMs)",
        ),
        None,
        Body::Table(Table {
            columns: columns.iter().map(|c| c.to_string()).collect(),
            rows,
        }),
        ctx.l(
            "Keine Maßnahme im Katalog erfasst.",
            "No measure recorded in the catalog.",
        ),
    )
}

/// Longest old or new value shown per changed field; the full history is in
/// the JSON export.
const MAX_VALUE: usize = 160;

fn short(value: &serde_json::Value) -> String {
    let text = match value {
        serde_json::Value::Null => "–".to_owned(),
        serde_json::Value::String(s) => s.clone(),
        other => other.to_string(),
    };
    let text = one_line(&text);
    match text.char_indices().nth(MAX_VALUE) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text,
    }
}

/// Annex: the change history since `since`, for the printed records.
pub fn history(
    ctx: &Ctx<'_>,
    selected: &[&ProcessingActivity],
    options: &PrintOptions,
    since: NaiveDate,
) -> Section {
    let printed: HashSet<&str> = selected.iter().map(|a| a.key.as_str()).collect();
    let rows = ctx
        .register
        .history
        .iter()
        .filter(|h| crate::clock::local_date(h.at) >= since)
        .filter(|h| match h.entity {
            EntityKind::Activity => {
                options.activities.is_none() || printed.contains(h.key.as_str())
            }
            EntityKind::ProcessorActivity => options.processor_record,
            _ => true,
        })
        .map(|h| {
            let entity = match h.entity {
                EntityKind::Organisation => ctx.l("Kopfdaten", "Header"),
                EntityKind::Activity => ctx.l("Verarbeitungstätigkeit", "Processing activity"),
                EntityKind::Party => ctx.l("Stelle", "Party"),
                EntityKind::Tom => "TOM",
                EntityKind::ProcessorActivity => {
                    ctx.l("Auftragsverarbeitung", "Processing on behalf")
                }
            };
            let action = match h.action {
                crate::ChangeAction::Create => ctx.l("angelegt", "created"),
                crate::ChangeAction::Update => ctx.l("geändert", "changed"),
                crate::ChangeAction::Delete => ctx.l("gelöscht", "deleted"),
            };
            let changes: Vec<String> = h
                .changes
                .iter()
                .map(|c| format!("{}: {} → {}", c.field, short(&c.old), short(&c.new)))
                .collect();
            vec![
                Value::text(format!(
                    "{} {} UTC",
                    ctx.date(crate::clock::local_date(h.at)),
                    h.at.format("%H:%M")
                )),
                Value::text(&h.user),
                Value::text(format!("{entity} {}", h.key)),
                Value::text(action),
                Value::lines(changes),
            ]
        })
        .collect();
    let columns = [
        ctx.l("Zeitpunkt", "Time"),
        ctx.l("Benutzer", "User"),
        ctx.l("Datensatz", "Record"),
        ctx.l("Aktion", "Action"),
        ctx.l(
            "Änderungen (Feld: vorher → nachher)",
            "Changes (field: before → after)",
        ),
    ];
    let title = format!(
        "{} {}",
        ctx.l("Änderungshistorie seit", "Change history since"),
        ctx.date(since)
    );
    section(
        SectionKind::History,
        &title,
        None,
        Body::Table(Table {
            columns: columns.iter().map(|c| c.to_string()).collect(),
            rows,
        }),
        ctx.l(
            "Seit diesem Tag wurde nichts geändert.",
            "Nothing was changed since that day.",
        ),
    )
}
