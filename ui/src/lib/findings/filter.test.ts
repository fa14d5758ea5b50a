// Which findings each filter lets through, and in which language the text
// is looked for.
import { describe, expect, it } from "vitest";
import { filterFindings, isFiltered, NO_FILTER } from "./filter";
import { sample } from "./fixtures";

const rules = (lang: "de" | "en", filter: Partial<typeof NO_FILTER>) =>
  filterFindings(sample, { ...NO_FILTER, ...filter }, lang).map((f) => f.rule);

describe("filterFindings", () => {
  it("lets everything through, in order, without a filter", () => {
    expect(rules("de", {})).toEqual(sample.map((f) => f.rule));
    expect(isFiltered(NO_FILTER)).toBe(false);
    expect(isFiltered({ ...NO_FILTER, text: "  " }), "blank text filters nothing").toBe(false);
  });

  it("narrows by severity and by kind of record, both at once", () => {
    expect(rules("de", { severity: "error" })).toEqual(["transfer-no-mechanism", "processor-no-agreement"]);
    expect(rules("de", { entity: "organisation" })).toEqual(["header-dpo-email", "notice-outdated"]);
    expect(rules("de", { severity: "warning", entity: "activity" })).toEqual(["review-overdue", "toms-missing"]);
  });

  it("finds the text in the message and source of the UI language, case-insensitively", () => {
    expect(rules("de", { text: "ÜBERPRÜFUNG" })).toEqual(["review-overdue"]);
    expect(rules("en", { text: "überprüfung" }), "the German message is not searched in English").toEqual([]);
    expect(rules("en", { text: "review is" })).toEqual(["review-overdue"]);
    expect(rules("de", { text: "Art. 28" })).toEqual(["processor-no-agreement"]);
    expect(rules("en", { text: "et seq" })).toEqual(["transfer-no-mechanism"]);
  });

  it("finds the text in the record key, the rule and the field path", () => {
    expect(rules("de", { text: "vt-003" })).toEqual(["toms-missing"]);
    expect(rules("de", { text: "notice-out" })).toEqual(["notice-outdated"]);
    expect(rules("de", { text: "mechanism" })).toEqual(["transfer-no-mechanism"]);
    expect(rules("de", { text: " P-004 " }), "surrounding blanks are ignored").toEqual(["processor-no-agreement"]);
  });
});
