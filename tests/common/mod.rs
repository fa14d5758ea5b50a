//! Shared fixtures: a register in which every field of every record is set,
//! so round trips prove that nothing is dropped on the way.
#![allow(dead_code)]

use chrono::{NaiveDate, TimeZone, Utc};
use vvt::*;

pub fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("valid test date")
}

pub fn store() -> Store {
    let mut s = Store::open_in_memory().expect("an in-memory register opens");
    s.set_actor("tester");
    s
}

pub fn full_tom(key: &str) -> Tom {
    Tom {
        key: key.into(),
        goal: ProtectionGoal::Encryption,
        title: format!("Transportverschlüsselung {key}"),
        description: Some("TLS 1.3 für alle Verbindungen".into()),
        version: 0,
    }
}

pub fn full_party(key: &str, sub: Option<&str>) -> Party {
    Party {
        key: key.into(),
        name: format!("Dienstleister {key} GmbH & Co. KG"),
        address: Some("Musterstraße 1\n12345 Musterstadt".into()),
        country: Some("US".into()),
        processing_countries: vec!["GB".into(), "CH".into()],
        contact: Some("privacy@example.com".into()),
        dpf_certified: true,
        dpf_checked_on: NaiveDate::from_ymd_opt(2026, 9, 1),
        certifications: vec!["ISO 27001".into(), "SOC 2".into()],
        privacy_notice_url: Some("https://dienstleister.example/datenschutz".into()),
        agreement: Some(ProcessorAgreement {
            signed_on: Some(date(2024, 3, 1)),
            reference: Some("DPA v3".into()),
            location: Some("Vertragsordner 7".into()),
            covers: Art28Point::ALL.to_vec(),
            subprocessors: sub
                .map(|s| {
                    vec![SubProcessor {
                        party: s.into(),
                        country: Some("IN".into()),
                        task: Some("Support".into()),
                        mechanism: Some("art46-2-c".into()),
                    }]
                })
                .unwrap_or_default(),
            locations: vec!["EU".into(), "USA".into()],
            next_review: Some(date(2027, 3, 1)),
            secrecy_obligation: true,
        }),
        notes: Some("Notiz".into()),
        version: 0,
    }
}

pub fn full_activity(key: &str, party: &str, tom: &str) -> ProcessingActivity {
    let mut a = ProcessingActivity::new(key, format!("Tätigkeit {key}"));
    a.description = Some("Beschreibung mit <b>Markup</b> & \"Zitaten\"".into());
    a.department = Some("Personal".into());
    a.contact_person = Some("Erika Mustermann".into());
    a.status = ActivityStatus::Active;
    a.purposes = vec![
        Purpose {
            description: "Durchführung des Arbeitsverhältnisses".into(),
            legal_bases: vec!["art6-1-b".into(), "bdsg-26".into()],
            legal_basis_note: Some("§ 147 AO".into()),
            legitimate_interests: None,
            consent_given: None,
            consent_withdrawal: None,
            direct_marketing: false,
        },
        Purpose {
            description: "Newsletter".into(),
            legal_bases: vec!["art6-1-a".into(), "art6-1-f".into()],
            legal_basis_note: None,
            legitimate_interests: Some("Direktwerbung".into()),
            consent_given: Some("Double-Opt-in".into()),
            consent_withdrawal: Some("Abmeldelink".into()),
            direct_marketing: true,
        },
    ];
    a.data_subjects = vec!["Beschäftigte".into(), "Bewerber".into()];
    a.data_subject_groups = vec![SubjectGroup::Employees, SubjectGroup::Applicants];
    a.data_categories = vec![
        DataCategory {
            name: "Gesundheitsdaten".into(),
            description: Some("AU-Bescheinigungen".into()),
            special: true,
            criminal: false,
            conditions: vec!["art9-2-b".into()],
            retention: Some(RetentionRule {
                period: Some(Period {
                    amount: 3,
                    unit: PeriodUnit::Years,
                }),
                criterion: Some("nach Ende des Beschäftigungsverhältnisses".into()),
                start_event: Some(RetentionStart::EndOfEmployment),
                starts_at: Some("Austritt".into()),
                deletion: Some("automatisch".into()),
                at_end: Some(RetentionEnd::Restriction),
            }),
        },
        DataCategory {
            name: "Führungszeugnis".into(),
            description: None,
            special: false,
            criminal: true,
            conditions: vec!["art10".into()],
            retention: None,
        },
    ];
    a.source = DataSource {
        from_data_subject: Some(true),
        other_sources: Some("Arbeitsagentur".into()),
        publicly_accessible: Some(false),
    };
    a.provision = Some(ProvisionRequirement {
        kind: ProvisionKind::Contractual,
        consequence: Some("Kein Vertragsschluss".into()),
    });
    a.automated_decisions = Some(AutomatedDecisions::Used {
        logic: "Scoring".into(),
        consequences: Some("Ablehnung".into()),
        decisions: vec![],
    });
    a.embeds = vec![
        Embed {
            name: "session".into(),
            kind: EmbedKind::Cookie,
            provider: None,
            purpose: "Anmeldung im Bewerberportal halten".into(),
            access: EmbedAccess::StrictlyNecessary,
            before_consent: true,
            duration: Some("Sitzung".into()),
            country: None,
        },
        Embed {
            name: "Karte".into(),
            kind: EmbedKind::Embed,
            provider: Some("Karten & Co".into()),
            purpose: "Anfahrt zeigen".into(),
            access: EmbedAccess::Consent,
            before_consent: false,
            duration: None,
            country: Some("US".into()),
        },
    ];
    a.recipients = vec![
        Recipient {
            role: RecipientRole::Internal,
            party: None,
            description: Some("Lohnbuchhaltung".into()),
            note: None,
            own_responsibility: None,
            ..Recipient::default()
        },
        Recipient {
            role: RecipientRole::Processor,
            party: Some(party.into()),
            description: None,
            note: Some("Hosting".into()),
            own_responsibility: Some("eigene Abrechnungs- und Sicherheitsdaten".into()),
            ..Recipient::default()
        },
    ];
    a.transfers = vec![Transfer {
        recipient: Some(party.into()),
        country: "US".into(),
        mechanism: Some("art46-2-c".into()),
        scc_module: Some(2),
        supplementary_measures: Some("Verschlüsselung".into()),
        tia_date: Some(date(2024, 2, 1)),
        tia_result: Some("vertretbar".into()),
        derogation_documentation: Some("n/a".into()),
        safeguards_copy: Some("auf Anfrage beim DSB".into()),
        note: Some("Support".into()),
    }];
    a.toms = vec![tom.into()];
    a.tom_notes = Some("zusätzlich MFA".into());
    a.dpia = Dpia {
        required: Some(true),
        reason: Some("Art. 9-Daten in großem Umfang".into()),
        done_on: Some(date(2024, 1, 15)),
        reference: Some("DSFA-7".into()),
        threshold: [
            ("art35-3-b", false),
            ("wp248-sensitive", true),
            ("wp248-vulnerable", true),
        ]
        .into_iter()
        .map(|(code, met)| (code.to_owned(), met))
        .collect(),
    };
    a.created_at = Utc
        .with_ymd_and_hms(2024, 1, 1, 8, 0, 0)
        .single()
        .expect("valid time");
    a.updated_at = a.created_at;
    a.last_reviewed = Some(date(2025, 1, 1));
    a.access = Some("Nur die Lohnbuchhaltung sieht die Daten.".into());
    a.next_review = Some(date(2026, 1, 1));
    a.notes = Some("Zeile 1\nZeile 2".into());
    a
}

pub fn full_organisation() -> Organisation {
    Organisation {
        controller: Controller {
            name: "Muster AG".into(),
            address: Some("Hauptstraße 1, 70173 Stuttgart".into()),
            email: Some("info@muster.example".into()),
            phone: Some("+49 711 0".into()),
            website: Some("https://muster.example".into()),
            public_body: false,
        },
        dpo: Some(Dpo {
            name: "Max Datenschutz".into(),
            external: true,
            organisation: Some("DSB GmbH".into()),
            address: Some("Nebenstraße 2".into()),
            email: Some("dsb@muster.example".into()),
            phone: Some("+49 711 1".into()),
        }),
        // Set only without a DPO; the store test of the header covers it.
        no_dpo_reason: None,
        persons_processing: Some(45),
        representative: Some(ContactParty {
            name: "Rep Ltd".into(),
            address: Some("Dublin".into()),
            email: Some("rep@example.ie".into()),
            phone: None,
        }),
        joint_controllers: vec![JointController {
            name: "Partner GmbH".into(),
            address: Some("Partnerweg 3".into()),
            contact: Some("partner@example.de".into()),
            arrangement: Some("Gemeinsame Veranstaltungen".into()),
            activities: vec!["hr".into()],
        }],
        authority: Some("DE-BW".into()),
        notice_date: Some(date(2021, 2, 19)),
        deletion_rule: Some("Wir löschen Daten, sobald wir sie nicht mehr brauchen.".into()),
        professional_secrecy: true,
        version: 0,
    }
}

/// A store holding one fully populated record of every kind.
pub fn populated_store() -> Store {
    let mut s = store();
    s.create_tom(&full_tom("tom-tls")).expect("tom saves");
    s.create_party(&full_party("sub", None))
        .expect("sub-processor saves");
    s.create_party(&full_party("host", Some("sub")))
        .expect("processor saves");
    s.create_activity(&full_activity("hr", "host", "tom-tls"))
        .expect("activity saves");
    s.save_organisation(&full_organisation())
        .expect("header saves");
    s
}

/// The tests of the English documents' own wording predate translations and
/// expect the register's texts as they were written: each text without a
/// current translation is "translated" by itself (as a DPO does with a
/// proper name), so no translation gap is reported and the text is not
/// marked. `tests/translations.rs` tests the translations themselves.
pub fn keep_texts(r: &mut Register) {
    let open: Vec<TranslatableText> = vvt::translation::texts(r, None, Lang::En)
        .into_iter()
        .filter(|t| t.status != TranslationStatus::Current)
        .collect();
    let translations: Vec<Translation> = open
        .iter()
        .map(|t| {
            vvt::translation::prepare(r, t.entity, &t.key, &t.field, &t.source)
                .expect("a listed text can be translated")
        })
        .collect();
    r.translations.retain(|t| {
        !open
            .iter()
            .any(|o| o.entity == t.entity && o.key == t.key && o.field == t.field)
    });
    r.translations.extend(translations);
}

/// `register` with [`keep_texts`] applied.
pub fn kept(register: &Register) -> Register {
    let mut r = register.clone();
    keep_texts(&mut r);
    r
}
