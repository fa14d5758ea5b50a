//! Gaps in an activity's entry that Art. 30(1)(f) and (g) ask a DPO to fill,
//! a DPIA decision where the activity shows high-risk indicators (Art. 35),
//! and reviews that are due.

use super::context::{blank, join, Context};
use super::{Finding, RecordRef, Rule, Severity};
use crate::dpia::{assess, DpiaOutcome};
use crate::{ActivityStatus, AutomatedDecisions, Lang, ProcessingActivity};

pub(super) const RETENTION: Rule = Rule {
    id: "retention-missing",
    severity: Severity::Warning,
    source_de: "Art. 30 Abs. 1 lit. f, Art. 13 Abs. 2 lit. a DSGVO",
    source_en: "Art. 30(1)(f), Art. 13(2)(a) GDPR",
    title_de: "Datenkategorie ohne Löschfrist",
    title_en: "Data category without an erasure time limit",
};

pub(super) const TOMS: Rule = Rule {
    id: "toms-missing",
    severity: Severity::Warning,
    source_de: "Art. 30 Abs. 1 lit. g, Art. 32 Abs. 1 DSGVO",
    source_en: "Art. 30(1)(g), Art. 32(1) GDPR",
    title_de: "Keine technischen und organisatorischen Maßnahmen angegeben",
    title_en: "No technical and organisational measures given",
};

pub(super) const DPIA: Rule = Rule {
    id: "dpia-undecided",
    severity: Severity::Warning,
    source_de: "Art. 35 Abs. 1, 3, 4 DSGVO; Liste der DSK nach Art. 35 Abs. 4 DSGVO („Muss-Liste“)",
    source_en: "Art. 35(1), (3), (4) GDPR; the DSK's list under Art. 35(4) GDPR ('Muss-Liste')",
    title_de: "Anzeichen für hohes Risiko, aber keine Entscheidung zur DSFA",
    title_en: "High-risk indicators but no DPIA decision",
};

pub(super) const DPIA_NOT_DONE: Rule = Rule {
    id: "dpia-not-done",
    severity: Severity::Error,
    source_de: "Art. 35 Abs. 1, Art. 36 Abs. 1 DSGVO",
    source_en: "Art. 35(1), Art. 36(1) GDPR",
    title_de: "DSFA erforderlich, aber nicht durchgeführt",
    title_en: "DPIA required but not carried out",
};

pub(super) const REVIEW: Rule = Rule {
    id: "review-overdue",
    severity: Severity::Warning,
    source_de: "Art. 5 Abs. 2, Art. 24 Abs. 1 S. 2 DSGVO",
    source_en: "Art. 5(2), Art. 24(1) second sentence GDPR",
    title_de: "Überprüfung der Tätigkeit überfällig",
    title_en: "Review of the activity overdue",
};

/// Words in an activity's name, description or purposes that point to
/// systematic monitoring, profiling or new technology (Art. 35(3)(a), (c);
/// the DSK list names e.g. scoring, tracking, location data, biometrics and
/// AI). Lower case; matched as parts of words ("Videoüberwachung").
const HIGH_RISK_WORDS: [&str; 13] = [
    "überwachung",
    "monitoring",
    "tracking",
    "profiling",
    "profilbildung",
    "scoring",
    "biometri",
    "geolokal",
    "standortdaten",
    "künstliche intelligenz",
    "artificial intelligence",
    "machine learning",
    "maschinelles lernen",
];

pub(super) fn check(ctx: &Context<'_>, a: &ProcessingActivity, out: &mut Vec<Finding>) {
    let record = || RecordRef::activity(&a.key);
    for (i, c) in a.data_categories.iter().enumerate() {
        let kept = c
            .retention
            .as_ref()
            .is_some_and(|r| r.period.is_some() || !blank(&r.criterion));
        if !kept {
            let name = c.name.trim();
            out.push(
                RETENTION
                    .at(record(), format!("data_categories[{i}].retention"))
                    .message(
                        format!("Für die Datenkategorie „{name}“ ist keine Löschfrist erfasst."),
                        format!(
                            "No erasure time limit is recorded for the data category '{name}'."
                        ),
                    )
                    .hint(
                        "Erfassen Sie eine Frist oder das Kriterium, nach dem die Daten gelöscht \
                         werden; die Datenschutzhinweise müssen die Speicherdauer nennen.",
                        "Record a period or the criterion by which the data is erased; the \
                         privacy notice must state how long it is kept.",
                    ),
            );
        }
    }
    if !a.toms.iter().any(|t| ctx.has_tom(t)) && blank(&a.tom_notes) {
        out.push(
            TOMS.at(record(), "toms")
                .message(
                    "Für die Tätigkeit sind keine technischen und organisatorischen Maßnahmen \
                     angegeben.",
                    "No technical and organisational measures are given for the activity.",
                )
                .hint(
                    "Verweisen Sie auf die Maßnahmen aus dem TOM-Katalog, die diese Verarbeitung \
                     schützen, oder beschreiben Sie sie allgemein.",
                    "Refer to the measures of the TOM catalog that protect this processing, or \
                     describe them in general terms.",
                ),
        );
    }
    if a.status == ActivityStatus::Retired {
        return; // processing has ended: no DPIA to decide, nothing to review
    }
    let decided = a.dpia.required.is_some() || a.dpia.done_on.is_some();
    let indicators = if decided {
        Vec::new()
    } else {
        indicators(ctx, a)
    };
    if !indicators.is_empty() {
        let de: Vec<String> = indicators.iter().map(|i| i.0.clone()).collect();
        let en: Vec<String> = indicators.iter().map(|i| i.1.clone()).collect();
        let (de, en) = (join(&de, "und"), join(&en, "and"));
        out.push(
            DPIA.at(record(), "dpia.required")
                .message(
                    format!(
                        "Die Tätigkeit zeigt Anzeichen für ein hohes Risiko ({de}), aber es ist \
                         nicht erfasst, ob eine Datenschutz-Folgenabschätzung nötig ist."
                    ),
                    format!(
                        "The activity shows signs of high risk ({en}), but whether a data \
                         protection impact assessment is needed is not recorded."
                    ),
                )
                .hint(
                    "Prüfen Sie anhand von Art. 35 Abs. 3 DSGVO und der Muss-Liste der DSK, ob \
                     eine DSFA durchzuführen ist, und erfassen Sie die Entscheidung mit \
                     Begründung.",
                    "Decide, using Art. 35(3) GDPR and the DSK's list, whether a DPIA must be \
                     carried out, and record the decision with its reason.",
                ),
        );
    }
    // A draft may still wait for its DPIA; processing that runs may not.
    if a.status == ActivityStatus::Active
        && a.dpia.required == Some(true)
        && a.dpia.done_on.is_none()
    {
        out.push(
            DPIA_NOT_DONE
                .at(record(), "dpia.done_on")
                .message(
                    "Für die Tätigkeit ist eine Datenschutz-Folgenabschätzung als erforderlich \
                     erfasst, aber nicht, dass sie durchgeführt wurde; die Verarbeitung ist aktiv.",
                    "A data protection impact assessment is recorded as required for the \
                     activity, but not that it was carried out; the processing is active.",
                )
                .hint(
                    "Die DSFA ist vor Beginn der Verarbeitung durchzuführen. Erfassen Sie das \
                     Datum und den Verweis auf den Bericht; bleibt trotz der Maßnahmen ein hohes \
                     Risiko, ist vorher die Aufsichtsbehörde zu konsultieren (Art. 36 DSGVO).",
                    "The DPIA has to be carried out before the processing starts. Record its \
                     date and a reference to the report; if a high risk remains despite the \
                     measures, the supervisory authority must be consulted first (Art. 36 GDPR).",
                ),
        );
    }
    if let Some(due) = a.next_review.filter(|d| *d < ctx.today) {
        out.push(
            REVIEW
                .at(record(), "next_review")
                .message(
                    format!(
                        "Die Überprüfung der Tätigkeit war am {} fällig.",
                        due.format("%d.%m.%Y")
                    ),
                    format!(
                        "The review of the activity was due on {}.",
                        due.format("%Y-%m-%d")
                    ),
                )
                .hint(
                    "Prüfen Sie, ob der Eintrag noch stimmt, und erfassen Sie das Datum der \
                     Prüfung und ein neues Prüfdatum.",
                    "Check that the entry is still correct and record the date of this review \
                     and the next one.",
                ),
        );
    }
}

/// The high-risk indicators an activity shows, in German and English.
fn indicators(ctx: &Context<'_>, a: &ProcessingActivity) -> Vec<(String, String)> {
    let mut found = Vec::new();
    let criteria = &ctx.catalogs.dpia_criteria;
    let analysis = assess(&a.dpia.threshold, criteria);
    if analysis.outcome == DpiaOutcome::Required {
        found.push((
            format!(
                "die Schwellwertanalyse verlangt eine DSFA: {}",
                analysis.reason(criteria, Lang::De)
            ),
            format!(
                "the threshold analysis requires a DPIA: {}",
                analysis.reason(criteria, Lang::En)
            ),
        ));
    }
    if a.data_categories.iter().any(|c| c.special) {
        found.push((
            "besondere Kategorien personenbezogener Daten".to_owned(),
            "special categories of personal data".to_owned(),
        ));
    }
    if a.data_categories.iter().any(|c| c.criminal) {
        found.push((
            "Daten über strafrechtliche Verurteilungen und Straftaten".to_owned(),
            "data on criminal convictions and offences".to_owned(),
        ));
    }
    if matches!(a.automated_decisions, Some(AutomatedDecisions::Used { .. })) {
        found.push((
            "automatisierte Entscheidungen im Einzelfall".to_owned(),
            "automated individual decisions".to_owned(),
        ));
    }
    let mut text = a.name.to_lowercase();
    for t in a
        .description
        .iter()
        .chain(a.purposes.iter().map(|p| &p.description))
    {
        text.push('\n');
        text.push_str(&t.to_lowercase());
    }
    if let Some(word) = HIGH_RISK_WORDS.iter().find(|w| text.contains(*w)) {
        found.push((
            format!("Hinweis auf Überwachung, Profilbildung oder neue Technik: „{word}“"),
            format!("a sign of monitoring, profiling or new technology: '{word}'"),
        ));
    }
    found
}
