// The date input: shows the stored ISO day in the UI's language, reads what
// the DPO types in that language or in ISO, sends ISO, and leaves a day that
// does not exist to the core's reason at the field.
import { fireEvent, render, screen } from "@testing-library/svelte";
import { tick } from "svelte";
import { afterEach, describe, expect, it, vi } from "vitest";
import { settings } from "../settings.svelte";
import { invalidDate } from "../testing/validation";
import DateField from "./DateField.svelte";

afterEach(() => {
  settings.lang = "de";
});

function renderField(value: string | null, error: ReturnType<typeof invalidDate> | null = null) {
  const onchange = vi.fn();
  const result = render(DateField, { label: "Nächste Überprüfung am", path: "next_review", value, error, onchange });
  return { input: screen.getByLabelText("Nächste Überprüfung am") as HTMLInputElement, onchange, ...result };
}

describe("DateField", () => {
  it("shows a stored day the German way and asks for that form", () => {
    const { input } = renderField("2027-03-31");
    expect(input).toHaveValue("31.03.2027");
    expect(input).toHaveAttribute("placeholder", "TT.MM.JJJJ");
  });

  it("sends a German date as ISO and settles the text on leaving the field", async () => {
    const { input, onchange } = renderField(null);
    await fireEvent.input(input, { target: { value: "5.1.2027" } });
    expect(onchange).toHaveBeenLastCalledWith("2027-01-05");
    expect(input, "nothing jumps while typing").toHaveValue("5.1.2027");
    await fireEvent.blur(input);
    expect(input).toHaveValue("05.01.2027");
  });

  it("takes ISO too and shows it the German way afterwards", async () => {
    const { input, onchange } = renderField(null);
    await fireEvent.input(input, { target: { value: "2027-01-05" } });
    expect(onchange).toHaveBeenLastCalledWith("2027-01-05");
    await fireEvent.blur(input);
    expect(input).toHaveValue("05.01.2027");
  });

  it("reads the English forms in the English UI", async () => {
    settings.lang = "en";
    const { input, onchange } = renderField("2027-03-31");
    expect(input).toHaveValue("31/03/2027");
    expect(input).toHaveAttribute("placeholder", "DD/MM/YYYY");
    await fireEvent.input(input, { target: { value: "15 Jan 2027" } });
    expect(onchange).toHaveBeenLastCalledWith("2027-01-15");
  });

  it("follows a switch of the language", async () => {
    const { input } = renderField("2027-03-31");
    settings.lang = "en";
    await tick();
    expect(input).toHaveValue("31/03/2027");
    settings.lang = "de";
    await tick();
    expect(input).toHaveValue("31.03.2027");
  });

  it("leaves a day that does not exist to the core and keeps what was typed", async () => {
    const { input, onchange, rerender } = renderField(null);
    await fireEvent.input(input, { target: { value: "30.02.2027" } });
    expect(onchange, "the core gets the day in ISO form and refuses it").toHaveBeenLastCalledWith("2027-02-30");
    await fireEvent.blur(input);
    expect(input).toHaveValue("30.02.2027");

    await rerender({ value: "2027-02-30", error: invalidDate("next_review", "2027-02-30") });
    expect(input).toHaveAttribute("aria-invalid", "true");
    expect(input).toHaveAccessibleDescription("„2027-02-30“ ist kein gültiges Datum.");
    expect(input, "the text typed stays").toHaveValue("30.02.2027");
  });

  it("sends no date for an emptied field", async () => {
    const { input, onchange } = renderField("2027-03-31");
    await fireEvent.input(input, { target: { value: "  " } });
    expect(onchange).toHaveBeenLastCalledWith(null);
  });

  it("shows a day set from outside, such as reviewed today", async () => {
    const { input, rerender } = renderField(null);
    await rerender({ value: "2027-12-01" });
    expect(input).toHaveValue("01.12.2027");
  });
});

describe("the calendar beside the date field", () => {
  it("opens on the field's day, moves with the keyboard and takes a day with Enter", async () => {
    const { input, onchange } = renderField("2027-01-31");
    await fireEvent.click(screen.getByRole("button", { name: "Kalender öffnen" }));

    const grid = screen.getByRole("grid");
    expect(screen.getByRole("dialog")).toHaveTextContent("Januar 2027");
    const day = () => document.activeElement as HTMLElement;
    await vi.waitFor(() => expect(day()).toHaveAttribute("data-date", "2027-01-31"));
    expect(day()).toHaveAttribute("aria-selected", "true");

    await fireEvent.keyDown(grid, { key: "ArrowRight" });
    await vi.waitFor(() => expect(day()).toHaveAttribute("data-date", "2027-02-01"));
    expect(screen.getByRole("dialog"), "the month follows").toHaveTextContent("Februar 2027");
    await fireEvent.keyDown(grid, { key: "ArrowDown" });
    await vi.waitFor(() => expect(day()).toHaveAttribute("data-date", "2027-02-08"));
    await fireEvent.keyDown(grid, { key: "PageDown" });
    await vi.waitFor(() => expect(day()).toHaveAttribute("data-date", "2027-03-08"));
    await fireEvent.keyDown(grid, { key: "Home" });
    await vi.waitFor(() => expect(day(), "Monday of the week").toHaveAttribute("data-date", "2027-03-08"));
    await fireEvent.keyDown(grid, { key: "End" });
    await vi.waitFor(() => expect(day(), "Sunday of the week").toHaveAttribute("data-date", "2027-03-14"));
    await fireEvent.keyDown(grid, { key: "Enter" });

    expect(onchange).toHaveBeenLastCalledWith("2027-03-14");
    expect(input).toHaveValue("14.03.2027");
    expect(screen.queryByRole("dialog"), "closed after the pick").toBeNull();
    expect(screen.getByRole("button", { name: "Kalender öffnen" }), "the keyboard is back at its button").toHaveFocus();
  });

  it("closes with Escape and changes nothing; a month's last day carries over to a shorter month", async () => {
    const { input, onchange } = renderField("2027-01-31");
    await fireEvent.click(screen.getByRole("button", { name: "Kalender öffnen" }));
    const grid = screen.getByRole("grid");
    await fireEvent.keyDown(grid, { key: "PageDown" });
    await vi.waitFor(() =>
      expect(document.activeElement, "31 January + a month").toHaveAttribute("data-date", "2027-02-28"),
    );
    await fireEvent.keyDown(grid, { key: "Escape" });
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(onchange).not.toHaveBeenCalled();
    expect(input).toHaveValue("31.01.2027");
  });

  it("takes a day by click and speaks English when the UI does", async () => {
    settings.lang = "en";
    const { input, onchange } = renderField("2027-01-15");
    await fireEvent.click(screen.getByRole("button", { name: "Open the calendar" }));
    expect(screen.getByRole("dialog")).toHaveTextContent("January 2027");
    expect(screen.getAllByRole("columnheader").map((h) => h.textContent)).toEqual(["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"]);
    await fireEvent.click(screen.getByRole("gridcell", { name: "20" }));
    expect(onchange).toHaveBeenLastCalledWith("2027-01-20");
    expect(input).toHaveValue("20/01/2027");
  });
});
