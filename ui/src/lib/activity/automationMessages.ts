// Words of the editor's parts of issue 23's second half: the automated
// decisions one by one (Art. 22 GDPR) and the cookies and embedded services
// of a website or app (§ 25 TDDDG), in German and English. The labels mirror
// the core's (src/model/automation.rs, src/model/embed.rs), so the editor,
// the register print and the notice name them alike.

import type { DecisionEffect, DecisionException, DecisionSafeguard, EmbedAccess, EmbedKind } from "../api";
import type { Lang } from "../i18n";
import { vocabulary } from "../vocabulary";

/** In the order the core lists them (the enums' ALL). */
export const DECISION_EFFECTS: readonly DecisionEffect[] = ["legal", "similarly_significant"];
export const DECISION_EXCEPTIONS: readonly DecisionException[] = ["contract", "law", "explicit_consent"];
export const DECISION_SAFEGUARDS: readonly DecisionSafeguard[] = ["human_intervention", "express_view", "contest"];
export const EMBED_KINDS: readonly EmbedKind[] = ["cookie", "storage", "embed"];
export const EMBED_ACCESS: readonly EmbedAccess[] = ["consent", "strictly_necessary"];

export interface AutomationMessages {
  decisionsTitle: string;
  decisionsHint: string;
  decision: (n: number) => string;
  removeDecision: (n: number) => string;
  addDecision: string;
  noDecisions: string;
  decisionText: string;
  effect: string;
  effects: Record<DecisionEffect, string>;
  decisionConsequences: string;
  purpose: string;
  noPurpose: string;
  exception: string;
  exceptions: Record<DecisionException, string>;
  exceptionNote: string;
  exceptionNoteHint: string;
  safeguards: string;
  safeguardsHint: string;
  safeguardLabels: Record<DecisionSafeguard, string>;
  safeguardsNote: string;
  embedsHint: string;
  embed: (n: number) => string;
  removeEmbed: (n: number) => string;
  addEmbed: string;
  noEmbeds: string;
  embedName: string;
  kind: string;
  kinds: Record<EmbedKind, string>;
  provider: string;
  providerHint: string;
  embedPurpose: string;
  access: string;
  accessLabels: Record<EmbedAccess, string>;
  beforeConsent: string;
  beforeConsentHint: string;
  duration: string;
  country: string;
  noCountry: string;
}

export const automationMessages: Record<Lang, AutomationMessages> = {
  de: {
    decisionsTitle: "Die Entscheidungen im Einzelnen",
    decisionsHint:
      "Jede ausschließlich automatisierte Entscheidung mit ihrer Wirkung, der Ausnahme nach Art. 22 Abs. 2 DSGVO und den Schutzmaßnahmen nach Abs. 3; die Datenschutzhinweise nennen sie so.",
    decision: (n) => `Entscheidung ${n}`,
    removeDecision: (n) => `Entscheidung ${n} entfernen`,
    addDecision: "Entscheidung hinzufügen",
    noDecisions: "Keine Entscheidung einzeln erfasst.",
    decisionText: "Was entschieden wird",
    effect: "Wirkung (Art. 22 Abs. 1)",
    effects: vocabulary.de.decisionEffect,
    decisionConsequences: "Was die Entscheidung für die Person bedeutet",
    purpose: "Zweck, der die Entscheidung trifft",
    noPurpose: "kein bestimmter Zweck",
    exception: "Ausnahme nach Art. 22 Abs. 2",
    exceptions: {
      contract: "Vertrag (lit. a)",
      law: "Rechtsvorschrift (lit. b)",
      explicit_consent: "ausdrückliche Einwilligung (lit. c)",
    },
    exceptionNote: "Vertrag, Vorschrift oder Einwilligung in Worten",
    exceptionNoteHint: "Bei einer Rechtsvorschrift deren Fundstelle, z. B. § 31 BDSG.",
    safeguards: "Schutzmaßnahmen (Art. 22 Abs. 3)",
    safeguardsHint: "Bei Vertrag und Einwilligung sind alle drei Pflicht.",
    safeguardLabels: {
      human_intervention: "Eingreifen einer Person",
      express_view: "Darlegung des eigenen Standpunkts",
      contest: "Anfechtung der Entscheidung",
    },
    safeguardsNote: "Weitere Maßnahmen und wie die Person sie nutzt",
    embedsHint:
      "Cookies, lokaler Speicher und eingebundene Inhalte Dritter (Schriften, Karten, Profilbilder, Pixel) einer Website oder App; die Datenschutzhinweise geben sie als Tabelle wieder.",
    embed: (n) => `Eintrag ${n}`,
    removeEmbed: (n) => `Eintrag ${n} entfernen`,
    addEmbed: "Cookie oder Dienst hinzufügen",
    noEmbeds: "Keine Cookies oder eingebundenen Dienste erfasst.",
    embedName: "Name des Cookies oder Dienstes",
    kind: "Art",
    kinds: vocabulary.de.embedKind,
    provider: "Anbieter",
    providerHint: "Leer lassen, wenn es Ihr eigener ist.",
    embedPurpose: "Zweck",
    access: "Grundlage (§ 25 TDDDG)",
    accessLabels: {
      consent: "Einwilligung (§ 25 Abs. 1)",
      strictly_necessary: "unbedingt erforderlich (§ 25 Abs. 2 Nr. 2)",
    },
    beforeConsent: "Wird vor der Einwilligung gesetzt oder geladen",
    beforeConsentHint: "Was eine Einwilligung braucht, darf erst danach laden.",
    duration: "Speicherdauer",
    country: "Drittland",
    noCountry: "keines (EU/EWR)",
  },
  en: {
    decisionsTitle: "The decisions one by one",
    decisionsHint:
      "Each decision based solely on automated processing with its effect, the exception of Art. 22(2) GDPR and the safeguards of Art. 22(3); the privacy notice states them so.",
    decision: (n) => `Decision ${n}`,
    removeDecision: (n) => `Remove decision ${n}`,
    addDecision: "Add decision",
    noDecisions: "No decision recorded one by one.",
    decisionText: "What is decided",
    effect: "Effect (Art. 22(1))",
    effects: vocabulary.en.decisionEffect,
    decisionConsequences: "What the decision means for the person",
    purpose: "Purpose that makes the decision",
    noPurpose: "no particular purpose",
    exception: "Exception under Art. 22(2)",
    exceptions: {
      contract: "contract (point (a))",
      law: "law (point (b))",
      explicit_consent: "explicit consent (point (c))",
    },
    exceptionNote: "Contract, provision or consent in words",
    exceptionNoteHint: "For a law, its provision, e.g. Section 31 BDSG.",
    safeguards: "Safeguards (Art. 22(3))",
    safeguardsHint: "All three are required under a contract or consent.",
    safeguardLabels: {
      human_intervention: "human intervention",
      express_view: "expressing one's point of view",
      contest: "contesting the decision",
    },
    safeguardsNote: "Further measures and how the person uses them",
    embedsHint:
      "Cookies, local storage and third-party content (fonts, maps, profile pictures, pixels) of a website or app; the privacy notice shows them as a table.",
    embed: (n) => `Entry ${n}`,
    removeEmbed: (n) => `Remove entry ${n}`,
    addEmbed: "Add cookie or service",
    noEmbeds: "No cookies or embedded services recorded.",
    embedName: "Name of the cookie or service",
    kind: "Type",
    kinds: vocabulary.en.embedKind,
    provider: "Provider",
    providerHint: "Leave empty if it is your own.",
    embedPurpose: "Purpose",
    access: "Ground (Section 25 TDDDG)",
    accessLabels: {
      consent: "consent (Section 25(1))",
      strictly_necessary: "strictly necessary (Section 25(2) no. 2)",
    },
    beforeConsent: "Set or loaded before consent",
    beforeConsentHint: "What needs consent may load only after it.",
    duration: "Storage period",
    country: "Third country",
    noCountry: "none (EU/EEA)",
  },
};
