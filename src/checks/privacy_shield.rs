//! The EU-US Privacy Shield, invalid since CJEU C-311/18 (16.07.2020), still
//! named anywhere in the register: as a transfer's or a sub-processor's
//! mechanism, or in a transfer's or a party's text.

use super::context::{party_texts, transfer_texts};
use super::subjects::{party_entry, subprocessor_entry, Label};
use super::{Finding, RecordRef, Rule, Severity};
use crate::{Party, Transfer};

pub(super) const PRIVACY_SHIELD: Rule = Rule {
    id: "transfer-privacy-shield",
    severity: Severity::Error,
    source_de: "Art. 44, 45 DSGVO; EuGH, Urteil vom 16.07.2020, C-311/18 (Schrems II)",
    source_en: "Art. 44, 45 GDPR; CJEU, judgment of 16 July 2020, C-311/18 (Schrems II)",
    title_de: "Verweis auf den ungültigen EU-US Privacy Shield",
    title_en: "Reference to the invalid EU-US Privacy Shield",
};

/// The catalog's code for the invalid mechanism.
pub(super) const CODE: &str = "privacy-shield";

/// True when a text still names the Privacy Shield, however it is written.
fn mentioned(text: &str) -> bool {
    let t = text.to_lowercase();
    ["privacy shield", "privacy-shield", "privacyshield"]
        .iter()
        .any(|p| t.contains(p))
}

/// A transfer whose mechanism is the Privacy Shield.
pub(super) fn cited(record: RecordRef, field: String, label: &Label) -> Finding {
    let (subject_de, subject_en) = label.subject();
    PRIVACY_SHIELD
        .at(record, field)
        .message(
            format!(
                "{subject_de} stützt sich auf den EU-US Privacy Shield, den der EuGH am 16.07.2020 \
                 für ungültig erklärt hat (C-311/18)."
            ),
            format!(
                "{subject_en} relies on the EU-US Privacy Shield, which the CJEU declared invalid \
                 on 16 July 2020 (C-311/18)."
            ),
        )
        .hint(
            "Wählen Sie ein gültiges Instrument: Art. 45 DSGVO nur, wenn der Empfänger nach dem \
             EU-US Data Privacy Framework zertifiziert ist (Beschluss (EU) 2023/1795), sonst \
             etwa Standardvertragsklauseln mit Transfer-Folgenabschätzung.",
            "Choose a valid mechanism: Art. 45 GDPR only where the recipient is certified under \
             the EU-U.S. Data Privacy Framework (Decision (EU) 2023/1795), otherwise e.g. \
             standard contractual clauses with a transfer impact assessment.",
        )
}

/// `entry` is the subject of the message: "Der Eintrag zur Übermittlung an
/// …" / "The entry for the transfer to …".
fn named_in_text(
    record: RecordRef,
    field: String,
    (entry_de, entry_en): &(String, String),
) -> Finding {
    PRIVACY_SHIELD
        .at(record, field)
        .message(
            format!(
                "{entry_de} verweist noch auf den EU-US Privacy Shield, der seit dem Urteil des \
                 EuGH vom 16.07.2020 (C-311/18) keine Übermittlung mehr trägt."
            ),
            format!(
                "{entry_en} still refers to the EU-US Privacy Shield, which has not supported any \
                 transfer since the CJEU's judgment of 16 July 2020 (C-311/18)."
            ),
        )
        .hint(
            "Entfernen Sie den Verweis und nennen Sie das Instrument, auf das sich die \
             Übermittlung heute stützt.",
            "Remove the reference and name the mechanism the transfer rests on today.",
        )
}

/// The Privacy Shield named in the free texts of `transfers[i]`.
pub(super) fn check_transfer_texts(
    record: &dyn Fn() -> RecordRef,
    i: usize,
    t: &Transfer,
    label: &Label,
    out: &mut Vec<Finding>,
) {
    let entry = label.entry();
    for (name, text) in transfer_texts(t) {
        if text.is_some_and(mentioned) {
            out.push(named_in_text(
                record(),
                format!("transfers[{i}].{name}"),
                &entry,
            ));
        }
    }
}

/// The Privacy Shield named anywhere in a party's record.
pub(super) fn check_party(party: &Party, out: &mut Vec<Finding>) {
    let name = party.name.trim();
    let record = || RecordRef::party(&party.key);
    let entry = party_entry(name);
    for (field, text) in party_texts(party) {
        if mentioned(text) {
            out.push(named_in_text(record(), field, &entry));
        }
    }
    let subs = party
        .agreement
        .iter()
        .flat_map(|ag| ag.subprocessors.iter());
    for (j, s) in subs.enumerate() {
        let mechanism = s.mechanism.as_deref().map(str::trim);
        let task = s.task.as_deref().unwrap_or_default();
        let (field, hit) = if mechanism == Some(CODE) {
            ("mechanism", true)
        } else {
            ("task", mentioned(task))
        };
        if hit {
            out.push(named_in_text(
                record(),
                format!("agreement.subprocessors[{j}].{field}"),
                &subprocessor_entry(name, s.party.trim()),
            ));
        }
    }
}
