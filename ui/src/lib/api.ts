// The one module that talks to the desktop shell: every `invoke` string lives
// here, so a renamed command is a one-file change and components can be tested
// with this module mocked.

import { Channel, invoke } from "@tauri-apps/api/core";
import type {
  ActivityFilter,
  ActivityListItem,
  BackupEntry,
  Catalogs,
  ChangeRecord,
  CommandError,
  ReasonText,
  EntityKind,
  ErrorCode,
  Finding,
  Lang,
  NoticeFormat,
  Organisation,
  Party,
  Preview,
  ProcessingActivity,
  ProcessorActivity,
  Progress,
  Publication,
  Published,
  RegisterExport,
  RegisterSummary,
  SeparateNotice,
  TablePreview,
  Tom,
  VersionDiff,
} from "./bindings";
import { settings } from "./settings.svelte";
import { unopenableCodes } from "./vocabulary";

// The Rust types the commands take and return, generated into bindings.ts.
export type * from "./bindings";

/**
 * The shell's `CommandError`: `code` is stable, `message` is for people (the
 * technical details), `field` names the input concerned, `reason` says why as
 * a typed value and `reason_text` words it in each language (the core words
 * it, src/reason.rs), and `path` names the register file a refusal to open it
 * concerns.
 */
export type ApiError = CommandError;

/**
 * Codes of a register file VVT refuses to open as it is; a backup can replace
 * it. The list is the core's (`ErrorCode::unopenable`, generated into
 * vocabulary.ts).
 */
export const UNOPENABLE_CODES: readonly ErrorCode[] = unopenableCodes;

export function isApiError(value: unknown): value is ApiError {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.code === "string" &&
    typeof v.message === "string" &&
    (v.field === undefined || v.field === null || typeof v.field === "string") &&
    (v.path === undefined || v.path === null || typeof v.path === "string")
  );
}

function isReasonText(value: unknown): value is ReasonText {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.de === "string" && typeof v.en === "string";
}

/**
 * Our commands reject with an `ApiError`; Tauri itself rejects with a plain
 * string (e.g. a command the capability does not allow). Both reach the UI as
 * an `ApiError` so components handle one shape.
 */
export function toApiError(raw: unknown): ApiError {
  if (isApiError(raw)) {
    const error: ApiError = { code: raw.code, message: raw.message };
    if (typeof raw.field === "string") error.field = raw.field;
    if (isReasonText(raw.reason_text)) {
      error.reason_text = raw.reason_text;
      if (raw.reason) error.reason = raw.reason;
    }
    if (typeof raw.path === "string") error.path = raw.path;
    return error;
  }
  return { code: "ipc", message: raw instanceof Error ? raw.message : String(raw) };
}

async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (raw) {
    throw toApiError(raw);
  }
}

export function registerSummary(): Promise<RegisterSummary> {
  return call<RegisterSummary>("register_summary");
}

/** Takes over a register on a network drive whose holder is gone; its summary, now editable. */
export function takeOverRegister(): Promise<RegisterSummary> {
  return call<RegisterSummary>("take_over_register");
}

/** The backups of the open register, newest first; works also when it could not be opened. */
export function listBackups(): Promise<BackupEntry[]> {
  return call<BackupEntry[]>("list_backups");
}

/** Restores a backup listed by `listBackups` and returns the restored register's summary. */
export function restoreBackup(path: string): Promise<RegisterSummary> {
  return call<RegisterSummary>("restore_backup", { path });
}

// ---- The register file -------------------------------------------------

/** Loads the example register (online meetings) into the open register, which must be empty. */
export function loadExample(): Promise<RegisterSummary> {
  return call<RegisterSummary>("load_example");
}

/**
 * Asks for a new file name (native save dialog), creates an empty register
 * there and opens it. `null` when the DPO cancelled the dialog. The dialog
 * speaks the UI's language.
 */
export function newRegister(): Promise<RegisterSummary | null> {
  return call<RegisterSummary | null>("new_register", { lang: settings.lang });
}

/** Asks for a register file (native open dialog) and opens it; `null` when cancelled. */
export function openRegister(): Promise<RegisterSummary | null> {
  return call<RegisterSummary | null>("open_register", { lang: settings.lang });
}

/**
 * Asks for a file name (native save dialog) and writes a consistent copy of
 * the open register there; the open register stays open. Returns the copy's
 * path, `null` when cancelled.
 */
export function saveCopyAs(): Promise<string | null> {
  return call<string | null>("save_copy_as", { lang: settings.lang });
}

// ---- Processing activities -----------------------------------------------

/** The activity list, narrowed by the search text and filters, ordered by key. */
export function findActivities(filter: ActivityFilter): Promise<ActivityListItem[]> {
  return call<ActivityListItem[]>("find_activities", { filter });
}

/** One activity with all its parts, for the editor. */
export function getActivity(key: string): Promise<ProcessingActivity> {
  return call<ProcessingActivity>("get_activity", { key });
}

/** A draft of a new activity with a free key proposed ("VT-004"); nothing is saved. */
export function newActivity(): Promise<ProcessingActivity> {
  return call<ProcessingActivity>("new_activity");
}

/** Saves a new activity; returns it as stored (version 1, timestamps set). */
export function createActivity(activity: ProcessingActivity): Promise<ProcessingActivity> {
  return call<ProcessingActivity>("create_activity", { activity });
}

/**
 * Saves an edited activity. Its `version` must be the one loaded: a record
 * changed elsewhere meanwhile is refused with code `conflict` and nothing is
 * overwritten. Invalid input is refused with code `validation` and `field`
 * set to the path inside the record (`purposes[0].legal_bases[1]`,
 * `next_review`).
 */
export function updateActivity(activity: ProcessingActivity): Promise<ProcessingActivity> {
  return call<ProcessingActivity>("update_activity", { activity });
}

export function deleteActivity(key: string, version: number): Promise<void> {
  return call<void>("delete_activity", { key, version });
}

// ---- Parties, organisation, TOMs, catalogs ------------------------------

export function listParties(): Promise<Party[]> {
  return call<Party[]>("list_parties");
}

export function createParty(party: Party): Promise<Party> {
  return call<Party>("create_party", { party });
}

export function updateParty(party: Party): Promise<Party> {
  return call<Party>("update_party", { party });
}

export function deleteParty(key: string, version: number): Promise<void> {
  return call<void>("delete_party", { key, version });
}

export function getOrganisation(): Promise<Organisation> {
  return call<Organisation>("get_organisation");
}

export function saveOrganisation(organisation: Organisation): Promise<Organisation> {
  return call<Organisation>("save_organisation", { organisation });
}

export function listToms(): Promise<Tom[]> {
  return call<Tom[]>("list_toms");
}

export function createTom(tom: Tom): Promise<Tom> {
  return call<Tom>("create_tom", { tom });
}

export function updateTom(tom: Tom): Promise<Tom> {
  return call<Tom>("update_tom", { tom });
}

export function deleteTom(key: string, version: number): Promise<void> {
  return call<void>("delete_tom", { key, version });
}

// ---- The processor's record (Art. 30(2)) ------------------------------------

/** What the organisation processes on behalf of other controllers, by key. */
export function listProcessorActivities(): Promise<ProcessorActivity[]> {
  return call<ProcessorActivity[]>("list_processor_activities");
}

export function createProcessorActivity(entry: ProcessorActivity): Promise<ProcessorActivity> {
  return call<ProcessorActivity>("create_processor_activity", { entry });
}

export function updateProcessorActivity(entry: ProcessorActivity): Promise<ProcessorActivity> {
  return call<ProcessorActivity>("update_processor_activity", { entry });
}

export function deleteProcessorActivity(key: string, version: number): Promise<void> {
  return call<void>("delete_processor_activity", { key, version });
}

/** Legal bases, countries, transfer mechanisms, authorities and suggestions, each with its source. */
export function getCatalogs(): Promise<Catalogs> {
  return call<Catalogs>("get_catalogs");
}

// ---- History --------------------------------------------------------------

/** The changes of one record, newest first. */
export function recordHistory(entity: EntityKind, key: string): Promise<ChangeRecord[]> {
  return call<ChangeRecord[]>("record_history", { entity, key });
}

/**
 * Sets `field` of the record back to the value it had before change
 * `changeId` (its `old` value), saved as a new change. `version` is the
 * record's version as the UI has it (stale → `conflict`). Returns the saved
 * record (an activity, party, TOM or the organisation).
 */
export function restoreValue(
  entity: EntityKind,
  key: string,
  changeId: number,
  field: string,
  version: number,
): Promise<unknown> {
  return call<unknown>("restore_value", { entity, key, changeId, field, version });
}

// ---- The notice -------------------------------------------------------------

/**
 * The notice as the register gives it now: the whole HTML page (with its own
 * inline `<style>`, which the app's CSP does not apply — the view styles it
 * itself), the Art. 13/14 items still missing and the active activities it
 * leaves out. `separate` names a separate privacy notice (a `reference` of
 * `separateNotices()`) instead of the public notice; one no active activity
 * names any more is refused with `not_found`.
 */
export function noticePreview(lang: Lang, separate: string | null = null): Promise<Preview> {
  return call<Preview>("notice_preview", { lang, separate });
}

/** The separate privacy notices that active activities name (employees, applicants …). */
export function separateNotices(): Promise<SeparateNotice[]> {
  return call<SeparateNotice[]>("separate_notices");
}

/**
 * Asks where to save the notice (the public one, or the separate privacy notice
 * named `separate`) and writes it; the path, or `null` when cancelled.
 */
export function exportNotice(
  lang: Lang,
  format: NoticeFormat,
  separate: string | null = null,
): Promise<string | null> {
  return call<string | null>("export_notice", { lang, format, separate });
}

/**
 * Publishes the notice in `lang` as a new immutable version. With missing
 * items it is refused (`validation`, field `missing`) unless `allowMissing`.
 */
export function publishNotice(lang: Lang, allowMissing: boolean): Promise<Published> {
  return call<Published>("publish_notice", { lang, allowMissing });
}

/** Every published version, newest first. */
export function listPublications(): Promise<Publication[]> {
  return call<Publication[]>("list_publications");
}

/** A unified diff of published version `id` against the notice now. */
export function noticeDiff(id: number): Promise<VersionDiff> {
  return call<VersionDiff>("notice_diff", { id });
}

// ---- Checks and the register print -----------------------------------------

/** All findings of the checks, most severe first. */
export function checkRegister(): Promise<Finding[]> {
  return call<Finding[]>("check_register");
}

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
  return call<string | null>("export_register", { options, onProgress: progressChannel(onprogress) });
}

/**
 * Writes the register as PDF (whatever `options.format` says) to a temporary
 * file and opens it in the system's viewer to print; its path.
 */
export function printRegister(
  options: RegisterExport,
  onprogress?: (progress: Progress) => void,
): Promise<string> {
  return call<string>("print_register", { options, onProgress: progressChannel(onprogress) });
}

// ---- Activities from a spreadsheet (docs/import-table.md) ------------------------

/**
 * Asks for a CSV file and checks it against the open register without
 * changing anything: the activities it would add, its ignored columns and
 * its errors (messages in `lang`); `null` when cancelled.
 */
export function previewTableImport(lang: Lang): Promise<TablePreview | null> {
  return call<TablePreview | null>("preview_table_import", { lang });
}

/**
 * Adds the activities of the previewed file in one transaction (the file is
 * read again); refused (`validation`, field `file`) when it no longer reads
 * cleanly. Returns how many were added.
 */
/** Imports the previewed file its preview's `token` names (never a path). */
export function importTable(token: string, lang: Lang): Promise<number> {
  return call<number>("import_table", { token, lang });
}

/** Asks where to save the empty template (headings in `lang`); its path, or `null` when cancelled. */
export function saveImportTemplate(lang: Lang): Promise<string | null> {
  return call<string | null>("save_import_template", { lang });
}
