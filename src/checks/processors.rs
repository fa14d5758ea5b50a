//! Rules on processors (Art. 28): a signed agreement for every processor an
//! activity names, the eight points of Art. 28(3), sub-processors that are
//! authorised and whose third-country processing has a mechanism, and
//! agreements whose review is due.

use super::context::{capitalize, join, Context, Mechanism};
use super::{Finding, RecordRef, Rule, Severity};
use crate::{Art28Point, Party, ProcessingActivity, RecipientRole};

pub(super) const NO_AGREEMENT: Rule = Rule {
    id: "processor-no-agreement",
    severity: Severity::Error,
    source_de: "Art. 28 Abs. 3, 9 DSGVO",
    source_en: "Art. 28(3), (9) GDPR",
    title_de: "Auftragsverarbeiter ohne unterzeichneten Vertrag",
    title_en: "Processor without a signed agreement",
};

pub(super) const AGREEMENT_INCOMPLETE: Rule = Rule {
    id: "processor-agreement-incomplete",
    severity: Severity::Warning,
    source_de: "Art. 28 Abs. 3 S. 2 lit. a–h DSGVO",
    source_en: "Art. 28(3)(a)–(h) GDPR",
    title_de: "Auftragsverarbeitungsvertrag ohne alle Punkte des Art. 28 Abs. 3",
    title_en: "Processor agreement lacking points of Art. 28(3)",
};

pub(super) const SUBPROCESSOR_NO_MECHANISM: Rule = Rule {
    id: "subprocessor-transfer-no-mechanism",
    severity: Severity::Error,
    source_de: "Art. 28 Abs. 4, Art. 44 ff. DSGVO",
    source_en: "Art. 28(4), Art. 44 et seq. GDPR",
    title_de: "Unterauftragsverarbeiter im Drittland ohne Übermittlungsinstrument",
    title_en: "Sub-processor in a third country without a transfer mechanism",
};

pub(super) const SUBPROCESSOR_NOT_LISTED: Rule = Rule {
    id: "subprocessor-not-listed",
    severity: Severity::Warning,
    source_de: "Art. 28 Abs. 2, 4 DSGVO",
    source_en: "Art. 28(2), (4) GDPR",
    title_de: "Unterauftragsverarbeiter in keinem Vertrag aufgeführt",
    title_en: "Sub-processor not listed in any processor agreement",
};

pub(super) const AGREEMENT_REVIEW: Rule = Rule {
    id: "agreement-review-overdue",
    severity: Severity::Warning,
    source_de: "Art. 24 Abs. 1 S. 2, Art. 28 Abs. 1 DSGVO",
    source_en: "Art. 24(1) second sentence, Art. 28(1) GDPR",
    title_de: "Prüfung des Auftragsverarbeitungsvertrags überfällig",
    title_en: "Review of the processor agreement overdue",
};

/// "meetings-webex, hr und 3 weiteren" for messages.
fn activities(keys: &[&str]) -> (String, String) {
    const SHOWN: usize = 3;
    let shown = keys
        .iter()
        .take(SHOWN)
        .copied()
        .collect::<Vec<_>>()
        .join(", ");
    match keys.len().saturating_sub(SHOWN) {
        0 => (shown.clone(), shown),
        more => (
            format!("{shown} und {more} weiteren"),
            format!("{shown} and {more} more"),
        ),
    }
}

pub(super) fn check_activity(ctx: &Context<'_>, a: &ProcessingActivity, out: &mut Vec<Finding>) {
    for (i, r) in a.recipients.iter().enumerate() {
        let Some(key) = r.party.as_deref().map(str::trim).filter(|k| !k.is_empty()) else {
            continue;
        };
        if r.role != RecipientRole::SubProcessor || ctx.is_listed_subprocessor(key) {
            continue;
        }
        let name = ctx.party(Some(key)).map_or(key, |p| p.name.trim());
        out.push(
            SUBPROCESSOR_NOT_LISTED
                .at(
                    RecordRef::activity(&a.key),
                    format!("recipients[{i}].party"),
                )
                .message(
                    format!(
                        "„{name}“ ist als Unterauftragsverarbeiter genannt, steht aber in keinem \
                         erfassten Auftragsverarbeitungsvertrag als Unterauftragsverarbeiter."
                    ),
                    format!(
                        "'{name}' is named as sub-processor but is not listed as one in any \
                         recorded processor agreement."
                    ),
                )
                .hint(
                    "Tragen Sie ihn im Vertrag des Auftragsverarbeiters als \
                     Unterauftragsverarbeiter ein, nachdem Sie geprüft haben, dass sein Einsatz \
                     genehmigt ist.",
                    "List it as sub-processor in the processor's agreement once you have \
                     checked that its engagement was authorised.",
                ),
        );
        unlisted_in_third_country(ctx, a, i, key, out);
    }
}

/// A sub-processor no agreement lists has no recorded mechanism anywhere:
/// where it sits in a third country and the activity records no transfer to
/// it, its country still counts as a transfer (Art. 28(4), 44).
fn unlisted_in_third_country(
    ctx: &Context<'_>,
    a: &ProcessingActivity,
    i: usize,
    key: &str,
    out: &mut Vec<Finding>,
) {
    let sub = ctx.party(Some(key));
    let Some(country) = sub
        .and_then(|p| p.country.as_deref())
        .map(str::trim)
        .filter(|c| !c.is_empty())
    else {
        return;
    };
    let recorded = a
        .transfers
        .iter()
        .any(|t| t.recipient.as_deref().map(str::trim) == Some(key));
    if recorded || !ctx.destination(country, sub).needs_safeguards() {
        return;
    }
    let (country_de, country_en) = ctx.in_country(country);
    let name = sub.map_or(key, |p| p.name.trim());
    out.push(
        SUBPROCESSOR_NO_MECHANISM
            .at(
                RecordRef::activity(&a.key),
                format!("recipients[{i}].party"),
            )
            .message(
                format!(
                    "Der Unterauftragsverarbeiter „{name}“ verarbeitet Daten {country_de}, aber \
                     weder ein Auftragsverarbeitungsvertrag noch eine Übermittlung der Tätigkeit \
                     nennt ein Übermittlungsinstrument."
                ),
                format!(
                    "The sub-processor '{name}' processes data {country_en}, but neither a \
                     processor agreement nor a transfer of the activity names a transfer \
                     mechanism."
                ),
            )
            .hint(
                "Tragen Sie ihn mit Land und Instrument im Vertrag des Auftragsverarbeiters ein \
                 (zwischen Auftragsverarbeitern meist Standardvertragsklauseln, Modul 3); seine \
                 Verarbeitung im Drittland ist eine Übermittlung.",
                "List it with its country and mechanism in the processor's agreement (between \
                 processors usually standard contractual clauses, module 3); its processing in \
                 the third country is a transfer.",
            ),
    );
}

pub(super) fn check_party(ctx: &Context<'_>, party: &Party, out: &mut Vec<Finding>) {
    let record = || RecordRef::party(&party.key);
    let name = party.name.trim();
    let uses = ctx.processor_of(&party.key);
    if !uses.is_empty() {
        let (uses_de, uses_en) = activities(uses);
        let missing = match &party.agreement {
            None => Some((
                "agreement",
                format!(
                    "„{name}“ ist in {uses_de} als Auftragsverarbeiter genannt, ohne dass ein \
                     Auftragsverarbeitungsvertrag erfasst ist."
                ),
                format!(
                    "'{name}' is named as processor in {uses_en}, but no processor agreement is \
                     recorded."
                ),
            )),
            Some(ag) if ag.signed_on.is_none() => Some((
                "agreement.signed_on",
                format!(
                    "Für den Auftragsverarbeitungsvertrag mit „{name}“ (Auftragsverarbeiter in \
                     {uses_de}) ist kein Datum der Unterzeichnung erfasst."
                ),
                format!(
                    "No signing date is recorded for the processor agreement with '{name}' \
                     (processor in {uses_en})."
                ),
            )),
            Some(_) => None,
        };
        if let Some((field, de, en)) = missing {
            out.push(NO_AGREEMENT.at(record(), field).message(de, en).hint(
                "Schließen Sie einen Vertrag nach Art. 28 Abs. 3 DSGVO (schriftlich oder \
                     elektronisch) und erfassen Sie das Datum der Unterzeichnung.",
                "Conclude a contract under Art. 28(3) GDPR (in writing, electronic form \
                     allowed) and record the date it was signed.",
            ));
        }
    }
    let Some(ag) = &party.agreement else {
        return;
    };
    let lacking: Vec<Art28Point> = Art28Point::ALL
        .into_iter()
        .filter(|p| !ag.covers.contains(p))
        .collect();
    if !lacking.is_empty() {
        let de: Vec<String> = lacking.iter().map(|p| p.code().to_owned()).collect();
        let en: Vec<String> = lacking.iter().map(|p| format!("({})", p.code())).collect();
        let (de, en) = (join(&de, "und"), join(&en, "and"));
        out.push(
            AGREEMENT_INCOMPLETE
                .at(record(), "agreement.covers")
                .message(
                    format!(
                        "Im Auftragsverarbeitungsvertrag mit „{name}“ ist nicht erfasst, dass er \
                         Art. 28 Abs. 3 S. 2 lit. {de} DSGVO regelt."
                    ),
                    format!(
                        "The processor agreement with '{name}' is not recorded as covering \
                         points {en} of Art. 28(3) GDPR."
                    ),
                )
                .hint(
                    "Prüfen Sie den Vertrag auf diese Pflichten des Auftragsverarbeiters, \
                     ergänzen Sie ihn wo nötig und haken Sie die geregelten Punkte an.",
                    "Check the contract for these obligations of the processor, amend it where \
                     needed and tick the points it covers.",
                ),
        );
    }
    for (j, s) in ag.subprocessors.iter().enumerate() {
        subprocessor(ctx, party, j, s, out);
    }
    if let Some(due) = ag.next_review.filter(|d| *d < ctx.today) {
        out.push(
            AGREEMENT_REVIEW
                .at(record(), "agreement.next_review")
                .message(
                    format!(
                        "Die Prüfung des Auftragsverarbeitungsvertrags mit „{name}“ war am {} \
                         fällig.",
                        due.format("%d.%m.%Y")
                    ),
                    format!(
                        "The review of the processor agreement with '{name}' was due on {}.",
                        due.format("%Y-%m-%d")
                    ),
                )
                .hint(
                    "Prüfen Sie Vertrag, Unterauftragsverarbeiter und Garantien des \
                     Auftragsverarbeiters und setzen Sie ein neues Prüfdatum.",
                    "Review the contract, the sub-processors and the processor's guarantees \
                     and set a new review date.",
                ),
        );
    }
}

fn subprocessor(
    ctx: &Context<'_>,
    party: &Party,
    j: usize,
    s: &crate::SubProcessor,
    out: &mut Vec<Finding>,
) {
    let sub = ctx.party(Some(&s.party));
    let country = s
        .country
        .as_deref()
        .or(sub.and_then(|p| p.country.as_deref()))
        .map(str::trim)
        .filter(|c| !c.is_empty());
    let Some(country) = country else {
        return; // where it processes is not recorded: nothing to judge
    };
    let dest = ctx.destination(country, sub);
    if !dest.needs_safeguards() {
        return;
    }
    let reason = match ctx.mechanism(s.mechanism.as_deref()) {
        Mechanism::None => None,
        Mechanism::Unknown(code) => Some((
            format!("das erfasste Instrument „{code}“ steht nicht im Katalog"),
            format!("the mechanism '{code}' recorded is not in the catalog"),
        )),
        // Reported by `transfer-privacy-shield`.
        Mechanism::Known(m) if m.code == super::privacy_shield::CODE => return,
        Mechanism::Known(m) if !m.valid => Some((
            format!(
                "das erfasste Instrument ({}) trägt keine Übermittlung mehr",
                m.citation_de
            ),
            format!(
                "the mechanism recorded ({}) no longer supports any transfer",
                m.citation_en
            ),
        )),
        Mechanism::Known(m) if m.code == "art45" => {
            let (gap_de, gap_en) = dest
                .gap(sub, ("Unterauftragsverarbeiter", "sub-processor"))
                .unwrap_or_default();
            Some((
                format!("als Instrument ist Art. 45 DSGVO erfasst, obwohl {gap_de}"),
                format!("Art. 45 GDPR is recorded as the mechanism, although {gap_en}"),
            ))
        }
        Mechanism::Known(_) => return,
    };
    let (country_de, country_en) = ctx.in_country(country);
    let sub_name = sub.map_or(s.party.trim(), |p| p.name.trim());
    let name = party.name.trim();
    let (msg_de, msg_en) = match reason {
        None => (
            format!(
                "Der Unterauftragsverarbeiter „{sub_name}“ von „{name}“ verarbeitet Daten \
                 {country_de}, ohne dass ein Übermittlungsinstrument erfasst ist."
            ),
            format!(
                "The sub-processor '{sub_name}' of '{name}' processes data {country_en}, but no \
                 transfer mechanism is recorded."
            ),
        ),
        Some((why_de, why_en)) => (
            format!(
                "Der Unterauftragsverarbeiter „{sub_name}“ von „{name}“ verarbeitet Daten \
                 {country_de}, aber {why_de}."
            ),
            format!(
                "The sub-processor '{sub_name}' of '{name}' processes data {country_en}, but \
                 {why_en}."
            ),
        ),
    };
    out.push(
        SUBPROCESSOR_NO_MECHANISM
            .at(
                RecordRef::party(&party.key),
                format!("agreement.subprocessors[{j}].mechanism"),
            )
            .message(capitalize(&msg_de), capitalize(&msg_en))
            .hint(
                "Erfassen Sie, worauf sich die Weiterübermittlung stützt (zwischen \
                 Auftragsverarbeitern meist Standardvertragsklauseln, Modul 3), und lassen Sie \
                 es sich vom Auftragsverarbeiter nachweisen.",
                "Record what the onward transfer rests on (between processors usually standard \
                 contractual clauses, module 3) and have the processor show it to you.",
            ),
    );
}
