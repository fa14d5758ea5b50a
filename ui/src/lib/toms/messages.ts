// Words of the TOM catalog (Art. 32 GDPR), in German and English; the goals'
// names come from ./goals, which the activity editor shares.

import type { ProtectionGoal } from "../api";
import { recordEditorWords, type RecordEditorWords, type RecordOutcomeWords } from "../form/messages";
import type { Lang } from "../i18n";
import { protectionGoalLabels } from "./goals";

export interface TomMessages extends RecordEditorWords, RecordOutcomeWords {
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
}

const de: TomMessages = {
  ...recordEditorWords.de,
  title: "Technische und organisatorische Maßnahmen (TOM)",
  intro:
    "Der organisationsweite Katalog der Maßnahmen nach Art. 32 DSGVO, auf den die Verarbeitungstätigkeiten verweisen (Art. 30 Abs. 1 lit. g).",
  newTom: "Neue Maßnahme",
  goals: protectionGoalLabels.de,
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
  deleteQuestion: (title) => `Die Maßnahme „${title}“ löschen?`,
  saved: "Die Maßnahme wurde gespeichert.",
  deleted: "Die Maßnahme wurde gelöscht.",
  conflict:
    "Diese Maßnahme wurde inzwischen anderswo geändert. Ihre Änderung wurde nicht übernommen, und nichts wurde überschrieben. Laden Sie den aktuellen Stand neu und tragen Sie Ihre Änderungen erneut ein.",
  gone: "Diese Maßnahme gibt es nicht mehr; sie wurde anderswo gelöscht.",
  saveFailed: "Die Maßnahme wurde nicht gespeichert.",
  deleteFailed: "Die Maßnahme wurde nicht gelöscht.",
};

const en: TomMessages = {
  ...recordEditorWords.en,
  title: "Technical and organisational measures (TOMs)",
  intro:
    "The organisation-wide catalog of Art. 32 GDPR measures that the processing activities refer to (Art. 30(1)(g)).",
  newTom: "New measure",
  goals: protectionGoalLabels.en,
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
  deleteQuestion: (title) => `Delete the measure “${title}”?`,
  saved: "The measure was saved.",
  deleted: "The measure was deleted.",
  conflict:
    "This measure was changed elsewhere in the meantime. Your change was not applied and nothing was overwritten. Reload the current state and enter your changes again.",
  gone: "This measure no longer exists; it was deleted elsewhere.",
  saveFailed: "The measure was not saved.",
  deleteFailed: "The measure was not deleted.",
};

export const tomMessages: Record<Lang, TomMessages> = { de, en };
