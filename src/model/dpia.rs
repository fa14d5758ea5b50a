//! The DPIA threshold analysis (Art. 35(1), (3), (4) GDPR): the questions an
//! activity is measured against — the cases of Art. 35(3), the nine criteria
//! of WP248 rev.01 and the DSK list under Art. 35(4) — and the result derived
//! from the answers, so the register print, the checks and the editor agree on
//! whether a DPIA is required and why (docs/dpia-threshold.md).

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::Lang;

/// Which set of questions a criterion belongs to; it decides what a "yes" does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum DpiaList {
    /// Art. 35(3)(a)–(c) GDPR: one "yes" makes a DPIA required.
    Art35,
    /// WP248 rev.01 section III.B.a: two or more "yes" make a DPIA required.
    Wp248,
    /// The DSK list under Art. 35(4) GDPR: one "yes" makes a DPIA required.
    Dsk,
}

impl DpiaList {
    pub fn from_code(code: &str) -> Option<Self> {
        Some(match code {
            "art35" => Self::Art35,
            "wp248" => Self::Wp248,
            "dsk" => Self::Dsk,
            _ => return None,
        })
    }
}

/// One question of the threshold analysis, from the catalog (migration 0008).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct DpiaCriterion {
    /// e.g. `art35-3-c`, `wp248-monitoring`, `dsk-11`.
    pub code: String,
    pub list: DpiaList,
    /// Its number or letter in its source: `c`, `3`, `11`.
    pub number: String,
    pub label_de: String,
    pub label_en: String,
    pub source: String,
    pub checked_on: NaiveDate,
}

/// Whether a DPIA is required, as the answers show.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum DpiaOutcome {
    Required,
    NotRequired,
    /// Not every question is answered and those answered do not settle it.
    Undetermined,
}

/// The result of the threshold analysis with what it rests on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct DpiaAssessment {
    pub outcome: DpiaOutcome,
    /// The Art. 35(3) cases and DSK entries answered "yes", in catalog order;
    /// each alone makes a DPIA required.
    pub grounds: Vec<String>,
    /// The WP248 criteria answered "yes", in catalog order.
    pub wp248_met: Vec<String>,
    /// How many questions of the catalog have no answer.
    pub unanswered: usize,
}

/// WP248 rev.01: "in most cases, a data controller can consider that a
/// processing meeting two criteria would require a DPIA to be carried out".
pub const WP248_THRESHOLD: usize = 2;

/// Derives the result from the answers (`code → met`). Answers to codes the
/// catalog does not know are ignored; validation refuses them on save.
pub fn assess(answers: &BTreeMap<String, bool>, criteria: &[DpiaCriterion]) -> DpiaAssessment {
    let mut grounds = Vec::new();
    let mut wp248_met = Vec::new();
    let mut unanswered = 0;
    for c in criteria {
        match answers.get(&c.code) {
            None => unanswered += 1,
            Some(false) => {}
            Some(true) => match c.list {
                DpiaList::Art35 | DpiaList::Dsk => grounds.push(c.code.clone()),
                DpiaList::Wp248 => wp248_met.push(c.code.clone()),
            },
        }
    }
    let outcome = if !grounds.is_empty() || wp248_met.len() >= WP248_THRESHOLD {
        DpiaOutcome::Required
    } else if unanswered == 0 {
        DpiaOutcome::NotRequired
    } else {
        DpiaOutcome::Undetermined
    };
    DpiaAssessment {
        outcome,
        grounds,
        wp248_met,
        unanswered,
    }
}

impl DpiaOutcome {
    pub const ALL: [DpiaOutcome; 3] = [Self::Required, Self::NotRequired, Self::Undetermined];

    pub fn code(self) -> &'static str {
        match self {
            Self::Required => "required",
            Self::NotRequired => "not_required",
            Self::Undetermined => "undetermined",
        }
    }

    pub fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Self::Required, Lang::De) => "DSFA erforderlich",
            (Self::Required, Lang::En) => "DPIA required",
            (Self::NotRequired, Lang::De) => "DSFA nicht erforderlich",
            (Self::NotRequired, Lang::En) => "DPIA not required",
            (Self::Undetermined, Lang::De) => "Schwellwertanalyse unvollständig",
            (Self::Undetermined, Lang::En) => "Threshold analysis incomplete",
        }
    }
}

impl DpiaCriterion {
    /// The short citation a reason names: "Art. 35 Abs. 3 lit. c DSGVO",
    /// "DSK-Liste Nr. 11", "WP 248 Kriterium 3".
    pub fn citation(&self, lang: Lang) -> String {
        let n = &self.number;
        match (self.list, lang) {
            (DpiaList::Art35, Lang::De) => format!("Art. 35 Abs. 3 lit. {n} DSGVO"),
            (DpiaList::Art35, Lang::En) => format!("Art. 35(3)({n}) GDPR"),
            (DpiaList::Dsk, Lang::De) => format!("DSK-Liste Nr. {n}"),
            (DpiaList::Dsk, Lang::En) => format!("DSK list no. {n}"),
            (DpiaList::Wp248, Lang::De) => format!("WP 248 Kriterium {n}"),
            (DpiaList::Wp248, Lang::En) => format!("WP248 criterion {n}"),
        }
    }

    pub fn label(&self, lang: Lang) -> &str {
        lang.pick(&self.label_de, &self.label_en)
    }
}

impl DpiaAssessment {
    /// Why: "Art. 35(3)(c) GDPR; 2 WP248 criteria met (1, 3)", or what is
    /// missing.
    pub fn reason(&self, criteria: &[DpiaCriterion], lang: Lang) -> String {
        let cite = |code: &String| {
            criteria
                .iter()
                .find(|c| &c.code == code)
                .map(|c| c.citation(lang))
                .unwrap_or_else(|| code.clone())
        };
        let numbers = |codes: &[String]| {
            codes
                .iter()
                .map(|code| {
                    criteria
                        .iter()
                        .find(|c| &c.code == code)
                        .map_or(code.as_str(), |c| c.number.as_str())
                })
                .collect::<Vec<_>>()
                .join(", ")
        };
        let n = self.wp248_met.len();
        let wp = match lang {
            Lang::De => format!(
                "{n} Kriterien nach WP 248 erfüllt ({})",
                numbers(&self.wp248_met)
            ),
            Lang::En => format!("{n} WP248 criteria met ({})", numbers(&self.wp248_met)),
        };
        match self.outcome {
            DpiaOutcome::Required => {
                let mut parts: Vec<String> = self.grounds.iter().map(cite).collect();
                if n >= WP248_THRESHOLD {
                    parts.push(wp);
                }
                parts.join("; ")
            }
            DpiaOutcome::NotRequired => match (lang, n) {
                (Lang::De, 0) => "kein Fall des Art. 35 Abs. 3, kein Eintrag der DSK-Liste, kein Kriterium nach WP 248".to_owned(),
                (Lang::En, 0) => "no case of Art. 35(3), no DSK list entry, no WP248 criterion".to_owned(),
                (Lang::De, _) => format!("kein Fall des Art. 35 Abs. 3, kein Eintrag der DSK-Liste, nur 1 Kriterium nach WP 248 ({})", numbers(&self.wp248_met)),
                (Lang::En, _) => format!("no case of Art. 35(3), no DSK list entry, only 1 WP248 criterion ({})", numbers(&self.wp248_met)),
            },
            DpiaOutcome::Undetermined => match lang {
                Lang::De => format!("{} von {} Fragen unbeantwortet", self.unanswered, criteria.len()),
                Lang::En => format!("{} of {} questions unanswered", self.unanswered, criteria.len()),
            },
        }
    }
}
