// How a history row's field path and JSON values are shown to a person: the
// path stays as the core wrote it, with a label for its first segment; values
// become text in the editors' words, with "(leer)" for nothing recorded and
// compact JSON for parts.

import { groundName, INFORMATION_GROUNDS, informationMessages } from "../activity/informationMessages";
import { activityMessages } from "../activity/messages";
import type { Catalogs, EntityKind } from "../api";
import { formatDate, type Lang } from "../i18n";
import { partiesMessages } from "../parties/messages";
import { tomMessages } from "../toms/messages";
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

/**
 * A field path in words, for people: `transfers[0].mechanism` reads
 * "Drittlandübermittlungen › Eintrag 1 › Übermittlungsinstrument". Parts
 * without a label of their own are left out; an unknown top-level field
 * stays as written.
 */
export function pathInWords(entity: EntityKind, path: string, m: HistoryMessages): string {
  const parts: string[] = [];
  const top = fieldLabel(entity, path, m);
  parts.push(top ?? (/^[^.[]+/.exec(path)?.[0] ?? path));
  const rest = path.replace(/^[^.[]+/, "");
  for (const [, index, name] of rest.matchAll(/\[(\d+)\]|\.([^.[]+)/g)) {
    if (index !== undefined) parts.push(m.entry(Number(index) + 1));
    else if (name !== undefined) {
      const label = Object.hasOwn(m.leaves, name) ? m.leaves[name] : Object.hasOwn(m.fields, name) ? m.fields[name] : null;
      if (label) parts.push(label);
    }
  }
  return parts.join(" › ");
}

/** Turns a stored value into what people read; unknown values stay as they are. */
export type ValueNames = (value: string) => string;

/** Fields that hold a calendar day (YYYY-MM-DD), by the last name of their path. */
const DATE_FIELDS = new Set(["next_review", "last_reviewed", "done_on", "tia_date", "signed_on", "notice_date"]);

/** Reads a value through a table of words; a value the table lacks stays as stored. */
function lookup(words: Readonly<Record<string, string>>): ValueNames {
  return (value) => (Object.hasOwn(words, value) ? words[value] : value);
}

/**
 * How the values a field at `path` holds are read, in the words the editors
 * use: statuses, recipient roles, period units, provision kinds, how the
 * data subjects are informed and the ground of an exemption, protection goals
 * and the like by their label (`retired` → "Außer Betrieb"), days as the UI
 * writes dates, and catalog codes by citation or name (`art6-1-b` →
 * "Art. 6 Abs. 1 lit. b DSGVO", countries and authorities by name; these
 * only with catalogs). `null` for a field whose values are read as written.
 */
export function valueNames(path: string, catalogs: Catalogs | null | undefined, lang: Lang): ValueNames | null {
  // The field's own name (`country` of `transfers[0].country`) and the path's
  // shape without positions (`recipients[].role`).
  const field = /([^.[\]]+)(\[\d+\])?$/.exec(path)?.[1] ?? "";
  const shape = path.replace(/\[\d+\]/g, "[]");
  if (DATE_FIELDS.has(field)) return (day) => formatDate(day, lang);
  const a = activityMessages[lang];
  switch (shape) {
    case "status":
      return lookup(a.statuses);
    case "recipients[].role":
      return lookup(a.roles);
    case "data_categories[].retention.period.unit":
      return lookup(a.units);
    case "provision.kind":
      return lookup(a.provisionKinds);
    case "automated_decisions.kind":
      return lookup({ none: a.automatedNone, used: a.automatedUsed });
    case "information.kind":
      return lookup(informationMessages[lang].kinds);
    case "information.ground": {
      const m = informationMessages[lang];
      return lookup(Object.fromEntries(INFORMATION_GROUNDS.map((g) => [g, groundName(g, m)])));
    }
    case "transfers[].scc_module":
      return lookup(Object.fromEntries(a.sccModules.map((label, i) => [String(i + 1), label])));
    case "goal":
      return lookup(tomMessages[lang].goals);
    case "agreement.covers":
      return lookup(partiesMessages[lang].points);
  }
  if (!catalogs) return null;
  const de = lang === "de";
  if (field === "legal_bases") {
    return lookup(Object.fromEntries(catalogs.legal_bases.map((b) => [b.code, de ? b.citation_de : b.citation_en])));
  }
  if (field === "mechanism") {
    return lookup(Object.fromEntries(catalogs.mechanisms.map((m) => [m.code, de ? m.citation_de : m.citation_en])));
  }
  if (field === "country") {
    return lookup(Object.fromEntries(catalogs.countries.map((c) => [c.code, de ? c.name_de : c.name_en])));
  }
  if (shape === "authority") {
    return lookup(Object.fromEntries(catalogs.authorities.map((x) => [x.code, x.name])));
  }
  return null;
}

/** A value as parts to show side by side, separated by ", " (list entries). */
export function valueParts(value: unknown, m: HistoryMessages, names: ValueNames | null = null): ValuePart[] {
  if (Array.isArray(value)) {
    return value.length === 0 ? [empty(m)] : value.map((v) => single(v, m, names));
  }
  return [single(value, m, names)];
}

function single(value: unknown, m: HistoryMessages, names: ValueNames | null): ValuePart {
  if (value === null || value === undefined || value === "") return empty(m);
  if (typeof value === "string" || typeof value === "number") {
    const text = String(value);
    return { kind: "text", text: names ? names(text) : text };
  }
  if (typeof value === "boolean") return { kind: "text", text: value ? m.yes : m.no };
  return { kind: "code", text: JSON.stringify(value) };
}

const empty = (m: HistoryMessages): ValuePart => ({ kind: "empty", text: m.emptyValue });
