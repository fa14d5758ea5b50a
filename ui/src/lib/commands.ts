// Generated from src-tauri/src/command_table.rs by src-tauri/tests/commands.rs; do not edit.
// Run `VVT_UPDATE_BINDINGS=1 cargo test -p vvt-desktop --test commands` after changing the table.
// One typed function per command of the desktop shell: the only place a
// command's name is written in the UI. api.ts re-exports them.

import type { Channel } from "@tauri-apps/api/core";
import type {
  About,
  ActivityFilter,
  ActivityListItem,
  BackupEntry,
  Catalogs,
  ChangeRecord,
  EntityKind,
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
  TranslatableText,
  TranslationSummary,
  VersionDiff,
} from "./bindings";
import { call } from "./ipc";

/** Organisation, counts and file of the open register, for the start screen. */
export function registerSummary(): Promise<RegisterSummary> {
  return call<RegisterSummary>("register_summary");
}

/** The program's version, the open register's file and the schema and format versions ("Über VVT"). */
export function about(): Promise<About> {
  return call<About>("about");
}

/** Takes over a register on a network drive whose holder is gone; its summary, now editable. */
export function takeOverRegister(): Promise<RegisterSummary> {
  return call<RegisterSummary>("take_over_register");
}

/** The backups of the open register, newest first; works also when it could not be opened. */
export function listBackups(): Promise<Array<BackupEntry>> {
  return call<Array<BackupEntry>>("list_backups");
}

/** Restores a backup listed by `listBackups` and returns the restored register's summary. */
export function restoreBackup(path: string): Promise<RegisterSummary> {
  return call<RegisterSummary>("restore_backup", { path });
}

/** Loads the example register (online meetings) into the open register, which must be empty. */
export function loadExample(): Promise<RegisterSummary> {
  return call<RegisterSummary>("load_example");
}

/**
 * Asks for a new file name (native save dialog, in `lang`), creates an
 * empty register there and opens it. `null` when the DPO cancelled the
 * dialog.
 */
export function newRegister(lang: string | null = null): Promise<RegisterSummary | null> {
  return call<RegisterSummary | null>("new_register", { lang });
}

/** Asks for a register file (native open dialog) and opens it; `null` when cancelled. */
export function openRegister(lang: string | null = null): Promise<RegisterSummary | null> {
  return call<RegisterSummary | null>("open_register", { lang });
}

/**
 * Asks for a file name (native save dialog) and writes a consistent copy of
 * the open register there; the open register stays open. Returns the copy's
 * path, `null` when cancelled.
 */
export function saveCopyAs(lang: string | null = null): Promise<string | null> {
  return call<string | null>("save_copy_as", { lang });
}

/** The activity list, narrowed by the search text and filters, ordered by key. */
export function findActivities(filter: ActivityFilter): Promise<Array<ActivityListItem>> {
  return call<Array<ActivityListItem>>("find_activities", { filter });
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

export function listParties(): Promise<Array<Party>> {
  return call<Array<Party>>("list_parties");
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

export function listToms(): Promise<Array<Tom>> {
  return call<Array<Tom>>("list_toms");
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

/** What the organisation processes on behalf of other controllers, by key. */
export function listProcessorActivities(): Promise<Array<ProcessorActivity>> {
  return call<Array<ProcessorActivity>>("list_processor_activities");
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

/** The changes of one record, newest first. */
export function recordHistory(entity: EntityKind, key: string): Promise<Array<ChangeRecord>> {
  return call<Array<ChangeRecord>>("record_history", { entity, key });
}

/**
 * Sets `field` of the record back to the value it had before change
 * `changeId` (its `old` value), saved as a new change. `version` is the
 * record's version as the UI has it (stale → `conflict`). Returns the saved
 * record (an activity, party, TOM or the organisation).
 */
export function restoreValue(entity: EntityKind, key: string, changeId: number, field: string, version: number): Promise<unknown> {
  return call<unknown>("restore_value", { entity, key, changeId, field, version });
}

/**
 * The translatable texts of one record beside their English translations
 * and status, labelled in `lang` (the translation view).
 */
export function translationTexts(entity: EntityKind, key: string, lang: Lang): Promise<Array<TranslatableText>> {
  return call<Array<TranslatableText>>("translation_texts", { entity, key, lang });
}

/**
 * What is untranslated or outdated in the whole register, with the counts;
 * `openOnly` lists only those (the counts stay complete).
 */
export function translationSummary(lang: Lang, openOnly: boolean): Promise<TranslationSummary> {
  return call<TranslationSummary>("translation_summary", { lang, openOnly });
}

/**
 * Saves the English translation of one text, made from its German text as
 * it stands now; returns the text with its new status. A field that is no
 * translatable text is refused with code `validation`.
 */
export function setTranslation(entity: EntityKind, key: string, field: string, text: string, lang: Lang): Promise<TranslatableText> {
  return call<TranslatableText>("set_translation", { entity, key, field, text, lang });
}

/** Removes the English translation of one text. */
export function clearTranslation(entity: EntityKind, key: string, field: string): Promise<void> {
  return call<void>("clear_translation", { entity, key, field });
}

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
export function separateNotices(): Promise<Array<SeparateNotice>> {
  return call<Array<SeparateNotice>>("separate_notices");
}

/**
 * Asks for a CSV file and checks it against the open register without
 * changing anything: the activities it would add, its ignored columns and
 * its errors (messages in `lang`); `null` when cancelled.
 */
export function previewTableImport(lang: Lang): Promise<TablePreview | null> {
  return call<TablePreview | null>("preview_table_import", { lang });
}

/**
 * Adds the activities of the previewed file its preview's `token` names
 * (never a path) in one transaction (the file is read again); refused
 * (`validation`, field `file`) when it no longer reads cleanly. Returns how
 * many were added.
 */
export function importTable(token: string, lang: Lang): Promise<number> {
  return call<number>("import_table", { token, lang });
}

/** Asks where to save the empty template (headings in `lang`); its path, or `null` when cancelled. */
export function saveImportTemplate(lang: Lang): Promise<string | null> {
  return call<string | null>("save_import_template", { lang });
}

/**
 * Asks where to save the notice (the public one, or the separate privacy notice
 * named `separate`) and writes it; the path, or `null` when cancelled.
 */
export function exportNotice(lang: Lang, format: NoticeFormat, separate: string | null = null): Promise<string | null> {
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
export function listPublications(): Promise<Array<Publication>> {
  return call<Array<Publication>>("list_publications");
}

/** A unified diff of published version `id` against the notice now. */
export function noticeDiff(id: number): Promise<VersionDiff> {
  return call<VersionDiff>("notice_diff", { id });
}

/** All findings of the checks, most severe first. */
export function checkRegister(): Promise<Array<Finding>> {
  return call<Array<Finding>>("check_register");
}

/**
 * Asks where to save the register print and writes it; the path, or `null`
 * when cancelled. A PDF reports `{ done, total }` activities on `onProgress`.
 */
export function exportRegister(options: RegisterExport, onProgress: Channel<Progress>): Promise<string | null> {
  return call<string | null>("export_register", { options, onProgress });
}

/**
 * Writes the register as PDF (whatever `options.format` says) to a temporary
 * file and opens it in the system's viewer to print; its path.
 */
export function printRegister(options: RegisterExport, onProgress: Channel<Progress>): Promise<string> {
  return call<string>("print_register", { options, onProgress });
}
