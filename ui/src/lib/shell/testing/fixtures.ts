// Records for the shell's and the list's component tests.

import type { ActivityListItem, Catalogs, RegisterSummary } from "../../api";

export const catalogs: Catalogs = {
  legal_bases: [
    {
      code: "art6-1-b",
      kind: "art6",
      citation_de: "Art. 6 Abs. 1 lit. b DSGVO",
      citation_en: "Art. 6(1)(b) GDPR",
      label_de: "Vertrag",
      label_en: "Contract",
      dpv: "eu-gdpr:A6-1-b",
      source: "Art. 6 Abs. 1 lit. b VO (EU) 2016/679 (DSGVO)",
      checked_on: "2026-11-27",
    },
    {
      code: "bdsg-26",
      kind: "national",
      citation_de: "§ 26 BDSG",
      citation_en: "Section 26 BDSG",
      label_de: "Beschäftigungsverhältnis",
      label_en: "Employment",
      dpv: null,
      source: "§ 26 Bundesdatenschutzgesetz",
      checked_on: "2026-11-27",
    },
  ],
  countries: [],
  mechanisms: [],
  authorities: [],
  suggestions: [],
  dpia_criteria: [],
};

export function item(key: string, name: string, more: Partial<ActivityListItem> = {}): ActivityListItem {
  return {
    key,
    name,
    status: "active",
    department: null,
    purpose_count: 1,
    transfer_count: 0,
    next_review: null,
    updated_at: "2026-11-20T10:00:00Z",
    ...more,
  };
}

/** The example register's three activities, in key order as the core returns them. */
export const meetings: ActivityListItem[] = [
  item("VT-001", "Online-Meetings mit Jitsi Meet", {
    department: "IT",
    purpose_count: 2,
    next_review: "2027-06-30",
  }),
  item("VT-002", "Cisco Webex", { status: "draft", transfer_count: 1, next_review: "2020-01-31" }),
  item("VT-003", "Besprechungen in Microsoft Teams", {
    status: "retired",
    purpose_count: 3,
    transfer_count: 2,
    updated_at: "2026-11-25T08:00:00Z",
  }),
];

export const exampleSummary: RegisterSummary = {
  path: "/home/dpo/.local/share/vvt/register.vvt",
  organisation_name: "Integrata Cegos GmbH",
  activity_count: 3,
  party_count: 5,
};

export const emptySummary: RegisterSummary = {
  path: "/home/dpo/neu.vvt",
  organisation_name: null,
  activity_count: 0,
  party_count: 0,
};

/**
 * jsdom has no ResizeObserver, which Svelte's `bind:clientHeight` uses; a
 * silent one leaves the height at 0 and the list at its assumed height.
 */
export class SilentResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}
