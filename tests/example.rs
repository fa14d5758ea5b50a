//! The example register must carry the seed notice's facts (Integrata Cegos
//! GmbH, online meetings via Jitsi, Webex and Teams, "Stand" 19.02.2021) one by
//! one — and must not invent what the notice does not say.

use vvt::example::example_register;
use vvt::{
    ActivityStatus, DataCategory, Period, PeriodUnit, ProcessingActivity, ProvisionKind,
    RecipientRole, Register, RetentionRule,
};

fn reg() -> Register {
    example_register()
}

fn act<'a>(r: &'a Register, key: &str) -> &'a ProcessingActivity {
    r.activity(key)
        .unwrap_or_else(|| panic!("the seed describes a tool recorded as activity '{key}'"))
}

fn cat<'a>(a: &'a ProcessingActivity, name: &str) -> &'a DataCategory {
    a.data_categories
        .iter()
        .find(|c| c.name == name)
        .unwrap_or_else(|| {
            panic!(
                "{}: the seed lists the data category '{name}' (have: {:?})",
                a.key,
                a.data_categories
                    .iter()
                    .map(|c| &c.name)
                    .collect::<Vec<_>>()
            )
        })
}

fn retention<'a>(a: &'a ProcessingActivity, name: &str) -> &'a RetentionRule {
    cat(a, name)
        .retention
        .as_ref()
        .unwrap_or_else(|| panic!("{}: the seed gives an erasure rule for '{name}'", a.key))
}

fn bases(a: &ProcessingActivity) -> Vec<&str> {
    a.purposes
        .iter()
        .flat_map(|p| p.legal_bases.iter().map(String::as_str))
        .collect()
}

const ALL: [&str; 3] = ["meetings-jitsi", "meetings-webex", "meetings-teams"];

// ---------------------------------------------------------------- header ---

#[test]
fn controller_is_integrata_cegos_in_stuttgart() {
    let r = reg();
    let c = &r.organisation.controller;
    assert_eq!(
        c.name, "Integrata Cegos GmbH",
        "section 1 names the controller"
    );
    let addr = c
        .address
        .as_deref()
        .expect("the seed gives the address at Zettachring 4");
    assert!(
        addr.contains("Zettachring 4"),
        "street from section 1.1: {addr}"
    );
    assert!(
        addr.contains("70567 Stuttgart"),
        "postcode and city from section 1.1: {addr}"
    );
    assert!(!c.public_body, "a GmbH is a private-sector controller");
    assert_eq!(
        c.email, None,
        "the seed gives no e-mail for the controller itself, only for the DPO"
    );
    assert_eq!(c.phone, None, "the seed gives no phone number");
}

#[test]
fn dpo_is_internal_function_with_address_and_mail() {
    let r = reg();
    let dpo = r
        .organisation
        .dpo
        .as_ref()
        .expect("section 1.1 names a DPO");
    assert_eq!(
        dpo.name, "Datenschutzbeauftragter",
        "the seed names the function, not a person"
    );
    assert!(
        !dpo.external,
        "the DPO is reached at the controller's own address"
    );
    assert_eq!(
        dpo.address.as_deref(),
        Some("Zettachring 4, 70567 Stuttgart"),
        "DPO postal address from section 1.1 (company and function are the controller's and the DPO's name)"
    );
    assert_eq!(
        dpo.email.as_deref(),
        Some("datenschutz@integrata-cegos.de"),
        "DPO e-mail from section 1.1"
    );
    assert_eq!(dpo.phone, None, "the seed gives no DPO phone number");
}

#[test]
fn notice_date_is_the_seeds_stand() {
    assert_eq!(
        reg().organisation.notice_date,
        chrono::NaiveDate::from_ymd_opt(2021, 2, 19),
        "the seed ends with 'Stand: 19.02.2021'"
    );
}

#[test]
fn no_supervisory_authority_is_invented() {
    let r = reg();
    assert_eq!(
        r.organisation.authority, None,
        "section 9 mentions a complaint right but names no authority"
    );
    assert!(
        r.organisation.representative.is_none(),
        "no EU representative in the seed"
    );
    assert!(
        r.organisation.joint_controllers.is_empty(),
        "no joint controller in the seed"
    );
}

#[test]
fn register_is_fresh_and_unsaved() {
    let r = reg();
    assert!(r.history.is_empty(), "the example has no change history");
    assert_eq!(r.organisation.version, 0, "nothing saved yet");
    assert!(r.parties.iter().all(|p| p.version == 0), "parties unsaved");
    assert!(r.toms.iter().all(|t| t.version == 0), "TOMs unsaved");
    for a in &r.activities {
        assert_eq!(a.version, 0, "{}: unsaved", a.key);
        assert_eq!(
            a.created_at, a.updated_at,
            "{}: created and last changed together",
            a.key
        );
        assert!(
            a.last_reviewed.is_none() && a.next_review.is_none(),
            "{}: the seed records no review dates",
            a.key
        );
    }
}

// ------------------------------------------------------------ activities ---

#[test]
fn three_active_activities_with_the_agreed_keys() {
    let r = reg();
    let keys: Vec<&str> = r.activities.iter().map(|a| a.key.as_str()).collect();
    assert_eq!(
        keys, ALL,
        "one activity per tool the seed describes, in its order"
    );
    for a in &r.activities {
        assert_eq!(
            a.status,
            ActivityStatus::Active,
            "{}: the notice is in force",
            a.key
        );
        assert!(
            a.description.is_some(),
            "{}: the seed describes each tool",
            a.key
        );
        assert!(!a.data_subjects.is_empty(), "{}: data subjects", a.key);
        assert!(
            a.data_categories.iter().all(|c| !c.special && !c.criminal),
            "{}: the seed names no Art. 9 or Art. 10 data",
            a.key
        );
        assert!(
            a.automated_decisions.is_none(),
            "{}: the seed says nothing about automated decisions",
            a.key
        );
        assert_eq!(
            a.dpia.required, None,
            "{}: the seed records no DPIA decision",
            a.key
        );
        assert_eq!(
            a.department, None,
            "{}: the seed names no department",
            a.key
        );
    }
    assert!(act(&r, "meetings-jitsi").name.contains("Jitsi"));
    assert!(act(&r, "meetings-webex").name.contains("Webex"));
    assert!(act(&r, "meetings-teams").name.contains("Teams"));
}

#[test]
fn section_5_legal_bases_apply_to_all_three_tools() {
    let r = reg();
    for key in ALL {
        let a = act(&r, key);
        let b = bases(a);
        assert!(
            b.contains(&"bdsg-26"),
            "{key}: § 26 BDSG for employees' data (section 5)"
        );
        assert!(
            b.contains(&"art6-1-b"),
            "{key}: Art. 6(1)(b) within contracts (section 5)"
        );
        assert!(
            b.contains(&"art6-1-f"),
            "{key}: Art. 6(1)(f) otherwise (section 5)"
        );
        for p in a
            .purposes
            .iter()
            .filter(|p| p.legal_bases.iter().any(|b| b == "art6-1-f"))
        {
            assert_eq!(
                p.legitimate_interests.as_deref(),
                Some("effektive Durchführung von Online-Meetings"),
                "{key}: every Art. 6(1)(f) purpose carries the interest section 5 names: {}",
                p.description
            );
        }
        let f_count = a
            .purposes
            .iter()
            .filter(|p| p.legal_bases.iter().any(|b| b == "art6-1-f"))
            .count();
        assert_eq!(
            f_count, 2,
            "{key}: section 5 uses Art. 6(1)(f) twice (employees' non-employment data, no contract)"
        );
    }
}

#[test]
fn recordings_rest_on_announced_consent_where_the_seed_says_so() {
    let r = reg();
    for key in ["meetings-jitsi", "meetings-teams"] {
        let a = act(&r, key);
        let p = a
            .purposes
            .iter()
            .find(|p| p.description.contains("Aufzeichnung"))
            .unwrap_or_else(|| panic!("{key}: the seed describes recording with consent"));
        assert_eq!(p.legal_bases, ["art6-1-a"], "{key}: recording with consent");
        let given = p
            .consent_given
            .as_deref()
            .expect("how consent is asked for");
        assert!(
            given.contains("vorher"),
            "{key}: recording is announced beforehand: {given}"
        );
        assert_eq!(
            p.consent_withdrawal, None,
            "{key}: the seed does not say how to withdraw; the checks should flag it"
        );
    }
    let teams = act(&r, "meetings-teams");
    assert!(
        teams
            .purposes
            .iter()
            .any(|p| p.description.contains("E-Mail, Post") && p.legal_bases == ["art6-1-a"]),
        "Teams: extra contact data are collected with consent (section 4.2)"
    );
}

// ---------------------------------------------------------------- Jitsi ---

#[test]
fn jitsi_data_categories() {
    let r = reg();
    let a = act(&r, "meetings-jitsi");
    for name in [
        "Name der Teilnehmenden",
        "Audio-, Video- und Chatinhalte",
        "IP-Adresse",
        "Meeting-Name und ggf. Passwort",
        "E-Mail-Adresse (optional)",
    ] {
        cat(a, name);
    }
    assert_eq!(
        a.data_categories.len(),
        5,
        "section 2.2 lists exactly these five"
    );
    let ip = cat(a, "IP-Adresse");
    assert!(
        ip.description
            .as_deref()
            .unwrap_or("")
            .contains("nicht protokolliert"),
        "IP logging is switched off on the Jitsi server"
    );
    assert!(
        ip.retention.is_none(),
        "the seed gives no erasure period for the IP address"
    );
    assert!(cat(a, "E-Mail-Adresse (optional)")
        .description
        .as_deref()
        .unwrap()
        .contains("Gravatar"));
}

#[test]
fn jitsi_name_is_deleted_after_participation() {
    let r = reg();
    let a = act(&r, "meetings-jitsi");
    let rule = retention(a, "Name der Teilnehmenden");
    let crit = rule.criterion.as_deref().unwrap();
    assert!(
        crit.contains("Dauer der Teilnahme"),
        "kept only while taking part: {crit}"
    );
    assert!(crit.contains("gelöscht"), "then deleted: {crit}");
    assert_eq!(rule.period, None, "the seed gives no number");
    assert!(rule.starts_at.as_deref().unwrap().contains("Teilnahme"));

    let meeting = retention(a, "Meeting-Name und ggf. Passwort");
    assert!(meeting
        .criterion
        .as_deref()
        .unwrap()
        .contains("Ende des jeweiligen Online-Meetings"));
    let content = retention(a, "Audio-, Video- und Chatinhalte");
    assert!(content.criterion.as_deref().unwrap().contains("während"));
}

#[test]
fn jitsi_sends_to_automattic_in_the_us_as_independent_controller() {
    let r = reg();
    let a = act(&r, "meetings-jitsi");
    let gravatar = a
        .recipients
        .iter()
        .find(|x| x.party.as_deref() == Some("automattic"))
        .expect("section 2.4: Gravatar of Automattic Inc.");
    assert_eq!(
        gravatar.role,
        RecipientRole::IndependentController,
        "section 2.4: no processing on behalf, the provider decides purposes and means"
    );
    assert!(
        gravatar.note.as_deref().unwrap().contains("E-Mail-Adresse"),
        "only with an e-mail"
    );

    let party = r.party("automattic").expect("Automattic recorded as party");
    assert_eq!(party.name, "Automattic Inc.");
    assert_eq!(
        party.country.as_deref(),
        Some("US"),
        "the seed says Automattic Inc. (USA)"
    );
    assert!(
        !party.dpf_certified,
        "the seed says nothing about DPF certification"
    );
    assert!(
        party.agreement.is_none(),
        "not a processor, so no Art. 28 agreement"
    );

    assert_eq!(
        a.transfers.len(),
        1,
        "Jitsi itself runs on an own server; only Gravatar leaves"
    );
    let t = &a.transfers[0];
    assert_eq!(t.recipient.as_deref(), Some("automattic"));
    assert_eq!(t.country, "US");
    assert_eq!(
        t.mechanism, None,
        "the seed names no safeguard; the checks should flag it"
    );
    assert!(t.note.as_deref().unwrap().contains("Gravatar"));

    assert!(
        a.recipients.iter().any(|x| x.party.is_none()
            && x.description.as_deref().unwrap_or("").contains("Kunden")),
        "section 2.4: content meant to be passed on reaches customers, prospects, third parties"
    );
}

#[test]
fn jitsi_toms_are_encryption_and_no_ip_logging() {
    let r = reg();
    let a = act(&r, "meetings-jitsi");
    assert!(
        a.toms.iter().any(|t| t == "tom-transport-encryption"),
        "section 2.5"
    );
    assert!(
        a.toms.iter().any(|t| t == "tom-no-ip-logging"),
        "section 2.2"
    );
    assert_eq!(
        r.tom("tom-transport-encryption").unwrap().goal,
        vvt::ProtectionGoal::Encryption
    );
    assert!(
        a.notes.as_deref().unwrap().contains("Drittland"),
        "routing outside the EU cannot be excluded (section 2.5)"
    );
}

// ---------------------------------------------------------------- Webex ---

#[test]
fn webex_data_categories() {
    let r = reg();
    let a = act(&r, "meetings-webex");
    let user = cat(a, "Angaben zum Benutzer")
        .description
        .as_deref()
        .unwrap();
    for f in ["Name", "E-Mail-Adresse", "Firma"] {
        assert!(user.contains(f), "section 3.2 user details include {f}");
    }
    assert!(cat(a, "Meeting-Metadaten")
        .description
        .as_deref()
        .unwrap()
        .contains("IP-Adresse"));
    let rec = cat(a, "Aufzeichnungen (optional)")
        .description
        .as_deref()
        .unwrap();
    for f in ["MP4", "M4A", "Textdatei"] {
        assert!(rec.contains(f), "recordings consist of {f}");
    }
    let phone = cat(a, "Daten bei Einwahl per Telefon")
        .description
        .as_deref()
        .unwrap();
    for f in ["Rufnummer", "Ländername", "Beginn und Ende", "IP-Adresse"] {
        assert!(phone.contains(f), "dial-in data include {f}");
    }
    cat(a, "Texteingaben (Chat, Fragen, Umfragen)");
    cat(a, "Audio- und Videodaten");
    assert!(
        a.data_categories
            .iter()
            .filter(|c| c.name != "Audio- und Videodaten")
            .all(|c| c.retention.is_none()),
        "section 3 gives no erasure periods except 'during the meeting' for audio and video"
    );
}

#[test]
fn webex_needs_a_name_to_enter() {
    let r = reg();
    let p = act(&r, "meetings-webex")
        .provision
        .as_ref()
        .expect("section 3.2: a name is required");
    assert_eq!(
        p.kind,
        ProvisionKind::Voluntary,
        "a technical precondition, not a law or contract"
    );
    assert!(p.consequence.as_deref().unwrap().contains("Namen"));
    assert!(
        act(&r, "meetings-jitsi").provision.is_none(),
        "not stated for Jitsi"
    );
    assert!(
        act(&r, "meetings-teams").provision.is_none(),
        "not stated for Teams"
    );
}

#[test]
fn webex_uses_cisco_as_processor_with_sccs() {
    let r = reg();
    let a = act(&r, "meetings-webex");
    assert_eq!(a.recipients.len(), 1, "section 3 names only Cisco");
    assert_eq!(a.recipients[0].role, RecipientRole::Processor);
    assert_eq!(a.recipients[0].party.as_deref(), Some("cisco"));

    let cisco = r.party("cisco").expect("Cisco recorded as party");
    assert_eq!(cisco.name, "Cisco Systems, Inc.");
    assert_eq!(
        cisco.address.as_deref(),
        Some("170 West Tasman Dr., San Jose, CA 95134, USA"),
        "address as section 3.2 gives it"
    );
    assert_eq!(cisco.country.as_deref(), Some("US"));
    let avv = cisco
        .agreement
        .as_ref()
        .expect("section 3.2: an AVV was concluded");
    assert_eq!(avv.signed_on, None, "the seed gives no date");
    assert!(avv
        .reference
        .as_deref()
        .unwrap()
        .contains("Standardvertragsklauseln"));

    assert_eq!(a.transfers.len(), 1);
    let t = &a.transfers[0];
    assert_eq!(t.recipient.as_deref(), Some("cisco"));
    assert_eq!(t.country, "US");
    assert_eq!(
        t.mechanism.as_deref(),
        Some("art46-2-c"),
        "EU standard contractual clauses"
    );
    assert_eq!(t.scc_module, None, "the seed names no module");
    assert!(
        a.recipients[0]
            .own_responsibility
            .as_deref()
            .is_some_and(|o| o.contains("selbst erhebt")),
        "Cisco collects its own data, stated publicly"
    );
    assert!(a.toms.is_empty(), "section 3 names no measure");
}

// ---------------------------------------------------------------- Teams ---

#[test]
fn teams_data_categories() {
    let r = reg();
    let a = act(&r, "meetings-teams");
    let user = cat(a, "Angaben zum Benutzer")
        .description
        .as_deref()
        .unwrap();
    for f in [
        "Anzeigename",
        "E-Mail-Adresse",
        "Profilbild",
        "bevorzugte Sprache",
    ] {
        assert!(user.contains(f), "section 4.2 user details include {f}");
    }
    let meta = cat(a, "Meeting-Metadaten").description.as_deref().unwrap();
    for f in ["Datum", "Uhrzeit", "Meeting-ID", "Telefonnummer", "Ort"] {
        assert!(meta.contains(f), "meeting metadata include {f}");
    }
    let account = cat(a, "Daten des Nutzerkontos")
        .description
        .as_deref()
        .unwrap();
    for f in [
        "E-Mail-Adresse",
        "Passwort",
        "Zugehörigkeit zu Teams",
        "Rollen und Rechte",
    ] {
        assert!(account.contains(f), "account data include {f}");
    }
    let content = cat(a, "Erstellte und geteilte Inhalte")
        .description
        .as_deref()
        .unwrap();
    for f in ["Dateien", "Kalendereinträge", "Aufgaben", "Word", "OneNote"] {
        assert!(content.contains(f), "shared content includes {f}");
    }
    for name in [
        "Chatnachrichten",
        "Audio- und Videodaten",
        "Bildschirmfreigabe",
        "Inhalte in Teams und Gruppenchats",
        "Technische Nutzungsdaten",
        "Aufzeichnungen (Ton- und Bilddaten)",
        "Zusätzlich erhobene Kontaktdaten",
    ] {
        cat(a, name);
    }
}

#[test]
fn teams_deletion_rules() {
    let r = reg();
    let a = act(&r, "meetings-teams");

    let account = retention(a, "Daten des Nutzerkontos");
    assert_eq!(
        account.period,
        Some(Period {
            amount: 3,
            unit: PeriodUnit::Months
        }),
        "deleted within three months after the relationship ends"
    );
    assert!(account.starts_at.as_deref().unwrap().contains("Verhältnis"));
    assert!(
        account.deletion.as_deref().unwrap().contains("90 Tage"),
        "deletion from Microsoft's systems is complete 90 days later"
    );
    assert_eq!(
        retention(a, "Erstellte und geteilte Inhalte"),
        account,
        "same rule for own content"
    );

    let team = retention(a, "Inhalte in Teams und Gruppenchats");
    assert_eq!(
        team.period,
        Some(Period {
            amount: 5,
            unit: PeriodUnit::Years
        }),
        "teams are deleted at the latest 5 years after the project ended"
    );
    assert!(team
        .criterion
        .as_deref()
        .unwrap()
        .contains("solange das Team besteht"));
    assert!(team.starts_at.as_deref().unwrap().contains("Projektzeit"));

    let rec = retention(a, "Aufzeichnungen (Ton- und Bilddaten)");
    assert_eq!(
        rec.period, None,
        "no number: as long as the purpose needs them"
    );
    assert!(rec.criterion.as_deref().unwrap().contains("Zweck"));

    let chat = a
        .data_categories
        .iter()
        .find(|c| c.name == "Chatnachrichten")
        .expect("chat");
    assert!(
        chat.description
            .as_deref()
            .is_some_and(|d| d.contains("Konto des anderen")),
        "chats last as long as the other user's account"
    );
}

#[test]
fn teams_source_includes_public_sources() {
    let r = reg();
    let a = act(&r, "meetings-teams");
    assert_eq!(a.source.from_data_subject, Some(true));
    assert!(a
        .source
        .other_sources
        .as_deref()
        .unwrap()
        .contains("Internet"));
    assert_eq!(
        a.source.publicly_accessible,
        Some(true),
        "section 4.2: publicly accessible source"
    );
    for key in ["meetings-jitsi", "meetings-webex"] {
        let s = &act(&r, key).source;
        assert_eq!(
            s.from_data_subject,
            Some(true),
            "{key}: data come from the participant"
        );
        assert_eq!(s.other_sources, None, "{key}: no other source stated");
    }
}

#[test]
fn teams_uses_microsoft_as_processor_with_eu_storage_and_sccs() {
    let r = reg();
    let a = act(&r, "meetings-teams");
    let ms = a
        .recipients
        .iter()
        .find(|x| x.party.as_deref() == Some("microsoft"))
        .expect("section 4.4: Microsoft receives the data");
    assert_eq!(ms.role, RecipientRole::Processor, "under our AVV");
    let internal = a
        .recipients
        .iter()
        .find(|x| x.role == RecipientRole::Internal)
        .expect("section 4.2: additionally collected data go to sales and order processing");
    let d = internal.description.as_deref().unwrap();
    assert!(
        d.contains("Vertrieb") && d.contains("Auftragsabwicklung"),
        "{d}"
    );

    let party = r.party("microsoft").expect("Microsoft recorded as party");
    assert_eq!(party.name, "Microsoft Corporation");
    assert_eq!(
        party.address, None,
        "the seed gives no address for Microsoft"
    );
    assert_eq!(party.country.as_deref(), Some("US"));
    let avv = party
        .agreement
        .as_ref()
        .expect("section 4.4 mentions the AVV");
    assert_eq!(
        avv.locations,
        ["Rechenzentren in der Europäischen Union"],
        "section 4.5"
    );
    assert_eq!(avv.signed_on, None, "no date in the seed");

    assert_eq!(a.transfers.len(), 1);
    let t = &a.transfers[0];
    assert_eq!(t.recipient.as_deref(), Some("microsoft"));
    assert_eq!(t.country, "US");
    assert_eq!(
        t.mechanism.as_deref(),
        Some("art46-2-c"),
        "EU standard contracts with Microsoft"
    );
    let note = t.note.as_deref().unwrap();
    assert!(
        note.contains("Rechenzentren in der EU"),
        "storage restricted to the EU: {note}"
    );
    assert!(
        note.contains("nicht ausschließen"),
        "routing outside the EU possible: {note}"
    );
    assert_eq!(
        a.toms,
        ["tom-transport-encryption"],
        "section 4.5: encrypted in transit"
    );
    assert!(
        a.recipients[0]
            .own_responsibility
            .as_deref()
            .is_some_and(|o| o.contains("Website")),
        "website visit: Microsoft responsible, stated publicly"
    );
    assert!(
        a.access
            .as_deref()
            .is_some_and(|w| w.contains("Alle Teilnehmenden")),
        "who sees the content, stated publicly"
    );
}

// ------------------------------------------------------------ integrity ---

#[test]
fn every_reference_resolves() {
    let r = reg();
    for a in &r.activities {
        for rc in &a.recipients {
            if let Some(p) = &rc.party {
                assert!(
                    r.party(p).is_some(),
                    "{}: recipient party '{p}' is recorded",
                    a.key
                );
            }
        }
        for t in &a.transfers {
            let p = t
                .recipient
                .as_deref()
                .expect("each transfer names its recipient");
            assert!(
                r.party(p).is_some(),
                "{}: transfer recipient '{p}' is recorded",
                a.key
            );
            assert!(
                a.recipients.iter().any(|rc| rc.party.as_deref() == Some(p)),
                "{}: a transfer goes to a listed recipient",
                a.key
            );
            assert_eq!(t.country.len(), 2, "ISO alpha-2 country code");
        }
        for tom in &a.toms {
            assert!(
                r.tom(tom).is_some(),
                "{}: TOM '{tom}' is in the catalog",
                a.key
            );
        }
    }
    assert_eq!(r.toms.len(), 2, "the seed mentions two measures");
    assert_eq!(r.parties.len(), 3, "Automattic, Cisco, Microsoft");
}

#[test]
fn survives_a_json_round_trip() {
    let r = reg();
    let json = serde_json::to_string(&r).expect("serialises");
    let back: Register =
        serde_json::from_str(&json).expect("deserialises with deny_unknown_fields");
    assert_eq!(
        back, r,
        "the example is plain data and round-trips unchanged"
    );
}

// ---------------------------------------------------------------- wording ---

/// Everything but `notes` reaches the register print for the authority or
/// the public notice; remarks on what the seed notice says or leaves out
/// mean nothing to their readers and belong in `notes`.
#[test]
fn printed_texts_do_not_comment_on_the_seed_notice() {
    for a in &reg().activities {
        let mut printed = serde_json::to_value(a).expect("serialises");
        if let Some(fields) = printed.as_object_mut() {
            fields.remove("notes");
        }
        let text = printed.to_string();
        for remark in ["Hinweis", "Abschnitt"] {
            assert!(
                !text.contains(remark),
                "{}: '{remark}' in a printed field; a remark on the seed belongs in notes",
                a.key
            );
        }
    }
}

/// The print sets criterion and deletion after "; " and "Löschung: ", the
/// notice after a label: they continue a line, so they start in lower case.
#[test]
fn retention_texts_continue_a_line() {
    for a in &reg().activities {
        for c in &a.data_categories {
            let Some(rule) = &c.retention else { continue };
            for text in rule.criterion.iter().chain(&rule.deletion) {
                assert!(
                    text.starts_with(char::is_lowercase),
                    "{} / {}: '{text}' continues a printed line",
                    a.key,
                    c.name
                );
            }
        }
    }
}
