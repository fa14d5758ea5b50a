// The DPIA threshold analysis as the editor shows it while the DPO answers:
// a mirror of src/model/dpia.rs (`assess`, `reason`), so the result changes
// with every click without a round trip to the core. dpiaThreshold.test.ts
// checks it against the cases the core wrote (dpia-threshold-cases.json).

import type { DpiaAssessment, DpiaCriterion, Lang } from "../api";

/** WP248 rev.01: two criteria met usually mean a DPIA is required. */
export const WP248_THRESHOLD = 2;

/** The answers of one activity: criterion code → met; absent is unanswered. */
export type ThresholdAnswers = { [code in string]?: boolean };

export function assess(answers: ThresholdAnswers, criteria: DpiaCriterion[]): DpiaAssessment {
  const grounds: string[] = [];
  const wp248_met: string[] = [];
  let unanswered = 0;
  for (const c of criteria) {
    const met = answers[c.code];
    if (met === undefined) unanswered += 1;
    else if (met) (c.list === "wp248" ? wp248_met : grounds).push(c.code);
  }
  const outcome =
    grounds.length > 0 || wp248_met.length >= WP248_THRESHOLD
      ? "required"
      : unanswered === 0
        ? "not_required"
        : "undetermined";
  return { outcome, grounds, wp248_met, unanswered };
}

/** "Art. 35(3)(c) GDPR", "DSK list no. 11", "WP248 criterion 3". */
export function citation(c: DpiaCriterion, lang: Lang): string {
  const n = c.number;
  switch (c.list) {
    case "art35":
      return lang === "de" ? `Art. 35 Abs. 3 lit. ${n} DSGVO` : `Art. 35(3)(${n}) GDPR`;
    case "dsk":
      return lang === "de" ? `DSK-Liste Nr. ${n}` : `DSK list no. ${n}`;
    case "wp248":
      return lang === "de" ? `WP 248 Kriterium ${n}` : `WP248 criterion ${n}`;
  }
}

/** Why the result is what it is, worded as the core words it. */
export function reason(result: DpiaAssessment, criteria: DpiaCriterion[], lang: Lang): string {
  const find = (code: string) => criteria.find((c) => c.code === code);
  const numbers = result.wp248_met.map((code) => find(code)?.number ?? code).join(", ");
  const n = result.wp248_met.length;
  const wp = lang === "de" ? `${n} Kriterien nach WP 248 erfüllt (${numbers})` : `${n} WP248 criteria met (${numbers})`;
  switch (result.outcome) {
    case "required": {
      const parts = result.grounds.map((code) => {
        const c = find(code);
        return c ? citation(c, lang) : code;
      });
      if (n >= WP248_THRESHOLD) parts.push(wp);
      return parts.join("; ");
    }
    case "not_required":
      if (n === 0) {
        return lang === "de"
          ? "kein Fall des Art. 35 Abs. 3, kein Eintrag der DSK-Liste, kein Kriterium nach WP 248"
          : "no case of Art. 35(3), no DSK list entry, no WP248 criterion";
      }
      return lang === "de"
        ? `kein Fall des Art. 35 Abs. 3, kein Eintrag der DSK-Liste, nur 1 Kriterium nach WP 248 (${numbers})`
        : `no case of Art. 35(3), no DSK list entry, only 1 WP248 criterion (${numbers})`;
    case "undetermined":
      return lang === "de"
        ? `${result.unanswered} von ${criteria.length} Fragen unbeantwortet`
        : `${result.unanswered} of ${criteria.length} questions unanswered`;
  }
}
