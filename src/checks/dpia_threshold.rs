//! A recorded "no DPIA needed" that the activity's own threshold analysis
//! contradicts (Art. 35(1), (3), (4) GDPR; WP248 rev.01; the DSK list).

use super::context::Context;
use super::{Finding, RecordRef, Rule, Severity};
use crate::dpia::{assess, DpiaOutcome};
use crate::{ActivityStatus, Lang, ProcessingActivity};

pub(super) const CONTRADICTION: Rule = Rule {
    id: "dpia-threshold-contradiction",
    severity: Severity::Error,
    source_de: "Art. 35 Abs. 1, 3, 4 DSGVO; WP 248 rev.01; Liste der DSK nach Art. 35 Abs. 4 DSGVO",
    source_en: "Art. 35(1), (3), (4) GDPR; WP248 rev.01; the DSK's list under Art. 35(4) GDPR",
    title_de: "DSFA als nicht erforderlich erfasst, obwohl die Schwellwertanalyse sie verlangt",
    title_en: "DPIA recorded as not required although the threshold analysis requires one",
};

pub(super) fn check(ctx: &Context<'_>, a: &ProcessingActivity, out: &mut Vec<Finding>) {
    // Processing that has ended needs no DPIA any more; a draft does not run
    // yet, but its decision is already wrong, so it is flagged too.
    if a.status == ActivityStatus::Retired || a.dpia.required != Some(false) {
        return;
    }
    let criteria = &ctx.catalogs.dpia_criteria;
    let result = assess(&a.dpia.threshold, criteria);
    if result.outcome != DpiaOutcome::Required {
        return;
    }
    let (de, en) = (
        result.reason(criteria, Lang::De),
        result.reason(criteria, Lang::En),
    );
    out.push(
        CONTRADICTION
            .at(RecordRef::activity(&a.key), "dpia.required")
            .message(
                format!(
                    "Für die Tätigkeit ist erfasst, dass keine Datenschutz-Folgenabschätzung nötig \
                     ist, aber ihre Schwellwertanalyse verlangt eine: {de}."
                ),
                format!(
                    "The activity records that no data protection impact assessment is needed, \
                     but its threshold analysis requires one: {en}."
                ),
            )
            .hint(
                "Führen Sie vor Beginn der Verarbeitung eine DSFA durch und erfassen Sie sie als \
                 erforderlich, oder korrigieren Sie die Antworten der Schwellwertanalyse, wenn \
                 sie nicht zutreffen. Ein Fall des Art. 35 Abs. 3 DSGVO oder der Muss-Liste lässt \
                 keinen Spielraum; bei zwei Kriterien nach WP 248 ist eine Ausnahme nur mit \
                 dokumentierter Begründung vertretbar.",
                "Carry out a DPIA before the processing starts and record it as required, or \
                 correct the answers of the threshold analysis where they are wrong. A case of \
                 Art. 35(3) GDPR or of the DSK list leaves no room; with two WP248 criteria, an \
                 exception is defensible only with a documented reason.",
            ),
    );
}
