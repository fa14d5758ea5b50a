// Words of the editor's part on how the data subjects are informed (Art. 13,
// 14 GDPR), in German and English. The kinds and grounds mirror the core's
// own labels (src/model/information.rs), so the editor, the history, the
// register print and the notice name them alike.

import type { Information, InformationExemption } from "../api";
import type { Lang } from "../i18n";
import { vocabulary } from "../vocabulary";

export type InformationKind = Information["kind"];

/** The grounds in the order of the GDPR, as the core lists them (InformationExemption::ALL). */
export const INFORMATION_GROUNDS: readonly InformationExemption[] = [
  "already_informed",
  "disproportionate_effort",
  "laid_down_by_law",
  "professional_secrecy",
  "national_law",
];

export interface InformationMessages {
  title: string;
  kind: string;
  kinds: Record<InformationKind, string>;
  reference: string;
  referenceHint: string;
  ground: string;
  /** The provision of each ground, as the core cites it. */
  groundArticles: Record<InformationExemption, string>;
  groundLabels: Record<InformationExemption, string>;
  /**
   * Under the ground: why the public notice still describes the activity
   * (for the grounds the core's `InformationExemption::public` names), or
   * that it leaves it out.
   */
  groundInNotice: Partial<Record<InformationExemption, string>>;
  groundLeftOut: string;
  explanation: string;
  explanationHint: string;
}

const de: InformationMessages = {
  title: "Information der Betroffenen",
  kind: "Die Betroffenen werden informiert … (Art. 13, 14 DSGVO)",
  kinds: {
    public_notice: "in den öffentlichen Datenschutzhinweisen",
    separate: "in eigenen Datenschutzhinweisen",
    exempt: "Ausnahme von der Informationspflicht",
  },
  reference: "Eigene Datenschutzhinweise",
  referenceHint:
    "Welche Hinweise und wo die Betroffenen sie erhalten, z. B. „Datenschutzhinweise für Beschäftigte im Intranet“. Die öffentlichen Datenschutzhinweise führen diese Tätigkeit nicht auf.",
  ground: "Grund der Ausnahme",
  groundArticles: {
    already_informed: "Art. 13 Abs. 4, Art. 14 Abs. 5 lit. a DSGVO",
    disproportionate_effort: "Art. 14 Abs. 5 lit. b DSGVO",
    laid_down_by_law: "Art. 14 Abs. 5 lit. c DSGVO",
    professional_secrecy: "Art. 14 Abs. 5 lit. d DSGVO",
    national_law: "Art. 23 DSGVO i. V. m. nationalem Recht",
  },
  groundLabels: vocabulary.de.informationExemption,
  groundInNotice: {
    disproportionate_effort:
      "Die Tätigkeit bleibt in den öffentlichen Datenschutzhinweisen: Art. 14 Abs. 5 lit. b DSGVO verlangt geeignete Maßnahmen, einschließlich der Bereitstellung der Informationen für die Öffentlichkeit.",
    national_law:
      "Die Tätigkeit bleibt in den öffentlichen Datenschutzhinweisen: Unterbleibt die Information nach §§ 32, 33 BDSG, sind die Informationen für die Öffentlichkeit bereitzustellen und die Gründe schriftlich festzuhalten (§ 32 Abs. 2, § 33 Abs. 2 BDSG).",
  },
  groundLeftOut: "Die öffentlichen Datenschutzhinweise führen diese Tätigkeit nicht auf.",
  explanation: "Begründung der Ausnahme",
  explanationHint:
    "Warum die Ausnahme hier greift. Die Ausnahmen nach Art. 14 Abs. 5 lit. b bis d DSGVO gelten nur für Daten, die nicht bei der betroffenen Person erhoben werden.",
};

const en: InformationMessages = {
  title: "Informing the data subjects",
  kind: "The data subjects are informed … (Art. 13, 14 GDPR)",
  kinds: {
    public_notice: "in the public privacy notice",
    separate: "in a separate privacy notice",
    exempt: "exemption from the duty to inform",
  },
  reference: "Separate privacy notice",
  referenceHint:
    "Which notice, and where the data subjects get it, e.g. “Privacy notice for employees on the intranet”. The public privacy notice leaves this activity out.",
  ground: "Ground for the exemption",
  groundArticles: {
    already_informed: "Art. 13(4), 14(5)(a) GDPR",
    disproportionate_effort: "Art. 14(5)(b) GDPR",
    laid_down_by_law: "Art. 14(5)(c) GDPR",
    professional_secrecy: "Art. 14(5)(d) GDPR",
    national_law: "Art. 23 GDPR in conjunction with national law",
  },
  groundLabels: vocabulary.en.informationExemption,
  groundInNotice: {
    disproportionate_effort:
      "The activity stays in the public privacy notice: Art. 14(5)(b) GDPR requires appropriate measures, including making the information publicly available.",
    national_law:
      "The activity stays in the public privacy notice: where information is withheld under Sections 32, 33 BDSG, it must be made available to the public and the reasons recorded in writing (Sections 32(2), 33(2) BDSG).",
  },
  groundLeftOut: "The public privacy notice leaves this activity out.",
  explanation: "Reasons for the exemption",
  explanationHint:
    "Why the exemption applies here. The exemptions of Art. 14(5)(b) to (d) GDPR apply only to data not collected from the data subject.",
};

export const informationMessages: Record<Lang, InformationMessages> = { de, en };

/** A ground as the select and the history show it: "Art. 14 Abs. 5 lit. b DSGVO – Information unmöglich …". */
export function groundName(ground: InformationExemption, m: InformationMessages): string {
  return `${m.groundArticles[ground]} – ${m.groundLabels[ground]}`;
}
