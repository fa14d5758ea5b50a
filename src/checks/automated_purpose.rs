//! Art. 22 GDPR per purpose: an automated decision is allowed only under an
//! exception that belongs to that decision (CJEU C-634/21 SCHUFA: a score
//! that decisively shapes someone's decision is itself such a decision).
//! The register records decisions per activity and bases per purpose, so the
//! purposes that make the decision are found by what they say: decision or
//! scoring words when decisions are recorded as used, scoring words also
//! when nothing is recorded, and the only purpose of an activity that uses
//! automated decisions.

use super::art22::{listed, EXCEPTIONS, EXCEPTION_ELSEWHERE, LEGITIMATE_INTEREST};
use super::legal_bases::{has, purpose_label};
use super::words::WordList;
use super::{Finding, RecordRef};
use crate::{AutomatedDecisions, ProcessingActivity, Purpose};

/// A score that feeds someone's decision (C-634/21).
static SCORING: WordList = WordList::new(&[
    "scoring",
    "score",
    "bonitätsprüfung",
    "bonitätsbewertung",
    "kreditwürdigkeit",
    "creditworthiness",
    "credit check",
    "credit rating",
    "schufa",
    "auskunftei",
]);
static DECISION: WordList = WordList::new(&[
    "entscheid",
    "decision",
    "decide",
    "ablehn",
    "bewilligung",
    "genehmigung",
    "auswahl",
    "selection",
    "approval",
    "rejection",
    "profiling",
    "profilbildung",
    "bonität",
]);

pub(super) fn check(a: &ProcessingActivity, out: &mut Vec<Finding>) {
    let used = matches!(a.automated_decisions, Some(AutomatedDecisions::Used { .. }));
    let ruled_out = matches!(a.automated_decisions, Some(AutomatedDecisions::None));
    if ruled_out {
        return; // the DPO recorded that a person decides
    }
    if !listed(a).is_empty() {
        return; // each decision names its purpose (decisions.rs)
    }
    let texts: Vec<String> = a
        .purposes
        .iter()
        .map(|p| p.description.to_lowercase())
        .collect();
    let mut deciding: Vec<bool> = texts
        .iter()
        .map(|t| SCORING.first(t).is_some() || (used && DECISION.first(t).is_some()))
        .collect();
    if used && a.purposes.len() == 1 {
        deciding[0] = true;
    }
    let excepted = |p: &Purpose| EXCEPTIONS.iter().any(|c| has(p, c));
    let elsewhere: Vec<usize> = a
        .purposes
        .iter()
        .enumerate()
        .filter(|(i, p)| !deciding[*i] && excepted(p))
        .map(|(i, _)| i)
        .collect();
    for (i, p) in a.purposes.iter().enumerate() {
        if !deciding[i] || excepted(p) {
            continue;
        }
        let (label_de, label_en) = purpose_label(i, p);
        let field = format!("purposes[{i}].legal_bases");
        if has(p, "art6-1-f") {
            out.push(
                LEGITIMATE_INTEREST
                    .at(RecordRef::activity(&a.key), field)
                    .message(
                        format!(
                            "{label_de} trifft eine automatisierte Entscheidung oder erstellt \
                             einen Score dafür und stützt sich auf berechtigte Interessen, die \
                             keine Ausnahme nach Art. 22 Abs. 2 DSGVO sind."
                        ),
                        format!(
                            "{label_en} makes an automated decision or produces a score for one \
                             and rests on legitimate interests, which are no exception under \
                             Art. 22(2) GDPR."
                        ),
                    )
                    .hint(
                        "Eine ausschließlich automatisierte Entscheidung mit rechtlicher oder \
                         ähnlich erheblicher Wirkung ist nur zulässig, wenn sie für einen Vertrag \
                         mit der Person erforderlich ist, eine Rechtsvorschrift sie erlaubt oder \
                         die Person ausdrücklich eingewilligt hat; ein Score, von dem die \
                         Entscheidung maßgeblich abhängt, zählt selbst als solche Entscheidung. \
                         Erfassen Sie die zutreffende Ausnahme bei diesem Zweck – oder lassen \
                         Sie einen Menschen mit echtem Entscheidungsspielraum entscheiden und \
                         erfassen Sie, dass keine automatisierte Entscheidung stattfindet.",
                        "A solely automated decision with legal or similarly significant effects \
                         is allowed only where it is necessary for a contract with the person, a \
                         law permits it or the person has given explicit consent; a score on \
                         which the decision decisively depends counts as such a decision itself. \
                         Record the applicable exception for this purpose – or have a person \
                         with real discretion decide and record that no automated decision \
                         takes place.",
                    ),
            );
        } else if !elsewhere.is_empty() {
            let others: Vec<String> = elsewhere.iter().map(|j| (j + 1).to_string()).collect();
            let others = others.join(", ");
            out.push(
                EXCEPTION_ELSEWHERE
                    .at(RecordRef::activity(&a.key), field)
                    .message(
                        format!(
                            "{label_de} trifft die automatisierte Entscheidung, aber nur Zweck \
                             {others} der Tätigkeit stützt sich auf eine Ausnahme nach Art. 22 \
                             Abs. 2 DSGVO."
                        ),
                        format!(
                            "{label_en} makes the automated decision, but only purpose {others} \
                             of the activity rests on an exception under Art. 22(2) GDPR."
                        ),
                    )
                    .hint(
                        "Die Ausnahme muss die Entscheidung selbst tragen: ein Vertrag, eine \
                         Rechtsvorschrift oder eine ausdrückliche Einwilligung, die sich auf \
                         diese Entscheidung bezieht. Erfassen Sie sie bei dem Zweck, der die \
                         Entscheidung trifft, oder lassen Sie einen Menschen entscheiden.",
                        "The exception must carry the decision itself: a contract, a law or \
                         explicit consent that relates to this decision. Record it for the \
                         purpose that makes the decision, or have a person decide.",
                    ),
            );
        }
    }
}
