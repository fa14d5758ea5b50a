// The processor's record's rules that need no DOM: an empty entry, the key
// proposed for it and where a saved entry goes in the list. Kept apart so
// they are tested directly.

import type { ProcessorActivity } from "../api";

/** The prefix of proposed keys: "Auftragsverarbeitung", as DPOs number these entries. */
const KEY_PREFIX = "AV-";

/**
 * The key proposed for a new entry, `AV-001` style: one above the highest
 * number in use rather than the first gap, so the numbers follow the order
 * the entries were created in. The DPO may type any other key.
 */
export function proposeKey(entries: readonly ProcessorActivity[]): string {
  const numbers = entries
    .map((e) => /^AV-(\d+)$/i.exec(e.key))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => Number(m[1]));
  const next = Math.max(0, ...numbers) + 1;
  return `${KEY_PREFIX}${String(next).padStart(3, "0")}`;
}

/**
 * A new entry for the editor. The core requires timestamps but sets both
 * itself on creation, so `now` only has to be a valid one.
 */
export function emptyEntry(key: string, now: string): ProcessorActivity {
  return {
    key,
    name: "",
    controller: { name: "", address: null, contact: null, representative: null, dpo: null },
    categories: [],
    transfers: [],
    toms: [],
    tom_notes: null,
    notes: null,
    created_at: now,
    updated_at: now,
    version: 0,
  };
}

/**
 * The list with `entry` in place of its old version, or added; ordered by key
 * as the core lists them (keys are ASCII, so code-unit order is the core's).
 */
export function upsert(entries: readonly ProcessorActivity[], entry: ProcessorActivity): ProcessorActivity[] {
  return [...entries.filter((e) => e.key !== entry.key), entry].sort((a, b) =>
    a.key < b.key ? -1 : a.key > b.key ? 1 : 0,
  );
}
