import { fireEvent, render, screen, within } from "@testing-library/svelte";
import { describe, expect, it, vi } from "vitest";
import Combobox from "./Combobox.svelte";
import { fold, search, type PickOption } from "./search";

const COUNTRIES: PickOption[] = [
  { value: "EG", label: "Ägypten", keywords: ["EG", "Egypt"] },
  { value: "AT", label: "Österreich", keywords: ["AT", "Austria"] },
  { value: "CH", label: "Schweiz", keywords: ["CH", "Switzerland"] },
  { value: "US", label: "Vereinigte Staaten", keywords: ["US", "United States"] },
];

const BASES: PickOption[] = [
  { value: "art6-1-a", label: "Art. 6 Abs. 1 lit. a DSGVO – Einwilligung", group: "Art. 6 DSGVO" },
  { value: "art6-1-b", label: "Art. 6 Abs. 1 lit. b DSGVO – Vertrag", group: "Art. 6 DSGVO", disabled: true },
  { value: "art6-1-f", label: "Art. 6 Abs. 1 lit. f DSGVO – Berechtigte Interessen", group: "Art. 6 DSGVO" },
  { value: "bdsg-26", label: "§ 26 BDSG – Beschäftigungsverhältnis", group: "Nationales Recht" },
];

function setup(options: PickOption[], extra: Record<string, unknown> = {}) {
  const onpick = vi.fn();
  render(Combobox, { id: "field-x", options, onpick, noMatch: "Kein Eintrag passt.", ...extra });
  const input = screen.getByRole("combobox");
  input.focus();
  return { onpick, input };
}

const listed = () =>
  within(screen.getByRole("listbox", { hidden: true }))
    .queryAllByRole("option", { hidden: true })
    .map((o) => o.textContent?.trim());

describe("search", () => {
  it("folds case, umlauts and punctuation", () => {
    expect(fold("Österreich")).toBe("oesterreich");
    expect(fold("§ 26 BDSG")).toBe("26 bdsg");
    expect(fold("Art. 6 Abs. 1 lit. f")).toBe("art 6 abs 1 lit f");
  });

  it("finds by name, umlaut typed either way, code and other words", () => {
    const names = (q: string) => search(COUNTRIES, q).map((o) => o.value);
    expect(names("öst")).toEqual(["AT"]);
    expect(names("oest")).toEqual(["AT"]);
    expect(names("oster")).toEqual(["AT"]);
    expect(names("aegy")).toEqual(["EG"]);
    expect(names("us")).toEqual(["US"]);
    expect(names("switz")).toEqual(["CH"]);
    expect(names("xyz")).toEqual([]);
    expect(search(BASES, "6 1 f").map((o) => o.value)).toEqual(["art6-1-f"]);
    expect(search(BASES, "6 1 a").map((o) => o.value), "a letter is a word, not a prefix").toEqual(["art6-1-a"]);
    expect(search(BASES, "26 bdsg").map((o) => o.value)).toEqual(["bdsg-26"]);
    expect(search(BASES, "beschaeftigung").map((o) => o.value)).toEqual(["bdsg-26"]);
  });
});

describe("Combobox", () => {
  it("filters as the DPO types and takes the first match only with Enter", async () => {
    const { onpick, input } = setup(COUNTRIES);
    expect(input).toHaveAttribute("aria-expanded", "false");
    await fireEvent.input(input, { target: { value: "oster" } });
    expect(input).toHaveAttribute("aria-expanded", "true");
    expect(listed()).toEqual(["Österreich"]);
    expect(onpick, "typing takes nothing").not.toHaveBeenCalled();
    await fireEvent.keyDown(input, { key: "Enter" });
    expect(onpick).toHaveBeenCalledExactlyOnceWith(COUNTRIES[1]);
    expect(input).toHaveAttribute("aria-expanded", "false");
  });

  it("moves with ↓ and ↑ without taking anything, skipping what cannot be chosen", async () => {
    const { onpick, input } = setup(BASES, { clearOnPick: true });
    await fireEvent.keyDown(input, { key: "ArrowDown" });
    expect(input, "↓ opens the list").toHaveAttribute("aria-expanded", "true");
    expect(onpick, "↓ never adds by itself").not.toHaveBeenCalled();
    const activeText = () => document.getElementById(input.getAttribute("aria-activedescendant") ?? "")?.textContent;
    expect(activeText()).toMatch(/lit\. a/);
    await fireEvent.keyDown(input, { key: "ArrowDown" });
    expect(activeText(), "the chosen lit. b is skipped").toMatch(/lit\. f/);
    await fireEvent.keyDown(input, { key: "ArrowUp" });
    expect(activeText()).toMatch(/lit\. a/);
    await fireEvent.keyDown(input, { key: "ArrowUp" });
    expect(activeText(), "↑ wraps to the end").toMatch(/§ 26 BDSG/);
    expect(onpick).not.toHaveBeenCalled();
    await fireEvent.keyDown(input, { key: "Enter" });
    expect(onpick).toHaveBeenCalledExactlyOnceWith(BASES[3]);
    expect(input, "a picker that adds empties for the next one").toHaveValue("");
    expect(input).toHaveFocus();
  });

  it("lists the groups as headings that cannot be chosen", async () => {
    const { input } = setup(BASES);
    await fireEvent.keyDown(input, { key: "ArrowDown" });
    const list = screen.getByRole("listbox");
    expect(list).toHaveTextContent(/^Art\. 6 DSGVO.*Nationales Recht/);
    expect(within(list).getAllByRole("option")).toHaveLength(4);
    expect(within(list).getByRole("option", { name: /lit\. b/ })).toHaveAttribute("aria-disabled", "true");
  });

  it("closes with Escape and then restores the chosen value's text", async () => {
    const { onpick, input } = setup(COUNTRIES, { value: "CH" });
    expect(input).toHaveValue("Schweiz");
    await fireEvent.input(input, { target: { value: "Ver" } });
    await fireEvent.keyDown(input, { key: "Escape" });
    expect(input).toHaveAttribute("aria-expanded", "false");
    expect(input, "the text shows the value again").toHaveValue("Schweiz");
    expect(onpick).not.toHaveBeenCalled();
  });

  it("takes an option by click and says when nothing matches", async () => {
    const { onpick, input } = setup(COUNTRIES);
    await fireEvent.input(input, { target: { value: "qqq" } });
    expect(screen.getByRole("listbox")).toHaveTextContent("Kein Eintrag passt.");
    await fireEvent.keyDown(input, { key: "Enter" });
    expect(onpick).not.toHaveBeenCalled();
    await fireEvent.input(input, { target: { value: "" } });
    await fireEvent.click(screen.getByRole("option", { name: "Vereinigte Staaten" }));
    expect(onpick).toHaveBeenCalledExactlyOnceWith(COUNTRIES[3]);
  });
});
