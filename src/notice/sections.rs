//! The parts of a notice's section on one processing activity (and of a
//! section of what several activities share): purposes, data, source,
//! recipients, transfers, storage periods, the requirement to provide and
//! automated decisions, each with the gaps that belong to it.

use chrono::NaiveDate;
use serde::Serialize;

use super::{ActivityRef, MissingItem};

/// One processing activity as the notice describes it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ActivityNotice {
    pub key: String,
    pub name: String,
    pub description: Option<String>,
    /// Some data is collected from the data subject (Art. 13 applies).
    pub art13: bool,
    /// Some data comes from elsewhere (Art. 14 applies).
    pub art14: bool,
    pub purposes: Vec<PurposeNotice>,
    pub purposes_missing: Vec<MissingItem>,
    pub data_subjects: Vec<String>,
    pub data: Vec<DataNotice>,
    pub data_missing: Vec<MissingItem>,
    /// Where the data comes from; set when Art. 14 applies and when the
    /// register does not say whether the data is collected from the person
    /// (then the section carries that gap instead of disappearing).
    pub source: Option<SourceNotice>,
    pub recipients: Vec<RecipientNotice>,
    pub recipients_missing: Vec<MissingItem>,
    /// Who sees the data, as recorded for data subjects.
    pub access: Option<String>,
    /// The recipient roles whose explanation is printed here: each role's
    /// the first time it occurs in the notice.
    pub role_notes: Vec<String>,
    pub transfers: Vec<TransferNotice>,
    pub retention: Vec<RetentionNotice>,
    pub retention_missing: Vec<MissingItem>,
    /// Whether providing the data is required (Art. 13 only).
    pub provision: Option<ProvisionNotice>,
    pub automated: AutomatedNotice,
    /// Cookies, device storage and embedded services (§ 25 TDDDG).
    pub embeds: EmbedsNotice,
    /// Rests (in part) on Art. 6(1)(e) or (f).
    pub objection: bool,
    /// Rests (in part) on consent.
    pub consent: bool,
    /// Has a purpose of direct marketing.
    pub marketing: bool,
    /// Every missing item of this activity.
    pub missing: Vec<MissingItem>,
    /// Set for a section of what several activities share (their names):
    /// it holds only purposes and recipients, and no missing items of its
    /// own (its marks are the activities').
    pub group: Vec<String>,
    /// The shared sections that state more of this activity.
    pub shared: Vec<ActivityRef>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PurposeNotice {
    pub description: String,
    pub legal_bases: Vec<LegalBasisNotice>,
    pub legal_basis_note: Option<String>,
    pub legitimate_interests: Option<String>,
    pub consent_given: Option<String>,
    pub consent_withdrawal: Option<String>,
    pub missing: Vec<MissingItem>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LegalBasisNotice {
    pub code: String,
    pub citation: String,
    pub label: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DataNotice {
    pub name: String,
    pub description: Option<String>,
    /// Special category (Art. 9(1)).
    pub special: bool,
    /// Criminal convictions and offences (Art. 10).
    pub criminal: bool,
    /// The citations of the Art. 9(2) conditions or Art. 10 bases recorded
    /// for the category ("Art. 9 Abs. 2 lit. h DSGVO").
    pub conditions: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SourceNotice {
    pub from_data_subject: Option<bool>,
    pub other_sources: Option<String>,
    pub publicly_accessible: Option<bool>,
    pub missing: Vec<MissingItem>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RecipientNotice {
    /// The role's code (`processor`, `independent_controller`, …).
    pub role: String,
    pub name: Option<String>,
    pub address: Option<String>,
    pub country: Option<String>,
    pub description: Option<String>,
    pub note: Option<String>,
    /// Where a processor processes, from its agreement.
    pub locations: Vec<String>,
    /// The recipient's own privacy notice (an http(s) link).
    pub privacy_notice: Option<String>,
    /// What the recipient processes as a controller of its own.
    pub own_responsibility: Option<String>,
    /// Where the data is published, for the public ("Website, Livestream").
    pub channels: Vec<String>,
    /// The data categories disclosed to the recipient, where recorded.
    pub data_categories: Vec<String>,
    /// The legal basis of the disclosure where it differs from the
    /// purposes': citations, then the statute in words.
    pub legal_bases: Vec<String>,
    pub missing: Vec<MissingItem>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TransferNotice {
    pub recipient: Option<String>,
    pub country: String,
    /// False for a recorded "transfer" into the EEA, which is none.
    pub third_country: bool,
    /// The destination is an international organisation (Art. 4(26)), not
    /// a country.
    pub organisation: bool,
    pub adequacy: Option<AdequacyNotice>,
    /// The adequacy decision covers this transfer (for partial decisions:
    /// the recipient is in its scope, e.g. DPF-certified).
    pub adequacy_applies: bool,
    /// What the notice may say about adequacy: `eea` (no third country),
    /// `full` (a decision for the whole country), `partial` (a decision with
    /// a scope the register cannot check, shown with that scope), `dpf` (the
    /// US decision, the recipient recorded as certified under the EU-US Data
    /// Privacy Framework), `dpf_unrecorded` (the US decision, no
    /// certification recorded — which says nothing about whether there is
    /// one) or `none` (no decision).
    pub coverage: &'static str,
    pub mechanism: Option<MechanismNotice>,
    pub scc_module: Option<u8>,
    /// For Art. 49(1) second subparagraph: the compelling legitimate
    /// interests and the suitable safeguards, from the Art. 49(6)
    /// documentation, which data subjects must be told.
    pub interests_and_safeguards: Option<String>,
    /// Where a copy of the safeguards can be had; `None` with a safeguard
    /// means the templates point to the contact details above.
    pub safeguards_copy: Option<String>,
    pub missing: Vec<MissingItem>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AdequacyNotice {
    /// The decision's number, e.g. "(EU) 2023/1795"; empty where the
    /// catalog records none (the date then identifies the decision).
    pub decision: String,
    pub date: NaiveDate,
    pub scope: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MechanismNotice {
    pub code: String,
    pub citation: String,
    pub label: String,
    /// `adequacy` (Art. 45), `safeguard` (Art. 46/47: a copy can be had),
    /// `derogation` (Art. 49(1) first subparagraph) or `compelling_interests`
    /// (Art. 49(1) second subparagraph: interests, safeguards and a copy).
    pub kind: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RetentionNotice {
    /// The data category, or several sharing the same rule ("A, B").
    pub category: String,
    /// The indices of those data categories in the activity.
    pub sources: Vec<usize>,
    pub period: Option<PeriodNotice>,
    /// The period and its start in plain words ("drei Monate nach Ende des
    /// Online-Meetings"), what the notice prints.
    pub summary: Option<String>,
    pub criterion: Option<String>,
    /// The start in words: the recorded text, or the catalog event's words.
    pub starts_at: Option<String>,
    pub deletion: Option<String>,
    /// The data is kept with its processing restricted instead of erased
    /// when the period runs out (Art. 18 GDPR, § 35 BDSG).
    pub restricted: bool,
    pub missing: Vec<MissingItem>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct PeriodNotice {
    pub amount: u32,
    /// `hours`, `days`, `weeks`, `months` or `years`.
    pub unit: &'static str,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ProvisionNotice {
    /// `statutory`, `contractual`, `pre_contractual` or `voluntary`; `None`
    /// when not recorded.
    pub kind: Option<String>,
    pub consequence: Option<String>,
    pub missing: Vec<MissingItem>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AutomatedNotice {
    /// `None` when not recorded.
    pub used: Option<bool>,
    pub logic: Option<String>,
    pub consequences: Option<String>,
    /// The decisions one by one, where the register lists them.
    pub decisions: Vec<DecisionNotice>,
    pub missing: Vec<MissingItem>,
}

/// One automated decision as Art. 13(2)(f) asks to explain it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DecisionNotice {
    pub decision: String,
    /// "rechtliche Wirkung" / "legal effect".
    pub effect: &'static str,
    pub consequences: Option<String>,
    /// The Art. 22(2) exception in words, with its article; `None` when not
    /// recorded.
    pub exception: Option<&'static str>,
    pub exception_note: Option<String>,
    /// The Art. 22(3) rights offered, as infinitives ("die Entscheidung
    /// anzufechten").
    pub safeguards: Vec<&'static str>,
    pub safeguards_note: Option<String>,
}

/// The cookie and embed table of an activity.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct EmbedsNotice {
    pub rows: Vec<EmbedNotice>,
    /// Some line needs consent.
    pub consent: bool,
    /// Every line that needs consent waits for it: the notice may say so.
    pub consent_first: bool,
    /// Some line has a storage period, a third country: the columns shown.
    pub durations: bool,
    pub countries: bool,
}

/// One line of the cookie and embed table.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct EmbedNotice {
    pub name: String,
    /// "Cookie", "eingebundener Dienst" …
    pub kind: &'static str,
    /// The provider; `None` for the organisation itself.
    pub provider: Option<String>,
    pub purpose: String,
    /// The ground under § 25 TDDDG in words.
    pub access: &'static str,
    pub consent: bool,
    pub duration: Option<String>,
    /// The third country by name, with its code.
    pub country: Option<String>,
}
