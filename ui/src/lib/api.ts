// The one module that talks to the desktop shell: every `invoke` string lives
// here, so a renamed command is a one-file change and components can be tested
// with this module mocked.

import { invoke } from "@tauri-apps/api/core";

/** Mirrors `vvt::RegisterSummary` (serde field names). */
export interface RegisterSummary {
  path: string;
  organisation_name: string | null;
  activity_count: number;
  party_count: number;
}

/** Mirrors the shell's `BackupEntry`: one file in the register's backup folder. */
export interface BackupEntry {
  path: string;
  file_name: string;
  /** When it was taken, RFC 3339 in UTC. */
  taken_at: string;
  size_bytes: number;
}

/**
 * Mirrors the shell's `CommandError`: `code` is stable, `message` is for
 * people, `field` names the input concerned and `path` the register file a
 * refusal to open it concerns.
 */
export interface ApiError {
  code: string;
  message: string;
  field?: string;
  path?: string;
}

/** Codes of a register file VVT refuses to open as it is; a backup can replace it. */
export const UNOPENABLE_CODES: readonly string[] = ["damaged", "not_a_register", "schema_too_new"];

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

/**
 * Our commands reject with an `ApiError`; Tauri itself rejects with a plain
 * string (e.g. a command the capability does not allow). Both reach the UI as
 * an `ApiError` so components handle one shape.
 */
export function toApiError(raw: unknown): ApiError {
  if (isApiError(raw)) {
    const error: ApiError = { code: raw.code, message: raw.message };
    if (typeof raw.field === "string") error.field = raw.field;
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

/** The backups of the open register, newest first; works also when it could not be opened. */
export function listBackups(): Promise<BackupEntry[]> {
  return call<BackupEntry[]>("list_backups");
}

/** Restores a backup listed by `listBackups` and returns the restored register's summary. */
export function restoreBackup(path: string): Promise<RegisterSummary> {
  return call<RegisterSummary>("restore_backup", { path });
}
