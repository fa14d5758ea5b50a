/// <reference types="node" />
// The core's own reasons, not copies: core-reasons.json is written by the
// core's test tests/reasons.rs, which provokes every validation reason the
// core can give a DPO through the desktop app's calls and fails when the file
// no longer matches (`VVT_UPDATE_REASONS=1 cargo test -p vvt --test
// integration reasons` rewrites it). This test fails for every reason in the
// file that reasons.ts does not translate, so a changed wording of the core
// cannot silently fall back to English in the German UI.
//
// The file is read with node:fs: the UI's tsconfig has no resolveJsonModule.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { localizeReason } from "./reasons";

interface CoreReason {
  case: string;
  field: string;
  reason: string;
}

const coreReasons: CoreReason[] = JSON.parse(
  readFileSync(join(dirname(fileURLToPath(import.meta.url)), "core-reasons.json"), "utf8"),
);

/**
 * English words of the core's sentences that no German text of the table
 * contains (none of them is a German word: "an", "in", "die" are left out).
 */
const ENGLISH =
  /\b(is|are|was|be|the|a|of|to|and|or|not|no|with|which|does|has|have|must|cannot|already|unknown|invalid|missing|expected|found|exists?|refers|listed|twice|characters|entries|most|date|field|value|type|record|change|input|while|only|remove|first|give|choose|name|there|item|items|before|duplicate|contains|too|long|many)\b/i;

/**
 * The German text without what rightly stays as the core wrote it: values and
 * codes in quotation marks, and field paths (`purposes[3]`, `created_at`).
 */
function prose(german: string): string {
  return german
    .replace(/„[^“]*“/g, " ")
    .replace(/\S*(?:_|\[\d+\])\S*/g, " ");
}

describe("every reason the core gives (core-reasons.json)", () => {
  it("is the list the core's test wrote", () => {
    expect(coreReasons.length).toBeGreaterThan(50);
    const cases = coreReasons.map((r) => r.case);
    expect(new Set(cases).size, "case names are unique").toBe(cases.length);
  });

  it.each(coreReasons.map((r) => [r.case, r.reason] as const))(
    "%s: is translated to German",
    (_, reason) => {
      const german = localizeReason(reason, "de");
      expect(german, "a rule of reasons.ts matches").not.toBe(reason);
      expect(prose(german), `no English left in „${german}“`).not.toMatch(ENGLISH);
    },
  );

  it.each(coreReasons.map((r) => [r.case, r.reason] as const))(
    "%s: stays as it is in English",
    (_, reason) => {
      expect(localizeReason(reason, "en")).toBe(reason);
    },
  );
});
