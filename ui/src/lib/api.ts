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

/** Mirrors the shell's `CommandError`: `code` is stable, `message` is for people. */
export interface ApiError {
  code: string;
  message: string;
  field?: string;
}

export function isApiError(value: unknown): value is ApiError {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.code === "string" &&
    typeof v.message === "string" &&
    (v.field === undefined || v.field === null || typeof v.field === "string")
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
