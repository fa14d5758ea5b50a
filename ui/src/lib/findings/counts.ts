// Findings counted by severity: the panel's summary and filter buttons, and
// the badge each activity row in the list carries.

import type { Finding, Severity } from "../api";

export interface FindingCounts {
  error: number;
  warning: number;
  info: number;
}

/** Most severe first, the order the core reports findings in. */
export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

export function countBySeverity(findings: readonly Finding[]): FindingCounts {
  const counts: FindingCounts = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity] += 1;
  return counts;
}

/**
 * The counts per activity key, for the findings that concern a processing
 * activity; activities without findings have no entry.
 */
export function countsByActivity(findings: Finding[]): Map<string, FindingCounts> {
  const byKey = new Map<string, FindingCounts>();
  for (const finding of findings) {
    if (finding.record.entity !== "activity") continue;
    let counts = byKey.get(finding.record.key);
    if (!counts) {
      counts = { error: 0, warning: 0, info: 0 };
      byKey.set(finding.record.key, counts);
    }
    counts[finding.severity] += 1;
  }
  return byKey;
}

export function totalOf(counts: FindingCounts): number {
  return counts.error + counts.warning + counts.info;
}
