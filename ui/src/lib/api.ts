// The one module components import to talk to the desktop shell: the typed
// command wrappers generated from the Rust command table (commands.ts, where
// every command name is written), the generated types (bindings.ts), and the
// little the UI adds — the UI's language for the file dialogs, progress
// callbacks, one error shape. Components are tested with this module mocked.

import { Channel } from "@tauri-apps/api/core";
import type { ErrorCode, Progress, RegisterExport, RegisterSummary } from "./bindings";
import * as commands from "./commands";
import { settings } from "./settings.svelte";
import { unopenableCodes } from "./vocabulary";

// The Rust types the commands take and return, generated into bindings.ts.
export type * from "./bindings";
// One function per command; the few below that add something replace theirs.
export * from "./commands";
export { isApiError, toApiError, type ApiError } from "./ipc";

/** Codes of a register file VVT refuses to open as it is; a backup can replace it (the core's list, `ErrorCode::unopenable`, generated into vocabulary.ts). */
export const UNOPENABLE_CODES: readonly ErrorCode[] = unopenableCodes;

// ---- The register file: native dialogs in the UI's language ------------------

/**
 * Asks for a new file name (native save dialog), creates an empty register
 * there and opens it. `null` when the DPO cancelled the dialog.
 */
export function newRegister(): Promise<RegisterSummary | null> {
  return commands.newRegister(settings.lang);
}

/** Asks for a register file (native open dialog) and opens it; `null` when cancelled. */
export function openRegister(): Promise<RegisterSummary | null> {
  return commands.openRegister(settings.lang);
}

/**
 * Asks for a file name (native save dialog) and writes a consistent copy of
 * the open register there; the open register stays open. Returns the copy's
 * path, `null` when cancelled.
 */
export function saveCopyAs(): Promise<string | null> {
  return commands.saveCopyAs(settings.lang);
}

// ---- The register print: progress as a callback --------------------------------

function progressChannel(onprogress?: (progress: Progress) => void): Channel<Progress> {
  const channel = new Channel<Progress>();
  if (onprogress) channel.onmessage = onprogress;
  return channel;
}

/**
 * Asks where to save the register print and writes it; the path, or `null`
 * when cancelled. A PDF reports `{ done, total }` activities to `onprogress`.
 */
export function exportRegister(
  options: RegisterExport,
  onprogress?: (progress: Progress) => void,
): Promise<string | null> {
  return commands.exportRegister(options, progressChannel(onprogress));
}

/**
 * Writes the register as PDF (whatever `options.format` says) to a temporary
 * file and opens it in the system's viewer to print; its path.
 */
export function printRegister(
  options: RegisterExport,
  onprogress?: (progress: Progress) => void,
): Promise<string> {
  return commands.printRegister(options, progressChannel(onprogress));
}
