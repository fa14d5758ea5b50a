//! Who receives an activity's data (Art. 13(1)(e)): parties resolved by key,
//! their countries against the catalog, processors with their locations.

use super::build::text;
use super::gaps::Gaps;
use super::missing::Gap;
use super::*;
use crate::{Catalogs, Party, ProcessingActivity, Register};

fn party_country(p: &Party, catalogs: &Catalogs, lang: Lang) -> Option<String> {
    let code = p.country.as_deref()?;
    Some(
        catalogs
            .country(code)
            .map_or(code.to_owned(), |c| c.name(lang).to_owned()),
    )
}

/// Where the party processes besides its seat: the countries it records
/// (by name), then the processing locations of its processor agreement.
fn processing_places(p: &Party, catalogs: &Catalogs, lang: Lang) -> Vec<String> {
    let countries = p.processing_countries.iter().map(|code| {
        catalogs
            .country(code)
            .map_or(code.to_owned(), |c| c.name(lang).to_owned())
    });
    let agreed = p
        .agreement
        .iter()
        .flat_map(|ag| ag.locations.iter().cloned());
    countries.chain(agreed).collect()
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
            if party.is_none() && description.is_none() && r.channels.is_empty() {
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
                    .map(|p| processing_places(p, catalogs, gaps.lang))
                    .unwrap_or_default(),
                privacy_notice: found
                    .and_then(|p| text(&p.privacy_notice_url))
                    .filter(|u| u.starts_with("https://") || u.starts_with("http://")),
                own_responsibility: text(&r.own_responsibility),
                channels: r
                    .channels
                    .iter()
                    .map(|c| c.label(gaps.lang).to_owned())
                    .collect(),
                data_categories: r.data_categories.clone(),
                legal_bases: r
                    .legal_bases
                    .iter()
                    .map(|code| {
                        catalogs
                            .legal_basis(code)
                            .map_or_else(|| code.clone(), |b| b.citation(gaps.lang).to_owned())
                    })
                    .chain(text(&r.legal_basis_note))
                    .collect(),
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
