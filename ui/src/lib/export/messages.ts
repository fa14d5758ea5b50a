// Words of the register print and export view (Art. 30(4) GDPR), in German
// and English. Numbers are grouped the way each language writes them
// ("2.000" / "2,000"), because a progress of thousands is read at a glance.

import type { ActivityStatus, RegisterFormat } from "../api";
import type { Lang } from "../i18n";
import { vocabulary } from "../vocabulary";

export interface ExportMessages {
  title: string;
  intro: string;
  langLegend: string;
  /** Each language named in itself, as a language picker does. */
  langNames: Record<Lang, string>;
  formatLegend: string;
  formats: Record<RegisterFormat, { label: string; hint: string }>;
  scopeLegend: string;
  allActivities: (total: number) => string;
  allHint: string;
  someActivities: string;
  loadingActivities: string;
  activitiesFailed: string;
  retry: string;
  searchLabel: string;
  searchPlaceholder: string;
  checklistLabel: string;
  selectAll: string;
  selectNone: string;
  /** Select all / none while a search narrows the list act on the rows shown. */
  selectAllShown: string;
  selectNoneShown: string;
  chosen: (chosen: number, total: number) => string;
  noMatch: string;
  noActivities: string;
  noneChosen: string;
  /** Marks the rows whose status matters for the print; active ones carry no mark. */
  statusMark: Partial<Record<ActivityStatus, string>>;
  historyLabel: string;
  historyHint: string;
  processorRecord: string;
  processorRecordHint: string;
  exportButton: string;
  printButton: string;
  printHint: string;
  working: string;
  progress: (done: number, total: number) => string;
  saved: (path: string) => string;
  printed: (path: string) => string;
  invalid: string;
  exportFailed: string;
  printFailed: string;
}

const deNumber = new Intl.NumberFormat("de-DE");
const enNumber = new Intl.NumberFormat("en-GB");

const de: ExportMessages = {
  title: "Verzeichnis exportieren und drucken",
  intro:
    "Das Verzeichnis von Verarbeitungstätigkeiten, wie Sie es der Aufsichtsbehörde auf Anfrage zur Verfügung stellen (Art. 30 Abs. 4 DSGVO).",
  langLegend: "Sprache des Dokuments",
  langNames: { de: "Deutsch", en: "English" },
  formatLegend: "Format",
  formats: {
    pdf: {
      label: "PDF",
      hint: "Zum Übergeben an die Aufsichtsbehörde: mit Deckblatt, Inhaltsverzeichnis, Anhängen und Seitenzahlen.",
    },
    docx: {
      label: "Word (DOCX)",
      hint: "Zum Weiterbearbeiten in Word oder LibreOffice: dieselben Inhalte wie das PDF, mit Überschriften, Listen und Tabellen.",
    },
    xlsx: {
      label: "Excel (XLSX)",
      hint: "Ein Blatt mit dem Verantwortlichen (Art. 30 Abs. 1 lit. a), eine Zeile je Tätigkeit, dazu Blätter für Auftragsverarbeiter und Drittlandübermittlungen – zum Filtern und Auswerten.",
    },
    csv: {
      label: "CSV",
      hint: "Der Verantwortliche, dann die Tabelle der Tätigkeiten, ohne Anhänge; Trennzeichen „;“ bei Deutsch, „,“ bei Englisch – für andere Programme.",
    },
    html: {
      label: "HTML",
      hint: "Eine eigenständige Seite für den Browser, ohne externe Inhalte, mit verlinktem Inhaltsverzeichnis.",
    },
  },
  scopeLegend: "Umfang",
  // "All N" would promise the retired ones too; the hint below says who is in.
  allActivities: (total) =>
    `Das ganze Verzeichnis (${deNumber.format(total)} ${total === 1 ? "Tätigkeit" : "Tätigkeiten"} erfasst)`,
  allHint:
    "Aufgenommen werden aktive Tätigkeiten und Entwürfe; außer Betrieb genommene nur, wenn Sie sie auswählen.",
  someActivities: "Auswahl",
  loadingActivities: "Tätigkeiten werden geladen …",
  activitiesFailed: "Die Tätigkeiten konnten nicht geladen werden.",
  retry: "Erneut versuchen",
  searchLabel: "Tätigkeiten durchsuchen",
  searchPlaceholder: "Kennung oder Bezeichnung",
  checklistLabel: "Aufzunehmende Tätigkeiten",
  selectAll: "Alle auswählen",
  selectNone: "Keine auswählen",
  selectAllShown: "Alle angezeigten auswählen",
  selectNoneShown: "Angezeigte abwählen",
  chosen: (chosen, total) => `${deNumber.format(chosen)} von ${deNumber.format(total)} ausgewählt`,
  noMatch: "Keine Tätigkeit passt zur Suche.",
  noActivities: "Das Verzeichnis enthält noch keine Tätigkeit.",
  noneChosen: "Wählen Sie mindestens eine Tätigkeit aus.",
  statusMark: { draft: vocabulary.de.activityStatus.draft, retired: vocabulary.de.activityStatus.retired },
  historyLabel: "Änderungshistorie ab",
  historyHint:
    "Hängt die Änderungen ab diesem Tag als Anhang an (im PDF und im HTML-Dokument). Leer lassen, um keine Historie anzuhängen.",
  processorRecord: "Verzeichnis als Auftragsverarbeiter (Art. 30 Abs. 2 DSGVO) anhängen",
  processorRecordHint: "Für Verarbeitungen im Auftrag anderer Verantwortlicher; nicht in der CSV-Datei.",
  exportButton: "Exportieren …",
  printButton: "Drucken",
  printHint:
    "„Drucken“ erstellt das Verzeichnis mit Sprache, Auswahl und Anhängen wie oben als PDF und öffnet es im PDF-Betrachter des Systems; gedruckt wird über dessen Druckdialog.",
  working: "Wird erstellt …",
  progress: (done, total) => `${deNumber.format(done)} von ${deNumber.format(total)} Tätigkeiten fertig`,
  saved: (path) => `Gespeichert: ${path}`,
  printed: (path) => `Zum Drucken geöffnet: ${path}`,
  invalid: "Nicht exportiert: Eine Angabe wurde nicht angenommen.",
  exportFailed: "Das Verzeichnis konnte nicht exportiert werden.",
  printFailed: "Das Verzeichnis konnte nicht zum Drucken geöffnet werden.",
};

const en: ExportMessages = {
  title: "Export and print the register",
  intro:
    "The record of processing activities as you make it available to the supervisory authority on request (Art. 30(4) GDPR).",
  langLegend: "Language of the document",
  langNames: { de: "Deutsch", en: "English" },
  formatLegend: "Format",
  formats: {
    pdf: {
      label: "PDF",
      hint: "For handing to the supervisory authority: with cover page, table of contents, annexes and page numbers.",
    },
    docx: {
      label: "Word (DOCX)",
      hint: "To edit further in Word or LibreOffice: the same content as the PDF, with headings, lists and tables.",
    },
    xlsx: {
      label: "Excel (XLSX)",
      hint: "A sheet with the controller (Art. 30(1)(a)), one row per activity, plus sheets for processors and third-country transfers – for filtering and analysis.",
    },
    csv: {
      label: "CSV",
      hint: "The controller, then the table of activities, without annexes; separated by “;” in German, “,” in English – for other programs.",
    },
    html: {
      label: "HTML",
      hint: "A self-contained page for the browser, with no external content and a linked table of contents.",
    },
  },
  scopeLegend: "Scope",
  allActivities: (total) =>
    `The whole register (${enNumber.format(total)} ${total === 1 ? "activity" : "activities"} recorded)`,
  allHint: "Active activities and drafts are included; retired ones only when you select them.",
  someActivities: "Selection",
  loadingActivities: "Loading activities …",
  activitiesFailed: "The activities could not be loaded.",
  retry: "Try again",
  searchLabel: "Search activities",
  searchPlaceholder: "Key or name",
  checklistLabel: "Activities to include",
  selectAll: "Select all",
  selectNone: "Select none",
  selectAllShown: "Select all shown",
  selectNoneShown: "Deselect shown",
  chosen: (chosen, total) => `${enNumber.format(chosen)} of ${enNumber.format(total)} selected`,
  noMatch: "No activity matches the search.",
  noActivities: "The register holds no activity yet.",
  noneChosen: "Select at least one activity.",
  statusMark: { draft: vocabulary.en.activityStatus.draft, retired: vocabulary.en.activityStatus.retired },
  historyLabel: "Change history since",
  historyHint:
    "Adds the changes from this day on as an annex (in the PDF and the HTML document). Leave empty to add no history.",
  processorRecord: "Append the record as processor (Art. 30(2) GDPR)",
  processorRecordHint: "For processing carried out on behalf of other controllers; not in the CSV file.",
  exportButton: "Export …",
  printButton: "Print",
  printHint:
    "“Print” makes the register with the language, selection and annexes chosen above as a PDF and opens it in the system's PDF viewer; print it from that viewer's print dialog.",
  working: "Creating …",
  progress: (done, total) => `${enNumber.format(done)} of ${enNumber.format(total)} activities done`,
  saved: (path) => `Saved: ${path}`,
  printed: (path) => `Opened for printing: ${path}`,
  invalid: "Not exported: one entry was not accepted.",
  exportFailed: "The register could not be exported.",
  printFailed: "The register could not be opened for printing.",
};

export const exportMessages: Record<Lang, ExportMessages> = { de, en };
