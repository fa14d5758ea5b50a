// The activity editor's logic that needs no DOM: section anchors, empty
// parts, catalog lookups in the UI language and the transfer-mechanism
// suggestion. Kept apart so the rules are tested directly and the components
// stay small.

import type {
  ApiError,
  AutomatedDecision,
  Catalogs,
  Country,
  DataCategory,
  Embed,
  LegalBasis,
  LegalBasisKind,
  Party,
  ProtectionGoal,
  Purpose,
  Recipient,
  Tom,
  Transfer,
  TransferMechanism,
} from "../api";
import { isWithin, problemsOf } from "../form/fields";
import type { Lang } from "../i18n";
import { PROTECTION_GOALS } from "../toms/goals";

/** DOM ids of the editor's sections, for links from the shell ("#activity-transfers"). */
export const SECTION_IDS = {
  general: "activity-general",
  purposes: "activity-purposes",
  data: "activity-data",
  source: "activity-source",
  recipients: "activity-recipients",
  transfers: "activity-transfers",
  embeds: "activity-embeds",
  toms: "activity-toms",
  dpia: "activity-dpia",
  review: "activity-review",
  translation: "activity-translation",
  history: "activity-history",
} as const;

export type SectionName = keyof typeof SECTION_IDS;

/** Legal bases whose purpose must say how consent is given and withdrawn (Art. 7(3), 13(2)(c)). */
export const CONSENT_BASES: readonly string[] = ["art6-1-a", "art9-2-a"];
/** The legal basis whose interests the notice must name (Art. 13(1)(d)). */
export const LEGITIMATE_INTERESTS_BASIS = "art6-1-f";
/** Mechanisms an SCC module belongs to; the core refuses a module with any other. */
export const SCC_MECHANISMS: readonly string[] = ["art46-2-c", "art46-2-d"];
/** What the suggestion proposes without an adequacy decision: the Commission's SCCs. */
export const SCC_MECHANISM = "art46-2-c";
export const ADEQUACY_MECHANISM = "art45";
/** The one adequacy decision that covers only certified recipients (EU-US Data Privacy Framework). */
export const DPF_COUNTRY = "US";

export const LEGAL_BASIS_KINDS: readonly LegalBasisKind[] = ["art6", "art9", "art10", "national", "other"];


/**
 * JSON with every object's keys sorted: two records are equal exactly when
 * these strings are, whatever order their keys were (re)created in.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        )
      : v,
  );
}

/**
 * The message of `error` when it concerns `path` or anything below it
 * (`purposes[0].legal_bases[1]` for `purposes[0].legal_bases`): for inputs
 * that edit a whole list, where the core names one entry.
 */
export function errorWithin(error: ApiError | null | undefined, path: string): string | null {
  const within = problemsOf(error).filter((p) => isWithin(p.field, path));
  return within.length === 0 ? null : within.map((p) => p.text).join(" ");
}

export function emptyPurpose(): Purpose {
  return {
    description: "",
    legal_bases: [],
    legal_basis_note: null,
    legitimate_interests: null,
    consent_given: null,
    consent_withdrawal: null,
    direct_marketing: false,
  };
}

export function emptyDataCategory(): DataCategory {
  return { name: "", description: null, special: false, criminal: false, conditions: [], retention: null };
}

export function emptyRecipient(): Recipient {
  return {
    role: "processor",
    party: null,
    description: null,
    note: null,
    channels: [],
    data_categories: [],
    legal_bases: [],
    legal_basis_note: null,
  };
}

export function emptyTransfer(): Transfer {
  return {
    recipient: null,
    country: "",
    mechanism: null,
    scc_module: null,
    supplementary_measures: null,
    tia_date: null,
    tia_result: null,
    derogation_documentation: null,
    safeguards_copy: null,
    note: null,
  };
}

export function emptyDecision(): AutomatedDecision {
  return {
    decision: "",
    effect: "legal",
    consequences: null,
    purpose: null,
    exception: null,
    exception_note: null,
    safeguards: [],
    safeguards_note: null,
  };
}

export function emptyEmbed(): Embed {
  return {
    name: "",
    kind: "cookie",
    provider: null,
    purpose: "",
    access: "consent",
    before_consent: false,
    duration: null,
    country: null,
  };
}

export function citation(item: LegalBasis | TransferMechanism, lang: Lang): string {
  return lang === "de" ? item.citation_de : item.citation_en;
}

export function catalogLabel(item: LegalBasis | TransferMechanism, lang: Lang): string {
  return lang === "de" ? item.label_de : item.label_en;
}

export function countryName(country: Country, lang: Lang): string {
  return lang === "de" ? country.name_de : country.name_en;
}

/** The scope of a partial adequacy decision (US: only DPF-certified recipients), or null. */
export function adequacyScope(country: Country, lang: Lang): string | null {
  const a = country.adequacy;
  return a ? (lang === "de" ? a.scope_de : a.scope_en) : null;
}

/** The legal bases of each kind in catalog order; kinds without any are left out. */
export function legalBasesByKind(bases: readonly LegalBasis[]): { kind: LegalBasisKind; bases: LegalBasis[] }[] {
  return LEGAL_BASIS_KINDS.map((kind) => ({ kind, bases: bases.filter((b) => b.kind === kind) })).filter(
    (group) => group.bases.length > 0,
  );
}

/** The TOMs of each protection goal, by title; goals without any are left out. */
export function tomsByGoal(toms: readonly Tom[], lang: Lang): { goal: ProtectionGoal; toms: Tom[] }[] {
  return PROTECTION_GOALS.map((goal) => ({
    goal,
    toms: toms.filter((t) => t.goal === goal).sort((a, b) => a.title.localeCompare(b.title, lang)),
  })).filter((group) => group.toms.length > 0);
}

/** The countries a transfer can go to: third countries only, by name in the UI language. */
export function thirdCountries(countries: readonly Country[], lang: Lang): Country[] {
  return countries
    .filter((c) => !c.eea)
    .sort((a, b) => countryName(a, lang).localeCompare(countryName(b, lang), lang));
}

export type SuggestionReason = "adequacy" | "partial_adequacy" | "not_dpf_certified" | "no_adequacy";

export interface MechanismSuggestion {
  code: string;
  reason: SuggestionReason;
}

/**
 * The transfer mechanism to propose for a destination: the adequacy decision
 * where there is one (Art. 45), otherwise the Commission's standard
 * contractual clauses (Art. 46(2)(c)), the usual instrument. The US decision
 * covers only organisations certified under the Data Privacy Framework, so a
 * US recipient recorded as not certified gets the SCCs too — the same rule
 * the checks apply. Null for no destination or an EEA one (no transfer).
 */
export function suggestMechanism(
  country: Country | undefined,
  recipient: Party | undefined,
): MechanismSuggestion | null {
  if (!country || country.eea) return null;
  if (!country.adequacy) return { code: SCC_MECHANISM, reason: "no_adequacy" };
  if (country.code === DPF_COUNTRY && recipient && !recipient.dpf_certified) {
    return { code: SCC_MECHANISM, reason: "not_dpf_certified" };
  }
  const partial = country.adequacy.scope_de !== null || country.adequacy.scope_en !== null;
  return { code: ADEQUACY_MECHANISM, reason: partial ? "partial_adequacy" : "adequacy" };
}

/** A mechanism of the catalog, or undefined for none or an unknown code. */
export function findMechanism(catalogs: Catalogs, code: string | null): TransferMechanism | undefined {
  return code === null ? undefined : catalogs.mechanisms.find((m) => m.code === code);
}

/** Letters NFKD does not take apart into a base letter and an accent. */
const TRANSLITERATION: Record<string, string> = { ä: "ae", ö: "oe", ü: "ue", ß: "ss", æ: "ae", ø: "oe", œ: "oe" };

/**
 * A party key proposed from its name ("Cisco Systems, Inc." → "cisco-systems-inc"):
 * lowercase ASCII letters and digits joined by dashes, umlauts spelled out
 * and other accents dropped, at most 64 characters, and made unique against `taken` with a number.
 */
export function proposePartyKey(name: string, taken: readonly string[]): string {
  const base = name
    .toLowerCase()
    .replace(/[äöüßæøœ]/g, (c) => TRANSLITERATION[c])
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  if (base === "" || !taken.includes(base)) return base;
  let n = 2;
  while (taken.includes(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}

/**
 * Carries unsaved edits over onto a record saved meanwhile from elsewhere in
 * the editor (a value restored from the history): every top-level part the
 * save changed takes the saved value — as do version and timestamps — and
 * every other part keeps the local edit.
 */
export function rebase<T extends object>(draft: T, base: T, saved: T): T {
  const result = { ...draft };
  for (const key of Object.keys(saved) as (keyof T)[]) {
    if (canonicalJson(base[key]) !== canonicalJson(saved[key])) result[key] = saved[key];
  }
  return result;
}
