// Words of the shared form primitives, in German and English.

import type { Lang } from "../i18n";

export interface FormMessages {
  /** Shows the format a date is typed in, in the letters of the language. */
  datePlaceholder: string;
}

const de: FormMessages = {
  datePlaceholder: "JJJJ-MM-TT",
};

const en: FormMessages = {
  datePlaceholder: "YYYY-MM-DD",
};

export const formMessages: Record<Lang, FormMessages> = { de, en };
