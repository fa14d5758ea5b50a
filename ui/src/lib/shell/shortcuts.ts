// The shell's keyboard shortcuts; Ctrl+S belongs to the editors.

import { SEARCH_INPUT_ID } from "../list/ActivityList.svelte";

export type Shortcut = "search" | "newActivity";

/** The shortcut `event` presses: Ctrl (Cmd on macOS) with F or N, no other modifier. */
export function shortcutOf(event: KeyboardEvent): Shortcut | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return null;
  const key = event.key.toLowerCase();
  return key === "f" ? "search" : key === "n" ? "newActivity" : null;
}

/** Focuses the activity search with its text selected, so typing replaces it. */
export function focusSearchInput() {
  const search = document.getElementById(SEARCH_INPUT_ID);
  if (search instanceof HTMLInputElement) {
    search.focus();
    search.select();
  }
}
