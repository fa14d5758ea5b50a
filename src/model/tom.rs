//! The organisation-wide catalog of technical and organisational measures
//! (Art. 32) that activities reference (Art. 30(1)(g)).

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct Tom {
    pub key: String,
    pub goal: ProtectionGoal,
    pub title: String,
    #[serde(default)]
    pub description: Option<String>,
    #[serde(default)]
    pub version: i64,
}

/// The protection goals of Art. 32(1)(a)–(d) GDPR, by which TOMs are grouped.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum ProtectionGoal {
    Pseudonymisation,
    Encryption,
    #[default]
    Confidentiality,
    Integrity,
    Availability,
    Resilience,
    Recoverability,
    Evaluation,
}

impl ProtectionGoal {
    pub const ALL: [ProtectionGoal; 8] = [
        Self::Pseudonymisation,
        Self::Encryption,
        Self::Confidentiality,
        Self::Integrity,
        Self::Availability,
        Self::Resilience,
        Self::Recoverability,
        Self::Evaluation,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Self::Pseudonymisation => "pseudonymisation",
            Self::Encryption => "encryption",
            Self::Confidentiality => "confidentiality",
            Self::Integrity => "integrity",
            Self::Availability => "availability",
            Self::Resilience => "resilience",
            Self::Recoverability => "recoverability",
            Self::Evaluation => "evaluation",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|g| g.code() == code)
    }

    pub fn label(self, lang: crate::Lang) -> &'static str {
        use crate::Lang::*;
        match (self, lang) {
            (Self::Pseudonymisation, De) => "Pseudonymisierung",
            (Self::Pseudonymisation, En) => "Pseudonymisation",
            (Self::Encryption, De) => "Verschlüsselung",
            (Self::Encryption, En) => "Encryption",
            (Self::Confidentiality, De) => "Vertraulichkeit",
            (Self::Confidentiality, En) => "Confidentiality",
            (Self::Integrity, De) => "Integrität",
            (Self::Integrity, En) => "Integrity",
            (Self::Availability, De) => "Verfügbarkeit",
            (Self::Availability, En) => "Availability",
            (Self::Resilience, De) => "Belastbarkeit",
            (Self::Resilience, En) => "Resilience",
            (Self::Recoverability, De) => "Wiederherstellbarkeit",
            (Self::Recoverability, En) => "Recoverability",
            (Self::Evaluation, De) => "Überprüfung und Evaluierung",
            (Self::Evaluation, En) => "Testing and evaluation",
        }
    }
}
