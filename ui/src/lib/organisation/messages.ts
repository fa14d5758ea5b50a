// Words of the register header (controller, DPO, representative, joint
// controllers, supervisory authority), in German and English.

import type { Lang } from "../i18n";

export interface OrganisationMessages {
  title: string;
  intro: string;
  loading: string;
  loadFailed: string;
  retry: string;
  controller: string;
  name: string;
  address: string;
  email: string;
  phone: string;
  website: string;
  publicBody: string;
  publicBodyHint: string;
  professionalSecrecy: string;
  professionalSecrecyHint: string;
  dpo: string;
  dpoPresent: string;
  dpoName: string;
  dpoNameHint: string;
  dpoExternal: string;
  dpoOrganisation: string;
  noDpoReason: string;
  /** § 38(1) sentence 1 BDSG: the headcount the checks compare with 20. */
  personsProcessing: string;
  personsProcessingHint: string;
  /** Instead of the reason for a public body, which always needs a DPO. */
  dpoRequiredPublicBody: string;
  /** What the reason is for, where it appears and what an empty one means. */
  noDpoReasonHint: string;
  representative: string;
  representativePresent: string;
  representativeHint: string;
  jointControllers: string;
  jointControllersHint: string;
  jointController: (n: number) => string;
  contact: string;
  arrangement: string;
  arrangementHint: string;
  activities: string;
  activitiesHint: string;
  activitiesFailed: string;
  unknownActivity: (key: string) => string;
  addJointController: string;
  removeJointController: (n: number) => string;
  remove: string;
  authority: string;
  authorityLabel: string;
  authorityHint: string;
  noAuthority: string;
  authorityAddress: string;
  authorityEmail: string;
  authorityPhone: string;
  authorityWebsite: string;
  /**
   * Small print under the chosen authority: where its data come from (the
   * catalog records that in German only, so English says so) and when they
   * were checked.
   */
  authoritySource: string;
  authorityChecked: (checkedOn: string) => string;
  noticeDate: string;
  noticeDateHint: string;
  deletionRule: string;
  deletionRuleHint: string;
  save: string;
  saving: string;
  saved: string;
  invalid: string;
  conflict: string;
  reload: string;
  saveFailed: string;
}

const de: OrganisationMessages = {
  title: "Organisation",
  intro:
    "Der Kopf des Verzeichnisses nach Art. 30 Abs. 1 lit. a DSGVO: Verantwortlicher, Datenschutzbeauftragter, Vertreter, gemeinsam Verantwortliche und die zuständige Aufsichtsbehörde.",
  loading: "Organisation wird geladen …",
  loadFailed: "Die Angaben zur Organisation konnten nicht geladen werden.",
  retry: "Erneut versuchen",
  controller: "Verantwortlicher",
  name: "Name",
  address: "Anschrift",
  email: "E-Mail",
  phone: "Telefon",
  website: "Website",
  publicBody: "Öffentliche Stelle",
  publicBodyHint:
    "Behörden können sich bei ihren Aufgaben nicht auf berechtigte Interessen (Art. 6 Abs. 1 lit. f) stützen und müssen immer einen Datenschutzbeauftragten benennen (Art. 37 Abs. 1 lit. a DSGVO); die zuständige Aufsicht kann eine andere sein.",
  professionalSecrecy: "Berufliche Schweigepflicht (§ 203 StGB)",
  professionalSecrecyHint:
    "Etwa Arztpraxen, Anwalts- und Steuerberatungskanzleien: Auftragsverarbeiter müssen dann zur Verschwiegenheit verpflichtet werden (§ 203 Abs. 4 StGB).",
  dpo: "Datenschutzbeauftragter",
  dpoPresent: "Ein Datenschutzbeauftragter ist benannt",
  dpoName: "Name oder Funktion",
  dpoNameHint: "z. B. „Datenschutzbeauftragter“, wenn der Name nicht veröffentlicht werden soll",
  dpoExternal: "Externer Datenschutzbeauftragter",
  dpoOrganisation: "Unternehmen des externen Datenschutzbeauftragten",
  noDpoReason: "Grund, aus dem kein Datenschutzbeauftragter benannt ist",
  personsProcessing: "Personen, die ständig personenbezogene Daten automatisiert verarbeiten",
  personsProcessingHint:
    "In der Regel ständig Beschäftigte einschließlich Teilzeitkräften, Auszubildenden und freien Mitarbeitern; ab 20 muss eine nicht-öffentliche Stelle einen Datenschutzbeauftragten benennen (§ 38 Abs. 1 Satz 1 BDSG). Leer lassen, wenn nicht erfasst.",
  dpoRequiredPublicBody:
    "Als öffentliche Stelle müssen Sie einen Datenschutzbeauftragten benennen (Art. 37 Abs. 1 lit. a DSGVO); ein Grund, keinen zu benennen, kann hier nicht gelten.",
  noDpoReasonHint:
    "Z. B. „Kerntätigkeit weder umfangreiche Überwachung noch umfangreiche Verarbeitung besonderer Kategorien (Art. 37 Abs. 1 lit. b, c DSGVO); weniger als 20 Personen ständig mit der automatisierten Verarbeitung beschäftigt (§ 38 Abs. 1 Satz 1 BDSG); keine Verarbeitung mit DSFA-Pflicht, keine geschäftsmäßige Übermittlung, Markt- oder Meinungsforschung (§ 38 Abs. 1 Satz 2 BDSG)“. Der Grund steht im gedruckten Verzeichnis; die Datenschutzhinweise sagen nur, dass keiner benannt ist. Leer lassen, solange das nicht entschieden ist – dann melden Prüfung und Hinweise die Lücke.",
  representative: "Vertreter in der Union (Art. 27 DSGVO)",
  representativePresent: "Ein Vertreter in der Union ist benannt",
  representativeHint: "Nur für Verantwortliche ohne Niederlassung in der Union.",
  jointControllers: "Gemeinsam Verantwortliche (Art. 26 DSGVO)",
  jointControllersHint: "Stellen, die mit Ihnen gemeinsam über Zwecke und Mittel entscheiden.",
  jointController: (n) => `Gemeinsam Verantwortlicher ${n}`,
  contact: "Kontakt",
  arrangement: "Wesentlicher Inhalt der Vereinbarung (Art. 26 Abs. 2)",
  arrangementHint: "Dieser Inhalt ist den betroffenen Personen zur Verfügung zu stellen.",
  activities: "Betroffene Verarbeitungstätigkeiten",
  activitiesHint: "Ohne Auswahl gilt die gemeinsame Verantwortung für alle Verarbeitungstätigkeiten.",
  activitiesFailed: "Die Verarbeitungstätigkeiten konnten nicht geladen werden.",
  unknownActivity: (key) => `${key} (nicht mehr im Verzeichnis)`,
  addJointController: "Gemeinsam Verantwortlichen hinzufügen",
  removeJointController: (n) => `Gemeinsam Verantwortlichen ${n} entfernen`,
  remove: "Entfernen",
  authority: "Zuständige Aufsichtsbehörde",
  authorityLabel: "Aufsichtsbehörde",
  authorityHint:
    "Sie ergibt sich aus dem Sitz des Verantwortlichen und daraus, ob er eine öffentliche Stelle ist; sie wird in den Datenschutzhinweisen genannt (Art. 13 Abs. 2 lit. d).",
  noAuthority: "– keine ausgewählt –",
  authorityAddress: "Anschrift",
  authorityEmail: "E-Mail",
  authorityPhone: "Telefon",
  authorityWebsite: "Website",
  authoritySource: "Quelle:",
  authorityChecked: (checkedOn) => `geprüft am ${checkedOn}`,
  noticeDate: "Stand der geltenden Datenschutzhinweise",
  noticeDateHint: "Nur wenn die Datenschutzhinweise außerhalb von VVT veröffentlicht wurden.",
  deletionRule: "Allgemeine Löschregel",
  deletionRuleHint: "Öffentlich: steht in den Datenschutzhinweisen neben den Fristen je Datenkategorie.",
  save: "Speichern",
  saving: "Wird gespeichert …",
  saved: "Die Angaben zur Organisation wurden gespeichert.",
  invalid: "Nicht gespeichert: Bitte die markierte Angabe prüfen.",
  conflict:
    "Die Angaben zur Organisation wurden inzwischen anderswo geändert, etwa in einem anderen Fenster. Ihre Änderung wurde nicht übernommen, und nichts wurde überschrieben. Laden Sie den aktuellen Stand neu und tragen Sie Ihre Änderungen erneut ein.",
  reload: "Neu laden",
  saveFailed: "Die Angaben zur Organisation wurden nicht gespeichert.",
};

const en: OrganisationMessages = {
  title: "Organisation",
  intro:
    "The register's header under Art. 30(1)(a) GDPR: controller, data protection officer, representative, joint controllers and the competent supervisory authority.",
  loading: "Loading the organisation …",
  loadFailed: "The organisation's details could not be loaded.",
  retry: "Try again",
  controller: "Controller",
  name: "Name",
  address: "Address",
  email: "Email",
  phone: "Phone",
  website: "Website",
  publicBody: "Public body",
  publicBodyHint:
    "Public authorities cannot rely on legitimate interests (Art. 6(1)(f)) for their tasks and must always designate a data protection officer (Art. 37(1)(a) GDPR); another supervisory authority may be competent.",
  professionalSecrecy: "Professional secrecy (Section 203 StGB)",
  professionalSecrecyHint:
    "E.g. medical practices, law and tax firms: processors must then be obliged to secrecy (Section 203(4) StGB).",
  dpo: "Data protection officer",
  dpoPresent: "A data protection officer is designated",
  dpoName: "Name or function",
  dpoNameHint: "e.g. “Data protection officer” where the name is not to be published",
  dpoExternal: "External data protection officer",
  dpoOrganisation: "Firm of the external data protection officer",
  noDpoReason: "Reason why no data protection officer is designated",
  personsProcessing: "Persons constantly processing personal data by automated means",
  personsProcessingHint:
    "As a rule, staff constantly engaged, including part-time staff, trainees and freelancers; from 20 on, a non-public body must designate a data protection officer (Section 38(1) sentence 1 BDSG). Leave empty if not recorded.",
  dpoRequiredPublicBody:
    "As a public body you must designate a data protection officer (Art. 37(1)(a) GDPR); no reason for not designating one can apply.",
  noDpoReasonHint:
    "E.g. “core activities involve neither large-scale monitoring nor large-scale processing of special categories (Art. 37(1)(b), (c) GDPR); fewer than 20 persons constantly engaged in automated processing (Section 38(1) sentence 1 BDSG); no processing that needs a DPIA, no commercial transfer, market or opinion research (Section 38(1) sentence 2 BDSG)”. The reason appears in the printed register; the privacy notice only says that none is designated. Leave it empty until this is decided – the checks and the notice then report the gap.",
  representative: "Representative in the Union (Art. 27 GDPR)",
  representativePresent: "A representative in the Union is designated",
  representativeHint: "Only for controllers not established in the Union.",
  jointControllers: "Joint controllers (Art. 26 GDPR)",
  jointControllersHint: "Those who decide on purposes and means together with you.",
  jointController: (n) => `Joint controller ${n}`,
  contact: "Contact",
  arrangement: "Essence of the arrangement (Art. 26(2))",
  arrangementHint: "This must be made available to the data subjects.",
  activities: "Processing activities concerned",
  activitiesHint: "With none chosen, the joint control covers all processing activities.",
  activitiesFailed: "The processing activities could not be loaded.",
  unknownActivity: (key) => `${key} (no longer in the register)`,
  addJointController: "Add joint controller",
  removeJointController: (n) => `Remove joint controller ${n}`,
  remove: "Remove",
  authority: "Competent supervisory authority",
  authorityLabel: "Supervisory authority",
  authorityHint:
    "It follows from the controller's seat and whether it is a public body; the privacy notice names it (Art. 13(2)(d)).",
  noAuthority: "– none chosen –",
  authorityAddress: "Address",
  authorityEmail: "Email",
  authorityPhone: "Phone",
  authorityWebsite: "Website",
  authoritySource: "Source (in German):",
  authorityChecked: (checkedOn) => `checked on ${checkedOn}`,
  noticeDate: "Date of the privacy notice in force",
  noticeDateHint: "Only when the notice was published outside VVT.",
  deletionRule: "General deletion rule",
  deletionRuleHint: "Public: the privacy notice states it beside the periods per data category.",
  save: "Save",
  saving: "Saving …",
  saved: "The organisation's details were saved.",
  invalid: "Not saved: please check the marked entry.",
  conflict:
    "The organisation's details were changed elsewhere in the meantime, for example in another window. Your change was not applied and nothing was overwritten. Reload the current state and enter your changes again.",
  reload: "Reload",
  saveFailed: "The organisation's details were not saved.",
};

export const organisationMessages: Record<Lang, OrganisationMessages> = { de, en };
