// The translation views: one record's texts beside their English, saved one
// by one; the register-wide list with its counts, leading to a text.
import { fireEvent, render, screen, waitFor, within } from "@testing-library/svelte";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { clearTranslation, setTranslation, translationSummary, translationTexts, type TranslatableText } from "../api";
import { settings } from "../settings.svelte";
import { validation } from "../testing/validation";
import TranslationPanel from "./TranslationPanel.svelte";
import TranslationsView from "./TranslationsView.svelte";

vi.mock("../api", async (importOriginal) =>
  (await import("../testing/commands")).mockCommands(importOriginal, [
    "translationTexts",
    "translationSummary",
    "setTranslation",
    "clearTranslation",
  ]),
);

const texts = vi.mocked(translationTexts);
const summary = vi.mocked(translationSummary);
const set = vi.mocked(setTranslation);
const clear = vi.mocked(clearTranslation);

function text(field: string, source: string, translation: string | null, status: TranslatableText["status"]): TranslatableText {
  return {
    entity: "activity",
    key: "meetings-jitsi",
    record: "Online-Meetings mit Jitsi Meet",
    field,
    label: `Verarbeitungstätigkeiten › „Jitsi“ › ${field === "name" ? "Bezeichnung" : "Zwecke › 1 › Beschreibung"}`,
    source,
    translation,
    status,
    in_notice: true,
  };
}

const purpose = text("purposes[0].description", "Durchführung von Online-Meetings", null, "missing");
const name = text("name", "Online-Meetings mit Jitsi Meet", "Online meetings with Jitsi Meet (old)", "outdated");

beforeEach(() => {
  texts.mockReset().mockResolvedValue([name, purpose]);
  set.mockReset().mockImplementation(async (_entity, _key, field, value) => ({
    ...(field === "name" ? name : purpose),
    translation: value,
    status: "current",
  }));
  clear.mockReset().mockResolvedValue(undefined);
  summary.mockReset();
});

afterEach(() => {
  settings.lang = "de";
});

describe("TranslationPanel", () => {
  it("shows each German text beside its English with its status, and saves one translation", async () => {
    render(TranslationPanel, { entity: "activity", recordKey: "meetings-jitsi", version: 3 });

    const rows = await screen.findAllByRole("listitem");
    expect(texts).toHaveBeenCalledWith("activity", "meetings-jitsi", "de");
    expect(rows[0]).toHaveTextContent("Bezeichnung");
    expect(rows[0], "the place below the record, no path").not.toHaveTextContent("Verarbeitungstätigkeiten");
    expect(within(rows[0]).getByTestId("translation-status")).toHaveTextContent("Übersetzung veraltet");
    expect(within(rows[1]).getByTestId("translation-status")).toHaveTextContent("Übersetzung fehlt");
    expect(rows[1]).toHaveTextContent("Durchführung von Online-Meetings");

    const english = within(rows[1]).getByRole("textbox", { name: "Englisch" });
    expect(within(rows[1]).getByRole("button", { name: "Übersetzung speichern" }), "nothing typed yet").toBeDisabled();
    await fireEvent.input(english, { target: { value: "Holding online meetings" } });
    await fireEvent.click(within(rows[1]).getByRole("button", { name: "Übersetzung speichern" }));

    expect(set).toHaveBeenCalledExactlyOnceWith("activity", "meetings-jitsi", "purposes[0].description", "Holding online meetings", "de");
    await waitFor(() => expect(within(rows[1]).getByTestId("translation-status")).toHaveTextContent("übersetzt"));
    expect(within(rows[1]).getByRole("status")).toHaveTextContent("Gespeichert.");
  });

  it("shows the core's refusal at the text and keeps what was typed", async () => {
    set.mockRejectedValueOnce(
      validation("purposes[0].description", { kind: "control_characters" }, "Steuerzeichen sind nicht erlaubt.", "contains control characters"),
    );
    render(TranslationPanel, { entity: "activity", recordKey: "meetings-jitsi", version: 3 });
    const rows = await screen.findAllByRole("listitem");
    const english = within(rows[1]).getByRole("textbox", { name: "Englisch" });
    await fireEvent.input(english, { target: { value: "bad\u0007" } });
    await fireEvent.click(within(rows[1]).getByRole("button", { name: "Übersetzung speichern" }));

    await waitFor(() => expect(english).toHaveAttribute("aria-invalid", "true"));
    expect(english).toHaveAccessibleDescription("Steuerzeichen sind nicht erlaubt.");
    expect(english).toHaveValue("bad\u0007");
  });

  it("removes a translation whose text was emptied, and confirms an outdated one as it stands", async () => {
    render(TranslationPanel, { entity: "activity", recordKey: "meetings-jitsi", version: 3 });
    const rows = await screen.findAllByRole("listitem");
    const save = within(rows[0]).getByRole("button", { name: "Übersetzung speichern" });
    expect(save, "an outdated translation can be confirmed without a change").toBeEnabled();
    await fireEvent.input(within(rows[0]).getByRole("textbox", { name: "Englisch" }), { target: { value: "  " } });
    await fireEvent.click(save);
    expect(clear).toHaveBeenCalledExactlyOnceWith("activity", "meetings-jitsi", "name");
    await waitFor(() => expect(within(rows[0]).getByTestId("translation-status")).toHaveTextContent("Übersetzung fehlt"));
  });

  it("asks again when the record was saved, and in English when the UI speaks it", async () => {
    const view = render(TranslationPanel, { entity: "activity", recordKey: "meetings-jitsi", version: 3 });
    await screen.findAllByRole("listitem");
    settings.lang = "en";
    await view.rerender({ entity: "activity", recordKey: "meetings-jitsi", version: 4 });
    await waitFor(() => expect(texts).toHaveBeenLastCalledWith("activity", "meetings-jitsi", "en"));
    expect(screen.getAllByRole("textbox", { name: "English" })).toHaveLength(2);
  });
});

describe("TranslationsView", () => {
  it("lists what is open with the counts and leads to the text", async () => {
    summary.mockResolvedValue({ lang: "en", missing: 1, outdated: 1, current: 143, entries: [name, purpose] });
    const onopen = vi.fn();
    render(TranslationsView, { revision: 0, onopen });

    expect(await screen.findByTestId("translation-counts")).toHaveTextContent("1 fehlen · 1 veraltet · 143 übersetzt");
    expect(summary).toHaveBeenCalledWith("de", true);
    const entries = screen.getAllByTestId("translation-entry");
    expect(entries[1]).toHaveTextContent("Verarbeitungstätigkeiten › „Jitsi“ › Zwecke › 1 › Beschreibung");
    await fireEvent.click(within(entries[1]).getByRole("button", { name: "Öffnen" }));
    expect(onopen).toHaveBeenCalledWith({
      entity: "activity",
      key: "meetings-jitsi",
      field: "translations.purposes[0].description",
    });

    await fireEvent.click(screen.getByRole("checkbox", { name: "Auch übersetzte Texte zeigen" }));
    await waitFor(() => expect(summary).toHaveBeenLastCalledWith("de", false));
  });

  it("says when everything is translated", async () => {
    summary.mockResolvedValue({ lang: "en", missing: 0, outdated: 0, current: 145, entries: [] });
    render(TranslationsView, { revision: 0, onopen: vi.fn() });
    expect(await screen.findByText("Alle Texte sind übersetzt.")).toBeInTheDocument();
  });
});
