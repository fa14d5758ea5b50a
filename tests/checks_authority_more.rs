//! The checks of issue 16 on consent, automated decisions per purpose, the
//! DPO headcount, embedded third-party services and sub-processors; the new
//! catalog entries and `vvt catalog`.

use crate::checks::{clean, fires, hr, party, silent, ACT};
use crate::common::store;

use std::process::Command;

use vvt::checks::Severity;
use vvt::*;

// -------------------------------------------------------------- consent ---

#[test]
fn pre_ticked_or_opt_out_consent() {
    for text in [
        "Das Kästchen im Bestellformular ist vorausgewählt",
        "Opt-out-Verfahren: wer nicht widerspricht, willigt ein",
        "Checkbox pre-ticked on sign-up",
    ] {
        let mut r = clean();
        hr(&mut r).purposes[1].consent_given = Some(format!("{text}; Double-Opt-in"));
        let f = fires(
            &r,
            "consent-pre-ticked",
            ACT,
            "hr",
            "purposes[1].consent_given",
        );
        assert_eq!(f.severity, Severity::Error, "such consent is no consent");
    }
    silent(&clean(), "consent-pre-ticked");
    let mut negated = clean();
    hr(&mut negated).purposes[1].consent_given = Some(
        "Kein vorausgewähltes Kästchen: aktives Ankreuzen, Double-Opt-in; freiwillig, in \
         Textform; no pre-ticked box"
            .into(),
    );
    silent(&negated, "consent-pre-ticked");
}

#[test]
fn newsletter_without_double_opt_in() {
    let mut r = clean();
    hr(&mut r).purposes[1].consent_given = Some("Anmeldeformular; freiwillig, in Textform".into());
    let f = fires(
        &r,
        "newsletter-no-double-opt-in",
        ACT,
        "hr",
        "purposes[1].consent_given",
    );
    assert!(f.hint_de.contains("Double-Opt-in"), "{}", f.hint_de);
    hr(&mut r).purposes[1].consent_given = None;
    let f = fires(
        &r,
        "newsletter-no-double-opt-in",
        ACT,
        "hr",
        "purposes[1].consent_given",
    );
    assert!(
        f.message_en.contains("is not described"),
        "{}",
        f.message_en
    );

    silent(&clean(), "newsletter-no-double-opt-in");
    let mut confirmed = clean();
    hr(&mut confirmed).purposes[1].consent_given =
        Some("Anmeldung mit Bestätigungslink per E-Mail; freiwillig".into());
    silent(&confirmed, "newsletter-no-double-opt-in");
    // A newsletter to customers on legitimate interests (§ 7(3) UWG) is no
    // consent, so no double opt-in is asked for.
    let mut customers = clean();
    hr(&mut customers).purposes[1].legal_bases = vec!["art6-1-f".into()];
    hr(&mut customers).purposes[1].consent_given = None;
    silent(&customers, "newsletter-no-double-opt-in");
}

#[test]
fn employee_consent_without_voluntariness_and_form() {
    let mut r = clean();
    hr(&mut r).purposes[1].consent_given = Some("Double-Opt-in".into());
    let f = fires(
        &r,
        "employee-consent-unqualified",
        ACT,
        "hr",
        "purposes[1].consent_given",
    );
    assert!(
        f.message_de.contains("freiwillig") && f.message_de.contains("Form"),
        "{}",
        f.message_de
    );
    hr(&mut r).purposes[1].consent_given = Some("Double-Opt-in, freiwillig".into());
    let f = fires(
        &r,
        "employee-consent-unqualified",
        ACT,
        "hr",
        "purposes[1].consent_given",
    );
    assert!(f.message_en.contains("in what form"), "{}", f.message_en);

    silent(&clean(), "employee-consent-unqualified");
    // Consent of customers is not employee consent.
    let mut customers = r.clone();
    hr(&mut customers).data_subjects = vec!["Kunden".into()];
    hr(&mut customers).data_subject_groups = vec![SubjectGroup::Customers];
    silent(&customers, "employee-consent-unqualified");
}

// ------------------------------------------------ automated per purpose ---

fn with_purpose(description: &str, bases: &[&str]) -> Register {
    let mut r = clean();
    hr(&mut r).purposes.push(Purpose {
        description: description.into(),
        legal_bases: bases.iter().map(|b| (*b).to_owned()).collect(),
        legitimate_interests: Some("Ausfallrisiko".into()),
        ..Purpose::default()
    });
    r
}

#[test]
fn automated_decision_or_scoring_on_legitimate_interests() {
    let r = with_purpose(
        "Bonitätsprüfung mit Scoring vor Vertragsschluss",
        &["art6-1-f"],
    );
    let f = fires(
        &r,
        "automated-decision-legitimate-interest",
        ACT,
        "hr",
        "purposes[2].legal_bases",
    );
    assert_eq!(f.severity, Severity::Error);
    assert!(f.source_en.contains("C-634/21"), "{}", f.source_en);
    // Scoring counts even where automated decisions are not recorded.
    let mut unrecorded = r.clone();
    hr(&mut unrecorded).automated_decisions = None;
    fires(
        &unrecorded,
        "automated-decision-legitimate-interest",
        ACT,
        "hr",
        "purposes[2].legal_bases",
    );

    silent(&clean(), "automated-decision-legitimate-interest");
    silent(
        &with_purpose(
            "Bonitätsprüfung mit Scoring vor Vertragsschluss",
            &["art6-1-b", "art6-1-f"],
        ),
        "automated-decision-legitimate-interest",
    );
    // Recorded as decided by a person: nothing automated to judge.
    let mut human = r;
    hr(&mut human).automated_decisions = Some(AutomatedDecisions::None);
    silent(&human, "automated-decision-legitimate-interest");
    // A purpose that decides nothing may rest on legitimate interests.
    silent(
        &with_purpose("IT-Sicherheit", &["art6-1-f"]),
        "automated-decision-legitimate-interest",
    );
}

#[test]
fn the_art22_exception_must_belong_to_the_deciding_purpose() {
    // Purpose 0 rests on a contract; the decision is purpose 2's.
    let r = with_purpose("Automatisierte Entscheidung über Zuschüsse", &["art6-1-d"]);
    let f = fires(
        &r,
        "automated-decision-exception-other-purpose",
        ACT,
        "hr",
        "purposes[2].legal_bases",
    );
    assert!(f.message_de.contains("Zweck 1, 2"), "{}", f.message_de);
    silent(&r, "automated-decision-no-exception");

    silent(&clean(), "automated-decision-exception-other-purpose");
    silent(
        &with_purpose(
            "Automatisierte Entscheidung über Zuschüsse",
            &["art6-1-d", "art6-1-c"],
        ),
        "automated-decision-exception-other-purpose",
    );
}

// -------------------------------------------------------- DPO headcount ---

#[test]
fn no_dpo_with_twenty_or_more_persons_processing() {
    let mut r = clean();
    r.organisation.dpo = None;
    r.organisation.no_dpo_reason = Some("Kleines Unternehmen".into());
    r.organisation.persons_processing = Some(20);
    let f = fires(
        &r,
        "dpo-required-headcount",
        EntityKind::Organisation,
        "organisation",
        "dpo",
    );
    assert_eq!(f.severity, Severity::Error);
    assert!(f.message_en.contains("20 persons"), "{}", f.message_en);

    silent(&clean(), "dpo-required-headcount");
    for (n, dpo) in [(Some(19), false), (None, false), (Some(45), true)] {
        let mut r = clean();
        if !dpo {
            r.organisation.dpo = None;
            r.organisation.no_dpo_reason = Some("unter 20 Personen".into());
        }
        r.organisation.persons_processing = n;
        silent(&r, "dpo-required-headcount");
    }
}

#[test]
fn the_headcount_is_stored_and_validated() {
    let mut s = crate::common::populated_store();
    let mut org = s.organisation().expect("header loads");
    assert_eq!(
        org.persons_processing,
        Some(45),
        "the fixture's number is stored"
    );
    org.persons_processing = Some(10_000_001);
    let e = s
        .save_organisation(&org)
        .expect_err("an absurd number is refused");
    assert!(e.to_string().contains("persons_processing"), "{e}");
}

// ----------------------------------------------------------------- embeds ---

fn embedded(note: &str) -> Register {
    let mut r = clean();
    hr(&mut r).recipients.push(Recipient {
        role: RecipientRole::IndependentController,
        party: Some("sub".into()),
        description: Some("Profilbilder".into()),
        note: Some(note.into()),
        own_responsibility: None,
        ..Recipient::default()
    });
    r
}

#[test]
fn an_embedded_service_recorded_as_independent_controller() {
    let r =
        embedded("Das Profilbild wird beim Dienst abgerufen, sobald eine Adresse angegeben ist");
    let f = fires(&r, "embed-joint-control", ACT, "hr", "recipients[2].role");
    assert!(f.hint_de.contains("Art. 26"), "{}", f.hint_de);

    silent(&clean(), "embed-joint-control");
    let mut plain = embedded("Übermittlung der Lohndaten an die Krankenkasse");
    party(&mut plain, "sub").notes = None;
    hr(&mut plain).recipients[2].description = Some("Krankenkasse".into());
    silent(&plain, "embed-joint-control");
    // With the arrangement recorded there is nothing left to suggest.
    let mut arranged = r;
    arranged
        .organisation
        .joint_controllers
        .push(JointController {
            name: "Dienstleister sub GmbH & Co. KG".into(),
            arrangement: Some("Vereinbarung nach Art. 26 für die Einbindung".into()),
            activities: vec!["hr".into()],
            ..JointController::default()
        });
    silent(&arranged, "embed-joint-control");
}

// --------------------------------------------------------- sub-processors ---

#[test]
fn a_sub_processor_needs_no_contract_of_our_own() {
    let mut r = clean();
    party(&mut r, "sub").agreement = None;
    hr(&mut r).recipients.push(Recipient {
        role: RecipientRole::SubProcessor,
        party: Some("sub".into()),
        description: None,
        note: Some("Support für den Hoster".into()),
        own_responsibility: None,
        ..Recipient::default()
    });
    silent(&r, "processor-no-agreement");
    silent(&r, "subprocessor-not-listed");
    // Its third country counts: the processor's agreement needs a mechanism.
    let host = party(&mut r, "host");
    if let Some(ag) = host.agreement.as_mut() {
        ag.subprocessors[0].mechanism = None;
    }
    fires(
        &r,
        "subprocessor-transfer-no-mechanism",
        EntityKind::Party,
        "host",
        "agreement.subprocessors[0].mechanism",
    );

    // Listed nowhere, seated in the US without a recorded certification and
    // no transfer to it: its country still counts as a transfer.
    let mut unlisted = clean();
    if let Some(ag) = party(&mut unlisted, "host").agreement.as_mut() {
        ag.subprocessors.clear();
    }
    party(&mut unlisted, "sub").dpf_certified = false;
    hr(&mut unlisted).recipients.push(Recipient {
        role: RecipientRole::SubProcessor,
        party: Some("sub".into()),
        description: None,
        note: None,
        own_responsibility: None,
        ..Recipient::default()
    });
    fires(
        &unlisted,
        "subprocessor-transfer-no-mechanism",
        ACT,
        "hr",
        "recipients[2].party",
    );
    silent(&unlisted, "processor-no-agreement");
    let mut transferred = unlisted.clone();
    let mut t = hr(&mut transferred).transfers[0].clone();
    t.recipient = Some("sub".into());
    hr(&mut transferred).transfers.push(t);
    let hits = crate::checks::all_findings(&transferred);
    assert!(
        !hits
            .iter()
            .any(|f| f.rule == "subprocessor-transfer-no-mechanism" && f.record.key == "hr"),
        "a recorded transfer to it is judged by the transfer rules: {hits:#?}"
    );
    let mut certified = unlisted;
    party(&mut certified, "sub").dpf_certified = true;
    silent(&certified, "subprocessor-transfer-no-mechanism");
}

// ---------------------------------------------------------------- catalog ---

#[test]
fn the_catalog_has_the_entries_of_schema_6() {
    let s = store();
    let c = s.catalogs();
    for code in [
        "bdsg-26",
        "bdsg-26-1-1",
        "bdsg-26-1-2",
        "bdsg-26-3",
        "bdsg-26-4",
        "art88-bv",
        "tdddg-25",
        "tdddg-25-2",
    ] {
        let b = c
            .legal_basis(code)
            .unwrap_or_else(|| panic!("{code} is in the catalog"));
        assert!(!b.source.is_empty(), "{code} names its source");
    }
    for code in ["bdsg-26-1-1", "bdsg-26-3", "bdsg-26-4"] {
        let source = &c.legal_basis(code).expect("present").source;
        assert!(source.contains("C-34/21"), "{code}: {source}");
    }
    let epo = c.country("EP").expect("the European Patent Organisation");
    let adequacy = epo.adequacy.as_ref().expect("has an adequacy decision");
    assert_eq!(adequacy.date, crate::common::date(2025, 7, 15));
    assert!(
        !epo.eea && adequacy.scope_de.is_none(),
        "full adequacy, third party"
    );
}

fn vvt_catalog(args: &[&str]) -> String {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = Command::new(env!("CARGO_BIN_EXE_vvt"))
        .arg("--db")
        .arg(dir.path().join("r.vvt"))
        .arg("catalog")
        .args(args)
        .env_remove("VVT_LANG")
        .output()
        .expect("the vvt binary runs");
    assert!(out.status.success(), "vvt catalog {args:?} succeeds");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn vvt_catalog_lists_entries_with_source_and_check_date() {
    let de = vvt_catalog(&["legal-bases"]);
    assert!(
        de.starts_with("Rechtsgrundlagen (")
            && de.contains("art88-bv  Art. 88 DSGVO")
            && de.contains("Quelle: ")
            && de.contains("Geprüft am: 07.12.2026"),
        "{de}"
    );
    assert!(
        !de.contains("\nAufsichtsbehörden ("),
        "only the catalog asked for"
    );
    let en = vvt_catalog(&["countries", "--lang", "en"]);
    assert!(
        en.contains("EP  European Patent Organisation")
            && en.contains("Source: ")
            && en.contains("Checked on: "),
        "{en}"
    );
    let all = vvt_catalog(&[]);
    for heading in [
        "Rechtsgrundlagen",
        "Länder",
        "Übermittlungsinstrumente",
        "Aufsichtsbehörden",
    ] {
        assert!(all.contains(heading), "all four catalogs: {heading}");
    }
    let json: serde_json::Value =
        serde_json::from_str(&vvt_catalog(&["mechanisms", "--format", "json"])).expect("JSON");
    let first = &json[0];
    assert!(
        first["code"].is_string() && first["source"].is_string() && first["checked_on"].is_string(),
        "{first}"
    );
    let json: serde_json::Value =
        serde_json::from_str(&vvt_catalog(&["--format", "json"])).expect("JSON");
    assert!(json["authorities"].is_array() && json["legal_bases"].is_array());
}
