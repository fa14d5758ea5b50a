//! The processor's record (Art. 30(2)) as printed: one entry per processing
//! done on behalf of another controller.

use super::entries::{item, one_line, section, Ctx};
use super::header;
use super::labels::art30;
use super::{Body, Entry, Line, Section, SectionKind, Value};
use crate::vocabulary::Term;
use crate::ClientController;

/// Art. 30(2): one entry per processing done on behalf of a controller.
pub fn processor_record(ctx: &Ctx<'_>) -> Section {
    let lang = ctx.lang;
    let art = |letter| Some(art30(lang, 2, letter));
    let org = &ctx.register.organisation;
    let entries = ctx
        .register
        .processor_activities
        .iter()
        .enumerate()
        .map(|(i, e)| {
            let c = &e.controller;
            let items = vec![
                item(None, ctx.l("Bezeichnung", "Name"), Value::text(&e.name)),
                item(
                    art('a'),
                    ctx.l(
                        "Name und Kontaktdaten des Auftragsverarbeiters",
                        "Name and contact details of the processor",
                    ),
                    header::controller(ctx, org),
                ),
                item(
                    art('a'),
                    ctx.l(
                        "Datenschutzbeauftragter des Auftragsverarbeiters",
                        "Processor's data protection officer",
                    ),
                    header::dpo(ctx, org),
                ),
                item(
                    art('a'),
                    ctx.l(
                        "Vertreter des Auftragsverarbeiters (Art. 27 DSGVO)",
                        "Processor's representative (Art. 27 GDPR)",
                    ),
                    header::representative(ctx, org),
                ),
                item(
                    art('a'),
                    ctx.l(
                        "Verantwortlicher, in dessen Auftrag verarbeitet wird",
                        "Controller on whose behalf the processor acts",
                    ),
                    client(ctx, c),
                ),
                item(
                    art('a'),
                    ctx.l(
                        "Vertreter des Verantwortlichen (Art. 27 DSGVO)",
                        "Controller's representative (Art. 27 GDPR)",
                    ),
                    // Free text, with no way to record that the client needs
                    // none: an empty field is a gap, not "does not apply".
                    Value::opt(c.representative.as_deref().map(one_line).as_deref()),
                ),
                item(
                    art('a'),
                    ctx.l(
                        "Datenschutzbeauftragter des Verantwortlichen",
                        "Controller's data protection officer",
                    ),
                    Value::opt(c.dpo.as_deref().map(one_line).as_deref()),
                ),
                item(
                    art('b'),
                    ctx.l("Kategorien von Verarbeitungen", "Categories of processing"),
                    Value::lines(e.categories.clone()),
                ),
                item(
                    art('c'),
                    ctx.l(
                        "Übermittlung an ein Drittland oder eine internationale Organisation",
                        "Transfers to a third country or an international organisation",
                    ),
                    ctx.transfers(&e.transfers),
                ),
                item(
                    art('c'),
                    ctx.l(
                        "Dokumentation geeigneter Garantien",
                        "Documentation of suitable safeguards",
                    ),
                    ctx.safeguard_lines(&e.transfers),
                ),
                item(
                    None,
                    ctx.l(
                        "Transfer Impact Assessment (TIA)",
                        "Transfer impact assessment (TIA)",
                    ),
                    ctx.tia_lines(&e.transfers),
                ),
                item(
                    art('d'),
                    ctx.l(
                        "Technische und organisatorische Maßnahmen (TOM)",
                        "Technical and organisational measures (TOMs)",
                    ),
                    ctx.toms(&e.toms, e.tom_notes.as_deref()),
                ),
                item(
                    None,
                    Term::Created.text(ctx.lang),
                    Value::text(ctx.date(crate::clock::local_date(e.created_at))),
                ),
                item(
                    None,
                    Term::Changed.text(ctx.lang),
                    Value::text(ctx.date(crate::clock::local_date(e.updated_at))),
                ),
            ];
            Entry {
                key: e.key.clone(),
                title: format!("{}. {}", i + 1, e.name),
                items,
            }
        })
        .collect();
    section(
        SectionKind::ProcessorRecord,
        ctx.l(
            "Verzeichnis der Verarbeitungstätigkeiten als Auftragsverarbeiter (Art. 30 Abs. 2 DSGVO)",
            "Record of processing carried out as a processor (Art. 30(2) GDPR)",
        ),
        None,
        Body::Entries(entries),
        ctx.l(
            "Keine Verarbeitung im Auftrag eines anderen Verantwortlichen erfasst.",
            "No processing on behalf of another controller recorded.",
        ),
    )
}

/// The controller acted for, with its contact details (Art. 30(2)(a)).
fn client(ctx: &Ctx<'_>, c: &ClientController) -> Value {
    let mut lines = vec![match c.name.trim().is_empty() {
        true => Line::gap(ctx.l("Name", "Name")),
        false => Line::from(&c.name),
    }];
    if c.address.is_none() && c.contact.is_none() {
        lines.push(Line::gap(ctx.l("Kontaktdaten", "Contact details")));
    }
    lines.extend(c.address.as_deref().map(|a| Line::from(one_line(a))));
    lines.extend(c.contact.as_ref().map(Line::from));
    Value::Text(lines)
}
