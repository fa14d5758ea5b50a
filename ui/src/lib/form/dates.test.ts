// Dates typed the way a DPO writes them, in each language, and ISO in both;
// only the form is read, a day that does not exist is left to the core.
import { describe, expect, it } from "vitest";
import { fromIso, toIso } from "./dates";

describe("toIso", () => {
  it.each([
    ["15.01.2026", "2026-01-15"],
    ["5.1.2026", "2026-01-05"],
    ["15. 01. 2026", "2026-01-15"],
    ["15. Januar 2026", "2026-01-15"],
    ["3. März 2027", "2027-03-03"],
    ["1. Dez. 2026", "2026-12-01"],
    ["2026-01-15", "2026-01-15"],
    ["2026-1-5", "2026-01-05"],
    ["  15.01.2026 ", "2026-01-15"],
  ])("reads the German %j as %s", (typed, iso) => {
    expect(toIso(typed, "de")).toBe(iso);
  });

  it.each([
    ["15/01/2026", "2026-01-15"],
    ["15 Jan 2026", "2026-01-15"],
    ["15 January 2026", "2026-01-15"],
    ["1 Sept 2026", "2026-09-01"],
    ["15.01.2026", "2026-01-15"],
    ["2026-01-15", "2026-01-15"],
  ])("reads the English %j as %s", (typed, iso) => {
    expect(toIso(typed, "en")).toBe(iso);
  });

  it("puts a day that does not exist into ISO form for the core to refuse", () => {
    expect(toIso("30.02.2026", "de")).toBe("2026-02-30");
    expect(toIso("31/04/2026", "en")).toBe("2026-04-31");
  });

  it("keeps text of no known form as typed", () => {
    expect(toIso("morgen", "de")).toBe("morgen");
    expect(toIso("15/01/2026", "de"), "slashes are not a German date").toBe("15/01/2026");
    expect(toIso("15 Foo 2026", "en")).toBe("15 Foo 2026");
    expect(toIso("15.01.26", "de"), "a two-digit year is not guessed").toBe("15.01.26");
  });
});

describe("fromIso", () => {
  it("shows a stored day in the language's form", () => {
    expect(fromIso("2026-01-15", "de")).toBe("15.01.2026");
    expect(fromIso("2026-01-15", "en")).toBe("15/01/2026");
  });

  it("shows what is no existing day as it is", () => {
    expect(fromIso("2026-02-30", "de")).toBe("2026-02-30");
    expect(fromIso("", "de")).toBe("");
    expect(fromIso("morgen", "en")).toBe("morgen");
  });

  it("gives back the same day when read again", () => {
    for (const lang of ["de", "en"] as const) {
      expect(toIso(fromIso("2028-02-29", lang), lang)).toBe("2028-02-29");
    }
  });
});
