//! Reference data the register points into: legal bases, countries, transfer
//! mechanisms, supervisory authorities and suggestion lists. Each entry names
//! its legal source and the date that source was last checked; the data itself
//! ships in `migrations/` so a register carries the catalog it was kept with.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::DpiaCriterion;
use crate::Lang;

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Catalogs {
    pub legal_bases: Vec<LegalBasis>,
    pub countries: Vec<Country>,
    pub mechanisms: Vec<TransferMechanism>,
    pub authorities: Vec<Authority>,
    pub suggestions: Vec<Suggestion>,
    /// The questions of the DPIA threshold analysis, in the order asked.
    #[serde(default)]
    pub dpia_criteria: Vec<DpiaCriterion>,
}

impl Catalogs {
    pub fn legal_basis(&self, code: &str) -> Option<&LegalBasis> {
        self.legal_bases.iter().find(|b| b.code == code)
    }

    pub fn country(&self, code: &str) -> Option<&Country> {
        self.countries.iter().find(|c| c.code == code)
    }

    pub fn mechanism(&self, code: &str) -> Option<&TransferMechanism> {
        self.mechanisms.iter().find(|m| m.code == code)
    }

    pub fn dpia_criterion(&self, code: &str) -> Option<&DpiaCriterion> {
        self.dpia_criteria.iter().find(|c| c.code == code)
    }

    pub fn authority(&self, code: &str) -> Option<&Authority> {
        self.authorities.iter().find(|a| a.code == code)
    }
}

/// Which part of the law a legal basis comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum LegalBasisKind {
    /// Art. 6(1) GDPR.
    Art6,
    /// Art. 9(2) GDPR, special categories.
    Art9,
    /// Art. 10 GDPR, criminal convictions and offences.
    Art10,
    /// National law such as § 26 BDSG or § 25 TDDDG.
    National,
    /// Anything else, described in the purpose's free-text note.
    Other,
}

impl LegalBasisKind {
    pub fn from_code(code: &str) -> Option<Self> {
        Some(match code {
            "art6" => Self::Art6,
            "art9" => Self::Art9,
            "art10" => Self::Art10,
            "national" => Self::National,
            "other" => Self::Other,
            _ => return None,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct LegalBasis {
    /// e.g. `art6-1-f`, `art9-2-b`, `bdsg-26`.
    pub code: String,
    pub kind: LegalBasisKind,
    /// Citation, e.g. "Art. 6 Abs. 1 lit. f DSGVO".
    pub citation_de: String,
    /// Citation, e.g. "Art. 6(1)(f) GDPR".
    pub citation_en: String,
    pub label_de: String,
    pub label_en: String,
    /// W3C DPV identifier, e.g. `eu-gdpr:A6-1-f`.
    pub dpv: Option<String>,
    pub source: String,
    pub checked_on: NaiveDate,
}

impl LegalBasis {
    pub fn citation(&self, lang: Lang) -> &str {
        lang.pick(&self.citation_de, &self.citation_en)
    }

    pub fn label(&self, lang: Lang) -> &str {
        lang.pick(&self.label_de, &self.label_en)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Country {
    /// ISO 3166-1 alpha-2.
    pub code: String,
    pub name_de: String,
    pub name_en: String,
    /// Member of the EEA (EU 27, Iceland, Liechtenstein, Norway): no third country.
    pub eea: bool,
    pub adequacy: Option<Adequacy>,
    pub source: String,
    pub checked_on: NaiveDate,
}

impl Country {
    pub fn name(&self, lang: Lang) -> &str {
        lang.pick(&self.name_de, &self.name_en)
    }

    pub fn is_third_country(&self) -> bool {
        !self.eea
    }
}

/// An adequacy decision under Art. 45 GDPR.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Adequacy {
    /// e.g. "(EU) 2023/1795".
    pub decision: String,
    pub date: NaiveDate,
    /// For partial decisions the scope, e.g. "nur nach dem EU-US Data
    /// Privacy Framework zertifizierte Organisationen"; `None` for full adequacy.
    pub scope_de: Option<String>,
    pub scope_en: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct TransferMechanism {
    /// e.g. `art45`, `art46-2-c`, `art49-1-a`, `art49-1-2`.
    pub code: String,
    pub citation_de: String,
    pub citation_en: String,
    pub label_de: String,
    pub label_en: String,
    pub dpv: Option<String>,
    /// Requires the Art. 49(6) documentation in the register.
    pub needs_documentation: bool,
    /// False for instruments that no longer carry a transfer (Privacy Shield).
    pub valid: bool,
    pub source: String,
    pub checked_on: NaiveDate,
}

impl TransferMechanism {
    pub fn citation(&self, lang: Lang) -> &str {
        lang.pick(&self.citation_de, &self.citation_en)
    }

    pub fn label(&self, lang: Lang) -> &str {
        lang.pick(&self.label_de, &self.label_en)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Authority {
    /// e.g. `DE-BW`, `DE-BY-private`, `DE-BfDI`.
    pub code: String,
    pub name: String,
    /// The Land (ISO 3166-2 subdivision) or `DE` for the federal authority.
    pub region: String,
    /// Which controllers it supervises: `private`, `public` or `all`.
    pub sector: String,
    pub address: String,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub website: Option<String>,
    pub source: String,
    pub checked_on: NaiveDate,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Suggestion {
    /// `data_category` or `data_subject`.
    pub kind: String,
    pub label_de: String,
    pub label_en: String,
    /// For data categories: a special category under Art. 9(1).
    pub special: bool,
}
