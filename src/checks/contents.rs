//! What every activity's entry must say under Art. 30(1)(b)–(d): its
//! purposes, the categories of data subjects and of personal data, and the
//! categories of recipients. The print and the notice show these as "nicht
//! erfasst"; the checks make the gap a finding, so `vvt check` does not pass
//! an entry that says nothing.

use super::{Finding, RecordRef, Rule, Severity};
use crate::ProcessingActivity;

pub(super) const PURPOSES: Rule = Rule {
    id: "purposes-missing",
    severity: Severity::Error,
    source_de: "Art. 30 Abs. 1 lit. b, Art. 13 Abs. 1 lit. c DSGVO",
    source_en: "Art. 30(1)(b), Art. 13(1)(c) GDPR",
    title_de: "Tätigkeit ohne Zweck",
    title_en: "Activity without a purpose",
};

pub(super) const DATA_SUBJECTS: Rule = Rule {
    id: "data-subjects-missing",
    severity: Severity::Error,
    source_de: "Art. 30 Abs. 1 lit. c DSGVO",
    source_en: "Art. 30(1)(c) GDPR",
    title_de: "Tätigkeit ohne Kategorien betroffener Personen",
    title_en: "Activity without categories of data subjects",
};

pub(super) const DATA_CATEGORIES: Rule = Rule {
    id: "data-categories-missing",
    severity: Severity::Error,
    source_de: "Art. 30 Abs. 1 lit. c, Art. 14 Abs. 1 lit. d DSGVO",
    source_en: "Art. 30(1)(c), Art. 14(1)(d) GDPR",
    title_de: "Tätigkeit ohne Kategorien personenbezogener Daten",
    title_en: "Activity without categories of personal data",
};

/// A warning, not an error: Art. 30(1)(d) asks for the recipients to whom
/// data "have been or will be disclosed", and an activity may have none —
/// not even an internal unit beyond those who carry it out. The register
/// cannot record "no recipients" apart from "not recorded" (both are an
/// empty list), so an error here could never be cleared for such an
/// activity and would make `vvt check` fail for good.
pub(super) const RECIPIENTS: Rule = Rule {
    id: "recipients-missing",
    severity: Severity::Warning,
    source_de: "Art. 30 Abs. 1 lit. d, Art. 13 Abs. 1 lit. e DSGVO",
    source_en: "Art. 30(1)(d), Art. 13(1)(e) GDPR",
    title_de: "Tätigkeit ohne Empfänger",
    title_en: "Activity without recipients",
};

/// The notice's items an activity's record can leave open although the
/// register itself does not need them (Art. 13/14, not Art. 30): warnings,
/// so the checks list what the notice view marks as missing.
pub(super) const SOURCE: Rule = Rule {
    id: "source-not-recorded",
    severity: Severity::Warning,
    source_de: "Art. 13, Art. 14 Abs. 2 lit. f DSGVO",
    source_en: "Art. 13, 14(2)(f) GDPR",
    title_de: "Nicht erfasst, ob die Daten bei der betroffenen Person erhoben werden",
    title_en: "Not recorded whether the data is collected from the data subject",
};

pub(super) const PROVISION: Rule = Rule {
    id: "provision-not-recorded",
    severity: Severity::Warning,
    source_de: "Art. 13 Abs. 2 lit. e DSGVO",
    source_en: "Art. 13(2)(e) GDPR",
    title_de: "Nicht erfasst, ob die Bereitstellung der Daten vorgeschrieben ist",
    title_en: "Not recorded whether providing the data is required",
};

pub(super) const AUTOMATED: Rule = Rule {
    id: "automated-decisions-not-recorded",
    severity: Severity::Warning,
    source_de: "Art. 13 Abs. 2 lit. f, Art. 14 Abs. 2 lit. g, Art. 22 DSGVO",
    source_en: "Art. 13(2)(f), 14(2)(g), 22 GDPR",
    title_de: "Nicht erfasst, ob automatisiert entschieden wird",
    title_en: "Not recorded whether decisions are automated",
};

pub(super) fn check(a: &ProcessingActivity, out: &mut Vec<Finding>) {
    let record = || RecordRef::activity(&a.key);
    if a.purposes.iter().all(|p| p.description.trim().is_empty()) {
        out.push(
            PURPOSES
                .at(record(), "purposes")
                .message(
                    "Für die Tätigkeit ist kein Zweck erfasst.",
                    "No purpose is recorded for the activity.",
                )
                .hint(
                    "Beschreiben Sie, wozu die Daten verarbeitet werden, und wählen Sie je Zweck \
                     die Rechtsgrundlage; Verzeichnis und Datenschutzhinweise müssen beides nennen.",
                    "Describe what the data is processed for and choose the legal basis of each \
                     purpose; the register and the privacy notice must state both.",
                ),
        );
    }
    if a.data_subjects.iter().all(|s| s.trim().is_empty()) && a.data_subject_groups.is_empty() {
        out.push(
            DATA_SUBJECTS
                .at(record(), "data_subjects")
                .message(
                    "Für die Tätigkeit sind keine Kategorien betroffener Personen erfasst.",
                    "No categories of data subjects are recorded for the activity.",
                )
                .hint(
                    "Erfassen Sie, über wen Daten verarbeitet werden, etwa Beschäftigte, \
                     Kunden oder Teilnehmende.",
                    "Record whose data is processed, such as employees, customers or \
                     participants.",
                ),
        );
    }
    if a.data_categories.iter().all(|c| c.name.trim().is_empty()) {
        out.push(
            DATA_CATEGORIES
                .at(record(), "data_categories")
                .message(
                    "Für die Tätigkeit sind keine Kategorien personenbezogener Daten erfasst.",
                    "No categories of personal data are recorded for the activity.",
                )
                .hint(
                    "Erfassen Sie, welche Daten verarbeitet werden, je Kategorie mit ihrer \
                     Löschfrist; stammen die Daten nicht von der betroffenen Person, müssen die \
                     Datenschutzhinweise die Kategorien nennen.",
                    "Record which data is processed, each category with its retention period; \
                     where the data does not come from the data subject, the privacy notice \
                     must name the categories.",
                ),
        );
    }
    if a.recipients.is_empty() {
        out.push(
            RECIPIENTS
                .at(record(), "recipients")
                .message(
                    "Für die Tätigkeit sind keine Empfänger erfasst.",
                    "No recipients are recorded for the activity.",
                )
                .hint(
                    "Erfassen Sie die Kategorien von Empfängern, denen die Daten offengelegt \
                     werden oder werden sollen – auch interne Stellen, Auftragsverarbeiter und \
                     Empfänger in Drittländern. Erhält tatsächlich niemand die Daten, kann diese \
                     Warnung stehen bleiben; halten Sie Ihre Prüfung dann in den Anmerkungen fest.",
                    "Record the categories of recipients to whom the data has been or will be \
                     disclosed, including internal units, processors and recipients in third \
                     countries. If no one actually receives the data, this warning may stand; \
                     then note in the activity's notes that you checked.",
                ),
        );
    }
    notice_items(a, out);
}

/// What the privacy notice needs from the activity beyond Art. 30.
fn notice_items(a: &ProcessingActivity, out: &mut Vec<Finding>) {
    let record = || RecordRef::activity(&a.key);
    if a.source.from_data_subject.is_none() {
        out.push(
            SOURCE
                .at(record(), "source.from_data_subject")
                .message(
                    "Nicht erfasst, ob die Daten bei der betroffenen Person selbst erhoben werden.",
                    "Not recorded whether the data is collected from the data subject.",
                )
                .hint(
                    "Die Antwort entscheidet, ob Art. 13 oder Art. 14 DSGVO gilt; stammen Daten \
                     aus anderen Quellen, nennen die Datenschutzhinweise diese Quellen.",
                    "The answer decides whether Art. 13 or Art. 14 GDPR applies; where data \
                     comes from other sources, the privacy notice names them.",
                ),
        );
    }
    // The source also decides which exemptions an activity may claim; the
    // items below are owed only where the data subjects are informed.
    if !a.information.owed() {
        return;
    }
    // Art. 13(2)(e) has no counterpart in Art. 14: only data collected from
    // the data subject owes it.
    if a.source.from_data_subject != Some(false) && a.provision.is_none() {
        out.push(
            PROVISION
                .at(record(), "provision")
                .message(
                    "Nicht erfasst, ob die Bereitstellung der Daten gesetzlich oder vertraglich \
                     vorgeschrieben oder für einen Vertragsabschluss erforderlich ist.",
                    "Not recorded whether providing the data is a statutory or contractual \
                     requirement or necessary to enter into a contract.",
                )
                .hint(
                    "Erfassen Sie, ob die Person verpflichtet ist, die Daten bereitzustellen, und \
                     welche Folgen es hätte, wenn sie es nicht tut.",
                    "Record whether the person is obliged to provide the data and what would \
                     follow if they did not.",
                ),
        );
    }
    if a.automated_decisions.is_none() {
        out.push(
            AUTOMATED
                .at(record(), "automated_decisions")
                .message(
                    "Nicht erfasst, ob eine automatisierte Entscheidungsfindung einschließlich \
                     Profiling stattfindet.",
                    "Not recorded whether automated decision-making, including profiling, \
                     takes place.",
                )
                .hint(
                    "Halten Sie fest, dass keine automatisierte Entscheidung stattfindet, oder \
                     beschreiben Sie die involvierte Logik und ihre Auswirkungen.",
                    "Record that no automated decision takes place, or describe the logic \
                     involved and its consequences.",
                ),
        );
    }
}
