// Dates as the DPO types and reads them in a form: "15.01.2026" in German,
// "15/01/2026" or "15 Jan 2026" in English, and "2026-01-15" (ISO, what the
// register keeps) in both. Only the form is read here, never the calendar: a
// day that does not exist (30 February) goes to the core in ISO form, and
// the core refuses it with its reason at the field, as for any other value.

import type { Lang } from "../i18n";

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const DOTTED = /^(\d{1,2})\.\s*(\d{1,2})\.\s*(\d{4})$/;
const SLASHED = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const NAMED = /^(\d{1,2})\.?\s+([\p{L}]+)\.?\s+(\d{4})$/u;

/** Month names and their usual abbreviations, lower case, in each language. */
const MONTHS: Record<Lang, readonly string[][]> = {
  de: [
    ["januar", "jan", "jän", "jänner"],
    ["februar", "feb"],
    ["märz", "mär", "maerz", "mrz"],
    ["april", "apr"],
    ["mai"],
    ["juni", "jun"],
    ["juli", "jul"],
    ["august", "aug"],
    ["september", "sep", "sept"],
    ["oktober", "okt"],
    ["november", "nov"],
    ["dezember", "dez"],
  ],
  en: [
    ["january", "jan"],
    ["february", "feb"],
    ["march", "mar"],
    ["april", "apr"],
    ["may"],
    ["june", "jun"],
    ["july", "jul"],
    ["august", "aug"],
    ["september", "sep", "sept"],
    ["october", "oct"],
    ["november", "nov"],
    ["december", "dec"],
  ],
};

const pad = (n: number | string) => String(n).padStart(2, "0");

function iso(year: string, month: number | string, day: number | string): string {
  return `${year}-${pad(month)}-${pad(day)}`;
}

/**
 * The ISO form ("2026-01-15") of a date typed in `lang`'s form or in ISO;
 * text of no known form is returned as typed (trimmed), for the core to
 * refuse with its reason.
 */
export function toIso(text: string, lang: Lang): string {
  const typed = text.trim();
  let m: ReturnType<typeof ISO.exec>;
  if ((m = ISO.exec(typed))) return iso(m[1], m[2], m[3]);
  if ((m = DOTTED.exec(typed))) return iso(m[3], m[2], m[1]);
  if (lang === "en" && (m = SLASHED.exec(typed))) return iso(m[3], m[2], m[1]);
  if ((m = NAMED.exec(typed))) {
    const name = m[2].toLowerCase();
    const month = MONTHS[lang].findIndex((names) => names.includes(name));
    if (month >= 0) return iso(m[3], month + 1, m[1]);
  }
  return typed;
}

/** Whether `value` is an ISO date of a day that exists. */
function isDay(value: string): boolean {
  const m = ISO.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * A stored date as the input shows it in `lang`: "15.01.2026" in German,
 * "15/01/2026" in English. A value that is no existing day (one the core is
 * about to refuse, or text being typed) is shown as it is.
 */
export function fromIso(value: string, lang: Lang): string {
  if (!isDay(value)) return value;
  const [year, month, day] = value.split("-");
  return lang === "de" ? `${day}.${month}.${year}` : `${day}/${month}/${year}`;
}
