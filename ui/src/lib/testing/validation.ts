// Validation errors as the desktop shell sends them (src-tauri/src/error.rs),
// for component tests: the reason as a typed value, worded by the core in
// both languages (src/reason/), and the message the technical details show.
// The texts a test passes are the core's own for that reason.
import type { ApiError, Reason } from "../api";

export function validation(field: string, reason: Reason, de: string, en: string): ApiError {
  return {
    code: "validation",
    field,
    message: field ? `${field}: ${en}` : en,
    reason,
    reason_text: { de, en },
    problems: [{ field, reason, reason_text: { de, en } }],
  };
}

/**
 * A save the core refused for several reasons at once: the first one leads
 * (`field`, `reason`), `problems` lists all of them, as the shell sends it.
 */
export function allOf(...errors: ApiError[]): ApiError {
  const problems = errors.flatMap((e) => e.problems ?? []);
  return {
    ...errors[0],
    message: errors.map((e) => e.message).join("; "),
    problems,
  };
}

/** "has too many entries" at a list, as the core words it. */
export function tooManyEntries(field: string): ApiError {
  return validation(
    field,
    { kind: "too_many_entries", count: 1001, max: 1000 },
    "Zu viele Einträge (1.001, höchstens 1.000).",
    "has too many entries (1001, at most 1000)",
  );
}

/** "is required", as the core words it. */
export function required(field: string): ApiError {
  return validation(field, { kind: "required" }, "Pflichtangabe – bitte ausfüllen.", "is required");
}

/** A text the core could not read as a date. */
export function invalidDate(field: string, value: string): ApiError {
  return validation(
    field,
    { kind: "invalid_date", value },
    `„${value}“ ist kein gültiges Datum.`,
    `'${value}' is not a valid date (YYYY-MM-DD)`,
  );
}
