// The activity editor's words in German (the default) and English. The type
// makes a missing English entry a compile error. Legal terms follow the DSK's
// vocabulary that German DPOs use (Verantwortlicher, Empfänger, Löschfrist …).

import type {
  ActivityStatus,
  DpiaList,
  DpiaOutcome,
  LegalBasisKind,
  PeriodUnit,
  ProtectionGoal,
  RetentionEnd,
  RetentionStart,
  SubjectGroup,
  ProvisionKind,
  PublicationChannel,
  RecipientRole,
} from "../api";
import type { Lang } from "../i18n";
import { protectionGoalLabels } from "../toms/goals";
import type { SectionName, SuggestionReason } from "./activity";
import { vocabulary } from "../vocabulary";

export interface ActivityMessages {
  sections: Record<SectionName, string>;
  /** The form's table of contents. */
  sectionNav: string;
  /** Sets one category's retention rule for all of the activity's categories. */
  copyRetention: string;
  retentionCopied: string;
  /** Filters the TOM catalog in the picker. */
  filterToms: string;
  noTomMatches: string;
  /** How many findings of the checks concern a section. */
  sectionGaps: (n: number) => string;

  newActivity: string;
  untitled: string;
  loading: string;
  loadFailed: string;
  retry: string;
  save: string;
  saving: string;
  saved: string;
  unsaved: string;
  saveFailed: string;
  conflict: string;
  reload: string;
  delete: string;
  deleteQuestion: (name: string) => string;
  deleteExplanation: string;
  deleteConfirm: string;
  cancel: string;
  deleting: string;
  deleted: string;
  deleteFailed: string;
  deleteConflict: string;
  remove: string;

  key: string;
  keyHintNew: string;
  keyHintFixed: string;
  name: string;
  description: string;
  department: string;
  contactPerson: string;
  status: string;
  statuses: Record<ActivityStatus, string>;

  purpose: (n: number) => string;
  removePurpose: (n: number) => string;
  addPurpose: string;
  noPurposes: string;
  purposeDescription: string;
  legalBases: string;
  addLegalBasis: string;
  noLegalBases: string;
  removeLegalBasis: (citation: string) => string;
  notInCatalog: string;
  legalBasisKinds: Record<LegalBasisKind, string>;
  legalBasisNote: string;
  legalBasisNoteHint: string;
  directMarketing: string;
  directMarketingHint: string;
  legitimateInterests: string;
  legitimateInterestsHint: string;
  consentGiven: string;
  consentWithdrawal: string;
  consentWithdrawalHint: string;

  dataSubjects: string;
  dataSubject: (n: number) => string;
  removeDataSubject: (n: number) => string;
  addDataSubject: string;
  noDataSubjects: string;
  subjectGroups: string;
  subjectGroupsHint: string;
  subjectGroupLabels: Record<SubjectGroup, string>;
  conditions: string;
  addCondition: string;
  dataCategories: string;
  dataCategory: (n: number) => string;
  removeDataCategory: (n: number) => string;
  addDataCategory: string;
  noDataCategories: string;
  categoryName: string;
  categoryDescription: string;
  special: string;
  criminal: string;
  retention: string;
  retentionAmount: string;
  retentionUnit: string;
  units: Record<PeriodUnit, string>;
  retentionCriterion: string;
  retentionCriterionHint: string;
  retentionStartEvent: string;
  retentionStartEventHint: string;
  startEvents: Record<RetentionStart, string>;
  retentionStartsAt: string;
  retentionStartsAtHint: string;
  retentionAtEnd: string;
  retentionAtEndHint: string;
  atEnd: Record<RetentionEnd, string>;
  retentionDeletion: string;
  retentionDeletionHint: string;

  sourceTitle: string;
  fromDataSubject: string;
  otherSources: string;
  publiclyAccessible: string;
  yes: string;
  no: string;
  notRecorded: string;
  provisionTitle: string;
  provision: string;
  provisionKinds: Record<ProvisionKind, string>;
  provisionConsequence: string;
  automatedTitle: string;
  automated: string;
  automatedNone: string;
  automatedUsed: string;
  automatedLogic: string;
  automatedConsequences: string;

  recipient: (n: number) => string;
  removeRecipient: (n: number) => string;
  addRecipient: string;
  noRecipients: string;
  role: string;
  roles: Record<RecipientRole, string>;
  channels: string;
  channelLabels: Record<PublicationChannel, string>;
  disclosedCategories: string;
  disclosedCategoriesHint: string;
  disclosureBasis: string;
  publicationBasis: string;
  addDisclosureBasis: string;
  disclosureBasisNote: string;
  disclosureBasisNoteHint: string;
  party: string;
  noParty: string;
  unknownParty: (key: string) => string;
  internalUnit: string;
  recipientDescription: string;
  recipientNote: string;
  recipientNoteHint: string;
  ownResponsibility: string;
  ownResponsibilityHint: string;
  access: string;
  accessHint: string;
  newParty: string;
  newPartyTitle: string;
  partyName: string;
  partyKey: string;
  partyKeyHint: string;
  createParty: string;
  creatingParty: string;
  createPartyFailed: string;

  transfer: (n: number) => string;
  removeTransfer: (n: number) => string;
  addTransfer: string;
  noTransfers: string;
  transferRecipient: string;
  country: string;
  chooseCountry: string;
  eeaCountry: (name: string) => string;
  adequacy: (decision: string, date: string) => string;
  adequacyScope: string;
  noAdequacy: string;
  suggestion: string;
  suggestionReasons: Record<SuggestionReason, string>;
  takeSuggestion: string;
  suggestionTaken: string;
  mechanism: string;
  invalidMarker: string;
  invalidMechanism: string;
  sccModule: string;
  sccModules: readonly [string, string, string, string];
  supplementaryMeasures: string;
  tiaDate: string;
  tiaResult: string;
  tiaHint: string;
  derogationDocumentation: string;
  derogationDocumentationHint: string;
  safeguardsCopy: string;
  safeguardsCopyHint: string;
  transferNote: string;

  toms: string;
  goals: Record<ProtectionGoal, string>;
  noTomCatalog: string;
  unknownTom: (key: string) => string;
  removeTom: (key: string) => string;
  tomNotes: string;

  dpiaRequired: string;
  dpiaUndecided: string;
  dpiaReason: string;
  dpiaDoneOn: string;
  dpiaReference: string;
  dpiaThreshold: string;
  dpiaThresholdHint: string;
  dpiaLists: Record<DpiaList, string>;
  dpiaMet: string;
  dpiaNotMet: string;
  dpiaOpen: string;
  dpiaRestNo: string;
  dpiaResult: string;
  dpiaOutcomes: Record<DpiaOutcome, string>;
  /** The recorded "not required" contradicts the derived result. */
  dpiaContradiction: string;

  lastReviewed: string;
  nextReview: string;
  reviewedToday: string;
  /** What "Reviewed today" does to the two dates. */
  reviewedTodayHint: string;
  notes: string;
  createdAt: string;
  updatedAt: string;
}

const de: ActivityMessages = {
  sections: {
    general: "Allgemein",
    purposes: "Zwecke und Rechtsgrundlagen",
    data: "Betroffene und Daten",
    source: "Herkunft und Bereitstellung",
    recipients: "Empfänger",
    transfers: "Drittlandübermittlungen",
    embeds: "Cookies und eingebundene Dienste",
    toms: "TOM",
    dpia: "DSFA",
    review: "Überprüfung",
    translation: "Übersetzung",
    history: "Verlauf",
  },
  sectionNav: "Abschnitte der Tätigkeit",
  copyRetention: "Diese Löschfrist für alle Datenkategorien übernehmen",
  retentionCopied: "Für alle Datenkategorien übernommen.",
  filterToms: "Maßnahmen filtern",
  noTomMatches: "Keine Maßnahme passt zum Filter.",
  sectionGaps: (n) => (n === 1 ? "1 Befund" : `${n} Befunde`),

  newActivity: "Neue Verarbeitungstätigkeit",
  untitled: "(ohne Bezeichnung)",
  loading: "Verarbeitungstätigkeit wird geladen …",
  loadFailed: "Die Verarbeitungstätigkeit konnte nicht geladen werden.",
  retry: "Erneut versuchen",
  save: "Speichern",
  saving: "Wird gespeichert …",
  saved: "Gespeichert",
  unsaved: "Ungespeicherte Änderungen",
  saveFailed: "Nicht gespeichert.",
  conflict:
    "Diese Tätigkeit wurde inzwischen anderswo geändert. Ihre Änderungen wurden nicht gespeichert; nichts wurde überschrieben.",
  reload: "Neu laden",
  delete: "Löschen",
  deleteQuestion: (name) => `Verarbeitungstätigkeit „${name}“ löschen?`,
  deleteExplanation: "Sie verschwindet aus dem Verzeichnis; der Verlauf hält fest, wer sie wann gelöscht hat.",
  deleteConfirm: "Ja, löschen",
  cancel: "Abbrechen",
  deleting: "Wird gelöscht …",
  deleted: "Die Verarbeitungstätigkeit wurde gelöscht.",
  deleteFailed: "Nicht gelöscht.",
  deleteConflict:
    "Diese Tätigkeit wurde inzwischen anderswo geändert und deshalb nicht gelöscht. Laden Sie sie neu und prüfen Sie die Änderung.",
  remove: "Entfernen",

  key: "Kennung",
  keyHintNew: "Nur Buchstaben ohne Umlaute (a–z, A–Z), Ziffern, „.“, „_“ und „-“, z. B. VT-004; nach dem Anlegen nicht mehr änderbar.",
  keyHintFixed: "Die Kennung lässt sich nach dem Anlegen nicht mehr ändern.",
  name: vocabulary.de.terms.activityName,
  description: vocabulary.de.terms.description,
  department: vocabulary.de.terms.department,
  contactPerson: vocabulary.de.terms.contactPerson,
  status: vocabulary.de.terms.status,
  statuses: vocabulary.de.activityStatus,

  purpose: (n) => `Zweck ${n}`,
  removePurpose: (n) => `Zweck ${n} entfernen`,
  addPurpose: "Zweck hinzufügen",
  noPurposes: "Noch kein Zweck erfasst.",
  purposeDescription: "Zweck der Verarbeitung",
  legalBases: "Rechtsgrundlagen",
  addLegalBasis: "Rechtsgrundlage hinzufügen",
  noLegalBases: "Noch keine Rechtsgrundlage gewählt.",
  removeLegalBasis: (c) => `${c} entfernen`,
  notInCatalog: "nicht im Katalog",
  legalBasisKinds: {
    art6: "Art. 6 DSGVO",
    art9: "Art. 9 DSGVO – besondere Kategorien",
    art10: "Art. 10 DSGVO – Straftaten",
    national: "Nationales Recht",
    other: "Sonstige",
  },
  legalBasisNote: "Anmerkung zur Rechtsgrundlage",
  legalBasisNoteHint: "Weitere Vorschriften, z. B. § 147 AO; bei „Sonstige Rechtsgrundlage“ die Vorschrift nennen.",
  directMarketing: "Direktwerbung",
  directMarketingHint: "Die Datenschutzhinweise heben dann das Widerspruchsrecht ohne Begründung hervor (Art. 21 Abs. 2–4 DSGVO).",
  legitimateInterests: "Berechtigte Interessen",
  legitimateInterestsHint:
    "Bei Art. 6 Abs. 1 lit. f DSGVO müssen die Datenschutzhinweise die verfolgten Interessen nennen (Art. 13 Abs. 1 lit. d DSGVO).",
  consentGiven: "Wie die Einwilligung erteilt wird",
  consentWithdrawal: "Wie die Einwilligung widerrufen werden kann",
  consentWithdrawalHint:
    "Die Einwilligung ist jederzeit widerruflich (Art. 7 Abs. 3 DSGVO); die Datenschutzhinweise müssen darauf hinweisen (Art. 13 Abs. 2 lit. c DSGVO).",

  dataSubjects: "Kategorien betroffener Personen",
  dataSubject: (n) => `Kategorie betroffener Personen ${n}`,
  removeDataSubject: (n) => `Kategorie betroffener Personen ${n} entfernen`,
  addDataSubject: "Kategorie betroffener Personen hinzufügen",
  noDataSubjects: "Noch keine Kategorie betroffener Personen erfasst.",
  subjectGroups: "Gruppen betroffener Personen (Katalog)",
  subjectGroupsHint: "Neben den eigenen Bezeichnungen: die Gruppen, auf die die Prüfungen achten (z. B. Kinder, Bestandskunden).",
  subjectGroupLabels: vocabulary.de.subjectGroup,
  conditions: "Ausnahmen nach Art. 9 Abs. 2 / Grundlage nach Art. 10 DSGVO für diese Kategorie",
  addCondition: "Ausnahme oder Grundlage hinzufügen",
  dataCategories: "Kategorien personenbezogener Daten",
  dataCategory: (n) => `Datenkategorie ${n}`,
  removeDataCategory: (n) => `Datenkategorie ${n} entfernen`,
  addDataCategory: "Datenkategorie hinzufügen",
  noDataCategories: "Noch keine Kategorie personenbezogener Daten erfasst.",
  categoryName: "Bezeichnung der Datenkategorie",
  categoryDescription: "Beschreibung",
  special: "Besondere Kategorie personenbezogener Daten (Art. 9 DSGVO)",
  criminal: "Daten über strafrechtliche Verurteilungen und Straftaten (Art. 10 DSGVO)",
  retention: "Löschfrist",
  retentionAmount: "Frist",
  retentionUnit: "Einheit",
  units: { hours: "Stunden", days: "Tage", weeks: "Wochen", months: "Monate", years: "Jahre" },
  retentionCriterion: "Kriterium für die Speicherdauer",
  retentionCriterionHint: "Wenn keine feste Frist gilt, z. B. „solange das Team besteht“.",
  retentionStartEvent: "Fristbeginn",
  retentionStartEventHint: "Das Ereignis, mit dem die Frist zu laufen beginnt.",
  startEvents: {
    creation: "Erhebung",
    end_of_contract: "Vertragsende",
    end_of_employment: "Ende des Beschäftigungsverhältnisses",
    end_of_treatment: "Abschluss der Behandlung",
    end_of_procedure: "Abschluss des Verfahrens",
    end_of_session: "Ende der Sitzung (Meeting, Anruf, Besuch)",
    end_of_use: "Ende der Nutzung",
    end_of_calendar_year: "Ende des Kalenderjahres",
    withdrawal_of_consent: "Widerruf der Einwilligung",
    purpose_achieved: "Zweck erreicht",
    other: "Anderes Ereignis (in Worten)",
  },
  retentionStartsAt: "Fristbeginn in Worten",
  retentionStartsAtHint: "z. B. „Ende des Meetings“; steht so im Datenschutzhinweis",
  retentionAtEnd: "Am Fristende",
  retentionAtEndHint: "Sperrung statt Löschung, wenn z. B. eine Aufbewahrungspflicht entgegensteht (Art. 18 DSGVO, § 35 BDSG).",
  atEnd: vocabulary.de.retentionEnd,
  retentionDeletion: "Art der Löschung",
  retentionDeletionHint: "z. B. „automatisch“ oder „manuell durch die IT“",

  sourceTitle: "Herkunft der Daten",
  fromDataSubject: "Bei der betroffenen Person erhoben",
  otherSources: "Andere Quellen",
  publiclyAccessible: "Andere Quellen sind öffentlich zugänglich (Art. 14 Abs. 2 lit. f DSGVO)",
  yes: "Ja",
  no: "Nein",
  notRecorded: "nicht erfasst",
  provisionTitle: "Bereitstellung der Daten",
  provision: "Die Bereitstellung ist … (Art. 13 Abs. 2 lit. e DSGVO)",
  provisionKinds: {
    statutory: "gesetzlich vorgeschrieben",
    contractual: "vertraglich vorgeschrieben",
    pre_contractual: "für einen Vertragsabschluss erforderlich",
    voluntary: "freiwillig",
  },
  provisionConsequence: "Folgen, wenn die Daten nicht bereitgestellt werden",
  automatedTitle: "Automatisierte Entscheidungsfindung",
  automated: "Automatisierte Entscheidungen einschließlich Profiling (Art. 22 DSGVO)",
  automatedNone: "werden nicht eingesetzt",
  automatedUsed: "werden eingesetzt",
  automatedLogic: "Involvierte Logik",
  automatedConsequences: "Tragweite und angestrebte Auswirkungen für die betroffene Person",

  recipient: (n) => `Empfänger ${n}`,
  removeRecipient: (n) => `Empfänger ${n} entfernen`,
  addRecipient: "Empfänger hinzufügen",
  noRecipients: "Noch kein Empfänger erfasst.",
  role: "Art des Empfängers",
  roles: {
    internal: "Interne Stelle",
    processor: "Auftragsverarbeiter",
    sub_processor: "Unterauftragsverarbeiter",
    joint_controller: "Gemeinsam Verantwortlicher",
    independent_controller: "Eigenständiger Verantwortlicher",
    public_authority: "Behörde oder öffentliche Stelle",
    public: "Öffentlichkeit (Veröffentlichung)",
  },
  channels: "Veröffentlicht über",
  channelLabels: {
    website: "Website",
    livestream: "Livestream",
    notice_board: "Aushang",
    council_information_system: "Ratsinformationssystem",
    print: "Gedruckte Veröffentlichung",
    social_media: "Soziale Medien",
  },
  disclosedCategories: "Übermittelte Datenkategorien",
  disclosedCategoriesHint: "Welche Daten dieser Empfänger erhält; leer heißt nicht erfasst.",
  disclosureBasis: "Rechtsgrundlage der Übermittlung (falls abweichend)",
  publicationBasis: "Rechtsgrundlage der Veröffentlichung",
  addDisclosureBasis: "Rechtsgrundlage der Übermittlung hinzufügen",
  disclosureBasisNote: "Vorschrift in Worten",
  disclosureBasisNoteHint: "z. B. „§ 93 AO“ oder „§ 35 GemO“",
  party: "Stelle",
  noParty: "– keine –",
  unknownParty: (key) => `${key} (nicht erfasst)`,
  internalUnit: "Interne Stelle (Abteilung)",
  recipientDescription: "Beschreibung oder Kategorie von Empfängern",
  recipientNote: "Anmerkung",
  recipientNoteHint: "z. B. wann Daten dorthin gehen",
  ownResponsibility: "In eigener Verantwortung verarbeitet die Stelle außerdem …",
  ownResponsibilityHint: "Öffentlich, z. B. die Daten beim Aufruf ihrer Website",
  access: "Wer die Daten sieht",
  accessHint: "Öffentlich, in Worten der Betroffenen, z. B. alle Teilnehmenden eines Meetings",
  newParty: "Neue Stelle",
  newPartyTitle: "Neue Stelle anlegen",
  partyName: "Name der Stelle",
  partyKey: "Kennung der Stelle",
  partyKeyHint: "Aus dem Namen vorgeschlagen. Nur Buchstaben ohne Umlaute (a–z, A–Z), Ziffern, „.“, „_“ und „-“.",
  createParty: "Stelle anlegen",
  creatingParty: "Wird angelegt …",
  createPartyFailed: "Die Stelle wurde nicht angelegt.",

  transfer: (n) => `Übermittlung ${n}`,
  removeTransfer: (n) => `Übermittlung ${n} entfernen`,
  addTransfer: "Drittlandübermittlung hinzufügen",
  noTransfers: "Keine Übermittlung in ein Drittland erfasst.",
  transferRecipient: "Empfänger",
  country: "Drittland",
  chooseCountry: "Land wählen …",
  eeaCountry: (name) => `${name} – EWR, kein Drittland`,
  adequacy: (decision, date) => `Angemessenheitsbeschluss ${decision} vom ${date}.`,
  adequacyScope: "Gilt nur eingeschränkt:",
  noAdequacy: "Für dieses Land gibt es keinen Angemessenheitsbeschluss der EU-Kommission.",
  suggestion: "Vorschlag:",
  suggestionReasons: {
    adequacy: "Für das Zielland gilt ein Angemessenheitsbeschluss.",
    partial_adequacy:
      "Nur wenn der Empfänger unter den Angemessenheitsbeschluss fällt; sonst ist ein anderes Instrument nötig.",
    not_dpf_certified:
      "Der Empfänger ist nicht als nach dem EU-US Data Privacy Framework zertifiziert erfasst; der Angemessenheitsbeschluss erfasst ihn daher nicht.",
    no_adequacy:
      "Ohne Angemessenheitsbeschluss sind geeignete Garantien nötig, üblich sind die Standardvertragsklauseln (Durchführungsbeschluss (EU) 2021/914).",
  },
  takeSuggestion: "Vorschlag übernehmen",
  suggestionTaken: "Das gewählte Instrument entspricht dem Vorschlag.",
  mechanism: "Übermittlungsinstrument",
  invalidMarker: " (ungültig)",
  invalidMechanism: "Dieses Instrument ist ungültig und trägt keine Übermittlung mehr. Wählen Sie ein anderes.",
  sccModule: "Modul der Standardvertragsklauseln",
  sccModules: [
    "Modul 1: Verantwortlicher an Verantwortlichen",
    "Modul 2: Verantwortlicher an Auftragsverarbeiter",
    "Modul 3: Auftragsverarbeiter an Auftragsverarbeiter",
    "Modul 4: Auftragsverarbeiter an Verantwortlichen",
  ],
  supplementaryMeasures: "Zusätzliche Maßnahmen",
  tiaDate: "Transfer-Folgenabschätzung vom",
  tiaResult: "Ergebnis der Transfer-Folgenabschätzung",
  tiaHint: "Nach den EDSA-Empfehlungen 01/2020.",
  derogationDocumentation: "Dokumentation der Beurteilung und der Garantien (Art. 49 Abs. 6 DSGVO)",
  derogationDocumentationHint:
    "Wird in den Datenschutzhinweisen veröffentlicht: Die betroffenen Personen sind über die zwingenden berechtigten Interessen und die Garantien zu informieren (Art. 49 Abs. 1 Unterabs. 2 DSGVO).",
  safeguardsCopy: "Kopie der Garantien erhältlich bei",
  safeguardsCopyHint: "Wo betroffene Personen eine Kopie erhalten (Art. 13 Abs. 1 lit. f DSGVO).",
  transferNote: "Anmerkung",

  toms: "Technische und organisatorische Maßnahmen (Art. 32 DSGVO)",
  goals: protectionGoalLabels.de,
  noTomCatalog: "Im TOM-Katalog ist noch keine Maßnahme erfasst.",
  unknownTom: (key) => `„${key}“ (nicht im TOM-Katalog)`,
  removeTom: (key) => `„${key}“ entfernen`,
  tomNotes: "Anmerkungen zu den TOM",

  dpiaRequired: "Datenschutz-Folgenabschätzung erforderlich (Art. 35 DSGVO)",
  dpiaUndecided: "nicht entschieden",
  dpiaReason: "Begründung",
  dpiaDoneOn: "DSFA durchgeführt am",
  dpiaReference: "Fundstelle der DSFA",
  dpiaThreshold: "Schwellwertanalyse",
  dpiaThresholdHint:
    "Beantworten Sie jede Frage. Ein Fall des Art. 35 Abs. 3 DSGVO oder der Muss-Liste der DSK verlangt eine DSFA, ebenso in der Regel zwei Kriterien nach WP 248. Öffentliche Stellen: Es gibt keine einheitliche Liste; VVT fragt die DSK-Liste und Art. 35 Abs. 3 ab.",
  dpiaLists: {
    art35: "Regelfälle nach Art. 35 Abs. 3 DSGVO",
    wp248: "Kriterien nach WP 248 rev.01 (ab zwei in der Regel DSFA)",
    dsk: "Muss-Liste der DSK nach Art. 35 Abs. 4 DSGVO (Version 1.1)",
  },
  dpiaMet: "ja",
  dpiaNotMet: "nein",
  dpiaOpen: "offen",
  dpiaRestNo: "Offene Fragen mit „nein“ beantworten",
  dpiaResult: "Ergebnis",
  dpiaOutcomes: vocabulary.de.dpiaOutcome,
  dpiaContradiction:
    "Als „nicht erforderlich“ erfasst, aber die Schwellwertanalyse verlangt eine DSFA. Die Prüfung meldet das als Fehler.",

  lastReviewed: "Zuletzt überprüft am",
  nextReview: "Nächste Überprüfung am",
  reviewedToday: "Heute überprüft",
  reviewedTodayHint:
    "Trägt das heutige Datum als letzte Überprüfung ein und, wenn keine spätere Überprüfung geplant ist, die nächste in einem Jahr. Gespeichert wird erst mit „Speichern“.",
  notes: "Notizen",
  createdAt: "Angelegt",
  updatedAt: "Zuletzt geändert",
};

const en: ActivityMessages = {
  sections: {
    general: "General",
    purposes: "Purposes and legal bases",
    data: "Data subjects and data",
    source: "Source and provision",
    recipients: "Recipients",
    transfers: "Third-country transfers",
    embeds: "Cookies and embedded services",
    toms: "TOMs",
    dpia: "DPIA",
    review: "Review",
    translation: "Translation",
    history: "History",
  },
  sectionNav: "Sections of the activity",
  copyRetention: "Use this retention rule for all data categories",
  retentionCopied: "Set for all data categories.",
  filterToms: "Filter the measures",
  noTomMatches: "No measure matches the filter.",
  sectionGaps: (n) => (n === 1 ? "1 finding" : `${n} findings`),

  newActivity: "New processing activity",
  untitled: "(untitled)",
  loading: "Loading the processing activity …",
  loadFailed: "The processing activity could not be loaded.",
  retry: "Try again",
  save: "Save",
  saving: "Saving …",
  saved: "Saved",
  unsaved: "Unsaved changes",
  saveFailed: "Not saved.",
  conflict:
    "This activity has been changed elsewhere in the meantime. Your changes were not saved; nothing was overwritten.",
  reload: "Reload",
  delete: "Delete",
  deleteQuestion: (name) => `Delete the processing activity “${name}”?`,
  deleteExplanation: "It disappears from the register; the history records who deleted it and when.",
  deleteConfirm: "Yes, delete",
  cancel: "Cancel",
  deleting: "Deleting …",
  deleted: "The processing activity was deleted.",
  deleteFailed: "Not deleted.",
  deleteConflict:
    "This activity has been changed elsewhere in the meantime and was therefore not deleted. Reload it and check the change.",
  remove: "Remove",

  key: "Key",
  keyHintNew: "Only letters without accents (a–z, A–Z), digits, “.”, “_” and “-”, e.g. VT-004; cannot be changed once created.",
  keyHintFixed: "The key cannot be changed once the activity is created.",
  name: vocabulary.en.terms.activityName,
  description: vocabulary.en.terms.description,
  department: vocabulary.en.terms.department,
  contactPerson: vocabulary.en.terms.contactPerson,
  status: vocabulary.en.terms.status,
  statuses: vocabulary.en.activityStatus,

  purpose: (n) => `Purpose ${n}`,
  removePurpose: (n) => `Remove purpose ${n}`,
  addPurpose: "Add purpose",
  noPurposes: "No purpose recorded yet.",
  purposeDescription: "Purpose of the processing",
  legalBases: "Legal bases",
  addLegalBasis: "Add legal basis",
  noLegalBases: "No legal basis chosen yet.",
  removeLegalBasis: (c) => `Remove ${c}`,
  notInCatalog: "not in the catalog",
  legalBasisKinds: {
    art6: "Art. 6 GDPR",
    art9: "Art. 9 GDPR – special categories",
    art10: "Art. 10 GDPR – criminal offences",
    national: "National law",
    other: "Other",
  },
  legalBasisNote: "Note on the legal basis",
  legalBasisNoteHint: "Further provisions, e.g. § 147 AO; name the provision when “Other legal basis” is chosen.",
  directMarketing: "Direct marketing",
  directMarketingHint: "The privacy notice then sets apart the right to object without reasons (Art. 21(2)–(4) GDPR).",
  legitimateInterests: "Legitimate interests",
  legitimateInterestsHint:
    "With Art. 6(1)(f) GDPR the privacy notice must name the interests pursued (Art. 13(1)(d) GDPR).",
  consentGiven: "How consent is given",
  consentWithdrawal: "How consent can be withdrawn",
  consentWithdrawalHint:
    "Consent can be withdrawn at any time (Art. 7(3) GDPR); the privacy notice must say so (Art. 13(2)(c) GDPR).",

  dataSubjects: "Categories of data subjects",
  dataSubject: (n) => `Category of data subjects ${n}`,
  removeDataSubject: (n) => `Remove category of data subjects ${n}`,
  addDataSubject: "Add category of data subjects",
  noDataSubjects: "No category of data subjects recorded yet.",
  subjectGroups: "Groups of data subjects (catalog)",
  subjectGroupsHint: "Beside your own words: the groups the checks look at (e.g. children, existing customers).",
  subjectGroupLabels: vocabulary.en.subjectGroup,
  conditions: "Art. 9(2) conditions / Art. 10 basis for this category",
  addCondition: "Add a condition or basis",
  dataCategories: "Categories of personal data",
  dataCategory: (n) => `Data category ${n}`,
  removeDataCategory: (n) => `Remove data category ${n}`,
  addDataCategory: "Add data category",
  noDataCategories: "No category of personal data recorded yet.",
  categoryName: "Name of the data category",
  categoryDescription: "Description",
  special: "Special category of personal data (Art. 9 GDPR)",
  criminal: "Data relating to criminal convictions and offences (Art. 10 GDPR)",
  retention: "Retention period",
  retentionAmount: "Period",
  retentionUnit: "Unit",
  units: { hours: "hours", days: "days", weeks: "weeks", months: "months", years: "years" },
  retentionCriterion: "Criterion for the storage period",
  retentionCriterionHint: "Where no fixed period applies, e.g. “as long as the team exists”.",
  retentionStartEvent: "Period starts with",
  retentionStartEventHint: "The event the period counts from.",
  startEvents: {
    creation: "Creation",
    end_of_contract: "End of contract",
    end_of_employment: "End of employment",
    end_of_treatment: "End of treatment",
    end_of_procedure: "End of procedure",
    end_of_session: "End of session (meeting, call, visit)",
    end_of_use: "End of use",
    end_of_calendar_year: "End of calendar year",
    withdrawal_of_consent: "Withdrawal of consent",
    purpose_achieved: "Purpose achieved",
    other: "Other event (in words)",
  },
  retentionStartsAt: "Period starts at, in words",
  retentionStartsAtHint: "e.g. “end of the meeting”; the privacy notice says it so",
  retentionAtEnd: "When the period ends",
  retentionAtEndHint: "Restriction instead of erasure, e.g. where a retention duty stands against erasure (Art. 18 GDPR, § 35 BDSG).",
  atEnd: vocabulary.en.retentionEnd,
  retentionDeletion: "How the data is erased",
  retentionDeletionHint: "e.g. “automatically” or “manually by IT”",

  sourceTitle: "Source of the data",
  fromDataSubject: "Collected from the data subject",
  otherSources: "Other sources",
  publiclyAccessible: "Other sources are publicly accessible (Art. 14(2)(f) GDPR)",
  yes: "Yes",
  no: "No",
  notRecorded: "not recorded",
  provisionTitle: "Provision of the data",
  provision: "Providing the data is … (Art. 13(2)(e) GDPR)",
  provisionKinds: {
    statutory: "a statutory requirement",
    contractual: "a contractual requirement",
    pre_contractual: "necessary to enter into a contract",
    voluntary: "voluntary",
  },
  provisionConsequence: "Consequences of not providing the data",
  automatedTitle: "Automated decision-making",
  automated: "Automated decisions including profiling (Art. 22 GDPR)",
  automatedNone: "are not used",
  automatedUsed: "are used",
  automatedLogic: "Logic involved",
  automatedConsequences: "Significance and envisaged consequences for the data subject",

  recipient: (n) => `Recipient ${n}`,
  removeRecipient: (n) => `Remove recipient ${n}`,
  addRecipient: "Add recipient",
  noRecipients: "No recipient recorded yet.",
  role: "Kind of recipient",
  roles: {
    internal: "Internal unit",
    processor: "Processor",
    sub_processor: "Sub-processor",
    joint_controller: "Joint controller",
    independent_controller: "Independent controller",
    public_authority: "Public authority or body",
    public: "The public (publication)",
  },
  channels: "Published via",
  channelLabels: {
    website: "Website",
    livestream: "Livestream",
    notice_board: "Notice board",
    council_information_system: "Council information system",
    print: "Printed publication",
    social_media: "Social media",
  },
  disclosedCategories: "Data categories disclosed",
  disclosedCategoriesHint: "Which data this recipient receives; empty means not recorded.",
  disclosureBasis: "Legal basis of the disclosure (where it differs)",
  publicationBasis: "Legal basis of the publication",
  addDisclosureBasis: "Add a legal basis of the disclosure",
  disclosureBasisNote: "Statute in words",
  disclosureBasisNoteHint: "e.g. “Section 93 AO” or a municipal code",
  party: "Party",
  noParty: "– none –",
  unknownParty: (key) => `${key} (not recorded)`,
  internalUnit: "Internal unit (department)",
  recipientDescription: "Description or category of recipients",
  recipientNote: "Note",
  recipientNoteHint: "e.g. when data goes there",
  ownResponsibility: "As a controller of its own, the party also processes …",
  ownResponsibilityHint: "Public, e.g. the data of visits to its website",
  access: "Who sees the data",
  accessHint: "Public, in the data subjects' words, e.g. all participants of a meeting",
  newParty: "New party",
  newPartyTitle: "Create a new party",
  partyName: "Name of the party",
  partyKey: "Key of the party",
  partyKeyHint: "Proposed from the name. Only letters without accents (a–z, A–Z), digits, “.”, “_” and “-”.",
  createParty: "Create party",
  creatingParty: "Creating …",
  createPartyFailed: "The party was not created.",

  transfer: (n) => `Transfer ${n}`,
  removeTransfer: (n) => `Remove transfer ${n}`,
  addTransfer: "Add third-country transfer",
  noTransfers: "No transfer to a third country recorded.",
  transferRecipient: "Recipient",
  country: "Third country",
  chooseCountry: "Choose a country …",
  eeaCountry: (name) => `${name} – EEA, no third country`,
  adequacy: (decision, date) => `Adequacy decision ${decision} of ${date}.`,
  adequacyScope: "Limited in scope:",
  noAdequacy: "There is no Commission adequacy decision for this country.",
  suggestion: "Suggestion:",
  suggestionReasons: {
    adequacy: "An adequacy decision covers the destination.",
    partial_adequacy: "Only if the recipient falls under the adequacy decision; otherwise another mechanism is needed.",
    not_dpf_certified:
      "The recipient is not recorded as certified under the EU-U.S. Data Privacy Framework, so the adequacy decision does not cover it.",
    no_adequacy:
      "Without an adequacy decision appropriate safeguards are needed, usually the standard contractual clauses (Implementing Decision (EU) 2021/914).",
  },
  takeSuggestion: "Apply suggestion",
  suggestionTaken: "The chosen mechanism is the suggested one.",
  mechanism: "Transfer mechanism",
  invalidMarker: " (invalid)",
  invalidMechanism: "This mechanism is invalid and no longer carries a transfer. Choose another one.",
  sccModule: "Module of the standard contractual clauses",
  sccModules: [
    "Module 1: controller to controller",
    "Module 2: controller to processor",
    "Module 3: processor to processor",
    "Module 4: processor to controller",
  ],
  supplementaryMeasures: "Supplementary measures",
  tiaDate: "Transfer impact assessment of",
  tiaResult: "Result of the transfer impact assessment",
  tiaHint: "Following EDPB Recommendations 01/2020.",
  derogationDocumentation: "Documentation of the assessment and the safeguards (Art. 49(6) GDPR)",
  derogationDocumentationHint:
    "Published in the privacy notice: data subjects must be told of the compelling legitimate interests and the safeguards (Art. 49(1) second subparagraph GDPR).",
  safeguardsCopy: "Copy of the safeguards available from",
  safeguardsCopyHint: "Where data subjects can obtain a copy (Art. 13(1)(f) GDPR).",
  transferNote: "Note",

  toms: "Technical and organisational measures (Art. 32 GDPR)",
  goals: protectionGoalLabels.en,
  noTomCatalog: "The TOM catalog holds no measure yet.",
  unknownTom: (key) => `“${key}” (not in the TOM catalog)`,
  removeTom: (key) => `Remove “${key}”`,
  tomNotes: "Notes on the TOMs",

  dpiaRequired: "Data protection impact assessment required (Art. 35 GDPR)",
  dpiaUndecided: "not decided",
  dpiaReason: "Reason",
  dpiaDoneOn: "DPIA carried out on",
  dpiaReference: "Where the DPIA is kept",
  dpiaThreshold: "Threshold analysis",
  dpiaThresholdHint:
    "Answer every question. A case of Art. 35(3) GDPR or of the DSK's list requires a DPIA, and so, as a rule, do two WP248 criteria. Public bodies: there is no single list; VVT asks the DSK list and Art. 35(3).",
  dpiaLists: {
    art35: "Cases of Art. 35(3) GDPR",
    wp248: "WP248 rev.01 criteria (two or more: as a rule a DPIA)",
    dsk: "The DSK's list under Art. 35(4) GDPR (version 1.1)",
  },
  dpiaMet: "yes",
  dpiaNotMet: "no",
  dpiaOpen: "open",
  dpiaRestNo: "Answer the open questions with “no”",
  dpiaResult: "Result",
  dpiaOutcomes: vocabulary.en.dpiaOutcome,
  dpiaContradiction:
    "Recorded as “not required”, but the threshold analysis requires a DPIA. The check reports this as an error.",

  lastReviewed: "Last reviewed on",
  nextReview: "Next review on",
  reviewedToday: "Reviewed today",
  reviewedTodayHint:
    "Enters today's date as the last review and, unless a later review is already planned, the next one a year from now. Nothing is stored until you save.",
  notes: "Notes",
  createdAt: "Created",
  updatedAt: "Last changed",
};

export const activityMessages: Record<Lang, ActivityMessages> = { de, en };
