// How history values read: codes in the editors' words, days as the UI writes
// dates, catalog codes by citation and name, other values as written.
import { describe, expect, it } from "vitest";
import type { Catalogs } from "../api";
import type { Lang } from "../i18n";
import { catalogs as base } from "../shell/testing/fixtures";
import { historyMessages } from "./messages";
import { fieldLabel, valueNames, valueParts } from "./values";

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
  authorities: [
    {
      code: "DE-BW",
      name: "Der Landesbeauftragte für den Datenschutz und die Informationsfreiheit Baden-Württemberg",
      region: "DE-BW",
      sector: "all",
      address: "Lautenschlagerstraße 20, 70173 Stuttgart",
      email: null,
      phone: null,
      website: null,
      source: "Website der Behörde",
      checked_on: "2026-11-27",
    },
  ],
};

/** The texts a value at `path` is shown as, in `lang`, with or without catalogs. */
const texts = (value: unknown, path: string, lang: Lang = "de", withCatalogs = true) =>
  valueParts(value, historyMessages[lang], valueNames(path, withCatalogs ? catalogs : null, lang)).map(
    (part) => part.text,
  );

describe("valueNames", () => {
  it("shows an activity's status, recipient roles, period units and provision in the editor's words", () => {
    expect(texts("draft", "status")).toEqual(["Entwurf"]);
    expect(texts("retired", "status")).toEqual(["Außer Betrieb"]);
    expect(texts("retired", "status", "en")).toEqual(["Retired"]);
    expect(texts("processor", "recipients[2].role")).toEqual(["Auftragsverarbeiter"]);
    expect(texts("sub_processor", "recipients[0].role", "en")).toEqual(["Sub-processor"]);
    expect(texts("months", "data_categories[1].retention.period.unit")).toEqual(["Monate"]);
    expect(texts("months", "data_categories[1].retention.period.unit", "en")).toEqual(["months"]);
    expect(texts("pre_contractual", "provision.kind")).toEqual(["für einen Vertragsabschluss erforderlich"]);
    expect(texts("statutory", "provision.kind", "en")).toEqual(["a statutory requirement"]);
    expect(texts("used", "automated_decisions.kind")).toEqual(["werden eingesetzt"]);
  });

  it("names how the data subjects are informed and the ground of an exemption", () => {
    expect(texts("separate", "information.kind")).toEqual(["in eigenen Datenschutzhinweisen"]);
    expect(texts("public_notice", "information.kind", "en")).toEqual(["in the public privacy notice"]);
    expect(texts("disproportionate_effort", "information.ground")).toEqual([
      "Art. 14 Abs. 5 lit. b DSGVO – Information unmöglich oder mit unverhältnismäßigem Aufwand verbunden",
    ]);
    expect(texts("national_law", "information.ground", "en")).toEqual([
      "Art. 23 GDPR in conjunction with national law – restriction under national law (e.g. Sections 32, 33 BDSG)",
    ]);
    expect(texts("Intranet", "information.reference"), "free text stays as typed").toEqual(["Intranet"]);
    expect(fieldLabel("activity", "information.ground", historyMessages.de)).toBe("Information der Betroffenen");
    expect(fieldLabel("activity", "information.kind", historyMessages.en)).toBe("Informing the data subjects");
  });

  it("names the SCC module, a TOM's goal and the points an agreement covers", () => {
    expect(texts(2, "transfers[0].scc_module")).toEqual(["Modul 2: Verantwortlicher an Auftragsverarbeiter"]);
    expect(texts(4, "transfers[3].scc_module", "en")).toEqual(["Module 4: processor to controller"]);
    expect(texts("confidentiality", "goal")).toEqual(["Vertraulichkeit"]);
    expect(texts("evaluation", "goal", "en")).toEqual(["Testing and evaluation"]);
    expect(texts(["a", "h"], "agreement.covers", "en")).toEqual([
      "(a) Processing only on documented instructions, incl. third-country transfers",
      "(h) Information and audits",
    ]);
  });

  it("needs no catalogs for the editors' words", () => {
    expect(texts("active", "status", "de", false)).toEqual(["Aktiv"]);
    expect(texts("weeks", "data_categories[0].retention.period.unit", "en", false)).toEqual(["weeks"]);
  });

  it("writes days as the UI does, in both languages", () => {
    expect(texts("2026-11-27", "next_review")).toEqual(["27.11.2026"]);
    expect(texts("2026-11-27", "next_review", "en")).toEqual(["27 Nov 2026"]);
    expect(texts("2024-03-12", "agreement.signed_on", "en", false)).toEqual(["12 Mar 2024"]);
    expect(texts("2025-01-31", "dpia.done_on")).toEqual(["31.01.2025"]);
    expect(texts("2025-06-01", "transfers[1].tia_date", "en")).toEqual(["1 Jun 2025"]);
    expect(texts("2026-02-01", "notice_date")).toEqual(["01.02.2026"]);
  });

  it("shows legal bases by their citation, in the UI's language", () => {
    expect(texts(["bdsg-26", "art6-1-b"], "purposes[0].legal_bases")).toEqual([
      "§ 26 BDSG",
      "Art. 6 Abs. 1 lit. b DSGVO",
    ]);
    expect(texts("art6-1-b", "purposes[2].legal_bases[1]", "en")).toEqual(["Art. 6(1)(b) GDPR"]);
  });

  it("shows countries and the authority by name and keeps unknown codes", () => {
    expect(texts("US", "transfers[0].country")).toEqual(["Vereinigte Staaten"]);
    expect(texts("US", "agreement.subprocessors[0].country", "en")).toEqual(["United States"]);
    expect(texts("XX", "transfers[0].country")).toEqual(["XX"]);
    expect(texts("DE-BW", "authority")).toEqual([catalogs.authorities[0].name]);
  });

  it("keeps values no table knows, and leaves other fields and a missing catalog alone", () => {
    expect(texts("paused", "status"), "a status this UI does not know").toEqual(["paused"]);
    expect(texts("constructor", "status"), "no inherited property").toEqual(["constructor"]);
    expect(valueNames("purposes[0].description", catalogs, "de")).toBeNull();
    expect(valueNames("purposes[0].legal_bases", null, "de")).toBeNull();
    expect(texts("draft", "name"), "a name that happens to be a status code").toEqual(["draft"]);
    expect(texts("2026-11-27", "notes"), "a date typed into a text stays as typed").toEqual(["2026-11-27"]);
    expect(texts(12, "data_categories[0].retention.period.amount")).toEqual(["12"]);
    expect(texts([], "purposes[0].legal_bases")).toEqual([historyMessages.de.emptyValue]);
  });
});
