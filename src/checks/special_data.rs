//! Special categories of data (Art. 9) and data on criminal convictions and
//! offences (Art. 10): a data category marked so needs, in some purpose of
//! the activity, the condition or basis those articles add to Art. 6.

use super::context::Context;
use super::{Finding, RecordRef, Rule, Severity};
use crate::{LegalBasisKind, ProcessingActivity};

pub(super) const SPECIAL_DATA: Rule = Rule {
    id: "special-data-no-art9",
    severity: Severity::Error,
    source_de: "Art. 9 Abs. 1, 2 DSGVO",
    source_en: "Art. 9(1), (2) GDPR",
    title_de: "Besondere Kategorien ohne Ausnahme nach Art. 9 Abs. 2",
    title_en: "Special-category data without an Art. 9(2) condition",
};

pub(super) const CRIMINAL_DATA: Rule = Rule {
    id: "criminal-data-no-art10",
    severity: Severity::Error,
    source_de: "Art. 10 DSGVO",
    source_en: "Art. 10 GDPR",
    title_de: "Daten über Straftaten ohne Grundlage nach Art. 10",
    title_en: "Criminal-offence data without an Art. 10 basis",
};

/// § 22(1) BDSG is national law, but it is Germany's use of Art. 9(2)(b),
/// (g), (h) and (i), so it counts as an Art. 9(2) condition.
const BDSG_22: &str = "bdsg-22";

pub(super) fn check(ctx: &Context<'_>, a: &ProcessingActivity, out: &mut Vec<Finding>) {
    let bases = || {
        a.purposes
            .iter()
            .flat_map(|p| p.legal_bases.iter())
            .map(|b| (b.trim(), ctx.basis(b).map(|b| b.kind)))
    };
    let art9 = bases().any(|(code, kind)| kind == Some(LegalBasisKind::Art9) || code == BDSG_22);
    let art10 = bases().any(|(_, kind)| kind == Some(LegalBasisKind::Art10));
    for (i, c) in a.data_categories.iter().enumerate() {
        let name = c.name.trim();
        // A condition tied to the category covers it, as does one of a
        // purpose of the activity (registers that record them there).
        let own = |want: LegalBasisKind| {
            c.conditions.iter().any(|code| {
                ctx.basis(code).map(|b| b.kind) == Some(want)
                    || (want == LegalBasisKind::Art9 && code.trim() == BDSG_22)
            })
        };
        if c.special && !art9 && !own(LegalBasisKind::Art9) {
            out.push(
                SPECIAL_DATA
                    .at(
                        RecordRef::activity(&a.key),
                        format!("data_categories[{i}].special"),
                    )
                    .message(
                        format!(
                            "Die Datenkategorie „{name}“ gehört zu den besonderen Kategorien \
                             (Art. 9 Abs. 1 DSGVO), aber kein Zweck der Tätigkeit nennt eine \
                             Ausnahme nach Art. 9 Abs. 2 DSGVO."
                        ),
                        format!(
                            "The data category '{name}' is a special category (Art. 9(1) GDPR), \
                             but no purpose of the activity names an Art. 9(2) GDPR condition."
                        ),
                    )
                    .hint(
                        "Ergänzen Sie beim betreffenden Zweck die Ausnahme nach Art. 9 Abs. 2 \
                         DSGVO (oder § 22 Abs. 1 BDSG), oder prüfen Sie, ob die Daten wirklich \
                         zu den besonderen Kategorien gehören.",
                        "Add the Art. 9(2) GDPR condition (or Section 22(1) BDSG) to the purpose \
                         concerned, or check whether the data really is a special category.",
                    ),
            );
        }
        if c.criminal && !art10 && !own(LegalBasisKind::Art10) {
            out.push(
                CRIMINAL_DATA
                    .at(
                        RecordRef::activity(&a.key),
                        format!("data_categories[{i}].criminal"),
                    )
                    .message(
                        format!(
                            "Die Datenkategorie „{name}“ betrifft strafrechtliche Verurteilungen \
                             und Straftaten, aber kein Zweck der Tätigkeit nennt Art. 10 DSGVO."
                        ),
                        format!(
                            "The data category '{name}' relates to criminal convictions and \
                             offences, but no purpose of the activity names Art. 10 GDPR."
                        ),
                    )
                    .hint(
                        "Ergänzen Sie beim betreffenden Zweck Art. 10 DSGVO und nennen Sie in der \
                         Anmerkung die Vorschrift, die die Verarbeitung erlaubt – oder verzichten \
                         Sie auf diese Daten.",
                        "Add Art. 10 GDPR to the purpose concerned and name the provision that \
                         authorises the processing in its note, or do without this data.",
                    ),
            );
        }
    }
}
