//! Standard contractual clauses named by the wrong Commission decision. The
//! clauses of 2001, 2002, 2004 and 2010 were repealed by Implementing
//! Decision (EU) 2021/914; contracts concluded on them stopped providing
//! safeguards on 27.12.2022 (its Art. 4). Decision 2021/915 holds the
//! clauses between controller and processor under Art. 28(7) and is no
//! transfer tool at all. The catalog has one code for SCCs (`art46-2-c`),
//! so the decision only ever shows up in a DPO's own words.

use super::context::{party_texts, transfer_texts};
use super::subjects::{party_entry, subprocessor_entry, Label};
use super::{Finding, RecordRef, Rule, Severity};
use crate::{Party, Transfer};

pub(super) const OLD_SCC: Rule = Rule {
    id: "transfer-old-scc",
    severity: Severity::Error,
    source_de: "Art. 46 Abs. 2 lit. c DSGVO; Durchführungsbeschluss (EU) 2021/914, Art. 4",
    source_en: "Art. 46(2)(c) GDPR; Implementing Decision (EU) 2021/914, Article 4",
    title_de: "Verweis auf alte Standardvertragsklauseln (vor 2021/914)",
    title_en: "Reference to old standard contractual clauses (before 2021/914)",
};

/// A warning: a transfer's text that names 2021/915 most likely confuses
/// the two decisions of 4 June 2021, but the text may also describe the
/// processor contract beside a valid transfer tool, which the register
/// cannot tell apart.
pub(super) const ART28_CLAUSES: Rule = Rule {
    id: "transfer-art28-clauses",
    severity: Severity::Warning,
    source_de:
        "Art. 28 Abs. 7, Art. 46 Abs. 2 lit. c DSGVO; Durchführungsbeschlüsse (EU) 2021/914 \
                und 2021/915",
    source_en: "Art. 28(7), Art. 46(2)(c) GDPR; Implementing Decisions (EU) 2021/914 and 2021/915",
    title_de: "Klauseln nach Art. 28 Abs. 7 (2021/915) als Übermittlungsinstrument genannt",
    title_en: "Art. 28(7) clauses (2021/915) named as a transfer tool",
};

/// The repealed SCC decisions: the number as written in a text, and how
/// messages cite it. 2002/16/EC (controller to processor) is not in the
/// domain primer, but it is one of the decisions 2021/914 replaced (via
/// 2010/87/EU) and still turns up in old contracts.
const OLD_DECISIONS: [(&str, &str, &str); 4] = [
    (
        "2001/497",
        "Entscheidung 2001/497/EG",
        "Decision 2001/497/EC",
    ),
    ("2002/16", "Entscheidung 2002/16/EG", "Decision 2002/16/EC"),
    (
        "2004/915",
        "Entscheidung 2004/915/EG",
        "Decision 2004/915/EC",
    ),
    ("2010/87", "Beschluss 2010/87/EU", "Decision 2010/87/EU"),
];

const NEW_SCC: &str = "2021/914";
const ART28_DECISION: &str = "2021/915";

/// True when `text` names the decision `number` ("2010/87"), whatever
/// follows it ("/EU", "/EG"), but not as part of a longer number.
fn names(text: &str, number: &str) -> bool {
    text.match_indices(number).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + number.len()..].chars().next();
        !before.is_some_and(|c| c.is_ascii_digit()) && !after.is_some_and(|c| c.is_ascii_digit())
    })
}

/// The repealed decisions a text names, as (German, English) citations.
fn old_decisions(text: &str) -> Option<(String, String)> {
    let found: Vec<_> = OLD_DECISIONS
        .iter()
        .filter(|(number, _, _)| names(text, number))
        .collect();
    if found.is_empty() {
        return None;
    }
    let de: Vec<&str> = found.iter().map(|d| d.1).collect();
    let en: Vec<&str> = found.iter().map(|d| d.2).collect();
    Some((de.join(", "), en.join(", ")))
}

/// `entry` is the subject of the message: "Der Eintrag zu …" / "The entry for …".
fn old_scc(
    record: RecordRef,
    field: String,
    (entry_de, entry_en): &(String, String),
    (cited_de, cited_en): (String, String),
) -> Finding {
    OLD_SCC
        .at(record, field)
        .message(
            format!(
                "{entry_de} verweist auf Standardvertragsklauseln nach {cited_de}; diese alten \
                 Klauseln tragen seit dem 27.12.2022 keine Übermittlung mehr."
            ),
            format!(
                "{entry_en} refers to standard contractual clauses under {cited_en}; these old \
                 clauses have not supported any transfer since 27 December 2022."
            ),
        )
        .hint(
            "Stellen Sie den Vertrag auf die Standardvertragsklauseln nach \
             Durchführungsbeschluss (EU) 2021/914 um (mit dem passenden Modul), prüfen Sie die \
             Transfer-Folgenabschätzung und berichtigen Sie den Verweis.",
            "Move the contract to the standard contractual clauses of Implementing Decision \
             (EU) 2021/914 (with the matching module), review the transfer impact assessment \
             and correct the reference.",
        )
}

/// Old or wrong clauses named in the free texts of `transfers[i]`.
pub(super) fn check_transfer_texts(
    record: &dyn Fn() -> RecordRef,
    i: usize,
    t: &Transfer,
    label: &Label,
    out: &mut Vec<Finding>,
) {
    let entry = label.entry();
    for (name, text) in transfer_texts(t) {
        let Some(text) = text else { continue };
        let field = format!("transfers[{i}].{name}");
        if let Some(cited) = old_decisions(text) {
            out.push(old_scc(record(), field.clone(), &entry, cited));
        }
        // Naming both decisions of 4 June 2021 is how a DPO describes the
        // processor contract beside the transfer tool: nothing to flag.
        if names(text, ART28_DECISION) && !names(text, NEW_SCC) {
            out.push(art28_clauses(record(), field, &entry));
        }
    }
}

fn art28_clauses(
    record: RecordRef,
    field: String,
    (entry_de, entry_en): &(String, String),
) -> Finding {
    ART28_CLAUSES
        .at(record, field)
        .message(
            format!(
                "{entry_de} nennt den Durchführungsbeschluss (EU) 2021/915. Er enthält die \
                 Standardvertragsklauseln zwischen Verantwortlichem und Auftragsverarbeiter nach \
                 Art. 28 Abs. 7 DSGVO und ist kein Übermittlungsinstrument nach Kapitel V DSGVO."
            ),
            format!(
                "{entry_en} names Implementing Decision (EU) 2021/915. It contains the standard \
                 contractual clauses between controller and processor under Art. 28(7) GDPR and \
                 is not a transfer tool under Chapter V GDPR."
            ),
        )
        .hint(
            "Prüfen Sie, ob für die Übermittlung die Standardvertragsklauseln nach \
             Durchführungsbeschluss (EU) 2021/914 vereinbart sind, und nennen Sie diese; ist \
             nur der Auftragsverarbeitungsvertrag gemeint, erfassen Sie den Verweis beim Vertrag \
             der Stelle.",
            "Check that the standard contractual clauses of Implementing Decision (EU) 2021/914 \
             are agreed for the transfer and name them; where only the processor contract is \
             meant, record the reference with the party's agreement.",
        )
}

/// Old clauses named anywhere in a party's record. 2021/915 is not looked
/// for here: a processor agreement may rightly rest on those clauses.
pub(super) fn check_party(party: &Party, out: &mut Vec<Finding>) {
    let name = party.name.trim();
    let record = || RecordRef::party(&party.key);
    let entry = party_entry(name);
    for (field, text) in party_texts(party) {
        if let Some(cited) = old_decisions(text) {
            out.push(old_scc(record(), field, &entry, cited));
        }
    }
    let subs = party
        .agreement
        .iter()
        .flat_map(|ag| ag.subprocessors.iter());
    for (j, s) in subs.enumerate() {
        let Some(cited) = s.task.as_deref().and_then(old_decisions) else {
            continue;
        };
        out.push(old_scc(
            record(),
            format!("agreement.subprocessors[{j}].task"),
            &subprocessor_entry(name, s.party.trim()),
            cited,
        ));
    }
}
