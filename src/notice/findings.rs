//! One truth for the notice and the checks: a finding of the checks about
//! something the notice states (the DPO duty, a legal basis, a transfer
//! instrument, an Art. 22 decision, the authority …) becomes a gap of the
//! notice at that statement, so the notice never publishes what the checks
//! know to be wrong. A finding of severity error blocks publication.

use std::collections::{HashMap, HashSet};

use super::place::{place, Record};
use super::*;
use crate::checks::{Finding, Severity};
use crate::{EntityKind, ProcessingActivity, Register};

/// The rules whose findings concern a statement of the notice. Rules about
/// internal documentation only (TIA, TOMs, review dates, the processor
/// agreement's clauses) are not among them: the notice says nothing of those.
pub const NOTICE_RULES: &[&str] = &[
    "controller-contact-missing",
    "dpo-contact-missing",
    "dpo-required-public-body",
    "dpo-required-dpia",
    "authority-sector-mismatch",
    "joint-controller-no-arrangement",
    "purposes-missing",
    "data-categories-missing",
    "recipients-missing",
    "source-not-recorded",
    "provision-not-recorded",
    "automated-decisions-not-recorded",
    "purpose-no-legal-basis",
    "legitimate-interest-missing",
    "consent-no-withdrawal",
    "special-data-no-art9",
    "criminal-data-no-art10",
    "bdsg26-alone",
    "tdddg25-alone",
    "legal-basis-no-provision",
    "public-body-legitimate-interest",
    "automated-decision-no-exception",
    "automated-decision-special-data",
    "automated-decision-consequences-missing",
    "information-exemption-not-available",
    "transfer-no-mechanism",
    "transfer-privacy-shield",
    "transfer-old-scc",
    "transfer-no-adequacy",
    "transfer-us-not-dpf",
    "transfer-derogation-undocumented",
    "subprocessor-transfer-no-mechanism",
    "recipient-transfer-not-recorded",
    "dpf-check-outdated",
    "dpo-required-headcount",
    "automated-decision-legitimate-interest",
    "automated-decision-exception-other-purpose",
    "collective-agreement-not-named",
    "consent-pre-ticked",
    "embed-joint-control",
    "retention-indefinite",
    "retention-applicants-too-long",
    "retention-video-too-long",
    "retention-statutory-mismatch",
    "tracking-without-consent",
    "video-bdsg4-private-body",
];

/// Whether findings of `rule` concern a statement of the notice.
pub fn concerns_notice(rule: &str) -> bool {
    NOTICE_RULES.contains(&rule)
}

/// Whether the notice shows `finding`: one of the [`NOTICE_RULES`], and
/// more than a hint.
pub(super) fn shown_in_notice(finding: &Finding) -> bool {
    concerns_notice(&finding.rule) && finding.severity != Severity::Info
}

/// The findings the notice has to show, indexed by the record they concern
/// so that each activity looks at its own only.
pub(super) struct NoticeFindings<'a> {
    findings: Vec<&'a Finding>,
    by_activity: HashMap<&'a str, Vec<&'a Finding>>,
    by_party: HashMap<&'a str, Vec<&'a Finding>>,
}

impl<'a> NoticeFindings<'a> {
    pub(super) fn new(findings: &'a [Finding]) -> Self {
        let findings: Vec<&Finding> = findings.iter().filter(|f| shown_in_notice(f)).collect();
        let mut by_activity: HashMap<&str, Vec<&Finding>> = HashMap::new();
        let mut by_party: HashMap<&str, Vec<&Finding>> = HashMap::new();
        for f in &findings {
            match f.record.entity {
                EntityKind::Activity => by_activity
                    .entry(f.record.key.as_str())
                    .or_default()
                    .push(f),
                EntityKind::Party => by_party.entry(f.record.key.as_str()).or_default().push(f),
                _ => {}
            }
        }
        NoticeFindings {
            findings,
            by_activity,
            by_party,
        }
    }

    /// The findings on the header, as gaps, with the section they belong to.
    pub(super) fn organisation(&self, lang: Lang) -> Vec<(Section, MissingItem)> {
        self.findings
            .iter()
            .filter(|f| f.record.entity == EntityKind::Organisation)
            .map(|f| {
                let section = if f.field.starts_with("dpo") || f.field == "no_dpo_reason" {
                    Section::Dpo
                } else if f.field == "authority" {
                    Section::Complaint
                } else {
                    Section::Controller
                };
                (section, gap(f, None, Record::Organisation, lang))
            })
            .collect()
    }

    /// Adds the findings on `activity` and on the parties it names to its
    /// sections, skipping what a completeness gap at the same field already
    /// says, and withdraws the statements they contradict.
    pub(super) fn apply(
        &self,
        n: &mut ActivityNotice,
        a: &ProcessingActivity,
        register: &Register,
        lang: Lang,
    ) {
        // One statement, one mark: a completeness gap at the same statement
        // (the same purpose, transfer, category …) already says it is not
        // ready.
        let said: HashSet<String> = activity::collect_missing(n)
            .iter()
            .map(|m| statement(&m.field).to_owned())
            .collect();
        for f in self.by_activity.get(a.key.as_str()).into_iter().flatten() {
            if covered_by_adequacy(n, f) {
                continue;
            }
            if said.contains(statement(&f.field)) {
                // Marked already; an error still bars publication.
                if f.severity == Severity::Error {
                    block_statement(n, statement(&f.field), &f.rule);
                }
                continue;
            }
            let m = gap(f, Some(&n.key), Record::Activity(&n.name), lang);
            place_in_activity(n, &f.field, m);
        }
        let mut parties = register.parties_named_by(a);
        parties.sort_unstable();
        parties.dedup();
        for key in parties {
            for f in self.by_party.get(key).into_iter().flatten() {
                let name = register.party(key).map_or(key, |p| p.name.as_str());
                let mut m = gap(f, Some(&n.key), Record::Party(name), lang);
                // A sub-processor's transfer the notice states already
                // carries its gap at the same place: mark that one.
                let mut same_place = false;
                for g in n.transfers.iter_mut().flat_map(|t| t.missing.iter_mut()) {
                    if g.place == m.place {
                        g.blocking |= m.blocking;
                        g.rule.get_or_insert_with(|| f.rule.clone());
                        same_place = true;
                    }
                }
                if same_place {
                    continue;
                }
                // The app opens the activity; the place names the party.
                m.field = "recipients".to_owned();
                n.recipients_missing.push(m);
            }
        }
        n.missing = activity::collect_missing(n);
    }

    /// Gaps of activities the public notice leaves out although it may not:
    /// an exemption from the information duty that does not hold.
    pub(super) fn left_out(&self, register: &Register, lang: Lang) -> Vec<MissingItem> {
        self.findings
            .iter()
            .filter(|f| {
                f.record.entity == EntityKind::Activity && f.field.starts_with("information")
            })
            .filter_map(|f| {
                let a = register.activity(&f.record.key)?;
                Some(gap(f, Some(&a.key), Record::Activity(&a.name), lang))
            })
            .collect()
    }
}

/// A transfer the notice rightly states as covered by an adequacy decision:
/// that the register names no instrument is a matter of the record
/// (Art. 30(1)(e)), not a false statement of the notice.
fn covered_by_adequacy(n: &ActivityNotice, f: &Finding) -> bool {
    match head_index(&f.field) {
        ("transfers", Some(i)) => {
            f.rule == "transfer-no-mechanism"
                && n.transfers.get(i).is_some_and(|t| t.adequacy_applies)
        }
        _ => false,
    }
}

/// Makes the gaps already marked at `statement` bar publication, naming
/// the rule that says so.
fn block_statement(n: &mut ActivityNotice, statement_of: &str, rule: &str) {
    let block = |list: &mut Vec<MissingItem>| {
        for m in list
            .iter_mut()
            .filter(|m| statement(&m.field) == statement_of)
        {
            m.blocking = true;
            m.rule.get_or_insert_with(|| rule.to_owned());
        }
    };
    block(&mut n.purposes_missing);
    n.purposes.iter_mut().for_each(|p| block(&mut p.missing));
    block(&mut n.data_missing);
    if let Some(s) = n.source.as_mut() {
        block(&mut s.missing);
    }
    block(&mut n.recipients_missing);
    n.recipients.iter_mut().for_each(|r| block(&mut r.missing));
    n.transfers.iter_mut().for_each(|t| block(&mut t.missing));
    block(&mut n.retention_missing);
    n.retention.iter_mut().for_each(|r| block(&mut r.missing));
    if let Some(p) = n.provision.as_mut() {
        block(&mut p.missing);
    }
    block(&mut n.automated.missing);
}

/// Where a header finding goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Section {
    Controller,
    Dpo,
    Complaint,
}

fn gap(f: &Finding, activity: Option<&str>, record: Record<'_>, lang: Lang) -> MissingItem {
    MissingItem {
        activity: activity.map(str::to_owned),
        item: item_of(&f.field).to_owned(),
        article: f.source(lang).to_owned(),
        field: f.field.clone(),
        place: place(record, &f.field, lang),
        message: f.message(lang).to_owned(),
        rule: Some(f.rule.clone()),
        blocking: f.severity == Severity::Error,
    }
}

/// The Art. 13 item a field's statement belongs to.
fn item_of(field: &str) -> &'static str {
    let head = field.split(['.', '[']).next().unwrap_or_default();
    match head {
        "controller" | "joint_controllers" | "representative" => "13-1-a",
        "dpo" | "no_dpo_reason" => "13-1-b",
        "purposes" | "data_categories" => "13-1-c",
        "recipients" => "13-1-e",
        "transfers" => "13-1-f",
        "authority" => "13-2-d",
        "provision" => "13-2-e",
        "automated_decisions" => "13-2-f",
        "source" => "14-2-f",
        _ => "13",
    }
}

/// The statement a field belongs to: `transfers[0].mechanism` →
/// `transfers[0]`, `provision.consequence` → `provision`.
fn statement(field: &str) -> &str {
    field.split('.').next().unwrap_or(field)
}

/// `purposes[3].legal_bases` → ("purposes", Some(3)).
fn head_index(field: &str) -> (&str, Option<usize>) {
    let first = field.split('.').next().unwrap_or_default();
    match first.split_once('[') {
        Some((name, rest)) => (name, rest.trim_end_matches(']').parse().ok()),
        None => (first, None),
    }
}

fn place_in_activity(n: &mut ActivityNotice, field: &str, m: MissingItem) {
    let (head, index) = head_index(field);
    let retention = field.contains(".retention");
    match (head, index) {
        ("purposes", Some(i)) if i < n.purposes.len() => n.purposes[i].missing.push(m),
        ("transfers", Some(i)) if i < n.transfers.len() => n.transfers[i].missing.push(m),
        ("data_categories", Some(i))
            if retention && n.retention.iter().any(|r| r.sources.contains(&i)) =>
        {
            if let Some(r) = n.retention.iter_mut().find(|r| r.sources.contains(&i)) {
                r.missing.push(m);
            }
        }
        ("data_categories" | "data_subjects", _) => n.data_missing.push(m),
        ("recipients" | "transfers", _) => n.recipients_missing.push(m),
        ("automated_decisions", _) => {
            // What the register records about Art. 22 is contradicted: the
            // notice must not say "no automated decisions".
            if n.automated.used == Some(false) {
                n.automated.used = None;
            }
            n.automated.missing.push(m)
        }
        ("provision", _) if n.provision.is_some() => {
            if let Some(p) = n.provision.as_mut() {
                p.missing.push(m);
            }
        }
        ("source", _) if n.source.is_some() => {
            if let Some(s) = n.source.as_mut() {
                s.missing.push(m);
            }
        }
        _ => n.purposes_missing.push(m),
    }
}
