//! Automated individual decisions (Art. 22 GDPR) an activity records as
//! used: they are allowed only under one of the exceptions of Art. 22(2),
//! on special categories only with explicit consent or a substantial public
//! interest (22(4)), and the notice must explain their consequences
//! (13(2)(f), 14(2)(g)). The register records the decisions per activity and
//! the legal bases per purpose, so an exception counts when any purpose of
//! the activity cites it.

use super::art22::{listed, EXCEPTIONS};
use super::context::{blank, join};
use super::{Finding, RecordRef, Rule, Severity};
use crate::{AutomatedDecisions, ProcessingActivity};

pub(super) const NO_EXCEPTION: Rule = Rule {
    id: "automated-decision-no-exception",
    severity: Severity::Warning,
    source_de: "Art. 22 Abs. 1, 2 DSGVO",
    source_en: "Art. 22(1), (2) GDPR",
    title_de: "Automatisierte Einzelentscheidung ohne Ausnahme nach Art. 22 Abs. 2",
    title_en: "Automated individual decision without an Art. 22(2) exception",
};

pub(super) const SPECIAL_DATA: Rule = Rule {
    id: "automated-decision-special-data",
    severity: Severity::Error,
    source_de: "Art. 22 Abs. 4 DSGVO",
    source_en: "Art. 22(4) GDPR",
    title_de:
        "Automatisierte Entscheidung bei besonderen Kategorien ohne Art. 9 Abs. 2 lit. a oder g",
    title_en: "Automated decision with special-category data without Art. 9(2)(a) or (g)",
};

/// The notice reports the same gap; the check lists it so `vvt check`
/// and the notice agree.
pub(super) const CONSEQUENCES: Rule = Rule {
    id: "automated-decision-consequences-missing",
    severity: Severity::Warning,
    source_de: "Art. 13 Abs. 2 lit. f, Art. 14 Abs. 2 lit. g DSGVO",
    source_en: "Art. 13(2)(f), 14(2)(g) GDPR",
    title_de: "Automatisierte Entscheidung ohne Angabe ihrer Auswirkungen",
    title_en: "Automated decision without its consequences",
};

/// The Art. 9(2) conditions Art. 22(4) admits: explicit consent and
/// substantial public interest.
const SPECIAL_EXCEPTIONS: [&str; 2] = ["art9-2-a", "art9-2-g"];

pub(super) fn check(a: &ProcessingActivity, out: &mut Vec<Finding>) {
    let Some(AutomatedDecisions::Used { consequences, .. }) = &a.automated_decisions else {
        return;
    };
    let cites = |codes: &[&str]| {
        a.purposes
            .iter()
            .flat_map(|p| p.legal_bases.iter())
            .any(|b| codes.contains(&b.trim()))
    };
    // Listed decisions are checked one by one (decisions.rs).
    if !cites(&EXCEPTIONS) && listed(a).is_empty() {
        no_exception(a, out);
    }
    if !cites(&SPECIAL_EXCEPTIONS) {
        special_data(a, out);
    }
    // A notice item: not owed where the activity is in no notice.
    if blank(consequences) && a.information.owed() {
        out.push(
            CONSEQUENCES
                .at(
                    RecordRef::activity(&a.key),
                    "automated_decisions.consequences",
                )
                .message(
                    "Für die automatisierte Entscheidung sind Tragweite und angestrebte \
                     Auswirkungen für die betroffene Person nicht beschrieben.",
                    "The significance and the envisaged consequences of the automated decision \
                     for the data subject are not described.",
                )
                .hint(
                    "Beschreiben Sie, was die Entscheidung für die Person bedeutet, etwa dass \
                     ein Antrag abgelehnt oder ein Vertrag nur zu anderen Bedingungen angeboten \
                     wird; die Datenschutzhinweise müssen das neben der Logik erklären.",
                    "Describe what the decision means for the person, for example that an \
                     application is refused or a contract is offered only on other terms; the \
                     privacy notice must explain this along with the logic.",
                ),
        );
    }
}

fn no_exception(a: &ProcessingActivity, out: &mut Vec<Finding>) {
    out.push(
        NO_EXCEPTION
            .at(RecordRef::activity(&a.key), "automated_decisions")
            .message(
                "Die Tätigkeit trifft automatisierte Einzelentscheidungen, aber kein Zweck stützt \
                 sich auf eine der Ausnahmen nach Art. 22 Abs. 2 DSGVO (Vertrag, Rechtsvorschrift \
                 oder ausdrückliche Einwilligung).",
                "The activity makes automated individual decisions, but no purpose rests on one \
                 of the exceptions of Art. 22(2) GDPR (contract, law or explicit consent).",
            )
            .hint(
                "Eine Entscheidung, die ohne menschliches Zutun fällt und die Person rechtlich \
                 oder ähnlich erheblich trifft, ist nur erlaubt, wenn sie für Abschluss oder \
                 Erfüllung eines Vertrags mit der Person erforderlich ist, wenn eine Vorschrift \
                 des Unions-, Bundes- oder Landesrechts sie mit Schutzmaßnahmen für die Person \
                 zulässt oder wenn die Person ausdrücklich eingewilligt hat. Erfassen Sie beim \
                 betreffenden Zweck die passende Rechtsgrundlage – Art. 6 Abs. 1 lit. b DSGVO \
                 für den Vertrag, lit. a für die ausdrückliche Einwilligung, lit. c oder e oder „Sonstige \
                 Rechtsgrundlage“ mit der erlaubenden Vorschrift in der Anmerkung –, oder \
                 lassen Sie einen Menschen entscheiden. Bei Vertrag und Einwilligung muss der \
                 Verantwortliche der Person zudem ermöglichen, das Eingreifen eines Menschen zu \
                 verlangen, ihren Standpunkt darzulegen und die Entscheidung anzufechten \
                 (Art. 22 Abs. 3 DSGVO).",
                "A decision taken without human involvement that has legal or similarly \
                 significant effects on the person is allowed only where it is necessary to \
                 enter into or perform a contract with them, where a provision of Union or \
                 Member State law permits it with safeguards for the person, or where the \
                 person has given explicit consent. Record the matching legal basis for the \
                 purpose concerned (Art. 6(1)(b) GDPR for a contract, point (a) for explicit consent, \
                 point (c) or (e) or 'Other legal basis' with the permitting provision in the \
                 note), or have a person take the decision. Under a contract or consent the \
                 controller must also let the person obtain human intervention, state their \
                 view and contest the decision (Art. 22(3) GDPR).",
            ),
    );
}

fn special_data(a: &ProcessingActivity, out: &mut Vec<Finding>) {
    let special: Vec<&str> = a
        .data_categories
        .iter()
        // A category whose own condition is explicit consent or a
        // substantial public interest is covered by it.
        .filter(|c| {
            c.special
                && !c
                    .conditions
                    .iter()
                    .any(|b| SPECIAL_EXCEPTIONS.contains(&b.trim()))
        })
        .map(|c| c.name.trim())
        .collect();
    if special.is_empty() {
        return;
    }
    let names: Vec<&str> = special.into_iter().filter(|n| !n.is_empty()).collect();
    let (list_de, list_en) = if names.is_empty() {
        (String::new(), String::new())
    } else {
        let quoted_de: Vec<String> = names.iter().map(|n| format!("„{n}“")).collect();
        let quoted_en: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
        (
            format!(" ({})", join(&quoted_de, "und")),
            format!(" ({})", join(&quoted_en, "and")),
        )
    };
    out.push(
        SPECIAL_DATA
            .at(RecordRef::activity(&a.key), "automated_decisions")
            .message(
                format!(
                    "Die Tätigkeit trifft automatisierte Einzelentscheidungen und verarbeitet \
                     besondere Kategorien personenbezogener Daten{list_de}, aber kein Zweck \
                     stützt sich auf eine ausdrückliche Einwilligung (Art. 9 Abs. 2 lit. a \
                     DSGVO) oder ein erhebliches öffentliches Interesse (Art. 9 Abs. 2 lit. g \
                     DSGVO)."
                ),
                format!(
                    "The activity makes automated individual decisions and processes special \
                     categories of personal data{list_en}, but no purpose rests on explicit \
                     consent (Art. 9(2)(a) GDPR) or a substantial public interest (Art. 9(2)(g) \
                     GDPR)."
                ),
            )
            .hint(
                "Auf besondere Kategorien darf sich eine automatisierte Entscheidung nur stützen, \
                 wenn die Person ausdrücklich eingewilligt hat oder eine Vorschrift sie aus \
                 erheblichem öffentlichem Interesse erlaubt, jeweils mit angemessenen \
                 Schutzmaßnahmen. Ergänzen Sie die zutreffende Ausnahme beim betreffenden \
                 Zweck, oder lassen Sie einen Menschen entscheiden. Fließen diese Daten nicht in \
                 die Entscheidung ein, erfassen Sie die Entscheidung als eigene Tätigkeit ohne \
                 sie.",
                "An automated decision may rest on special categories only where the person has \
                 given explicit consent or a provision permits it for reasons of substantial \
                 public interest, in both cases with suitable safeguards. Add the applicable \
                 condition to the purpose concerned, or have a person take the decision. If \
                 this data does not feed into the decision, record the decision as an activity \
                 of its own without it.",
            ),
    );
}
