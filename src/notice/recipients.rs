//! Who receives an activity's data (Art. 13(1)(e)) and which third-country
//! transfers it involves (Art. 13(1)(f)): parties resolved by key, countries
//! and mechanisms against the catalogs, adequacy checked per recipient.

use super::activity::Gaps;
use super::build::text;
use super::missing::Gap;
use super::*;
use crate::{Catalogs, Party, ProcessingActivity, Register, Transfer};

fn party_country(p: &Party, catalogs: &Catalogs, lang: Lang) -> Option<String> {
    let code = p.country.as_deref()?;
    Some(
        catalogs
            .country(code)
            .map_or(code.to_owned(), |c| c.name(lang).to_owned()),
    )
}

pub(super) fn recipients(
    a: &ProcessingActivity,
    register: &Register,
    catalogs: &Catalogs,
    gaps: &Gaps<'_>,
) -> (Vec<RecipientNotice>, Vec<MissingItem>) {
    let items = a
        .recipients
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let party = r.party.as_deref().map(|k| (k, register.party(k)));
            let description = text(&r.description);
            let mut missing = Vec::new();
            if party.is_none() && description.is_none() {
                missing.push(gaps.item(Gap::RecipientName, format!("recipients[{i}].party")));
            }
            let found = party.and_then(|(_, p)| p);
            RecipientNotice {
                role: r.role.code().to_owned(),
                // A dangling key is shown as recorded rather than dropped.
                name: party.map(|(k, p)| p.map_or(k.to_owned(), |p| p.name.clone())),
                address: found.and_then(|p| text(&p.address)),
                country: found.and_then(|p| party_country(p, catalogs, gaps.lang)),
                description,
                note: text(&r.note),
                locations: found
                    .and_then(|p| p.agreement.as_ref())
                    .map(|ag| ag.locations.clone())
                    .unwrap_or_default(),
                missing,
            }
        })
        .collect::<Vec<_>>();
    let mut missing = Vec::new();
    if items.is_empty() {
        missing.push(gaps.item(Gap::Recipients, "recipients"));
    }
    (items, missing)
}

pub(super) fn transfer(
    i: usize,
    t: &Transfer,
    register: &Register,
    catalogs: &Catalogs,
    gaps: &Gaps<'_>,
) -> TransferNotice {
    let lang = gaps.lang;
    let party = t.recipient.as_deref().and_then(|k| register.party(k));
    let country = catalogs.country(&t.country);
    let third_country = country.is_none_or(|c| c.is_third_country());
    let adequacy = country
        .and_then(|c| c.adequacy.as_ref())
        .map(|d| AdequacyNotice {
            decision: d.decision.clone(),
            date: d.date,
            scope: match lang {
                Lang::De => d.scope_de.clone(),
                Lang::En => d.scope_en.clone(),
            },
        });
    // A partial decision we can check is the EU-US Data Privacy Framework;
    // other partial scopes (e.g. Canada's commercial organisations) are shown
    // to the reader with their scope.
    let adequacy_applies = adequacy.as_ref().is_some_and(|d| {
        d.scope.is_none() || t.country != "US" || party.is_some_and(|p| p.dpf_certified)
    });
    let mechanism = t
        .mechanism
        .as_deref()
        .map(|code| match catalogs.mechanism(code) {
            Some(m) => (
                MechanismNotice {
                    code: code.to_owned(),
                    citation: m.citation(lang).to_owned(),
                    label: m.label(lang).to_owned(),
                    kind: mechanism_kind(code).to_owned(),
                },
                m.valid,
            ),
            None => (
                MechanismNotice {
                    code: code.to_owned(),
                    citation: code.to_owned(),
                    label: String::new(),
                    kind: mechanism_kind(code).to_owned(),
                },
                true,
            ),
        });
    let mut missing = Vec::new();
    let field = format!("transfers[{i}].mechanism");
    let about = match (&t.recipient, party) {
        (_, Some(p)) => format!("{}, {}", p.name, t.country),
        (Some(k), None) => format!("{k}, {}", t.country),
        (None, None) => t.country.clone(),
    };
    match &mechanism {
        Some((_, false)) => {
            missing.push(gaps.item_about(Gap::TransferMechanismInvalid, field, &about))
        }
        None if third_country && !adequacy_applies => {
            missing.push(gaps.item_about(Gap::TransferMechanism, field, &about))
        }
        _ => {}
    }
    TransferNotice {
        recipient: t
            .recipient
            .as_deref()
            .map(|k| party.map_or(k.to_owned(), |p| p.name.clone())),
        country: country.map_or(t.country.clone(), |c| c.name(lang).to_owned()),
        third_country,
        adequacy,
        adequacy_applies,
        mechanism: mechanism.map(|(m, _)| m),
        scc_module: t.scc_module,
        safeguards_copy: text(&t.safeguards_copy),
        missing,
    }
}

fn mechanism_kind(code: &str) -> &'static str {
    if code.starts_with("art45") {
        "adequacy"
    } else if code.starts_with("art49") {
        "derogation"
    } else {
        "safeguard"
    }
}
