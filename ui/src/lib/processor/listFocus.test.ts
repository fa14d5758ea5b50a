// Findings and validation errors at the paths the core's checks of the
// processor's record name (`categories`, `toms`, `controller.name`,
// `controller.address`, `transfers[0].mechanism`) and at its other lists: the
// shell's pointer puts the keyboard where the entry is fixed — the add button
// of an empty list, the first input of a filled one — and an error about a
// list is shown at the list.
import { fireEvent, render, screen } from "@testing-library/svelte";
import { beforeEach, describe, expect, it, vi } from "vitest";
import {
  listParties,
  listProcessorActivities,
  recordHistory,
  updateProcessorActivity,
  type ProcessorActivity,
} from "../api";
import { emptyTransfer } from "../activity/activity";
import { testCatalogs } from "../catalogs/test-catalogs";
import { fieldId } from "../form/fields";
import ProcessorRecordView from "./ProcessorRecordView.svelte";
import { toms } from "./test-fixtures";
import { tooManyEntries } from "../testing/validation";

vi.mock("../api", async (importOriginal) => (await import("./test-commands")).mockViewCommands(importOriginal));

const list = vi.mocked(listProcessorActivities);
const update = vi.mocked(updateProcessorActivity);

/** An entry as the new checks find it: no controller, no categories, no transfers, no TOMs. */
const bare: ProcessorActivity = {
  key: "AV-003",
  name: "Newsletterversand",
  controller: { name: "", address: null, contact: null, representative: null, dpo: null },
  categories: [],
  transfers: [],
  toms: [],
  tom_notes: null,
  notes: null,
  created_at: "2025-02-01T08:00:00Z",
  updated_at: "2025-02-01T08:00:00Z",
  version: 1,
};

/** The same entry with every list filled. */
const filled: ProcessorActivity = {
  ...bare,
  key: "AV-004",
  controller: { ...bare.controller, name: "Beispiel AG" },
  categories: ["", "Versand"],
  transfers: [{ ...emptyTransfer(), country: "US", mechanism: "art46-2-c", scc_module: 3 }],
  toms: ["tom-rollen"],
};

beforeEach(() => {
  list.mockReset().mockResolvedValue([bare, filled]);
  update.mockReset();
  vi.mocked(listParties).mockReset().mockResolvedValue([]);
  vi.mocked(recordHistory).mockReset().mockResolvedValue([]);
});

function renderAt(focusKey: string, focusPath: string | null) {
  render(ProcessorRecordView, { catalogs: testCatalogs, toms, onchanged: vi.fn(), focusKey, focusPath });
}

const button = (name: string) => () => screen.getByRole("button", { name });
const input = (path: string) => () => document.getElementById(fieldId(path));
const firstMeasure = () => screen.getByRole("checkbox", { name: "Transportverschlüsselung (TLS)" });

describe("a finding in the processor's record", () => {
  it.each([
    ["categories", button("Kategorie hinzufügen")],
    ["transfers", button("Drittlandübermittlung hinzufügen")],
    // A finding at a transfer removed since lands at the list.
    ["transfers[0].mechanism", button("Drittlandübermittlung hinzufügen")],
    ["toms", firstMeasure],
    ["controller.name", input("controller.name")],
    ["controller.address", input("controller.address")],
  ])("at %s of an entry with empty lists lands where it is fixed", async (path, expected) => {
    renderAt(bare.key, path);

    await vi.waitFor(() => expect(expected()).toHaveFocus());
  });

  it.each([
    ["categories", input("categories[0]")],
    ["transfers", input("transfers[0].recipient")],
    ["transfers[0].mechanism", input("transfers[0].mechanism")],
    ["toms", firstMeasure],
    ["controller.name", input("controller.name")],
    ["controller.address", input("controller.address")],
  ])("at %s of an entry with filled lists lands on the first input", async (path, expected) => {
    renderAt(filled.key, path);

    await vi.waitFor(() => expect(expected()).toHaveFocus());
    expect(expected()?.tagName, "an input, not a container").toMatch(/^(INPUT|SELECT|TEXTAREA)$/);
  });
});

describe("a validation error about a list of the processor's record", () => {
  it.each([
    ["categories", input("categories[0]")],
    ["transfers", input("transfers[0].recipient")],
    ["toms", firstMeasure],
  ])("at %s is shown at the list, focuses its first input and is not repeated above", async (path, expected) => {
    update.mockRejectedValue(tooManyEntries(path));
    renderAt(filled.key, null);
    await vi.waitFor(() => expect(expected()).not.toBeNull());
    await fireEvent.input(screen.getByLabelText("Anschrift"), { target: { value: "Beispielweg 1" } });
    await fireEvent.click(screen.getByRole("button", { name: "Speichern" }));

    await vi.waitFor(() => expect(expected()).toHaveFocus());
    expect(document.getElementById(fieldId(path))).toHaveTextContent(/Zu viele Einträge/);
    expect(screen.getAllByText(/Zu viele Einträge/), "shown once, at the list").toHaveLength(1);
  });
});
