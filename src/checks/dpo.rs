//! § 38(1) sentence 1 BDSG with the number the header records: a non-public
//! body in which as a rule at least 20 persons are constantly engaged in the
//! automated processing of personal data must designate a DPO, whatever
//! reason the register gives for having none.

use super::context::Context;
use super::{Finding, RecordRef, Rule, Severity};

pub(super) const HEADCOUNT: Rule = Rule {
    id: "dpo-required-headcount",
    severity: Severity::Error,
    source_de: "§ 38 Abs. 1 Satz 1 BDSG, Art. 37 Abs. 4 DSGVO",
    source_en: "Section 38(1) sentence 1 BDSG, Art. 37(4) GDPR",
    title_de: "Kein Datenschutzbeauftragter, obwohl 20 oder mehr Personen Daten verarbeiten",
    title_en: "No DPO although 20 or more persons process personal data",
};

/// From this many persons constantly engaged in automated processing a
/// DPO must be designated.
pub const DPO_THRESHOLD: u32 = 20;

pub(super) fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    let org = &ctx.register.organisation;
    // A public body needs one anyway (`dpo-required-public-body`); § 38
    // BDSG is the rule for non-public bodies.
    if org.dpo.is_some() || org.controller.public_body {
        return;
    }
    let Some(n) = org.persons_processing.filter(|n| *n >= DPO_THRESHOLD) else {
        return;
    };
    out.push(
        HEADCOUNT
            .at(RecordRef::organisation(), "dpo")
            .message(
                format!(
                    "Im Verzeichnis ist kein Datenschutzbeauftragter erfasst, aber {n} Personen \
                     sind ständig mit der automatisierten Verarbeitung personenbezogener Daten \
                     beschäftigt."
                ),
                format!(
                    "No data protection officer is recorded, but {n} persons are constantly \
                     engaged in the automated processing of personal data."
                ),
            )
            .hint(
                "Ab 20 Personen, die in der Regel ständig personenbezogene Daten automatisiert \
                 verarbeiten – Teilzeitkräfte, Auszubildende und freie Mitarbeiter zählen mit –, \
                 muss eine nicht-öffentliche Stelle einen Datenschutzbeauftragten benennen und \
                 seine Kontaktdaten der Aufsichtsbehörde mitteilen. Benennen Sie einen und \
                 erfassen Sie ihn, oder korrigieren Sie die Anzahl, wenn sie nicht stimmt.",
                "From 20 persons who as a rule constantly process personal data by automated \
                 means – part-time staff, trainees and freelancers count too – a non-public body \
                 must designate a data protection officer and communicate their contact details \
                 to the supervisory authority. Designate one and record them, or correct the \
                 number if it is wrong.",
            ),
    );
}
