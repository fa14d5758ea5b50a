// Field paths and DOM ids. The core names an invalid input by its path inside
// the record (`purposes[0].legal_bases[1]`, `next_review`); every input of an
// editor carries the id made from that path, so an error lands at its field
// and a finding or a history entry can jump to it.

import { UNOPENABLE_CODES, type ApiError } from "../api";
import { messages, type ErrorCode, type UnopenableCode } from "../i18n";
import { settings } from "../settings.svelte";

/** DOM id of the input for `path`: `field-purposes-0-legal_bases-1`. */
export function fieldId(path: string): string {
  return ["field", ...path.split(/[[\].]+/).filter((part) => part !== "")].join("-");
}

/**
 * The error message for the input at `path`, when `error` concerns it or a
 * part of it (`purposes[0]` also shows an error of `purposes[0].description`
 * only when no closer input exists — editors pass exact paths).
 */
export function errorFor(error: ApiError | null | undefined, path: string): string | null {
  if (!error || error.code !== "validation" || !error.field) return null;
  return error.field === path ? fieldMessage(error) : null;
}

/**
 * Why a validation error refused its input, in the UI's language: the core
 * words every reason in both languages (`reason_text`), so nothing is
 * translated here. It reads `settings.lang`, so a message shown from a
 * template or `$derived` follows a switch of the language. An error without
 * a reason (none of the core's) shows its message.
 */
export function fieldMessage(error: ApiError): string {
  return error.reason_text?.[settings.lang] ?? error.message;
}

/**
 * What went wrong, in the UI's language, for any failed command: a validation
 * error by its reason (fieldMessage), a register file VVT refused to open by
 * the file's name, anything else by its stable code. The core's own message
 * is English and technical; where it is shown at all, it goes into the
 * "technical details" (shell/TechnicalDetails.svelte). Reads `settings.lang`
 * like fieldMessage, so a shown text follows a switch of the language.
 */
export function errorText(error: ApiError): string {
  if (error.code === "validation") return fieldMessage(error);
  const t = messages[settings.lang];
  if (isUnopenable(error.code)) return t.unopenable[error.code](fileName(error.path));
  return Object.hasOwn(t.errorByCode, error.code) ? t.errorByCode[error.code as ErrorCode] : t.unknownError;
}

function isUnopenable(code: ApiError["code"]): code is UnopenableCode {
  return UNOPENABLE_CODES.includes(code);
}

/** The file name of a path, for a sentence; the whole path is in the details. */
function fileName(path: string | undefined): string {
  return path?.split(/[\\/]/).pop() ?? "";
}

/**
 * Moves the keyboard focus to the input for `path` and scrolls it into view,
 * trying shorter paths when there is no input for the exact one (an error at
 * `purposes[0]` focuses the purpose's first input). Returns whether one was found.
 */
export function focusField(path: string, root: ParentNode = document): boolean {
  let current = path;
  for (;;) {
    const element = root.querySelector<HTMLElement>(`#${CSS.escape(fieldId(current))}`);
    if (element) {
      const target = focusTarget(element);
      target.scrollIntoView?.({ block: "center" });
      target.focus();
      return true;
    }
    const shorter = parentPath(current);
    if (shorter === current || shorter === "") return false;
    current = shorter;
  }
}

/** The path one step up: `purposes[0].legal_bases` → `purposes[0]` → `purposes`. */
function parentPath(path: string): string {
  const cut = path.endsWith("]") ? path.lastIndexOf("[") : path.lastIndexOf(".");
  return cut > 0 ? path.slice(0, cut) : path;
}

const INPUTS = "input:not([type=hidden]):not(:disabled), select:not(:disabled), textarea:not(:disabled)";

/**
 * What takes the focus for the element carrying a path's id. An input, a
 * button or an element with a tabindex (a group focused as a whole) takes it
 * itself. A list's container (`purposes`, `categories`) cannot: it hands the
 * focus to where the DPO fixes a finding about the list — its first input,
 * or, when the list is empty, its button that adds the first entry.
 */
function focusTarget(element: HTMLElement): HTMLElement {
  if (element.matches("input, select, textarea, button, [tabindex]")) return element;
  return (
    element.querySelector<HTMLElement>(INPUTS) ??
    element.querySelector<HTMLElement>("button:not(:disabled)") ??
    element
  );
}

/** `""` and whitespace become `null`, for the core's optional texts. */
export function blankToNull(value: string | null | undefined): string | null {
  return value === null || value === undefined || value.trim() === "" ? null : value;
}
