// Words of a record's change history (Art. 5(2) GDPR accountability), in
// German and English. Field labels name the top-level fields of each kind of
// record as the editors do; deeper parts of a path stay as the core writes
// them (`purposes[0].legal_bases`), so the DPO can find the exact place.

import type { ChangeAction, EntityKind } from "../api";
import type { Lang } from "../i18n";
import { vocabulary } from "../vocabulary";

export interface HistoryMessages {
  title: string;
  loading: string;
  loadFailed: string;
  retry: string;
  empty: string;
  /** "Showing 50 of 120 changes" under a shortened list. */
  shown: (shown: number, total: number) => string;
  showMore: string;
  actions: Record<ChangeAction, string>;
  by: (user: string) => string;
  before: string;
  after: string;
  value: string;
  emptyValue: string;
  yes: string;
  no: string;
  restore: string;
  restoring: string;
  restored: string;
  conflict: string;
  notFound: string;
  refused: string;
  restoreFailed: string;
  /** Labels of top-level fields shared by every kind of record. */
  fields: Record<string, string>;
  /** Labels that differ for one kind of record (a party's `name` is its name, not a title). */
  fieldsOf: Partial<Record<EntityKind, Record<string, string>>>;
  /** Labels of the fields inside a list entry or a part (`purposes[0].description`). */
  leaves: Record<string, string>;
  /** Names the n-th entry of a list (1-based). */
  entry: (n: number) => string;
}

const de: HistoryMessages = {
  title: "Änderungsverlauf",
  loading: "Änderungsverlauf wird geladen …",
  loadFailed: "Der Änderungsverlauf konnte nicht geladen werden.",
  retry: "Erneut versuchen",
  empty: "Noch keine Änderungen",
  shown: (shown, total) => `${shown} von ${total} Änderungen angezeigt`,
  showMore: "Mehr anzeigen",
  actions: { create: "angelegt", update: "geändert", delete: "gelöscht" },
  by: (user) => `von ${user}`,
  before: "Vorher:",
  after: "Nachher:",
  value: "Wert:",
  emptyValue: "(leer)",
  yes: "ja",
  no: "nein",
  restore: "Früheren Wert wiederherstellen",
  restoring: "Wert wird wiederhergestellt …",
  restored: "Der frühere Wert wurde wiederhergestellt und als neue Änderung gespeichert.",
  conflict:
    "Der Eintrag wurde inzwischen anderswo geändert. Bitte laden Sie ihn neu, bevor Sie einen Wert wiederherstellen.",
  notFound: "Die Änderung oder der Eintrag existiert nicht mehr.",
  refused: "Der frühere Wert kann nicht wiederhergestellt werden:",
  restoreFailed: "Der Wert konnte nicht wiederhergestellt werden:",
  fields: {
    key: "Kennung",
    name: "Bezeichnung",
    description: vocabulary.de.terms.description,
    department: vocabulary.de.terms.department,
    contact_person: vocabulary.de.terms.contactPerson,
    status: vocabulary.de.terms.status,
    purposes: "Zwecke",
    data_subjects: "Kategorien betroffener Personen",
    data_subject_groups: "Gruppen betroffener Personen",
    data_categories: "Kategorien personenbezogener Daten",
    source: "Herkunft der Daten",
    provision: "Bereitstellung der Daten",
    automated_decisions: "Automatisierte Entscheidungsfindung",
    information: "Information der Betroffenen",
    recipients: "Empfänger",
    transfers: "Drittlandübermittlungen",
    embeds: "Cookies und eingebundene Dienste",
    toms: "TOM",
    tom_notes: "Anmerkungen zu den TOM",
    access: "Wer die Daten sieht",
    own_responsibility: "In eigener Verantwortung",
    privacy_notice_url: "Eigene Datenschutzhinweise (Link)",
    deletion_rule: "Allgemeine Löschregel",
    professional_secrecy: "Berufliche Schweigepflicht (§ 203 StGB)",
    direct_marketing: "Direktwerbung",
    dpia: "DSFA",
    last_reviewed: "Zuletzt überprüft",
    next_review: "Nächste Überprüfung",
    notes: "Notizen",
    address: "Anschrift",
    country: "Land",
    contact: "Kontakt",
    processing_countries: "Weitere Verarbeitungsländer",
    dpf_certified: "Nach dem Data Privacy Framework zertifiziert",
    dpf_checked_on: "DPF-Zertifizierung geprüft am",
    certifications: "Zertifizierungen",
    agreement: "Auftragsverarbeitungsvertrag (AVV)",
    goal: "Schutzziel",
    title: "Titel",
    controller: "Verantwortlicher",
    dpo: "Datenschutzbeauftragter",
    no_dpo_reason: "Grund, aus dem kein Datenschutzbeauftragter benannt ist",
    persons_processing: "Personen, die ständig personenbezogene Daten verarbeiten",
    representative: "Vertreter in der Union",
    joint_controllers: "Gemeinsam Verantwortliche",
    authority: "Zuständige Aufsichtsbehörde",
    notice_date: "Stand der Datenschutzhinweise",
  },
  leaves: {
    description: "Beschreibung",
    legal_bases: "Rechtsgrundlagen",
    legal_basis_note: "Anmerkung zur Rechtsgrundlage",
    legitimate_interests: "Berechtigte Interessen",
    consent_given: "Wie die Einwilligung erteilt wird",
    consent_withdrawal: "Widerruf der Einwilligung",
    mechanism: "Übermittlungsinstrument",
    recipient: "Empfänger",
    party: "Stelle",
    role: "Art des Empfängers",
    scc_module: "Modul der Standardvertragsklauseln",
    tia_date: "Transfer-Folgenabschätzung am",
    tia_result: "Ergebnis der Transfer-Folgenabschätzung",
    supplementary_measures: "Zusätzliche Maßnahmen",
    derogation_documentation: "Dokumentation der Ausnahme",
    retention: "Löschfrist",
    period: "Frist",
    amount: "Dauer",
    criterion: "Kriterium",
    starts_at: "Fristbeginn",
    deletion: "Am Fristende",
    conditions: "Ausnahmen nach Art. 9 oder 10",
    special: "Besondere Kategorie",
    criminal: "Strafrechtliche Daten",
    signed_on: "Unterzeichnet am",
    reference: "Verweis",
    required: "Erforderlich",
    done_on: "Durchgeführt am",
    reason: "Begründung",
    explanation: "Begründung",
    logic: "Involvierte Logik",
    consequences: "Tragweite und Auswirkungen",
    consequence: "Folgen der Nichtbereitstellung",
    decisions: "Entscheidungen",
    decision: "Entscheidung",
    channels: "Kanäle",
    subprocessors: "Unterauftragsverarbeiter",
    locations: "Orte der Verarbeitung",
    email: "E-Mail",
    phone: "Telefon",
    website: "Website",
    activities: "Tätigkeiten",
  },
  entry: (n) => `Eintrag ${n}`,
  fieldsOf: {
    party: { name: "Name" },
    processor_activity: {
      controller: "Verantwortlicher (Auftraggeber)",
      categories: "Kategorien von Verarbeitungen",
    },
  },
};

const en: HistoryMessages = {
  title: "Change history",
  loading: "Loading the change history …",
  loadFailed: "The change history could not be loaded.",
  retry: "Try again",
  empty: "No changes yet",
  shown: (shown, total) => `Showing ${shown} of ${total} changes`,
  showMore: "Show more",
  actions: { create: "created", update: "changed", delete: "deleted" },
  by: (user) => `by ${user}`,
  before: "Before:",
  after: "After:",
  value: "Value:",
  emptyValue: "(empty)",
  yes: "yes",
  no: "no",
  restore: "Restore earlier value",
  restoring: "Restoring the value …",
  restored: "The earlier value was restored and saved as a new change.",
  conflict:
    "The record was changed elsewhere in the meantime. Reload it before restoring a value.",
  notFound: "The change or the record no longer exists.",
  refused: "The earlier value cannot be restored:",
  restoreFailed: "The value could not be restored:",
  fields: {
    key: "Key",
    name: "Name",
    description: vocabulary.en.terms.description,
    department: vocabulary.en.terms.department,
    contact_person: vocabulary.en.terms.contactPerson,
    status: vocabulary.en.terms.status,
    purposes: "Purposes",
    data_subjects: "Categories of data subjects",
    data_subject_groups: "Groups of data subjects",
    data_categories: "Categories of personal data",
    source: "Source of the data",
    provision: "Provision of the data",
    automated_decisions: "Automated decision-making",
    information: "Informing the data subjects",
    recipients: "Recipients",
    transfers: "Third-country transfers",
    embeds: "Cookies and embedded services",
    toms: "TOMs",
    tom_notes: "Notes on the TOMs",
    access: "Who sees the data",
    own_responsibility: "As a controller of its own",
    privacy_notice_url: "Own privacy notice (link)",
    deletion_rule: "General deletion rule",
    professional_secrecy: "Professional secrecy (Section 203 StGB)",
    direct_marketing: "Direct marketing",
    dpia: "DPIA",
    last_reviewed: "Last reviewed",
    next_review: "Next review",
    notes: "Notes",
    address: "Address",
    country: "Country",
    contact: "Contact",
    processing_countries: "Other countries of processing",
    dpf_certified: "Certified under the Data Privacy Framework",
    dpf_checked_on: "DPF certification checked on",
    certifications: "Certifications",
    agreement: "Data processing agreement",
    goal: "Protection goal",
    title: "Title",
    controller: "Controller",
    dpo: "Data protection officer",
    no_dpo_reason: "Reason why no data protection officer is designated",
    persons_processing: "Persons constantly processing personal data",
    representative: "Representative in the Union",
    joint_controllers: "Joint controllers",
    authority: "Competent supervisory authority",
    notice_date: "Date of the privacy notice",
  },
  leaves: {
    description: "Description",
    legal_bases: "Legal bases",
    legal_basis_note: "Note on the legal basis",
    legitimate_interests: "Legitimate interests",
    consent_given: "How consent is given",
    consent_withdrawal: "Withdrawal of consent",
    mechanism: "Transfer mechanism",
    recipient: "Recipient",
    party: "Party",
    role: "Kind of recipient",
    scc_module: "Module of the standard contractual clauses",
    tia_date: "Transfer impact assessment on",
    tia_result: "Result of the transfer impact assessment",
    supplementary_measures: "Supplementary measures",
    derogation_documentation: "Documentation of the derogation",
    retention: "Retention",
    period: "Period",
    amount: "Length",
    criterion: "Criterion",
    starts_at: "Start of the period",
    deletion: "At the end of the period",
    conditions: "Conditions under Art. 9 or 10",
    special: "Special category",
    criminal: "Criminal-offence data",
    signed_on: "Signed on",
    reference: "Reference",
    required: "Required",
    done_on: "Carried out on",
    reason: "Reason",
    explanation: "Reason",
    logic: "Logic involved",
    consequences: "Significance and consequences",
    consequence: "Consequences of not providing the data",
    decisions: "Decisions",
    decision: "Decision",
    channels: "Channels",
    subprocessors: "Sub-processors",
    locations: "Places of processing",
    email: "Email",
    phone: "Phone",
    website: "Website",
    activities: "Activities",
  },
  entry: (n) => `entry ${n}`,
  fieldsOf: {
    processor_activity: {
      controller: "Controller (client)",
      categories: "Categories of processing",
    },
  },
};

export const historyMessages: Record<Lang, HistoryMessages> = { de, en };
