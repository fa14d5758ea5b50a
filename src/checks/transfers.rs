//! Rules on third-country transfers (Chapter V GDPR): a mechanism at all
//! (the Privacy Shield has its own file), adequacy only where a
//! decision covers the recipient (2023/1795 for the US), a transfer impact
//! assessment for Art. 46 tools, and the Art. 49(6) documentation.

use super::context::{blank, capitalize, Context, Destination, Mechanism, DPF_COUNTRY};
use super::privacy_shield;
use super::{Finding, RecordRef, Rule, Severity};
use crate::{Party, ProcessingActivity, Transfer};

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
    title_de: "US-Empfänger auf Angemessenheitsbeschluss ohne DPF-Zertifizierung",
    title_en: "US recipient relying on adequacy without DPF certification",
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
    source_de: "Art. 49 Abs. 1 UAbs. 2, Abs. 6, Art. 30 Abs. 1 lit. e DSGVO",
    source_en: "Art. 49(1) second subparagraph, 49(6), Art. 30(1)(e) GDPR",
    title_de: "Übermittlung nach Art. 49 Abs. 1 UAbs. 2 ohne Dokumentation",
    title_en: "Art. 49(1) second-subparagraph transfer without documentation",
};

const ADEQUACY_CODE: &str = "art45";
/// Codes of the Art. 46 transfer tools, all of which need the assessment of
/// EDPB Recommendations 01/2020 where no adequacy decision applies.
const ART46_PREFIX: &str = "art46-";

const GENERAL_HINT_DE: &str = "Erfassen Sie das Instrument, auf das sich die Übermittlung stützt \
     (etwa Standardvertragsklauseln nach Art. 46 Abs. 2 lit. c DSGVO), oder stellen Sie die \
     Übermittlung ein.";
const GENERAL_HINT_EN: &str = "Record the mechanism the transfer rests on (such as standard \
     contractual clauses under Art. 46(2)(c) GDPR), or stop the transfer.";

/// "die Übermittlung an Cisco Systems, Inc. (Vereinigte Staaten, US)".
fn transfer_label(ctx: &Context<'_>, t: &Transfer, recipient: Option<&Party>) -> (String, String) {
    let code = t.country.trim();
    let (country_de, country_en) = match ctx.country(code) {
        Some(c) => (
            format!("{}, {}", c.name_de, c.code),
            format!("{}, {}", c.name_en, c.code),
        ),
        None if code.is_empty() => ("Land nicht angegeben".into(), "country not given".into()),
        None => (
            format!("unbekannter Ländercode „{code}“"),
            format!("unknown country code '{code}'"),
        ),
    };
    let name = recipient
        .map(|p| p.name.trim())
        .or(t.recipient.as_deref().map(str::trim))
        .filter(|n| !n.is_empty());
    match name {
        Some(n) => (
            format!("die Übermittlung an {n} ({country_de})"),
            format!("the transfer to {n} ({country_en})"),
        ),
        None => (
            format!("die Übermittlung in ein Drittland ({country_de})"),
            format!("the transfer to a third country ({country_en})"),
        ),
    }
}

pub(super) fn check_activity(ctx: &Context<'_>, a: &ProcessingActivity, out: &mut Vec<Finding>) {
    for (i, t) in a.transfers.iter().enumerate() {
        transfer(ctx, a, i, t, out);
    }
}

fn transfer(
    ctx: &Context<'_>,
    a: &ProcessingActivity,
    i: usize,
    t: &Transfer,
    out: &mut Vec<Finding>,
) {
    let recipient = ctx.party(t.recipient.as_deref());
    let dest = ctx.destination(&t.country, recipient);
    if matches!(dest, Destination::Eea) {
        return; // not a third-country transfer at all
    }
    let record = || RecordRef::activity(&a.key);
    let field = |f: &str| format!("transfers[{i}].{f}");
    let (label_de, label_en) = transfer_label(ctx, t, recipient);
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
        Mechanism::Known(m) if m.code == privacy_shield::CODE => out.push(privacy_shield::cited(
            record(),
            field("mechanism"),
            &label_de,
            &label_en,
        )),
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
                adequacy(i, t, dest, recipient, (&label_de, &label_en), record(), out);
            }
            if m.code.starts_with(ART46_PREFIX) && dest.needs_safeguards() && t.tia_date.is_none() {
                out.push(
                    NO_TIA
                        .at(record(), field("tia_date"))
                        .message(
                            format!(
                                "Für {label_de} auf Grundlage von {} ist keine \
                                 Transfer-Folgenabschätzung erfasst, obwohl kein für diesen \
                                 Empfänger geltender Angemessenheitsbeschluss besteht.",
                                m.citation_de
                            ),
                            format!(
                                "No transfer impact assessment is recorded for {label_en} under \
                                 {}, although no adequacy decision applies to this recipient.",
                                m.citation_en
                            ),
                        )
                        .hint(
                            "Prüfen Sie nach den Empfehlungen 01/2020 des EDSA, ob Recht und \
                             Praxis des Ziellands die Garantien aushöhlen, legen Sie nötige \
                             zusätzliche Maßnahmen fest und erfassen Sie Datum und Ergebnis.",
                            "Assess, following EDPB Recommendations 01/2020, whether the law and \
                             practice of the destination undermine the safeguards, set any \
                             supplementary measures needed and record date and result.",
                        ),
                );
            }
            if m.needs_documentation && blank(&t.derogation_documentation) {
                out.push(
                    DEROGATION_UNDOCUMENTED
                        .at(record(), field("derogation_documentation"))
                        .message(
                            format!(
                                "{} stützt sich auf {}, aber die Beurteilung und die \
                                 vorgesehenen Garantien sind nicht dokumentiert.",
                                capitalize(&label_de),
                                m.citation_de
                            ),
                            format!(
                                "{} rests on {}, but the assessment and the safeguards provided \
                                 are not documented.",
                                capitalize(&label_en),
                                m.citation_en
                            ),
                        )
                        .hint(
                            "Halten Sie fest, warum die Übermittlung zwingend nötig ist, wie die \
                             Interessen abgewogen wurden und welche Garantien gelten; \
                             Aufsichtsbehörde und Betroffene sind zu unterrichten.",
                            "Record why the transfer is compelling, how the interests were \
                             weighed and which safeguards apply; the supervisory authority and \
                             the data subject must be informed.",
                        ),
                );
            }
        }
    }
    privacy_shield::check_transfer_texts(record, i, t, (&label_de, &label_en), out);
}

/// Where the destination already offers a mechanism, say which one to pick.
fn missing_mechanism_hint(
    dest: Destination<'_>,
    recipient: Option<&Party>,
) -> Option<(String, String)> {
    match dest {
        Destination::Adequate(c) if c.code == DPF_COUNTRY && recipient.is_some_and(|p| p.dpf_certified) => Some((
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
                "{GENERAL_HINT_DE} Ist der Empfänger nach dem EU-US Data Privacy Framework \
                 zertifiziert, markieren Sie ihn so und wählen Sie Art. 45 DSGVO."
            ),
            format!(
                "{GENERAL_HINT_EN} If the recipient is certified under the EU-U.S. Data Privacy \
                 Framework, mark it so and choose Art. 45 GDPR."
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
    (label_de, label_en): (&str, &str),
    record: RecordRef,
    out: &mut Vec<Finding>,
) {
    match dest {
        Destination::Unspecified | Destination::Unknown | Destination::NotAdequate => out.push(
            NO_ADEQUACY
                .at(record, format!("transfers[{i}].mechanism"))
                .message(
                    format!(
                        "{} stützt sich auf einen Angemessenheitsbeschluss (Art. 45 DSGVO), für \
                         das Zielland gibt es aber keinen.",
                        capitalize(label_de)
                    ),
                    format!(
                        "{} relies on an adequacy decision (Art. 45 GDPR), but there is none for \
                         the destination.",
                        capitalize(label_en)
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
            let (field, who_de, who_en) = match (recipient, t.recipient.as_deref()) {
                (Some(p), _) => (
                    "mechanism",
                    format!(
                        "„{}“ ist aber nicht als zertifiziert markiert",
                        p.name.trim()
                    ),
                    format!("but '{}' is not marked as certified", p.name.trim()),
                ),
                (None, Some(key)) if !key.trim().is_empty() => (
                    "recipient",
                    format!("der Empfänger „{}“ ist aber nicht erfasst", key.trim()),
                    format!("but the recipient '{}' is not recorded", key.trim()),
                ),
                (None, _) => (
                    "recipient",
                    "es ist aber kein Empfänger erfasst, dessen Zertifizierung sich prüfen ließe"
                        .to_owned(),
                    "but no recipient whose certification could be checked is recorded".to_owned(),
                ),
            };
            out.push(
                US_NOT_DPF
                    .at(record, format!("transfers[{i}].{field}"))
                    .message(
                        format!(
                            "{} stützt sich auf den Angemessenheitsbeschluss für die USA, der nur \
                             nach dem EU-US Data Privacy Framework zertifizierte Organisationen \
                             erfasst; {who_de}.",
                            capitalize(label_de)
                        ),
                        format!(
                            "{} relies on the adequacy decision for the United States, which \
                             covers only organisations certified under the EU-U.S. Data Privacy \
                             Framework, {who_en}.",
                            capitalize(label_en)
                        ),
                    )
                    .hint(
                        "Prüfen Sie den Empfänger in der Data Privacy Framework List und \
                         markieren Sie ihn als zertifiziert, oder wählen Sie ein anderes \
                         Instrument wie Standardvertragsklauseln.",
                        "Look the recipient up in the Data Privacy Framework List and mark it as \
                         certified, or choose another mechanism such as standard contractual \
                         clauses.",
                    ),
            );
        }
        _ => {}
    }
}
