//! A processing activity with everything Art. 30(1)(b)–(g) asks for and what a
//! DPO keeps beside it to write the Art. 13/14 notice.

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::{
    AutomatedDecision, Embed, Information, PublicationChannel, RetentionEnd, RetentionStart,
    SubjectGroup,
};
use crate::Lang;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct ProcessingActivity {
    /// Stable short key, e.g. `VT-001` or `meetings-jitsi`.
    pub key: String,
    pub name: String,
    #[serde(default)]
    pub description: Option<String>,
    #[serde(default)]
    pub department: Option<String>,
    #[serde(default)]
    pub contact_person: Option<String>,
    #[serde(default)]
    pub status: ActivityStatus,
    #[serde(default)]
    pub purposes: Vec<Purpose>,
    #[serde(default)]
    pub data_subjects: Vec<String>,
    /// The groups of the catalog the data subjects belong to, beside the
    /// free-text categories above (format version 5).
    #[serde(default)]
    pub data_subject_groups: Vec<SubjectGroup>,
    #[serde(default)]
    pub data_categories: Vec<DataCategory>,
    #[serde(default)]
    pub source: DataSource,
    /// Art. 13(2)(e); `None` means not recorded.
    #[serde(default)]
    pub provision: Option<ProvisionRequirement>,
    /// Art. 13(2)(f), Art. 22; `None` means not recorded.
    #[serde(default)]
    pub automated_decisions: Option<AutomatedDecisions>,
    /// How the data subjects are informed (Art. 13/14): in the public
    /// notice, in a notice of their own, or not at all under an exemption.
    #[serde(default)]
    pub information: Information,
    #[serde(default)]
    pub recipients: Vec<Recipient>,
    #[serde(default)]
    pub transfers: Vec<Transfer>,
    /// Cookies, device storage and third-party content of a website or app
    /// (§ 25 TDDDG), the notice's cookie table (format version 7).
    #[serde(default)]
    pub embeds: Vec<Embed>,
    /// Keys into the organisation-wide TOM catalog.
    #[serde(default)]
    pub toms: Vec<String>,
    #[serde(default)]
    pub tom_notes: Option<String>,
    #[serde(default)]
    pub dpia: Dpia,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    /// Who sees the data, in words data subjects understand ("alle
    /// Teilnehmenden eines Meetings"); public: the notice states it.
    #[serde(default)]
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    pub access: Option<String>,
    #[serde(default)]
    pub last_reviewed: Option<NaiveDate>,
    #[serde(default)]
    pub next_review: Option<NaiveDate>,
    #[serde(default)]
    pub notes: Option<String>,
    /// Optimistic-locking counter; raised by the store on every save.
    #[serde(default)]
    pub version: i64,
}

impl ProcessingActivity {
    /// A new draft with only its key and name; the store sets the timestamps.
    pub fn new(key: impl Into<String>, name: impl Into<String>) -> Self {
        let now = crate::clock::now();
        ProcessingActivity {
            key: key.into(),
            name: name.into(),
            description: None,
            department: None,
            contact_person: None,
            status: ActivityStatus::Draft,
            purposes: Vec::new(),
            data_subjects: Vec::new(),
            data_subject_groups: Vec::new(),
            data_categories: Vec::new(),
            source: DataSource::default(),
            provision: None,
            automated_decisions: None,
            information: Information::PublicNotice,
            recipients: Vec::new(),
            transfers: Vec::new(),
            embeds: Vec::new(),
            toms: Vec::new(),
            tom_notes: None,
            dpia: Dpia::default(),
            access: None,
            created_at: now,
            updated_at: now,
            last_reviewed: None,
            next_review: None,
            notes: None,
            version: 0,
        }
    }
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum ActivityStatus {
    #[default]
    Draft,
    Active,
    Retired,
}

impl ActivityStatus {
    pub const ALL: [ActivityStatus; 3] = [Self::Draft, Self::Active, Self::Retired];

    pub fn code(self) -> &'static str {
        match self {
            Self::Draft => "draft",
            Self::Active => "active",
            Self::Retired => "retired",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.code() == code)
    }

    /// The word the app, the CLI and the register print use.
    pub fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Self::Draft, Lang::De) => "Entwurf",
            (Self::Draft, Lang::En) => "Draft",
            (Self::Active, Lang::De) => "Aktiv",
            (Self::Active, Lang::En) => "Active",
            (Self::Retired, Lang::De) => "Außer Betrieb",
            (Self::Retired, Lang::En) => "Retired",
        }
    }
}

/// A purpose with the legal bases it rests on (Art. 30(1)(b), 13(1)(c)).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct Purpose {
    pub description: String,
    /// Codes from the legal-basis catalog, e.g. `art6-1-b`, `bdsg-26`.
    #[serde(default)]
    pub legal_bases: Vec<String>,
    /// Free-text reference to national or sector law, e.g. "§ 147 AO".
    #[serde(default)]
    pub legal_basis_note: Option<String>,
    /// The legitimate interests pursued, required for Art. 6(1)(f) (13(1)(d)).
    #[serde(default)]
    pub legitimate_interests: Option<String>,
    /// For consent: how it is given.
    #[serde(default)]
    pub consent_given: Option<String>,
    /// For consent: how it is withdrawn (Art. 7(3)).
    #[serde(default)]
    pub consent_withdrawal: Option<String>,
    /// The purpose is direct marketing: data subjects may object at any
    /// time without giving reasons (Art. 21(2)/(3) GDPR).
    #[serde(default)]
    pub direct_marketing: bool,
}

/// A category of personal data (Art. 30(1)(c)) with its erasure rule (30(1)(f)).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct DataCategory {
    pub name: String,
    #[serde(default)]
    pub description: Option<String>,
    /// Special category under Art. 9(1).
    #[serde(default)]
    pub special: bool,
    /// Data relating to criminal convictions and offences (Art. 10).
    #[serde(default)]
    pub criminal: bool,
    /// The conditions that lift the ban on this category: codes of the
    /// legal-basis catalog of Art. 9(2) (or § 22(1) BDSG) for special data,
    /// of Art. 10 for criminal-offence data. Format version 5; empty means
    /// not recorded for the category (a purpose's may still cover it).
    #[serde(default)]
    pub conditions: Vec<String>,
    #[serde(default)]
    pub retention: Option<RetentionRule>,
}

/// How long a data category is kept and how it is erased.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct RetentionRule {
    /// A fixed period, where one applies.
    #[serde(default)]
    pub period: Option<Period>,
    /// The criterion, where the period is not fixed ("solange das Team besteht").
    #[serde(default)]
    pub criterion: Option<String>,
    /// The event the period counts from, from the catalog; `None` means
    /// not recorded (registers before format version 5 hold only the text).
    #[serde(default)]
    pub start_event: Option<RetentionStart>,
    /// The event the period counts from in words ("Ende des Meetings"):
    /// the catalog event said precisely, or the event itself for `other`.
    #[serde(default)]
    pub starts_at: Option<String>,
    /// How the data is erased ("automatisch", "manuell durch die IT").
    #[serde(default)]
    pub deletion: Option<String>,
    /// Whether the data is erased or its processing restricted when the
    /// period runs out; `None` means not recorded.
    #[serde(default)]
    pub at_end: Option<RetentionEnd>,
}

impl RetentionRule {
    /// When the period starts, in words: the recorded text, or the catalog
    /// event's words where there is no text.
    pub fn start_words(&self, lang: Lang) -> Option<String> {
        self.starts_at.clone().or_else(|| {
            self.start_event
                .and_then(|e| e.words(lang))
                .map(str::to_owned)
        })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct Period {
    pub amount: u32,
    pub unit: PeriodUnit,
}

impl Period {
    /// "3 Monate", "1 month".
    pub fn label(self, lang: Lang) -> String {
        use PeriodUnit::*;
        let one = self.amount == 1;
        let word = match (self.unit, one, lang) {
            (Hours, true, Lang::De) => "Stunde",
            (Hours, false, Lang::De) => "Stunden",
            (Days, true, Lang::De) => "Tag",
            (Days, false, Lang::De) => "Tage",
            (Weeks, true, Lang::De) => "Woche",
            (Weeks, false, Lang::De) => "Wochen",
            (Months, true, Lang::De) => "Monat",
            (Months, false, Lang::De) => "Monate",
            (Years, true, Lang::De) => "Jahr",
            (Years, false, Lang::De) => "Jahre",
            (Hours, true, Lang::En) => "hour",
            (Hours, false, Lang::En) => "hours",
            (Days, true, Lang::En) => "day",
            (Days, false, Lang::En) => "days",
            (Weeks, true, Lang::En) => "week",
            (Weeks, false, Lang::En) => "weeks",
            (Months, true, Lang::En) => "month",
            (Months, false, Lang::En) => "months",
            (Years, true, Lang::En) => "year",
            (Years, false, Lang::En) => "years",
        };
        format!("{} {word}", self.amount)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum PeriodUnit {
    Hours,
    Days,
    Weeks,
    Months,
    Years,
}

impl PeriodUnit {
    pub const ALL: [PeriodUnit; 5] = [
        Self::Hours,
        Self::Days,
        Self::Weeks,
        Self::Months,
        Self::Years,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Self::Hours => "hours",
            Self::Days => "days",
            Self::Weeks => "weeks",
            Self::Months => "months",
            Self::Years => "years",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|u| u.code() == code)
    }
}

/// Where the data comes from (Art. 13 vs. Art. 14, 14(2)(f)).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct DataSource {
    /// Collected from the data subject; `None` means not recorded.
    #[serde(default)]
    pub from_data_subject: Option<bool>,
    /// Other sources, when data also comes from elsewhere.
    #[serde(default)]
    pub other_sources: Option<String>,
    /// Whether those other sources are publicly accessible.
    #[serde(default)]
    pub publicly_accessible: Option<bool>,
}

/// Whether providing the data is required, and what follows if not (13(2)(e)).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct ProvisionRequirement {
    pub kind: ProvisionKind,
    #[serde(default)]
    pub consequence: Option<String>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum ProvisionKind {
    Statutory,
    Contractual,
    /// Necessary to enter into a contract.
    PreContractual,
    #[default]
    Voluntary,
}

impl ProvisionKind {
    pub const ALL: [ProvisionKind; 4] = [
        Self::Statutory,
        Self::Contractual,
        Self::PreContractual,
        Self::Voluntary,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Self::Statutory => "statutory",
            Self::Contractual => "contractual",
            Self::PreContractual => "pre_contractual",
            Self::Voluntary => "voluntary",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.code() == code)
    }
}

/// Automated decision-making including profiling (Art. 22, 13(2)(f)).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum AutomatedDecisions {
    None,
    Used {
        /// Meaningful information about the logic involved.
        logic: String,
        /// Significance and envisaged consequences for the data subject.
        #[serde(default)]
        consequences: Option<String>,
        /// The decisions one by one (format version 7); empty when only the
        /// text above is recorded.
        #[serde(default)]
        decisions: Vec<AutomatedDecision>,
    },
}

/// Someone who receives the data (Art. 30(1)(d), 13(1)(e)).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct Recipient {
    pub role: RecipientRole,
    /// Key of the party, for external recipients recorded as parties.
    #[serde(default)]
    pub party: Option<String>,
    /// The internal unit, or a category of recipients ("Kunden").
    #[serde(default)]
    pub description: Option<String>,
    /// When or why data goes there ("nur bei Angabe einer E-Mail-Adresse").
    #[serde(default)]
    pub note: Option<String>,
    /// What the recipient processes as a controller of its own beside what
    /// it receives here (a processor's own business purposes, the visit of
    /// its website); public: the notice states it.
    #[serde(default)]
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    pub own_responsibility: Option<String>,
    /// Where the data is published, for the recipient "the public"
    /// (format version 5).
    #[serde(default)]
    pub channels: Vec<PublicationChannel>,
    /// The activity's data categories disclosed to this recipient, by
    /// name; empty means not recorded (format version 5).
    #[serde(default)]
    pub data_categories: Vec<String>,
    /// The legal basis of the disclosure or publication where it differs
    /// from the purposes' (a tax office under a statute), codes of the
    /// legal-basis catalog (format version 5).
    #[serde(default)]
    pub legal_bases: Vec<String>,
    /// The statute the disclosure rests on in words ("§ 93 AO").
    #[serde(default)]
    pub legal_basis_note: Option<String>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum RecipientRole {
    #[default]
    Internal,
    Processor,
    SubProcessor,
    JointController,
    IndependentController,
    PublicAuthority,
    /// The public: data published on a website, in a livestream, on a
    /// notice board or in a council information system.
    Public,
}

impl RecipientRole {
    pub const ALL: [RecipientRole; 7] = [
        Self::Internal,
        Self::Processor,
        Self::SubProcessor,
        Self::JointController,
        Self::IndependentController,
        Self::PublicAuthority,
        Self::Public,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Self::Internal => "internal",
            Self::Processor => "processor",
            Self::SubProcessor => "sub_processor",
            Self::JointController => "joint_controller",
            Self::IndependentController => "independent_controller",
            Self::PublicAuthority => "public_authority",
            Self::Public => "public",
        }
    }

    /// The role as the notice's reader and the register print name it.
    pub fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Self::Internal, Lang::De) => "intern",
            (Self::Internal, Lang::En) => "internal",
            (Self::Processor, Lang::De) => "Auftragsverarbeiter",
            (Self::Processor, Lang::En) => "processor",
            (Self::SubProcessor, Lang::De) => "Unterauftragsverarbeiter",
            (Self::SubProcessor, Lang::En) => "sub-processor",
            (Self::JointController, Lang::De) => "gemeinsam Verantwortlicher",
            (Self::JointController, Lang::En) => "joint controller",
            (Self::IndependentController, Lang::De) => "eigenständiger Verantwortlicher",
            (Self::IndependentController, Lang::En) => "independent controller",
            (Self::PublicAuthority, Lang::De) => "öffentliche Stelle",
            (Self::PublicAuthority, Lang::En) => "public authority",
            (Self::Public, Lang::De) => "Öffentlichkeit (Veröffentlichung)",
            (Self::Public, Lang::En) => "the public (publication)",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.code() == code)
    }
}

/// A transfer to a third country or international organisation (Art. 30(1)(e),
/// Art. 44 ff.).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct Transfer {
    /// Key of the receiving party.
    #[serde(default)]
    pub recipient: Option<String>,
    /// ISO 3166-1 alpha-2 code of the country of destination.
    pub country: String,
    /// Code from the transfer-mechanism catalog; `None` means not recorded.
    #[serde(default)]
    pub mechanism: Option<String>,
    /// Module of the 2021/914 SCCs (1 C2C, 2 C2P, 3 P2P, 4 P2C).
    #[serde(default)]
    pub scc_module: Option<u8>,
    #[serde(default)]
    pub supplementary_measures: Option<String>,
    /// Transfer impact assessment (EDPB Recommendations 01/2020).
    #[serde(default)]
    pub tia_date: Option<NaiveDate>,
    #[serde(default)]
    pub tia_result: Option<String>,
    /// Documentation of the assessment for Art. 49(1) second subparagraph
    /// transfers (Art. 49(6)).
    #[serde(default)]
    pub derogation_documentation: Option<String>,
    /// Where data subjects can obtain a copy of the safeguards (13(1)(f)).
    #[serde(default)]
    pub safeguards_copy: Option<String>,
    #[serde(default)]
    pub note: Option<String>,
}

/// Data protection impact assessment (Art. 35).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct Dpia {
    /// `None` means no decision has been recorded.
    #[serde(default)]
    pub required: Option<bool>,
    #[serde(default)]
    pub reason: Option<String>,
    #[serde(default)]
    pub done_on: Option<NaiveDate>,
    #[serde(default)]
    pub reference: Option<String>,
    /// The threshold analysis: per criterion code of the DPIA catalog
    /// (`art35-3-c`, `wp248-monitoring`, `dsk-11`) whether it is met; a code
    /// without an entry is unanswered. The result is derived, never stored
    /// ([`crate::dpia::assess`]). Left out of JSON while empty, so files
    /// without an analysis look as before.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    #[cfg_attr(feature = "ts", ts(as = "Option<BTreeMap<String, bool>>", optional))]
    pub threshold: BTreeMap<String, bool>,
}
