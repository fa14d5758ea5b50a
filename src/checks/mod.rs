//! Checks of a loaded register against the GDPR: each finding names a stable
//! rule, its legal source, the record and field it concerns and how to fix it,
//! in German and English. [`check`] is a pure function of a register snapshot
//! and the catalogs, so the CLI, the desktop app and the tests see the same
//! findings; docs/checks.md explains every rule.

mod art22;
mod authority;
mod automated;
mod automated_purpose;
mod clauses;
mod consent;
mod contents;
mod context;
mod cookies;
mod decisions;
mod dpf;
mod dpia_threshold;
mod dpo;
mod embeds;
mod employment;
mod header;
mod implied;
mod information;
mod legal_bases;
mod privacy_shield;
mod processor_record;
mod processors;
mod record_keeping;
mod retention;
mod retention_statutory;
mod secrecy;
mod special_data;
mod subjects;
mod tracking;
mod transfers;
mod view;
mod words;

pub use dpo::DPO_THRESHOLD;
pub use view::for_activities;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::{Catalogs, EntityKind, Lang, Register};
use context::Context;

/// How serious a finding is: an error makes `vvt check` exit with 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// The register (or the processing it records) does not meet the law.
    Error,
    /// Probably a gap; a DPO should look at it.
    Warning,
    /// Nothing wrong in itself, but something to do (e.g. republish).
    Info,
}

impl Severity {
    pub fn code(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }

    pub fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Severity::Error, Lang::De) => "FEHLER",
            (Severity::Error, Lang::En) => "ERROR",
            (Severity::Warning, Lang::De) => "WARNUNG",
            (Severity::Warning, Lang::En) => "WARNING",
            (Severity::Info, Lang::De) => "HINWEIS",
            (Severity::Info, Lang::En) => "INFO",
        }
    }
}

/// The record a finding concerns; the header's key is `organisation`, as in
/// the change history.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct RecordRef {
    pub entity: EntityKind,
    pub key: String,
}

/// The key under which the header appears in findings and in the history.
pub const ORGANISATION_KEY: &str = "organisation";

impl RecordRef {
    pub fn organisation() -> Self {
        RecordRef {
            entity: EntityKind::Organisation,
            key: ORGANISATION_KEY.to_owned(),
        }
    }

    pub fn activity(key: &str) -> Self {
        RecordRef {
            entity: EntityKind::Activity,
            key: key.to_owned(),
        }
    }

    pub fn party(key: &str) -> Self {
        RecordRef {
            entity: EntityKind::Party,
            key: key.to_owned(),
        }
    }

    /// An entry of the processor's record (Art. 30(2)).
    pub fn processor_activity(key: &str) -> Self {
        RecordRef {
            entity: EntityKind::ProcessorActivity,
            key: key.to_owned(),
        }
    }
}

/// One problem found in the register.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Finding {
    /// Stable rule id, e.g. `transfer-no-mechanism`; never changes once shipped.
    pub rule: String,
    pub severity: Severity,
    /// The article or judgment the rule rests on, e.g. "Art. 44 ff. DSGVO".
    pub source_de: String,
    pub source_en: String,
    pub record: RecordRef,
    /// JSON path of the field inside the record, as validation errors name
    /// it (`transfers[0].mechanism`, `agreement.signed_on`, `controller.email`).
    pub field: String,
    pub message_de: String,
    pub message_en: String,
    pub hint_de: String,
    pub hint_en: String,
}

impl Finding {
    pub fn source(&self, lang: Lang) -> &str {
        pick(lang, &self.source_de, &self.source_en)
    }

    pub fn message(&self, lang: Lang) -> &str {
        pick(lang, &self.message_de, &self.message_en)
    }

    pub fn hint(&self, lang: Lang) -> &str {
        pick(lang, &self.hint_de, &self.hint_en)
    }
}

fn pick<'a>(lang: Lang, de: &'a str, en: &'a str) -> &'a str {
    match lang {
        Lang::De => de,
        Lang::En => en,
    }
}

/// A rule as the documentation and the UI list it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Rule {
    pub id: &'static str,
    pub severity: Severity,
    pub source_de: &'static str,
    pub source_en: &'static str,
    /// What the rule looks for, in a few words.
    pub title_de: &'static str,
    pub title_en: &'static str,
}

impl Rule {
    /// Starts a finding of this rule at `field` of `record`.
    fn at(&'static self, record: RecordRef, field: impl Into<String>) -> Draft {
        Draft {
            rule: self,
            record,
            field: field.into(),
            message: (String::new(), String::new()),
        }
    }
}

/// A finding whose message is known but whose hint is still to come.
struct Draft {
    rule: &'static Rule,
    record: RecordRef,
    field: String,
    message: (String, String),
}

impl Draft {
    fn message(mut self, de: impl Into<String>, en: impl Into<String>) -> Self {
        self.message = (de.into(), en.into());
        self
    }

    fn hint(self, de: impl Into<String>, en: impl Into<String>) -> Finding {
        Finding {
            rule: self.rule.id.to_owned(),
            severity: self.rule.severity,
            source_de: self.rule.source_de.to_owned(),
            source_en: self.rule.source_en.to_owned(),
            record: self.record,
            field: self.field,
            message_de: self.message.0,
            message_en: self.message.1,
            hint_de: de.into(),
            hint_en: en.into(),
        }
    }
}

/// Every rule, in the order findings of one record are listed.
pub const RULES: &[&Rule] = &[
    &header::CONTROLLER_CONTACT,
    &header::CONTROLLER_EMAIL,
    &header::DPO_CONTACT,
    &header::DPO_PUBLIC_BODY,
    &header::DPO_DPIA,
    &dpo::HEADCOUNT,
    &authority::MISSING,
    &authority::SECTOR,
    &header::JOINT_CONTROLLER,
    &header::NOTICE_OUTDATED,
    &header::NOTICE_UNPUBLISHED,
    &contents::PURPOSES,
    &contents::DATA_SUBJECTS,
    &contents::DATA_CATEGORIES,
    &contents::RECIPIENTS,
    &contents::SOURCE,
    &contents::PROVISION,
    &contents::AUTOMATED,
    &processor_record::CONTROLLER,
    &processor_record::CATEGORIES,
    &legal_bases::NO_LEGAL_BASIS,
    &legal_bases::LEGITIMATE_INTEREST,
    &legal_bases::CONSENT_WITHDRAWAL,
    &special_data::SPECIAL_DATA,
    &special_data::CRIMINAL_DATA,
    &legal_bases::BDSG26_ALONE,
    &legal_bases::TDDDG25_ALONE,
    &legal_bases::NO_PROVISION,
    &legal_bases::PUBLIC_BODY_INTEREST,
    &employment::AGREEMENT_NOT_NAMED,
    &tracking::VIDEO_BDSG4,
    &tracking::NO_CONSENT,
    &consent::PRE_TICKED,
    &consent::NEWSLETTER,
    &employment::EMPLOYEE_CONSENT,
    &automated::NO_EXCEPTION,
    &art22::LEGITIMATE_INTEREST,
    &art22::EXCEPTION_ELSEWHERE,
    &decisions::EXCEPTION_MISSING,
    &decisions::SAFEGUARDS,
    &automated::SPECIAL_DATA,
    &automated::CONSEQUENCES,
    &information::EXEMPTION_ART13,
    &transfers::NO_MECHANISM,
    &privacy_shield::PRIVACY_SHIELD,
    &clauses::OLD_SCC,
    &clauses::ART28_CLAUSES,
    &transfers::NO_ADEQUACY,
    &transfers::US_NOT_DPF,
    &transfers::NO_TIA,
    &transfers::DEROGATION_UNDOCUMENTED,
    &implied::NOT_RECORDED,
    &processors::NO_AGREEMENT,
    &processors::AGREEMENT_INCOMPLETE,
    &processors::SUBPROCESSOR_NO_MECHANISM,
    &processors::SUBPROCESSOR_NOT_LISTED,
    &processors::AGREEMENT_REVIEW,
    &secrecy::SECRECY_OBLIGATION_MISSING,
    &embeds::JOINT_CONTROL,
    &cookies::BEFORE_CONSENT,
    &cookies::NOT_NECESSARY,
    &cookies::TRANSFER_MISSING,
    &dpf::CHECK_OUTDATED,
    &record_keeping::RETENTION,
    &retention::INDEFINITE,
    &retention::APPLICANTS,
    &retention::VIDEO,
    &retention_statutory::STATUTORY,
    &record_keeping::TOMS,
    &processor_record::TOMS,
    &record_keeping::DPIA,
    &record_keeping::DPIA_NOT_DONE,
    &dpia_threshold::CONTRADICTION,
    &record_keeping::REVIEW,
];

/// The rule with this id.
pub fn rule(id: &str) -> Option<&'static Rule> {
    RULES.iter().copied().find(|r| r.id == id)
}

/// All findings for `register`, as of `today`: header first, then
/// activities, parties, TOMs and the processor's record, each by key; within
/// a record by rule (in the order of [`RULES`]) and then by field as the
/// record lists them.
pub fn check(register: &Register, catalogs: &Catalogs, today: NaiveDate) -> Vec<Finding> {
    let ctx = Context::new(register, catalogs, today);
    let mut out = Vec::new();
    header::check(&ctx, &mut out);
    dpo::check(&ctx, &mut out);
    authority::check(&ctx, &mut out);
    let public_body = register.organisation.controller.public_body;
    for activity in &register.activities {
        header::check_activity(&ctx, activity, &mut out);
        contents::check(activity, &mut out);
        legal_bases::check(&ctx, activity, &mut out);
        employment::check(activity, &mut out);
        tracking::check(public_body, activity, &mut out);
        consent::check(activity, &mut out);
        special_data::check(&ctx, activity, &mut out);
        automated::check(activity, &mut out);
        automated_purpose::check(activity, &mut out);
        decisions::check(activity, &mut out);
        information::check(activity, &mut out);
        transfers::check_activity(&ctx, activity, &mut out);
        implied::check(&ctx, activity, &mut out);
        processors::check_activity(&ctx, activity, &mut out);
        embeds::check(&ctx, activity, &mut out);
        cookies::check(&ctx, activity, &mut out);
        record_keeping::check(&ctx, activity, &mut out);
        dpia_threshold::check(&ctx, activity, &mut out);
        retention::check(activity, &mut out);
    }
    for party in &register.parties {
        privacy_shield::check_party(party, &mut out);
        clauses::check_party(party, &mut out);
        processors::check_party(&ctx, party, &mut out);
        secrecy::check_party(&ctx, party, &mut out);
    }
    dpf::check(&ctx, &mut out);
    for entry in &register.processor_activities {
        processor_record::check(&ctx, entry, &mut out);
    }
    sort(&mut out);
    out
}

fn sort(findings: &mut [Finding]) {
    let entity_rank = |e: EntityKind| match e {
        EntityKind::Organisation => 0,
        EntityKind::Activity => 1,
        EntityKind::Party => 2,
        EntityKind::Tom => 3,
        EntityKind::ProcessorActivity => 4,
    };
    let rule_rank = |id: &str| RULES.iter().position(|r| r.id == id).unwrap_or(RULES.len());
    // Stable: within one rule of one record the emission order (the order of
    // the record's own lists) is kept.
    findings.sort_by(|a, b| {
        (
            entity_rank(a.record.entity),
            &a.record.key,
            rule_rank(&a.rule),
        )
            .cmp(&(
                entity_rank(b.record.entity),
                &b.record.key,
                rule_rank(&b.rule),
            ))
    });
}

/// How many findings there are of each severity.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Counts {
    pub error: usize,
    pub warning: usize,
    pub info: usize,
}

impl Counts {
    pub fn of(findings: &[Finding]) -> Counts {
        let mut c = Counts::default();
        for f in findings {
            match f.severity {
                Severity::Error => c.error += 1,
                Severity::Warning => c.warning += 1,
                Severity::Info => c.info += 1,
            }
        }
        c
    }
}

/// True when any finding is an error (the CLI then exits with 1).
pub fn has_errors(findings: &[Finding]) -> bool {
    findings.iter().any(|f| f.severity == Severity::Error)
}
