//! Annex: the parties the print names, with their Art. 28 agreements,
//! sub-processors and the countries they work from.

use std::collections::{BTreeMap, HashSet};

use super::entries::{item, one_line, section, Ctx};
use super::labels::{self, na};
use super::{Body, Entry, Line, PrintOptions, Section, SectionKind, Value};
use crate::{Party, ProcessingActivity, RecipientRole, Transfer};

/// The parties the printed activities name (all parties when every activity
/// is printed), with the sub-processors of their agreements.
pub(super) fn printed_parties<'a>(
    ctx: &Ctx<'a>,
    selected: &[&ProcessingActivity],
    options: &PrintOptions,
) -> Vec<&'a Party> {
    if options.activities.is_none() {
        return ctx.register.parties.iter().collect();
    }
    let mut keys: HashSet<&str> = HashSet::new();
    for a in selected {
        keys.extend(a.recipients.iter().filter_map(|r| r.party.as_deref()));
        keys.extend(a.transfers.iter().filter_map(|t| t.recipient.as_deref()));
    }
    if options.processor_record {
        for e in &ctx.register.processor_activities {
            keys.extend(e.transfers.iter().filter_map(|t| t.recipient.as_deref()));
        }
    }
    let subs: Vec<&str> = ctx
        .register
        .parties
        .iter()
        .filter(|p| keys.contains(p.key.as_str()))
        .filter_map(|p| p.agreement.as_ref())
        .flat_map(|a| a.subprocessors.iter().map(|s| s.party.as_str()))
        .collect();
    keys.extend(subs);
    ctx.register
        .parties
        .iter()
        .filter(|p| keys.contains(p.key.as_str()))
        .collect()
}

/// Annex: parties and processor agreements (Art. 28).
pub fn parties(ctx: &Ctx<'_>, selected: &[&ProcessingActivity], options: &PrintOptions) -> Section {
    let parties = printed_parties(ctx, selected, options);
    // Which printed activities name each party, and in which role.
    // One line per role, listing the activities' keys.
    let mut by_role: BTreeMap<(&str, &str), Vec<&str>> = BTreeMap::new();
    for a in selected {
        for r in &a.recipients {
            if let Some(p) = &r.party {
                let keys = by_role.entry((p, r.role.label(ctx.lang))).or_default();
                if keys.last() != Some(&a.key.as_str()) {
                    keys.push(&a.key);
                }
            }
        }
    }
    let mut roles: BTreeMap<&str, Vec<String>> = BTreeMap::new();
    for ((party, role), keys) in by_role {
        roles
            .entry(party)
            .or_default()
            .push(format!("{role}: {}", keys.join(", ")));
    }
    let processor_keys: HashSet<&str> = ctx
        .register
        .activities
        .iter()
        .flat_map(|a| a.recipients.iter())
        .filter(|r| {
            matches!(
                r.role,
                RecipientRole::Processor | RecipientRole::SubProcessor
            )
        })
        .filter_map(|r| r.party.as_deref())
        .chain(
            ctx.register
                .parties
                .iter()
                .filter_map(|p| p.agreement.as_ref())
                .flat_map(|a| a.subprocessors.iter().map(|s| s.party.as_str())),
        )
        .collect();
    let entries = parties
        .iter()
        .enumerate()
        .map(|(i, p)| {
            party(
                ctx,
                i + 1,
                p,
                roles.remove(p.key.as_str()),
                processor_keys.contains(p.key.as_str()),
            )
        })
        .collect();
    section(
        SectionKind::Parties,
        ctx.l(
            "Stellen und Auftragsverarbeitungsverträge",
            "Parties and processing agreements",
        ),
        None,
        Body::Entries(entries),
        ctx.l("Keine Stelle erfasst.", "No party recorded."),
    )
}

pub(super) fn party(
    ctx: &Ctx<'_>,
    number: usize,
    p: &Party,
    roles: Option<Vec<String>>,
    processor: bool,
) -> Entry {
    let lang = ctx.lang;
    let without = |ag_missing: bool| match (ag_missing, processor) {
        (true, true) => Value::NotRecorded,
        _ => Value::NotApplicable(na::not_a_processor(lang)),
    };
    let ag = p.agreement.as_ref();
    let agreement = match ag {
        None => without(true),
        Some(a) => {
            let mut lines = vec![match a.signed_on {
                Some(d) => Line::from(format!(
                    "{} {}",
                    ctx.l("unterzeichnet am", "signed on"),
                    ctx.date(d)
                )),
                None => Line::gap(ctx.l("Unterzeichnung", "Signature")),
            }];
            lines.extend(
                a.reference
                    .as_ref()
                    .map(|r| Line::from(format!("{}: {r}", ctx.l("Referenz", "Reference")))),
            );
            lines.extend(
                a.location
                    .as_ref()
                    .map(|r| Line::from(format!("{}: {r}", ctx.l("Ablage", "Kept at")))),
            );
            lines.extend(a.next_review.map(|d| {
                Line::from(format!(
                    "{}: {}",
                    ctx.l("Nächste Prüfung", "Next review"),
                    ctx.date(d)
                ))
            }));
            // Said where it matters: for a controller bound by § 203 StGB
            // the obligation is owed, elsewhere only a recorded one is shown.
            match (
                a.secrecy_obligation,
                ctx.register.organisation.professional_secrecy,
            ) {
                (true, _) => lines.push(Line::from(ctx.l(
                    "zur Verschwiegenheit verpflichtet (§ 203 Abs. 4 StGB)",
                    "obliged to secrecy (Section 203(4) StGB)",
                ))),
                (false, true) => lines.push(Line::gap(ctx.l(
                    "Verpflichtung zur Verschwiegenheit (§ 203 Abs. 4 StGB)",
                    "Obligation to secrecy (Section 203(4) StGB)",
                ))),
                (false, false) => {}
            }
            Value::Text(lines)
        }
    };
    let points = match ag {
        None => without(true),
        Some(a) if a.covers.is_empty() => Value::NotRecorded,
        Some(a) => {
            let missing: Vec<&str> = crate::Art28Point::ALL
                .iter()
                .filter(|p| !a.covers.contains(p))
                .map(|p| p.code())
                .collect();
            let covered: Vec<&str> = a.covers.iter().map(|p| p.code()).collect();
            let mut line = format!("{}: {}", ctx.l("geregelt", "covered"), covered.join(", "));
            if !missing.is_empty() {
                line.push_str(&format!(
                    "; {}: {}",
                    ctx.l("fehlt", "missing"),
                    missing.join(", ")
                ));
            }
            Value::text(line)
        }
    };
    let subprocessors = match ag {
        None => without(true),
        Some(a) if a.subprocessors.is_empty() => Value::NotApplicable(na::none_recorded(lang)),
        Some(a) => Value::Text(
            a.subprocessors
                .iter()
                .map(|s| {
                    let mut parts = vec![Line::from(ctx.party_name(&s.party))];
                    parts.push(match s.country.as_deref() {
                        Some(c) => Line::from(ctx.country_name(c)),
                        None => Line::gap(ctx.l("Land", "Country")),
                    });
                    parts.extend(s.task.as_ref().map(Line::from));
                    if let Some(m) = &s.mechanism {
                        let t = Transfer {
                            mechanism: Some(m.clone()),
                            ..Transfer::default()
                        };
                        parts.push(ctx.mechanism(&t));
                    }
                    Line::join(parts, " – ")
                })
                .collect(),
        ),
    };
    let locations = match ag {
        None => without(true),
        Some(a) => Value::lines(a.locations.clone()),
    };
    let dpf = match p.dpf_applies() {
        true => Value::text(labels::dpf_certified(lang, p)),
        false => Value::NotApplicable(na::us_only(lang)),
    };
    let processing_countries = match p.processing_countries.is_empty() {
        true => Value::NotApplicable(na::none_recorded(lang)),
        false => Value::lines(
            p.processing_countries
                .iter()
                .map(|c| ctx.country_name(c))
                .collect::<Vec<_>>(),
        ),
    };
    let items = vec![
        item(None, ctx.l("Name", "Name"), Value::text(&p.name)),
        item(
            None,
            ctx.l("Anschrift", "Address"),
            Value::opt(p.address.as_deref().map(one_line).as_deref()),
        ),
        item(
            None,
            ctx.l("Sitzland", "Country"),
            Value::opt(p.country.as_deref().map(|c| ctx.country_name(c)).as_deref()),
        ),
        item(
            None,
            ctx.l(
                "Weitere Verarbeitungsländer",
                "Other countries of processing",
            ),
            processing_countries,
        ),
        item(
            None,
            ctx.l("Kontakt", "Contact"),
            Value::opt(p.contact.as_deref()),
        ),
        item(
            None,
            ctx.l(
                "Rolle in den Verarbeitungstätigkeiten",
                "Role in the processing activities",
            ),
            match roles {
                Some(r) => Value::lines(r),
                None => Value::NotApplicable(
                    ctx.l(
                        "in keiner gedruckten Verarbeitungstätigkeit als Empfänger genannt",
                        "not named as a recipient in any printed activity",
                    )
                    .into(),
                ),
            },
        ),
        item(
            None,
            ctx.l(
                "Auftragsverarbeitungsvertrag (AVV)",
                "Data processing agreement",
            ),
            agreement,
        ),
        item(
            None,
            ctx.l(
                "Art. 28 Abs. 3 DSGVO – geregelte Punkte",
                "Art. 28(3) GDPR – points covered",
            ),
            points,
        ),
        item(
            None,
            ctx.l("Unterauftragsverarbeiter", "Sub-processors"),
            subprocessors,
        ),
        item(
            None,
            ctx.l("Verarbeitungsorte", "Processing locations"),
            locations,
        ),
        item(
            None,
            ctx.l("Zertifizierungen", "Certifications"),
            match p.certifications.is_empty() {
                true => Value::NotApplicable(na::none_recorded(lang)),
                false => Value::lines(p.certifications.clone()),
            },
        ),
        item(
            None,
            labels::l(
                lang,
                "EU-US Data Privacy Framework",
                "EU-U.S. Data Privacy Framework",
            ),
            dpf,
        ),
    ];
    Entry {
        key: p.key.clone(),
        title: format!("{number}. {}", p.name),
        items,
    }
}
