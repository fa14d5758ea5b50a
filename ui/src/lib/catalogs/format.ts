// How catalog entries read in the current language. Shared by the catalog
// tables and the editors that pick from the catalogs (parties, organisation),
// so a country reads the same everywhere.

import type { Catalogs, Country } from "../api";
import type { PickOption } from "../form/search";
import type { Lang } from "../i18n";

const LOCALES: Record<Lang, string> = { de: "de-DE", en: "en-GB" };

export function countryName(country: Country, lang: Lang): string {
  return lang === "de" ? country.name_de : country.name_en;
}

/** The countries ordered by their name in `lang`, as the DPO looks for them. */
export function sortedCountries(catalogs: Catalogs, lang: Lang): Country[] {
  const collator = new Intl.Collator(LOCALES[lang]);
  return [...catalogs.countries].sort((a, b) =>
    collator.compare(countryName(a, lang), countryName(b, lang)),
  );
}

/** The countries as picker options, ordered by their name in `lang`, found also by code and other name. */
export function countryOptions(catalogs: Catalogs, lang: Lang): PickOption[] {
  return sortedCountries(catalogs, lang).map((c) => ({
    value: c.code,
    label: countryName(c, lang),
    keywords: [c.code, c.name_de, c.name_en],
  }));
}

/** The name of the country with `code`, or the code itself when the catalog lacks it. */
export function countryLabel(catalogs: Catalogs, code: string, lang: Lang): string {
  const country = catalogs.countries.find((c) => c.code === code);
  return country ? countryName(country, lang) : code;
}

/** Case-insensitive: every word of `query` occurs in one of `texts`. */
export function matchesQuery(query: string, texts: readonly (string | null | undefined)[]): boolean {
  const words = query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = texts
    .filter((t): t is string => typeof t === "string")
    .join("\n")
    .toLocaleLowerCase();
  return words.every((word) => haystack.includes(word));
}
