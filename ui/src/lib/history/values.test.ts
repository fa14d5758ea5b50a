// How history values read: catalog codes by citation and name, other values as written.
import { describe, expect, it } from "vitest";
import type { Catalogs } from "../api";
import { catalogs as base } from "../shell/testing/fixtures";
import { historyMessages } from "./messages";
import { codeNames, valueParts } from "./values";

const catalogs: Catalogs = {
  ...base,
  countries: [
    {
      code: "US",
      name_de: "Vereinigte Staaten",
      name_en: "United States",
      eea: false,
      adequacy: null,
      source: "ISO 3166-1",
      checked_on: "2026-11-27",
    },
  ],
};
const m = historyMessages.de;
const texts = (value: unknown, path: string, lang: "de" | "en" = "de") =>
  valueParts(value, m, codeNames(path, catalogs, lang)).map((part) => part.text);

describe("codeNames", () => {
  it("shows legal bases by their citation, in the UI's language", () => {
    expect(texts(["bdsg-26", "art6-1-b"], "purposes[0].legal_bases")).toEqual([
      "§ 26 BDSG",
      "Art. 6 Abs. 1 lit. b DSGVO",
    ]);
    expect(texts("art6-1-b", "purposes[2].legal_bases[1]", "en")).toEqual(["Art. 6(1)(b) GDPR"]);
  });

  it("shows countries by name and keeps unknown codes", () => {
    expect(texts("US", "transfers[0].country")).toEqual(["Vereinigte Staaten"]);
    expect(texts("XX", "transfers[0].country")).toEqual(["XX"]);
  });

  it("leaves other fields and a missing catalog alone", () => {
    expect(codeNames("purposes[0].description", catalogs, "de")).toBeNull();
    expect(codeNames("purposes[0].legal_bases", null, "de")).toBeNull();
    expect(texts("US", "name")).toEqual(["US"]);
    expect(texts([], "purposes[0].legal_bases").map(String)).toEqual([m.emptyValue]);
  });
});
