// How the UI invokes a command of the desktop shell, and the one error shape
// every failure reaches the components in. Only the generated command
// wrappers (commands.ts) call `call`; components import them through api.ts.

import { invoke } from "@tauri-apps/api/core";
import type { CommandError, FieldProblem, ReasonText } from "./bindings";

/**
 * The shell's `CommandError`: `code` is stable, `message` is for people (the
 * technical details), `field` names the input concerned, `reason` says why as
 * a typed value and `reason_text` words it in each language (the core words
 * it, src/reason/), and `path` names the register file a refusal to open it
 * concerns.
 */
export type ApiError = CommandError;

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

function isFieldProblem(value: unknown): value is FieldProblem {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.field === "string" && isReasonText(v.reason_text);
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
    if (Array.isArray(raw.problems)) {
      const problems = raw.problems.filter(isFieldProblem);
      if (problems.length > 0) error.problems = problems;
    }
    return error;
  }
  return { code: "ipc", message: raw instanceof Error ? raw.message : String(raw) };
}

/** Invokes `command`; a rejection becomes an `ApiError`. */
export async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (raw) {
    throw toApiError(raw);
  }
}
