// Narrowing the findings in the panel: by severity, by the kind of record
// they concern and by a text. Kept apart from the component so the rules of
// matching are tested on their own.

import type { EntityKind, Finding, Severity } from "../api";
import type { Lang } from "../i18n";

export interface FindingFilter {
  /** `null` for every severity. */
  severity: Severity | null;
  /** `null` for every kind of record. */
  entity: EntityKind | null;
  /** Matched case-insensitively; blank matches everything. */
  text: string;
}

export const NO_FILTER: FindingFilter = { severity: null, entity: null, text: "" };

export function isFiltered(filter: FindingFilter): boolean {
  return filter.severity !== null || filter.entity !== null || filter.text.trim() !== "";
}

/**
 * The findings that pass `filter`, in their order. The text is looked for in
 * what the DPO sees in `lang` (message, legal source) and in the record key,
 * the rule id and the field path, so "VT-004", "transfer-" or "mechanism"
 * all find what they name.
 */
export function filterFindings(findings: readonly Finding[], filter: FindingFilter, lang: Lang): Finding[] {
  const needle = filter.text.trim().toLocaleLowerCase();
  return findings.filter(
    (f) =>
      (filter.severity === null || f.severity === filter.severity) &&
      (filter.entity === null || f.record.entity === filter.entity) &&
      (needle === "" || haystack(f, lang).includes(needle)),
  );
}

function haystack(f: Finding, lang: Lang): string {
  const [message, source] = lang === "de" ? [f.message_de, f.source_de] : [f.message_en, f.source_en];
  return [message, source, f.record.key, f.rule, f.field].join("\n").toLocaleLowerCase();
}
