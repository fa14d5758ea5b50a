// Words of the notice view (the public privacy notice and the notices of
// their own, Art. 13/14 GDPR), in German and English. These are the view's own words in the UI language; the
// notice itself and its missing items come from the core in the notice's
// language.

import type { NoticeFormat } from "../api";
import type { Lang } from "../i18n";

export interface NoticeMessages {
  title: string;
  intro: string;
  noticeLang: string;
  /** Label of the choice between the public notice and the notices of their own. */
  noticeChoice: string;
  publicNotice: string;
  /** A separate privacy notice by its reference and how many activities it describes. */
  separateOption: (reference: string, activities: number) => string;
  /** Why a separate privacy notice offers no publishing and no versions. */
  separateNotPublished: string;
  /** Each language by its own name, so it is found whatever the UI speaks. */
  langNames: Record<Lang, string>;
  loading: string;
  loadFailed: string;
  previewLabel: string;
  /** Tooltip of a marker in the page. */
  openField: string;
  missingCount: (n: number) => string;
  missingNoneHeading: string;
  missingNone: string;
  missingIntro: string;
  recommendedHeading: string;
  wholeNotice: string;
  leftOutTitle: string;
  leftOutIntro: string;
  /** The organisation's own templates lay the notice out: from which folder, which files. */
  ownTemplates: (folder: string, files: string) => string;
  exportTitle: string;
  /** `lang` is the notice's language, named in the sentence's own language. */
  exportIntro: (lang: Lang) => string;
  exportFormats: Record<NoticeFormat, string>;
  exporting: string;
  saved: (path: string) => string;
  exportFailed: string;
  publishTitle: string;
  publishIntro: (lang: Lang) => string;
  publish: string;
  publishing: string;
  publishQuestion: (n: number) => string;
  publishConfirm: string;
  cancel: string;
  published: (id: number) => string;
  publishRefusedMissing: string;
  publishFailed: string;
  versionsTitle: string;
  versionsLoading: string;
  versionsFailed: string;
  noVersions: string;
  version: (id: number) => string;
  publishedBy: (user: string) => string;
  compare: string;
  comparing: string;
  diffTitle: (id: number) => string;
  unchanged: string;
  diffLegend: string;
  diffFailed: string;
  closeDiff: string;
  retry: string;
}

/** The notice's language as a sentence names it: "auf Englisch", "in German". */
const DE_LANG: Record<Lang, string> = { de: "Deutsch", en: "Englisch" };
const EN_LANG: Record<Lang, string> = { de: "German", en: "English" };

const de: NoticeMessages = {
  title: "Datenschutzhinweise",
  intro:
    "Die Informationen für betroffene Personen nach Art. 13 und 14 DSGVO, wie das Verzeichnis sie jetzt ergibt. Fehlende Pflichtangaben sind markiert; ein Klick darauf öffnet das Feld, in dem sie nachzutragen sind.",
  noticeLang: "Sprache der Hinweise",
  noticeChoice: "Hinweise",
  publicNotice: "Öffentliche Datenschutzhinweise",
  separateOption: (reference, n) => `${reference} (${n === 1 ? "1 Tätigkeit" : `${n} Tätigkeiten`})`,
  separateNotPublished:
    "Veröffentlicht und als Versionen abgelegt werden nur die öffentlichen Datenschutzhinweise. Eigene Hinweise exportieren Sie als Datei und stellen sie dort bereit, wo die Betroffenen sie erhalten.",
  langNames: { de: "Deutsch", en: "English" },
  loading: "Die Vorschau wird erstellt …",
  loadFailed: "Die Datenschutzhinweise konnten nicht erstellt werden.",
  previewLabel: "Vorschau der Datenschutzhinweise",
  openField: "Zum Feld springen",
  missingCount: (n) => (n === 1 ? "1 Pflichtangabe fehlt" : `${n} Pflichtangaben fehlen`),
  missingNoneHeading: "Pflichtangaben",
  missingNone: "Alle Pflichtangaben nach Art. 13/14 DSGVO sind vorhanden.",
  missingIntro: "Ein Klick öffnet das Feld, in dem die Angabe nachzutragen ist.",
  recommendedHeading: "Empfohlen (keine Pflicht)",
  wholeNotice: "Organisation",
  ownTemplates: (folder, files) =>
    `Eigene Vorlagen der Organisation in Gebrauch (${files}) aus ${folder}. Der Wortlaut ist nicht der von VVT; jede Veröffentlichung vermerkt, welche Vorlagen sie gestaltet haben.`,
  leftOutTitle: "Nicht in diesen Hinweisen",
  leftOutIntro:
    "Aktive Tätigkeiten, deren Betroffene anders informiert werden. Ein Klick öffnet die Angabe dazu in der Tätigkeit.",
  exportTitle: "Exportieren",
  exportIntro: (lang) => `Speichert die Hinweise auf ${DE_LANG[lang]} als Datei.`,
  exportFormats: { html: "HTML", md: "Markdown", pdf: "PDF", docx: "Word (DOCX)" },
  exporting: "Wird exportiert …",
  saved: (path) => `Gespeichert: ${path}`,
  exportFailed: "Die Datei wurde nicht gespeichert.",
  publishTitle: "Veröffentlichen",
  publishIntro: (lang) =>
    `Legt den jetzigen Stand der Hinweise auf ${DE_LANG[lang]} als unveränderliche Version ab, damit später nachweisbar ist, was wann veröffentlicht war.`,
  publish: "Version veröffentlichen",
  publishing: "Wird veröffentlicht …",
  publishQuestion: (n) =>
    `${n === 1 ? "1 Pflichtangabe fehlt" : `${n} Pflichtangaben fehlen`}. Die Version würde mit den Markierungen „Fehlt“ veröffentlicht. Trotzdem veröffentlichen?`,
  publishConfirm: "Mit Markierungen veröffentlichen",
  cancel: "Abbrechen",
  published: (id) => `Version ${id} veröffentlicht.`,
  publishRefusedMissing:
    "Nicht veröffentlicht: Inzwischen fehlen Pflichtangaben. Die Vorschau wurde aktualisiert; bitte prüfen Sie sie.",
  publishFailed: "Die Version wurde nicht veröffentlicht.",
  versionsTitle: "Veröffentlichte Versionen",
  versionsLoading: "Versionen werden geladen …",
  versionsFailed: "Die veröffentlichten Versionen konnten nicht geladen werden.",
  noVersions: "Noch keine Version veröffentlicht.",
  version: (id) => `Version ${id}`,
  publishedBy: (user) => `von ${user}`,
  compare: "Mit aktuellem Stand vergleichen",
  comparing: "Wird verglichen …",
  diffTitle: (id) => `Version ${id} im Vergleich zum aktuellen Stand`,
  unchanged: "Unverändert seit dieser Version.",
  diffLegend: "− Zeile nur in der veröffentlichten Version, + Zeile nur im aktuellen Stand (Markdown).",
  diffFailed: "Der Vergleich ist fehlgeschlagen.",
  closeDiff: "Vergleich schließen",
  retry: "Erneut versuchen",
};

const en: NoticeMessages = {
  title: "Privacy notice",
  intro:
    "The information for data subjects under Art. 13 and 14 GDPR as the register gives it now. Missing required items are marked; a click opens the field where they are to be filled in.",
  noticeLang: "Language of the notice",
  noticeChoice: "Notice",
  publicNotice: "Public privacy notice",
  separateOption: (reference, n) => `${reference} (${n === 1 ? "1 activity" : `${n} activities`})`,
  separateNotPublished:
    "Only the public privacy notice is published and kept as versions. Export a separate privacy notice as a file and make it available where its data subjects receive it.",
  langNames: { de: "Deutsch", en: "English" },
  loading: "Building the preview …",
  loadFailed: "The privacy notice could not be built.",
  previewLabel: "Preview of the privacy notice",
  openField: "Go to the field",
  missingCount: (n) => (n === 1 ? "1 required item missing" : `${n} required items missing`),
  missingNoneHeading: "Required items",
  missingNone: "All items required by Art. 13/14 GDPR are present.",
  missingIntro: "A click opens the field where the item is to be filled in.",
  recommendedHeading: "Recommended (not required)",
  wholeNotice: "Organisation",
  ownTemplates: (folder, files) =>
    `The organisation's own templates are in use (${files}) from ${folder}. The wording is not VVT's; each publication records which templates laid it out.`,
  leftOutTitle: "Not in this notice",
  leftOutIntro:
    "Active activities whose data subjects are informed otherwise. A click opens where the activity records this.",
  exportTitle: "Export",
  exportIntro: (lang) => `Saves the notice in ${EN_LANG[lang]} as a file.`,
  exportFormats: { html: "HTML", md: "Markdown", pdf: "PDF", docx: "Word (DOCX)" },
  exporting: "Exporting …",
  saved: (path) => `Saved: ${path}`,
  exportFailed: "The file was not saved.",
  publishTitle: "Publish",
  publishIntro: (lang) =>
    `Stores the notice in ${EN_LANG[lang]} as it is now as an immutable version, so that it can be shown later what was published when.`,
  publish: "Publish version",
  publishing: "Publishing …",
  publishQuestion: (n) =>
    `${n === 1 ? "1 required item is" : `${n} required items are`} missing. The version would be published with the “Missing” markers. Publish anyway?`,
  publishConfirm: "Publish with markers",
  cancel: "Cancel",
  published: (id) => `Version ${id} published.`,
  publishRefusedMissing:
    "Not published: required items are missing by now. The preview was updated; please check it.",
  publishFailed: "The version was not published.",
  versionsTitle: "Published versions",
  versionsLoading: "Loading versions …",
  versionsFailed: "The published versions could not be loaded.",
  noVersions: "No version published yet.",
  version: (id) => `Version ${id}`,
  publishedBy: (user) => `by ${user}`,
  compare: "Compare with the current state",
  comparing: "Comparing …",
  diffTitle: (id) => `Version ${id} compared with the current state`,
  unchanged: "Unchanged since this version.",
  diffLegend: "− line only in the published version, + line only in the current state (Markdown).",
  diffFailed: "The comparison failed.",
  closeDiff: "Close comparison",
  retry: "Try again",
};

export const noticeMessages: Record<Lang, NoticeMessages> = { de, en };
