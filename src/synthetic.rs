//! Deterministic synthetic registers at group scale, for benchmarks and load
//! tests: the same `(n, seed)` always gives the same register, shaped like a
//! real one (purposes with bases, categories with retention, recipients,
//! transfers, processors with agreements, a TOM catalog, some history).

use chrono::{DateTime, Duration, NaiveDate, TimeZone, Utc};
use serde_json::json;

use crate::model::*;

/// SplitMix64: tiny, fast and good enough to vary test data reproducibly.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

const DEPARTMENTS: &[&str] = &[
    "Personal",
    "Vertrieb",
    "Marketing",
    "IT",
    "Einkauf",
    "Buchhaltung",
    "Kundenservice",
    "Recht",
];
const SUBJECTS: &[&str] = &[
    "Beschäftigte",
    "Bewerberinnen und Bewerber",
    "Kundinnen und Kunden",
    "Interessenten",
    "Lieferanten",
    "Besucher der Website",
    "Teilnehmende an Online-Meetings",
];
const CATEGORIES: &[&str] = &[
    "Stammdaten",
    "Kontaktdaten",
    "Vertragsdaten",
    "Zahlungsdaten",
    "IP-Adressen",
    "Protokolldaten",
    "Bild- und Tonaufnahmen",
    "Kommunikationsinhalte",
    "Bankverbindung",
];
const BASES: &[&str] = &["art6-1-a", "art6-1-b", "art6-1-c", "art6-1-f", "bdsg-26"];
/// Third countries with the mechanism a careful DPO would record for them.
const DESTINATIONS: &[(&str, &str)] = &[
    ("US", "art46-2-c"),
    ("IN", "art46-2-c"),
    ("GB", "art45"),
    ("CH", "art45"),
    ("JP", "art45"),
    ("BR", "art46-2-c"),
    ("SG", "art46-2-b"),
];
/// Provisions that lay down a legal obligation (Art. 6(1)(c), 6(3)), so that
/// a purpose resting on one names it as a real register would.
const OBLIGATIONS: &[&str] = &[
    "§ 147 AO, § 257 HGB (Aufbewahrung von Handels- und Steuerunterlagen)",
    "§ 14b UStG (Aufbewahrung von Rechnungen)",
    "§ 41 EStG (Lohnkonto), § 28a SGB IV (Meldungen zur Sozialversicherung)",
    "§ 16 Abs. 2 ArbZG (Aufzeichnung der Arbeitszeit)",
    "§ 6 ArbSchG (Dokumentation der Gefährdungsbeurteilung)",
];
const VERBS: &[&str] = &[
    "Verwaltung",
    "Abwicklung",
    "Auswertung",
    "Dokumentation",
    "Betreuung",
];
const OBJECTS: &[&str] = &[
    "Bewerbungen",
    "Kundenaufträge",
    "Supportanfragen",
    "Newsletter",
    "Reisekosten",
    "Zutrittskontrolle",
    "Schulungen",
    "Lieferantenverträge",
    "Webanalyse",
    "Videokonferenzen",
];

fn base_time() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2024, 1, 1, 8, 0, 0)
        .single()
        .unwrap_or_default()
}

fn date(days: i64) -> Option<NaiveDate> {
    Some(base_time().date_naive() + Duration::days(days))
}

fn toms() -> Vec<Tom> {
    (0..50)
        .map(|i| Tom {
            key: format!("tom-{i:03}"),
            goal: ProtectionGoal::ALL[i % ProtectionGoal::ALL.len()],
            title: format!("Maßnahme {i}"),
            description: Some(format!("Beschreibung der Maßnahme {i}")),
            version: 1,
        })
        .collect()
}

fn parties(count: usize, rng: &mut Rng) -> Vec<Party> {
    (0..count)
        .map(|i| {
            let (country, _) = *rng.pick(DESTINATIONS);
            let sub = (i > 0 && rng.chance(40)).then(|| SubProcessor {
                party: format!("party-{:05}", rng.below(i)),
                country: Some(rng.pick(DESTINATIONS).0.to_owned()),
                task: Some("Rechenzentrumsbetrieb".into()),
                mechanism: Some("art46-2-c".into()),
            });
            Party {
                key: format!("party-{i:05}"),
                name: format!("Dienstleister {i} GmbH"),
                address: Some(format!("Industriestraße {}, 10115 Berlin", i % 200 + 1)),
                country: Some(country.to_owned()),
                contact: Some(format!("datenschutz@dienstleister{i}.example")),
                processing_countries: Vec::new(),
                dpf_certified: country == "US" && rng.chance(50),
                dpf_checked_on: None,
                privacy_notice_url: None,
                certifications: if rng.chance(50) {
                    vec!["ISO 27001".into()]
                } else {
                    vec![]
                },
                agreement: Some(ProcessorAgreement {
                    signed_on: date(-(rng.below(1500) as i64)),
                    reference: Some(format!("AVV-{i}")),
                    location: Some("Vertragsmanagement".into()),
                    covers: if rng.chance(80) {
                        Art28Point::ALL.to_vec()
                    } else {
                        Art28Point::ALL[..6].to_vec()
                    },
                    subprocessors: sub.into_iter().collect(),
                    locations: vec!["EU".into()],
                    next_review: date(1100 + rng.below(700) as i64),
                    secrecy_obligation: false,
                }),
                notes: None,
                version: 1,
            }
        })
        .collect()
}

fn activity(i: usize, parties: usize, rng: &mut Rng) -> ProcessingActivity {
    let created = base_time() + Duration::minutes(i as i64);
    let name = format!("{} {} {i}", rng.pick(VERBS), rng.pick(OBJECTS));
    let mut a = ProcessingActivity::new(format!("VT-{i:05}"), name.clone());
    a.description = Some(format!("Synthetische Verarbeitungstätigkeit {i}: {name}."));
    a.department = Some(rng.pick(DEPARTMENTS).to_string());
    a.contact_person = Some(format!("Ansprechperson {}", i % 97));
    a.status = if rng.chance(90) {
        ActivityStatus::Active
    } else {
        ActivityStatus::Draft
    };
    a.purposes = (0..3)
        .map(|p| {
            let basis = rng.pick(BASES).to_string();
            // Chosen by position, not drawn, so the rest of the register stays
            // what the same seed gave before.
            let provision =
                (basis == "art6-1-c").then(|| OBLIGATIONS[(i + p) % OBLIGATIONS.len()].to_owned());
            Purpose {
                description: format!("Zweck {p} der Tätigkeit {i}"),
                legitimate_interests: (basis == "art6-1-f")
                    .then(|| "Effiziente Organisation".into()),
                consent_withdrawal: (basis == "art6-1-a").then(|| "Per E-Mail an den DSB".into()),
                consent_given: (basis == "art6-1-a").then(|| "Formular".into()),
                direct_marketing: false,
                legal_bases: if basis == "bdsg-26" {
                    vec![basis, "art6-1-b".into()]
                } else {
                    vec![basis]
                },
                legal_basis_note: provision,
            }
        })
        .collect();
    a.data_subjects = (0..2).map(|_| rng.pick(SUBJECTS).to_string()).collect();
    a.data_subjects.dedup();
    a.data_categories = (0..5)
        .map(|c| DataCategory {
            name: format!("{} {c}", rng.pick(CATEGORIES)),
            description: None,
            special: false,
            criminal: false,
            conditions: Vec::new(),
            retention: Some(RetentionRule {
                period: Some(Period {
                    amount: 1 + rng.below(10) as u32,
                    unit: PeriodUnit::Years,
                }),
                criterion: None,
                start_event: Some(RetentionStart::EndOfProcedure),
                starts_at: Some("Ende des Vorgangs".into()),
                deletion: Some("automatisch".into()),
                at_end: Some(RetentionEnd::Erasure),
            }),
        })
        .collect();
    a.source = DataSource {
        from_data_subject: Some(true),
        other_sources: None,
        publicly_accessible: None,
    };
    a.provision = Some(ProvisionRequirement {
        kind: ProvisionKind::Contractual,
        consequence: Some("Keine Bearbeitung möglich".into()),
    });
    a.automated_decisions = Some(AutomatedDecisions::None);
    let party = |rng: &mut Rng| format!("party-{:05}", rng.below(parties));
    a.recipients = vec![
        Recipient {
            role: RecipientRole::Internal,
            party: None,
            description: Some(rng.pick(DEPARTMENTS).to_string()),
            note: None,
            own_responsibility: None,
            ..Recipient::default()
        },
        Recipient {
            role: RecipientRole::Processor,
            party: Some(party(rng)),
            description: None,
            note: None,
            own_responsibility: None,
            ..Recipient::default()
        },
        Recipient {
            role: RecipientRole::Processor,
            party: Some(party(rng)),
            description: None,
            note: None,
            own_responsibility: None,
            ..Recipient::default()
        },
        Recipient {
            role: RecipientRole::PublicAuthority,
            party: None,
            description: Some("Finanzbehörden".into()),
            note: None,
            own_responsibility: None,
            ..Recipient::default()
        },
    ];
    a.transfers = (0..1 + rng.below(2))
        .map(|_| {
            let (country, mechanism) = *rng.pick(DESTINATIONS);
            Transfer {
                recipient: Some(party(rng)),
                country: country.into(),
                mechanism: Some(mechanism.into()),
                scc_module: (mechanism == "art46-2-c").then_some(2),
                tia_date: (mechanism != "art45").then(|| date(-30)).flatten(),
                tia_result: (mechanism != "art45").then(|| "Schutzniveau gewährleistet".into()),
                ..Transfer::default()
            }
        })
        .collect();
    a.toms = {
        let first = rng.below(45);
        (first..first + 5).map(|t| format!("tom-{t:03}")).collect()
    };
    a.dpia = Dpia {
        required: Some(false),
        reason: Some("Kein hohes Risiko".into()),
        ..Dpia::default()
    };
    a.created_at = created;
    a.updated_at = created;
    a.last_reviewed = date(-(rng.below(365) as i64));
    // Reviews fall due from 2027 on, so benchmarks see a register in good order.
    a.next_review = date(1100 + rng.below(700) as i64);
    a.version = 1;
    a
}

/// A register with `n` activities, `n / 7` (at least one) processors with
/// agreements, 50 TOMs and a history row for every tenth activity.
pub fn synthetic_register(n: usize, seed: u64) -> Register {
    let mut rng = Rng(seed);
    let party_count = (n / 7).max(1);
    let parties = parties(party_count, &mut rng);
    let activities: Vec<_> = (0..n).map(|i| activity(i, party_count, &mut rng)).collect();
    let history = activities
        .iter()
        .step_by(10)
        .enumerate()
        .map(|(i, a)| ChangeRecord {
            id: i as i64 + 1,
            at: a.created_at,
            user: "synthetic".into(),
            entity: EntityKind::Activity,
            key: a.key.clone(),
            action: ChangeAction::Update,
            changes: vec![FieldChange {
                field: "name".into(),
                old: json!(format!("Alter Name {}", a.key)),
                new: json!(a.name),
            }],
        })
        .collect();
    Register {
        organisation: Organisation {
            controller: Controller {
                name: "Synthetische Gruppe AG".into(),
                address: Some("Konzernallee 1, 60311 Frankfurt am Main".into()),
                email: Some("datenschutz@gruppe.example".into()),
                phone: Some("+49 69 000000".into()),
                website: Some("https://gruppe.example".into()),
                public_body: false,
            },
            dpo: Some(Dpo {
                name: "Konzerndatenschutzbeauftragte".into(),
                external: false,
                organisation: None,
                address: Some("Konzernallee 1, 60311 Frankfurt am Main".into()),
                email: Some("dsb@gruppe.example".into()),
                phone: None,
            }),
            authority: Some("DE-HE".into()),
            version: 1,
            ..Organisation::default()
        },
        toms: toms(),
        parties,
        activities,
        history,
        publications: Vec::new(),
        processor_activities: Vec::new(),
        translations: Vec::new(),
    }
}

/// Gives every translatable text of `register` an English translation made
/// from its German text as it stands (the German text with a mark: the
/// benchmarks measure the work, not the words), as a register translated
/// completely has them.
pub fn translate(register: &mut Register) {
    register.translations = crate::translation::texts(register, None, crate::Lang::En)
        .into_iter()
        .map(|t| Translation {
            source_hash: crate::translation::fingerprint(&t.source),
            text: format!("{} (en)", t.source),
            entity: t.entity,
            key: t.key,
            field: t.field,
            lang: crate::translation::TARGET,
        })
        .collect();
}
