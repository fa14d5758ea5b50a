//! Rules on third-country transfers (Chapter V GDPR) of an activity or of an
//! entry of the processor's record: a mechanism at all (the Privacy Shield
//! and outdated clauses have their own files), adequacy only where a
//! decision covers the recipient (2023/1795 for the US), a transfer impact
//! assessment for Art. 46 tools, and the Art. 49(6) documentation.

use super::context::{blank, Context, Destination, Mechanism, RECIPIENT};
use super::subjects::Label;
use super::{clauses, privacy_shield};
use super::{Finding, RecordRef, Rule, Severity};
use crate::{Party, ProcessingActivity, Transfer, TransferMechanism, DPF_COUNTRY};

pub(super) const NO_MECHANISM: Rule = Rule {
    id: "transfer-no-mechanism",
    severity: Severity::Error,
    source_de: "Art. 44 ff. DSGVO",
    source_en: "Art. 44 et seq. GDPR",
    title_de: "Drittlandübermittlung ohne (gültiges) Übermittlungsinstrument",
    title_en: "Third-country transfer without a (valid) transfer mechanism",
};

pub(super) const NO_ADEQUACY: Rule = Rule {
    id: "transfer-no-adequacy",
    severity: Severity::Error,
    source_de: "Art. 45 Abs. 1 DSGVO",
    source_en: "Art. 45(1) GDPR",
    title_de: "Art. 45 für ein Land ohne Angemessenheitsbeschluss",
    title_en: "Art. 45 cited for a country without an adequacy decision",
};

pub(super) const US_NOT_DPF: Rule = Rule {
    id: "transfer-us-not-dpf",
    severity: Severity::Error,
    source_de:
        "Art. 45 DSGVO; Durchführungsbeschluss (EU) 2023/1795 (EU-US Data Privacy Framework)",
    source_en:
        "Art. 45 GDPR; Implementing Decision (EU) 2023/1795 (EU-U.S. Data Privacy Framework)",
    title_de: "US-Empfänger auf Angemessenheitsbeschluss, nicht als DPF-zertifiziert erfasst",
    title_en: "US recipient relying on adequacy, not recorded as DPF-certified",
};

pub(super) const NO_TIA: Rule = Rule {
    id: "transfer-no-tia",
    severity: Severity::Error,
    source_de: "Art. 46 Abs. 1 DSGVO; EuGH C-311/18; EDSA-Empfehlungen 01/2020",
    source_en: "Art. 46(1) GDPR; CJEU C-311/18; EDPB Recommendations 01/2020",
    title_de: "Art.-46-Instrument ohne Transfer-Folgenabschätzung",
    title_en: "Art. 46 transfer tool without a transfer impact assessment",
};

pub(super) const DEROGATION_UNDOCUMENTED: Rule = Rule {
    id: "transfer-derogation-undocumented",
    severity: Severity::Error,
    source_de: "Art. 49 Abs. 1 UAbs. 2, Abs. 6, Art. 30 Abs. 1 lit. e, Abs. 2 lit. c DSGVO",
    source_en: "Art. 49(1) second subparagraph, 49(6), Art. 30(1)(e), (2)(c) GDPR",
    title_de: "Übermittlung nach Art. 49 Abs. 1 UAbs. 2 ohne Dokumentation",
    title_en: "Art. 49(1) second-subparagraph transfer without documentation",
};

pub(super) const ADEQUACY_CODE: &str = "art45";
/// Codes of the Art. 46 transfer tools, all of which need the assessment of
/// EDPB Recommendations 01/2020 where no adequacy decision applies.
const ART46_PREFIX: &str = "art46-";

const GENERAL_HINT_DE: &str = "Erfassen Sie das Instrument, auf das sich die Übermittlung stützt \
     (etwa Standardvertragsklauseln nach Art. 46 Abs. 2 lit. c DSGVO), oder stellen Sie die \
     Übermittlung ein.";
const GENERAL_HINT_EN: &str = "Record the mechanism the transfer rests on (such as standard \
     contractual clauses under Art. 46(2)(c) GDPR), or stop the transfer.";

pub(super) fn check_activity(ctx: &Context<'_>, a: &ProcessingActivity, out: &mut Vec<Finding>) {
    check_transfers(ctx, &|| RecordRef::activity(&a.key), &a.transfers, out);
}

/// The transfers of one record — an activity (Art. 30(1)(e)) or an entry of
/// the processor's record (30(2)(c)) — each judged alike, with findings at
/// `transfers[i]` of `record`.
pub(super) fn check_transfers(
    ctx: &Context<'_>,
    record: &dyn Fn() -> RecordRef,
    transfers: &[Transfer],
    out: &mut Vec<Finding>,
) {
    for (i, t) in transfers.iter().enumerate() {
        transfer(ctx, record, i, t, out);
    }
}

fn transfer(
    ctx: &Context<'_>,
    record: &dyn Fn() -> RecordRef,
    i: usize,
    t: &Transfer,
    out: &mut Vec<Finding>,
) {
    let recipient = ctx.party(t.recipient.as_deref());
    let dest = ctx.destination(&t.country, recipient);
    if matches!(dest, Destination::Eea) {
        return; // not a third-country transfer at all
    }
    let field = |f: &str| format!("transfers[{i}].{f}");
    let label = Label::new(ctx, t, recipient);
    let (label_de, label_en) = label.the();
    let no_mechanism = |msg_de: String, msg_en: String, hint: (String, String)| {
        NO_MECHANISM
            .at(record(), field("mechanism"))
            .message(msg_de, msg_en)
            .hint(hint.0, hint.1)
    };
    let general = || (GENERAL_HINT_DE.to_owned(), GENERAL_HINT_EN.to_owned());
    match ctx.mechanism(t.mechanism.as_deref()) {
        Mechanism::None => out.push(no_mechanism(
            format!("Für {label_de} ist kein Übermittlungsinstrument nach Kapitel V DSGVO erfasst."),
            format!("No Chapter V GDPR transfer mechanism is recorded for {label_en}."),
            missing_mechanism_hint(dest, recipient).unwrap_or_else(general),
        )),
        Mechanism::Unknown(code) => out.push(no_mechanism(
            format!("Das für {label_de} erfasste Übermittlungsinstrument „{code}“ steht nicht im Katalog."),
            format!("The transfer mechanism '{code}' recorded for {label_en} is not in the catalog."),
            general(),
        )),
        Mechanism::Known(m) if m.code == privacy_shield::CODE => {
            out.push(privacy_shield::cited(record(), field("mechanism"), &label))
        }
        Mechanism::Known(m) if !m.valid => out.push(no_mechanism(
            format!(
                "Das für {label_de} erfasste Instrument ({}) trägt keine Übermittlung mehr.",
                m.citation_de
            ),
            format!(
                "The mechanism recorded for {label_en} ({}) no longer supports any transfer.",
                m.citation_en
            ),
            general(),
        )),
        Mechanism::Known(m) => {
            if m.code == ADEQUACY_CODE {
                adequacy(i, t, dest, recipient, &label, record(), out);
            }
            if m.code.starts_with(ART46_PREFIX) && t.tia_date.is_none() {
                if let Some(why) = dest.gap(recipient, RECIPIENT) {
                    out.push(no_tia(m, &label, why, record(), field("tia_date")));
                }
            }
            if m.needs_documentation && blank(&t.derogation_documentation) {
                out.push(undocumented(m, &label, record(), field("derogation_documentation")));
            }
        }
    }
    privacy_shield::check_transfer_texts(record, i, t, &label, out);
    clauses::check_transfer_texts(record, i, t, &label, out);
}

/// An Art. 46 tool without the assessment; `why` says why no adequacy
/// decision can be relied on instead.
fn no_tia(
    m: &TransferMechanism,
    label: &Label,
    (why_de, why_en): (String, String),
    record: RecordRef,
    field: String,
) -> Finding {
    let (label_de, label_en) = label.the();
    NO_TIA
        .at(record, field)
        .message(
            format!(
                "Für {label_de} auf Grundlage von {} ist keine Transfer-Folgenabschätzung \
                 erfasst, obwohl {why_de}.",
                m.citation_de
            ),
            format!(
                "No transfer impact assessment is recorded for {label_en} under {}, although \
                 {why_en}.",
                m.citation_en
            ),
        )
        .hint(
            "Prüfen Sie nach den Empfehlungen 01/2020 des EDSA, ob Recht und Praxis des \
             Ziellands die Garantien aushöhlen, legen Sie nötige zusätzliche Maßnahmen fest und \
             erfassen Sie Datum und Ergebnis.",
            "Assess, following EDPB Recommendations 01/2020, whether the law and practice of the \
             destination undermine the safeguards, set any supplementary measures needed and \
             record date and result.",
        )
}

/// An Art. 49(1) second-subparagraph transfer without the documentation
/// Art. 49(6) puts in the record.
fn undocumented(m: &TransferMechanism, label: &Label, record: RecordRef, field: String) -> Finding {
    let (subject_de, subject_en) = label.subject();
    DEROGATION_UNDOCUMENTED
        .at(record, field)
        .message(
            format!(
                "{subject_de} stützt sich auf {}, aber die Beurteilung und die vorgesehenen \
                 Garantien sind nicht dokumentiert.",
                m.citation_de
            ),
            format!(
                "{subject_en} rests on {}, but the assessment and the safeguards provided are not \
                 documented.",
                m.citation_en
            ),
        )
        .hint(
            "Halten Sie fest, warum die Übermittlung zwingend nötig ist, wie die Interessen \
             abgewogen wurden und welche Garantien gelten; Aufsichtsbehörde und Betroffene sind \
             zu unterrichten.",
            "Record why the transfer is compelling, how the interests were weighed and which \
             safeguards apply; the supervisory authority and the data subject must be informed.",
        )
}

/// Where the destination already offers a mechanism, say which one to pick.
fn missing_mechanism_hint(
    dest: Destination<'_>,
    recipient: Option<&Party>,
) -> Option<(String, String)> {
    match dest {
        Destination::Adequate(c) if c.code == DPF_COUNTRY && recipient.is_some_and(Party::recorded_dpf_certified) => Some((
            "Der Empfänger ist als nach dem EU-US Data Privacy Framework zertifiziert erfasst: \
             wählen Sie Art. 45 DSGVO, nachdem Sie die Zertifizierung in der Data Privacy \
             Framework List bestätigt haben."
                .to_owned(),
            "The recipient is recorded as certified under the EU-U.S. Data Privacy Framework: \
             choose Art. 45 GDPR once you have confirmed the certification in the Data Privacy \
             Framework List."
                .to_owned(),
        )),
        Destination::Adequate(c) => {
            let decision = c.adequacy.as_ref().map(|a| a.decision.as_str()).unwrap_or_default();
            Some((
                format!(
                    "Für {} besteht ein Angemessenheitsbeschluss ({decision}): wählen Sie Art. 45 \
                     DSGVO.",
                    c.name_de
                ),
                format!(
                    "An adequacy decision covers {} ({decision}): choose Art. 45 GDPR.",
                    c.name_en
                ),
            ))
        }
        Destination::PartlyAdequate(c) if c.code == DPF_COUNTRY => Some((
            format!(
                "{GENERAL_HINT_DE} Führt die Data Privacy Framework List den Empfänger als \
                 zertifiziert, erfassen Sie das bei der Stelle und wählen Sie Art. 45 DSGVO."
            ),
            format!(
                "{GENERAL_HINT_EN} If the Data Privacy Framework List shows the recipient as \
                 certified, record that on the party and choose Art. 45 GDPR."
            ),
        )),
        _ => None,
    }
}

/// Art. 45 cited: the destination must have a decision that covers the
/// recipient.
fn adequacy(
    i: usize,
    t: &Transfer,
    dest: Destination<'_>,
    recipient: Option<&Party>,
    label: &Label,
    record: RecordRef,
    out: &mut Vec<Finding>,
) {
    let (subject_de, subject_en) = label.subject();
    match dest {
        Destination::Unspecified | Destination::Unknown | Destination::NotAdequate(_) => out.push(
            NO_ADEQUACY
                .at(record, format!("transfers[{i}].mechanism"))
                .message(
                    format!(
                        "{subject_de} stützt sich auf einen Angemessenheitsbeschluss (Art. 45 \
                         DSGVO), für das Zielland gibt es aber keinen."
                    ),
                    format!(
                        "{subject_en} relies on an adequacy decision (Art. 45 GDPR), but there is \
                         none for the destination."
                    ),
                )
                .hint(
                    "Wählen Sie ein Instrument nach Art. 46 DSGVO, etwa Standardvertragsklauseln, \
                     oder – nur im Ausnahmefall – eine Ausnahme nach Art. 49 DSGVO.",
                    "Choose an Art. 46 GDPR tool such as standard contractual clauses or, only \
                     exceptionally, an Art. 49 GDPR derogation.",
                ),
        ),
        Destination::PartlyAdequate(c) if c.code == DPF_COUNTRY => {
            // With a party the flag is what is missing; without one, the recipient.
            let field = if recipient.is_some() {
                "mechanism"
            } else {
                "recipient"
            };
            let (why_de, why_en) = match (recipient, t.recipient.as_deref().map(str::trim)) {
                (None, Some(key)) if !key.is_empty() => (
                    format!("der Empfänger „{key}“ nicht erfasst ist"),
                    format!("the recipient '{key}' is not recorded"),
                ),
                _ => dest.gap(recipient, RECIPIENT).unwrap_or_default(),
            };
            out.push(
                US_NOT_DPF
                    .at(record, format!("transfers[{i}].{field}"))
                    .message(
                        format!(
                            "{subject_de} stützt sich auf den Angemessenheitsbeschluss für die \
                             USA, der nur nach dem EU-US Data Privacy Framework zertifizierte \
                             Organisationen erfasst, obwohl {why_de}."
                        ),
                        format!(
                            "{subject_en} relies on the adequacy decision for the United States, \
                             which covers only organisations certified under the EU-U.S. Data \
                             Privacy Framework, although {why_en}."
                        ),
                    )
                    .hint(
                        "Prüfen Sie den Empfänger in der Data Privacy Framework List und \
                         erfassen Sie bei der Stelle, dass er zertifiziert ist, oder wählen Sie \
                         ein anderes Instrument wie Standardvertragsklauseln.",
                        "Look the recipient up in the Data Privacy Framework List and record on \
                         the party that it is certified, or choose another mechanism such as \
                         standard contractual clauses.",
                    ),
            );
        }
        _ => {}
    }
}
