//! Rules on the legal bases of an activity's purposes: a basis at all
//! (Art. 6(1)), what Art. 6(1)(f) and consent bring with them (13(1)(d),
//! 7(3)), national law
//! that cannot stand without an Art. 6 basis (§ 26 BDSG after CJEU C-34/21,
//! § 25 TDDDG), the law Art. 6(1)(c) and (e) rest on (6(3)), and
//! Art. 6(1)(f) in the hands of a public body.

use super::context::{blank, Context};
use super::{Finding, RecordRef, Rule, Severity};
use crate::{LegalBasisKind, ProcessingActivity, Purpose};

pub(super) const NO_LEGAL_BASIS: Rule = Rule {
    id: "purpose-no-legal-basis",
    severity: Severity::Error,
    source_de: "Art. 6 Abs. 1, Art. 13 Abs. 1 lit. c DSGVO",
    source_en: "Art. 6(1), Art. 13(1)(c) GDPR",
    title_de: "Zweck ohne Rechtsgrundlage",
    title_en: "Purpose without a legal basis",
};

pub(super) const LEGITIMATE_INTEREST: Rule = Rule {
    id: "legitimate-interest-missing",
    severity: Severity::Error,
    source_de: "Art. 6 Abs. 1 lit. f, Art. 13 Abs. 1 lit. d DSGVO",
    source_en: "Art. 6(1)(f), Art. 13(1)(d) GDPR",
    title_de: "Berechtigte Interessen ohne Angabe der Interessen",
    title_en: "Legitimate interests relied on but not stated",
};

pub(super) const CONSENT_WITHDRAWAL: Rule = Rule {
    id: "consent-no-withdrawal",
    severity: Severity::Error,
    source_de: "Art. 7 Abs. 3, Art. 13 Abs. 2 lit. c DSGVO",
    source_en: "Art. 7(3), Art. 13(2)(c) GDPR",
    title_de: "Einwilligung ohne erfassten Weg zum Widerruf",
    title_en: "Consent without a recorded way to withdraw it",
};

pub(super) const BDSG26_ALONE: Rule = Rule {
    id: "bdsg26-alone",
    severity: Severity::Warning,
    source_de: "§ 26 Abs. 1 S. 1 BDSG; EuGH, Urteil vom 30.03.2023, C-34/21",
    source_en: "Section 26(1) sentence 1 BDSG; CJEU, judgment of 30 March 2023, C-34/21",
    title_de: "§ 26 BDSG als einzige Rechtsgrundlage",
    title_en: "Section 26 BDSG as the only legal basis",
};

pub(super) const TDDDG25_ALONE: Rule = Rule {
    id: "tdddg25-alone",
    severity: Severity::Warning,
    source_de: "§ 25 TDDDG; Art. 6 Abs. 1 DSGVO",
    source_en: "Section 25 TDDDG; Art. 6(1) GDPR",
    title_de: "§ 25 TDDDG als einzige Rechtsgrundlage",
    title_en: "Section 25 TDDDG as the only legal basis",
};

pub(super) const NO_PROVISION: Rule = Rule {
    id: "legal-basis-no-provision",
    severity: Severity::Warning,
    source_de: "Art. 6 Abs. 1 lit. c, e, Abs. 3 DSGVO",
    source_en: "Art. 6(1)(c), (e), 6(3) GDPR",
    title_de: "Rechtliche Pflicht oder öffentliche Aufgabe ohne die Vorschrift, die sie regelt",
    title_en: "Legal obligation or public task without the provision laying it down",
};

pub(super) const PUBLIC_BODY_INTEREST: Rule = Rule {
    id: "public-body-legitimate-interest",
    severity: Severity::Warning,
    source_de: "Art. 6 Abs. 1 UAbs. 2 DSGVO",
    source_en: "Art. 6(1), second subparagraph, GDPR",
    title_de: "Öffentliche Stelle stützt sich auf berechtigte Interessen",
    title_en: "Public body relying on legitimate interests",
};

const LEGITIMATE_INTERESTS: &str = "art6-1-f";
/// § 26 BDSG without paragraph and the paragraphs that after C-34/21 do not
/// stand without an Art. 6(1) basis; § 26(4) (collective agreements) has
/// its own rule (`collective-agreement-not-named`).
const BDSG_26: [&str; 4] = ["bdsg-26", "bdsg-26-1-1", "bdsg-26-1-2", "bdsg-26-3"];
const TDDDG_25: &str = "tdddg-25";
/// § 25(1) (consent) and § 25(2) (the exemption): both govern only the
/// access to the device.
const TDDDG: [&str; 2] = [TDDDG_25, "tdddg-25-2"];
/// Art. 6(1)(c) and (e): Art. 6(3) requires the obligation or task to be
/// laid down by Union or Member State law, which the purpose's note names.
const NEEDS_PROVISION: [(&str, &str, &str); 2] = [
    (
        "art6-1-c",
        "Art. 6 Abs. 1 lit. c DSGVO",
        "Art. 6(1)(c) GDPR",
    ),
    (
        "art6-1-e",
        "Art. 6 Abs. 1 lit. e DSGVO",
        "Art. 6(1)(e) GDPR",
    ),
];
/// Bases that are consent and can therefore be withdrawn (Art. 7(3); § 25
/// TDDDG consent follows the GDPR's rules on consent).
const CONSENT: [&str; 3] = ["art6-1-a", "art9-2-a", TDDDG_25];

/// "Zweck 2 („Durchführung von …“)", short enough for one line.
pub(super) fn purpose_label(index: usize, p: &Purpose) -> (String, String) {
    const MAX: usize = 60;
    let text = p.description.trim();
    let short: String = if text.chars().count() > MAX {
        let cut: String = text.chars().take(MAX).collect();
        format!("{}…", cut.trim_end())
    } else {
        text.to_owned()
    };
    let n = index + 1;
    if short.is_empty() {
        (format!("Zweck {n}"), format!("Purpose {n}"))
    } else {
        (
            format!("Zweck {n} („{short}“)"),
            format!("Purpose {n} ('{short}')"),
        )
    }
}

pub(super) fn has(p: &Purpose, code: &str) -> bool {
    p.legal_bases.iter().any(|b| b.trim() == code)
}

pub(super) fn check(ctx: &Context<'_>, a: &ProcessingActivity, out: &mut Vec<Finding>) {
    let record = || RecordRef::activity(&a.key);
    let public_body = ctx.register.organisation.controller.public_body;
    for (i, p) in a.purposes.iter().enumerate() {
        let (label_de, label_en) = purpose_label(i, p);
        let kinds: Vec<LegalBasisKind> = p
            .legal_bases
            .iter()
            .filter_map(|b| ctx.basis(b))
            .map(|b| b.kind)
            .collect();
        if kinds.is_empty() {
            let message = if p.legal_bases.iter().all(|b| b.trim().is_empty()) {
                (
                    format!("Für {label_de} ist keine Rechtsgrundlage erfasst."),
                    format!("No legal basis is recorded for {label_en}."),
                )
            } else {
                let codes: Vec<&str> = p
                    .legal_bases
                    .iter()
                    .map(|b| b.trim())
                    .filter(|b| !b.is_empty())
                    .collect();
                let codes = codes.join(", ");
                (
                    format!(
                        "Die für {label_de} erfassten Rechtsgrundlagen ({codes}) stehen nicht im \
                         Katalog."
                    ),
                    format!(
                        "The legal bases recorded for {label_en} ({codes}) are not in the catalog."
                    ),
                )
            };
            out.push(
                NO_LEGAL_BASIS
                    .at(record(), format!("purposes[{i}].legal_bases"))
                    .message(message.0, message.1)
                    .hint(
                        "Wählen Sie die Rechtsgrundlage nach Art. 6 Abs. 1 DSGVO, auf die sich \
                         der Zweck stützt, und bei besonderen Kategorien zusätzlich die Ausnahme \
                         nach Art. 9 Abs. 2 DSGVO.",
                        "Choose the Art. 6(1) GDPR basis the purpose rests on and, for special \
                         categories, also the Art. 9(2) GDPR condition.",
                    ),
            );
        } else if kinds.contains(&LegalBasisKind::Other) && blank(&p.legal_basis_note) {
            out.push(
                NO_LEGAL_BASIS
                    .at(record(), format!("purposes[{i}].legal_basis_note"))
                    .message(
                        format!(
                            "Für {label_de} ist „Sonstige Rechtsgrundlage“ gewählt, die \
                             Vorschrift aber nicht genannt."
                        ),
                        format!(
                            "'Other legal basis' is chosen for {label_en}, but the provision is \
                             not named."
                        ),
                    )
                    .hint(
                        "Nennen Sie die Vorschrift in der Anmerkung zur Rechtsgrundlage, z. B. \
                         „§ 147 AO“.",
                        "Name the provision in the note on the legal basis, e.g. 'Section 147 AO'.",
                    ),
            );
        }
        if has(p, LEGITIMATE_INTERESTS) && blank(&p.legitimate_interests) {
            out.push(
                LEGITIMATE_INTEREST
                    .at(record(), format!("purposes[{i}].legitimate_interests"))
                    .message(
                        format!(
                            "{label_de} stützt sich auf berechtigte Interessen (Art. 6 Abs. 1 \
                             lit. f DSGVO), nennt sie aber nicht."
                        ),
                        format!(
                            "{label_en} rests on legitimate interests (Art. 6(1)(f) GDPR) \
                             without stating them."
                        ),
                    )
                    .hint(
                        "Beschreiben Sie die verfolgten Interessen: die Datenschutzhinweise \
                         müssen sie nennen, und sie sind Ausgangspunkt der Abwägung.",
                        "Describe the interests pursued: the privacy notice must name them, and \
                         they are where the balancing test starts.",
                    ),
            );
        }
        if CONSENT.iter().any(|c| has(p, c)) && blank(&p.consent_withdrawal) {
            out.push(
                CONSENT_WITHDRAWAL
                    .at(record(), format!("purposes[{i}].consent_withdrawal"))
                    .message(
                        format!(
                            "{label_de} stützt sich auf eine Einwilligung, es ist aber nicht \
                             erfasst, wie sie widerrufen werden kann."
                        ),
                        format!(
                            "{label_en} rests on consent, but how it can be withdrawn is not \
                             recorded."
                        ),
                    )
                    .hint(
                        "Beschreiben Sie, wie Betroffene die Einwilligung widerrufen – so \
                         einfach, wie sie sie erteilt haben; die Hinweise müssen auf das \
                         Widerrufsrecht hinweisen.",
                        "Describe how data subjects withdraw consent, as easily as they gave \
                         it; the privacy notice must tell them of this right.",
                    ),
            );
        }
        if BDSG_26.iter().any(|c| has(p, c)) && !kinds.contains(&LegalBasisKind::Art6) {
            out.push(
                BDSG26_ALONE
                    .at(record(), format!("purposes[{i}].legal_bases"))
                    .message(
                        format!("{label_de} stützt sich allein auf § 26 BDSG."),
                        format!("{label_en} rests on Section 26 BDSG alone."),
                    )
                    .hint(
                        "Nach dem Urteil C-34/21 trägt § 26 Abs. 1 S. 1 BDSG nach herrschender \
                         Auffassung nicht allein; ergänzen Sie die Grundlage nach Art. 6 Abs. 1 \
                         DSGVO, meist lit. b, c oder f.",
                        "After judgment C-34/21 the prevailing view is that Section 26(1) \
                         sentence 1 BDSG cannot stand alone; add the Art. 6(1) GDPR basis, \
                         usually point (b), (c) or (f).",
                    ),
            );
        }
        if TDDDG.iter().any(|c| has(p, c)) && !kinds.contains(&LegalBasisKind::Art6) {
            out.push(
                TDDDG25_ALONE
                    .at(record(), format!("purposes[{i}].legal_bases"))
                    .message(
                        format!("{label_de} stützt sich allein auf § 25 TDDDG."),
                        format!("{label_en} rests on Section 25 TDDDG alone."),
                    )
                    .hint(
                        "§ 25 TDDDG regelt nur, ob Informationen auf dem Endgerät gespeichert \
                         oder dort ausgelesen werden dürfen; die Verarbeitung der so gewonnenen \
                         Daten braucht zusätzlich eine Rechtsgrundlage nach Art. 6 Abs. 1 DSGVO, \
                         bei einwilligungspflichtigen Cookies meist lit. a.",
                        "Section 25 TDDDG only governs whether information may be stored on or \
                         read from the user's device; processing the data obtained that way also \
                         needs an Art. 6(1) GDPR basis, usually point (a) where the cookies \
                         require consent.",
                    ),
            );
        }
        provision(a, i, p, &kinds, (&label_de, &label_en), out);
        if public_body && has(p, LEGITIMATE_INTERESTS) {
            out.push(
                PUBLIC_BODY_INTEREST
                    .at(record(), format!("purposes[{i}].legal_bases"))
                    .message(
                        format!(
                            "Der Verantwortliche ist eine öffentliche Stelle und stützt \
                             {label_de} auf berechtigte Interessen (Art. 6 Abs. 1 lit. f DSGVO)."
                        ),
                        format!(
                            "The controller is a public body and bases {label_en} on legitimate \
                             interests (Art. 6(1)(f) GDPR)."
                        ),
                    )
                    .hint(
                        "Für die Erfüllung ihrer Aufgaben können Behörden sich nicht auf \
                         berechtigte Interessen stützen: nennen Sie Art. 6 Abs. 1 lit. c oder e \
                         DSGVO mit der Vorschrift, die die Aufgabe regelt, sofern die \
                         Verarbeitung zu den Aufgaben gehört.",
                        "Public authorities cannot rely on legitimate interests when performing \
                         their tasks: name Art. 6(1)(c) or (e) GDPR with the provision that sets \
                         the task, where the processing is part of those tasks.",
                    ),
            );
        }
    }
}

/// Art. 6(1)(c) or (e) without the provision in the note. A basis of kind
/// "other" beside it already has its own finding for a blank note
/// (`purpose-no-legal-basis`).
fn provision(
    a: &ProcessingActivity,
    i: usize,
    p: &Purpose,
    kinds: &[LegalBasisKind],
    (label_de, label_en): (&str, &str),
    out: &mut Vec<Finding>,
) {
    if !blank(&p.legal_basis_note) || kinds.contains(&LegalBasisKind::Other) {
        return;
    }
    let cited: Vec<_> = NEEDS_PROVISION
        .iter()
        .filter(|(code, _, _)| has(p, code))
        .collect();
    if cited.is_empty() {
        return;
    }
    let de: Vec<&str> = cited.iter().map(|c| c.1).collect();
    let en: Vec<&str> = cited.iter().map(|c| c.2).collect();
    let (de, en) = (de.join(" und "), en.join(" and "));
    out.push(
        NO_PROVISION
            .at(
                RecordRef::activity(&a.key),
                format!("purposes[{i}].legal_basis_note"),
            )
            .message(
                format!(
                    "{label_de} stützt sich auf {de}, nennt aber nicht die Vorschrift, die die \
                     Pflicht oder Aufgabe festlegt."
                ),
                format!(
                    "{label_en} rests on {en} without naming the provision that lays down the \
                     obligation or task."
                ),
            )
            .hint(
                "Nennen Sie in der Anmerkung zur Rechtsgrundlage die Vorschrift des Unions-, Bundes- \
                 oder Landesrechts, auf der die Verarbeitung beruht, z. B. „§ 147 AO“; die \
                 Datenschutzhinweise zeigen sie mit der Rechtsgrundlage.",
                "Name the provision of Union or Member State law the processing rests on in the \
                 note on the legal basis, e.g. 'Section 147 AO'; the privacy notice shows it with \
                 the legal basis.",
            ),
    );
}
