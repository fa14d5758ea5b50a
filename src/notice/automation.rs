//! The automated decisions one by one and the cookie and embed table, as
//! the notice states them (Art. 13(2)(f), § 25 TDDDG with Art. 13(1)(c)).

use super::build::text;
use super::sections::{DecisionNotice, EmbedNotice, EmbedsNotice};
use crate::{AutomatedDecisions, Catalogs, EmbedAccess, Lang, ProcessingActivity};

pub(super) fn decisions(a: &ProcessingActivity, lang: Lang) -> Vec<DecisionNotice> {
    let Some(AutomatedDecisions::Used { decisions, .. }) = &a.automated_decisions else {
        return Vec::new();
    };
    decisions
        .iter()
        .map(|d| DecisionNotice {
            decision: d.decision.trim().to_owned(),
            effect: d.effect.label(lang),
            consequences: text(&d.consequences),
            exception: d.exception.map(|e| e.label(lang)),
            exception_note: text(&d.exception_note),
            safeguards: d.safeguards.iter().map(|s| s.label(lang)).collect(),
            safeguards_note: text(&d.safeguards_note),
        })
        .collect()
}

pub(super) fn embeds(a: &ProcessingActivity, catalogs: &Catalogs, lang: Lang) -> EmbedsNotice {
    let consent = a.embeds.iter().filter(|e| e.access == EmbedAccess::Consent);
    EmbedsNotice {
        rows: rows(a, catalogs, lang),
        consent: consent.clone().next().is_some(),
        consent_first: consent.clone().next().is_some()
            && consent.clone().all(|e| !e.before_consent),
        durations: a.embeds.iter().any(|e| e.duration.is_some()),
        countries: a.embeds.iter().any(|e| e.country.is_some()),
    }
}

fn rows(a: &ProcessingActivity, catalogs: &Catalogs, lang: Lang) -> Vec<EmbedNotice> {
    a.embeds
        .iter()
        .map(|e| EmbedNotice {
            name: e.name.trim().to_owned(),
            kind: e.kind.label(lang),
            provider: text(&e.provider),
            purpose: e.purpose.trim().to_owned(),
            access: e.access.label(lang),
            consent: e.access == EmbedAccess::Consent,
            duration: text(&e.duration),
            country: e
                .country
                .as_deref()
                .map(|code| match catalogs.country(code) {
                    Some(c) => format!("{} ({code})", c.name(lang)),
                    None => code.to_owned(),
                }),
        })
        .collect()
}
