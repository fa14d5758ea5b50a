// Component tests of the editor's parts of issue 23's second half: the
// automated decisions one by one (Art. 22 GDPR) and the cookie and embed
// table (§ 25 TDDDG) — entered, saved as the core's structure, and a core
// error shown at its field.
import { fireEvent, render, screen, waitFor, within } from "@testing-library/svelte";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { getActivity, recordHistory, updateActivity, type ProcessingActivity } from "../api";
import { settings } from "../settings.svelte";
import { emptyDecision } from "./activity";
import ActivityEditor from "./ActivityEditor.svelte";
import { editorProps as props, webexActivity } from "./test-fixtures";
import { offered, pick } from "../testing/combobox";
import { validation } from "../testing/validation";

vi.mock("../api", async (importOriginal) => (await import("./test-commands")).mockEditorCommands(importOriginal));

const get = vi.mocked(getActivity);
const update = vi.mocked(updateActivity);

function stored(activity: ProcessingActivity): ProcessingActivity {
  return { ...structuredClone(activity), version: activity.version + 1 };
}

const saveButton = () => screen.getByRole("button", { name: "Speichern" });

beforeEach(() => {
  get.mockReset().mockImplementation(async () => webexActivity());
  update.mockReset().mockImplementation(async (a) => stored(a));
  vi.mocked(recordHistory).mockReset().mockResolvedValue([]);
});

afterEach(() => {
  settings.lang = "de";
});

describe("automated decisions one by one", () => {
  it("records a decision with its effect, purpose, exception and safeguards", async () => {
    render(ActivityEditor, props());
    const automated = await screen.findByRole("combobox", { name: /^Automatisierte Entscheidungen einschließlich/ });
    await fireEvent.change(automated, { target: { value: "used" } });
    await fireEvent.input(screen.getByRole("textbox", { name: /^Involvierte Logik/ }), {
      target: { value: "Punktwert aus der Teilnahmehistorie" },
    });
    await fireEvent.click(screen.getByRole("button", { name: "Entscheidung hinzufügen" }));
    const decision = screen.getByRole("textbox", { name: /^Was entschieden wird/ });
    expect(decision).toHaveFocus();
    await fireEvent.input(decision, { target: { value: "Zulassung zum Webinar" } });
    await fireEvent.change(screen.getByRole("combobox", { name: "Wirkung (Art. 22 Abs. 1)" }), {
      target: { value: "similarly_significant" },
    });
    const purpose = screen.getByRole("combobox", { name: "Zweck, der die Entscheidung trifft" });
    expect(within(purpose).getByRole("option", { name: "Durchführung von Online-Meetings und Webinaren" }));
    await fireEvent.change(purpose, { target: { value: "Durchführung von Online-Meetings und Webinaren" } });
    await fireEvent.change(screen.getByRole("combobox", { name: "Ausnahme nach Art. 22 Abs. 2" }), {
      target: { value: "contract" },
    });
    await fireEvent.click(screen.getByRole("checkbox", { name: "Anfechtung der Entscheidung" }));
    await fireEvent.click(screen.getByRole("checkbox", { name: "Eingreifen einer Person" }));
    await fireEvent.click(saveButton());

    expect(update).toHaveBeenCalledOnce();
    expect(update.mock.calls[0][0].automated_decisions).toEqual({
      kind: "used",
      logic: "Punktwert aus der Teilnahmehistorie",
      consequences: null,
      decisions: [
        {
          decision: "Zulassung zum Webinar",
          effect: "similarly_significant",
          consequences: null,
          purpose: "Durchführung von Online-Meetings und Webinaren",
          exception: "contract",
          exception_note: null,
          // In the order of Art. 22(3), whatever the order of the clicks.
          safeguards: ["human_intervention", "contest"],
          safeguards_note: null,
        },
      ],
    });
  });

  it("shows the core's refusal at the decision's field", async () => {
    const activity = webexActivity();
    activity.automated_decisions = {
      kind: "used",
      logic: "Score",
      consequences: null,
      decisions: [{ ...emptyDecision(), decision: "Zulassung", purpose: "Umbenannter Zweck" }],
    };
    get.mockResolvedValue(activity);
    update.mockRejectedValue(
      validation(
        "automated_decisions.decisions[0].purpose",
        { kind: "unknown_purpose", purpose: "Umbenannter Zweck" },
        "Die Tätigkeit hat keinen Zweck „Umbenannter Zweck“.",
        "the activity has no purpose 'Umbenannter Zweck'",
      ),
    );
    render(ActivityEditor, props());
    const purpose = await screen.findByRole("combobox", { name: "Zweck, der die Entscheidung trifft" });
    // A purpose renamed since is still shown, so the error can name it.
    expect(purpose).toHaveValue("Umbenannter Zweck");
    await fireEvent.input(screen.getByRole("textbox", { name: /^Was entschieden wird/ }), {
      target: { value: "Zulassung zum Webinar" },
    });
    await fireEvent.click(saveButton());
    const field = () => screen.getByRole("combobox", { name: "Zweck, der die Entscheidung trifft" });
    await waitFor(() => expect(field()).toHaveAttribute("aria-invalid", "true"));
    expect(field()).toHaveAccessibleDescription(/Umbenannter Zweck/);
    expect(field(), "the keyboard lands on the field").toHaveFocus();
  });
});

describe("the cookie and embed table", () => {
  it("records a cookie and an embedded service with its third country", async () => {
    render(ActivityEditor, props());
    const section = await screen.findByRole("region", { name: "Cookies und eingebundene Dienste" });
    expect(within(section).getByText("Keine Cookies oder eingebundenen Dienste erfasst.")).toBeInTheDocument();
    await fireEvent.click(within(section).getByRole("button", { name: "Cookie oder Dienst hinzufügen" }));
    const name = within(section).getByRole("textbox", { name: /^Name des Cookies/ });
    expect(name).toHaveFocus();
    await fireEvent.input(name, { target: { value: "Karte" } });
    await fireEvent.change(within(section).getByRole("combobox", { name: "Art" }), { target: { value: "embed" } });
    await fireEvent.input(within(section).getByRole("textbox", { name: "Anbieter" }), {
      target: { value: "Karten AG" },
    });
    await fireEvent.input(within(section).getByRole("textbox", { name: /^Zweck/ }), {
      target: { value: "Anfahrt zeigen" },
    });
    const country = within(section).getByRole("combobox", { name: "Drittland" });
    expect(await offered(country, "Frank"), "an EEA country is no third country").toEqual([]);
    await pick(country, "Vereinigte");
    await fireEvent.click(within(section).getByRole("checkbox", { name: /vor der Einwilligung/ }));
    await fireEvent.click(saveButton());

    expect(update.mock.calls[0][0].embeds).toEqual([
      {
        name: "Karte",
        kind: "embed",
        provider: "Karten AG",
        purpose: "Anfahrt zeigen",
        access: "consent",
        before_consent: true,
        duration: null,
        country: "US",
      },
    ]);
  });

  it("speaks English", async () => {
    settings.lang = "en";
    render(ActivityEditor, props());
    const section = await screen.findByRole("region", { name: "Cookies and embedded services" });
    await fireEvent.click(within(section).getByRole("button", { name: "Add cookie or service" }));
    expect(within(section).getByRole("combobox", { name: "Ground (Section 25 TDDDG)" })).toHaveValue("consent");
  });
});
