// Words of the read-only catalog views, in German and English.

import type { Lang } from "../i18n";

export type CatalogTab = "legal_bases" | "countries" | "mechanisms" | "authorities" | "dpia_criteria";

export interface CatalogsMessages {
  title: string;
  intro: string;
  tabsLabel: string;
  tabs: Record<CatalogTab, string>;
  /** Label of the filter box of one catalog. */
  filterLabel: (catalog: string) => string;
  filterPlaceholder: string;
  shown: (shown: number, total: number) => string;
  noMatch: string;
  citation: string;
  label: string;
  dpv: string;
  /** Heading of the sources, which the catalogs record in German only. */
  source: string;
  checkedOn: string;
  countryName: string;
  countryCode: string;
  eea: string;
  adequacy: string;
  adequacyDecision: (decision: string, date: string) => string;
  valid: string;
  validYes: string;
  /** Shown for an instrument that no longer carries a transfer (Privacy Shield). */
  validNo: string;
  needsDocumentation: string;
  yes: string;
  no: string;
  authorityName: string;
  region: string;
  sector: string;
  sectors: Record<string, string>;
  address: string;
  email: string;
  website: string;
}

const de: CatalogsMessages = {
  title: "Kataloge",
  intro:
    "Die Nachschlagedaten, auf die das Verzeichnis verweist – jeweils mit Rechtsquelle und dem Datum der letzten Prüfung.",
  tabsLabel: "Katalog",
  tabs: {
    legal_bases: "Rechtsgrundlagen",
    countries: "Länder",
    mechanisms: "Übermittlungsinstrumente",
    authorities: "Aufsichtsbehörden",
    dpia_criteria: "DSFA-Schwellwertanalyse",
  },
  filterLabel: (catalog) => `${catalog} filtern`,
  filterPlaceholder: "Suchbegriff",
  shown: (shown, total) => (shown === total ? `${total} Einträge` : `${shown} von ${total} Einträgen`),
  noMatch: "Kein Eintrag passt zum Filter.",
  citation: "Vorschrift",
  label: "Bezeichnung",
  dpv: "DPV-Kennung",
  source: "Quelle",
  checkedOn: "Geprüft am",
  countryName: "Land",
  countryCode: "Code",
  eea: "EWR",
  adequacy: "Angemessenheitsbeschluss",
  adequacyDecision: (decision, date) => `${decision} vom ${date}`,
  valid: "Gültig",
  validYes: "gültig",
  validNo: "nicht mehr gültig",
  needsDocumentation: "Dokumentation nach Art. 49 Abs. 6 nötig",
  yes: "ja",
  no: "nein",
  authorityName: "Behörde",
  region: "Region",
  sector: "Zuständig für",
  sectors: {
    private: "nichtöffentliche Stellen",
    public: "öffentliche Stellen",
    all: "öffentliche und nichtöffentliche Stellen",
  },
  address: "Anschrift",
  email: "E-Mail",
  website: "Website",
};

const en: CatalogsMessages = {
  title: "Catalogs",
  intro:
    "The reference data the register points to – each entry with its legal source and the date it was last checked.",
  tabsLabel: "Catalog",
  tabs: {
    legal_bases: "Legal bases",
    countries: "Countries",
    mechanisms: "Transfer mechanisms",
    authorities: "Supervisory authorities",
    dpia_criteria: "DPIA threshold analysis",
  },
  filterLabel: (catalog) => `Filter ${catalog.toLowerCase()}`,
  filterPlaceholder: "Search term",
  shown: (shown, total) => (shown === total ? `${total} entries` : `${shown} of ${total} entries`),
  noMatch: "No entry matches the filter.",
  citation: "Provision",
  label: "Label",
  dpv: "DPV identifier",
  source: "Source (in German)",
  checkedOn: "Checked on",
  countryName: "Country",
  countryCode: "Code",
  eea: "EEA",
  adequacy: "Adequacy decision",
  adequacyDecision: (decision, date) => `${decision} of ${date}`,
  valid: "Valid",
  validYes: "valid",
  validNo: "no longer valid",
  needsDocumentation: "Art. 49(6) documentation required",
  yes: "yes",
  no: "no",
  authorityName: "Authority",
  region: "Region",
  sector: "Supervises",
  sectors: {
    private: "private bodies",
    public: "public bodies",
    all: "public and private bodies",
  },
  address: "Address",
  email: "Email",
  website: "Website",
};

export const catalogsMessages: Record<Lang, CatalogsMessages> = { de, en };
