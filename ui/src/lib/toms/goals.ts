// The protection goals of Art. 32(1) GDPR that TOMs are grouped by: their
// order and their names, in one place for the catalog and the activity
// editor. The labels are those of `ProtectionGoal::label` in
// src/model/tom.rs, so the editor and the printed register name a goal alike.

import type { ProtectionGoal } from "../api";
import type { Lang } from "../i18n";

/** The goals in the order of Art. 32(1) GDPR, as `ProtectionGoal::ALL`. */
export const PROTECTION_GOALS: readonly ProtectionGoal[] = [
  "pseudonymisation",
  "encryption",
  "confidentiality",
  "integrity",
  "availability",
  "resilience",
  "recoverability",
  "evaluation",
];

export const protectionGoalLabels: Record<Lang, Record<ProtectionGoal, string>> = {
  de: {
    pseudonymisation: "Pseudonymisierung",
    encryption: "Verschlüsselung",
    confidentiality: "Vertraulichkeit",
    integrity: "Integrität",
    availability: "Verfügbarkeit",
    resilience: "Belastbarkeit",
    recoverability: "Wiederherstellbarkeit",
    evaluation: "Überprüfung und Evaluierung",
  },
  en: {
    pseudonymisation: "Pseudonymisation",
    encryption: "Encryption",
    confidentiality: "Confidentiality",
    integrity: "Integrity",
    availability: "Availability",
    resilience: "Resilience",
    recoverability: "Recoverability",
    evaluation: "Testing and evaluation",
  },
};
