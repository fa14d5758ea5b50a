// The read-only catalog tables: one tab per catalog, a filter that narrows
// the rows, the invalid Privacy Shield marked as such, dates and labels in
// the current language.
import { fireEvent, render, screen, within } from "@testing-library/svelte";
import { afterEach, describe, expect, it } from "vitest";
import { settings } from "../settings.svelte";
import CatalogsView from "./CatalogsView.svelte";
import { testCatalogs } from "./test-catalogs";

afterEach(() => {
  settings.lang = "de";
});

/** The body rows of the visible tab's table. */
function bodyRows(panel: HTMLElement): HTMLElement[] {
  return within(panel).queryAllByRole("row").slice(1);
}

describe("CatalogsView", () => {
  it("shows the legal bases first, with column headers, citation, DPV id and the date checked", () => {
    render(CatalogsView, { catalogs: testCatalogs });

    const panel = screen.getByRole("tabpanel", { name: "Rechtsgrundlagen" });
    expect(within(panel).getAllByRole("columnheader").map((h) => h.textContent)).toEqual([
      "Vorschrift",
      "Bezeichnung",
      "DPV-Kennung",
      "Quelle",
      "Geprüft am",
    ]);
    const rows = bodyRows(panel);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toHaveTextContent("Art. 6 Abs. 1 lit. a DSGVO");
    expect(rows[0]).toHaveTextContent("eu-gdpr:A6-1-a");
    expect(rows[0], "a German date").toHaveTextContent("27.11.2026");
  });

  it("narrows the rows by the filter text and says how many are left", async () => {
    render(CatalogsView, { catalogs: testCatalogs });
    const panel = screen.getByRole("tabpanel", { name: "Rechtsgrundlagen" });

    await fireEvent.input(within(panel).getByLabelText("Rechtsgrundlagen filtern"), {
      target: { value: "interessen" },
    });

    const rows = bodyRows(panel);
    expect(rows, "only the matching legal basis is left").toHaveLength(1);
    expect(rows[0]).toHaveTextContent("Art. 6 Abs. 1 lit. f DSGVO");
    expect(within(panel).getByRole("status")).toHaveTextContent("1 von 3 Einträgen");

    await fireEvent.input(within(panel).getByLabelText("Rechtsgrundlagen filtern"), {
      target: { value: "gibt es nicht" },
    });
    expect(bodyRows(panel)).toHaveLength(0);
    expect(panel).toHaveTextContent("Kein Eintrag passt zum Filter.");
  });

  it("marks the Privacy Shield as no longer valid and the others as valid", async () => {
    render(CatalogsView, { catalogs: testCatalogs });

    await fireEvent.click(screen.getByRole("tab", { name: "Übermittlungsinstrumente" }));
    const panel = screen.getByRole("tabpanel", { name: "Übermittlungsinstrumente" });
    const shield = bodyRows(panel).find((row) => row.textContent?.includes("Privacy Shield"));

    expect(shield, "the Privacy Shield row is listed").toBeDefined();
    expect(within(shield!).getByTestId("mechanism-valid")).toHaveTextContent("nicht mehr gültig");
    const scc = bodyRows(panel).find((row) => row.textContent?.includes("lit. c"));
    expect(within(scc!).getByTestId("mechanism-valid")).toHaveTextContent(/^\s*gültig\s*$/);
  });

  it("filters the mechanisms down to the invalid one by typing its state", async () => {
    render(CatalogsView, { catalogs: testCatalogs });
    await fireEvent.click(screen.getByRole("tab", { name: "Übermittlungsinstrumente" }));
    const panel = screen.getByRole("tabpanel", { name: "Übermittlungsinstrumente" });

    await fireEvent.input(within(panel).getByLabelText("Übermittlungsinstrumente filtern"), {
      target: { value: "nicht mehr gültig" },
    });

    const rows = bodyRows(panel);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toHaveTextContent("2016/1250");
  });

  it("shows countries with EEA membership and the scope of a partial adequacy decision", async () => {
    render(CatalogsView, { catalogs: testCatalogs });
    await fireEvent.click(screen.getByRole("tab", { name: "Länder" }));
    const panel = screen.getByRole("tabpanel", { name: "Länder" });

    expect(
      bodyRows(panel).map((r) => within(r).getAllByRole("cell")[0].textContent),
      "ordered by the German name, not by the code",
    ).toEqual(["Deutschland", "Irland", "Schweiz", "Vereinigte Staaten"]);
    const us = bodyRows(panel).find((row) => row.textContent?.includes("Vereinigte Staaten"))!;
    expect(us).toHaveTextContent("(EU) 2023/1795 vom 10.07.2023");
    expect(us, "the US decision covers DPF-certified organisations only").toHaveTextContent(
      "Data Privacy Framework",
    );
    const germany = bodyRows(panel).find((row) => row.textContent?.includes("Deutschland"))!;
    expect(within(germany).getAllByRole("cell")[2]).toHaveTextContent("ja");

    await fireEvent.input(within(panel).getByLabelText("Länder filtern"), {
      target: { value: "schweiz" },
    });
    expect(bodyRows(panel).map((r) => within(r).getAllByRole("cell")[0].textContent)).toEqual([
      "Schweiz",
    ]);
  });

  it("keeps each catalog's filter when switching tabs", async () => {
    render(CatalogsView, { catalogs: testCatalogs });
    await fireEvent.click(screen.getByRole("tab", { name: "Aufsichtsbehörden" }));
    const panel = screen.getByRole("tabpanel", { name: "Aufsichtsbehörden" });
    await fireEvent.input(within(panel).getByLabelText("Aufsichtsbehörden filtern"), {
      target: { value: "Stuttgart" },
    });
    expect(bodyRows(panel)).toHaveLength(1);
    expect(bodyRows(panel)[0]).toHaveTextContent("öffentliche und nichtöffentliche Stellen");

    await fireEvent.click(screen.getByRole("tab", { name: "Rechtsgrundlagen" }));
    await fireEvent.click(screen.getByRole("tab", { name: "Aufsichtsbehörden" }));

    expect(screen.getByLabelText("Aufsichtsbehörden filtern")).toHaveValue("Stuttgart");
    expect(bodyRows(panel)).toHaveLength(1);
  });

  it("moves between tabs with the arrow keys", async () => {
    render(CatalogsView, { catalogs: testCatalogs });
    const first = screen.getByRole("tab", { name: "Rechtsgrundlagen" });

    await fireEvent.keyDown(first, { key: "ArrowRight" });

    const second = screen.getByRole("tab", { name: "Länder" });
    expect(second).toHaveAttribute("aria-selected", "true");
    expect(second).toHaveFocus();
    await fireEvent.keyDown(second, { key: "ArrowLeft" });
    await fireEvent.keyDown(screen.getByRole("tab", { name: "Rechtsgrundlagen" }), { key: "ArrowLeft" });
    expect(screen.getByRole("tab", { name: "DSFA-Schwellwertanalyse" }), "wraps around").toHaveFocus();
  });

  it("lists the questions of the DPIA threshold analysis with their citation", async () => {
    render(CatalogsView, { catalogs: testCatalogs });
    await fireEvent.click(screen.getByRole("tab", { name: "DSFA-Schwellwertanalyse" }));
    const panel = screen.getByRole("tabpanel");
    expect(panel).toHaveTextContent("DSK-Liste Nr. 11");
    expect(panel).toHaveTextContent("Version 1.1 vom 17.10.2018");
  });

  it("speaks English when the language is English", async () => {
    settings.lang = "en";
    render(CatalogsView, { catalogs: testCatalogs });

    const panel = screen.getByRole("tabpanel", { name: "Legal bases" });
    expect(bodyRows(panel)[0]).toHaveTextContent("Art. 6(1)(a) GDPR");
    expect(bodyRows(panel)[0], "an English date").toHaveTextContent("27 Nov 2026");
    expect(
      within(panel).getByRole("columnheader", { name: "Source (in German)" }),
      "the sources are German data, and the heading says so",
    ).toBeInTheDocument();
    const source = bodyRows(panel)[0].querySelector("td.source");
    expect(source).toHaveTextContent(testCatalogs.legal_bases[0].source);
    expect(source, "marked German for screen readers").toHaveAttribute("lang", "de");
    await fireEvent.click(screen.getByRole("tab", { name: "Transfer mechanisms" }));
    expect(screen.getByRole("tabpanel", { name: "Transfer mechanisms" })).toHaveTextContent(
      "no longer valid",
    );
  });
});
