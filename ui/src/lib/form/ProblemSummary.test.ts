import { fireEvent, render, screen, within } from "@testing-library/svelte";
import { afterEach, describe, expect, it } from "vitest";
import { settings } from "../settings.svelte";
import { allOf, invalidDate, required } from "../testing/validation";
import ProblemSummary from "./ProblemSummary.svelte";

function form() {
  document.body.innerHTML = `
    <section aria-labelledby="s-title"><h2 id="s-title">Allgemein</h2>
      <label for="field-name">Bezeichnung<span aria-hidden="true"> *</span></label><input id="field-name">
    </section>
    <section aria-labelledby="p-title"><h2 id="p-title">Zwecke</h2>
      <div id="field-purposes-1"><label for="field-purposes-1-description">Zweck der Verarbeitung</label>
      <textarea id="field-purposes-1-description"></textarea></div>
    </section>`;
}

describe("ProblemSummary", () => {
  afterEach(() => {
    settings.lang = "de";
  });

  it("lists every problem by section, entry and label, and a link focuses its field", async () => {
    form();
    const error = allOf(required("name"), required("purposes[1].description"), invalidDate("next_review", "x"));
    render(ProblemSummary, { error });

    expect(screen.getByText("Nicht gespeichert: 3 Angaben sind zu korrigieren.")).toBeInTheDocument();
    const list = screen.getByRole("list");
    const links = await within(list).findAllByRole("button");
    await expect.poll(() => links.map((l) => l.textContent)).toEqual([
      "Allgemein › Bezeichnung",
      "Zwecke › Eintrag 2 › Zweck der Verarbeitung",
      // A field the form does not show is still listed, without a path.
      "Angabe",
    ]);
    expect(list).toHaveTextContent("„x“ ist kein gültiges Datum.");
    await fireEvent.click(links[1]);
    expect(document.getElementById("field-purposes-1-description")).toHaveFocus();
  });

  it("speaks English when the UI does", async () => {
    settings.lang = "en";
    form();
    render(ProblemSummary, { error: allOf(required("name"), required("purposes[1].description")) });
    expect(screen.getByText("Not saved: 2 entries need correcting.")).toBeInTheDocument();
    expect(screen.getByRole("list")).toHaveTextContent("is required");
  });

  it("counts a single problem in the singular", () => {
    form();
    render(ProblemSummary, { error: required("name") });
    expect(screen.getByText("Nicht gespeichert: Eine Angabe ist zu korrigieren.")).toBeInTheDocument();
  });
});
