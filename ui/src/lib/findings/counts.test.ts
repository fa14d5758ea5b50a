// Counting findings: per severity for the summary, per activity for the
// list's badges.
import { describe, expect, it } from "vitest";
import { countBySeverity, countsByActivity, totalOf } from "./counts";
import { finding, sample } from "./fixtures";

describe("countBySeverity", () => {
  it("counts each severity, zero included", () => {
    expect(countBySeverity(sample)).toEqual({ error: 2, warning: 3, info: 1 });
    expect(countBySeverity([])).toEqual({ error: 0, warning: 0, info: 0 });
  });
});

describe("countsByActivity", () => {
  it("counts the findings of each activity by severity", () => {
    const counts = countsByActivity(sample);

    expect(counts.get("VT-002")).toEqual({ error: 1, warning: 1, info: 0 });
    expect(counts.get("VT-003")).toEqual({ error: 0, warning: 1, info: 0 });
    expect([...counts.keys()], "only activities with findings").toEqual(["VT-002", "VT-003"]);
  });

  it("ignores findings on other records, even one whose key looks like an activity's", () => {
    const counts = countsByActivity([
      finding("tom-empty", "error", "tom", "VT-001", "title"),
      finding("processor-record", "info", "processor_activity", "VT-001", "controller"),
      finding("header-name", "error", "organisation", "organisation", "controller.name"),
    ]);

    expect(counts.size).toBe(0);
  });

  it("totals the counts", () => {
    expect(totalOf({ error: 1, warning: 2, info: 3 })).toBe(6);
  });
});
