import { describe, expect, it } from "vitest";
import { diffLines } from "./diff";

describe("diffLines", () => {
  it("classes headers, hunks, added, removed and context lines", () => {
    const unified = [
      "--- published #2 (2026-03-01)",
      "+++ current register",
      "@@ -1,3 +1,3 @@",
      " # Datenschutzhinweise",
      "-Stand: alt",
      "+Stand: neu",
      "--- eine Trennlinie, die entfiel",
      "+++ ein Text, der hinzukam",
      "",
    ].join("\n");

    expect(diffLines(unified)).toEqual([
      { kind: "header", text: "--- published #2 (2026-03-01)" },
      { kind: "header", text: "+++ current register" },
      { kind: "hunk", text: "@@ -1,3 +1,3 @@" },
      { kind: "context", text: " # Datenschutzhinweise" },
      { kind: "removed", text: "-Stand: alt" },
      { kind: "added", text: "+Stand: neu" },
      // Inside a hunk these are Markdown lines, not the headers of the sides.
      { kind: "removed", text: "--- eine Trennlinie, die entfiel" },
      { kind: "added", text: "+++ ein Text, der hinzukam" },
    ]);
  });

  it("gives nothing for an empty diff", () => {
    expect(diffLines("")).toEqual([]);
  });
});
