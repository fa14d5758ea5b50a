//! Employee data beyond § 26(1) BDSG: consent in the employment relationship
//! is valid only when voluntary and given in text form (§ 26(2) BDSG,
//! Art. 7(4) GDPR), and a works or collective agreement relied on as the
//! basis (Art. 88 GDPR, § 26(4) BDSG) must be named so that its Art. 88(2)
//! safeguards can be checked (CJEU C-65/23).

use super::consent::CONSENT;
use super::context::{blank, lower};
use super::legal_bases::{has, purpose_label};
use super::words::WordList;
use super::{Finding, RecordRef, Rule, Severity};
use crate::{ProcessingActivity, Purpose, SubjectGroup};

pub(super) const EMPLOYEE_CONSENT: Rule = Rule {
    id: "employee-consent-unqualified",
    severity: Severity::Warning,
    source_de: "§ 26 Abs. 2 BDSG; Art. 7 Abs. 4, Erwägungsgrund 43 DSGVO",
    source_en: "Section 26(2) BDSG; Art. 7(4), Recital 43 GDPR",
    title_de: "Einwilligung von Beschäftigten ohne Angabe zu Freiwilligkeit und Form",
    title_en: "Employee consent without a note on voluntariness and form",
};

pub(super) const AGREEMENT_NOT_NAMED: Rule = Rule {
    id: "collective-agreement-not-named",
    severity: Severity::Warning,
    source_de: "Art. 88 Abs. 1, 2 DSGVO; § 26 Abs. 4 BDSG; EuGH, Urteil vom 19.12.2024, C-65/23",
    source_en: "Art. 88(1), (2) GDPR; Section 26(4) BDSG; CJEU, judgment of 19 December 2024, \
                C-65/23",
    title_de: "Kollektivvereinbarung als Rechtsgrundlage, aber nicht benannt",
    title_en: "Collective agreement relied on but not named",
};

static EMPLOYEES: WordList = WordList::new(&[
    "beschäftigte",
    "mitarbeit",
    "arbeitnehmer",
    "auszubildende",
    "angestellte",
    "beamte",
    "belegschaft",
    "employee",
    "staff",
    "workforce",
]);
/// A legal or economic advantage, or interests aligned with the employer's
/// (§ 26(2) sentence 2 BDSG), or voluntariness stated as such.
static VOLUNTARY: WordList = WordList::new(&[
    "freiwillig",
    "vorteil",
    "gleichgelagert",
    "gleichgerichtet",
    "keine nachteile",
    "voluntar",
    "advantage",
    "aligned interest",
    "no disadvantage",
    "no detriment",
]);
static FORM: WordList = WordList::new(&[
    "textform",
    "schriftlich",
    "elektronisch",
    "e-mail",
    "formular",
    "text form",
    "in writing",
    "written",
    "electronic",
    "form ",
]);
const AGREEMENTS: [&str; 2] = ["art88-bv", "bdsg-26-4"];

pub(super) fn check(a: &ProcessingActivity, out: &mut Vec<Finding>) {
    let employees = a.data_subject_groups.contains(&SubjectGroup::Employees)
        || a.data_subjects
            .iter()
            .any(|s| EMPLOYEES.first(&s.to_lowercase()).is_some());
    for (i, p) in a.purposes.iter().enumerate() {
        if AGREEMENTS.iter().any(|c| has(p, c)) && blank(&p.legal_basis_note) {
            agreement(a, i, p, out);
        }
        if employees && CONSENT[..2].iter().any(|c| has(p, c)) {
            // A trailing space lets "form " match at the end of the text.
            let given = format!("{} ", lower(&p.consent_given));
            let voluntary = VOLUNTARY.first(&given).is_some();
            let form = FORM.first(&given).is_some();
            if !(voluntary && form) {
                consent(a, i, p, voluntary, form, out);
            }
        }
    }
}

fn consent(
    a: &ProcessingActivity,
    i: usize,
    p: &Purpose,
    voluntary: bool,
    form: bool,
    out: &mut Vec<Finding>,
) {
    let (label_de, label_en) = purpose_label(i, p);
    let (what_de, what_en) = match (voluntary, form) {
        (false, false) => (
            "ob sie freiwillig ist und in welcher Form",
            "whether it is voluntary and in what form",
        ),
        (false, true) => ("warum sie freiwillig ist", "why it is voluntary"),
        _ => ("in welcher Form", "in what form"),
    };
    out.push(
        EMPLOYEE_CONSENT
            .at(
                RecordRef::activity(&a.key),
                format!("purposes[{i}].consent_given"),
            )
            .message(
                format!(
                    "{label_de} stützt sich auf eine Einwilligung, die Tätigkeit betrifft \
                     Beschäftigte, und es ist nicht beschrieben, {what_de} sie erteilt wird."
                ),
                format!(
                    "{label_en} rests on consent, the activity concerns employees, and it is not \
                     described {what_en} it is given."
                ),
            )
            .hint(
                "Wegen der Abhängigkeit im Arbeitsverhältnis ist eine Einwilligung von \
                 Beschäftigten nur freiwillig, wenn sie ihnen einen rechtlichen oder \
                 wirtschaftlichen Vorteil bringt oder Arbeitgeber und Beschäftigte gleichgelagerte \
                 Interessen verfolgen, und eine Ablehnung keine Nachteile hat; sie ist in \
                 Textform (z. B. per E-Mail) einzuholen, nachdem über Zweck und Widerrufsrecht \
                 informiert wurde. Beschreiben Sie beides bei der Einwilligung – oder stützen Sie \
                 die Verarbeitung auf eine andere Rechtsgrundlage.",
                "Because of the dependence in employment, an employee's consent is voluntary \
                 only where it brings them a legal or economic advantage or employer and \
                 employee pursue aligned interests, and refusing it has no disadvantage; it is \
                 to be obtained in text form (e.g. by e-mail) after informing them of the \
                 purpose and the right to withdraw. Describe both with the consent – or rest \
                 the processing on another legal basis.",
            ),
    );
}

fn agreement(a: &ProcessingActivity, i: usize, p: &Purpose, out: &mut Vec<Finding>) {
    let (label_de, label_en) = purpose_label(i, p);
    out.push(
        AGREEMENT_NOT_NAMED
            .at(
                RecordRef::activity(&a.key),
                format!("purposes[{i}].legal_basis_note"),
            )
            .message(
                format!(
                    "{label_de} stützt sich auf eine Betriebs- oder Dienstvereinbarung oder einen \
                     Tarifvertrag, nennt sie aber nicht."
                ),
                format!(
                    "{label_en} rests on a works or service agreement or a collective agreement \
                     without naming it."
                ),
            )
            .hint(
                "Nennen Sie die Vereinbarung (Titel, Datum) in der Anmerkung zur \
                 Rechtsgrundlage. Sie trägt die Verarbeitung nur, wenn sie selbst angemessene \
                 und besondere Maßnahmen zum Schutz der Beschäftigten enthält und das \
                 Schutzniveau der DSGVO nicht unterschreitet; daneben empfiehlt sich die \
                 Grundlage nach Art. 6 Abs. 1 DSGVO.",
                "Name the agreement (title, date) in the note on the legal basis. It carries \
                 the processing only where it contains suitable and specific measures to \
                 protect the employees itself and does not fall below the GDPR's level of \
                 protection; adding the Art. 6(1) GDPR basis is advisable.",
            ),
    );
}
