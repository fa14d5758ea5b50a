// How the data subjects of an activity are informed (Art. 13, 14 GDPR), in
// the whole editor with the IPC mocked: each kind sends its tagged value,
// the core's validation error lands at its field, and switching kinds keeps
// what was typed.
import { fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { getActivity, recordHistory, updateActivity, type Information, type ProcessingActivity } from "../api";
import { fieldId } from "../form/fields";
import { settings } from "../settings.svelte";
import ActivityEditor from "./ActivityEditor.svelte";
import { editorProps, webexActivity } from "./test-fixtures";
import { required } from "../testing/validation";

vi.mock("../api", async (importOriginal) => (await import("./test-commands")).mockEditorCommands(importOriginal));

const get = vi.mocked(getActivity);
const update = vi.mocked(updateActivity);

function activityWith(information: Information): ProcessingActivity {
  return { ...webexActivity(), information };
}

async function open() {
  render(ActivityEditor, editorProps());
  return await screen.findByRole("combobox", { name: "Die Betroffenen werden informiert … (Art. 13, 14 DSGVO)" });
}

const choose = (select: HTMLElement, value: string) => fireEvent.change(select, { target: { value } });
const type = (input: HTMLElement, value: string) => fireEvent.input(input, { target: { value } });
const byId = (path: string) => document.getElementById(fieldId(path));

async function save(): Promise<Information> {
  await fireEvent.click(screen.getByRole("button", { name: "Speichern" }));
  await waitFor(() => expect(update).toHaveBeenCalled());
  return update.mock.calls[update.mock.calls.length - 1][0].information;
}

beforeEach(() => {
  get.mockReset().mockImplementation(async () => webexActivity());
  update.mockReset().mockImplementation(async (a) => ({ ...structuredClone(a), version: a.version + 1 }));
  vi.mocked(recordHistory).mockReset().mockResolvedValue([]);
});

afterEach(() => {
  settings.lang = "de";
});

describe("information of the data subjects", () => {
  it("starts at the public notice and asks for nothing more", async () => {
    const kind = await open();

    expect(screen.getByRole("heading", { name: "Information der Betroffenen" })).toBeInTheDocument();
    expect(kind).toHaveValue("public_notice");
    expect(kind).toHaveDisplayValue("in den öffentlichen Datenschutzhinweisen");
    expect(byId("information.reference")).toBeNull();
    expect(byId("information.ground")).toBeNull();
    expect(byId("information.explanation")).toBeNull();
  });

  it("sends a separate notice with where the data subjects get it", async () => {
    const kind = await open();

    await choose(kind, "separate");
    const reference = byId("information.reference");
    if (!reference) throw new Error("no reference field");
    expect(reference).toBe(screen.getByRole("textbox", { name: "Eigene Datenschutzhinweise" }));
    expect(reference, "the hint says the public notice leaves it out").toHaveAccessibleDescription(
      /Die öffentlichen Datenschutzhinweise führen diese Tätigkeit nicht auf\./,
    );
    await type(reference, "Datenschutzhinweise für Beschäftigte im Intranet");

    expect(await save()).toEqual({
      kind: "separate",
      reference: "Datenschutzhinweise für Beschäftigte im Intranet",
    });
  });

  it("sends an exemption with its ground and the reasons", async () => {
    const kind = await open();

    await choose(kind, "exempt");
    expect(byId("information.reference")).toBeNull();
    const ground = screen.getByRole("combobox", { name: "Grund der Ausnahme" });
    expect(ground.id).toBe(fieldId("information.ground"));
    expect(ground, "the core's default ground").toHaveValue("already_informed");
    expect(Array.from((ground as HTMLSelectElement).options, (o) => o.value)).toEqual([
      "already_informed",
      "disproportionate_effort",
      "laid_down_by_law",
      "professional_secrecy",
      "national_law",
    ]);
    expect(ground).toHaveAccessibleDescription(
      "Die öffentlichen Datenschutzhinweise führen diese Tätigkeit nicht auf.",
    );

    await choose(ground, "disproportionate_effort");
    expect(ground).toHaveDisplayValue(
      "Art. 14 Abs. 5 lit. b DSGVO – Information unmöglich oder mit unverhältnismäßigem Aufwand verbunden",
    );
    expect(ground, "Art. 14(5)(b) keeps the activity in the public notice").toHaveAccessibleDescription(
      /bleibt in den öffentlichen Datenschutzhinweisen/,
    );
    const explanation = screen.getByRole("textbox", { name: "Begründung der Ausnahme" });
    expect(explanation.id).toBe(fieldId("information.explanation"));
    await type(explanation, "Adressen der Betroffenen sind nicht bekannt.");

    expect(await save()).toEqual({
      kind: "exempt",
      ground: "disproportionate_effort",
      explanation: "Adressen der Betroffenen sind nicht bekannt.",
    });
  });

  it("shows the core's refusal of an empty explanation at that field and focuses it", async () => {
    update.mockRejectedValue(required("information.explanation"));
    await choose(await open(), "exempt");
    await save();

    const explanation = screen.getByRole("textbox", { name: "Begründung der Ausnahme" });
    await waitFor(() => expect(explanation).toHaveAttribute("aria-invalid", "true"));
    expect(explanation).toHaveAccessibleDescription("Pflichtangabe – bitte ausfüllen.");
    expect(explanation).toHaveFocus();
    expect(screen.getByRole("combobox", { name: "Grund der Ausnahme" })).not.toHaveAttribute("aria-invalid");
  });

  it("sends the public notice again when switched back", async () => {
    get.mockResolvedValue(activityWith({ kind: "separate", reference: "Aushang im Empfang" }));
    const kind = await open();
    expect(byId("information.reference")).toHaveValue("Aushang im Empfang");

    await choose(kind, "public_notice");

    expect(byId("information.reference")).toBeNull();
    expect(await save()).toEqual({ kind: "public_notice" });
  });

  it("keeps what was typed for each kind while switching within the session", async () => {
    get.mockResolvedValue(activityWith({ kind: "separate", reference: "Aushang im Empfang" }));
    const kind = await open();

    await choose(kind, "exempt");
    await choose(screen.getByRole("combobox", { name: "Grund der Ausnahme" }), "national_law");
    await type(screen.getByRole("textbox", { name: "Begründung der Ausnahme" }), "§ 33 BDSG");
    await choose(kind, "public_notice");
    await choose(kind, "separate");
    expect(byId("information.reference")).toHaveValue("Aushang im Empfang");

    await choose(kind, "exempt");
    expect(screen.getByRole("combobox", { name: "Grund der Ausnahme" })).toHaveValue("national_law");
    expect(screen.getByRole("textbox", { name: "Begründung der Ausnahme" })).toHaveValue("§ 33 BDSG");
    expect(await save()).toEqual({ kind: "exempt", ground: "national_law", explanation: "§ 33 BDSG" });
  });

  it("speaks English", async () => {
    settings.lang = "en";
    get.mockResolvedValue(activityWith({ kind: "exempt", ground: "laid_down_by_law", explanation: "§ 10 GwG" }));
    render(ActivityEditor, editorProps());

    const kind = await screen.findByRole("combobox", {
      name: "The data subjects are informed … (Art. 13, 14 GDPR)",
    });
    expect(screen.getByRole("heading", { name: "Informing the data subjects" })).toBeInTheDocument();
    expect(kind).toHaveDisplayValue("exemption from the duty to inform");
    expect(screen.getByRole("combobox", { name: "Ground for the exemption" })).toHaveDisplayValue(
      "Art. 14(5)(c) GDPR – obtaining or disclosure expressly laid down by law",
    );
    expect(screen.getByRole("textbox", { name: "Reasons for the exemption" })).toHaveValue("§ 10 GwG");
  });
});
