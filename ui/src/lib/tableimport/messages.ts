// The words of the import from a spreadsheet (docs/import-table.md) in German
// and English; the `ImportMessages` type keeps both tables complete.

import type { TableActivity } from "../api";
import type { Lang } from "../i18n";

export interface ImportMessages {
  /** The list's menu button holding the two actions below. */
  menu: string;
  importTable: string;
  saveTemplate: string;
  /** Before the chosen file's path. */
  file: string;
  /** Title of a file that can be imported. */
  willAdd: (count: number) => string;
  /** What the file cannot say and the DPO completes in the app. */
  draftNote: string;
  /** Names the scrolling list of what is to be added, for screen readers. */
  activitiesLabel: string;
  columns: Record<keyof TableActivity, string>;
  /** Title of a file with errors. */
  cannotImport: string;
  /** After the listed errors when the core found more than it lists. */
  moreErrors: (listed: number) => string;
  fixAndRetry: string;
  ignoredColumns: (headings: string[]) => string;
  /** The English translations the file's English columns give. */
  translations: (count: number) => string;
  confirm: string;
  importing: string;
  cancel: string;
  close: string;
  /** Before the reason an import was refused. */
  refused: string;
  /** After a refusal because the file no longer reads cleanly: the preview is out of date. */
  checkAgain: string;
  imported: (count: number) => string;
  templateSaved: (path: string) => string;
  previewFailed: string;
  templateFailed: string;
}

const germanNumber = new Intl.NumberFormat("de-DE");
const englishNumber = new Intl.NumberFormat("en");

/** A heading as written in the file, quoted; an unnamed column by saying so. */
const heading = (text: string, unnamed: string, open: string, close: string) =>
  text === "" ? unnamed : `${open}${text}${close}`;

const de: ImportMessages = {
  menu: "Tabellenimport",
  importTable: "Aus Tabelle importieren …",
  saveTemplate: "Vorlage speichern …",
  file: "Datei:",
  willAdd: (n) =>
    n === 1
      ? "1 Verarbeitungstätigkeit wird hinzugefügt"
      : `${germanNumber.format(n)} Verarbeitungstätigkeiten werden hinzugefügt`,
  draftNote:
    "Ohne Status in der Tabelle wird eine Tätigkeit als Entwurf angelegt. Ergänzen Sie danach in VVT, " +
    "was die Tabelle nicht sagen kann, etwa die Rolle jedes Empfängers und das Übermittlungsinstrument " +
    "jeder Drittlandübermittlung; die Prüfungen zeigen, was fehlt.",
  activitiesLabel: "Hinzuzufügende Verarbeitungstätigkeiten",
  columns: {
    key: "Kennung",
    name: "Bezeichnung",
    purposes: "Zwecke",
    data_categories: "Daten\u00adkategorien",
    transfers: "Drittland\u00adübermittlungen",
  },
  cannotImport: "Die Tabelle kann so nicht importiert werden",
  moreErrors: (listed) => `… weitere Fehler: Aufgeführt sind nur die ersten ${germanNumber.format(listed)}.`,
  fixAndRetry: "Das Verzeichnis bleibt unverändert. Korrigieren Sie die Tabelle und importieren Sie sie dann erneut.",
  translations: (n) =>
    n === 1
      ? "Die englischen Spalten geben 1 Übersetzung, die mit übernommen wird."
      : `Die englischen Spalten geben ${germanNumber.format(n)} Übersetzungen, die mit übernommen werden.`,
  ignoredColumns: (headings) =>
    "Diese Spalten werden nicht übernommen: " +
    headings.map((h) => heading(h, "(ohne Überschrift)", "„", "“")).join(", "),
  confirm: "Importieren",
  importing: "Wird importiert …",
  cancel: "Abbrechen",
  close: "Schließen",
  refused: "Der Import ist fehlgeschlagen:",
  checkAgain:
    "Die Datei ergibt nicht mehr, was oben geprüft wurde. Schließen Sie diesen Dialog und wählen Sie sie erneut aus.",
  imported: (n) =>
    `${n === 1 ? "1 Verarbeitungstätigkeit" : `${germanNumber.format(n)} Verarbeitungstätigkeiten`} importiert ` +
    "(als Entwurf, wo die Tabelle keinen Status angibt)",
  templateSaved: (path) => `Vorlage gespeichert: ${path}`,
  previewFailed: "Die Tabelle konnte nicht gelesen werden.",
  templateFailed: "Die Vorlage konnte nicht gespeichert werden.",
};

const en: ImportMessages = {
  menu: "Spreadsheet import",
  importTable: "Import from spreadsheet …",
  saveTemplate: "Save template …",
  file: "File:",
  willAdd: (n) =>
    n === 1
      ? "1 processing activity will be added"
      : `${englishNumber.format(n)} processing activities will be added`,
  draftNote:
    "An activity without a status in the spreadsheet is added as a draft. Afterwards, complete in VVT " +
    "what the spreadsheet cannot say, such as each recipient's role and each third-country transfer's " +
    "transfer mechanism; the checks show what is missing.",
  activitiesLabel: "Processing activities to be added",
  columns: {
    key: "Key",
    name: "Name",
    purposes: "Purposes",
    data_categories: "Data categories",
    transfers: "Third-country transfers",
  },
  cannotImport: "The spreadsheet cannot be imported as it is",
  moreErrors: (listed) => `… more errors: only the first ${englishNumber.format(listed)} are listed.`,
  fixAndRetry: "The register stays unchanged. Correct the spreadsheet, then import it again.",
  translations: (n) =>
    n === 1
      ? "The English columns give 1 translation, which is imported with them."
      : `The English columns give ${englishNumber.format(n)} translations, which are imported with them.`,
  ignoredColumns: (headings) =>
    "These columns are not imported: " +
    headings.map((h) => heading(h, "(without heading)", "“", "”")).join(", "),
  confirm: "Import",
  importing: "Importing …",
  cancel: "Cancel",
  close: "Close",
  refused: "The import failed:",
  checkAgain: "The file no longer gives what was checked above. Close this dialog and choose it again.",
  imported: (n) =>
    `${n === 1 ? "1 processing activity" : `${englishNumber.format(n)} processing activities`} imported ` +
    "(as drafts where the spreadsheet gives no status)",
  templateSaved: (path) => `Template saved: ${path}`,
  previewFailed: "The spreadsheet could not be read.",
  templateFailed: "The template could not be saved.",
};

export const importMessages: Record<Lang, ImportMessages> = { de, en };
