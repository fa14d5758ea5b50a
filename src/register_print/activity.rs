//! One processing activity as printed: every Art. 30(1) item and what the
//! DSK template keeps beside it (legal bases, processors and their
//! agreements, DPIA, review dates), always the same items in the same order.

use super::entries::{item, one_line, Ctx};
use super::labels::{art30, na};
use super::retention::{dpia, erasure};
use super::{Entry, Line, Span, Value};
use crate::vocabulary::Term;
use crate::{ProcessingActivity, RecipientRole};

/// One activity with every item, always the same items in the same order.
pub(super) fn activity(ctx: &Ctx<'_>, number: usize, a: &ProcessingActivity) -> Entry {
    // Lit. e states the transfers the parties imply as well, as the notice does.
    let transfers = with_implied(ctx, a);
    let lang = ctx.lang;
    let art = |letter| Some(art30(lang, 1, letter));
    let mut processors: Vec<&str> = a
        .recipients
        .iter()
        .filter(|r| {
            matches!(
                r.role,
                RecipientRole::Processor | RecipientRole::SubProcessor
            )
        })
        .filter_map(|r| r.party.as_deref())
        .collect();
    let mut seen = std::collections::HashSet::new();
    processors.retain(|k| seen.insert(*k));
    let any_processor = a.recipients.iter().any(|r| {
        matches!(
            r.role,
            RecipientRole::Processor | RecipientRole::SubProcessor
        )
    });
    let items = vec![
        item(None, Term::ActivityName.text(lang), Value::text(&a.name)),
        item(
            None,
            Term::Status.text(lang),
            Value::text(a.status.label(lang)),
        ),
        item(
            None,
            Term::Department.text(lang),
            Value::opt(a.department.as_deref()),
        ),
        item(
            None,
            Term::ContactPerson.text(lang),
            Value::opt(a.contact_person.as_deref()),
        ),
        item(
            None,
            Term::Created.text(lang),
            Value::text(ctx.date(crate::clock::local_date(a.created_at))),
        ),
        item(
            None,
            Term::Changed.text(lang),
            Value::text(ctx.date(crate::clock::local_date(a.updated_at))),
        ),
        item(
            None,
            Term::Description.text(lang),
            Value::opt(a.description.as_deref()),
        ),
        item(
            art('a'),
            ctx.l("Gemeinsam Verantwortliche", "Joint controllers"),
            joint_controllers(ctx, &a.key),
        ),
        item(
            art('b'),
            ctx.l("Zwecke der Verarbeitung", "Purposes of the processing"),
            purposes(a),
        ),
        item(
            None,
            ctx.l("Rechtsgrundlage", "Legal basis"),
            legal_bases(ctx, a),
        ),
        item(
            art('c'),
            ctx.l(
                "Kategorien betroffener Personen",
                "Categories of data subjects",
            ),
            data_subjects(ctx, a),
        ),
        item(
            art('c'),
            ctx.l(
                "Kategorien personenbezogener Daten",
                "Categories of personal data",
            ),
            data_categories(ctx, a),
        ),
        item(
            art('d'),
            ctx.l(
                "Kategorien von Empfängern (intern/extern)",
                "Categories of recipients (internal/external)",
            ),
            recipients(ctx, a),
        ),
        item(
            art('e'),
            ctx.l(
                "Übermittlung an ein Drittland oder eine internationale Organisation",
                "Transfers to a third country or an international organisation",
            ),
            ctx.transfers(&transfers),
        ),
        item(
            art('e'),
            ctx.l(
                "Dokumentation geeigneter Garantien",
                "Documentation of suitable safeguards",
            ),
            ctx.safeguard_lines(&transfers),
        ),
        item(
            None,
            ctx.l(
                "Transfer Impact Assessment (TIA)",
                "Transfer impact assessment (TIA)",
            ),
            ctx.tia_lines(&transfers),
        ),
        item(
            art('f'),
            ctx.l(
                "Fristen für die Löschung (Löschfristen)",
                "Time limits for erasure",
            ),
            erasure(ctx, a),
        ),
        item(
            art('g'),
            ctx.l(
                "Technische und organisatorische Maßnahmen (TOM)",
                "Technical and organisational measures (TOMs)",
            ),
            ctx.toms(&a.toms, a.tom_notes.as_deref()),
        ),
        item(
            None,
            ctx.l("Auftragsverarbeiter", "Processors"),
            match any_processor {
                false => Value::NotApplicable(na::no_processor(lang)),
                true => Value::lines(
                    a.recipients
                        .iter()
                        .filter(|r| {
                            matches!(
                                r.role,
                                RecipientRole::Processor | RecipientRole::SubProcessor
                            )
                        })
                        .map(|r| recipient_name(ctx, r)),
                ),
            },
        ),
        item(
            None,
            ctx.l(
                "Auftragsverarbeitungsvertrag (AVV)",
                "Data processing agreement (Art. 28 GDPR)",
            ),
            match any_processor {
                false => Value::NotApplicable(na::no_processor(lang)),
                true => Value::lines(processors.iter().map(|k| agreement_line(ctx, k))),
            },
        ),
        item(
            None,
            ctx.l(
                "Automatisierte Entscheidungen (Art. 22 DSGVO)",
                "Automated decisions (Art. 22 GDPR)",
            ),
            super::automation::decisions(ctx, a),
        ),
        item(
            None,
            ctx.l(
                "Cookies und eingebundene Dienste (§ 25 TDDDG)",
                "Cookies and embedded services (Section 25 TDDDG)",
            ),
            super::automation::embeds(ctx, a),
        ),
        item(
            None,
            ctx.l(
                "Information der Betroffenen (Art. 13, 14 DSGVO)",
                "Informing the data subjects (Art. 13, 14 GDPR)",
            ),
            Value::text(a.information.describe(lang)),
        ),
        item(
            None,
            ctx.l(
                "Datenschutz-Folgenabschätzung (DSFA)",
                "Data protection impact assessment (DPIA)",
            ),
            dpia(ctx, a),
        ),
        item(
            None,
            ctx.l("Letzte Überprüfung", "Last review"),
            Value::opt(a.last_reviewed.map(|d| ctx.date(d)).as_deref()),
        ),
        item(
            None,
            ctx.l("Nächste Überprüfung", "Next review"),
            Value::opt(a.next_review.map(|d| ctx.date(d)).as_deref()),
        ),
    ];
    Entry {
        key: a.key.clone(),
        title: format!("{number}. {}", a.name),
        items,
    }
}

fn joint_controllers(ctx: &Ctx<'_>, key: &str) -> Value {
    let lines: Vec<Line> = ctx
        .register
        .organisation
        .joint_controllers
        .iter()
        .filter(|jc| jc.activities.is_empty() || jc.activities.iter().any(|k| k == key))
        .map(|jc| {
            let mut parts = vec![Line::from(&jc.name)];
            if jc.address.is_none() && jc.contact.is_none() {
                parts.push(Line::gap(ctx.l("Kontaktdaten", "Contact details")));
            }
            parts.extend(jc.address.as_deref().map(|a| Line::from(one_line(a))));
            parts.extend(jc.contact.as_ref().map(Line::from));
            let label = ctx.l("Vereinbarung (Art. 26)", "Arrangement (Art. 26)");
            parts.push(match &jc.arrangement {
                Some(a) => Line::from(format!("{label}: {a}")),
                None => Line::gap(label),
            });
            Line::join(parts, "; ")
        })
        .collect();
    if lines.is_empty() {
        Value::NotApplicable(na::no_joint_control(ctx.lang))
    } else {
        Value::Text(lines)
    }
}

/// Several purposes are numbered, so that the legal bases can name them.
fn purposes(a: &ProcessingActivity) -> Value {
    let several = a.purposes.len() > 1;
    Value::lines(a.purposes.iter().enumerate().map(|(i, p)| match several {
        true => format!("({}) {}", i + 1, p.description),
        false => p.description.clone(),
    }))
}

fn legal_bases(ctx: &Ctx<'_>, a: &ProcessingActivity) -> Value {
    let several = a.purposes.len() > 1;
    Value::lines(a.purposes.iter().enumerate().map(|(i, p)| {
        let mut bases: Vec<String> = p
            .legal_bases
            .iter()
            .map(|c| match ctx.catalogs.legal_basis(c) {
                Some(b) => format!("{} ({})", b.citation(ctx.lang), b.label(ctx.lang)),
                None => c.clone(),
            })
            .collect();
        bases.extend(p.legal_basis_note.clone());
        let mut line = match several {
            true => Line::from(format!("{} ({}): ", ctx.l("Zweck", "Purpose"), i + 1)),
            false => Line::default(),
        };
        match bases.is_empty() {
            true => line.0.push(Span::NotRecorded),
            false => line.push(&bases.join(", ")),
        }
        if let Some(i) = &p.legitimate_interests {
            line.push(&format!(
                "; {}: {i}",
                ctx.l("berechtigte Interessen", "legitimate interests")
            ));
        }
        line
    }))
}

fn data_categories(ctx: &Ctx<'_>, a: &ProcessingActivity) -> Value {
    Value::lines(a.data_categories.iter().map(|c| {
        let mut line = c.name.clone();
        if c.special {
            line.push_str(ctx.l(
                " (besondere Kategorie, Art. 9 DSGVO)",
                " (special category, Art. 9 GDPR)",
            ));
        }
        if c.criminal {
            line.push_str(ctx.l(
                " (Straftaten, Art. 10 DSGVO)",
                " (criminal offences, Art. 10 GDPR)",
            ));
        }
        if !c.conditions.is_empty() {
            let cited: Vec<&str> = c
                .conditions
                .iter()
                .map(|code| {
                    ctx.catalogs
                        .legal_basis(code)
                        .map_or(code.as_str(), |b| b.citation(ctx.lang))
                })
                .collect();
            line.push_str(&format!(
                " [{}: {}]",
                ctx.l("verarbeitet nach", "processed under"),
                cited.join(", ")
            ));
        }
        if let Some(d) = &c.description {
            line.push_str(&format!(": {d}"));
        }
        line
    }))
}

fn recipient_name(ctx: &Ctx<'_>, r: &crate::Recipient) -> Line {
    let mut name = match (&r.party, &r.description) {
        (Some(p), _) => {
            let mut n = ctx.party_name(p);
            if let Some(c) = ctx.register.party(p).and_then(|p| p.country.as_deref()) {
                n.push_str(&format!(" ({})", ctx.country_name(c)));
            }
            Line::from(n)
        }
        (None, Some(d)) => Line::from(d),
        (None, None) if !r.channels.is_empty() => Line::from(channels(ctx, r)),
        (None, None) => Line(vec![Span::NotRecorded]),
    };
    if !r.channels.is_empty() && (r.party.is_some() || r.description.is_some()) {
        name.push(&format!(" ({})", channels(ctx, r)));
    }
    if let (Some(_), Some(d)) = (&r.party, &r.description) {
        name.push(&format!(", {d}"));
    }
    if let Some(n) = &r.note {
        name.push(&format!(" – {n}"));
    }
    if !r.data_categories.is_empty() {
        name.push(&format!(
            "; {}: {}",
            ctx.l("Daten", "data"),
            r.data_categories.join(", ")
        ));
    }
    let bases: Vec<String> = r
        .legal_bases
        .iter()
        .map(|code| {
            ctx.catalogs
                .legal_basis(code)
                .map_or_else(|| code.clone(), |b| b.citation(ctx.lang).to_owned())
        })
        .chain(r.legal_basis_note.clone())
        .collect();
    if !bases.is_empty() {
        name.push(&format!(
            "; {}: {}",
            ctx.l("Rechtsgrundlage", "legal basis"),
            bases.join(", ")
        ));
    }
    name
}

fn channels(ctx: &Ctx<'_>, r: &crate::Recipient) -> String {
    let labels: Vec<&str> = r.channels.iter().map(|c| c.label(ctx.lang)).collect();
    labels.join(", ")
}

fn recipients(ctx: &Ctx<'_>, a: &ProcessingActivity) -> Value {
    Value::lines(a.recipients.iter().map(|r| {
        let mut line = Line::from(format!("{}: ", r.role.label(ctx.lang)));
        line.append(recipient_name(ctx, r));
        line
    }))
}

fn agreement_line(ctx: &Ctx<'_>, key: &str) -> Line {
    let name = ctx.party_name(key);
    let Some(ag) = ctx.register.party(key).and_then(|p| p.agreement.as_ref()) else {
        return Line::gap(&name);
    };
    let mut line = Line::from(format!("{name}: "));
    line.append(match ag.signed_on {
        Some(d) => Line::from(format!(
            "{} {}",
            ctx.l("unterzeichnet am", "signed on"),
            ctx.date(d)
        )),
        None => Line::gap(ctx.l("Unterzeichnung", "Signature")),
    });
    if let Some(r) = &ag.reference {
        line.push(&format!(", {r}"));
    }
    line
}

/// The activity's transfers followed by those its recipients imply (a seat,
/// a processing location or a sub-processor in a third country) and it
/// does not record; see [`crate::implied_transfers`].
pub(super) fn with_implied(ctx: &Ctx<'_>, a: &ProcessingActivity) -> Vec<crate::Transfer> {
    let mut all = a.transfers.clone();
    all.extend(
        crate::implied_transfers::implied(a, ctx.register, ctx.catalogs)
            .into_iter()
            .map(|it| crate::Transfer {
                recipient: Some(it.party.key.clone()),
                country: it.country,
                mechanism: it.mechanism,
                ..crate::Transfer::default()
            }),
    );
    all
}

/// The recorded categories, then the catalog groups in one line, so that an
/// auditor sees both what the DPO wrote and what the rules reason on.
fn data_subjects(ctx: &Ctx<'_>, a: &ProcessingActivity) -> Value {
    let mut lines = a.data_subjects.clone();
    if !a.data_subject_groups.is_empty() {
        let groups: Vec<&str> = a
            .data_subject_groups
            .iter()
            .map(|g| g.label(ctx.lang))
            .collect();
        lines.push(format!(
            "{}: {}",
            ctx.l("Gruppen (Katalog)", "Groups (catalog)"),
            groups.join(", ")
        ));
    }
    Value::lines(lines)
}
