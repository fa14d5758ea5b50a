// App-wide UI state that every component reads: the language. A module-level
// `$state` object, so a switch re-renders every view without prop drilling.

import { loadLang, saveLang, type Lang } from "./i18n";

export const settings = $state<{ lang: Lang }>({ lang: loadLang() });

/** Switches the language and remembers it for the next start. */
export function setLang(lang: Lang): void {
  settings.lang = lang;
  saveLang(lang);
}
