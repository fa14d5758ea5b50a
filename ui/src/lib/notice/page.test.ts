import { describe, expect, it } from "vitest";
import type { MissingItem } from "../api";
import { itemTarget } from "./page";

function item(over: Partial<MissingItem>): MissingItem {
  return {
    activity: "meetings-jitsi",
    item: "13-1-c",
    article: "Art. 13 Abs. 1 lit. c DSGVO",
    field: "purposes[0].legal_bases",
    place: "Zwecke",
    message: "fehlt",
    rule: null,
    blocking: false,
    ...over,
  };
}

describe("itemTarget", () => {
  it("leads a missing item to its field, a header item to the organisation", () => {
    expect(itemTarget(item({}))).toEqual({ entity: "activity", key: "meetings-jitsi", field: "purposes[0].legal_bases" });
    expect(itemTarget(item({ activity: null, field: "controller.email" }))).toEqual({
      entity: "organisation",
      key: "organisation",
      field: "controller.email",
    });
  });

  it("leads a text without English translation to the record's translation view", () => {
    expect(itemTarget(item({ item: "12-1", field: "purposes[0].description" }))).toEqual({
      entity: "activity",
      key: "meetings-jitsi",
      field: "translations.purposes[0].description",
    });
  });
});
