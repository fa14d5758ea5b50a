//! How the data subjects of an activity receive the information Art. 13/14
//! GDPR owes them. VVT turns the register into the organisation's public
//! privacy notice, but not every activity belongs there: employees and
//! applicants usually get a notice of their own, and some processing owes no
//! information at all (Art. 13(4), 14(5) GDPR, restrictions under Art. 23).

use serde::{Deserialize, Serialize};

use crate::Lang;

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum Information {
    /// In the public privacy notice VVT generates (the default).
    #[default]
    PublicNotice,
    /// In a notice of its own, which the public notice does not repeat.
    Separate {
        /// Which notice and where the data subjects get it, e.g.
        /// "Datenschutzhinweise für Beschäftigte, Intranet".
        reference: String,
    },
    /// An exemption from the duty to inform; the ground, and why it applies
    /// here.
    Exempt {
        ground: InformationExemption,
        explanation: String,
    },
}

impl Information {
    /// Whether the public privacy notice describes the activity: by default,
    /// and where an exemption spares only the individual information (see
    /// [`InformationExemption::public`]).
    pub fn in_public_notice(&self) -> bool {
        match self {
            Information::PublicNotice => true,
            Information::Separate { .. } => false,
            Information::Exempt { ground, .. } => ground.public(),
        }
    }

    /// Whether some notice owes the data subjects the Art. 13/14 items: the
    /// public one or one of their own; not under an exemption that leaves
    /// the activity out of every notice.
    pub fn owed(&self) -> bool {
        match self {
            Information::PublicNotice | Information::Separate { .. } => true,
            Information::Exempt { ground, .. } => ground.public(),
        }
    }

    pub fn code(&self) -> &'static str {
        match self {
            Information::PublicNotice => "public_notice",
            Information::Separate { .. } => "separate",
            Information::Exempt { .. } => "exempt",
        }
    }

    /// One line for the register print, the CLI and the notice's list of
    /// activities it leaves out, e.g. "in eigenen Datenschutzhinweisen:
    /// Datenschutzhinweise für Beschäftigte".
    pub fn describe(&self, lang: Lang) -> String {
        match (self, lang) {
            (Information::PublicNotice, Lang::De) => {
                "in den öffentlichen Datenschutzhinweisen".to_owned()
            }
            (Information::PublicNotice, Lang::En) => "in the public privacy notice".to_owned(),
            (Information::Separate { reference }, Lang::De) => {
                format!("in eigenen Datenschutzhinweisen: {reference}")
            }
            (Information::Separate { reference }, Lang::En) => {
                format!("in a separate privacy notice: {reference}")
            }
            (
                Information::Exempt {
                    ground,
                    explanation,
                },
                _,
            ) => {
                let (article, label) = (ground.article(lang), ground.label(lang));
                match (ground.public(), lang) {
                    (true, Lang::De) => format!(
                        "keine individuelle Information ({article}): {label} – {explanation}; \
                         öffentlich bereitgestellt in den Datenschutzhinweisen"
                    ),
                    (true, Lang::En) => format!(
                        "no individual information ({article}): {label} – {explanation}; made \
                         publicly available in the privacy notice"
                    ),
                    (false, Lang::De) => format!(
                        "Ausnahme von der Informationspflicht ({article}): {label} – {explanation}"
                    ),
                    (false, Lang::En) => format!(
                        "exemption from the duty to inform ({article}): {label} – {explanation}"
                    ),
                }
            }
        }
    }
}

/// The ground on which the data subjects are not informed individually.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum InformationExemption {
    /// The data subject already has the information (Art. 13(4), 14(5)(a)).
    #[default]
    AlreadyInformed,
    /// Data not obtained from the data subject: informing is impossible or
    /// would take a disproportionate effort (Art. 14(5)(b)).
    DisproportionateEffort,
    /// Obtaining or disclosure is expressly laid down by law (Art. 14(5)(c)).
    LaidDownByLaw,
    /// The data must stay confidential under professional secrecy
    /// (Art. 14(5)(d)).
    ProfessionalSecrecy,
    /// A restriction of national law under Art. 23 GDPR (e.g. §§ 32, 33 BDSG).
    NationalLaw,
}

impl InformationExemption {
    pub const ALL: [InformationExemption; 5] = [
        Self::AlreadyInformed,
        Self::DisproportionateEffort,
        Self::LaidDownByLaw,
        Self::ProfessionalSecrecy,
        Self::NationalLaw,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Self::AlreadyInformed => "already_informed",
            Self::DisproportionateEffort => "disproportionate_effort",
            Self::LaidDownByLaw => "laid_down_by_law",
            Self::ProfessionalSecrecy => "professional_secrecy",
            Self::NationalLaw => "national_law",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|g| g.code() == code)
    }

    /// Whether the ground spares only the individual information while the
    /// information still has to be made available to the public: Art.
    /// 14(5)(b) ("appropriate measures …, including making the information
    /// publicly available") and §§ 32(2), 33(2) BDSG. The public notice does
    /// that, so such activities stay in it.
    pub fn public(self) -> bool {
        matches!(self, Self::DisproportionateEffort | Self::NationalLaw)
    }

    /// Whether the ground exists only for data not obtained from the data
    /// subject (Art. 14(5)(b)–(d)); Art. 13 has no such exemptions.
    pub fn only_art14(self) -> bool {
        matches!(
            self,
            Self::DisproportionateEffort | Self::LaidDownByLaw | Self::ProfessionalSecrecy
        )
    }

    pub fn article(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Self::AlreadyInformed, Lang::De) => "Art. 13 Abs. 4, Art. 14 Abs. 5 lit. a DSGVO",
            (Self::AlreadyInformed, Lang::En) => "Art. 13(4), 14(5)(a) GDPR",
            (Self::DisproportionateEffort, Lang::De) => "Art. 14 Abs. 5 lit. b DSGVO",
            (Self::DisproportionateEffort, Lang::En) => "Art. 14(5)(b) GDPR",
            (Self::LaidDownByLaw, Lang::De) => "Art. 14 Abs. 5 lit. c DSGVO",
            (Self::LaidDownByLaw, Lang::En) => "Art. 14(5)(c) GDPR",
            (Self::ProfessionalSecrecy, Lang::De) => "Art. 14 Abs. 5 lit. d DSGVO",
            (Self::ProfessionalSecrecy, Lang::En) => "Art. 14(5)(d) GDPR",
            (Self::NationalLaw, Lang::De) => "Art. 23 DSGVO i. V. m. nationalem Recht",
            (Self::NationalLaw, Lang::En) => "Art. 23 GDPR in conjunction with national law",
        }
    }

    pub fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Self::AlreadyInformed, Lang::De) => {
                "die Betroffenen verfügen bereits über die Informationen"
            }
            (Self::AlreadyInformed, Lang::En) => "the data subjects already have the information",
            (Self::DisproportionateEffort, Lang::De) => {
                "Information unmöglich oder mit unverhältnismäßigem Aufwand verbunden"
            }
            (Self::DisproportionateEffort, Lang::En) => {
                "informing is impossible or would involve a disproportionate effort"
            }
            (Self::LaidDownByLaw, Lang::De) => {
                "Erlangung oder Offenlegung durch Rechtsvorschrift ausdrücklich geregelt"
            }
            (Self::LaidDownByLaw, Lang::En) => "obtaining or disclosure expressly laid down by law",
            (Self::ProfessionalSecrecy, Lang::De) => {
                "Berufsgeheimnis oder satzungsmäßige Geheimhaltungspflicht"
            }
            (Self::ProfessionalSecrecy, Lang::En) => {
                "professional secrecy or a statutory obligation of secrecy"
            }
            (Self::NationalLaw, Lang::De) => {
                "Beschränkung durch nationales Recht (z. B. §§ 32, 33 BDSG)"
            }
            (Self::NationalLaw, Lang::En) => {
                "restriction under national law (e.g. Sections 32, 33 BDSG)"
            }
        }
    }
}
