// Type-ahead search over a picker's options: what the DPO types is compared
// with each option's label and keywords (an article, a country code) after
// folding both — case, German umlauts written as ae/oe/ue/ss, accents and
// punctuation — so "oster", "Österreich" and "AT" all find Austria and
// "6 1 f" finds Art. 6 Abs. 1 lit. f.

/** An option a combobox offers. */
export interface PickOption {
  value: string;
  label: string;
  /** Further words that find the option (codes, articles, other names). */
  keywords?: readonly string[];
  disabled?: boolean;
  /** The heading the option is listed under (consecutive options share it). */
  group?: string;
}

/** Lower case, umlauts as two letters, no accents, punctuation as spaces. */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/ä/g, "ae")
    .replace(/ö/g, "oe")
    .replace(/ü/g, "ue")
    .replace(/ß/g, "ss")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** Like fold, but umlauts as their base letter ("oster" finds Österreich too). */
function foldPlain(text: string): string {
  return fold(text.toLowerCase().replace(/ß/g, "ss").normalize("NFD").replace(/[\u0300-\u036f]/g, ""));
}

/**
 * The options that match `query`: every word of it begins a word of the
 * option's label or keywords (a single character must be a word of its own) — or, folded without spaces, appears in them,
 * so "ae" typed for "ä" and "oesterreich" both work. An empty query matches
 * everything. The order of `options` (and so their groups) is kept.
 */
export function search<T extends PickOption>(options: readonly T[], query: string): T[] {
  const words = fold(query).split(" ").filter((w) => w !== "");
  if (words.length === 0) return [...options];
  return options.filter((option) => {
    const texts = [option.label, ...(option.keywords ?? [])];
    const haystack = [...texts.map(fold), ...texts.map(foldPlain)].join(" ");
    const tokens = haystack.split(" ");
    const joined = haystack.replace(/ /g, "");
    // A single letter or digit ("lit. f", "Abs. 1") must stand on its own: "e"
    // is no prefix search for "Einwilligung".
    return words.every((w) =>
      w.length === 1 ? tokens.includes(w) : tokens.some((t) => t.startsWith(w)) || (w.length > 2 && joined.includes(w)),
    );
  });
}
