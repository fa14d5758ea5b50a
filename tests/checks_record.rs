//! The rules on what the record itself must say (Art. 30): an activity's
//! purposes, data subjects, data categories and recipients (30(1)(b)–(d)),
//! and each entry of the processor's record (30(2)(a)–(d)), whose transfers
//! go through the same rules as an activity's. Baseline and helpers are
//! those of the rule-by-rule tests in `checks.rs`.

use crate::checks::{clean, fires, hr, party, processor, silent, ACT, PROC};

use vvt::checks::Severity;
use vvt::*;

// ------------------------------------------- contents, Art. 30(1)(b)-(d) ---

#[test]
fn activity_without_purposes_data_subjects_or_data_categories() {
    let mut r = clean();
    let a = hr(&mut r);
    a.purposes.clear();
    a.data_subjects = vec!["  ".into()];
    a.data_subject_groups.clear();
    a.data_categories.clear();
    for (rule, field, article) in [
        ("purposes-missing", "purposes", "Art. 30(1)(b)"),
        ("data-subjects-missing", "data_subjects", "Art. 30(1)(c)"),
        (
            "data-categories-missing",
            "data_categories",
            "Art. 30(1)(c)",
        ),
    ] {
        let f = fires(&r, rule, ACT, "hr", field);
        assert_eq!(f.severity, Severity::Error, "Art. 30(1) requires {field}");
        assert!(f.source_en.contains(article), "{rule}: {}", f.source_en);
    }
    for rule in [
        "purposes-missing",
        "data-subjects-missing",
        "data-categories-missing",
    ] {
        silent(&clean(), rule);
    }
}

#[test]
fn an_art14_exemption_claimed_for_data_collected_from_the_person() {
    let mut r = clean();
    hr(&mut r).source.from_data_subject = Some(true);
    hr(&mut r).source.other_sources = None;
    for ground in [
        InformationExemption::DisproportionateEffort,
        InformationExemption::LaidDownByLaw,
        InformationExemption::ProfessionalSecrecy,
    ] {
        hr(&mut r).information = Information::Exempt {
            ground,
            explanation: "Begründung".into(),
        };
        let f = fires(
            &r,
            "information-exemption-not-available",
            ACT,
            "hr",
            "information.ground",
        );
        assert_eq!(f.severity, Severity::Error);
        assert!(
            f.message_de.contains(ground.article(Lang::De)),
            "{}",
            f.message_de
        );
    }
    // Art. 13(4) and national restrictions exist for Art. 13 as well.
    for ground in [
        InformationExemption::AlreadyInformed,
        InformationExemption::NationalLaw,
    ] {
        hr(&mut r).information = Information::Exempt {
            ground,
            explanation: "Begründung".into(),
        };
        silent(&r, "information-exemption-not-available");
    }
    // Data from other sources too: Art. 14(5) may apply.
    hr(&mut r).information = Information::Exempt {
        ground: InformationExemption::DisproportionateEffort,
        explanation: "Begründung".into(),
    };
    hr(&mut r).source.other_sources = Some("Auskunfteien".into());
    silent(&r, "information-exemption-not-available");
    silent(&clean(), "information-exemption-not-available");
}

#[test]
fn activity_without_recipients() {
    let mut r = clean();
    hr(&mut r).recipients.clear();
    let f = fires(&r, "recipients-missing", ACT, "hr", "recipients");
    assert_eq!(
        f.severity,
        Severity::Warning,
        "an activity may have no recipients, and the register cannot record that"
    );
    assert!(
        f.source_de.contains("Art. 30 Abs. 1 lit. d"),
        "{}",
        f.source_de
    );
    silent(&clean(), "recipients-missing");
}

/// What the notice needs beyond Art. 30: warnings at the field the notice
/// view marks as missing.
#[test]
fn activity_without_the_notice_answers() {
    let mut r = clean();
    hr(&mut r).source.from_data_subject = None;
    hr(&mut r).provision = None;
    hr(&mut r).automated_decisions = None;
    for (rule, field, article) in [
        (
            "source-not-recorded",
            "source.from_data_subject",
            "14(2)(f)",
        ),
        ("provision-not-recorded", "provision", "Art. 13(2)(e)"),
        (
            "automated-decisions-not-recorded",
            "automated_decisions",
            "Art. 13(2)(f)",
        ),
    ] {
        let f = fires(&r, rule, ACT, "hr", field);
        assert_eq!(f.severity, Severity::Warning, "{rule}: a notice item");
        assert!(f.source_en.contains(article), "{rule}: {}", f.source_en);
    }
    // Art. 13(2)(e) does not apply to data obtained elsewhere (Art. 14).
    hr(&mut r).source.from_data_subject = Some(false);
    silent(&r, "provision-not-recorded");
    for rule in [
        "source-not-recorded",
        "provision-not-recorded",
        "automated-decisions-not-recorded",
    ] {
        silent(&clean(), rule);
    }
    // Where no notice owes the items, they are not asked for; the source
    // still decides which exemption the activity may claim.
    hr(&mut r).source.from_data_subject = None;
    hr(&mut r).information = Information::Exempt {
        ground: InformationExemption::AlreadyInformed,
        explanation: "Die Einladung enthält die Informationen".into(),
    };
    silent(&r, "provision-not-recorded");
    silent(&r, "automated-decisions-not-recorded");
    fires(
        &r,
        "source-not-recorded",
        ACT,
        "hr",
        "source.from_data_subject",
    );
    // Art. 14(5)(b) and §§ 32, 33 BDSG keep the activity in the public notice,
    // which then owes the items.
    for ground in [
        InformationExemption::DisproportionateEffort,
        InformationExemption::NationalLaw,
    ] {
        hr(&mut r).information = Information::Exempt {
            ground,
            explanation: "Begründung".into(),
        };
        fires(&r, "provision-not-recorded", ACT, "hr", "provision");
        fires(
            &r,
            "automated-decisions-not-recorded",
            ACT,
            "hr",
            "automated_decisions",
        );
    }
}

// ------------------------------------------------- processor's record ---

#[test]
fn processor_record_without_controller_contact() {
    let mut r = clean();
    processor(&mut r).controller.address = None;
    silent(&r, "processor-record-controller-missing"); // the e-mail is enough
    processor(&mut r).controller.contact = Some(" ".into());
    let f = fires(
        &r,
        "processor-record-controller-missing",
        PROC,
        "av-1",
        "controller.address",
    );
    assert_eq!(f.severity, Severity::Error);
    assert!(
        f.source_de.contains("Art. 30 Abs. 2 lit. a") && f.message_de.contains("Kunde GmbH"),
        "{f:#?}"
    );
    processor(&mut r).controller.name = String::new();
    fires(
        &r,
        "processor-record-controller-missing",
        PROC,
        "av-1",
        "controller.name",
    );
    silent(&clean(), "processor-record-controller-missing");
}

#[test]
fn processor_record_without_categories_or_toms() {
    let mut r = clean();
    processor(&mut r).categories = vec![String::new()];
    processor(&mut r).toms = vec!["no-such-tom".into()];
    let f = fires(
        &r,
        "processor-record-categories-missing",
        PROC,
        "av-1",
        "categories",
    );
    assert_eq!(f.severity, Severity::Error);
    assert!(
        f.message_en.contains("on behalf of 'Kunde GmbH'"),
        "{}",
        f.message_en
    );
    let f = fires(&r, "processor-record-toms-missing", PROC, "av-1", "toms");
    assert_eq!(
        f.severity,
        Severity::Warning,
        "30(2)(d) asks for TOMs 'where possible', as 30(1)(g) does"
    );
    processor(&mut r).tom_notes = Some("Mandantentrennung".into());
    silent(&r, "processor-record-toms-missing");
    silent(&clean(), "processor-record-categories-missing");
    silent(&clean(), "processor-record-toms-missing");
}

#[test]
fn processor_record_transfers_are_checked_like_an_activitys() {
    // The entry of the review's rich2.json: no categories, no TOMs and a
    // transfer to India without a mechanism.
    let mut r = clean();
    let e = processor(&mut r);
    e.categories.clear();
    e.toms.clear();
    e.transfers = vec![Transfer {
        country: "IN".into(),
        ..Transfer::default()
    }];
    fires(
        &r,
        "transfer-no-mechanism",
        PROC,
        "av-1",
        "transfers[0].mechanism",
    );
    fires(
        &r,
        "processor-record-categories-missing",
        PROC,
        "av-1",
        "categories",
    );
    fires(&r, "processor-record-toms-missing", PROC, "av-1", "toms");

    let mut scc = clean();
    party(&mut scc, "host").dpf_certified = false;
    processor(&mut scc).transfers[0].tia_date = None;
    processor(&mut scc).transfers[0].note = Some("früher Privacy Shield, SCC 2010/87/EU".into());
    fires(
        &scc,
        "transfer-no-tia",
        PROC,
        "av-1",
        "transfers[0].tia_date",
    );
    fires(
        &scc,
        "transfer-privacy-shield",
        PROC,
        "av-1",
        "transfers[0].note",
    );
    fires(&scc, "transfer-old-scc", PROC, "av-1", "transfers[0].note");

    let mut derogation = clean();
    let t = &mut processor(&mut derogation).transfers[0];
    t.country = "IN".into();
    t.mechanism = Some("art49-1-2".into());
    let f = fires(
        &derogation,
        "transfer-derogation-undocumented",
        PROC,
        "av-1",
        "transfers[0].derogation_documentation",
    );
    assert!(
        f.source_de.contains("Abs. 2 lit. c"),
        "the processor's record is Art. 30(2)(c): {}",
        f.source_de
    );
    let mut adequacy = clean();
    party(&mut adequacy, "host").dpf_certified = false;
    processor(&mut adequacy).transfers[0].mechanism = Some("art45".into());
    fires(
        &adequacy,
        "transfer-us-not-dpf",
        PROC,
        "av-1",
        "transfers[0].mechanism",
    );

    let mut eea = clean();
    processor(&mut eea).transfers[0].country = "FR".into();
    processor(&mut eea).transfers[0].mechanism = None;
    silent(&eea, "transfer-no-mechanism");
}
