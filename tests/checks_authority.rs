//! The checks of issue 16 that read erasure rules and legal bases as a
//! supervisory authority would: endless retention, applicants, CCTV,
//! statutory periods, video surveillance on § 4 BDSG, tracking without
//! consent, consent quality and collective agreements. Each rule fires on one
//! change to the clean baseline and stays silent on a lawful variant.

use crate::checks::{clean, fires, hr, silent, ACT};

use vvt::checks::Severity;
use vvt::*;

fn period(amount: u32, unit: PeriodUnit) -> Option<Period> {
    Some(Period { amount, unit })
}

/// The baseline with the first data category's erasure rule replaced.
fn with_retention(name: &str, retention: RetentionRule) -> Register {
    let mut r = clean();
    let c = &mut hr(&mut r).data_categories[0];
    c.name = name.into();
    c.description = None;
    c.retention = Some(retention);
    r
}

// ------------------------------------------------------------- retention ---

#[test]
fn retention_without_end() {
    for (text, shown) in [
        ("Speicherung unbegrenzt", "unbegrenzt"),
        ("wird dauerhaft archiviert", "dauerhaft"),
        ("kept indefinitely", "indefinitely"),
        ("Keine Löschung vorgesehen", "keine löschung"),
    ] {
        let r = with_retention(
            "Kundendaten",
            RetentionRule {
                criterion: Some(text.into()),
                ..RetentionRule::default()
            },
        );
        let f = fires(
            &r,
            "retention-indefinite",
            ACT,
            "hr",
            "data_categories[0].retention.criterion",
        );
        assert_eq!(f.severity, Severity::Warning);
        assert!(
            f.message_de.contains(shown),
            "the message quotes the word found ({shown}): {}",
            f.message_de
        );
    }
    let r = with_retention(
        "Kundendaten",
        RetentionRule {
            deletion: Some("unlimited".into()),
            period: period(1, PeriodUnit::Years),
            ..RetentionRule::default()
        },
    );
    fires(
        &r,
        "retention-indefinite",
        ACT,
        "hr",
        "data_categories[0].retention.deletion",
    );

    silent(&clean(), "retention-indefinite");
    // Lawful wording that contains the words: an erasure that is permanent,
    // a permanent working group, a period with an end.
    for text in [
        "nach 30 Tagen dauerhaft gelöscht",
        "permanently deleted after 30 days",
        "solange das Team besteht, bei dauerhaften Arbeitsgruppen längstens 5 Jahre",
        "Ende des Vertrags",
    ] {
        let r = with_retention(
            "Kundendaten",
            RetentionRule {
                period: period(5, PeriodUnit::Years),
                criterion: Some(text.into()),
                ..RetentionRule::default()
            },
        );
        silent(&r, "retention-indefinite");
    }
}

/// The baseline turned into applicant management, its first category kept
/// for `p`.
fn applicants(p: Option<Period>, criterion: Option<&str>) -> Register {
    let mut r = with_retention(
        "Bewerbungsunterlagen",
        RetentionRule {
            period: p,
            criterion: criterion.map(str::to_owned),
            starts_at: Some("Abschluss des Bewerbungsverfahrens".into()),
            ..RetentionRule::default()
        },
    );
    hr(&mut r).name = "Bewerbermanagement".into();
    r
}

#[test]
fn applicant_data_kept_too_long() {
    let r = applicants(period(12, PeriodUnit::Months), None);
    let f = fires(
        &r,
        "retention-applicants-too-long",
        ACT,
        "hr",
        "data_categories[0].retention.period",
    );
    assert!(
        f.message_de.contains("12 Monate") && f.hint_de.contains("AGG"),
        "names the period and the AGG: {f:#?}"
    );
    // Judged by the data subjects too, when all of them are applicants.
    let mut by_subjects = with_retention(
        "Unterlagen",
        RetentionRule {
            period: period(1, PeriodUnit::Years),
            ..RetentionRule::default()
        },
    );
    hr(&mut by_subjects).data_subjects = vec!["Bewerberinnen und Bewerber".into()];
    fires(
        &by_subjects,
        "retention-applicants-too-long",
        ACT,
        "hr",
        "data_categories[0].retention.period",
    );

    silent(&clean(), "retention-applicants-too-long");
    for lawful in [
        applicants(period(6, PeriodUnit::Months), None),
        applicants(period(26, PeriodUnit::Weeks), None),
        applicants(period(183, PeriodUnit::Days), None),
        applicants(
            period(2, PeriodUnit::Years),
            Some("mit Einwilligung in die Aufnahme in den Talentpool"),
        ),
        applicants(
            period(12, PeriodUnit::Months),
            Some("länger nur bei laufendem Rechtsstreit"),
        ),
    ] {
        silent(&lawful, "retention-applicants-too-long");
    }
    // An HR activity that also lists applicants among employees is no
    // applicant procedure: its employee files may be kept for years.
    let mut mixed = clean();
    hr(&mut mixed).data_subjects = vec!["Beschäftigte".into(), "Bewerber".into()];
    silent(&mixed, "retention-applicants-too-long");
}

fn cctv(p: Option<Period>, criterion: Option<&str>) -> Register {
    let mut r = with_retention(
        "Videoaufzeichnungen",
        RetentionRule {
            period: p,
            criterion: criterion.map(str::to_owned),
            ..RetentionRule::default()
        },
    );
    hr(&mut r).name = "Videoüberwachung des Eingangsbereichs".into();
    r
}

#[test]
fn cctv_recordings_kept_longer_than_72_hours() {
    let r = cctv(period(7, PeriodUnit::Days), None);
    let f = fires(
        &r,
        "retention-video-too-long",
        ACT,
        "hr",
        "data_categories[0].retention.period",
    );
    assert!(f.hint_de.contains("72 Stunden"), "{}", f.hint_de);

    silent(&clean(), "retention-video-too-long");
    silent(
        &cctv(period(72, PeriodUnit::Hours), None),
        "retention-video-too-long",
    );
    silent(
        &cctv(period(3, PeriodUnit::Days), None),
        "retention-video-too-long",
    );
    silent(
        &cctv(
            period(10, PeriodUnit::Days),
            Some("länger nur, wenn ein Vorfall als Beweis gesichert wird"),
        ),
        "retention-video-too-long",
    );
    // Other data of the surveillance (who asked for footage) is not footage.
    let mut log = cctv(period(7, PeriodUnit::Days), None);
    hr(&mut log).data_categories[0].name = "Protokoll der Auskunftsersuchen".into();
    silent(&log, "retention-video-too-long");
}

fn kept(name: &str, years: u32) -> Register {
    with_retention(
        name,
        RetentionRule {
            period: period(years, PeriodUnit::Years),
            criterion: Some("gesetzliche Aufbewahrungsfrist nach § 147 AO, § 257 HGB".into()),
            starts_at: Some("Ende des Kalenderjahres".into()),
            ..RetentionRule::default()
        },
    )
}

#[test]
fn statutory_periods_that_do_not_match_their_source() {
    for (name, years, expected) in [
        ("Buchungsbelege", 10, "8 Jahre"),
        ("Eingangsrechnungen", 10, "8 Jahre"),
        ("Jahresabschlüsse", 8, "10 Jahre"),
        ("Geschäftsbriefe", 10, "6 Jahre"),
    ] {
        let f = fires(
            &kept(name, years),
            "retention-statutory-mismatch",
            ACT,
            "hr",
            "data_categories[0].retention.period",
        );
        assert!(
            f.message_de.contains(expected),
            "{name}: the message names the statutory {expected}: {}",
            f.message_de
        );
    }
    silent(&clean(), "retention-statutory-mismatch");
    for (name, years) in [
        ("Buchungsbelege", 8),
        ("Jahresabschlüsse und Inventare", 10),
        ("Handels- und Geschäftsbriefe", 6),
        // Not a document the two laws name: nothing to compare.
        ("Personalakte", 10),
        // Vouchers and books together: which period applies is not clear.
        ("Bilanzen und Belege", 10),
    ] {
        silent(&kept(name, years), "retention-statutory-mismatch");
    }
    // A period that cites no statute is not compared.
    let uncited = with_retention(
        "Buchungsbelege",
        RetentionRule {
            period: period(10, PeriodUnit::Years),
            ..RetentionRule::default()
        },
    );
    silent(&uncited, "retention-statutory-mismatch");
}

// --------------------------------------------------------- legal bases ---

#[test]
fn video_surveillance_of_a_private_body_on_section_4_bdsg() {
    let mut r = clean();
    hr(&mut r).purposes[0].legal_basis_note = Some("§ 4 Abs. 1 S. 1 Nr. 3 BDSG".into());
    let f = fires(
        &r,
        "video-bdsg4-private-body",
        ACT,
        "hr",
        "purposes[0].legal_basis_note",
    );
    assert_eq!(f.severity, Severity::Error);
    assert!(f.hint_de.contains("Art. 6 Abs. 1 lit. f"), "{}", f.hint_de);

    silent(&clean(), "video-bdsg4-private-body");
    let mut public = r.clone();
    public.organisation.controller.public_body = true;
    silent(&public, "video-bdsg4-private-body");
    for other in ["§ 40 BDSG", "§ 45 BDSG", "§ 147 AO"] {
        let mut r = clean();
        hr(&mut r).purposes[0].legal_basis_note = Some(other.into());
        silent(&r, "video-bdsg4-private-body");
    }
}

fn tracking_purpose(description: &str, bases: &[&str]) -> Register {
    let mut r = clean();
    hr(&mut r).purposes.push(Purpose {
        description: description.into(),
        legal_bases: bases.iter().map(|b| (*b).to_owned()).collect(),
        legitimate_interests: Some("Verbesserung des Angebots".into()),
        consent_given: Some("aktives Anklicken im Cookie-Banner".into()),
        consent_withdrawal: Some("Cookie-Einstellungen".into()),
        ..Purpose::default()
    });
    r
}

#[test]
fn tracking_on_legitimate_interests_alone() {
    for description in [
        "Reichweitenmessung der Website",
        "Wiedererkennung wiederkehrender Besucher",
        "Retargeting und personalisierte Werbung",
        "Tracking des Nutzerverhaltens auf der Website",
    ] {
        let r = tracking_purpose(description, &["art6-1-f"]);
        let f = fires(
            &r,
            "tracking-without-consent",
            ACT,
            "hr",
            "purposes[2].legal_bases",
        );
        assert!(f.hint_de.contains("§ 25 Abs. 2 TDDDG"), "{}", f.hint_de);
    }
    silent(&clean(), "tracking-without-consent");
    // Consent, or the recorded exemption of § 25(2) TDDDG, carries it.
    for bases in [
        &["art6-1-f", "tdddg-25"][..],
        &["art6-1-f", "tdddg-25-2"][..],
        &["art6-1-a", "tdddg-25"][..],
    ] {
        silent(
            &tracking_purpose("Reichweitenmessung der Website", bases),
            "tracking-without-consent",
        );
    }
    // Tracking of parcels in an activity with no online service.
    silent(
        &tracking_purpose("Sendungstracking für Lieferungen", &["art6-1-f"]),
        "tracking-without-consent",
    );
    // Direct marketing by post may rest on legitimate interests (recital 47).
    silent(
        &tracking_purpose("Direktwerbung per Post", &["art6-1-f"]),
        "tracking-without-consent",
    );
}

#[test]
fn section_25_2_tdddg_alone_still_needs_an_art6_basis() {
    let r = tracking_purpose("Warenkorb-Cookie", &["tdddg-25-2"]);
    fires(&r, "tdddg25-alone", ACT, "hr", "purposes[2].legal_bases");
    silent(&r, "tracking-without-consent");
    silent(&r, "purpose-no-legal-basis");
    silent(
        &tracking_purpose("Warenkorb-Cookie", &["tdddg-25-2", "art6-1-b"]),
        "tdddg25-alone",
    );
}

#[test]
fn section_26_bdsg_by_paragraph() {
    for code in ["bdsg-26", "bdsg-26-1-1", "bdsg-26-1-2", "bdsg-26-3"] {
        let mut r = clean();
        hr(&mut r).purposes[0].legal_bases = vec![code.into()];
        fires(&r, "bdsg26-alone", ACT, "hr", "purposes[0].legal_bases");
    }
    // A collective agreement (Art. 88 GDPR, § 26(4) BDSG) is a basis of its
    // own once it is named.
    for code in ["bdsg-26-4", "art88-bv"] {
        let mut r = clean();
        hr(&mut r).purposes[0].legal_bases = vec![code.into()];
        hr(&mut r).purposes[0].legal_basis_note =
            Some("Betriebsvereinbarung IT-Systeme vom 01.03.2024".into());
        silent(&r, "bdsg26-alone");
        silent(&r, "collective-agreement-not-named");
        silent(&r, "purpose-no-legal-basis");
        hr(&mut r).purposes[0].legal_basis_note = None;
        let f = fires(
            &r,
            "collective-agreement-not-named",
            ACT,
            "hr",
            "purposes[0].legal_basis_note",
        );
        assert_eq!(f.severity, Severity::Warning);
    }
    silent(&clean(), "collective-agreement-not-named");
}
