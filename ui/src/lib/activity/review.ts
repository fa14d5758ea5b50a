// The review dates after the DPO has reviewed an activity, without a DOM.
// Dates are YYYY-MM-DD as the record keeps them; `today` is the local day
// (list/dates.ts `localToday`).

/** Whether `text` is a real calendar day written YYYY-MM-DD. */
function isDay(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The same day one year after `day` (YYYY-MM-DD); 29 February becomes 28 February. */
export function oneYearAfter(day: string): string {
  const [year, month, date] = day.split("-").map(Number);
  const leapDay = month === 2 && date === 29;
  const pad = (n: number, width: number) => String(n).padStart(width, "0");
  return `${pad(year + 1, 4)}-${pad(month, 2)}-${pad(leapDay ? 28 : date, 2)}`;
}

/**
 * The review dates once the activity was reviewed `today`: last reviewed
 * today, and the next review a year from now unless one after today is
 * already planned. Text that is no date plans nothing, so it is replaced.
 */
export function reviewedOn(
  today: string,
  nextReview: string | null,
): { last_reviewed: string; next_review: string } {
  const planned = nextReview !== null && isDay(nextReview) && nextReview > today;
  return { last_reviewed: today, next_review: planned ? nextReview : oneYearAfter(today) };
}
