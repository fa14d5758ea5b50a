//! How the data subjects are informed (Art. 12–14 GDPR): an exemption the
//! activity cannot claim.

use super::{Finding, RecordRef, Rule, Severity};
use crate::{Information, ProcessingActivity};

pub(super) const EXEMPTION_ART13: Rule = Rule {
    id: "information-exemption-not-available",
    severity: Severity::Error,
    source_de: "Art. 13 Abs. 4, Art. 14 Abs. 5 DSGVO",
    source_en: "Art. 13(4), 14(5) GDPR",
    title_de: "Ausnahme nach Art. 14 Abs. 5 für Daten, die bei der Person erhoben werden",
    title_en: "Art. 14(5) exemption for data collected from the data subject",
};

pub(super) fn check(a: &ProcessingActivity, out: &mut Vec<Finding>) {
    let Information::Exempt { ground, .. } = &a.information else {
        return;
    };
    let only_from_subject = a.source.from_data_subject == Some(true)
        && a.source
            .other_sources
            .as_deref()
            .is_none_or(|s| s.trim().is_empty());
    if !(ground.only_art14() && only_from_subject) {
        return;
    }
    out.push(
        EXEMPTION_ART13
            .at(RecordRef::activity(&a.key), "information.ground")
            .message(
                format!(
                    "Die Tätigkeit beruft sich auf {}, erhebt ihre Daten aber nur bei den \
                     Betroffenen selbst.",
                    ground.article(crate::Lang::De)
                ),
                format!(
                    "The activity relies on {}, but collects its data only from the data \
                     subjects themselves.",
                    ground.article(crate::Lang::En)
                ),
            )
            .hint(
                "Die Ausnahmen des Art. 14 Abs. 5 lit. b bis d gelten nur für Daten aus anderen \
                 Quellen. Bei Erhebung bei der Person entfällt die Information nur, soweit sie \
                 die Informationen schon hat (Art. 13 Abs. 4), oder nach nationalem Recht \
                 (z. B. § 32 BDSG).",
                "The exemptions of Art. 14(5)(b) to (d) apply only to data from other sources. \
                 For data collected from the person, information may be omitted only insofar as \
                 they already have it (Art. 13(4)) or under national law (e.g. Section 32 BDSG).",
            ),
    );
}
