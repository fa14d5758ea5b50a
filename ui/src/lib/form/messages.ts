// Words of the shared form primitives and of the record editor beside a list
// (the buttons, the questions and the banners that say the same whatever the
// record is), in German and English. What names the record ("The party was
// saved.") stays in each view's own messages.

import type { Lang } from "../i18n";

export interface FormMessages {
  /** Shows the format a date is typed in, in the letters of the language. */
  datePlaceholder: string;
  /** Heads the list of what a save refused, with how many entries. */
  problemsHeading: (count: number) => string;
  /** Names the n-th entry of a list (1-based) where a problem lies. */
  entry: (n: number) => string;
  /** The link to a field that is not on the screen under a label. */
  otherField: string;
  /** The calendar beside a date field. */
  openCalendar: string;
  closeCalendar: string;
  previousMonth: string;
  nextMonth: string;
  today: string;
  /** Monday first. */
  weekdays: readonly string[];
  /** A searchable picker's empty text. */
  typeToSearch: string;
  /** A searchable picker's list when the text matches nothing. */
  noMatch: string;
}

const de: FormMessages = {
  datePlaceholder: "TT.MM.JJJJ",
  problemsHeading: (n) =>
    n === 1 ? "Nicht gespeichert: Eine Angabe ist zu korrigieren." : `Nicht gespeichert: ${n} Angaben sind zu korrigieren.`,
  entry: (n) => `Eintrag ${n}`,
  otherField: "Angabe",
  openCalendar: "Kalender öffnen",
  closeCalendar: "Schließen",
  previousMonth: "Voriger Monat",
  nextMonth: "Nächster Monat",
  today: "Heute",
  weekdays: ["Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"],
  typeToSearch: "Tippen zum Suchen …",
  noMatch: "Kein Eintrag passt.",
};

const en: FormMessages = {
  datePlaceholder: "DD/MM/YYYY",
  problemsHeading: (n) => (n === 1 ? "Not saved: one entry needs correcting." : `Not saved: ${n} entries need correcting.`),
  entry: (n) => `entry ${n}`,
  otherField: "Entry",
  openCalendar: "Open the calendar",
  closeCalendar: "Close",
  previousMonth: "Previous month",
  nextMonth: "Next month",
  today: "Today",
  weekdays: ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"],
  typeToSearch: "Type to search …",
  noMatch: "Nothing matches.",
};

export const formMessages: Record<Lang, FormMessages> = { de, en };

/** The record editor's words that do not name the record; a view's messages spread them in. */
export interface RecordEditorWords {
  save: string;
  saving: string;
  delete: string;
  deleteConfirm: string;
  cancel: string;
  discardQuestion: string;
  discardConfirm: string;
  keepEditing: string;
  invalid: string;
  reload: string;
}

export const recordEditorWords: Record<Lang, RecordEditorWords> = {
  de: {
    save: "Speichern",
    saving: "Wird gespeichert …",
    delete: "Löschen",
    deleteConfirm: "Ja, löschen",
    cancel: "Abbrechen",
    discardQuestion: "Es gibt ungespeicherte Änderungen. Vorher speichern?",
    discardConfirm: "Nicht speichern",
    keepEditing: "Abbrechen",
    invalid: "Nicht gespeichert: Bitte die markierte Angabe prüfen.",
    reload: "Neu laden",
  },
  en: {
    save: "Save",
    saving: "Saving …",
    delete: "Delete",
    deleteConfirm: "Yes, delete",
    cancel: "Cancel",
    discardQuestion: "There are unsaved changes. Save them first?",
    discardConfirm: "Don't save",
    keepEditing: "Cancel",
    invalid: "Not saved: please check the marked entry.",
    reload: "Reload",
  },
};

/** The record editor's words that name the record ("The party was saved."): each view words them. */
export interface RecordOutcomeWords {
  /** The question before deleting, naming the record. */
  deleteQuestion: (name: string) => string;
  saved: string;
  deleted: string;
  conflict: string;
  gone: string;
  saveFailed: string;
  deleteFailed: string;
}

/** All the record editor's words, as the shared parts of its view take them. */
export type RecordEditorTexts = RecordEditorWords & RecordOutcomeWords;

/** The words of a list of short texts whose items can be removed one by one. */
export interface ListItemWords {
  removeText: string;
  /** The remove button's accessible name, naming the item (`what` starts capitalised). */
  remove: (what: string) => string;
}

export const listItemWords: Record<Lang, ListItemWords> = {
  de: {
    removeText: "Entfernen",
    remove: (what) => `${what} entfernen`,
  },
  en: {
    removeText: "Remove",
    remove: (what) => `Remove ${what.charAt(0).toLowerCase()}${what.slice(1)}`,
  },
};
