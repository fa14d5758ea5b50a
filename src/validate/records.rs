//! Validation and normalisation of each kind of record.

use std::collections::HashSet;

use super::*;

/// Checks and normalises an activity; `prefix` is the JSON path of the
/// activity itself ("" when saved on its own).
pub fn activity(
    a: &mut ProcessingActivity,
    prefix: &str,
    catalogs: &Catalogs,
    refs: &dyn References,
) -> Result<()> {
    let p = Path(prefix);
    let mut v = Problems::default();
    normalize_text(&mut a.key);
    normalize_text(&mut a.name);
    for s in [
        &mut a.description,
        &mut a.department,
        &mut a.contact_person,
        &mut a.tom_notes,
        &mut a.notes,
        &mut a.access,
        &mut a.source.other_sources,
        &mut a.dpia.reason,
        &mut a.dpia.reference,
    ] {
        normalize_opt(s);
    }
    v.note(key(p.at("key"), &a.key));
    v.note(required(p.at("name"), &a.name, MAX_SHORT));
    v.note(opt(p.at("description"), &a.description, MAX_LONG));
    v.note(opt(p.at("department"), &a.department, MAX_SHORT));
    v.note(opt(p.at("contact_person"), &a.contact_person, MAX_SHORT));
    v.note(opt(p.at("tom_notes"), &a.tom_notes, MAX_LONG));
    v.note(opt(p.at("notes"), &a.notes, MAX_LONG));
    v.note(opt(p.at("access"), &a.access, MAX_LONG));
    v.note(opt(
        p.at("source.other_sources"),
        &a.source.other_sources,
        MAX_LONG,
    ));
    v.note(opt(p.at("dpia.reason"), &a.dpia.reason, MAX_LONG));
    v.note(opt(p.at("dpia.reference"), &a.dpia.reference, MAX_SHORT));
    v.note(date(p.at("dpia.done_on"), &a.dpia.done_on));
    for code in a.dpia.threshold.keys() {
        if catalogs.dpia_criterion(code).is_none() {
            v.add(
                p.at(&format!("dpia.threshold.{code}")),
                Reason::UnknownDpiaCriterion { code: code.clone() },
            );
        }
    }
    v.note(date(p.at("last_reviewed"), &a.last_reviewed));
    v.note(date(p.at("next_review"), &a.next_review));
    v.note(date(p.at("created_at"), &Some(a.created_at.date_naive())));
    v.note(date(p.at("updated_at"), &Some(a.updated_at.date_naive())));

    v.note(items(p.at("purposes"), &a.purposes));
    for (i, purpose) in a.purposes.iter_mut().enumerate() {
        v.note(self::purpose(
            purpose,
            &p.at(&format!("purposes[{i}]")),
            catalogs,
        ));
    }

    normalize_list(&mut a.data_subjects);
    v.note(items(p.at("data_subjects"), &a.data_subjects));
    for (i, g) in a.data_subject_groups.iter().enumerate() {
        if a.data_subject_groups[..i].contains(g) {
            v.add(
                p.at(&format!("data_subject_groups[{i}]")),
                Reason::ListedTwice {
                    item: Listed::Group,
                    value: g.code().to_owned(),
                },
            );
        }
    }
    for (i, s) in a.data_subjects.iter().enumerate() {
        v.note(length(p.at(&format!("data_subjects[{i}]")), s, MAX_SHORT));
    }

    v.note(items(p.at("data_categories"), &a.data_categories));
    for (i, c) in a.data_categories.iter_mut().enumerate() {
        v.note(data_category(
            c,
            &p.at(&format!("data_categories[{i}]")),
            catalogs,
        ));
    }

    if let Some(prov) = &mut a.provision {
        normalize_opt(&mut prov.consequence);
        v.note(opt(
            p.at("provision.consequence"),
            &prov.consequence,
            MAX_LONG,
        ));
    }
    if let Some(AutomatedDecisions::Used {
        logic,
        consequences,
        decisions,
    }) = &mut a.automated_decisions
    {
        normalize_text(logic);
        normalize_opt(consequences);
        v.note(required(p.at("automated_decisions.logic"), logic, MAX_LONG));
        v.note(opt(
            p.at("automated_decisions.consequences"),
            consequences,
            MAX_LONG,
        ));
        let purposes: Vec<String> = a.purposes.iter().map(|p| p.description.clone()).collect();
        let at = p.at("automated_decisions");
        v.note(super::automation::decisions(
            decisions,
            &Path(&at),
            &purposes,
        ));
    }

    match &mut a.information {
        Information::PublicNotice => {}
        Information::Separate { reference } => {
            normalize_text(reference);
            v.note(required(p.at("information.reference"), reference, MAX_LONG));
        }
        Information::Exempt { explanation, .. } => {
            normalize_text(explanation);
            v.note(required(
                p.at("information.explanation"),
                explanation,
                MAX_LONG,
            ));
        }
    }

    v.note(items(p.at("recipients"), &a.recipients));
    let categories: Vec<String> = a.data_categories.iter().map(|c| c.name.clone()).collect();
    for (i, r) in a.recipients.iter_mut().enumerate() {
        let prefix = p.at(&format!("recipients[{i}]"));
        v.note(recipient(r, &prefix, refs));
        v.note(super::disclosure::disclosure(
            r,
            &Path(&prefix),
            &categories,
            catalogs,
        ));
    }

    v.note(super::automation::embeds(&mut a.embeds, &p, catalogs));

    v.note(items(p.at("transfers"), &a.transfers));
    for (i, t) in a.transfers.iter_mut().enumerate() {
        v.note(transfer(
            t,
            &p.at(&format!("transfers[{i}]")),
            catalogs,
            refs,
        ));
    }

    v.note(toms(&p, &mut a.toms, refs));
    v.finish()
}

fn purpose(purpose: &mut Purpose, prefix: &str, catalogs: &Catalogs) -> Result<()> {
    let p = Path(prefix);
    let mut v = Problems::default();
    normalize_text(&mut purpose.description);
    for s in [
        &mut purpose.legal_basis_note,
        &mut purpose.legitimate_interests,
        &mut purpose.consent_given,
        &mut purpose.consent_withdrawal,
    ] {
        normalize_opt(s);
    }
    v.note(required(
        p.at("description"),
        &purpose.description,
        MAX_LONG,
    ));
    v.note(opt(
        p.at("legal_basis_note"),
        &purpose.legal_basis_note,
        MAX_LONG,
    ));
    v.note(opt(
        p.at("legitimate_interests"),
        &purpose.legitimate_interests,
        MAX_LONG,
    ));
    v.note(opt(p.at("consent_given"), &purpose.consent_given, MAX_LONG));
    v.note(opt(
        p.at("consent_withdrawal"),
        &purpose.consent_withdrawal,
        MAX_LONG,
    ));
    normalize_list(&mut purpose.legal_bases);
    v.note(items(p.at("legal_bases"), &purpose.legal_bases));
    v.note(legal_bases(&p, &purpose.legal_bases, catalogs));
    v.finish()
}

fn data_category(c: &mut DataCategory, prefix: &str, catalogs: &Catalogs) -> Result<()> {
    let p = Path(prefix);
    let mut v = Problems::default();
    normalize_text(&mut c.name);
    normalize_opt(&mut c.description);
    v.note(required(p.at("name"), &c.name, MAX_SHORT));
    v.note(opt(p.at("description"), &c.description, MAX_LONG));
    v.note(conditions(c, &p, catalogs));
    if let Some(r) = &mut c.retention {
        for s in [&mut r.criterion, &mut r.starts_at, &mut r.deletion] {
            normalize_opt(s);
        }
        v.note(opt(p.at("retention.criterion"), &r.criterion, MAX_LONG));
        v.note(opt(p.at("retention.starts_at"), &r.starts_at, MAX_SHORT));
        v.note(opt(p.at("retention.deletion"), &r.deletion, MAX_LONG));
        if let Some(period) = r.period {
            if period.amount == 0 || period.amount > 10_000 {
                v.add(
                    p.at("retention.period.amount"),
                    Reason::PeriodOutOfRange {
                        amount: period.amount,
                        max: 10_000,
                    },
                );
            }
        }
        if r.start_event == Some(RetentionStart::Other) && r.starts_at.is_none() {
            v.add(
                p.at("retention.starts_at"),
                Reason::RetentionStartUndescribed,
            );
        }
        if r.period.is_none() && r.criterion.is_none() {
            v.add(p.at("retention"), Reason::RetentionMissing);
        }
    }
    v.finish()
}

/// A category's conditions come from the catalog, each once, and fit the
/// category: Art. 9(2) (and § 22(1) BDSG, Germany's use of it) for special
/// data, Art. 10 for criminal-offence data.
fn conditions(c: &mut DataCategory, p: &Path<'_>, catalogs: &Catalogs) -> Result<()> {
    normalize_list(&mut c.conditions);
    let mut seen = HashSet::new();
    for (i, code) in c.conditions.iter().enumerate() {
        let path = p.at(&format!("conditions[{i}]"));
        let Some(basis) = catalogs.legal_basis(code) else {
            return Err(err(path, Reason::UnknownLegalBasis { code: code.clone() }));
        };
        if !seen.insert(code.as_str()) {
            return Err(err(
                path,
                Reason::ListedTwice {
                    item: Listed::LegalBasis,
                    value: code.clone(),
                },
            ));
        }
        let art9 = basis.kind == LegalBasisKind::Art9 || code == "bdsg-22";
        let art10 = basis.kind == LegalBasisKind::Art10;
        match (art9, art10) {
            (false, false) => {
                return Err(err(path, Reason::NoSpecialCondition { code: code.clone() }))
            }
            (true, _) if !c.special => {
                return Err(err(path, Reason::Art9ConditionNeedsSpecialCategory))
            }
            (_, true) if !c.criminal => {
                return Err(err(path, Reason::Art10BasisNeedsCriminalCategory))
            }
            _ => {}
        }
    }
    Ok(())
}

fn recipient(r: &mut Recipient, prefix: &str, refs: &dyn References) -> Result<()> {
    let p = Path(prefix);
    let mut v = Problems::default();
    normalize_opt(&mut r.party);
    normalize_opt(&mut r.description);
    normalize_opt(&mut r.note);
    normalize_opt(&mut r.own_responsibility);
    v.note(opt(p.at("description"), &r.description, MAX_LONG));
    v.note(opt(p.at("note"), &r.note, MAX_LONG));
    v.note(opt(
        p.at("own_responsibility"),
        &r.own_responsibility,
        MAX_LONG,
    ));
    if let Some(party) = &r.party {
        v.note(party_ref(p.at("party"), party, refs));
    }
    v.note(match r.role {
        RecipientRole::Internal if r.description.is_none() => {
            Err(err(p.at("description"), Reason::InternalUnitMissing))
        }
        RecipientRole::Internal if r.party.is_some() => {
            Err(err(p.at("party"), Reason::InternalRecipientIsNoParty))
        }
        // The public is named by its channels (`disclosure`).
        RecipientRole::Public => Ok(()),
        _ if r.party.is_none() && r.description.is_none() => {
            Err(err(p.at("party"), Reason::RecipientMissing))
        }
        _ => Ok(()),
    });
    v.finish()
}

pub(super) fn transfer(
    t: &mut Transfer,
    prefix: &str,
    catalogs: &Catalogs,
    refs: &dyn References,
) -> Result<()> {
    let p = Path(prefix);
    let mut v = Problems::default();
    normalize_text(&mut t.country);
    t.country = t.country.to_ascii_uppercase();
    for s in [
        &mut t.recipient,
        &mut t.mechanism,
        &mut t.supplementary_measures,
        &mut t.tia_result,
        &mut t.derogation_documentation,
        &mut t.safeguards_copy,
        &mut t.note,
    ] {
        normalize_opt(s);
    }
    if t.country.is_empty() {
        v.add(p.at("country"), Reason::Required);
    } else if v.note(country(p.at("country"), &t.country, catalogs))
        && catalogs.country(&t.country).is_some_and(|c| c.eea)
    {
        v.add(
            p.at("country"),
            Reason::TransferCountryInEea {
                code: t.country.clone(),
            },
        );
    }
    if let Some(party) = &t.recipient {
        v.note(party_ref(p.at("recipient"), party, refs));
    }
    if let Some(m) = &t.mechanism {
        v.note(mechanism(p.at("mechanism"), m, catalogs));
    }
    if let Some(module) = t.scc_module {
        if !(1..=4).contains(&module) {
            v.add(
                p.at("scc_module"),
                Reason::NoSccModule {
                    module: module.into(),
                },
            );
        } else if !matches!(t.mechanism.as_deref(), Some("art46-2-c" | "art46-2-d")) {
            v.add(p.at("scc_module"), Reason::SccModuleWithoutScc);
        }
    }
    v.note(opt(
        p.at("supplementary_measures"),
        &t.supplementary_measures,
        MAX_LONG,
    ));
    v.note(opt(p.at("tia_result"), &t.tia_result, MAX_LONG));
    v.note(opt(
        p.at("derogation_documentation"),
        &t.derogation_documentation,
        MAX_LONG,
    ));
    v.note(opt(p.at("safeguards_copy"), &t.safeguards_copy, MAX_LONG));
    v.note(opt(p.at("note"), &t.note, MAX_LONG));
    v.note(date(p.at("tia_date"), &t.tia_date));
    v.finish()
}

/// Checks and normalises a party with its processor agreement.
pub fn party(
    party: &mut Party,
    prefix: &str,
    catalogs: &Catalogs,
    refs: &dyn References,
) -> Result<()> {
    let p = Path(prefix);
    let mut v = Problems::default();
    normalize_text(&mut party.key);
    normalize_text(&mut party.name);
    for s in [
        &mut party.address,
        &mut party.country,
        &mut party.contact,
        &mut party.notes,
        &mut party.privacy_notice_url,
    ] {
        normalize_opt(s);
    }
    if let Some(c) = &mut party.country {
        *c = c.to_ascii_uppercase();
    }
    v.note(key(p.at("key"), &party.key));
    v.note(required(p.at("name"), &party.name, MAX_SHORT));
    v.note(opt(p.at("address"), &party.address, MAX_LONG));
    v.note(opt(p.at("contact"), &party.contact, MAX_LONG));
    v.note(opt(p.at("notes"), &party.notes, MAX_LONG));
    v.note(web_link(
        p.at("privacy_notice_url"),
        &party.privacy_notice_url,
    ));
    if let Some(c) = &party.country {
        v.note(country(p.at("country"), c, catalogs));
    }
    normalize_list(&mut party.processing_countries);
    let mut seen = std::collections::HashSet::new();
    let seat = party.country.clone();
    party.processing_countries.retain_mut(|c| {
        *c = c.to_ascii_uppercase();
        // The seat is where the party processes anyway; a code given twice
        // says nothing more.
        seat.as_deref() != Some(c.as_str()) && seen.insert(c.clone())
    });
    v.note(items(
        p.at("processing_countries"),
        &party.processing_countries,
    ));
    for (i, c) in party.processing_countries.iter().enumerate() {
        v.note(country(
            p.at(&format!("processing_countries[{i}]")),
            c,
            catalogs,
        ));
    }
    v.note(date(p.at("dpf_checked_on"), &party.dpf_checked_on));
    normalize_list(&mut party.certifications);
    v.note(items(p.at("certifications"), &party.certifications));
    for (i, c) in party.certifications.iter().enumerate() {
        v.note(length(p.at(&format!("certifications[{i}]")), c, MAX_SHORT));
    }
    let Some(agreement) = &mut party.agreement else {
        return v.finish();
    };
    normalize_opt(&mut agreement.reference);
    normalize_opt(&mut agreement.location);
    v.note(opt(
        p.at("agreement.reference"),
        &agreement.reference,
        MAX_SHORT,
    ));
    v.note(opt(
        p.at("agreement.location"),
        &agreement.location,
        MAX_LONG,
    ));
    v.note(date(p.at("agreement.signed_on"), &agreement.signed_on));
    v.note(date(p.at("agreement.next_review"), &agreement.next_review));
    agreement.covers.sort();
    agreement.covers.dedup();
    normalize_list(&mut agreement.locations);
    v.note(items(p.at("agreement.locations"), &agreement.locations));
    for (i, l) in agreement.locations.iter().enumerate() {
        v.note(length(
            p.at(&format!("agreement.locations[{i}]")),
            l,
            MAX_SHORT,
        ));
    }
    v.note(items(
        p.at("agreement.subprocessors"),
        &agreement.subprocessors,
    ));
    for (i, s) in agreement.subprocessors.iter_mut().enumerate() {
        let sp_path = p.at(&format!("agreement.subprocessors[{i}]"));
        let sp = Path(&sp_path);
        normalize_text(&mut s.party);
        normalize_opt(&mut s.country);
        normalize_opt(&mut s.task);
        normalize_opt(&mut s.mechanism);
        if let Some(c) = &mut s.country {
            *c = c.to_ascii_uppercase();
        }
        if s.party.is_empty() {
            v.add(sp.at("party"), Reason::Required);
        } else if s.party == party.key {
            v.add(sp.at("party"), Reason::OwnSubProcessor);
        } else {
            v.note(party_ref(sp.at("party"), &s.party, refs));
        }
        if let Some(c) = &s.country {
            v.note(country(sp.at("country"), c, catalogs));
        }
        if let Some(m) = &s.mechanism {
            v.note(mechanism(sp.at("mechanism"), m, catalogs));
        }
        v.note(opt(sp.at("task"), &s.task, MAX_LONG));
    }
    v.finish()
}

pub fn tom(tom: &mut Tom, prefix: &str) -> Result<()> {
    let p = Path(prefix);
    let mut v = Problems::default();
    normalize_text(&mut tom.key);
    normalize_text(&mut tom.title);
    normalize_opt(&mut tom.description);
    v.note(key(p.at("key"), &tom.key));
    v.note(required(p.at("title"), &tom.title, MAX_SHORT));
    v.note(opt(p.at("description"), &tom.description, MAX_LONG));
    v.finish()
}
