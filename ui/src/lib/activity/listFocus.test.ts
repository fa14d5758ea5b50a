// Findings and validation errors about a whole list of an activity
// (`purposes`, `data_subjects`, `data_categories`, `recipients`, `transfers`,
// `toms`): the shell's pointer puts the keyboard where the list is fixed — the
// add button of an empty list, the first input of a filled one — and an error
// about the list is shown at the list.
import { fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { getActivity, recordHistory, updateActivity, type ProcessingActivity, type Tom } from "../api";
import { fieldId } from "../form/fields";
import { emptyTransfer } from "./activity";
import ActivityEditor from "./ActivityEditor.svelte";
import { catalogs, noDisclosure, parties, toms, webexActivity } from "./test-fixtures";
import { tooManyEntries } from "../testing/validation";

vi.mock("../api", async (importOriginal) => (await import("./test-commands")).mockEditorCommands(importOriginal));

const get = vi.mocked(getActivity);
const update = vi.mocked(updateActivity);

/** Every list of the record empty, as in an activity just begun. */
function emptyLists(): ProcessingActivity {
  return {
    ...webexActivity(),
    purposes: [],
    data_subjects: [],
    data_subject_groups: [],
    data_categories: [],
    recipients: [],
    transfers: [],
    toms: [],
  };
}

/** Every list filled, two purposes and two recipients so an item's own path can be told apart. */
function filledLists(): ProcessingActivity {
  const activity = webexActivity();
  return {
    ...activity,
    purposes: [...activity.purposes, { ...activity.purposes[0], description: "Aufzeichnung von Webinaren" }],
    recipients: [
      { role: "processor", party: "cisco", description: null, note: null, ...noDisclosure() },
      { role: "internal", party: null, description: "IT-Abteilung", note: null, ...noDisclosure() },
    ],
    transfers: [{ ...emptyTransfer(), recipient: "cisco", country: "US" }],
  };
}

function renderEditor(activity: ProcessingActivity, focusPath: string | null, catalogToms: Tom[] = toms) {
  get.mockResolvedValue(activity);
  render(ActivityEditor, {
    activityKey: activity.key,
    catalogs,
    parties,
    toms: catalogToms,
    onsaved: vi.fn(),
    ondeleted: vi.fn(),
    onpartycreated: vi.fn(),
    focusPath,
  });
}

const button = (name: string) => () => screen.getByRole("button", { name });
const input = (path: string) => () => document.getElementById(fieldId(path));

beforeEach(() => {
  get.mockReset();
  update.mockReset();
  vi.mocked(recordHistory).mockReset().mockResolvedValue([]);
});

describe("a finding about a whole list of an activity", () => {
  it.each([
    ["purposes", button("Zweck hinzufügen")],
    ["data_subjects", button("Kategorie betroffener Personen hinzufügen")],
    ["data_categories", button("Datenkategorie hinzufügen")],
    ["recipients", button("Empfänger hinzufügen")],
    ["transfers", button("Drittlandübermittlung hinzufügen")],
    ["toms", () => screen.getByRole("checkbox", { name: "Transportverschlüsselung (TLS)" })],
  ])("at %s of an empty list puts the keyboard on what adds the first entry", async (path, expected) => {
    renderEditor(emptyLists(), path);

    await waitFor(() => expect(expected()).toHaveFocus());
  });

  it.each([
    ["purposes", input("purposes[0].description")],
    ["data_subjects", input("data_subjects[0]")],
    ["data_categories", input("data_categories[0].name")],
    ["recipients", input("recipients[0].role")],
    ["transfers", input("transfers[0].recipient")],
    ["toms", () => screen.getByRole("checkbox", { name: "Transportverschlüsselung (TLS)" })],
    // An item's own path lands in that item, not in the first one.
    ["purposes[1]", input("purposes[1].description")],
    ["recipients[1]", input("recipients[1].role")],
  ])("at %s of a filled list puts the keyboard on its first input", async (path, expected) => {
    renderEditor(filledLists(), path);

    await waitFor(() => expect(expected()).toHaveFocus());
    expect(expected()?.tagName, "an input, not a container").toMatch(/^(INPUT|SELECT|TEXTAREA)$/);
  });

  it("at the TOMs without a catalog puts the keyboard on the notes, which describe them instead", async () => {
    renderEditor(emptyLists(), "toms", []);

    await waitFor(() => expect(screen.getByRole("textbox", { name: "Anmerkungen zu den TOM" })).toHaveFocus());
  });
});

describe("a validation error about a whole list", () => {
  it.each([
    ["purposes", input("purposes[0].description")],
    ["data_subjects", input("data_subjects[0]")],
    ["data_categories", input("data_categories[0].name")],
    ["recipients", input("recipients[0].role")],
    ["transfers", input("transfers[0].recipient")],
  ])("at %s is shown at the list and focuses its first input", async (path, expected) => {
    update.mockRejectedValue(tooManyEntries(path));
    renderEditor(filledLists(), null);
    await waitFor(() => expect(expected()).not.toBeNull());
    await fireEvent.input(screen.getByRole("textbox", { name: /^Bezeichnung der Verarbeitungstätigkeit/ }), {
      target: { value: "Online-Meetings" },
    });
    await fireEvent.click(screen.getByRole("button", { name: "Speichern" }));

    await waitFor(() => expect(expected()).toHaveFocus());
    const list = document.getElementById(fieldId(path));
    expect(list).toHaveTextContent(/Zu viele Einträge/);
    const others = ["purposes", "data_subjects", "data_categories", "recipients", "transfers"].filter((p) => p !== path);
    for (const other of others) {
      expect(document.getElementById(fieldId(other)), `not at ${other}`).not.toHaveTextContent(/Zu viele Einträge/);
    }
  });

  it("names the error to the add button of the list it concerns", async () => {
    update.mockRejectedValue(tooManyEntries("transfers"));
    renderEditor(filledLists(), null);
    const add = await screen.findByRole("button", { name: "Drittlandübermittlung hinzufügen" });
    await fireEvent.input(screen.getByRole("textbox", { name: /^Bezeichnung der Verarbeitungstätigkeit/ }), {
      target: { value: "Online-Meetings" },
    });
    await fireEvent.click(screen.getByRole("button", { name: "Speichern" }));

    await waitFor(() => expect(add).toHaveAccessibleDescription(/Zu viele Einträge/));
    expect(screen.getByRole("button", { name: "Empfänger hinzufügen" })).not.toHaveAccessibleDescription();
  });
});
