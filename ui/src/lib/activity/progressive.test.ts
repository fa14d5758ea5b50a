// The activity form switched to progressive rendering, as in the app: the
// top of the form shows with the record, the later sections follow after the
// first paint, and what needs a later section first waits for it.
import { fireEvent, render, screen, waitFor, within } from "@testing-library/svelte";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { getActivity, recordHistory } from "../api";
import { emptyTransfer } from "./activity";
import ActivityEditor from "./ActivityEditor.svelte";
import { progressive } from "./progressive";
import { editorProps as props, webexActivity } from "./test-fixtures";

vi.mock("../api", async (importOriginal) =>
  (await import("../testing/commands")).mockCommands(importOriginal, ["getActivity", "recordHistory"]),
);

const purposeInput = () => screen.findByRole("textbox", { name: /^Zweck der Verarbeitung/ });
/** The animation frames requested, run by the test (the "paint"). */
let frames: FrameRequestCallback[] = [];
const paint = () => frames.splice(0).forEach((frame) => frame(performance.now()));

beforeEach(() => {
  progressive.enabled = true;
  frames = [];
  vi.stubGlobal("requestAnimationFrame", (frame: FrameRequestCallback) => frames.push(frame));
  vi.mocked(getActivity).mockReset().mockImplementation(async () => webexActivity());
  vi.mocked(recordHistory).mockReset().mockResolvedValue([]);
});

afterEach(() => {
  progressive.enabled = false;
  vi.unstubAllGlobals();
});

describe("progressive rendering of the activity form", () => {
  it("shows the top with the record and the later sections right after", async () => {
    render(ActivityEditor, props());
    await purposeInput();
    const form = document.querySelector<HTMLElement>(".activity-editor");
    const recipients = screen.getByRole("region", { name: "Empfänger" });
    // The frame and the heading are there at once (the navigation links to them) …
    expect(document.getElementById("activity-transfers")).not.toBeNull();
    expect(form?.dataset.complete).toBe("false");
    expect(within(recipients).queryByRole("combobox"), "the fields follow").toBeNull();
    // … and the fields follow after the paint, without anything to do.
    paint();
    await waitFor(() => expect(form?.dataset.complete).toBe("true"));
    expect(within(recipients).getAllByRole("combobox").length).toBeGreaterThan(0);
    expect(screen.getByRole("textbox", { name: /^Zweck der Verarbeitung/ }), "the top stays").toBeInTheDocument();
  });

  it("renders the whole form at once for a finding's field in a later section", async () => {
    const activity = webexActivity();
    activity.transfers = [{ ...emptyTransfer(), recipient: "cisco", country: "US" }];
    vi.mocked(getActivity).mockResolvedValue(activity);
    render(ActivityEditor, props({ focusPath: "transfers[0].mechanism" }));
    const mechanism = await screen.findByRole("combobox", { name: "Übermittlungsinstrument" });
    await waitFor(() => expect(mechanism).toHaveFocus());
    expect(frames.length, "without waiting for a paint").toBeGreaterThan(0);
  });

  it("renders the whole form before the section navigation jumps", async () => {
    render(ActivityEditor, props());
    await purposeInput();
    const nav = screen.getByRole("navigation", { name: "Abschnitte der Tätigkeit" });
    expect(document.querySelector<HTMLElement>(".activity-editor")?.dataset.complete).toBe("false");
    await fireEvent.click(within(nav).getByRole("link", { name: /^DSFA/ }));
    await waitFor(() =>
      expect(document.activeElement, "the keyboard moves to the section").toBe(
        screen.getByRole("heading", { name: "DSFA" }),
      ),
    );
    expect(document.querySelector<HTMLElement>(".activity-editor")?.dataset.complete).toBe("true");
  });
});
