// Words of the TOM catalog (Art. 32 GDPR), in German and English. The goal
// labels are those of `ProtectionGoal::label` in src/model/tom.rs, so the
// editor and the printed register name a goal alike.

import type { ProtectionGoal } from "../api";
import type { Lang } from "../i18n";

export interface TomMessages {
  title: string;
  intro: string;
  newTom: string;
  goals: Record<ProtectionGoal, string>;
  count: (n: number) => string;
  noneInGoal: string;
  edit: (title: string) => string;
  editorNew: string;
  editorEdit: string;
  key: string;
  keyHint: string;
  goal: string;
  tomTitle: string;
  description: string;
  save: string;
  saving: string;
  cancel: string;
  delete: string;
  deleteQuestion: (title: string) => string;
  deleteConfirm: string;
  saved: string;
  deleted: string;
  invalid: string;
  conflict: string;
  reload: string;
  gone: string;
  saveFailed: string;
  deleteFailed: string;
  discardQuestion: string;
  discardConfirm: string;
  keepEditing: string;
}

const de: TomMessages = {
  title: "Technische und organisatorische Maßnahmen (TOM)",
  intro:
    "Der organisationsweite Katalog der Maßnahmen nach Art. 32 DSGVO, auf den die Verarbeitungstätigkeiten verweisen (Art. 30 Abs. 1 lit. g).",
  newTom: "Neue Maßnahme",
  goals: {
    pseudonymisation: "Pseudonymisierung",
    encryption: "Verschlüsselung",
    confidentiality: "Vertraulichkeit",
    integrity: "Integrität",
    availability: "Verfügbarkeit",
    resilience: "Belastbarkeit",
    recoverability: "Wiederherstellbarkeit",
    evaluation: "Überprüfung und Evaluierung",
  },
  count: (n) => (n === 1 ? "1 Maßnahme" : `${n} Maßnahmen`),
  noneInGoal: "Keine Maßnahme erfasst.",
  edit: (title) => `„${title}“ bearbeiten`,
  editorNew: "Neue Maßnahme",
  editorEdit: "Maßnahme bearbeiten",
  key: "Kennung",
  keyHint: "Nur Buchstaben ohne Umlaute (a–z, A–Z), Ziffern, „.“, „_“ und „-“, z. B. tom-verschluesselung",
  goal: "Schutzziel",
  tomTitle: "Bezeichnung",
  description: "Beschreibung",
  save: "Speichern",
  saving: "Wird gespeichert …",
  cancel: "Abbrechen",
  delete: "Löschen",
  deleteQuestion: (title) => `Die Maßnahme „${title}“ löschen?`,
  deleteConfirm: "Ja, löschen",
  saved: "Die Maßnahme wurde gespeichert.",
  deleted: "Die Maßnahme wurde gelöscht.",
  invalid: "Nicht gespeichert: Bitte die markierte Angabe prüfen.",
  conflict:
    "Diese Maßnahme wurde inzwischen anderswo geändert. Ihre Änderung wurde nicht übernommen, und nichts wurde überschrieben. Laden Sie den aktuellen Stand neu und tragen Sie Ihre Änderungen erneut ein.",
  reload: "Neu laden",
  gone: "Diese Maßnahme gibt es nicht mehr; sie wurde anderswo gelöscht.",
  saveFailed: "Die Maßnahme wurde nicht gespeichert.",
  deleteFailed: "Die Maßnahme wurde nicht gelöscht.",
  discardQuestion: "Die ungespeicherten Änderungen verwerfen?",
  discardConfirm: "Verwerfen",
  keepEditing: "Weiter bearbeiten",
};

const en: TomMessages = {
  title: "Technical and organisational measures (TOMs)",
  intro:
    "The organisation-wide catalog of Art. 32 GDPR measures that the processing activities refer to (Art. 30(1)(g)).",
  newTom: "New measure",
  goals: {
    pseudonymisation: "Pseudonymisation",
    encryption: "Encryption",
    confidentiality: "Confidentiality",
    integrity: "Integrity",
    availability: "Availability",
    resilience: "Resilience",
    recoverability: "Recoverability",
    evaluation: "Testing and evaluation",
  },
  count: (n) => (n === 1 ? "1 measure" : `${n} measures`),
  noneInGoal: "No measure recorded.",
  edit: (title) => `Edit “${title}”`,
  editorNew: "New measure",
  editorEdit: "Edit measure",
  key: "Key",
  keyHint: "Only letters without accents (a–z, A–Z), digits, “.”, “_” and “-”, e.g. tom-encryption",
  goal: "Protection goal",
  tomTitle: "Title",
  description: "Description",
  save: "Save",
  saving: "Saving …",
  cancel: "Cancel",
  delete: "Delete",
  deleteQuestion: (title) => `Delete the measure “${title}”?`,
  deleteConfirm: "Yes, delete",
  saved: "The measure was saved.",
  deleted: "The measure was deleted.",
  invalid: "Not saved: please check the marked entry.",
  conflict:
    "This measure was changed elsewhere in the meantime. Your change was not applied and nothing was overwritten. Reload the current state and enter your changes again.",
  reload: "Reload",
  gone: "This measure no longer exists; it was deleted elsewhere.",
  saveFailed: "The measure was not saved.",
  deleteFailed: "The measure was not deleted.",
  discardQuestion: "Discard the unsaved changes?",
  discardConfirm: "Discard",
  keepEditing: "Keep editing",
};

export const tomMessages: Record<Lang, TomMessages> = { de, en };

/** The goals in the order of Art. 32(1) GDPR, as `ProtectionGoal::ALL`. */
export const PROTECTION_GOALS: readonly ProtectionGoal[] = [
  "pseudonymisation",
  "encryption",
  "confidentiality",
  "integrity",
  "availability",
  "resilience",
  "recoverability",
  "evaluation",
];
