//! Organisations the register names: processors, independent controllers,
//! authorities — with the Art. 28 agreement where one is needed.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// The one country whose adequacy decision the register can check per
/// recipient: Decision (EU) 2023/1795 covers only US organisations certified
/// under the EU-US Data Privacy Framework, which a party records as
/// `dpf_certified`. Checks, notice and register print share this rule.
pub const DPF_COUNTRY: &str = "US";

/// Codes of the country catalog that stand for an international
/// organisation (Art. 4(26) GDPR) rather than a country: `EP`, the European
/// Patent Organisation, the first with an adequacy decision (15.07.2025).
pub const INTERNATIONAL_ORGANISATIONS: &[&str] = &["EP"];

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct Party {
    /// Stable short key, e.g. `cisco`.
    pub key: String,
    pub name: String,
    #[serde(default)]
    pub address: Option<String>,
    /// ISO 3166-1 alpha-2 code of the seat.
    #[serde(default)]
    pub country: Option<String>,
    #[serde(default)]
    pub contact: Option<String>,
    /// ISO 3166-1 alpha-2 codes of the countries, other than the seat, where
    /// the party processes the data (hosting, support, a parent company): a
    /// German provider hosting in the United States names `US` here. A
    /// third country among them implies a transfer (Art. 44 GDPR). Format
    /// version 9; written only when there are any.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "ts", ts(as = "Option<Vec<String>>", optional))]
    pub processing_countries: Vec<String>,
    /// Certified under the EU-US Data Privacy Framework (Decision (EU)
    /// 2023/1795); meaningful where the party processes in the United
    /// States, by its seat or one of its processing countries.
    #[serde(default)]
    pub dpf_certified: bool,
    /// When the certification was last looked up in the DPF list.
    /// Participants re-certify every year and can drop out, so a
    /// certification recorded once goes stale.
    #[serde(default)]
    pub dpf_checked_on: Option<NaiveDate>,
    #[serde(default)]
    pub certifications: Vec<String>,
    #[serde(default)]
    pub agreement: Option<ProcessorAgreement>,
    /// Where the party's own privacy notice is published (an http(s)
    /// link); public: the notice gives it.
    #[serde(default)]
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    pub privacy_notice_url: Option<String>,
    #[serde(default)]
    pub notes: Option<String>,
    #[serde(default)]
    pub version: i64,
}

impl Party {
    /// True when the register records a certification under the EU-US Data
    /// Privacy Framework. Anything else means only that none is recorded,
    /// never that the party is not certified.
    pub fn recorded_dpf_certified(&self) -> bool {
        self.dpf_certified
    }

    /// True when the party is seated or processes in the country `code`.
    pub fn processes_in(&self, code: &str) -> bool {
        let is = |c: &str| c.trim().eq_ignore_ascii_case(code);
        self.country.as_deref().is_some_and(is) || self.processing_countries.iter().any(|c| is(c))
    }

    /// True when a DPF certification can matter for this party: it is
    /// seated or processes in the United States.
    pub fn dpf_applies(&self) -> bool {
        self.processes_in(DPF_COUNTRY)
    }
}

/// The contract under Art. 28(3) with a processor ("AVV").
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct ProcessorAgreement {
    /// `None` while the agreement is not signed.
    #[serde(default)]
    pub signed_on: Option<NaiveDate>,
    /// Version or reference of the document ("DPA v2024-09").
    #[serde(default)]
    pub reference: Option<String>,
    /// Where the signed document is kept.
    #[serde(default)]
    pub location: Option<String>,
    /// The Art. 28(3) points the agreement covers.
    #[serde(default)]
    pub covers: Vec<Art28Point>,
    #[serde(default)]
    pub subprocessors: Vec<SubProcessor>,
    /// Where the processing takes place ("EU-Rechenzentren").
    #[serde(default)]
    pub locations: Vec<String>,
    #[serde(default)]
    pub next_review: Option<NaiveDate>,
    /// The agreement obliges the processor, and the persons it employs, to
    /// secrecy as § 203(4) sentence 2 no. 1 StGB requires of a controller
    /// bound by professional secrecy (§ 203(3) StGB). Format version 5.
    #[serde(default)]
    pub secrecy_obligation: bool,
}

/// The points (a)–(h) of Art. 28(3) GDPR.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "lowercase")]
pub enum Art28Point {
    A,
    B,
    C,
    D,
    E,
    F,
    G,
    H,
}

impl Art28Point {
    pub const ALL: [Art28Point; 8] = [
        Self::A,
        Self::B,
        Self::C,
        Self::D,
        Self::E,
        Self::F,
        Self::G,
        Self::H,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Self::A => "a",
            Self::B => "b",
            Self::C => "c",
            Self::D => "d",
            Self::E => "e",
            Self::F => "f",
            Self::G => "g",
            Self::H => "h",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|p| p.code() == code)
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct SubProcessor {
    /// Key of the sub-processor's party record.
    pub party: String,
    /// ISO 3166-1 alpha-2 code of where it processes.
    #[serde(default)]
    pub country: Option<String>,
    #[serde(default)]
    pub task: Option<String>,
    /// Transfer mechanism code, when the sub-processor sits in a third country.
    #[serde(default)]
    pub mechanism: Option<String>,
}
