//! Rules on the processor's record (Art. 30(2)): for each controller the
//! organisation processes for, (a) who that controller is and how to reach
//! it, (b) the categories of processing, (c) third-country transfers —
//! judged by the same rules as an activity's — and (d) the TOMs. The
//! processor's own name, contact, representative and DPO are the register
//! header, checked there.

use super::context::{blank, Context};
use super::transfers;
use super::{Finding, RecordRef, Rule, Severity};
use crate::ProcessorActivity;

pub(super) const CONTROLLER: Rule = Rule {
    id: "processor-record-controller-missing",
    severity: Severity::Error,
    source_de: "Art. 30 Abs. 2 lit. a DSGVO",
    source_en: "Art. 30(2)(a) GDPR",
    title_de:
        "Verzeichnis als Auftragsverarbeiter: Verantwortlicher oder seine Kontaktdaten fehlen",
    title_en: "Record as processor: controller or its contact details missing",
};

pub(super) const CATEGORIES: Rule = Rule {
    id: "processor-record-categories-missing",
    severity: Severity::Error,
    source_de: "Art. 30 Abs. 2 lit. b DSGVO",
    source_en: "Art. 30(2)(b) GDPR",
    title_de: "Verzeichnis als Auftragsverarbeiter: keine Kategorien von Verarbeitungen",
    title_en: "Record as processor: no categories of processing",
};

/// A warning like `toms-missing`: Art. 30(2)(d) asks for the description
/// "where possible", as 30(1)(g) does.
pub(super) const TOMS: Rule = Rule {
    id: "processor-record-toms-missing",
    severity: Severity::Warning,
    source_de: "Art. 30 Abs. 2 lit. d, Art. 32 Abs. 1 DSGVO",
    source_en: "Art. 30(2)(d), Art. 32(1) GDPR",
    title_de: "Verzeichnis als Auftragsverarbeiter: keine TOM angegeben",
    title_en: "Record as processor: no technical and organisational measures given",
};

pub(super) fn check(ctx: &Context<'_>, e: &ProcessorActivity, out: &mut Vec<Finding>) {
    let record = || RecordRef::processor_activity(&e.key);
    controller(e, &record, out);
    if e.categories.iter().all(|c| c.trim().is_empty()) {
        let (for_de, for_en) = acting_for(e);
        out.push(
            CATEGORIES
                .at(record(), "categories")
                .message(
                    format!("Für die Verarbeitung {for_de} sind keine Kategorien erfasst."),
                    format!("No categories are recorded for the processing {for_en}."),
                )
                .hint(
                    "Erfassen Sie, welche Arten von Verarbeitungen Sie für diesen \
                     Verantwortlichen durchführen, etwa „Hosting“ oder „Lohnabrechnung“.",
                    "Record which kinds of processing you carry out for this controller, such \
                     as 'hosting' or 'payroll'.",
                ),
        );
    }
    transfers::check_transfers(ctx, &record, &e.transfers, out);
    if !e.toms.iter().any(|t| ctx.has_tom(t)) && blank(&e.tom_notes) {
        let (for_de, for_en) = acting_for(e);
        out.push(
            TOMS.at(record(), "toms")
                .message(
                    format!(
                        "Für die Verarbeitung {for_de} sind keine technischen und \
                         organisatorischen Maßnahmen angegeben."
                    ),
                    format!(
                        "No technical and organisational measures are given for the processing \
                         {for_en}."
                    ),
                )
                .hint(
                    "Verweisen Sie auf die Maßnahmen aus dem TOM-Katalog, mit denen Sie diese \
                     Verarbeitung schützen, oder beschreiben Sie sie allgemein.",
                    "Refer to the measures of the TOM catalog that protect this processing, or \
                     describe them in general terms.",
                ),
        );
    }
}

/// "im Auftrag von „Kunde X GmbH“" / "on behalf of 'Kunde X GmbH'", or a
/// neutral phrase when the controller has no name.
fn acting_for(e: &ProcessorActivity) -> (String, String) {
    match e.controller.name.trim() {
        "" => (
            "im Auftrag eines Verantwortlichen".to_owned(),
            "on behalf of a controller".to_owned(),
        ),
        name => (
            format!("im Auftrag von „{name}“"),
            format!("on behalf of '{name}'"),
        ),
    }
}

/// Art. 30(2)(a): the controller's name and contact details. Either the
/// postal address or another contact (e-mail, phone, contact person) is
/// enough; representative and DPO exist only "where applicable", which the
/// register cannot tell, so their absence is no finding.
fn controller(e: &ProcessorActivity, record: &dyn Fn() -> RecordRef, out: &mut Vec<Finding>) {
    let c = &e.controller;
    let name = c.name.trim();
    let mut missing = Vec::new();
    if name.is_empty() {
        missing.push((
            "controller.name",
            "Der Verantwortliche, für den diese Verarbeitung erfolgt, ist nicht genannt."
                .to_owned(),
            "The controller on whose behalf this processing is carried out is not named."
                .to_owned(),
        ));
    }
    if blank(&c.address) && blank(&c.contact) {
        let (who_de, who_en) = if name.is_empty() {
            (
                "den Verantwortlichen".to_owned(),
                "the controller".to_owned(),
            )
        } else {
            (
                format!("den Verantwortlichen „{name}“"),
                format!("the controller '{name}'"),
            )
        };
        missing.push((
            "controller.address",
            format!("Für {who_de} sind weder Anschrift noch Kontakt erfasst."),
            format!("Neither an address nor a contact is recorded for {who_en}."),
        ));
    }
    for (field, de, en) in missing {
        out.push(CONTROLLER.at(record(), field).message(de, en).hint(
            "Erfassen Sie Namen und Kontaktdaten des Verantwortlichen, in dessen Auftrag Sie \
             handeln – Anschrift, E-Mail-Adresse oder Ansprechpartner –, damit die \
             Aufsichtsbehörde ihn erreichen kann.",
            "Record the name and contact details of the controller on whose behalf you act \
             (address, e-mail or contact person) so that the supervisory authority can reach it.",
        ));
    }
}
