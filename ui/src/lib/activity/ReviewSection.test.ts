// "Reviewed today" in the whole editor with the IPC mocked and the clock set:
// it fills in the review dates on the local calendar, keeps a next review
// already planned, and saves nothing by itself.
import { fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { getActivity, recordHistory, updateActivity, type ProcessingActivity } from "../api";
import { fieldId } from "../form/fields";
import { settings } from "../settings.svelte";
import { editorProps, webexActivity } from "./test-fixtures";
import TestHost from "./TestHost.svelte";

vi.mock("../api", async (importOriginal) => (await import("./test-commands")).mockEditorCommands(importOriginal));

const get = vi.mocked(getActivity);
const update = vi.mocked(updateActivity);

/** Opens the activity (last reviewed 2026-11-20, next review 2027-11-20 unless changed). */
async function open(changes: Partial<ProcessingActivity> = {}) {
  get.mockResolvedValue({ ...webexActivity(), ...changes });
  render(TestHost, editorProps());
  // Loaded once the record's dates are in the form, whatever the UI's language.
  await waitFor(() => expect(document.getElementById(fieldId("next_review"))).toBeInTheDocument());
}

const lastReviewed = () => screen.getByRole("textbox", { name: "Zuletzt überprüft am" });
const nextReview = () => screen.getByRole("textbox", { name: "Nächste Überprüfung am" });
const reviewedToday = () => fireEvent.click(screen.getByRole("button", { name: "Heute überprüft" }));

/** Sets the local clock (the tests' time zone whatever it is) to `year-month-day` at `hour`. */
function setToday(year: number, month: number, day: number, hour = 12) {
  vi.setSystemTime(new Date(year, month - 1, day, hour));
}

beforeEach(() => {
  // Only the date is faked: the testing library's waiting keeps real timers.
  vi.useFakeTimers({ toFake: ["Date"] });
  update.mockReset().mockImplementation(async (a) => ({ ...structuredClone(a), version: a.version + 1 }));
  vi.mocked(recordHistory).mockReset().mockResolvedValue([]);
});

afterEach(() => {
  vi.useRealTimers();
  settings.lang = "de";
});

describe("Reviewed today", () => {
  it("says what it does", async () => {
    await open();
    expect(screen.getByRole("button", { name: "Heute überprüft" })).toHaveAccessibleDescription(
      "Trägt das heutige Datum als letzte Überprüfung ein und, wenn keine spätere Überprüfung geplant ist, die nächste in einem Jahr. Gespeichert wird erst mit „Speichern“.",
    );
  });

  it("sets both dates when the next review is due, in the form only, and they are saved with it", async () => {
    setToday(2027, 12, 1);
    await open();

    await reviewedToday();

    expect(lastReviewed()).toHaveValue("01.12.2027");
    expect(nextReview()).toHaveValue("01.12.2028");
    expect(update, "nothing is saved by the button").not.toHaveBeenCalled();
    expect(screen.getByTestId("dirty"), "the editor has unsaved changes").toHaveTextContent("true");

    await fireEvent.click(screen.getByRole("button", { name: "Speichern" }));
    await waitFor(() => expect(update).toHaveBeenCalledOnce());
    expect(update.mock.calls[0][0]).toMatchObject({ last_reviewed: "2027-12-01", next_review: "2028-12-01" });
  });

  it("plans the next review a year on when none was planned", async () => {
    setToday(2026, 3, 5);
    await open({ last_reviewed: null, next_review: null });

    await reviewedToday();

    expect(lastReviewed()).toHaveValue("05.03.2026");
    expect(nextReview()).toHaveValue("05.03.2027");
  });

  it("plans it anew when it was due today", async () => {
    setToday(2027, 11, 20);
    await open();

    await reviewedToday();

    expect(lastReviewed()).toHaveValue("20.11.2027");
    expect(nextReview()).toHaveValue("20.11.2028");
  });

  it("keeps a next review already planned after today", async () => {
    setToday(2026, 11, 27);
    await open();

    await reviewedToday();

    expect(lastReviewed()).toHaveValue("27.11.2026");
    expect(nextReview(), "2027-11-20 stays").toHaveValue("20.11.2027");
  });

  it("plans a review on 29 February for 28 February a year on", async () => {
    setToday(2028, 2, 29);
    await open({ next_review: null });

    await reviewedToday();

    expect(lastReviewed()).toHaveValue("29.02.2028");
    expect(nextReview()).toHaveValue("28.02.2029");
  });

  it("takes the local day, not the UTC one, late in the evening", async () => {
    setToday(2027, 12, 31, 23);
    await open();

    await reviewedToday();

    expect(lastReviewed()).toHaveValue("31.12.2027");
    expect(nextReview()).toHaveValue("31.12.2028");
  });

  it("is named in English", async () => {
    settings.lang = "en";
    await open();
    expect(screen.getByRole("button", { name: "Reviewed today" })).toHaveAccessibleDescription(
      /^Enters today's date as the last review/,
    );
  });
});
