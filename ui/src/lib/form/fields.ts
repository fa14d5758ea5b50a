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
  return problemsOf(error).find((p) => p.field === path)?.text ?? null;
}

/** One field's problem of a validation error, worded in the UI's language. */
export interface ShownProblem {
  field: string;
  text: string;
}

/**
 * Every field problem of a validation error — a save reports all of them at
 * once — in the UI's language (reads `settings.lang`); none for any other
 * error, or a validation error that names no field.
 */
export function problemsOf(error: ApiError | null | undefined): ShownProblem[] {
  if (!error || error.code !== "validation") return [];
  if (error.problems && error.problems.length > 0) {
    return error.problems.map((p) => ({ field: p.field, text: p.reason_text[settings.lang] }));
  }
  return error.field ? [{ field: error.field, text: fieldMessage(error) }] : [];
}

/** Whether `field` is `path` or lies below it (`purposes[0].legal_bases[1]` below `purposes[0]`). */
export function isWithin(field: string, path: string): boolean {
  return field === path || field.startsWith(path + "[") || field.startsWith(path + ".");
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
  const element = elementFor(path, root);
  if (!element) return false;
  const target = focusTarget(element);
  target.scrollIntoView?.({ block: "center" });
  target.focus();
  return true;
}

/**
 * The element carrying the id of `path`, or of the nearest part of it when
 * there is no input for the exact one (`purposes[0].legal_bases[1]` →
 * `purposes[0].legal_bases` → `purposes[0]` …); null when there is none.
 */
export function elementFor(path: string, root: ParentNode = document): HTMLElement | null {
  let current = path;
  for (;;) {
    const element = root.querySelector<HTMLElement>(`#${CSS.escape(fieldId(current))}`);
    if (element) return element;
    const shorter = parentPath(current);
    if (shorter === current || shorter === "") return null;
    current = shorter;
  }
}

/**
 * Where the input for `path` is, in the words on the screen: the title of
 * its section, the entry of a list it belongs to, and its label — "Zwecke ›
 * Eintrag 1 › Beschreibung" — so a summary of problems names no field path.
 * Read from the form itself (`root`), so it always says what the DPO sees;
 * null when no input for the path or a part of it is in the form.
 */
export function fieldInWords(path: string, root: ParentNode, entry: (n: number) => string): string | null {
  const element = elementFor(path, root);
  if (!element) return null;
  const parts: string[] = [];
  const section = element.closest("section[aria-labelledby]");
  const heading = section && root.querySelector(`#${CSS.escape(section.getAttribute("aria-labelledby") ?? "")}`);
  if (heading?.textContent) parts.push(heading.textContent.trim());
  const first = /\[(\d+)\]/.exec(path);
  if (first) parts.push(entry(Number(first[1]) + 1));
  const label = labelOf(element, root);
  if (label && !parts.includes(label)) parts.push(label);
  return parts.length > 0 ? parts.join(" › ") : null;
}

/** The visible name of an input: its label, a group's legend or label, or its aria-label. */
function labelOf(element: HTMLElement, root: ParentNode): string | null {
  // Without what screen readers skip too (the required field's asterisk).
  const text = (node: Element | null | undefined) => {
    if (!node) return null;
    const copy = node.cloneNode(true) as Element;
    copy.querySelectorAll("[aria-hidden=true]").forEach((hidden) => hidden.remove());
    return copy.textContent?.replace(/\s+/g, " ").trim() || null;
  };
  if (element.id) {
    const label = root.querySelector(`label[for="${CSS.escape(element.id)}"]`);
    if (label) return text(label);
    const own = root.querySelector(`#${CSS.escape(element.id + "-label")}`);
    if (own) return text(own);
  }
  const labelledBy = element.getAttribute("aria-labelledby");
  if (labelledBy) {
    const named = root.querySelector(`#${CSS.escape(labelledBy.split(" ")[0])}`);
    if (named) return text(named);
  }
  return element.getAttribute("aria-label") ?? text(element.closest("fieldset")?.querySelector("legend"));
}

/**
 * Puts the keyboard into a record just opened as new: its name (or title),
 * where the DPO starts typing — the key is proposed from it — or else its
 * first input. Returns whether an input took the focus.
 */
export function focusFirstField(root: ParentNode): boolean {
  const target =
    root.querySelector<HTMLElement>(`#${fieldId("name")}, #${fieldId("title")}`) ??
    root.querySelector<HTMLElement>(INPUTS);
  target?.focus();
  return target !== null && target !== undefined;
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
