// Words of the parties view (processors, recipients, authorities) and of the
// Art. 28 agreement editor, in German and English.

import type { Art28Point } from "../api";
import {
  listItemWords,
  recordEditorWords,
  type ListItemWords,
  type RecordEditorWords,
  type RecordOutcomeWords,
} from "../form/messages";
import type { Lang } from "../i18n";

export interface PartiesMessages extends RecordEditorWords, RecordOutcomeWords, ListItemWords {
  title: string;
  intro: string;
  listLabel: string;
  empty: string;
  newParty: string;
  /** Badge of a party with a signed agreement; `date` is already formatted. */
  agreementSigned: (date: string) => string;
  /** Badge of a party without an agreement or with an unsigned one. */
  noAgreement: string;
  editorNew: string;
  editorEdit: (name: string) => string;
  noneSelected: string;
  key: string;
  keyHint: string;
  name: string;
  address: string;
  country: string;
  notRecorded: string;
  processingCountries: string;
  processingCountriesHint: string;
  processingCountry: (n: number) => string;
  addProcessingCountry: string;
  contact: string;
  dpfCertified: string;
  dpfHint: string;
  dpfCheckedOn: string;
  dpfCheckedOnHint: string;
  certifications: string;
  certification: (n: number) => string;
  addCertification: string;
  notes: string;
  privacyNotice: string;
  privacyNoticeHint: string;
  agreement: string;
  agreementPresent: string;
  agreementHint: string;
  signedOn: string;
  signedOnHint: string;
  reference: string;
  referenceHint: string;
  location: string;
  locationHint: string;
  covers: string;
  coversHint: string;
  points: Record<Art28Point, string>;
  subprocessors: string;
  subprocessor: (n: number) => string;
  subprocessorParty: string;
  choose: string;
  subprocessorCountry: string;
  subprocessorTask: string;
  subprocessorMechanism: string;
  mechanismInvalid: string;
  addSubprocessor: string;
  noOtherParties: string;
  locations: string;
  processingLocation: (n: number) => string;
  addLocation: string;
  nextReview: string;
  secrecyObligation: string;
  secrecyObligationHint: string;
}

const de: PartiesMessages = {
  ...recordEditorWords.de,
  ...listItemWords.de,
  title: "Stellen",
  intro:
    "Auftragsverarbeiter, Empfänger und Behörden, die das Verzeichnis nennt – bei Auftragsverarbeitern mit dem Vertrag nach Art. 28 DSGVO.",
  listLabel: "Stellen",
  empty: "Noch keine Stelle erfasst.",
  newParty: "Neue Stelle",
  agreementSigned: (date) => `AVV unterzeichnet am ${date}`,
  noAgreement: "kein AVV",
  editorNew: "Neue Stelle",
  editorEdit: (name) => `${name} bearbeiten`,
  noneSelected: "Wählen Sie links eine Stelle aus oder legen Sie eine neue an.",
  key: "Kennung",
  keyHint: "Nur Buchstaben ohne Umlaute (a–z, A–Z), Ziffern, „.“, „_“ und „-“, z. B. cisco",
  name: "Name",
  address: "Anschrift",
  country: "Sitzland",
  notRecorded: "– nicht erfasst –",
  processingCountries: "Weitere Verarbeitungsländer",
  processingCountriesHint:
    "Länder außer dem Sitz, in denen die Stelle die Daten verarbeitet – etwa Hosting, Support oder die Muttergesellschaft. Ein Drittland hier ist eine Übermittlung jeder Tätigkeit, die die Stelle als Empfänger nennt.",
  processingCountry: (n) => `Verarbeitungsland ${n}`,
  addProcessingCountry: "Verarbeitungsland hinzufügen",
  contact: "Kontakt",
  dpfCertified: "Nach dem EU-US Data Privacy Framework zertifiziert",
  dpfHint:
    "Für eine Stelle mit Sitz oder Verarbeitung in den USA: zertifiziert sein muss die Organisation, die die Daten dort erhält (bei einer Stelle mit Sitz in der EU etwa ihre US-Gesellschaft). Nur zertifizierte Organisationen fallen unter den Angemessenheitsbeschluss (EU) 2023/1795; für alle anderen ist ein anderes Übermittlungsinstrument nötig.",
  dpfCheckedOn: "Zuletzt in der DPF-Liste geprüft am",
  dpfCheckedOnHint:
    "Teilnehmer müssen sich jährlich neu zertifizieren und können ausscheiden; die Prüfung zeigt, ob die Organisation in der Data Privacy Framework List als aktiv geführt wird. Auch ohne Zertifizierung festhalten, wann nachgesehen wurde.",
  certifications: "Zertifizierungen",
  certification: (n) => `Zertifizierung ${n}`,
  addCertification: "Zertifizierung hinzufügen",
  notes: "Notizen",
  privacyNotice: "Eigene Datenschutzhinweise (Link)",
  privacyNoticeHint: "Öffentlich: die Datenschutzhinweise verweisen darauf (https://…).",
  agreement: "Auftragsverarbeitungsvertrag (Art. 28 DSGVO)",
  agreementPresent: "Es gibt einen Auftragsverarbeitungsvertrag (AVV)",
  agreementHint: "Nur für Auftragsverarbeiter; unabhängige Verantwortliche und Behörden brauchen keinen.",
  signedOn: "Unterzeichnet am",
  signedOnHint: "Leer lassen, solange der Vertrag nicht unterzeichnet ist.",
  reference: "Version oder Referenz",
  referenceHint: "z. B. „DPA v2024-09“",
  location: "Ablageort",
  locationHint: "Wo das unterzeichnete Dokument liegt",
  covers: "Geregelte Punkte nach Art. 28 Abs. 3 DSGVO",
  coversHint: "Welche Pflichten des Auftragsverarbeiters der Vertrag festlegt.",
  points: {
    a: "a) Verarbeitung nur auf dokumentierte Weisung, auch bei Drittlandübermittlungen",
    b: "b) Vertraulichkeit der befugten Personen",
    c: "c) Sicherheit der Verarbeitung (Art. 32)",
    d: "d) Bedingungen für Unterauftragsverarbeiter",
    e: "e) Unterstützung bei Betroffenenrechten",
    f: "f) Unterstützung bei den Pflichten aus Art. 32–36",
    g: "g) Löschung oder Rückgabe nach Ende der Leistungen",
    h: "h) Nachweise und Überprüfungen (Audits)",
  },
  subprocessors: "Unterauftragsverarbeiter",
  subprocessor: (n) => `Unterauftragsverarbeiter ${n}`,
  subprocessorParty: "Stelle",
  choose: "– bitte wählen –",
  subprocessorCountry: "Land der Verarbeitung",
  subprocessorTask: "Aufgabe",
  subprocessorMechanism: "Übermittlungsinstrument",
  mechanismInvalid: "nicht mehr gültig",
  addSubprocessor: "Unterauftragsverarbeiter hinzufügen",
  noOtherParties:
    "Legen Sie einen Unterauftragsverarbeiter zuerst selbst als Stelle an; hier wird er dann ausgewählt.",
  locations: "Verarbeitungsorte",
  processingLocation: (n) => `Verarbeitungsort ${n}`,
  addLocation: "Verarbeitungsort hinzufügen",
  nextReview: "Nächste Überprüfung",
  secrecyObligation: "Zur Verschwiegenheit verpflichtet (§ 203 Abs. 4 StGB)",
  secrecyObligationHint:
    "Für Berufsgeheimnisträger (Ärzte, Anwälte, Steuerberater …): Der Dienstleister und die von ihm eingesetzten Personen sind in Textform zur Geheimhaltung verpflichtet und über die Strafbarkeit belehrt.",
  deleteQuestion: (name) => `Die Stelle „${name}“ löschen?`,
  saved: "Die Stelle wurde gespeichert.",
  deleted: "Die Stelle wurde gelöscht.",
  conflict:
    "Diese Stelle wurde inzwischen anderswo geändert, etwa in einem anderen Fenster. Ihre Änderung wurde nicht übernommen, und nichts wurde überschrieben. Laden Sie den aktuellen Stand neu und tragen Sie Ihre Änderungen erneut ein.",
  gone: "Diese Stelle gibt es nicht mehr; sie wurde anderswo gelöscht.",
  saveFailed: "Die Stelle wurde nicht gespeichert.",
  deleteFailed: "Die Stelle wurde nicht gelöscht.",
};

const en: PartiesMessages = {
  ...recordEditorWords.en,
  ...listItemWords.en,
  title: "Parties",
  intro:
    "Processors, recipients and authorities the register names – for processors with the contract under Art. 28 GDPR.",
  listLabel: "Parties",
  empty: "No party recorded yet.",
  newParty: "New party",
  agreementSigned: (date) => `DPA signed on ${date}`,
  noAgreement: "no DPA",
  editorNew: "New party",
  editorEdit: (name) => `Edit ${name}`,
  noneSelected: "Choose a party on the left or create a new one.",
  key: "Key",
  keyHint: "Only letters without accents (a–z, A–Z), digits, “.”, “_” and “-”, e.g. cisco",
  name: "Name",
  address: "Address",
  country: "Country of establishment",
  notRecorded: "– not recorded –",
  processingCountries: "Other countries of processing",
  processingCountriesHint:
    "Countries other than the seat where the party processes the data – hosting, support or its parent company, for instance. A third country here is a transfer of every activity that names the party as recipient.",
  processingCountry: (n) => `Country of processing ${n}`,
  addProcessingCountry: "Add country of processing",
  contact: "Contact",
  dpfCertified: "Certified under the EU-U.S. Data Privacy Framework",
  dpfHint:
    "For a party seated or processing in the United States: the organisation that receives the data there must be certified (for a party seated in the EU, its US company, for instance). Only certified organisations are covered by adequacy decision (EU) 2023/1795; any other needs another transfer mechanism.",
  dpfCheckedOn: "Last checked in the DPF list on",
  dpfCheckedOnHint:
    "Participants re-certify every year and can drop out; the check shows whether the organisation is listed as active in the Data Privacy Framework List. Record when you looked even if no certification was found.",
  certifications: "Certifications",
  certification: (n) => `Certification ${n}`,
  addCertification: "Add certification",
  notes: "Notes",
  privacyNotice: "Own privacy notice (link)",
  privacyNoticeHint: "Public: the privacy notice links it (https://…).",
  agreement: "Data processing agreement (Art. 28 GDPR)",
  agreementPresent: "There is a data processing agreement (DPA)",
  agreementHint: "For processors only; independent controllers and authorities need none.",
  signedOn: "Signed on",
  signedOnHint: "Leave empty while the agreement is not signed.",
  reference: "Version or reference",
  referenceHint: "e.g. “DPA v2024-09”",
  location: "Where it is kept",
  locationHint: "Where the signed document is filed",
  covers: "Points of Art. 28(3) GDPR covered",
  coversHint: "Which of the processor's obligations the agreement sets out.",
  points: {
    a: "(a) Processing only on documented instructions, incl. third-country transfers",
    b: "(b) Confidentiality of authorised persons",
    c: "(c) Security of processing (Art. 32)",
    d: "(d) Conditions for sub-processors",
    e: "(e) Assistance with data-subject requests",
    f: "(f) Assistance with the obligations of Art. 32–36",
    g: "(g) Deletion or return at the end of the services",
    h: "(h) Information and audits",
  },
  subprocessors: "Sub-processors",
  subprocessor: (n) => `Sub-processor ${n}`,
  subprocessorParty: "Party",
  choose: "– please choose –",
  subprocessorCountry: "Country of processing",
  subprocessorTask: "Task",
  subprocessorMechanism: "Transfer mechanism",
  mechanismInvalid: "no longer valid",
  addSubprocessor: "Add sub-processor",
  noOtherParties: "Record a sub-processor as a party of its own first; then choose it here.",
  locations: "Processing locations",
  processingLocation: (n) => `Processing location ${n}`,
  addLocation: "Add processing location",
  nextReview: "Next review",
  secrecyObligation: "Obliged to secrecy (Section 203(4) StGB)",
  secrecyObligationHint:
    "For professionals bound by secrecy (physicians, lawyers, tax advisors …): the provider and the persons it engages are obliged to secrecy in text form and told that a breach is punishable.",
  deleteQuestion: (name) => `Delete the party “${name}”?`,
  saved: "The party was saved.",
  deleted: "The party was deleted.",
  conflict:
    "This party was changed elsewhere in the meantime, for example in another window. Your change was not applied and nothing was overwritten. Reload the current state and enter your changes again.",
  gone: "This party no longer exists; it was deleted elsewhere.",
  saveFailed: "The party was not saved.",
  deleteFailed: "The party was not deleted.",
};

export const partiesMessages: Record<Lang, PartiesMessages> = { de, en };
