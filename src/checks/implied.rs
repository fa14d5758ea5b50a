//! A recipient that processes in a third country, by its seat or a
//! processing country recorded on the party, makes the activity transfer
//! data there (Art. 44 GDPR): the record has to say so with the transfer's
//! safeguards (Art. 30(1)(e)), and the notice has to name it (Art. 13(1)(f)).

use super::context::Context;
use super::{Finding, RecordRef, Rule, Severity};
use crate::implied_transfers::{implied_by, Via};
use crate::{ActivityStatus, ProcessingActivity, RecipientRole};

pub(super) const NOT_RECORDED: Rule = Rule {
    id: "recipient-transfer-not-recorded",
    severity: Severity::Error,
    source_de: "Art. 30 Abs. 1 S. 2 lit. e, Art. 44 DSGVO",
    source_en: "Art. 30(1)(e), Art. 44 GDPR",
    title_de: "Empfänger verarbeitet im Drittland, Übermittlung nicht erfasst",
    title_en: "Recipient processes in a third country, transfer not recorded",
};

pub(super) fn check(ctx: &Context<'_>, a: &ProcessingActivity, out: &mut Vec<Finding>) {
    if a.status == ActivityStatus::Retired {
        return;
    }
    let lookup = |key: &str| ctx.party(Some(key));
    for t in implied_by(a, &lookup, ctx.catalogs) {
        let how = match t.via {
            Via::Seat => ("hat dort seinen Sitz", "has its seat there"),
            Via::Location => (
                "ist dort als Verarbeitungsort erfasst",
                "is recorded as processing there",
            ),
            // The sub-processor rules (Art. 28(4)) cover these.
            Via::SubProcessor { .. } => continue,
        };
        let r = &a.recipients[t.recipient_index];
        let unlisted_sub =
            r.role == RecipientRole::SubProcessor && !ctx.is_listed_subprocessor(&t.party.key);
        if (unlisted_sub && t.via == Via::Seat)
            || !ctx
                .destination(&t.country, Some(t.party))
                .needs_safeguards()
        {
            continue;
        }
        let (country_de, country_en) = ctx.in_country(&t.country);
        let name = t.party.name.trim();
        out.push(
            NOT_RECORDED
                .at(
                    RecordRef::activity(&a.key),
                    format!("recipients[{}].party", t.recipient_index),
                )
                .message(
                    format!(
                        "Der Empfänger „{name}“ verarbeitet Daten {country_de} ({}), aber die \
                         Tätigkeit erfasst keine Übermittlung an ihn dorthin.",
                        how.0
                    ),
                    format!(
                        "The recipient '{name}' processes data {country_en} ({}), but the \
                         activity records no transfer to it there.",
                        how.1
                    ),
                )
                .hint(
                    "Erfassen Sie die Übermittlung mit diesem Empfänger, dem Land und dem \
                     Übermittlungsinstrument (Art. 45, 46 oder 49 DSGVO); die \
                     Datenschutzhinweise nennen sie nach Art. 13 Abs. 1 lit. f DSGVO. Für \
                     einen nach dem Data Privacy Framework zertifizierten US-Empfänger genügt \
                     es, die Zertifizierung bei der Stelle zu erfassen.",
                    "Record the transfer with this recipient, the country and the transfer \
                     mechanism (Art. 45, 46 or 49 GDPR); the notice names it under \
                     Art. 13(1)(f) GDPR. For a US recipient certified under the Data Privacy \
                     Framework, recording the certification on the party is enough.",
                ),
        );
    }
}
