// Words of the processor's record (Art. 30(2) GDPR): the processing the
// organisation carries out on behalf of other controllers, in German and
// English.

import {
  listItemWords,
  recordEditorWords,
  type ListItemWords,
  type RecordEditorWords,
  type RecordOutcomeWords,
} from "../form/messages";
import type { Lang } from "../i18n";

export interface ProcessorMessages extends RecordEditorWords, RecordOutcomeWords, ListItemWords {
  title: string;
  intro: string;
  listLabel: string;
  empty: string;
  loading: string;
  loadFailed: string;
  newEntry: string;
  /** The list's line under an entry's name: for which controller. */
  forController: (name: string) => string;
  editorNew: string;
  editorEdit: (name: string) => string;
  noneSelected: string;
  /** Created and last changed, already formatted. */
  dates: (created: string, updated: string) => string;
  key: string;
  keyHint: string;
  name: string;
  nameHint: string;
  controllerTitle: string;
  controllerIntro: string;
  controllerName: string;
  controllerAddress: string;
  controllerContact: string;
  controllerContactHint: string;
  representative: string;
  representativeHint: string;
  dpo: string;
  dpoHint: string;
  categoriesTitle: string;
  categoriesIntro: string;
  categories: string;
  category: (n: number) => string;
  addCategory: string;
  transfersTitle: string;
  transfersIntro: string;
  tomsTitle: string;
  tomsIntro: string;
  notes: string;
}

const de: ProcessorMessages = {
  ...recordEditorWords.de,
  ...listItemWords.de,
  title: "Verzeichnis als Auftragsverarbeiter",
  intro:
    "Verarbeitungen, die wir als Auftragsverarbeiter im Auftrag anderer Verantwortlicher durchführen (Art. 30 Abs. 2 DSGVO). Die Aufsichtsbehörde kann dieses Verzeichnis anfordern; unter „Drucken & Export“ wird es mit der Option „Verzeichnis als Auftragsverarbeiter“ an den Registerdruck angehängt.",
  listLabel: "Einträge des Verzeichnisses als Auftragsverarbeiter",
  empty: "Noch keine Verarbeitung im Auftrag erfasst.",
  loading: "Das Verzeichnis wird geladen …",
  loadFailed: "Das Verzeichnis als Auftragsverarbeiter konnte nicht geladen werden.",
  newEntry: "Neuer Eintrag",
  forController: (name) => `im Auftrag von ${name}`,
  editorNew: "Neuer Eintrag",
  editorEdit: (name) => `${name} bearbeiten`,
  noneSelected: "Wählen Sie links einen Eintrag aus oder legen Sie einen neuen an.",
  dates: (created, updated) => `Angelegt am ${created} · zuletzt geändert am ${updated}`,
  key: "Kennung",
  keyHint: "Nur Buchstaben ohne Umlaute (a–z, A–Z), Ziffern, „.“, „_“ und „-“, z. B. AV-001; nach dem Anlegen nicht mehr änderbar.",
  name: "Bezeichnung der Verarbeitung",
  nameHint: "z. B. „Lohnabrechnung für die Muster GmbH“",
  controllerTitle: "Verantwortlicher (Art. 30 Abs. 2 lit. a DSGVO)",
  controllerIntro: "Der Verantwortliche, in dessen Auftrag wir tätig sind, mit seinen Kontaktdaten.",
  controllerName: "Name des Verantwortlichen",
  controllerAddress: "Anschrift",
  controllerContact: "Kontakt",
  controllerContactHint: "E-Mail, Telefon oder Ansprechpartner",
  representative: "Vertreter in der Union (Art. 27 DSGVO)",
  representativeHint: "Nur bei einem Verantwortlichen außerhalb der Union: Name und Kontaktdaten.",
  dpo: "Datenschutzbeauftragter des Verantwortlichen",
  dpoHint: "Name und Kontaktdaten",
  categoriesTitle: "Kategorien von Verarbeitungen (Art. 30 Abs. 2 lit. b DSGVO)",
  categoriesIntro: "Was wir für diesen Verantwortlichen tun, z. B. Hosting, Lohnabrechnung oder Fernwartung.",
  categories: "Kategorien",
  category: (n) => `Kategorie ${n}`,
  addCategory: "Kategorie hinzufügen",
  transfersTitle: "Drittlandübermittlungen (Art. 30 Abs. 2 lit. c DSGVO)",
  transfersIntro:
    "Übermittlungen in ein Drittland oder an eine internationale Organisation; bei Übermittlungen nach Art. 49 Abs. 1 UAbs. 2 DSGVO mit der Dokumentation geeigneter Garantien.",
  tomsTitle: "Technische und organisatorische Maßnahmen (Art. 30 Abs. 2 lit. d DSGVO)",
  tomsIntro: "Die Maßnahmen nach Art. 32 Abs. 1 DSGVO aus dem TOM-Katalog, die für diese Verarbeitung gelten.",
  notes: "Notizen",
  deleteQuestion: (name) => `Den Eintrag „${name}“ löschen?`,
  saved: "Der Eintrag wurde gespeichert.",
  deleted: "Der Eintrag wurde gelöscht.",
  conflict:
    "Dieser Eintrag wurde inzwischen anderswo geändert, etwa in einem anderen Fenster. Ihre Änderung wurde nicht übernommen, und nichts wurde überschrieben. Laden Sie den aktuellen Stand neu und tragen Sie Ihre Änderungen erneut ein.",
  gone: "Diesen Eintrag gibt es nicht mehr; er wurde anderswo gelöscht.",
  saveFailed: "Der Eintrag wurde nicht gespeichert.",
  deleteFailed: "Der Eintrag wurde nicht gelöscht.",
};

const en: ProcessorMessages = {
  ...recordEditorWords.en,
  ...listItemWords.en,
  title: "Record as processor",
  intro:
    "Processing we carry out as a processor on behalf of other controllers (Art. 30(2) GDPR). The supervisory authority may ask for this record; under “Print & export” the option “Append the record as processor” adds it to the register print.",
  listLabel: "Entries of the record as processor",
  empty: "No processing on behalf of a controller recorded yet.",
  loading: "Loading the record …",
  loadFailed: "The record as processor could not be loaded.",
  newEntry: "New entry",
  forController: (name) => `on behalf of ${name}`,
  editorNew: "New entry",
  editorEdit: (name) => `Edit ${name}`,
  noneSelected: "Choose an entry on the left or create a new one.",
  dates: (created, updated) => `Created ${created} · last changed ${updated}`,
  key: "Key",
  keyHint: "Only letters without accents (a–z, A–Z), digits, “.”, “_” and “-”, e.g. AV-001; cannot be changed once created.",
  name: "Name of the processing",
  nameHint: "e.g. “Payroll for Example Ltd”",
  controllerTitle: "Controller (Art. 30(2)(a) GDPR)",
  controllerIntro: "The controller on whose behalf we act, with its contact details.",
  controllerName: "Name of the controller",
  controllerAddress: "Address",
  controllerContact: "Contact",
  controllerContactHint: "Email, phone or contact person",
  representative: "Representative in the Union (Art. 27 GDPR)",
  representativeHint: "Only for a controller outside the Union: name and contact details.",
  dpo: "The controller's data protection officer",
  dpoHint: "Name and contact details",
  categoriesTitle: "Categories of processing (Art. 30(2)(b) GDPR)",
  categoriesIntro: "What we do for this controller, e.g. hosting, payroll or remote maintenance.",
  categories: "Categories",
  category: (n) => `Category ${n}`,
  addCategory: "Add category",
  transfersTitle: "Third-country transfers (Art. 30(2)(c) GDPR)",
  transfersIntro:
    "Transfers to a third country or an international organisation; for transfers under the second subparagraph of Art. 49(1) GDPR, with the documentation of suitable safeguards.",
  tomsTitle: "Technical and organisational measures (Art. 30(2)(d) GDPR)",
  tomsIntro: "The measures under Art. 32(1) GDPR from the TOM catalog that apply to this processing.",
  notes: "Notes",
  deleteQuestion: (name) => `Delete the entry “${name}”?`,
  saved: "The entry was saved.",
  deleted: "The entry was deleted.",
  conflict:
    "This entry was changed elsewhere in the meantime, for example in another window. Your change was not applied and nothing was overwritten. Reload the current state and enter your changes again.",
  gone: "This entry no longer exists; it was deleted elsewhere.",
  saveFailed: "The entry was not saved.",
  deleteFailed: "The entry was not deleted.",
};

export const processorMessages: Record<Lang, ProcessorMessages> = { de, en };
