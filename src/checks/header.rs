//! Rules on the register's header: who is responsible and how to reach them
//! (Art. 30(1)(a), 13(1)(a)–(b)), whether a DPO has to be designated (Art. 37
//! GDPR, § 38 BDSG), joint controllers (Art. 26) and whether the published
//! notice is current. The supervisory authority has its own
//! module, `authority`.

use chrono::{DateTime, NaiveTime, Utc};

use super::context::{blank, join, Context};
use super::{Finding, RecordRef, Rule, Severity};
use crate::{ActivityStatus, ProcessingActivity, RecipientRole};

pub(super) const CONTROLLER_CONTACT: Rule = Rule {
    id: "controller-contact-missing",
    severity: Severity::Error,
    source_de: "Art. 30 Abs. 1 lit. a, Art. 13 Abs. 1 lit. a DSGVO",
    source_en: "Art. 30(1)(a), Art. 13(1)(a) GDPR",
    title_de: "Name oder Anschrift des Verantwortlichen fehlt",
    title_en: "Controller's name or address missing",
};

/// A recommendation, not a duty: Art. 13(1)(a) is met by a postal address,
/// but data subjects expect to write an e-mail, and the notice names one.
pub(super) const CONTROLLER_EMAIL: Rule = Rule {
    id: "controller-email-missing",
    severity: Severity::Warning,
    source_de: "Art. 13 Abs. 1 lit. a, Art. 12 Abs. 2 DSGVO",
    source_en: "Art. 13(1)(a), Art. 12(2) GDPR",
    title_de: "E-Mail-Adresse des Verantwortlichen fehlt (empfohlen)",
    title_en: "Controller's e-mail address missing (recommended)",
};

pub(super) const DPO_CONTACT: Rule = Rule {
    id: "dpo-contact-missing",
    severity: Severity::Error,
    source_de: "Art. 30 Abs. 1 lit. a, Art. 13 Abs. 1 lit. b, Art. 37 Abs. 7 DSGVO",
    source_en: "Art. 30(1)(a), Art. 13(1)(b), Art. 37(7) GDPR",
    title_de: "Datenschutzbeauftragter oder seine Kontaktdaten fehlen",
    title_en: "Data protection officer or their contact details missing",
};

pub(super) const DPO_PUBLIC_BODY: Rule = Rule {
    id: "dpo-required-public-body",
    severity: Severity::Error,
    source_de: "Art. 37 Abs. 1 lit. a DSGVO",
    source_en: "Art. 37(1)(a) GDPR",
    title_de: "Öffentliche Stelle ohne Datenschutzbeauftragten",
    title_en: "Public body without a data protection officer",
};

pub(super) const DPO_DPIA: Rule = Rule {
    id: "dpo-required-dpia",
    severity: Severity::Error,
    source_de: "§ 38 Abs. 1 Satz 2 BDSG, Art. 35 DSGVO",
    source_en: "Section 38(1) sentence 2 BDSG, Art. 35 GDPR",
    title_de: "Kein Datenschutzbeauftragter trotz Verarbeitung mit Folgenabschätzung",
    title_en: "No data protection officer despite processing that needs a DPIA",
};

pub(super) const JOINT_CONTROLLER: Rule = Rule {
    id: "joint-controller-no-arrangement",
    severity: Severity::Error,
    source_de: "Art. 26 Abs. 1, 2 DSGVO",
    source_en: "Art. 26(1), (2) GDPR",
    title_de: "Gemeinsam Verantwortlicher ohne Vereinbarung nach Art. 26",
    title_en: "Joint controller without an Art. 26 arrangement",
};

pub(super) const NOTICE_OUTDATED: Rule = Rule {
    id: "notice-outdated",
    severity: Severity::Info,
    source_de: "Art. 12 Abs. 1, Art. 13, 14 DSGVO",
    source_en: "Art. 12(1), Art. 13, 14 GDPR",
    title_de: "Verzeichnis nach der letzten Veröffentlichung der Hinweise geändert",
    title_en: "Register changed after the notice was last published",
};

pub(super) const NOTICE_UNPUBLISHED: Rule = Rule {
    id: "notice-unpublished",
    severity: Severity::Info,
    source_de: "Art. 12 Abs. 1, Art. 13, 14 DSGVO",
    source_en: "Art. 12(1), Art. 13, 14 GDPR",
    title_de: "Keine Veröffentlichung der Datenschutzhinweise erfasst",
    title_en: "No publication of the privacy notice recorded",
};

/// The JSON path of a joint controller in the header.
pub(super) fn joint_controller_field(index: usize) -> String {
    format!("joint_controllers[{index}]")
}

pub(super) fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    controller(ctx, out);
    dpo(ctx, out);
    joint_controllers(ctx, out);
    notice(ctx, out);
}

fn org() -> RecordRef {
    RecordRef::organisation()
}

fn controller(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    let c = &ctx.register.organisation.controller;
    let hint = |de: &str, en: &str| {
        (
            format!(
                "Tragen Sie {de} im Kopf des Verzeichnisses ein; Verzeichnis und \
                 Datenschutzhinweise müssen sagen, wie der Verantwortliche erreichbar ist."
            ),
            format!(
                "Enter {en} in the register header; the register and the privacy notice must \
                 say how to reach the controller."
            ),
        )
    };
    let missing = [
        (
            c.name.trim().is_empty(),
            "controller.name",
            (
                "Der Name des Verantwortlichen fehlt.",
                "The controller's name is missing.",
            ),
            hint("den Namen", "the name"),
        ),
        (
            blank(&c.address),
            "controller.address",
            (
                "Die Anschrift des Verantwortlichen fehlt.",
                "The controller's postal address is missing.",
            ),
            hint("die Anschrift", "the postal address"),
        ),
        (
            blank(&c.email),
            "controller.email",
            (
                "Für den Verantwortlichen ist keine E-Mail-Adresse erfasst.",
                "No e-mail address is recorded for the controller.",
            ),
            hint("eine E-Mail-Adresse", "an e-mail address"),
        ),
    ];
    for (is_missing, field, (msg_de, msg_en), (hint_de, hint_en)) in missing {
        let rule = if field == "controller.email" {
            &CONTROLLER_EMAIL
        } else {
            &CONTROLLER_CONTACT
        };
        if is_missing {
            out.push(
                rule.at(org(), field)
                    .message(msg_de, msg_en)
                    .hint(hint_de, hint_en),
            );
        }
    }
}

fn dpo(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    let header = &ctx.register.organisation;
    if header.dpo.is_none() && header.controller.public_body {
        // Art. 37(1)(a) leaves no room for a reason: report this one finding.
        out.push(
            DPO_PUBLIC_BODY
                .at(org(), "dpo")
                .message(
                    "Der Verantwortliche ist als öffentliche Stelle erfasst, aber es ist kein \
                     Datenschutzbeauftragter benannt.",
                    "The controller is recorded as a public body, but no data protection \
                     officer is designated.",
                )
                .hint(
                    "Behörden und öffentliche Stellen müssen immer einen \
                     Datenschutzbeauftragten benennen, unabhängig von ihrer Größe \
                     (ausgenommen Gerichte in ihrer justiziellen Tätigkeit). Tragen Sie ihn mit \
                     Kontaktdaten ein.",
                    "Public authorities and bodies must always designate a data protection \
                     officer, whatever their size (courts acting in their judicial capacity \
                     excepted). Enter the officer with contact details.",
                ),
        );
        return;
    }
    if header.dpo_exemption().is_some() {
        dpo_required_by_dpia(ctx, out);
        return;
    }
    match &header.dpo {
        None => out.push(
            DPO_CONTACT
                .at(org(), "dpo")
                .message(
                    "Im Verzeichnis ist kein Datenschutzbeauftragter erfasst.",
                    "No data protection officer is recorded in the register.",
                )
                .hint(
                    "Tragen Sie den Datenschutzbeauftragten mit Kontaktdaten ein; ist keiner \
                     benannt, prüfen Sie, ob eine Pflicht zur Benennung besteht (Art. 37 DSGVO, \
                     § 38 BDSG).",
                    "Enter the data protection officer with contact details; if none is \
                     designated, check whether one must be (Art. 37 GDPR, Section 38 BDSG).",
                ),
        ),
        Some(d) if blank(&d.email) && blank(&d.phone) && blank(&d.address) => out.push(
            DPO_CONTACT
                .at(org(), "dpo.email")
                .message(
                    "Für den Datenschutzbeauftragten ist weder E-Mail-Adresse noch \
                     Telefonnummer noch Anschrift erfasst.",
                    "Neither an e-mail address nor a phone number nor a postal address is \
                     recorded for the data protection officer.",
                )
                .hint(
                    "Erfassen Sie mindestens einen Weg, auf dem Betroffene und Aufsichtsbehörde \
                     den Datenschutzbeauftragten direkt erreichen, am besten eine eigene \
                     E-Mail-Adresse.",
                    "Record at least one way for data subjects and the supervisory authority to \
                     reach the data protection officer directly, preferably a dedicated e-mail \
                     address.",
                ),
        ),
        Some(_) => {}
    }
}

/// § 38(1) sentence 2 BDSG: processing that needs a DPIA requires a DPO
/// whatever the headcount, so a recorded reason for having none cannot hold.
/// An activity needs a DPIA when it says so or when its threshold analysis
/// does (a contradicting "not required" is an error of its own).
fn dpo_required_by_dpia(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    let needs_dpia = |a: &ProcessingActivity| {
        a.dpia.required == Some(true)
            || crate::dpia::assess(&a.dpia.threshold, &ctx.catalogs.dpia_criteria).outcome
                == crate::DpiaOutcome::Required
    };
    let bound: Vec<&str> = ctx
        .register
        .activities
        .iter()
        .filter(|a| a.status != ActivityStatus::Retired && needs_dpia(a))
        .map(|a| a.key.as_str())
        .collect();
    if bound.is_empty() {
        return;
    }
    let keys: Vec<String> = bound.iter().map(|k| (*k).to_owned()).collect();
    let (de, en) = (join(&keys, "und"), join(&keys, "and"));
    let requires = if keys.len() == 1 {
        "requires"
    } else {
        "require"
    };
    out.push(
        DPO_DPIA
            .at(org(), "no_dpo_reason")
            .message(
                format!(
                    "Im Verzeichnis steht, warum kein Datenschutzbeauftragter benannt ist, aber \
                     für {de} ist eine Datenschutz-Folgenabschätzung erforderlich."
                ),
                format!(
                    "The register records why no data protection officer is designated, but \
                     {en} {requires} a data protection impact assessment."
                ),
            )
            .hint(
                "Wer Verarbeitungen vornimmt, die einer Folgenabschätzung nach Art. 35 DSGVO \
                 unterliegen, muss nach § 38 Abs. 1 Satz 2 BDSG unabhängig von der Anzahl der \
                 mit der Verarbeitung beschäftigten Personen einen Datenschutzbeauftragten \
                 benennen.",
                "Whoever carries out processing subject to an impact assessment under Art. 35 \
                 GDPR must designate a data protection officer under Section 38(1) sentence 2 \
                 BDSG, regardless of the number of persons engaged in the processing.",
            ),
    );
}

const ARRANGEMENT_HINT_DE: &str = "Schließen Sie eine Vereinbarung, die festlegt, wer welche \
     Pflichten erfüllt, und erfassen Sie ihr Wesentliches; es ist den Betroffenen zur Verfügung \
     zu stellen (Art. 26 Abs. 2 DSGVO).";
const ARRANGEMENT_HINT_EN: &str = "Conclude an arrangement that sets out who fulfils which \
     obligations and record its essence, which must be made available to data subjects \
     (Art. 26(2) GDPR).";

fn joint_controllers(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    for (i, jc) in ctx
        .register
        .organisation
        .joint_controllers
        .iter()
        .enumerate()
    {
        if blank(&jc.arrangement) {
            let name = jc.name.trim();
            out.push(
                JOINT_CONTROLLER
                    .at(org(), format!("{}.arrangement", joint_controller_field(i)))
                    .message(
                        format!(
                            "Für die gemeinsame Verantwortlichkeit mit „{name}“ ist keine \
                             Vereinbarung nach Art. 26 DSGVO erfasst."
                        ),
                        format!(
                            "No Art. 26 GDPR arrangement is recorded for the joint control \
                             with '{name}'."
                        ),
                    )
                    .hint(ARRANGEMENT_HINT_DE, ARRANGEMENT_HINT_EN),
            );
        }
    }
}

/// A recipient recorded as joint controller needs a joint controller in the
/// header that covers the activity; that entry's own arrangement is checked
/// above.
pub(super) fn check_activity(ctx: &Context<'_>, a: &ProcessingActivity, out: &mut Vec<Finding>) {
    let covered = ctx
        .register
        .organisation
        .joint_controllers
        .iter()
        .any(|jc| jc.activities.is_empty() || jc.activities.iter().any(|k| k == &a.key));
    if covered {
        return;
    }
    for (i, r) in a.recipients.iter().enumerate() {
        if r.role != RecipientRole::JointController {
            continue;
        }
        let name = ctx
            .party(r.party.as_deref())
            .map(|p| p.name.trim())
            .or(r.description.as_deref().map(str::trim))
            .unwrap_or_default();
        out.push(
            JOINT_CONTROLLER
                .at(RecordRef::activity(&a.key), format!("recipients[{i}].role"))
                .message(
                    format!(
                        "Der Empfänger „{name}“ ist als gemeinsam Verantwortlicher genannt, im \
                         Kopf des Verzeichnisses ist für diese Tätigkeit aber keine \
                         gemeinsame Verantwortlichkeit mit Vereinbarung nach Art. 26 DSGVO \
                         erfasst."
                    ),
                    format!(
                        "The recipient '{name}' is named as joint controller, but the register \
                         header records no joint control with an Art. 26 GDPR arrangement for \
                         this activity."
                    ),
                )
                .hint(
                    format!(
                        "Erfassen Sie den gemeinsam Verantwortlichen im Kopf des Verzeichnisses \
                         für diese Tätigkeit. {ARRANGEMENT_HINT_DE}"
                    ),
                    format!(
                        "Record the joint controller in the register header for this activity. \
                         {ARRANGEMENT_HINT_EN}"
                    ),
                ),
        );
    }
}

fn notice(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    let r = ctx.register;
    if r.activities.is_empty() {
        return; // nothing a notice could say yet
    }
    let external = r
        .organisation
        .notice_date
        .map(|d| DateTime::<Utc>::from_naive_utc_and_offset(d.and_time(NaiveTime::MIN), Utc));
    let published = r
        .publications
        .iter()
        .map(|p| p.published_at)
        .chain(external)
        .max();
    let Some(published) = published else {
        out.push(
            NOTICE_UNPUBLISHED
                .at(org(), "notice_date")
                .message(
                    "Für dieses Verzeichnis ist keine Veröffentlichung der Datenschutzhinweise \
                     erfasst.",
                    "No publication of the privacy notice is recorded for this register.",
                )
                .hint(
                    "Erzeugen und veröffentlichen Sie die Hinweise aus dem Verzeichnis, oder \
                     tragen Sie den „Stand“ der bereits veröffentlichten Hinweise im Kopf ein.",
                    "Generate and publish the notice from the register, or enter the date of \
                     the notice already published in the header.",
                ),
        );
        return;
    };
    let changed = r
        .activities
        .iter()
        .map(|a| a.updated_at)
        .chain(r.history.iter().map(|h| h.at))
        .max();
    let Some(changed) = changed.filter(|c| *c > published) else {
        return;
    };
    out.push(
        NOTICE_OUTDATED
            .at(org(), "notice_date")
            .message(
                format!(
                    "Das Verzeichnis wurde am {} geändert, nach der letzten Veröffentlichung der \
                     Datenschutzhinweise am {}.",
                    changed.format("%d.%m.%Y"),
                    published.format("%d.%m.%Y")
                ),
                format!(
                    "The register was changed on {}, after the privacy notice was last \
                     published on {}.",
                    changed.format("%Y-%m-%d"),
                    published.format("%Y-%m-%d")
                ),
            )
            .hint(
                "Prüfen Sie, ob die Änderungen die Datenschutzhinweise betreffen, und \
                 veröffentlichen Sie sie in diesem Fall neu.",
                "Check whether the changes affect the privacy notice and, if so, republish it.",
            ),
    );
}
