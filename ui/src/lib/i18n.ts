// The UI's words in German (the default, for a German DPO) and English. Every
// visible string comes from here so that both tables stay complete: the type
// `Messages` makes a missing English entry a compile error.

import type { ErrorCode as CoreErrorCode, Lang } from "./bindings";
import type { unopenableCodes } from "./vocabulary";

// The core's `Lang`, generated into bindings.ts.
export type { Lang };

export const LANGS: readonly Lang[] = ["de", "en"];

/** localStorage key under which the chosen language is remembered. */
export const LANG_STORAGE_KEY = "vvt.lang";

export interface Messages {
  langName: string;
  languageLabel: string;
  title: string;
  loading: string;
  organisationLabel: string;
  noOrganisation: string;
  activityCount: (n: number) => string;
  /** The register is on a network drive and someone else edits it. */
  readOnlyBy: (holder: string) => string;
  /** Button: take the register over from that user (who is gone). */
  takeOver: string;
  fileLabel: string;
  errorTitle: string;
  errorCodeLabel: string;
  technicalDetails: string;
  /** What a failure with one of the stable codes means, for the DPO (see `errorText` in form/fields.ts). */
  errorByCode: Record<ErrorCode, string>;
  /** A failure with a code this UI does not know; the details carry the core's message. */
  unknownError: string;
  /** What happened to a register file VVT refused to open; `file` is its name (may be empty). */
  unopenable: Record<UnopenableCode, (file: string) => string>;
  retry: string;
  backupsTitle: string;
  backupsIntro: string;
  backupsLoading: string;
  noBackups: string;
  backupsFailed: string;
  restore: string;
  restoreQuestion: (when: string) => string;
  restoreKeepsCurrent: string;
  restoreConfirm: string;
  cancel: string;
  restoring: string;
  restored: string;
  restoreFailed: string;
  // The shell: file actions, navigation, start, unsaved changes.
  fileActionsLabel: string;
  newRegister: string;
  openRegister: string;
  saveCopy: string;
  /** The path of the copy just written. */
  copySaved: (path: string) => string;
  newFailed: string;
  openFailed: string;
  copyFailed: string;
  navLabel: string;
  views: Record<ViewId, string>;
  /** Read by screen readers after a view's badge count. */
  findingsBadge: (n: number) => string;
  /** The checks could not run; the findings shown may be old. */
  checksFailed: string;

  welcomeTitle: string;
  welcomeIntro: string;
  loadExample: string;
  loadExampleHint: string;
  startEmpty: string;
  startEmptyHint: string;
  exampleFailed: string;
  dataLoading: string;
  dataFailed: string;
  unsavedQuestion: string;
  discardChanges: string;
  keepEditing: string;
  about: string;
  aboutTitle: string;
  aboutText: string;
  aboutVersion: string;
  aboutRegister: string;
  aboutFormats: string;
  aboutFormatsValue: (schema: number, format: number) => string;
  aboutClose: string;
  saveChanges: string;
  dismiss: string;
}

/** The views of the open register, in the order of the navigation. */
export type ViewId =
  | "activities"
  | "parties"
  | "organisation"
  | "toms"
  | "processor"
  | "notice"
  | "translations"
  | "findings"
  | "export"
  | "catalogs";

export const VIEW_IDS: readonly ViewId[] = [
  "activities",
  "parties",
  "organisation",
  "toms",
  "processor",
  "notice",
  "translations",
  "findings",
  "export",
  "catalogs",
];

/** Codes of a register file VVT refuses to open as it is (see api.ts). */
export type UnopenableCode = (typeof unopenableCodes)[number];

/**
 * The other stable codes a command fails with: the core's `ErrorCode`
 * (src/error.rs, generated into bindings.ts; the shell's own file errors are
 * `io` too, and `ipc` is what api.ts gives a refusal by Tauri itself) but for
 * a validation error, told by its reason (fieldMessage), and a refused
 * register file (`unopenable`). A code added in the core is a compile error
 * here until it has its words.
 */
export type ErrorCode = Exclude<CoreErrorCode, "validation" | UnopenableCode>;

/** ` „name“` in German quotes, or nothing when the name is unknown. */
const deFile = (file: string) => (file ? ` „${file}“` : "");
const enFile = (file: string) => (file ? ` “${file}”` : "");

const de: Messages = {
  langName: "Deutsch",
  languageLabel: "Sprache",
  title: "Verzeichnis von Verarbeitungstätigkeiten",
  loading: "Verzeichnis wird geladen …",
  organisationLabel: "Verantwortliche Stelle",
  noOrganisation: "Noch keine Organisation erfasst",
  activityCount: (n) => (n === 1 ? "1 Verarbeitungstätigkeit" : `${n} Verarbeitungstätigkeiten`),
  readOnlyBy: (holder) =>
    `Nur lesen: Das Verzeichnis liegt auf einem Netzlaufwerk und wird bearbeitet von ${holder}. Änderungen werden hier nicht gespeichert.`,
  takeOver: "Übernehmen (nur wenn diese Person nicht mehr daran arbeitet)",
  fileLabel: "Datei",
  errorTitle: "Das Verzeichnis konnte nicht geöffnet werden",
  errorCodeLabel: "Fehlercode",
  technicalDetails: "Technische Angaben",
  errorByCode: {
    not_found: "Der Datensatz existiert nicht mehr; er wurde vermutlich anderswo gelöscht.",
    conflict:
      "Der Datensatz wurde anderswo geändert, seit er geöffnet wurde. Nichts wurde überschrieben; laden Sie ihn neu und wiederholen Sie die Änderung.",
    write_failed:
      "Nichts wurde gespeichert: Die Datei ließ sich nicht schreiben, etwa weil der Datenträger voll oder die Datei schreibgeschützt ist. Das Verzeichnis ist unverändert.",
    render_failed:
      "Das Dokument ließ sich nicht erzeugen (Satz, Vorlage oder Arbeitsmappe). Das Verzeichnis ist unverändert; die technischen Angaben nennen den Grund.",
    database: "Die Datenbank meldet einen Fehler.",
    io: "Die Datei konnte nicht gelesen oder geschrieben werden.",
    ipc: "Interner Fehler: Die Anwendung hat die Anfrage der Oberfläche nicht angenommen.",
  },
  unknownError: "Ein unerwarteter Fehler ist aufgetreten.",
  unopenable: {
    damaged: (f) => `Die Datei${deFile(f)} ist beschädigt und wurde nicht verändert.`,
    not_a_register: (f) => `Die Datei${deFile(f)} ist kein VVT-Verzeichnis und wurde nicht verändert.`,
    schema_too_new: (f) =>
      `Die Datei${deFile(f)} wurde mit einer neueren VVT-Version gespeichert und bleibt unverändert. ` +
      "Aktualisieren Sie VVT, um sie zu öffnen, oder stellen Sie eine Sicherung wieder her.",
  },
  retry: "Erneut versuchen",
  backupsTitle: "Sicherungen",
  backupsIntro: "Stellen Sie einen früheren Stand aus einer Sicherung wieder her:",
  backupsLoading: "Sicherungen werden gesucht …",
  noBackups: "Für dieses Verzeichnis gibt es keine Sicherungen.",
  backupsFailed: "Die Sicherungen konnten nicht gelesen werden.",
  restore: "Wiederherstellen",
  restoreQuestion: (when) => `Sicherung vom ${when} wiederherstellen?`,
  restoreKeepsCurrent:
    "Der aktuelle Stand wird aufbewahrt: Die jetzige Datei wird in den Sicherungsordner gelegt, nicht gelöscht.",
  restoreConfirm: "Ja, wiederherstellen",
  cancel: "Abbrechen",
  restoring: "Sicherung wird wiederhergestellt …",
  restored:
    "Die Sicherung wurde wiederhergestellt. Der vorherige Stand liegt im Sicherungsordner.",
  restoreFailed: "Die Sicherung konnte nicht wiederhergestellt werden.",
  fileActionsLabel: "Verzeichnisdatei",
  newRegister: "Neu …",
  openRegister: "Öffnen …",
  saveCopy: "Kopie speichern unter …",
  copySaved: (path) => `Kopie gespeichert: ${path}`,
  newFailed: "Das neue Verzeichnis konnte nicht angelegt werden.",
  openFailed: "Das Verzeichnis konnte nicht geöffnet werden. Das bisherige bleibt geöffnet.",
  copyFailed: "Die Kopie konnte nicht gespeichert werden.",
  navLabel: "Bereiche",
  views: {
    activities: "Verarbeitungen",
    parties: "Stellen",
    organisation: "Organisation",
    toms: "TOM-Katalog",
    processor: "Als Auftragsverarbeiter",
    notice: "Datenschutzhinweise",
    translations: "Übersetzungen",
    findings: "Befunde",
    export: "Drucken & Export",
    catalogs: "Kataloge",
  },
  findingsBadge: (n) => (n === 1 ? "1 Befund" : `${n} Befunde`),
  checksFailed: "Die Prüfung des Verzeichnisses ist fehlgeschlagen.",
  welcomeTitle: "Das Verzeichnis ist noch leer",
  welcomeIntro: "Wie möchten Sie beginnen?",
  loadExample: "Beispielverzeichnis laden",
  loadExampleHint:
    "Füllt das Verzeichnis mit dem Beispiel eines Weiterbildungsanbieters (Online-Meetings mit Jitsi Meet, Cisco Webex und Microsoft Teams) zum Ansehen und Ausprobieren.",
  startEmpty: "Leeres Verzeichnis anlegen",
  startEmptyHint:
    "Beginnt mit den Angaben zur Organisation: Verantwortlicher, Datenschutzbeauftragter, zuständige Aufsichtsbehörde.",
  exampleFailed: "Das Beispielverzeichnis konnte nicht geladen werden.",
  dataLoading: "Daten werden geladen …",
  dataFailed: "Die Daten des Verzeichnisses konnten nicht geladen werden.",
  unsavedQuestion: "Es gibt ungespeicherte Änderungen. Vorher speichern?",
  discardChanges: "Nicht speichern",
  keepEditing: "Abbrechen",
  about: "Über VVT",
  aboutTitle: "Über VVT",
  aboutText:
    "VVT führt das Verzeichnis von Verarbeitungstätigkeiten (Art. 30 DSGVO) in einer Datei auf diesem Rechner und erstellt daraus die Datenschutzhinweise. Es stellt keine Verbindung ins Netz her.",
  aboutVersion: "Version",
  aboutRegister: "Geöffnetes Verzeichnis",
  aboutFormats: "Dateiformate",
  aboutFormatsValue: (schema, format) => `Verzeichnis-Schema ${schema}, Austauschformat (JSON) ${format}`,
  aboutClose: "Schließen",
  saveChanges: "Speichern",
  dismiss: "Schließen",
};

const en: Messages = {
  langName: "English",
  languageLabel: "Language",
  title: "Record of processing activities",
  loading: "Loading the register …",
  organisationLabel: "Controller",
  noOrganisation: "No organisation recorded yet",
  activityCount: (n) => (n === 1 ? "1 processing activity" : `${n} processing activities`),
  readOnlyBy: (holder) =>
    `Read only: the register is on a network drive and is being edited by ${holder}. Changes are not saved here.`,
  takeOver: "Take over (only if that person no longer works on it)",
  fileLabel: "File",
  errorTitle: "The register could not be opened",
  errorCodeLabel: "Error code",
  technicalDetails: "Technical details",
  errorByCode: {
    not_found: "The record no longer exists; it was probably deleted elsewhere.",
    conflict:
      "The record was changed elsewhere since it was opened. Nothing was overwritten; reload it and make the change again.",
    write_failed:
      "Nothing was saved: the file could not be written, for example because the disk is full or the file is read-only. The register is unchanged.",
    render_failed:
      "The document could not be produced (typesetting, template or workbook). The register is unchanged; the technical details give the reason.",
    database: "The database reported an error.",
    io: "The file could not be read or written.",
    ipc: "Internal error: the application did not accept the request from the user interface.",
  },
  unknownError: "An unexpected error occurred.",
  unopenable: {
    damaged: (f) => `The file${enFile(f)} is damaged and was not changed.`,
    not_a_register: (f) => `The file${enFile(f)} is not a VVT register and was not changed.`,
    schema_too_new: (f) =>
      `The file${enFile(f)} was saved by a newer version of VVT and is left unchanged. ` +
      "Update VVT to open it, or restore a backup.",
  },
  retry: "Try again",
  backupsTitle: "Backups",
  backupsIntro: "Restore an earlier state from a backup:",
  backupsLoading: "Looking for backups …",
  noBackups: "There are no backups of this register.",
  backupsFailed: "The backups could not be read.",
  restore: "Restore",
  restoreQuestion: (when) => `Restore the backup from ${when}?`,
  restoreKeepsCurrent:
    "The current state is kept: the present file is moved into the backup folder, not deleted.",
  restoreConfirm: "Yes, restore",
  cancel: "Cancel",
  restoring: "Restoring the backup …",
  restored: "The backup was restored. The previous state is in the backup folder.",
  restoreFailed: "The backup could not be restored.",
  fileActionsLabel: "Register file",
  newRegister: "New …",
  openRegister: "Open …",
  saveCopy: "Save a copy as …",
  copySaved: (path) => `Copy saved: ${path}`,
  newFailed: "The new register could not be created.",
  openFailed: "The register could not be opened. The current one stays open.",
  copyFailed: "The copy could not be saved.",
  navLabel: "Sections",
  views: {
    activities: "Activities",
    parties: "Parties",
    organisation: "Organisation",
    toms: "TOM catalog",
    processor: "As processor",
    notice: "Privacy notice",
    translations: "Translations",
    findings: "Findings",
    export: "Print & export",
    catalogs: "Catalogs",
  },
  findingsBadge: (n) => (n === 1 ? "1 finding" : `${n} findings`),
  checksFailed: "Checking the register failed.",
  welcomeTitle: "The register is still empty",
  welcomeIntro: "How would you like to start?",
  loadExample: "Load the example register",
  loadExampleHint:
    "Fills the register with the example of a training company (online meetings with Jitsi Meet, Cisco Webex and Microsoft Teams) to look at and try out.",
  startEmpty: "Start an empty register",
  startEmptyHint:
    "Begins with the details of the organisation: controller, data protection officer, competent supervisory authority.",
  exampleFailed: "The example register could not be loaded.",
  dataLoading: "Loading the register's data …",
  dataFailed: "The register's data could not be loaded.",
  unsavedQuestion: "There are unsaved changes. Save them first?",
  discardChanges: "Don't save",
  keepEditing: "Cancel",
  about: "About VVT",
  aboutTitle: "About VVT",
  aboutText:
    "VVT keeps the record of processing activities (Art. 30 GDPR) in one file on this computer and produces the privacy notice from it. It makes no connection to the network.",
  aboutVersion: "Version",
  aboutRegister: "Register open",
  aboutFormats: "File formats",
  aboutFormatsValue: (schema, format) => `register schema ${schema}, interchange format (JSON) ${format}`,
  aboutClose: "Close",
  saveChanges: "Save",
  dismiss: "Close",
};

export const messages: Record<Lang, Messages> = { de, en };

const LOCALES: Record<Lang, string> = { de: "de-DE", en: "en-GB" };

/**
 * A moment as the DPO reads it: "27.11.2026, 16:30" in German. `timeZone`
 * defaults to the machine's; tests pin it. Text that is no date is shown as is.
 */
export function formatDateTime(iso: string, lang: Lang, timeZone?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(LOCALES[lang], {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone,
  }).format(date);
}

/**
 * A calendar day ("YYYY-MM-DD") as the DPO reads it: "27.11.2026" in German,
 * "27 Nov 2026" in English, like the day of `formatDateTime`. Every date the
 * UI shows goes through here (inputs show the form of form/dates.ts). Text that is no such
 * date is shown as is.
 */
export function formatDate(date: string, lang: Lang): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return date;
  const [year, month, day] = match.slice(1).map(Number);
  // UTC on both sides: the day must not move with the machine's time zone.
  const parsed = new Date(Date.UTC(year, month - 1, day));
  // A day that does not exist ("2026-02-30" would roll over into March) stays as written.
  if (parsed.getUTCFullYear() !== year || parsed.getUTCMonth() !== month - 1 || parsed.getUTCDate() !== day) {
    return date;
  }
  return new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: "medium", timeZone: "UTC" }).format(parsed);
}

/** A file size in bytes, KB or MB (1024-based), "1,5 MB" in German. */
export function formatSize(bytes: number, lang: Lang): string {
  const units = ["Bytes", "KB", "MB", "GB"];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const number = new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: unit === 0 ? 0 : 1 });
  return `${number.format(value)} ${units[unit]}`;
}

export function isLang(value: unknown): value is Lang {
  return typeof value === "string" && (LANGS as readonly string[]).includes(value);
}

/** The remembered language, German when none (or garbage) is stored. */
export function loadLang(storage: Pick<Storage, "getItem"> | undefined = globalThis.localStorage): Lang {
  try {
    const stored = storage?.getItem(LANG_STORAGE_KEY);
    return isLang(stored) ? stored : "de";
  } catch {
    // Storage can be unavailable (privacy settings); the default still works.
    return "de";
  }
}

export function saveLang(
  lang: Lang,
  storage: Pick<Storage, "setItem"> | undefined = globalThis.localStorage,
): void {
  try {
    storage?.setItem(LANG_STORAGE_KEY, lang);
  } catch {
    // Not remembering the choice is better than failing the switch.
  }
}
