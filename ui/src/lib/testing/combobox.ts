// Driving a searchable picker (form/Combobox.svelte) in component tests the
// way the keyboard does: type to search, then Enter takes the first match.
import { fireEvent, within } from "@testing-library/svelte";

/** Types `query` into the picker and takes the first enabled match with Enter. */
export async function pick(input: HTMLElement, query: string): Promise<void> {
  input.focus();
  await fireEvent.input(input, { target: { value: query } });
  await fireEvent.keyDown(input, { key: "Enter" });
}

/** The names of the options the picker lists for `query` (its list opens). */
export async function offered(input: HTMLElement, query = ""): Promise<string[]> {
  input.focus();
  await fireEvent.input(input, { target: { value: query } });
  const list = document.getElementById(input.getAttribute("aria-controls") ?? "");
  if (!list) return [];
  const names = within(list)
    .queryAllByRole("option", { hidden: true })
    .map((o) => o.textContent?.trim() ?? "");
  await fireEvent.keyDown(input, { key: "Escape" });
  return names;
}
