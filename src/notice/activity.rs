//! One processing activity as the notice describes it: which article governs
//! it (Art. 13, 14 or both), its purposes, data, source, storage periods,
//! requirement to provide and automated decisions, each with its gaps.

use super::build::text;
use super::gaps::Gaps;
use super::missing::{Duty, Gap};
use super::recipients::recipients;
use super::transfers::transfer;
use super::*;
use crate::{AutomatedDecisions, Catalogs, ProcessingActivity, Purpose, Register, RetentionEnd};

/// Legal bases that make a purpose rest on consent (Art. 7(3) withdrawal).
const CONSENT: [&str; 2] = ["art6-1-a", "art9-2-a"];
/// Legal bases that open the Art. 21(1) objection.
pub(super) const OBJECTION: [&str; 2] = ["art6-1-e", "art6-1-f"];

pub(super) fn activity(
    a: &ProcessingActivity,
    register: &Register,
    catalogs: &Catalogs,
    lang: Lang,
) -> ActivityNotice {
    let art13 = a.source.from_data_subject != Some(false);
    let art14 = !art13 || text(&a.source.other_sources).is_some();
    let duty = if art13 { Duty::Art13 } else { Duty::Art14 };
    let gaps = Gaps {
        lang,
        duty,
        key: &a.key,
        name: &a.name,
    };

    let purposes: Vec<PurposeNotice> = a
        .purposes
        .iter()
        .enumerate()
        .map(|(i, p)| purpose(i, p, catalogs, &gaps))
        .collect();
    let mut purposes_missing = Vec::new();
    if purposes.is_empty() {
        purposes_missing.push(gaps.item(Gap::Purposes, "purposes"));
    }
    let uses = |codes: &[&str]| {
        a.purposes
            .iter()
            .any(|p| p.legal_bases.iter().any(|b| codes.contains(&b.as_str())))
    };

    let data = a
        .data_categories
        .iter()
        .map(|c| DataNotice {
            name: c.name.clone(),
            description: text(&c.description),
            special: c.special,
            criminal: c.criminal,
            conditions: c
                .conditions
                .iter()
                .map(|code| {
                    catalogs
                        .legal_basis(code)
                        .map_or_else(|| code.clone(), |b| b.citation(lang).to_owned())
                })
                .collect(),
        })
        .collect();
    let mut data_missing = Vec::new();
    if art14 && a.data_categories.is_empty() {
        data_missing.push(gaps.item(Gap::DataCategories, "data_categories"));
    }
    // Without a record of whether the data comes from the person, the
    // section stays and names that gap (Art. 14(2)(f)) instead of vanishing.
    let source = (art14 || a.source.from_data_subject.is_none()).then(|| source(a, &gaps));

    let (recipients, recipients_missing) = recipients(a, register, catalogs, &gaps);
    let mut transfers: Vec<TransferNotice> = a
        .transfers
        .iter()
        .enumerate()
        .map(|(i, t)| transfer(i, t, register, catalogs, &gaps))
        .collect();
    transfers.extend(
        crate::implied_transfers::implied(a, register, catalogs)
            .iter()
            .map(|it| super::transfers::implied(it, register, catalogs, &gaps)),
    );
    let retention: Vec<RetentionNotice> = a
        .data_categories
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let r = c.retention.clone().unwrap_or_default();
            let period = r.period.map(|p| PeriodNotice {
                amount: p.amount,
                unit: p.unit.code(),
            });
            let criterion = text(&r.criterion);
            let mut missing = Vec::new();
            if period.is_none() && criterion.is_none() {
                missing.push(gaps.item_about(
                    Gap::Retention,
                    format!("data_categories[{i}].retention"),
                    &c.name,
                ));
            }
            // The recorded words say the start best; the catalog event
            // speaks where there are none.
            let starts_at = text(&r.start_words(lang));
            RetentionNotice {
                category: c.name.clone(),
                sources: vec![i],
                period,
                summary: super::retention::summary(period, starts_at.as_deref(), lang),
                criterion,
                starts_at,
                deletion: text(&r.deletion),
                restricted: r.at_end == Some(RetentionEnd::Restriction),
                missing,
            }
        })
        .collect();
    let retention = super::retention::merge(retention);
    let mut retention_missing = Vec::new();
    if a.data_categories.is_empty() {
        retention_missing.push(gaps.item(Gap::RetentionCategories, "data_categories"));
    }
    let provision = art13.then(|| provision(a, &gaps));
    let automated = automated(a, &gaps);

    let mut n = ActivityNotice {
        key: a.key.clone(),
        name: a.name.clone(),
        description: text(&a.description),
        art13,
        art14,
        purposes,
        purposes_missing,
        // The recorded words name the data subjects best; a register that
        // records only the catalog groups has the notice name those.
        data_subjects: match a.data_subjects.is_empty() {
            true => a
                .data_subject_groups
                .iter()
                .map(|g| g.label(lang).to_owned())
                .collect(),
            false => a.data_subjects.clone(),
        },
        data,
        data_missing,
        source,
        recipients,
        recipients_missing,
        access: text(&a.access),
        role_notes: Vec::new(),
        transfers,
        retention,
        retention_missing,
        provision,
        automated,
        embeds: super::automation::embeds(a, catalogs, lang),
        objection: uses(&OBJECTION),
        consent: uses(&CONSENT),
        marketing: a.purposes.iter().any(|p| p.direct_marketing),
        missing: Vec::new(),
        group: Vec::new(),
        shared: Vec::new(),
    };
    n.missing = collect_missing(&n);
    n
}

/// The activity's items in the order the templates show them.
pub(super) fn collect_missing(n: &ActivityNotice) -> Vec<MissingItem> {
    let mut all = n.purposes_missing.clone();
    n.purposes
        .iter()
        .for_each(|p| all.extend(p.missing.iter().cloned()));
    all.extend(n.data_missing.iter().cloned());
    if let Some(s) = &n.source {
        all.extend(s.missing.iter().cloned());
    }
    all.extend(n.recipients_missing.iter().cloned());
    n.recipients
        .iter()
        .for_each(|r| all.extend(r.missing.iter().cloned()));
    n.transfers
        .iter()
        .for_each(|t| all.extend(t.missing.iter().cloned()));
    all.extend(n.retention_missing.iter().cloned());
    n.retention
        .iter()
        .for_each(|r| all.extend(r.missing.iter().cloned()));
    if let Some(p) = &n.provision {
        all.extend(p.missing.iter().cloned());
    }
    all.extend(n.automated.missing.iter().cloned());
    all
}

fn purpose(i: usize, p: &Purpose, catalogs: &Catalogs, gaps: &Gaps<'_>) -> PurposeNotice {
    let lang = gaps.lang;
    let mut missing = Vec::new();
    if p.description.trim().is_empty() {
        missing.push(gaps.item(
            Gap::PurposeDescription,
            format!("purposes[{i}].description"),
        ));
    }
    let note = text(&p.legal_basis_note);
    let about = p.description.as_str();
    if p.legal_bases.is_empty() && note.is_none() {
        missing.push(gaps.item_about(Gap::LegalBasis, format!("purposes[{i}].legal_bases"), about));
    }
    let has = |code: &str| p.legal_bases.iter().any(|b| b == code);
    let interests = text(&p.legitimate_interests);
    if has("art6-1-f") && interests.is_none() {
        missing.push(gaps.item_about(
            Gap::LegitimateInterests,
            format!("purposes[{i}].legitimate_interests"),
            about,
        ));
    }
    let withdrawal = text(&p.consent_withdrawal);
    if CONSENT.iter().any(|c| has(c)) && withdrawal.is_none() {
        missing.push(gaps.item_about(
            Gap::ConsentWithdrawal,
            format!("purposes[{i}].consent_withdrawal"),
            about,
        ));
    }
    PurposeNotice {
        description: p.description.trim().to_owned(),
        legal_bases: p
            .legal_bases
            .iter()
            .map(|code| match catalogs.legal_basis(code) {
                Some(b) => LegalBasisNotice {
                    code: code.clone(),
                    citation: b.citation(lang).to_owned(),
                    label: b.label(lang).to_owned(),
                },
                // Not in the catalog: shown as recorded rather than dropped.
                None => LegalBasisNotice {
                    code: code.clone(),
                    citation: code.clone(),
                    label: String::new(),
                },
            })
            .collect(),
        legal_basis_note: note,
        legitimate_interests: interests,
        consent_given: text(&p.consent_given),
        consent_withdrawal: withdrawal,
        missing,
    }
}

fn source(a: &ProcessingActivity, gaps: &Gaps<'_>) -> SourceNotice {
    let other = text(&a.source.other_sources);
    let mut missing = Vec::new();
    if a.source.from_data_subject.is_none() {
        missing.push(gaps.item(Gap::SourceCollection, "source.from_data_subject"));
    }
    // Other sources are owed once data comes from elsewhere; while even that
    // is open, the one gap above says what to record first.
    let elsewhere = a.source.from_data_subject == Some(false) || other.is_some();
    if elsewhere && other.is_none() {
        missing.push(gaps.item(Gap::SourceOther, "source.other_sources"));
    }
    if elsewhere && a.source.publicly_accessible.is_none() {
        missing.push(gaps.item(Gap::SourcePublic, "source.publicly_accessible"));
    }
    SourceNotice {
        from_data_subject: a.source.from_data_subject,
        other_sources: other,
        publicly_accessible: a.source.publicly_accessible,
        missing,
    }
}

fn provision(a: &ProcessingActivity, gaps: &Gaps<'_>) -> ProvisionNotice {
    let mut missing = Vec::new();
    let (kind, consequence) = match &a.provision {
        None => {
            missing.push(gaps.item(Gap::Provision, "provision"));
            (None, None)
        }
        Some(p) => {
            let consequence = text(&p.consequence);
            if consequence.is_none() {
                missing.push(gaps.item(Gap::ProvisionConsequence, "provision.consequence"));
            }
            (Some(p.kind.code().to_owned()), consequence)
        }
    };
    ProvisionNotice {
        kind,
        consequence,
        missing,
    }
}

fn automated(a: &ProcessingActivity, gaps: &Gaps<'_>) -> AutomatedNotice {
    let mut missing = Vec::new();
    let (used, logic, consequences) = match &a.automated_decisions {
        None => {
            missing.push(gaps.item(Gap::AutomatedDecisions, "automated_decisions"));
            (None, None, None)
        }
        Some(AutomatedDecisions::None) => (Some(false), None, None),
        Some(AutomatedDecisions::Used {
            logic,
            consequences,
            ..
        }) => {
            let logic = Some(logic.trim().to_owned()).filter(|l| !l.is_empty());
            let consequences = text(consequences);
            if logic.is_none() {
                missing.push(gaps.item(Gap::AutomatedLogic, "automated_decisions.logic"));
            }
            if consequences.is_none() {
                missing.push(gaps.item(
                    Gap::AutomatedConsequences,
                    "automated_decisions.consequences",
                ));
            }
            (Some(true), logic, consequences)
        }
    };
    AutomatedNotice {
        used,
        logic,
        consequences,
        decisions: super::automation::decisions(a, gaps.lang),
        missing,
    }
}
