//! A DPF certification the transfers rely on must be current: participants
//! re-certify every year and can leave the framework, and the adequacy
//! decision covers only those on the Data Privacy Framework List.

use std::collections::HashSet;

use chrono::Months;

use super::context::Context;
use super::transfers::ADEQUACY_CODE;
use super::{Finding, RecordRef, Rule, Severity};
use crate::{ActivityStatus, Party, DPF_COUNTRY};

pub(super) const CHECK_OUTDATED: Rule = Rule {
    id: "dpf-check-outdated",
    severity: Severity::Warning,
    source_de: "Art. 45 DSGVO, Durchführungsbeschluss (EU) 2023/1795",
    source_en: "Art. 45 GDPR, Implementing Decision (EU) 2023/1795",
    title_de: "DPF-Zertifizierung nicht in den letzten zwölf Monaten geprüft",
    title_en: "DPF certification not checked within the last twelve months",
};

/// How long a look-up in the DPF list is taken as current: one year, the
/// period after which a participant has to re-certify.
const CURRENT_FOR: Months = Months::new(12);

pub(super) fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    let receivers = relying_recipients(ctx);
    for party in &ctx.register.parties {
        if party.recorded_dpf_certified()
            && party.dpf_applies()
            && receivers.contains(party.key.as_str())
        {
            check_party(ctx, party, out);
        }
    }
}

fn check_party(ctx: &Context<'_>, party: &Party, out: &mut Vec<Finding>) {
    let stale = match party.dpf_checked_on {
        None => true,
        Some(d) => d
            .checked_add_months(CURRENT_FOR)
            .is_some_and(|due| due < ctx.today),
    };
    if !stale {
        return;
    }
    let name = party.name.trim();
    let (de, en) = match party.dpf_checked_on {
        None => (
            format!(
                "„{name}“ ist als nach dem EU-US Data Privacy Framework zertifiziert erfasst, \
                 aber nicht, wann das geprüft wurde."
            ),
            format!(
                "'{name}' is recorded as certified under the EU-U.S. Data Privacy Framework, \
                 but not when this was checked."
            ),
        ),
        Some(d) => (
            format!(
                "Die DPF-Zertifizierung von „{name}“ wurde zuletzt am {} geprüft.",
                d.format("%d.%m.%Y")
            ),
            format!(
                "The DPF certification of '{name}' was last checked on {}.",
                d.format("%Y-%m-%d")
            ),
        ),
    };
    out.push(
        CHECK_OUTDATED
            .at(RecordRef::party(&party.key), "dpf_checked_on")
            .message(de, en)
            .hint(
                "Schlagen Sie die Organisation in der Data Privacy Framework List nach \
                 (dataprivacyframework.gov): Sie muss dort als aktiv geführt sein und die \
                 übermittelten Daten abdecken. Erfassen Sie das Prüfdatum; ist sie nicht mehr \
                 zertifiziert, braucht die Übermittlung ein anderes Übermittlungsinstrument.",
                "Look the organisation up in the Data Privacy Framework List \
                 (dataprivacyframework.gov): it must be listed as active and cover the data \
                 transferred. Record the date of the check; if it is no longer certified, the \
                 transfer needs another transfer mechanism.",
            ),
    );
}

/// The parties whose certification a transfer to the United States relies
/// on: the transfer rests on the adequacy decision (Art. 45) or on nothing
/// recorded yet, and it belongs to an activity not retired or to the
/// processor's record.
fn relying_recipients<'a>(ctx: &Context<'a>) -> HashSet<&'a str> {
    let register = ctx.register;
    register
        .activities
        .iter()
        .filter(|a| a.status != ActivityStatus::Retired)
        .flat_map(|a| &a.transfers)
        .chain(
            register
                .processor_activities
                .iter()
                .flat_map(|e| &e.transfers),
        )
        .filter(|t| t.country.trim().eq_ignore_ascii_case(DPF_COUNTRY))
        .filter(|t| {
            t.mechanism
                .as_deref()
                .map(str::trim)
                .is_none_or(|m| m.is_empty() || m == ADEQUACY_CODE)
        })
        .filter_map(|t| t.recipient.as_deref().map(str::trim))
        .collect()
}
