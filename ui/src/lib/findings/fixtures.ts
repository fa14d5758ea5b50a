// Findings for the panel's and the list's tests, shaped as the core reports
// them (most severe first), in both languages.

import type { EntityKind, Finding, Severity } from "../api";

export function finding(
  rule: string,
  severity: Severity,
  entity: EntityKind,
  key: string,
  field: string,
  more: Partial<Finding> = {},
): Finding {
  return {
    rule,
    severity,
    source_de: "Art. 30 Abs. 1 DSGVO",
    source_en: "Art. 30(1) GDPR",
    record: { entity, key },
    field,
    message_de: `Meldung zu ${rule}`,
    message_en: `Message on ${rule}`,
    hint_de: `Abhilfe zu ${rule}`,
    hint_en: `Fix for ${rule}`,
    ...more,
  };
}

/** One of each kind the checks report on, and an activity with two findings. */
export const sample: Finding[] = [
  finding("transfer-no-mechanism", "error", "activity", "VT-002", "transfers[0].mechanism", {
    source_de: "Art. 44 ff. DSGVO",
    source_en: "Art. 44 et seq. GDPR",
    message_de: "Die Übermittlung in die USA nennt keine Garantie.",
    message_en: "The transfer to the USA names no safeguard.",
    hint_de: "Wählen Sie den Mechanismus der Übermittlung.",
    hint_en: "Choose the transfer's mechanism.",
  }),
  finding("processor-no-agreement", "error", "party", "P-004", "agreement", {
    source_de: "Art. 28 Abs. 3 DSGVO",
    source_en: "Art. 28(3) GDPR",
    message_de: "Für den Auftragsverarbeiter fehlt der Vertrag.",
    message_en: "The processor has no agreement.",
  }),
  finding("header-dpo-email", "warning", "organisation", "organisation", "dpo.email", {
    message_de: "Der Datenschutzbeauftragte hat keine E-Mail-Adresse.",
    message_en: "The data protection officer has no email address.",
  }),
  finding("review-overdue", "warning", "activity", "VT-002", "next_review", {
    message_de: "Die Überprüfung ist überfällig.",
    message_en: "The review is overdue.",
  }),
  finding("toms-missing", "warning", "activity", "VT-003", "toms"),
  finding("notice-outdated", "info", "organisation", "organisation", "notice_date"),
];
