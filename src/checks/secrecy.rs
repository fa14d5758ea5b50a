//! Professional secrecy (§ 203 StGB): a physician, lawyer or tax advisor may
//! let a service provider see secrets only when it has obliged the provider
//! to confidentiality (§ 203(4) sentence 2 no. 1 StGB); without that, the
//! professional is liable when the provider discloses.

use super::context::Context;
use super::{Finding, RecordRef, Rule, Severity};
use crate::Party;

pub(super) const SECRECY_OBLIGATION_MISSING: Rule = Rule {
    id: "processor-secrecy-obligation-missing",
    severity: Severity::Error,
    source_de: "§ 203 Abs. 3, 4 S. 2 Nr. 1 StGB",
    source_en: "Section 203(3), (4) second sentence no. 1 StGB",
    title_de: "Auftragsverarbeiter nicht zur Verschwiegenheit verpflichtet (§ 203 StGB)",
    title_en: "Processor not obliged to secrecy (Section 203 StGB)",
};

pub(super) fn check_party(ctx: &Context<'_>, party: &Party, out: &mut Vec<Finding>) {
    if !ctx.register.organisation.professional_secrecy || ctx.processor_of(&party.key).is_empty() {
        return;
    }
    // Without an agreement `processor-no-agreement` speaks; the obligation
    // is part of the agreement that is still missing.
    let Some(agreement) = &party.agreement else {
        return;
    };
    if agreement.secrecy_obligation {
        return;
    }
    let name = party.name.trim();
    out.push(
        SECRECY_OBLIGATION_MISSING
            .at(RecordRef::party(&party.key), "agreement.secrecy_obligation")
            .message(
                format!(
                    "Die Organisation unterliegt der beruflichen Schweigepflicht (§ 203 StGB), \
                     aber der Vertrag mit dem Auftragsverarbeiter „{name}“ verpflichtet ihn \
                     nicht erfasst zur Verschwiegenheit."
                ),
                format!(
                    "The organisation is bound by professional secrecy (Section 203 StGB), but \
                     the agreement with the processor '{name}' is not recorded as obliging it \
                     to secrecy."
                ),
            )
            .hint(
                "Verpflichten Sie den Dienstleister in Textform zur Geheimhaltung, mit der \
                 Belehrung über die Strafbarkeit nach § 203 Abs. 4 StGB, und dazu, auch die von \
                 ihm eingesetzten Personen zu verpflichten; vermerken Sie es dann am Vertrag.",
                "Oblige the service provider in text form to secrecy, informing it that a breach \
                 is punishable under Section 203(4) StGB, and to oblige the persons it engages \
                 in turn; then mark it on the agreement.",
            ),
    );
}
