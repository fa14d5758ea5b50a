// The words of the findings panel in German and English; the
// `FindingsMessages` type keeps both tables complete.

import type { EntityKind, Severity } from "../api";
import type { Lang } from "../i18n";
import type { FindingCounts } from "./counts";

export interface FindingsMessages {
  heading: string;
  /** Runs the checks again. */
  refresh: string;
  checking: string;
  /** Title of the card that reports a failed check. */
  failed: string;
  /** "2 Fehler · 5 Warnungen · 1 Hinweis" */
  summary: (counts: FindingCounts) => string;
  /** The label each finding shows beside its colour. */
  severity: Record<Severity, string>;
  filtersLabel: string;
  severityFilter: string;
  all: string;
  /** A filter choice with the number of findings it would show. */
  withCount: (label: string, count: number) => string;
  kindFilter: string;
  /** The kinds of record, as choices of the kind filter. */
  kinds: Record<EntityKind, string>;
  /** One record of a kind, before its key: "Verarbeitungstätigkeit VT-001". */
  kind: Record<EntityKind, string>;
  textFilter: string;
  textPlaceholder: string;
  /** Shown while a filter hides some findings. */
  shown: (shown: number, total: number) => string;
  hint: string;
  open: string;
  none: string;
  noneForFilters: string;
}

const de: FindingsMessages = {
  heading: "Prüfung des Verzeichnisses",
  refresh: "Erneut prüfen",
  checking: "Das Verzeichnis wird geprüft …",
  failed: "Die Prüfung konnte nicht ausgeführt werden.",
  summary: (c) =>
    [
      `${c.error} Fehler`,
      `${c.warning} ${c.warning === 1 ? "Warnung" : "Warnungen"}`,
      `${c.info} ${c.info === 1 ? "Hinweis" : "Hinweise"}`,
    ].join(" · "),
  severity: { error: "Fehler", warning: "Warnung", info: "Hinweis" },
  filtersLabel: "Befunde filtern",
  severityFilter: "Schweregrad",
  all: "Alle",
  withCount: (label, count) => `${label} (${count})`,
  kindFilter: "Betrifft",
  kinds: {
    activity: "Verarbeitungstätigkeiten",
    party: "Stellen (Auftragsverarbeiter, Empfänger)",
    tom: "TOM",
    organisation: "Organisation",
    processor_activity: "Verzeichnis als Auftragsverarbeiter",
  },
  kind: {
    activity: "Verarbeitungstätigkeit",
    party: "Stelle",
    tom: "TOM",
    organisation: "Organisation",
    processor_activity: "Tätigkeit als Auftragsverarbeiter",
  },
  textFilter: "Suche in den Befunden",
  textPlaceholder: "Text, Rechtsquelle, Kennung, Regel …",
  shown: (shown, total) => `${shown} von ${total} Befunden angezeigt`,
  hint: "Abhilfe:",
  open: "Öffnen",
  none: "Keine Befunde",
  noneForFilters: "Keine Befunde für diese Filter",
};

const en: FindingsMessages = {
  heading: "Register check",
  refresh: "Check again",
  checking: "Checking the register …",
  failed: "The check could not be run.",
  summary: (c) =>
    [
      `${c.error} ${c.error === 1 ? "error" : "errors"}`,
      `${c.warning} ${c.warning === 1 ? "warning" : "warnings"}`,
      `${c.info} info`,
    ].join(" · "),
  severity: { error: "Error", warning: "Warning", info: "Info" },
  filtersLabel: "Filter the findings",
  severityFilter: "Severity",
  all: "All",
  withCount: (label, count) => `${label} (${count})`,
  kindFilter: "Concerns",
  kinds: {
    activity: "Processing activities",
    party: "Parties (processors, recipients)",
    tom: "TOMs",
    organisation: "Organisation",
    processor_activity: "Record as processor",
  },
  kind: {
    activity: "Processing activity",
    party: "Party",
    tom: "TOM",
    organisation: "Organisation",
    processor_activity: "Processing as processor",
  },
  textFilter: "Search the findings",
  textPlaceholder: "Text, legal source, key, rule …",
  shown: (shown, total) => `${shown} of ${total} findings shown`,
  hint: "How to fix:",
  open: "Open",
  none: "No findings",
  noneForFilters: "No findings for these filters",
};

export const findingsMessages: Record<Lang, FindingsMessages> = { de, en };
