//! What the Art. 22 GDPR rules share: the legal bases that stand for an
//! exception of Art. 22(2), the two rules about the purpose that carries
//! it, and the decisions an activity lists one by one. A module of its own,
//! so that the activity-wide rules (automated.rs), the purpose rules
//! (automated_purpose.rs) and the per-decision rules (decisions.rs) each
//! take from here instead of from one another.

use super::{Rule, Severity};
use crate::{AutomatedDecision, AutomatedDecisions, ProcessingActivity};

pub(super) const LEGITIMATE_INTEREST: Rule = Rule {
    id: "automated-decision-legitimate-interest",
    severity: Severity::Error,
    source_de: "Art. 22 Abs. 1, 2 DSGVO; EuGH, Urteil vom 07.12.2023, C-634/21 (SCHUFA)",
    source_en: "Art. 22(1), (2) GDPR; CJEU, judgment of 7 December 2023, C-634/21 (SCHUFA)",
    title_de: "Automatisierte Entscheidung oder Scoring auf berechtigte Interessen gestützt",
    title_en: "Automated decision or scoring based on legitimate interests",
};

pub(super) const EXCEPTION_ELSEWHERE: Rule = Rule {
    id: "automated-decision-exception-other-purpose",
    severity: Severity::Warning,
    source_de: "Art. 22 Abs. 1, 2 DSGVO",
    source_en: "Art. 22(1), (2) GDPR",
    title_de: "Ausnahme nach Art. 22 Abs. 2 nur bei einem anderen Zweck",
    title_en: "Art. 22(2) exception only on another purpose",
};

/// The legal bases that stand for an Art. 22(2) exception:
/// (a) contract — Art. 6(1)(b);
/// (b) Union or Member State law — Art. 6(1)(c) and (e), which rest on
///     such law (Art. 6(3)), and "other legal basis", where the provision
///     is named in the purpose's note;
/// (c) explicit consent — Art. 9(2)(a), and Art. 6(1)(a), because the
///     catalog has no separate code for explicit consent outside Art. 9: a
///     warning the DPO could never clear for explicit consent to ordinary
///     data would teach them to ignore it.
pub(super) const EXCEPTIONS: [&str; 6] = [
    "art6-1-b", "art6-1-c", "art6-1-e", "other", "art6-1-a", "art9-2-a",
];

/// The decisions of an activity that lists them; activities that record
/// only the activity-wide text are left to the rules that reason on words.
pub(super) fn listed(a: &ProcessingActivity) -> &[AutomatedDecision] {
    match &a.automated_decisions {
        Some(AutomatedDecisions::Used { decisions, .. }) => decisions,
        _ => &[],
    }
}
