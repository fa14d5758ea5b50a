// How a history row's field path and JSON values are shown to a person: the
// path stays as the core wrote it, with a label for its first segment; values
// become text, with "(leer)" for nothing recorded and compact JSON for parts.

import type { EntityKind } from "../api";
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

/** A value as parts to show side by side, separated by ", " (list entries). */
export function valueParts(value: unknown, m: HistoryMessages): ValuePart[] {
  if (Array.isArray(value)) {
    return value.length === 0 ? [empty(m)] : value.map((v) => single(v, m));
  }
  return [single(value, m)];
}

function single(value: unknown, m: HistoryMessages): ValuePart {
  if (value === null || value === undefined || value === "") return empty(m);
  if (typeof value === "string") return { kind: "text", text: value };
  if (typeof value === "boolean") return { kind: "text", text: value ? m.yes : m.no };
  if (typeof value === "number") return { kind: "text", text: String(value) };
  return { kind: "code", text: JSON.stringify(value) };
}

const empty = (m: HistoryMessages): ValuePart => ({ kind: "empty", text: m.emptyValue });
