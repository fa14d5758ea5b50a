/// <reference types="node" />
// The editor's mirror of the DPIA threshold derivation agrees with the core:
// dpia-threshold-cases.json holds the core's catalog, answers and results,
// written by tests/dpia_threshold.rs (VVT_UPDATE_DPIA_CASES=1); a changed rule
// in src/model/dpia.rs fails here until dpiaThreshold.ts follows it.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { DpiaAssessment, DpiaCriterion } from "../api";
import { assess, reason, type ThresholdAnswers } from "./dpiaThreshold";

interface Case {
  name: string;
  answers: ThresholdAnswers;
  result: DpiaAssessment;
  reason_de: string;
  reason_en: string;
}

const file: { criteria: DpiaCriterion[]; cases: Case[] } = JSON.parse(
  readFileSync(join(dirname(fileURLToPath(import.meta.url)), "dpia-threshold-cases.json"), "utf8"),
);

describe("the DPIA threshold analysis in the editor", () => {
  it("asks the questions the core's catalog holds", () => {
    const count = (list: string) => file.criteria.filter((c) => c.list === list).length;
    expect([count("art35"), count("wp248"), count("dsk")]).toEqual([3, 9, 17]);
    expect(file.cases.length, "the core wrote its cases").toBeGreaterThan(5);
  });

  for (const c of file.cases) {
    it(`derives what the core derives: ${c.name}`, () => {
      const result = assess(c.answers, file.criteria);
      expect(result).toEqual(c.result);
      expect(reason(result, file.criteria, "de")).toBe(c.reason_de);
      expect(reason(result, file.criteria, "en")).toBe(c.reason_en);
    });
  }
});
