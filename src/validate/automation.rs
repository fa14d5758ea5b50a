//! The automated decisions one by one and the cookie and embed table of an
//! activity (issue 23).

use std::collections::HashSet;

use super::*;

/// Validates the decisions against the activity's purposes (their
/// descriptions, what a decision's `purpose` names).
pub(super) fn decisions(
    decisions: &mut [AutomatedDecision],
    p: &Path<'_>,
    purposes: &[String],
) -> Result<()> {
    let mut v = Problems::default();
    v.note(items(p.at("decisions"), decisions));
    for (i, d) in decisions.iter_mut().enumerate() {
        let dp = p.at(&format!("decisions[{i}]"));
        let dp = Path(&dp);
        normalize_text(&mut d.decision);
        for s in [
            &mut d.consequences,
            &mut d.purpose,
            &mut d.exception_note,
            &mut d.safeguards_note,
        ] {
            normalize_opt(s);
        }
        v.note(required(dp.at("decision"), &d.decision, MAX_LONG));
        v.note(opt(dp.at("consequences"), &d.consequences, MAX_LONG));
        v.note(opt(dp.at("exception_note"), &d.exception_note, MAX_LONG));
        v.note(opt(dp.at("safeguards_note"), &d.safeguards_note, MAX_LONG));
        if let Some(purpose) = &d.purpose {
            if !purposes.contains(purpose) {
                v.add(
                    dp.at("purpose"),
                    Reason::UnknownPurpose {
                        purpose: purpose.clone(),
                    },
                );
            }
        }
        for (k, s) in d.safeguards.iter().enumerate() {
            if d.safeguards[..k].contains(s) {
                v.add(
                    dp.at(&format!("safeguards[{k}]")),
                    Reason::ListedTwice {
                        item: Listed::Safeguard,
                        value: s.code().to_owned(),
                    },
                );
            }
        }
    }
    v.finish()
}

/// Validates the cookies and embedded services: texts, and the third
/// country against the country catalog.
pub(super) fn embeds(embeds: &mut [Embed], p: &Path<'_>, catalogs: &Catalogs) -> Result<()> {
    let mut v = Problems::default();
    v.note(items(p.at("embeds"), embeds));
    let mut seen = HashSet::new();
    for (i, e) in embeds.iter_mut().enumerate() {
        let ep = p.at(&format!("embeds[{i}]"));
        let ep = Path(&ep);
        normalize_text(&mut e.name);
        normalize_text(&mut e.purpose);
        normalize_opt(&mut e.provider);
        normalize_opt(&mut e.duration);
        normalize_opt(&mut e.country);
        v.note(required(ep.at("name"), &e.name, MAX_SHORT));
        v.note(opt(ep.at("provider"), &e.provider, MAX_SHORT));
        v.note(required(ep.at("purpose"), &e.purpose, MAX_LONG));
        v.note(opt(ep.at("duration"), &e.duration, MAX_SHORT));
        if let Some(c) = &mut e.country {
            *c = c.to_ascii_uppercase();
            v.note(country(ep.at("country"), c, catalogs));
            if catalogs.country(c).is_some_and(|c| c.eea) {
                v.add(
                    ep.at("country"),
                    Reason::EmbedCountryInEea { code: c.clone() },
                );
            }
        }
        let id = (e.name.to_lowercase(), e.provider.clone());
        if !seen.insert(id) {
            v.add(
                ep.at("name"),
                Reason::ListedTwice {
                    item: Listed::Embed,
                    value: e.name.clone(),
                },
            );
        }
    }
    v.finish()
}
