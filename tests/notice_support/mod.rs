//! Fixtures of the notice tests: the example register, the same register with
//! every Art. 13/14 gap filled, and helpers to build and render it.
#![allow(dead_code)]

use chrono::NaiveDate;
use vvt::example::{example_register, AUTOMATTIC, JITSI, TEAMS, WEBEX};
use vvt::notice::{build, Notice, NoticeOptions};
use vvt::*;

/// The "Stand" of the seed notice; snapshots are pinned to it.
pub fn stand() -> NaiveDate {
    NaiveDate::from_ymd_opt(2021, 2, 19).expect("valid date")
}

pub fn catalogs() -> Catalogs {
    Store::open_in_memory()
        .expect("an in-memory register opens")
        .catalogs()
        .clone()
}

/// The notice of `register`; in English with each untranslated text kept
/// as written (`common::keep_texts`).
pub fn notice(register: &Register, lang: Lang) -> Notice {
    let register = match lang {
        Lang::En => crate::common::kept(register),
        Lang::De => register.clone(),
    };
    build(&register, &catalogs(), &NoticeOptions::new(lang, stand()))
}

/// The example register with every item the notice needs filled in, so that
/// a test can take one away and see exactly that item reported.
pub fn complete_register() -> Register {
    let mut r = example_register();
    r.organisation.controller.email = Some("info@integrata-cegos.de".into());
    r.organisation.authority = Some("DE-BW".into());
    // The Gravatar call is joint control of its collection (CJEU C-40/17
    // Fashion ID), with an arrangement under Art. 26.
    r.organisation.joint_controllers.push(JointController {
        name: "Automattic Inc.".into(),
        address: Some("60 29th Street #343, San Francisco, CA 94110, USA".into()),
        contact: None,
        arrangement: Some(
            "Gemeinsame Verantwortung für Erhebung und Übermittlung der E-Mail-Prüfsumme an \
             Gravatar; Auskunft erteilt die Integrata Cegos GmbH."
                .into(),
        ),
        activities: vec![JITSI.into()],
    });
    for a in &mut r.activities {
        for rec in &mut a.recipients {
            if rec.party.as_deref() == Some(AUTOMATTIC) {
                rec.role = RecipientRole::JointController;
            }
        }
        for p in &mut a.purposes {
            // § 26 BDSG cannot stand alone (CJEU C-34/21): the contract
            // with the employee carries the processing.
            if !p.legal_bases.is_empty() && p.legal_bases.iter().all(|b| b.starts_with("bdsg")) {
                p.legal_bases.insert(0, "art6-1-b".into());
            }
            if p.legal_bases.iter().any(|b| b == "art6-1-a") {
                p.consent_withdrawal =
                    Some("formlos per E-Mail an datenschutz@integrata-cegos.de".into());
            }
        }
        for c in &mut a.data_categories {
            if c.retention.is_none() {
                c.retention = Some(RetentionRule {
                    criterion: Some("bis zum Ende des Online-Meetings".into()),
                    ..RetentionRule::default()
                });
            }
        }
        if a.provision.is_none() {
            a.provision = Some(ProvisionRequirement {
                kind: ProvisionKind::Voluntary,
                consequence: Some("Ohne Namen ist keine Teilnahme möglich.".into()),
            });
        }
        a.automated_decisions = Some(AutomatedDecisions::None);
        for t in &mut a.transfers {
            if t.mechanism.is_none() {
                t.mechanism = Some("art49-1-a".into());
            }
        }
    }
    crate::common::keep_texts(&mut r);
    r
}

pub fn activity_mut<'a>(r: &'a mut Register, key: &str) -> &'a mut ProcessingActivity {
    r.activities
        .iter_mut()
        .find(|a| a.key == key)
        .expect("the example has this activity")
}

/// The (item, field) pairs reported for `activity` (`None`: the whole notice).
pub fn reported(n: &Notice, activity: Option<&str>) -> Vec<(String, String)> {
    n.missing
        .iter()
        .filter(|m| m.activity.as_deref() == activity)
        .map(|m| (m.item.clone(), m.field.clone()))
        .collect()
}

pub const KEYS: [&str; 3] = [JITSI, WEBEX, TEAMS];
pub const GRAVATAR: &str = AUTOMATTIC;
