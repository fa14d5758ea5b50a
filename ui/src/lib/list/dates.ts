// Calendar days as the list filters them (shown through i18n formatDate).

/** Today on the DPO's calendar (local time, not UTC) as YYYY-MM-DD. */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The calendar day of an RFC 3339 timestamp, on the local calendar. */
export function dayOf(timestamp: string): string {
  const date = new Date(timestamp);
  return Number.isNaN(date.getTime()) ? timestamp : localToday(date);
}
