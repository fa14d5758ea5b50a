// Calendar days as the list shows and filters them.

import type { Lang } from "../i18n";

/** Today on the DPO's calendar (local time, not UTC) as YYYY-MM-DD. */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * A YYYY-MM-DD day as the register print writes it: "27.11.2026" in German,
 * unchanged in English (ISO is unambiguous there).
 */
export function formatDay(day: string, lang: Lang): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match || lang === "en") return day;
  return `${match[3]}.${match[2]}.${match[1]}`;
}

/** The calendar day of an RFC 3339 timestamp, on the local calendar. */
export function dayOf(timestamp: string): string {
  const date = new Date(timestamp);
  return Number.isNaN(date.getTime()) ? timestamp : localToday(date);
}
