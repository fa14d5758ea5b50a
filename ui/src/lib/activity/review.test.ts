// The review dates "Reviewed today" sets, without a DOM.
import { describe, expect, it } from "vitest";
import { oneYearAfter, reviewedOn } from "./review";

describe("oneYearAfter", () => {
  it("gives the same day a year later", () => {
    expect(oneYearAfter("2026-03-05")).toBe("2027-03-05");
    expect(oneYearAfter("2026-12-31")).toBe("2027-12-31");
  });

  it("makes 29 February the 28th of the next year", () => {
    expect(oneYearAfter("2028-02-29")).toBe("2029-02-28");
    expect(oneYearAfter("2027-02-28")).toBe("2028-02-28");
  });
});

describe("reviewedOn", () => {
  it("plans the next review a year on when none is planned", () => {
    expect(reviewedOn("2026-11-27", null)).toEqual({ last_reviewed: "2026-11-27", next_review: "2027-11-27" });
  });

  it("plans it anew when it is due today or was due before", () => {
    expect(reviewedOn("2026-11-27", "2026-11-27").next_review).toBe("2027-11-27");
    expect(reviewedOn("2026-11-27", "2025-06-30").next_review).toBe("2027-11-27");
  });

  it("keeps a next review already planned after today", () => {
    expect(reviewedOn("2026-11-27", "2026-11-28")).toEqual({
      last_reviewed: "2026-11-27",
      next_review: "2026-11-28",
    });
  });

  it("replaces text that is no date, which plans nothing", () => {
    expect(reviewedOn("2026-11-27", "2027-02-30").next_review).toBe("2027-11-27");
    expect(reviewedOn("2026-11-27", "28.11.2026").next_review).toBe("2027-11-27");
  });

  it("plans a review on 29 February for the 28th a year on", () => {
    expect(reviewedOn("2028-02-29", null)).toEqual({ last_reviewed: "2028-02-29", next_review: "2029-02-28" });
  });
});
