// The UI's words in German (the default, for a German DPO) and English. Every
// visible string comes from here so that both tables stay complete: the type
// `Messages` makes a missing English entry a compile error.

export type Lang = "de" | "en";

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
  fileLabel: string;
  errorTitle: string;
  errorCodeLabel: string;
  /** Human text for the stable error codes of the core; unknown codes fall back to the message. */
  errorByCode: Partial<Record<string, string>>;
  retry: string;
}

const de: Messages = {
  langName: "Deutsch",
  languageLabel: "Sprache",
  title: "Verzeichnis von Verarbeitungstätigkeiten",
  loading: "Verzeichnis wird geladen …",
  organisationLabel: "Verantwortliche Stelle",
  noOrganisation: "Noch keine Organisation erfasst",
  activityCount: (n) => (n === 1 ? "1 Verarbeitungstätigkeit" : `${n} Verarbeitungstätigkeiten`),
  fileLabel: "Datei",
  errorTitle: "Das Verzeichnis konnte nicht geöffnet werden",
  errorCodeLabel: "Fehlercode",
  errorByCode: {
    schema_too_new:
      "Die Datei wurde mit einer neueren VVT-Version geschrieben. Bitte aktualisieren Sie VVT.",
    not_a_register: "Die Datei ist kein VVT-Verzeichnis.",
    database: "Die Datenbank meldet einen Fehler.",
    io: "Die Datei konnte nicht gelesen oder geschrieben werden.",
  },
  retry: "Erneut versuchen",
};

const en: Messages = {
  langName: "English",
  languageLabel: "Language",
  title: "Record of processing activities",
  loading: "Loading the register …",
  organisationLabel: "Controller",
  noOrganisation: "No organisation recorded yet",
  activityCount: (n) => (n === 1 ? "1 processing activity" : `${n} processing activities`),
  fileLabel: "File",
  errorTitle: "The register could not be opened",
  errorCodeLabel: "Error code",
  errorByCode: {
    schema_too_new: "The file was written by a newer version of VVT. Please update VVT.",
    not_a_register: "The file is not a VVT register.",
    database: "The database reported an error.",
    io: "The file could not be read or written.",
  },
  retry: "Try again",
};

export const messages: Record<Lang, Messages> = { de, en };

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
