// The editor's rules that need no DOM: the mechanism suggestion, the party
// key proposal, record comparison, rebasing onto a restored record, and the
// catalog views the pickers offer.
import { describe, expect, it } from "vitest";
import type { ApiError } from "../api";
import {
  canonicalJson,
  errorWithin,
  legalBasesByKind,
  proposePartyKey,
  rebase,
  suggestMechanism,
  thirdCountries,
  tomsByGoal,
} from "./activity";
import { catalogs, parties, toms, webexActivity } from "./test-fixtures";
import { validation } from "../testing/validation";

const country = (code: string) => catalogs.countries.find((c) => c.code === code);
const [cisco] = parties;
const dpfCertified = { ...cisco, key: "zoom", dpf_certified: true };

describe("suggestMechanism", () => {
  it("proposes the adequacy decision where one covers the country", () => {
    expect(suggestMechanism(country("CH"), undefined)).toEqual({ code: "art45", reason: "adequacy" });
  });

  it("proposes it for a partial decision but says it is partial", () => {
    expect(suggestMechanism(country("JP"), undefined)).toEqual({
      code: "art45",
      reason: "partial_adequacy",
    });
    expect(suggestMechanism(country("US"), dpfCertified), "a DPF-certified US recipient").toEqual({
      code: "art45",
      reason: "partial_adequacy",
    });
  });

  it("proposes SCCs for a US recipient not certified under the DPF", () => {
    expect(suggestMechanism(country("US"), cisco)).toEqual({
      code: "art46-2-c",
      reason: "not_dpf_certified",
    });
  });

  it("proposes SCCs where there is no adequacy decision", () => {
    expect(suggestMechanism(country("IN"), cisco)).toEqual({ code: "art46-2-c", reason: "no_adequacy" });
  });

  it("proposes nothing without a destination or for an EEA country", () => {
    expect(suggestMechanism(undefined, undefined)).toBeNull();
    expect(suggestMechanism(country("FR"), undefined), "no third country, no transfer").toBeNull();
  });
});

describe("proposePartyKey", () => {
  it("makes lowercase ASCII joined by dashes, spelling out umlauts", () => {
    expect(proposePartyKey("Cisco Systems, Inc.", [])).toBe("cisco-systems-inc");
    expect(proposePartyKey("Müller & Söhne GmbH", [])).toBe("mueller-soehne-gmbh");
    expect(proposePartyKey("Straßenbau Ærø Café", [])).toBe("strassenbau-aeroe-cafe");
    expect(proposePartyKey("  ", []), "nothing to propose from blanks").toBe("");
  });

  it("avoids keys already taken", () => {
    expect(proposePartyKey("Cisco", ["cisco", "cisco-2"])).toBe("cisco-3");
  });

  it("stays a valid key of at most 64 characters", () => {
    const key = proposePartyKey("Sehr ".repeat(30), []);
    expect(key.length).toBeLessThanOrEqual(64);
    expect(key).toMatch(/^[a-z0-9][a-z0-9-]*[a-z0-9]$/);
  });
});

describe("canonicalJson", () => {
  it("compares records whatever order their keys were created in", () => {
    expect(canonicalJson({ kind: "used", logic: "x", consequences: null })).toBe(
      canonicalJson({ consequences: null, logic: "x", kind: "used" }),
    );
    expect(canonicalJson({ a: [1, 2] }), "list order matters").not.toBe(canonicalJson({ a: [2, 1] }));
  });
});

describe("rebase", () => {
  it("takes what a restore changed and keeps the other unsaved edits", () => {
    const base = webexActivity();
    const draft = { ...webexActivity(), notes: "unsaved note" };
    const saved = { ...webexActivity(), name: "Restored name", version: 4 };

    const result = rebase(draft, base, saved);

    expect(result.name).toBe("Restored name");
    expect(result.version, "the next save is based on the restored version").toBe(4);
    expect(result.notes).toBe("unsaved note");
  });
});

describe("errorWithin", () => {
  const error: ApiError = validation(
    "purposes[0].legal_bases[1]",
    { kind: "unknown_legal_basis", code: "x" },
    "Unbekannte Rechtsgrundlage „x“.",
    "unknown legal basis 'x'",
  );

  it("finds an error at an entry of a list edited as a whole", () => {
    expect(errorWithin(error, "purposes[0].legal_bases")).toBe("Unbekannte Rechtsgrundlage „x“.");
    expect(errorWithin(error, "purposes[0].legal_basis_note"), "a sibling with a longer name").toBeNull();
    expect(errorWithin({ ...error, code: "conflict" }, "purposes[0].legal_bases")).toBeNull();
  });
});

describe("catalog views", () => {
  it("offers third countries only, by name in the UI language", () => {
    expect(thirdCountries(catalogs.countries, "de").map((c) => c.code)).toEqual(["IN", "JP", "CH", "US"]);
    expect(thirdCountries(catalogs.countries, "en").map((c) => c.code)).toEqual(["IN", "JP", "CH", "US"]);
  });

  it("groups legal bases by kind in the order of the law", () => {
    expect(legalBasesByKind(catalogs.legal_bases).map((g) => [g.kind, g.bases.length])).toEqual([
      ["art6", 3],
      ["art9", 1],
      ["national", 1],
    ]);
  });

  it("groups TOMs by protection goal in the order of Art. 32(1)", () => {
    expect(tomsByGoal(toms, "de").map((g) => g.goal)).toEqual(["encryption", "confidentiality"]);
  });
});
