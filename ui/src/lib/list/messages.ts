// The words of the activity list (search, filters, columns) in German and
// English; the `ListMessages` type keeps both tables complete.

import type { ActivityStatus } from "../api";
import type { Lang } from "../i18n";
import type { SortColumn } from "./sort";
import { vocabulary } from "../vocabulary";

export interface ListMessages {
  heading: string;
  search: string;
  searchPlaceholder: string;
  filtersLabel: string;
  status: string;
  statusAll: string;
  statusLabel: Record<ActivityStatus, string>;
  legalBasis: string;
  legalBasisAll: string;
  transfers: string;
  transfersAll: string;
  transfersYes: string;
  transfersNo: string;
  reviewDue: string;
  /** "12 von 40 Tätigkeiten": shown after filtering, of all in the register. */
  count: (shown: number, total: number) => string;
  newActivity: string;
  /** Shows the live notice in place of the list, beside the editor. */
  showNotice: string;
  /** Back from the notice to the list. */
  showList: string;
  /** Hides the list so the editor gets the whole width, and shows it again. */
  collapseList: string;
  expandList: string;
  columns: Record<SortColumn | "department" | "purposes" | "transfers", string>;
  /** Read after a due review date by screen readers; the colour says it to the eye. */
  due: string;
  loading: string;
  failed: string;
  noMatch: string;
  noActivities: string;
  /** Shown beside the list while no activity is open. */
  chooseHint: string;
  /** The finding badge of a row, read out and shown on hover: "2 Befunde (1 Fehler)". */
  findingBadge: (total: number, errors: number) => string;
}

const de: ListMessages = {
  heading: "Verarbeitungstätigkeiten",
  search: "Suche",
  searchPlaceholder: "Name, Zweck, Empfänger, Datenkategorie …",
  filtersLabel: "Filter",
  status: "Status",
  statusAll: "alle",
  statusLabel: vocabulary.de.activityStatus,
  legalBasis: "Rechtsgrundlage",
  legalBasisAll: "alle",
  transfers: "Drittlandübermittlung",
  transfersAll: "alle",
  transfersYes: "mit",
  transfersNo: "ohne",
  reviewDue: "Überprüfung fällig",
  count: (shown, total) => `${shown} von ${total} ${total === 1 ? "Tätigkeit" : "Tätigkeiten"}`,
  newActivity: "Neue Tätigkeit",
  showNotice: "Hinweise daneben",
  showList: "Zur Liste",
  collapseList: "Liste ausblenden",
  expandList: "Liste einblenden",
  columns: {
    key: "Kennung",
    name: "Bezeichnung",
    status: "Status",
    department: "Abteilung",
    purposes: "Zwecke",
    // The soft hyphen lets the narrow header break inside the long word.
    transfers: "Drittland\u00adübermittlungen",
    next_review: "Überprüfung",
    updated_at: "Geändert",
  },
  due: "fällig",
  loading: "Tätigkeiten werden geladen …",
  failed: "Die Tätigkeiten konnten nicht geladen werden.",
  noMatch: "Keine Tätigkeit passt zu Suche und Filtern.",
  noActivities: "Noch keine Verarbeitungstätigkeit erfasst.",
  chooseHint: "Wählen Sie eine Tätigkeit aus der Liste oder legen Sie eine neue an.",
  findingBadge: (total, errors) =>
    `${total} ${total === 1 ? "Befund" : "Befunde"}` + (errors > 0 ? ` (${errors} Fehler)` : ""),
};

const en: ListMessages = {
  heading: "Processing activities",
  search: "Search",
  searchPlaceholder: "Name, purpose, recipient, data category …",
  filtersLabel: "Filters",
  status: "Status",
  statusAll: "all",
  statusLabel: vocabulary.en.activityStatus,
  legalBasis: "Legal basis",
  legalBasisAll: "all",
  transfers: "Third-country transfer",
  transfersAll: "all",
  transfersYes: "with",
  transfersNo: "without",
  reviewDue: "Review due",
  count: (shown, total) => `${shown} of ${total} ${total === 1 ? "activity" : "activities"}`,
  newActivity: "New activity",
  showNotice: "Notice alongside",
  showList: "Back to the list",
  collapseList: "Hide the list",
  expandList: "Show the list",
  columns: {
    key: "Key",
    name: "Name",
    status: "Status",
    department: "Department",
    purposes: "Purposes",
    transfers: "Third-country transfers",
    next_review: "Review",
    updated_at: "Changed",
  },
  due: "due",
  loading: "Loading the activities …",
  failed: "The activities could not be loaded.",
  noMatch: "No activity matches the search and filters.",
  noActivities: "No processing activity recorded yet.",
  chooseHint: "Choose an activity from the list or create a new one.",
  findingBadge: (total, errors) =>
    `${total} ${total === 1 ? "finding" : "findings"}` +
    (errors > 0 ? ` (${errors} ${errors === 1 ? "error" : "errors"})` : ""),
};

export const listMessages: Record<Lang, ListMessages> = { de, en };
