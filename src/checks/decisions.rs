//! Art. 22 GDPR decision by decision, where the register lists them: each
//! decision needs an exception of Art. 22(2) that its own purpose carries
//! (a legitimate interest never does, CJEU C-634/21 SCHUFA), and under a
//! contract or consent the three safeguards of Art. 22(3).

use super::art22::{listed, EXCEPTION_ELSEWHERE, LEGITIMATE_INTEREST};
use super::context::join;
use super::legal_bases::has;
use super::{Finding, RecordRef, Rule, Severity};
use crate::{AutomatedDecision, DecisionSafeguard, Lang, ProcessingActivity};

pub(super) const EXCEPTION_MISSING: Rule = Rule {
    id: "automated-decision-exception-missing",
    severity: Severity::Warning,
    source_de: "Art. 22 Abs. 1, 2 DSGVO",
    source_en: "Art. 22(1), (2) GDPR",
    title_de: "Automatisierte Entscheidung ohne erfasste Ausnahme nach Art. 22 Abs. 2",
    title_en: "Automated decision without a recorded Art. 22(2) exception",
};

pub(super) const SAFEGUARDS: Rule = Rule {
    id: "automated-decision-safeguards-missing",
    severity: Severity::Error,
    source_de: "Art. 22 Abs. 3 DSGVO",
    source_en: "Art. 22(3) GDPR",
    title_de: "Automatisierte Entscheidung ohne die Schutzmaßnahmen nach Art. 22 Abs. 3",
    title_en: "Automated decision without the safeguards of Art. 22(3)",
};

pub(super) fn check(a: &ProcessingActivity, out: &mut Vec<Finding>) {
    for (i, d) in listed(a).iter().enumerate() {
        let field = |f: &str| format!("automated_decisions.decisions[{i}].{f}");
        let what = d.decision.trim();
        let Some(exception) = d.exception else {
            out.push(
                EXCEPTION_MISSING
                    .at(RecordRef::activity(&a.key), field("exception"))
                    .message(
                        format!(
                            "Für die automatisierte Entscheidung „{what}“ ist keine Ausnahme \
                             nach Art. 22 Abs. 2 DSGVO erfasst."
                        ),
                        format!(
                            "No Art. 22(2) GDPR exception is recorded for the automated \
                             decision '{what}'."
                        ),
                    )
                    .hint(
                        "Erfassen Sie, ob die Entscheidung für einen Vertrag mit der Person \
                         erforderlich ist, eine Rechtsvorschrift sie zulässt oder die Person \
                         ausdrücklich eingewilligt hat – oder lassen Sie einen Menschen mit \
                         echtem Entscheidungsspielraum entscheiden.",
                        "Record whether the decision is necessary for a contract with the \
                         person, a law permits it or the person has given explicit consent – \
                         or have a person with real discretion decide.",
                    ),
            );
            continue;
        };
        carried(a, i, d, exception, out);
        if exception.needs_safeguards() {
            let missing: Vec<DecisionSafeguard> = DecisionSafeguard::ALL
                .into_iter()
                .filter(|s| !d.safeguards.contains(s))
                .collect();
            if !missing.is_empty() {
                let names = |lang| {
                    let names: Vec<String> =
                        missing.iter().map(|s| s.short(lang).to_owned()).collect();
                    join(&names, if lang == Lang::De { "und" } else { "and" })
                };
                out.push(
                    SAFEGUARDS
                        .at(RecordRef::activity(&a.key), field("safeguards"))
                        .message(
                            format!(
                                "Die automatisierte Entscheidung „{what}“ stützt sich auf \
                                 {}, aber es fehlt: {}.",
                                exception_short(exception, Lang::De),
                                names(Lang::De)
                            ),
                            format!(
                                "The automated decision '{what}' rests on {}, but it lacks: {}.",
                                exception_short(exception, Lang::En),
                                names(Lang::En)
                            ),
                        )
                        .hint(
                            "Bei Vertrag und ausdrücklicher Einwilligung muss die Person \
                             mindestens verlangen können, dass ein Mensch eingreift, ihren \
                             Standpunkt darlegen und die Entscheidung anfechten können. \
                             Richten Sie den Weg dafür ein und erfassen Sie ihn.",
                            "Under a contract or explicit consent the person must at least be \
                             able to obtain human intervention, express their point of view \
                             and contest the decision. Set up the way to do so and record it.",
                        ),
                );
            }
        }
    }
}

fn exception_short(e: crate::DecisionException, lang: Lang) -> &'static str {
    use crate::DecisionException::*;
    match (e, lang) {
        (Contract, Lang::De) => "einen Vertrag (Art. 22 Abs. 2 lit. a)",
        (Contract, Lang::En) => "a contract (Art. 22(2)(a))",
        (Law, Lang::De) => "eine Rechtsvorschrift (Art. 22 Abs. 2 lit. b)",
        (Law, Lang::En) => "a law (Art. 22(2)(b))",
        (ExplicitConsent, Lang::De) => "eine ausdrückliche Einwilligung (Art. 22 Abs. 2 lit. c)",
        (ExplicitConsent, Lang::En) => "explicit consent (Art. 22(2)(c))",
    }
}

/// The exception must stand on the legal bases of the decision's purpose
/// (of any purpose, where none is named).
fn carried(
    a: &ProcessingActivity,
    i: usize,
    d: &AutomatedDecision,
    exception: crate::DecisionException,
    out: &mut Vec<Finding>,
) {
    let what = d.decision.trim();
    let bases = exception.bases();
    let named = d.purpose.as_deref().and_then(|name| {
        a.purposes
            .iter()
            .position(|p| p.description.trim() == name.trim())
    });
    let carries = |j: usize| bases.iter().any(|b| has(&a.purposes[j], b));
    let (ok, field) = match named {
        Some(j) => (carries(j), format!("purposes[{j}].legal_bases")),
        None => (
            (0..a.purposes.len()).any(carries),
            format!("automated_decisions.decisions[{i}].purpose"),
        ),
    };
    if ok {
        return;
    }
    let codes = bases.join(", ");
    if named.is_some_and(|j| has(&a.purposes[j], "art6-1-f")) {
        out.push(
            LEGITIMATE_INTEREST
                .at(RecordRef::activity(&a.key), field)
                .message(
                    format!(
                        "Die automatisierte Entscheidung „{what}“ gehört zu einem Zweck, der \
                         sich auf berechtigte Interessen stützt; die erfasste Ausnahme \
                         ({}) trägt dieser Zweck nicht.",
                        exception_short(exception, Lang::De)
                    ),
                    format!(
                        "The automated decision '{what}' belongs to a purpose that rests on \
                         legitimate interests; that purpose does not carry the recorded \
                         exception ({}).",
                        exception_short(exception, Lang::En)
                    ),
                )
                .hint(
                    format!(
                        "Berechtigte Interessen sind keine Ausnahme nach Art. 22 Abs. 2 DSGVO. \
                         Erfassen Sie beim Zweck die Rechtsgrundlage der Ausnahme ({codes}) \
                         oder lassen Sie einen Menschen entscheiden."
                    ),
                    format!(
                        "Legitimate interests are no exception under Art. 22(2) GDPR. Record \
                         the legal basis of the exception for the purpose ({codes}) or have a \
                         person decide."
                    ),
                ),
        );
    } else {
        out.push(
            EXCEPTION_ELSEWHERE
                .at(RecordRef::activity(&a.key), field)
                .message(
                    format!(
                        "Die automatisierte Entscheidung „{what}“ stützt sich auf {}, aber \
                         {}.",
                        exception_short(exception, Lang::De),
                        if named.is_some() {
                            "ihr Zweck nennt keine passende Rechtsgrundlage"
                        } else {
                            "kein Zweck der Tätigkeit nennt eine passende Rechtsgrundlage"
                        }
                    ),
                    format!(
                        "The automated decision '{what}' rests on {}, but {}.",
                        exception_short(exception, Lang::En),
                        if named.is_some() {
                            "its purpose cites no matching legal basis"
                        } else {
                            "no purpose of the activity cites a matching legal basis"
                        }
                    ),
                )
                .hint(
                    format!(
                        "Erfassen Sie beim Zweck, der die Entscheidung trifft, die \
                         Rechtsgrundlage der Ausnahme ({codes}) und ordnen Sie die \
                         Entscheidung diesem Zweck zu."
                    ),
                    format!(
                        "Record the legal basis of the exception ({codes}) for the purpose \
                         that makes the decision, and assign the decision to that purpose."
                    ),
                ),
        );
    }
}
