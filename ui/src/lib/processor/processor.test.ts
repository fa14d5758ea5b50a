// The processor's record's rules without a DOM: the proposed key and the
// order of the list after a save.
import { describe, expect, it } from "vitest";
import type { ProcessorActivity } from "../api";
import { emptyEntry, proposeKey, upsert } from "./processor";

const entry = (key: string, name = key): ProcessorActivity => ({ ...emptyEntry(key, "2026-01-01T00:00:00Z"), name });

describe("proposeKey", () => {
  it("starts at AV-001", () => {
    expect(proposeKey([])).toBe("AV-001");
  });

  it("takes one above the highest number, ignoring other keys", () => {
    expect(proposeKey([entry("AV-002"), entry("av-009"), entry("payroll-acme"), entry("AV-1x")])).toBe("AV-010");
  });
});

describe("upsert", () => {
  it("replaces the saved entry's old version in place", () => {
    const list = upsert([entry("AV-001", "alt"), entry("AV-002")], entry("AV-001", "neu"));
    expect(list.map((e) => [e.key, e.name])).toEqual([
      ["AV-001", "neu"],
      ["AV-002", "AV-002"],
    ]);
  });

  it("adds a new entry in key order, as the core lists them", () => {
    expect(upsert([entry("AV-001"), entry("AV-003")], entry("AV-002")).map((e) => e.key)).toEqual([
      "AV-001",
      "AV-002",
      "AV-003",
    ]);
  });
});
