// The DPIA section of the activity editor with the IPC mocked: the checklist
// of the threshold analysis, the result derived as the DPO answers, the note
// when a recorded "not required" contradicts it, and that the answers are
// saved with the activity.
import { fireEvent, render, screen, waitFor, within } from "@testing-library/svelte";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { getActivity, recordHistory, updateActivity, type ProcessingActivity } from "../api";
import { fieldId, focusField } from "../form/fields";
import { settings } from "../settings.svelte";
import { catalogs, editorProps, webexActivity } from "./test-fixtures";
import TestHost from "./TestHost.svelte";

vi.mock("../api", async (importOriginal) => (await import("./test-commands")).mockEditorCommands(importOriginal));

const get = vi.mocked(getActivity);
const update = vi.mocked(updateActivity);

async function open(changes: Partial<ProcessingActivity> = {}) {
  get.mockResolvedValue({ ...webexActivity(), ...changes });
  render(TestHost, editorProps());
  await waitFor(() => expect(document.getElementById(fieldId("dpia.threshold"))).toBeInTheDocument());
}

/** The radio `answer` ("ja", "nein", "offen") of the question `code`. */
function radio(code: string, answer: string): HTMLInputElement {
  const row = document.querySelector<HTMLElement>(`[data-testid="dpia-criterion"][data-code="${code}"]`);
  if (!row) throw new Error(`no question ${code}`);
  return within(row).getByRole("radio", { name: answer });
}

const result = () => screen.getByTestId("dpia-result");

beforeEach(() => {
  settings.lang = "de";
  update.mockReset().mockImplementation(async (a) => ({ ...structuredClone(a), version: a.version + 1 }));
  vi.mocked(recordHistory).mockResolvedValue([]);
});

afterEach(() => {
  settings.lang = "de";
});

describe("DpiaSection", () => {
  it("lists every question of the catalog, grouped by list, all open at first", async () => {
    await open();
    const rows = screen.getAllByTestId("dpia-criterion");
    expect(rows.map((r) => r.dataset.code)).toEqual(catalogs.dpia_criteria.map((c) => c.code));
    expect(radio("art35-3-c", "offen").checked).toBe(true);
    expect(screen.getByText("Regelfälle nach Art. 35 Abs. 3 DSGVO")).toBeInTheDocument();
    expect(result()).toHaveTextContent("Ergebnis: Schwellwertanalyse unvollständig (4 von 4 Fragen unbeantwortet)");
  });

  it("derives the result live and names its reason", async () => {
    await open({ dpia: { required: null, reason: null, done_on: null, reference: null } });
    await fireEvent.click(radio("wp248-monitoring", "ja"));
    expect(result()).toHaveTextContent("unvollständig");
    await fireEvent.click(radio("wp248-large-scale", "ja"));
    expect(result()).toHaveTextContent("Ergebnis: DSFA erforderlich (2 Kriterien nach WP 248 erfüllt (3, 5))");
    await fireEvent.click(radio("wp248-large-scale", "offen"));
    await fireEvent.click(screen.getByRole("button", { name: "Offene Fragen mit „nein“ beantworten" }));
    expect(result()).toHaveTextContent(
      "DSFA nicht erforderlich (kein Fall des Art. 35 Abs. 3, kein Eintrag der DSK-Liste, nur 1 Kriterium nach WP 248 (3))",
    );
  });

  it("warns when a recorded “not required” contradicts the analysis, in English too", async () => {
    settings.lang = "en";
    await open();
    expect(screen.queryByTestId("dpia-contradiction")).toBeNull();
    await fireEvent.click(radio("art35-3-c", "yes"));
    expect(result()).toHaveTextContent("Result: DPIA required (Art. 35(3)(c) GDPR)");
    expect(screen.getByTestId("dpia-contradiction")).toHaveTextContent(
      "Recorded as “not required”, but the threshold analysis requires a DPIA.",
    );
  });

  it("saves the answers with the activity", async () => {
    await open();
    await fireEvent.click(radio("dsk-11", "ja"));
    await fireEvent.click(radio("wp248-monitoring", "nein"));
    await fireEvent.click(screen.getByRole("button", { name: "Speichern" }));
    await waitFor(() => expect(update).toHaveBeenCalled());
    expect(update.mock.calls[0][0].dpia.threshold).toEqual({ "dsk-11": true, "wp248-monitoring": false });
  });

  it("a finding on a question opens that question", async () => {
    await open();
    expect(focusField("dpia.threshold.dsk-11")).toBe(true);
    expect(document.activeElement).toBe(radio("dsk-11", "ja"));
  });
});
