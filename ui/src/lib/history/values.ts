// How a history row's field path and JSON values are shown to a person: the
// path stays as the core wrote it, with a label for its first segment; values
// become text, with "(leer)" for nothing recorded and compact JSON for parts.

import type { Catalogs, EntityKind, Lang } from "../api";
import type { HistoryMessages } from "./messages";

/** A piece of a shown value: plain text, the "(leer)" marker, or JSON code. */
export interface ValuePart {
  kind: "text" | "empty" | "code";
  text: string;
}

/** The label of the path's top-level field (`purposes` of `purposes[0].description`), if known. */
export function fieldLabel(entity: EntityKind, path: string, m: HistoryMessages): string | null {
  const top = /^[^.[]+/.exec(path)?.[0] ?? "";
  // Own properties only: a path named `constructor` must not find Object's.
  const own = (labels: Record<string, string> | undefined) =>
    labels && Object.hasOwn(labels, top) ? labels[top] : undefined;
  return own(m.fieldsOf[entity]) ?? own(m.fields) ?? null;
}

/** Turns a catalog code into what people read; unknown codes stay as they are. */
export type CodeNames = (code: string) => string;

/**
 * How the catalog codes a field at `path` holds are read: legal bases and
 * transfer mechanisms as their citation (`art6-1-b` → "Art. 6 Abs. 1 lit. b
 * DSGVO"), countries by name. `null` for other fields or without catalogs.
 */
export function codeNames(path: string, catalogs: Catalogs | null | undefined, lang: Lang): CodeNames | null {
  if (!catalogs) return null;
  const field = /([^.[\]]+)(\[\d+\])?$/.exec(path)?.[1] ?? "";
  let entries: [string, string][];
  if (field === "legal_bases") {
    entries = catalogs.legal_bases.map((b) => [b.code, lang === "de" ? b.citation_de : b.citation_en]);
  } else if (field === "mechanism") {
    entries = catalogs.mechanisms.map((t) => [t.code, lang === "de" ? t.citation_de : t.citation_en]);
  } else if (field === "country") {
    entries = catalogs.countries.map((c) => [c.code, lang === "de" ? c.name_de : c.name_en]);
  } else {
    return null;
  }
  const names = new Map(entries);
  return (code) => names.get(code) ?? code;
}

/** A value as parts to show side by side, separated by ", " (list entries). */
export function valueParts(value: unknown, m: HistoryMessages, names: CodeNames | null = null): ValuePart[] {
  if (Array.isArray(value)) {
    return value.length === 0 ? [empty(m)] : value.map((v) => single(v, m, names));
  }
  return [single(value, m, names)];
}

function single(value: unknown, m: HistoryMessages, names: CodeNames | null): ValuePart {
  if (value === null || value === undefined || value === "") return empty(m);
  if (typeof value === "string") return { kind: "text", text: names ? names(value) : value };
  if (typeof value === "boolean") return { kind: "text", text: value ? m.yes : m.no };
  if (typeof value === "number") return { kind: "text", text: String(value) };
  return { kind: "code", text: JSON.stringify(value) };
}

const empty = (m: HistoryMessages): ValuePart => ({ kind: "empty", text: m.emptyValue });
