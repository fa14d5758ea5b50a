//! Automated individual decisions one by one (Art. 22 GDPR): what is
//! decided, with which effect, under which Art. 22(2) exception and with
//! which Art. 22(3) safeguards — what the notice states under Art. 13(2)(f)
//! and 14(2)(g), and what the checks reason on per decision instead of per
//! activity.

use serde::{Deserialize, Serialize};

use crate::Lang;

/// One decision based solely on automated processing (format version 7).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct AutomatedDecision {
    /// What is decided ("Annahme oder Ablehnung eines Kaufs auf Rechnung").
    pub decision: String,
    pub effect: DecisionEffect,
    /// What the decision means for the person ("Zahlung nur per Vorkasse").
    #[serde(default)]
    pub consequences: Option<String>,
    /// The purpose that makes the decision, by its description; its legal
    /// bases must carry the exception.
    #[serde(default)]
    pub purpose: Option<String>,
    /// `None` means not recorded.
    #[serde(default)]
    pub exception: Option<DecisionException>,
    /// The contract, the statute or the consent in words ("§ 31 BDSG").
    #[serde(default)]
    pub exception_note: Option<String>,
    #[serde(default)]
    pub safeguards: Vec<DecisionSafeguard>,
    /// Further measures, and for a decision authorised by law the measures
    /// that law lays down (Art. 22(2)(b)).
    #[serde(default)]
    pub safeguards_note: Option<String>,
}

/// Art. 22(1): a legal effect, or one that similarly significantly affects
/// the person.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum DecisionEffect {
    #[default]
    Legal,
    SimilarlySignificant,
}

impl DecisionEffect {
    pub const ALL: [DecisionEffect; 2] = [Self::Legal, Self::SimilarlySignificant];

    pub fn code(self) -> &'static str {
        match self {
            Self::Legal => "legal",
            Self::SimilarlySignificant => "similarly_significant",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|e| e.code() == code)
    }

    pub fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Self::Legal, Lang::De) => "rechtliche Wirkung",
            (Self::Legal, Lang::En) => "legal effect",
            (Self::SimilarlySignificant, Lang::De) => {
                "erhebliche Beeinträchtigung in ähnlicher Weise"
            }
            (Self::SimilarlySignificant, Lang::En) => "similarly significant effect",
        }
    }
}

/// The three exceptions of Art. 22(2).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum DecisionException {
    /// (a) necessary for entering into or performing a contract.
    Contract,
    /// (b) authorised by Union or Member State law.
    Law,
    /// (c) the data subject's explicit consent.
    ExplicitConsent,
}

impl DecisionException {
    pub const ALL: [DecisionException; 3] = [Self::Contract, Self::Law, Self::ExplicitConsent];

    pub fn code(self) -> &'static str {
        match self {
            Self::Contract => "contract",
            Self::Law => "law",
            Self::ExplicitConsent => "explicit_consent",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|e| e.code() == code)
    }

    /// The legal-basis codes a purpose cites when it carries this
    /// exception: a contract under Art. 6(1)(b); a law under Art. 6(1)(c)
    /// or (e), or a provision named as "other"; explicit consent under
    /// Art. 9(2)(a), or Art. 6(1)(a) for ordinary data.
    pub fn bases(self) -> &'static [&'static str] {
        match self {
            Self::Contract => &["art6-1-b"],
            Self::Law => &["art6-1-c", "art6-1-e", "other"],
            Self::ExplicitConsent => &["art6-1-a", "art9-2-a"],
        }
    }

    /// Where Art. 22(3) requires the safeguards of its own: for contract and
    /// consent; for a law, the law lays them down.
    pub fn needs_safeguards(self) -> bool {
        !matches!(self, Self::Law)
    }

    pub fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Self::Contract, Lang::De) => {
                "erforderlich für den Abschluss oder die Erfüllung eines Vertrags (Art. 22 Abs. 2 lit. a DSGVO)"
            }
            (Self::Contract, Lang::En) => {
                "necessary for entering into or performing a contract (Art. 22(2)(a) GDPR)"
            }
            (Self::Law, Lang::De) => {
                "durch Rechtsvorschriften der Union oder eines Mitgliedstaats zugelassen (Art. 22 Abs. 2 lit. b DSGVO)"
            }
            (Self::Law, Lang::En) => {
                "authorised by Union or Member State law (Art. 22(2)(b) GDPR)"
            }
            (Self::ExplicitConsent, Lang::De) => {
                "Ihre ausdrückliche Einwilligung (Art. 22 Abs. 2 lit. c DSGVO)"
            }
            (Self::ExplicitConsent, Lang::En) => "your explicit consent (Art. 22(2)(c) GDPR)",
        }
    }
}

/// The safeguards Art. 22(3) names as the least a controller offers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum DecisionSafeguard {
    HumanIntervention,
    ExpressView,
    Contest,
}

impl DecisionSafeguard {
    pub const ALL: [DecisionSafeguard; 3] =
        [Self::HumanIntervention, Self::ExpressView, Self::Contest];

    pub fn code(self) -> &'static str {
        match self {
            Self::HumanIntervention => "human_intervention",
            Self::ExpressView => "express_view",
            Self::Contest => "contest",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.code() == code)
    }

    pub fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Self::HumanIntervention, Lang::De) => {
                "das Eingreifen einer Person auf unserer Seite zu erwirken"
            }
            (Self::HumanIntervention, Lang::En) => "to obtain human intervention on our part",
            (Self::ExpressView, Lang::De) => "Ihren Standpunkt darzulegen",
            (Self::ExpressView, Lang::En) => "to express your point of view",
            (Self::Contest, Lang::De) => "die Entscheidung anzufechten",
            (Self::Contest, Lang::En) => "to contest the decision",
        }
    }

    /// The short name for lists in the editor and the register print.
    pub fn short(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Self::HumanIntervention, Lang::De) => "Eingreifen einer Person",
            (Self::HumanIntervention, Lang::En) => "human intervention",
            (Self::ExpressView, Lang::De) => "Darlegung des Standpunkts",
            (Self::ExpressView, Lang::En) => "expressing one's point of view",
            (Self::Contest, Lang::De) => "Anfechtung der Entscheidung",
            (Self::Contest, Lang::En) => "contesting the decision",
        }
    }
}
