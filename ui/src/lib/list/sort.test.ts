// The list's order and the days it shows, without a DOM.
import { describe, expect, it } from "vitest";
import { item } from "../shell/testing/fixtures";
import { dayOf, localToday } from "./dates";
import { nextOrder, sortActivities } from "./sort";

const keys = (items: { key: string }[]) => items.map((i) => i.key);

describe("sortActivities", () => {
  it("orders keys by their numbers, not as text", () => {
    const items = [item("VT-10", "a"), item("VT-2", "b"), item("VT-1", "c")];
    expect(keys(sortActivities(items, { column: "key", direction: "ascending" }))).toEqual([
      "VT-1",
      "VT-2",
      "VT-10",
    ]);
  });

  it("puts activities without a next review last in both directions", () => {
    const items = [
      item("VT-1", "a", { next_review: null }),
      item("VT-2", "b", { next_review: "2027-01-01" }),
      item("VT-3", "c", { next_review: "2026-01-01" }),
    ];
    expect(keys(sortActivities(items, { column: "next_review", direction: "ascending" }))).toEqual([
      "VT-3",
      "VT-2",
      "VT-1",
    ]);
    expect(keys(sortActivities(items, { column: "next_review", direction: "descending" }))).toEqual([
      "VT-2",
      "VT-3",
      "VT-1",
    ]);
  });

  it("keeps key order among equals and leaves its input alone", () => {
    const items = [item("VT-2", "Gleich"), item("VT-1", "gleich")];
    expect(keys(sortActivities(items, { column: "name", direction: "descending" }))).toEqual([
      "VT-1",
      "VT-2",
    ]);
    expect(keys(items), "a copy is sorted").toEqual(["VT-2", "VT-1"]);
  });
});

describe("nextOrder", () => {
  it("flips the same column and starts another ascending, the last change newest first", () => {
    const byKey = { column: "key", direction: "ascending" } as const;
    expect(nextOrder(byKey, "key")).toEqual({ column: "key", direction: "descending" });
    expect(nextOrder(byKey, "name")).toEqual({ column: "name", direction: "ascending" });
    expect(nextOrder(byKey, "updated_at")).toEqual({ column: "updated_at", direction: "descending" });
  });
});

describe("days", () => {
  it("takes today and a timestamp's day from the local calendar", () => {
    expect(localToday(new Date(2026, 0, 5, 23, 30))).toBe("2026-01-05");
    expect(dayOf(new Date(2026, 10, 27, 0, 15).toISOString())).toBe("2026-11-27");
  });
});
