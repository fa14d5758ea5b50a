// Ordering of the activity list. The core returns the list by key; the DPO
// re-sorts it by clicking a column header, which happens here without a new
// query. Pure functions, so the order is tested without a DOM.

import type { ActivityListItem, ActivityStatus } from "../api";

export type SortColumn = "key" | "name" | "status" | "next_review" | "updated_at";

export type SortDirection = "ascending" | "descending";

export interface SortOrder {
  column: SortColumn;
  direction: SortDirection;
}

/** Lifecycle order, not alphabetical: drafts first, retired last. */
const STATUS_RANK: Record<ActivityStatus, number> = { draft: 0, active: 1, retired: 2 };

// "VT-2" before "VT-10", and "ä" next to "a".
const collator = new Intl.Collator("de", { numeric: true, sensitivity: "base" });

function compare(a: ActivityListItem, b: ActivityListItem, column: SortColumn): number {
  switch (column) {
    case "key":
      return collator.compare(a.key, b.key);
    case "name":
      return collator.compare(a.name, b.name);
    case "status":
      return STATUS_RANK[a.status] - STATUS_RANK[b.status];
    case "next_review":
      // YYYY-MM-DD compares as text.
      return (a.next_review ?? "").localeCompare(b.next_review ?? "");
    case "updated_at":
      return Date.parse(a.updated_at) - Date.parse(b.updated_at);
  }
}

/**
 * A sorted copy. Ties keep key order; activities without a next review come
 * last in either direction, since "no date" is neither early nor late.
 */
export function sortActivities(
  items: readonly ActivityListItem[],
  order: SortOrder,
): ActivityListItem[] {
  const sign = order.direction === "ascending" ? 1 : -1;
  return [...items].sort((a, b) => {
    if (order.column === "next_review" && (a.next_review === null) !== (b.next_review === null)) {
      return a.next_review === null ? 1 : -1;
    }
    return sign * compare(a, b, order.column) || collator.compare(a.key, b.key);
  });
}

/**
 * The order after a click on `column`: the same column flips, another starts
 * ascending — except "changed", where the newest is what one looks for.
 */
export function nextOrder(current: SortOrder, column: SortColumn): SortOrder {
  if (current.column === column) {
    return { column, direction: current.direction === "ascending" ? "descending" : "ascending" };
  }
  return { column, direction: column === "updated_at" ? "descending" : "ascending" };
}
