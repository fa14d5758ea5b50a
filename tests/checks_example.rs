//! The checks as a whole: the example register's findings (snapshot, each
//! explained in docs/checks.md), their order, the per-activity view, the rule
//! table, and that no data, however odd, makes a check panic.

use crate::common;

use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use common::*;
use vvt::checks::{check, for_activities, Finding, Severity, RULES};
use vvt::example::{example_register, JITSI, TEAMS, WEBEX};
use vvt::*;

fn catalogs() -> Catalogs {
    store().catalogs().clone()
}

fn today() -> NaiveDate {
    date(2026, 11, 27)
}

/// The example register with its timestamps pinned, so the snapshot does
/// not depend on the wall clock.
fn example() -> Register {
    let mut r = example_register();
    let at = Utc
        .with_ymd_and_hms(2026, 11, 27, 8, 0, 0)
        .single()
        .expect("valid time");
    for a in &mut r.activities {
        a.created_at = at;
        a.updated_at = at;
    }
    r
}

fn triples(findings: &[Finding]) -> Vec<(String, String, String)> {
    findings
        .iter()
        .map(|f| (f.rule.clone(), f.record.key.clone(), f.field.clone()))
        .collect()
}

#[test]
fn example_register_findings() {
    let findings = check(&example(), &catalogs(), today());
    insta::assert_json_snapshot!("example_findings", findings);
}

#[test]
fn example_has_errors_the_seed_notice_leaves_open() {
    let findings = check(&example(), &catalogs(), today());
    let jitsi_transfer = findings.iter().find(|f| {
        f.rule == "transfer-no-mechanism"
            && f.record.key == JITSI
            && f.field == "transfers[0].mechanism"
    });
    assert!(
        jitsi_transfer.is_some(),
        "the Gravatar transfer to the US names no Chapter V mechanism"
    );
    assert!(
        vvt::checks::has_errors(&findings),
        "so `vvt check` on the example exits with 1"
    );
}

#[test]
fn example_through_the_store_gets_the_same_findings() {
    let mut s = store();
    s.load_example().expect("the example loads");
    let loaded = s.load().expect("the example reads back");
    assert_eq!(
        triples(&check(&loaded, s.catalogs(), today())),
        triples(&check(&example(), &catalogs(), today())),
        "saving and loading must not change what the checks see"
    );
}

#[test]
fn findings_are_ordered_by_record_then_rule_whatever_the_input_order() {
    let mut r = example();
    // Two entries of the processor's record with gaps, so their findings
    // take part in the order: after the parties, by key.
    r.processor_activities = ["av-2", "av-1"]
        .map(|key| {
            let mut e = ProcessorActivity::new(key, "Hosting", "Kunde GmbH");
            e.transfers = vec![Transfer {
                country: "IN".into(),
                ..Transfer::default()
            }];
            e
        })
        .to_vec();
    let findings = check(&r, &catalogs(), today());
    assert!(
        findings
            .iter()
            .any(|f| f.record.entity == EntityKind::ProcessorActivity),
        "the test needs findings on the processor's record"
    );
    let mut reversed = r.clone();
    reversed.activities.reverse();
    reversed.parties.reverse();
    reversed.processor_activities.reverse();
    assert_eq!(
        findings,
        check(&reversed, &catalogs(), today()),
        "the order of records in the register must not change the output"
    );
    let rank = |f: &Finding| {
        let entity = EntityKind::ALL
            .iter()
            .position(|e| *e == f.record.entity)
            .unwrap_or(9);
        let rule = RULES.iter().position(|r| r.id == f.rule).unwrap_or(99);
        (entity, f.record.key.clone(), rule)
    };
    let ranks: Vec<_> = findings.iter().map(rank).collect();
    let mut sorted = ranks.clone();
    sorted.sort();
    assert_eq!(
        ranks, sorted,
        "header, then activities, parties and the processor's record by key, then rule"
    );
}

#[test]
fn the_activity_view_keeps_the_header_and_the_parties_named() {
    let mut r = example();
    r.organisation.joint_controllers = vec![
        JointController {
            name: "Nur Teams GmbH".into(),
            activities: vec![TEAMS.into()],
            ..JointController::default()
        },
        JointController {
            name: "Alles GmbH".into(),
            ..JointController::default()
        },
    ];
    let all = check(&r, &catalogs(), today());
    let webex = for_activities(all.clone(), &r, &[WEBEX]);
    let keys: Vec<(&EntityKind, &str, &str)> = webex
        .iter()
        .map(|f| (&f.record.entity, f.record.key.as_str(), f.field.as_str()))
        .collect();
    assert!(
        keys.iter().any(|k| k.1 == WEBEX) && keys.iter().any(|k| k.1 == "cisco"),
        "the activity and its processor stay: {keys:?}"
    );
    assert!(
        keys.iter().any(|k| k.2 == "authority"),
        "header findings stay: every activity's notice carries the header"
    );
    assert!(
        !keys
            .iter()
            .any(|k| k.1 == JITSI || k.1 == TEAMS || k.1 == "microsoft"),
        "other activities and their parties go: {keys:?}"
    );
    assert!(
        !keys.iter().any(|k| k.2.starts_with("joint_controllers[0]"))
            && keys.iter().any(|k| k.2.starts_with("joint_controllers[1]")),
        "a joint control of Teams only is not Webex's concern; one covering all is: {keys:?}"
    );
    let teams = for_activities(all, &r, &[TEAMS]);
    assert!(
        teams
            .iter()
            .any(|f| f.field == "joint_controllers[0].arrangement"),
        "Teams' own joint control stays in its view"
    );
}

#[test]
fn rule_ids_are_stable_unique_documented_and_tested() {
    let docs = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/checks.md"))
        .expect("docs/checks.md exists");
    let tests = [
        "checks.rs",
        "checks_record.rs",
        "checks_automated.rs",
        "checks_decisions.rs",
        "checks_authority.rs",
        "checks_authority_more.rs",
    ]
    .map(|file| {
        let path = format!("{}/tests/{file}", env!("CARGO_MANIFEST_DIR"));
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
    })
    .concat();
    let mut seen = std::collections::HashSet::new();
    for rule in RULES {
        assert!(seen.insert(rule.id), "rule id {} is used twice", rule.id);
        assert!(
            rule.id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
            "rule ids are kebab-case: {}",
            rule.id
        );
        assert!(
            docs.contains(&format!("`{}`", rule.id)),
            "docs/checks.md must explain rule {}",
            rule.id
        );
        assert!(
            tests.contains(&format!("\"{}\"", rule.id)),
            "tests/checks*.rs must show rule {} firing and not firing",
            rule.id
        );
        assert_eq!(vvt::checks::rule(rule.id), Some(*rule));
    }
}

#[test]
fn severities_serialise_in_snake_case_and_findings_round_trip() {
    let findings = check(&example(), &catalogs(), today());
    let json = serde_json::to_string(&findings).expect("findings serialise");
    assert!(json.contains("\"severity\":\"error\""), "{json}");
    assert!(json.contains("\"entity\":\"party\""), "{json}");
    let back: Vec<Finding> = serde_json::from_str(&json).expect("findings deserialise");
    assert_eq!(
        back, findings,
        "the desktop app receives what the core produced"
    );
}

// ------------------------------------------------------------ odd data ---

fn odd_activity(key: &str, at: DateTime<Utc>) -> ProcessingActivity {
    let mut a = ProcessingActivity::new(key, "");
    a.created_at = at;
    a.updated_at = at;
    a.description = Some("ü".repeat(500));
    a.purposes = vec![
        Purpose {
            description: "ß".repeat(200),
            legal_bases: vec!["".into(), "nope".into(), "art6-1-f".into(), "other".into()],
            legitimate_interests: Some("   ".into()),
            ..Purpose::default()
        },
        Purpose::default(),
    ];
    a.data_categories = vec![DataCategory {
        special: true,
        criminal: true,
        retention: Some(RetentionRule::default()),
        ..DataCategory::default()
    }];
    a.recipients = vec![
        Recipient {
            role: RecipientRole::Processor,
            party: Some("ghost".into()),
            ..Recipient::default()
        },
        Recipient {
            role: RecipientRole::SubProcessor,
            party: Some(String::new()),
            ..Recipient::default()
        },
        Recipient {
            role: RecipientRole::JointController,
            ..Recipient::default()
        },
    ];
    let transfer = |country: &str, mechanism: Option<&str>, recipient: Option<&str>| Transfer {
        country: country.into(),
        mechanism: mechanism.map(Into::into),
        recipient: recipient.map(Into::into),
        note: Some("privacy SHIELD".into()),
        ..Transfer::default()
    };
    a.transfers = vec![
        transfer("", Some(""), Some("ghost")),
        transfer("zz", Some("art46-2-c"), None),
        transfer("us", Some("art45"), Some("")),
        transfer("DE", Some("privacy-shield"), None),
        transfer(" IN ", Some("art49-1-2"), Some("odd")),
        transfer("CA", Some("art45"), None),
    ];
    a.data_subjects = vec![String::new(), "  ".into()];
    a.toms = vec!["ghost".into(), String::new()];
    a.dpia.done_on = Some(NaiveDate::MIN);
    a.next_review = Some(NaiveDate::MIN);
    a.automated_decisions = Some(AutomatedDecisions::Used {
        logic: String::new(),
        consequences: None,
        decisions: vec![],
    });
    a
}

fn odd_register() -> Register {
    let odd_party = Party {
        key: "odd".into(),
        country: Some("??".into()),
        certifications: vec![
            String::new(),
            "Privacy-Shield".into(),
            "SCC 2004/915/EG".into(),
        ],
        agreement: Some(ProcessorAgreement {
            covers: vec![Art28Point::A, Art28Point::A],
            next_review: Some(NaiveDate::MAX),
            subprocessors: vec![
                SubProcessor {
                    party: "ghost".into(),
                    country: Some("??".into()),
                    mechanism: Some("privacy-shield".into()),
                    ..SubProcessor::default()
                },
                SubProcessor {
                    party: "odd".into(),
                    country: Some(String::new()),
                    mechanism: Some("nope".into()),
                    ..SubProcessor::default()
                },
                SubProcessor {
                    party: String::new(),
                    country: Some("IN".into()),
                    mechanism: Some("art45".into()),
                    task: Some("privacy shield".into()),
                },
            ],
            ..ProcessorAgreement::default()
        }),
        ..Party::default()
    };
    Register {
        organisation: Organisation {
            authority: Some(String::new()),
            dpo: Some(Dpo::default()),
            joint_controllers: vec![JointController {
                activities: vec!["ghost".into()],
                arrangement: Some(" ".into()),
                ..JointController::default()
            }],
            notice_date: Some(NaiveDate::MAX),
            ..Organisation::default()
        },
        toms: vec![Tom::default(), Tom::default()],
        parties: vec![odd_party.clone(), odd_party, Party::default()],
        activities: vec![
            odd_activity("", DateTime::<Utc>::MIN_UTC),
            odd_activity("", DateTime::<Utc>::MAX_UTC),
            odd_activity("x", DateTime::<Utc>::MAX_UTC),
        ],
        history: vec![ChangeRecord {
            id: -1,
            at: DateTime::<Utc>::MAX_UTC,
            user: String::new(),
            entity: EntityKind::Tom,
            key: String::new(),
            action: ChangeAction::Delete,
            changes: Vec::new(),
        }],
        publications: vec![Publication {
            id: 0,
            lang: Lang::En,
            published_at: DateTime::<Utc>::MIN_UTC,
            user: String::new(),
            content_hash: "not a hash".into(),
            markdown: String::new(),
            html: String::new(),
            template_hash: None,
        }],
        processor_activities: vec![odd_processor_entry(""), odd_processor_entry("x")],
        translations: Vec::new(),
    }
}

fn odd_processor_entry(key: &str) -> ProcessorActivity {
    let mut e = ProcessorActivity::new(key, "", "  ");
    e.categories = vec![String::new(), " ".into()];
    e.transfers = odd_activity(key, DateTime::<Utc>::MIN_UTC).transfers;
    e.transfers[1].safeguards_copy = Some("2010/87 und 2021/915".into());
    e.toms = vec!["ghost".into()];
    e.tom_notes = Some(" ".into());
    e
}

#[test]
fn odd_data_never_makes_a_check_panic() {
    let real = catalogs();
    let empty = Catalogs::default();
    let days = [NaiveDate::MIN, today(), NaiveDate::MAX];
    for register in [Register::default(), odd_register(), example()] {
        for cats in [&real, &empty] {
            for day in days {
                let findings = check(&register, cats, day);
                assert_eq!(
                    findings,
                    check(&register, cats, day),
                    "the same input gives the same findings"
                );
                for f in &findings {
                    assert!(
                        RULES.iter().any(|r| r.id == f.rule),
                        "unknown rule {}",
                        f.rule
                    );
                    assert!(
                        !f.message_de.is_empty()
                            && !f.message_en.is_empty()
                            && !f.hint_de.is_empty()
                            && !f.hint_en.is_empty(),
                        "every finding explains itself in both languages: {f:#?}"
                    );
                }
                let keys: Vec<&str> = register.activities.iter().map(|a| a.key.as_str()).collect();
                let _ = for_activities(findings, &register, &keys);
            }
        }
    }
}

#[test]
fn odd_data_still_gets_its_errors() {
    let findings = check(&odd_register(), &catalogs(), today());
    let rules: std::collections::HashSet<&str> = findings.iter().map(|f| f.rule.as_str()).collect();
    for rule in [
        "controller-contact-missing",
        "dpo-contact-missing",
        "authority-missing",
        "joint-controller-no-arrangement",
        "transfer-no-mechanism",
        "transfer-privacy-shield",
        "transfer-us-not-dpf",
        "transfer-no-tia",
        "transfer-derogation-undocumented",
        "special-data-no-art9",
        "criminal-data-no-art10",
        "legitimate-interest-missing",
        "purpose-no-legal-basis",
        "subprocessor-transfer-no-mechanism",
        "data-subjects-missing",
        "data-categories-missing",
        "transfer-old-scc",
        "processor-record-controller-missing",
        "processor-record-categories-missing",
    ] {
        assert!(
            rules.contains(rule),
            "{rule} must see through odd data: {rules:?}"
        );
    }
    assert!(
        findings
            .iter()
            .all(|f| f.severity != Severity::Info || f.rule.starts_with("notice-")),
        "only the notice rules are informational"
    );
}
