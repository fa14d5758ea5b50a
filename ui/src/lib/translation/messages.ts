// Words of the translation views: the register's texts beside their English
// translations, per record and for the whole register.

import type { Lang } from "../i18n";

export interface TranslationMessages {
  title: string;
  intro: string;
  german: string;
  english: string;
  save: string;
  saved: string;
  none: string;
  loadFailed: string;
  /** The register-wide list. */
  viewTitle: string;
  viewIntro: string;
  counts: (missing: number, outdated: number, current: number) => string;
  allDone: string;
  showAll: string;
  open: string;
}

const de: TranslationMessages = {
  title: "Übersetzung (Englisch)",
  intro:
    "Die englischen Datenschutzhinweise und der englische Ausdruck des Verzeichnisses verwenden diese Übersetzungen. Ändert sich der deutsche Text, gilt seine Übersetzung als veraltet.",
  german: "Deutsch",
  english: "Englisch",
  save: "Übersetzung speichern",
  saved: "Gespeichert.",
  none: "Diese Tätigkeit hat keine Texte, die übersetzt werden.",
  loadFailed: "Die Übersetzungen konnten nicht geladen werden.",
  viewTitle: "Übersetzungen",
  viewIntro:
    "Was im Verzeichnis noch nicht oder nicht mehr passend ins Englische übersetzt ist. Ohne Übersetzung zeigen die englischen Dokumente den deutschen Text und markieren ihn.",
  counts: (missing, outdated, current) => `${missing} fehlen · ${outdated} veraltet · ${current} übersetzt`,
  allDone: "Alle Texte sind übersetzt.",
  showAll: "Auch übersetzte Texte zeigen",
  open: "Öffnen",
};

const en: TranslationMessages = {
  title: "Translation (English)",
  intro:
    "The English privacy notice and the English print of the register use these translations. When the German text changes, its translation counts as outdated.",
  german: "German",
  english: "English",
  save: "Save translation",
  saved: "Saved.",
  none: "This activity has no texts that are translated.",
  loadFailed: "The translations could not be loaded.",
  viewTitle: "Translations",
  viewIntro:
    "What in the register is not yet, or no longer, translated into English. Without a translation the English documents show the German text and mark it.",
  counts: (missing, outdated, current) => `${missing} missing · ${outdated} outdated · ${current} translated`,
  allDone: "Every text is translated.",
  showAll: "Show translated texts too",
  open: "Open",
};

export const translationMessages: Record<Lang, TranslationMessages> = { de, en };
