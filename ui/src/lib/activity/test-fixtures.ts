import { vi } from "vitest";
// Realistic data for the activity editor's tests, taken from
// migrations/0002_catalogs.sql: the cases the editor treats specially are
// here — a partial adequacy decision (US, Data Privacy Framework), a country
// without one (IN), full adequacy (CH), EEA countries that are no third
// countries, the invalid Privacy Shield and a mechanism that needs the
// Art. 49(6) documentation.

import type { Catalogs, DpiaCriterion, DpiaList, Party, ProcessingActivity, Tom } from "../api";
import { storedParty } from "../parties/test-fixtures";

const checked_on = "2026-11-27";
const iso = "ISO 3166-1 alpha-2";

function basis(
  code: string,
  kind: "art6" | "art9" | "national" | "other",
  citation_de: string,
  citation_en: string,
  label_de: string,
  label_en: string,
) {
  return { code, kind, citation_de, citation_en, label_de, label_en, dpv: null, source: citation_de, checked_on };
}

function mechanism(
  code: string,
  citation_de: string,
  citation_en: string,
  label_de: string,
  label_en: string,
  options: { needs_documentation?: boolean; valid?: boolean } = {},
) {
  return {
    code,
    citation_de,
    citation_en,
    label_de,
    label_en,
    dpv: null,
    needs_documentation: options.needs_documentation ?? false,
    valid: options.valid ?? true,
    source: citation_de,
    checked_on,
  };
}

/** A recipient's disclosure fields, all unrecorded (fresh arrays each time). */
export function noDisclosure() {
  return { channels: [], data_categories: [], legal_bases: [], legal_basis_note: null };
}

export const catalogs: Catalogs = {
  legal_bases: [
    basis("art6-1-a", "art6", "Art. 6 Abs. 1 lit. a DSGVO", "Art. 6(1)(a) GDPR", "Einwilligung", "Consent"),
    basis(
      "art6-1-b",
      "art6",
      "Art. 6 Abs. 1 lit. b DSGVO",
      "Art. 6(1)(b) GDPR",
      "Vertrag oder vorvertragliche Maßnahmen",
      "Contract or pre-contractual steps",
    ),
    basis(
      "art6-1-f",
      "art6",
      "Art. 6 Abs. 1 lit. f DSGVO",
      "Art. 6(1)(f) GDPR",
      "Berechtigte Interessen",
      "Legitimate interests",
    ),
    basis(
      "art9-2-a",
      "art9",
      "Art. 9 Abs. 2 lit. a DSGVO",
      "Art. 9(2)(a) GDPR",
      "Ausdrückliche Einwilligung",
      "Explicit consent",
    ),
    basis(
      "bdsg-26",
      "national",
      "§ 26 BDSG",
      "Section 26 BDSG (German Federal Data Protection Act)",
      "Datenverarbeitung für Zwecke des Beschäftigungsverhältnisses",
      "Processing for employment purposes",
    ),
  ],
  countries: [
    {
      code: "CH",
      name_de: "Schweiz",
      name_en: "Switzerland",
      eea: false,
      adequacy: { decision: "2000/518/EC", date: "2000-07-26", scope_de: null, scope_en: null },
      source: iso,
      checked_on,
    },
    { code: "DE", name_de: "Deutschland", name_en: "Germany", eea: true, adequacy: null, source: iso, checked_on },
    { code: "FR", name_de: "Frankreich", name_en: "France", eea: true, adequacy: null, source: iso, checked_on },
    { code: "IN", name_de: "Indien", name_en: "India", eea: false, adequacy: null, source: iso, checked_on },
    {
      code: "JP",
      name_de: "Japan",
      name_en: "Japan",
      eea: false,
      adequacy: {
        decision: "(EU) 2019/419",
        date: "2019-01-23",
        scope_de: "Nur Unternehmen des Privatsektors, die dem japanischen APPI unterliegen",
        scope_en: "Only private-sector business operators subject to Japan's APPI",
      },
      source: iso,
      checked_on,
    },
    {
      code: "US",
      name_de: "Vereinigte Staaten",
      name_en: "United States",
      eea: false,
      adequacy: {
        decision: "(EU) 2023/1795",
        date: "2023-07-10",
        scope_de: "Nur Organisationen, die nach dem EU-US Data Privacy Framework zertifiziert sind",
        scope_en: "Only organisations certified under the EU-U.S. Data Privacy Framework",
      },
      source: iso,
      checked_on,
    },
  ],
  mechanisms: [
    mechanism(
      "art45",
      "Art. 45 DSGVO",
      "Art. 45 GDPR",
      "Angemessenheitsbeschluss der EU-Kommission",
      "Commission adequacy decision",
    ),
    mechanism(
      "art46-2-c",
      "Art. 46 Abs. 2 lit. c DSGVO",
      "Art. 46(2)(c) GDPR",
      "Standardvertragsklauseln der EU-Kommission (SCC)",
      "Standard contractual clauses adopted by the Commission (SCCs)",
    ),
    mechanism(
      "art49-1-2",
      "Art. 49 Abs. 1 UAbs. 2 DSGVO",
      "Art. 49(1), second subparagraph, GDPR",
      "Zwingende berechtigte Interessen",
      "Compelling legitimate interests",
      { needs_documentation: true },
    ),
    mechanism(
      "privacy-shield",
      "Durchführungsbeschluss (EU) 2016/1250 (EU-US Privacy Shield)",
      "Implementing Decision (EU) 2016/1250 (EU-U.S. Privacy Shield)",
      "EU-US Privacy Shield",
      "EU-U.S. Privacy Shield",
      { valid: false },
    ),
  ],
  authorities: [],
  dpia_criteria: [
    criterion(
      "art35-3-c",
      "art35",
      "c",
      "Systematische umfangreiche Überwachung öffentlich zugänglicher Bereiche",
      "Systematic monitoring of a publicly accessible area on a large scale",
    ),
    criterion("wp248-monitoring", "wp248", "3", "Systematische Überwachung", "Systematic monitoring"),
    criterion("wp248-large-scale", "wp248", "5", "Datenverarbeitung in großem Umfang", "Data processed on a large scale"),
    criterion(
      "dsk-11",
      "dsk",
      "11",
      "Künstliche Intelligenz, die die Interaktion mit Betroffenen steuert oder persönliche Aspekte bewertet",
      "Artificial intelligence that steers the interaction with data subjects or evaluates personal aspects",
    ),
  ],
  suggestions: [
    { kind: "data_category", label_de: "Kontaktdaten", label_en: "Contact details", special: false },
    { kind: "data_category", label_de: "Gesundheitsdaten", label_en: "Data concerning health", special: true },
    { kind: "data_subject", label_de: "Beschäftigte", label_en: "Employees", special: false },
    {
      kind: "data_subject",
      label_de: "Teilnehmende an Online-Meetings",
      label_en: "Participants in online meetings",
      special: false,
    },
  ],
};

function criterion(code: string, list: DpiaList, number: string, label_de: string, label_en: string): DpiaCriterion {
  return { code, list, number, label_de, label_en, source: "migrations/0008_dpia_threshold.sql", checked_on: "2026-12-07" };
}

export const parties: Party[] = [
  storedParty("cisco", "Cisco Systems, Inc.", "US"),
  storedParty("microsoft", "Microsoft Ireland Operations Ltd.", "IE", true),
];

export const toms: Tom[] = [
  { key: "tls", goal: "encryption", title: "Transportverschlüsselung (TLS)", description: null, version: 1 },
  { key: "rollen", goal: "confidentiality", title: "Rollen- und Rechtekonzept", description: null, version: 1 },
];

/** The Webex activity of the example register, as the core returns it. */
export function webexActivity(): ProcessingActivity {
  return {
    key: "VT-002",
    name: "Online-Meetings mit Cisco Webex",
    description: null,
    department: "IT",
    contact_person: null,
    status: "active",
    purposes: [
      {
        description: "Durchführung von Online-Meetings und Webinaren",
        legal_bases: ["art6-1-b"],
        legal_basis_note: null,
        legitimate_interests: null,
        consent_given: null,
        consent_withdrawal: null,
        direct_marketing: false,
      },
    ],
    data_subjects: ["Teilnehmende an Online-Meetings"],
    data_subject_groups: ["participants"],
    data_categories: [
      {
        name: "Kontaktdaten",
        description: null,
        special: false,
        criminal: false,
        conditions: [],
        retention: null,
      },
    ],
    source: { from_data_subject: true, other_sources: null, publicly_accessible: null },
    provision: null,
    automated_decisions: { kind: "none" },
    information: { kind: "public_notice" },
    recipients: [{ role: "processor", party: "cisco", description: null, note: null, ...noDisclosure() }],
    transfers: [],
    embeds: [],
    toms: ["tls"],
    tom_notes: null,
    dpia: { required: false, reason: null, done_on: null, reference: null },
    created_at: "2026-01-15T09:30:00Z",
    updated_at: "2026-11-20T14:05:00Z",
    last_reviewed: "2026-11-20",
    next_review: "2027-11-20",
    notes: null,
    version: 3,
  };
}

/** What api.newActivity() returns: a key proposed, nothing else. */
export function newDraft(): ProcessingActivity {
  return {
    ...webexActivity(),
    key: "VT-004",
    name: "",
    department: null,
    status: "draft",
    purposes: [],
    data_subjects: [],
    data_subject_groups: [],
    data_categories: [],
    source: { from_data_subject: null, other_sources: null, publicly_accessible: null },
    automated_decisions: null,
    information: { kind: "public_notice" },
    recipients: [],
    toms: [],
    dpia: { required: null, reason: null, done_on: null, reference: null },
    created_at: "2026-11-27T10:00:00Z",
    updated_at: "2026-11-27T10:00:00Z",
    last_reviewed: null,
    next_review: null,
    version: 0,
  };
}

/** The props of the activity editor (or its TestHost) on the Webex fixture, with fresh callbacks. */
export function editorProps(overrides: Partial<{ activityKey: string | null; focusPath: string | null }> = {}) {
  return {
    activityKey: "VT-002",
    catalogs,
    parties,
    toms,
    onsaved: vi.fn(),
    ondeleted: vi.fn(),
    onpartycreated: vi.fn(),
    ...overrides,
  };
}
