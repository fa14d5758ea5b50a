//! Completeness: for every Art. 13/14 item, a register that lacks it gets it
//! reported (activity, item, article, field) instead of silently left out.

use crate::notice_support;

use notice_support::*;
use vvt::example::{CISCO, JITSI, TEAMS, WEBEX};
use vvt::notice::{self, render_html};
use vvt::*;

fn pair(item: &str, field: &str) -> (String, String) {
    (item.to_owned(), field.to_owned())
}

#[test]
fn the_complete_register_misses_nothing() {
    for lang in [Lang::De, Lang::En] {
        let n = notice(&complete_register(), lang);
        assert!(
            n.missing.is_empty(),
            "nothing may be reported: {:?}",
            n.missing
        );
        let html = render_html(&n).expect("renders");
        assert!(!html.contains("class=\"missing\""), "and nothing marked");
    }
}

#[test]
fn item_13_1_a_controller_identity_and_contact() {
    let mut r = complete_register();
    r.organisation.controller.name = " ".into();
    r.organisation.controller.address = None;
    r.organisation.controller.email = None;
    let n = notice(&r, Lang::De);
    assert_eq!(
        reported(&n, None),
        vec![
            pair("13-1-a", "controller.name"),
            pair("13-1-a", "controller.address"),
        ]
    );
    // A postal address meets Art. 13(1)(a): the e-mail address is recommended.
    assert_eq!(
        n.recommended
            .iter()
            .map(|m| pair(&m.item, &m.field))
            .collect::<Vec<_>>(),
        vec![pair("13-1-a", "controller.email")]
    );
    assert_eq!(n.missing[0].article, "Art. 13 Abs. 1 lit. a DSGVO");
    assert_eq!(
        notice(&r, Lang::En).missing[0].article,
        "Art. 13(1)(a) GDPR"
    );
}

#[test]
fn item_13_1_b_data_protection_officer() {
    let mut r = complete_register();
    r.organisation.dpo = None;
    let n = notice(&r, Lang::De);
    assert_eq!(reported(&n, None), vec![pair("13-1-b", "dpo")]);
    let html = render_html(&n).expect("renders");
    assert!(!html.contains("id=\"dpo\""), "no DPO section without a DPO");
    assert!(html.contains("data-field=\"dpo\""), "but the gap is marked");
    assert_eq!(
        n.missing[0].message,
        "kein Datenschutzbeauftragter erfasst; muss keiner benannt werden (Art. 37 DSGVO, \
         § 38 BDSG), erfassen Sie im Kopf des Verzeichnisses den Grund dafür",
        "the DPO gap says in plain German what to decide"
    );
    assert!(
        notice(&r, Lang::En).missing[0]
            .message
            .contains("(Art. 37 GDPR, Section 38 BDSG)"),
        "and in English"
    );

    // An organisation not obliged to designate one records why: the notice
    // then says in every format that none is designated, and reports nothing.
    let mut r = complete_register();
    r.organisation.dpo = None;
    r.organisation.no_dpo_reason = Some("Weniger als 20 Personen verarbeiten Daten".into());
    for (lang, sentence) in [
        (Lang::De, "haben keinen benannt"),
        (Lang::En, "have not designated one"),
    ] {
        let n = notice(&r, lang);
        assert!(n.missing.is_empty(), "nothing reported: {:?}", n.missing);
        let html = render_html(&n).expect("renders");
        assert!(
            html.contains(sentence),
            "{lang:?} HTML says no DPO is designated"
        );
        assert!(!html.contains("id=\"dpo\""), "and has no DPO section");
        assert!(
            !html.contains("Weniger als 20"),
            "the internal reason is not published"
        );
        let md = notice::render_markdown(&n).expect("renders");
        assert!(md.contains(sentence), "{lang:?} Markdown says it too");
        let typ = notice::render_typst(&n).expect("renders");
        assert!(typ.contains(sentence), "{lang:?} and the PDF's source");
    }
    // A public body must designate one (Art. 37(1)(a)): its reason does not
    // stand, the notice claims nothing and still reports the item.
    r.organisation.controller.public_body = true;
    let n = notice(&r, Lang::De);
    assert_eq!(reported(&n, None), vec![pair("13-1-b", "dpo")]);
    assert!(!render_html(&n)
        .expect("renders")
        .contains("haben keinen benannt"));

    let mut r = complete_register();
    if let Some(d) = r.organisation.dpo.as_mut() {
        d.address = None;
        d.email = None;
        d.phone = None;
    }
    assert_eq!(
        reported(&notice(&r, Lang::De), None),
        vec![pair("13-1-b", "dpo.email")]
    );
}

#[test]
fn item_13_1_c_purposes_and_their_legal_basis() {
    let mut r = complete_register();
    activity_mut(&mut r, WEBEX).purposes.clear();
    activity_mut(&mut r, TEAMS).purposes[2].legal_bases.clear();
    activity_mut(&mut r, JITSI).purposes[0].description = String::new();
    let n = notice(&r, Lang::De);
    assert_eq!(reported(&n, Some(WEBEX)), vec![pair("13-1-c", "purposes")]);
    assert_eq!(
        reported(&n, Some(TEAMS)),
        vec![pair("13-1-c", "purposes[2].legal_bases")]
    );
    assert_eq!(
        reported(&n, Some(JITSI)),
        vec![pair("13-1-c", "purposes[0].description")]
    );

    // A free-text basis (national or sector law) beside the Art. 6 basis it
    // gives effect to answers the item.
    let mut r = complete_register();
    let p = &mut activity_mut(&mut r, TEAMS).purposes[2];
    p.legal_bases = vec!["art6-1-c".into()];
    p.legal_basis_note = Some("§ 147 AO".into());
    let missing = notice(&r, Lang::De).missing;
    assert!(missing.is_empty(), "{missing:#?}");
    // Alone it is no basis the checks accept, so the notice marks it too.
    activity_mut(&mut r, TEAMS).purposes[2].legal_bases.clear();
    let missing = notice(&r, Lang::De).missing;
    assert_eq!(missing.len(), 1, "{missing:#?}");
    assert_eq!(missing[0].rule.as_deref(), Some("purpose-no-legal-basis"));
}

#[test]
fn item_13_1_d_legitimate_interests() {
    let mut r = complete_register();
    activity_mut(&mut r, JITSI).purposes[1].legitimate_interests = None;
    assert_eq!(
        reported(&notice(&r, Lang::De), Some(JITSI)),
        vec![pair("13-1-d", "purposes[1].legitimate_interests")]
    );
}

#[test]
fn item_13_1_e_recipients() {
    let mut r = complete_register();
    activity_mut(&mut r, WEBEX).recipients.clear();
    let jitsi = activity_mut(&mut r, JITSI);
    jitsi.recipients[1].party = None;
    jitsi.recipients[1].description = None;
    let n = notice(&r, Lang::De);
    assert_eq!(
        reported(&n, Some(WEBEX)),
        vec![pair("13-1-e", "recipients")]
    );
    assert_eq!(
        reported(&n, Some(JITSI)),
        vec![pair("13-1-e", "recipients[1].party")]
    );
}

#[test]
fn item_13_1_f_third_country_transfers() {
    let mut r = complete_register();
    activity_mut(&mut r, JITSI).transfers[0].mechanism = None;
    activity_mut(&mut r, TEAMS).transfers[0].mechanism = Some("privacy-shield".into());
    let n = notice(&r, Lang::De);
    assert_eq!(
        reported(&n, Some(JITSI)),
        vec![pair("13-1-f", "transfers[0].mechanism")]
    );
    assert_eq!(
        reported(&n, Some(TEAMS)),
        vec![pair("13-1-f", "transfers[0].mechanism")],
        "Privacy Shield no longer carries a transfer (C-311/18)"
    );

    // A DPF-certified US recipient is covered by the adequacy decision; a
    // country with full adequacy or in the EEA needs no safeguard.
    let mut r = complete_register();
    activity_mut(&mut r, JITSI).transfers[0].mechanism = None;
    let party = r
        .parties
        .iter_mut()
        .find(|p| p.key == GRAVATAR)
        .expect("party");
    party.dpf_certified = true;
    party.dpf_checked_on = Some(stand());
    let webex = activity_mut(&mut r, WEBEX);
    webex.transfers[0].mechanism = None;
    webex.transfers[0].country = "CH".into();
    activity_mut(&mut r, TEAMS).transfers[0].country = "NO".into();
    let n = notice(&r, Lang::De);
    assert!(n.missing.is_empty(), "{:?}", n.missing);
    let jitsi = &n.activities[0].transfers[0];
    assert!(jitsi.adequacy_applies, "DPF certification puts it in scope");
    assert!(
        !n.activities[2].transfers[0].third_country,
        "Norway is in the EEA"
    );
}

#[test]
fn item_13_1_f_us_transfers_name_the_certification_that_is_not_recorded() {
    let mut r = complete_register();
    activity_mut(&mut r, JITSI).transfers[0].mechanism = None;
    let n = notice(&r, Lang::De);
    assert_eq!(
        reported(&n, Some(JITSI)),
        vec![pair("13-1-f", "transfers[0].mechanism")]
    );
    assert!(
        n.missing[0]
            .message
            .contains("EU-US Data Privacy Framework"),
        "a US transfer tells the DPO what would cover it: {:?}",
        n.missing[0]
    );

    // Relying on the US decision needs the recipient's certification on record.
    activity_mut(&mut r, JITSI).transfers[0].mechanism = Some("art45".into());
    assert_eq!(
        reported(&notice(&r, Lang::De), Some(JITSI)),
        vec![pair("13-1-f", "transfers[0].recipient")]
    );
    // Art. 45 for a country without any decision covers nothing.
    activity_mut(&mut r, JITSI).transfers[0].country = "IN".into();
    assert_eq!(
        reported(&notice(&r, Lang::De), Some(JITSI)),
        vec![pair("13-1-f", "transfers[0].mechanism")]
    );
}

/// Art. 49(1) second subparagraph: besides Art. 13(1)(f)'s safeguards and
/// copy, data subjects are told the compelling legitimate interests.
#[test]
fn item_13_1_f_compelling_legitimate_interests() {
    let mut r = complete_register();
    let t = &mut activity_mut(&mut r, JITSI).transfers[0];
    t.country = "IN".into();
    t.mechanism = Some("art49-1-2".into());
    let n = notice(&r, Lang::De);
    assert_eq!(
        reported(&n, Some(JITSI)),
        vec![pair("13-1-f", "transfers[0].derogation_documentation")],
        "undocumented interests and safeguards are reported, not left out"
    );
    let html = render_html(&n).expect("renders");
    assert!(html.contains("data-field=\"transfers[0].derogation_documentation\""));

    let t = &mut activity_mut(&mut r, JITSI).transfers[0];
    t.derogation_documentation =
        Some("einmalige Fehleranalyse beim Hersteller; Garantie: verschlüsselte Übergabe".into());
    let n = notice(&r, Lang::De);
    assert!(n.missing.is_empty(), "{:?}", n.missing);
    let md = notice::render_markdown(&n).expect("renders");
    assert!(
        md.contains(
            "Unsere zwingenden berechtigten Interessen an der Übermittlung und die geeigneten \
             Garantien, die wir dafür vorgesehen haben: einmalige Fehleranalyse beim Hersteller; \
             Garantie: verschlüsselte Übergabe. Eine Kopie der Garantien können Sie über die oben \
             genannten Kontaktdaten bei uns anfordern."
        ),
        "interests, safeguards and how to get a copy are stated:\n{md}"
    );
    activity_mut(&mut r, JITSI).transfers[0].safeguards_copy = Some("per Post".into());
    let md = notice::render_markdown(&notice(&r, Lang::En)).expect("renders");
    assert!(md.contains("Our compelling legitimate interests in the transfer"));
    assert!(md.contains("You can obtain a copy of the safeguards as follows: per Post."));
}

#[test]
fn item_13_2_a_storage_period() {
    let mut r = complete_register();
    activity_mut(&mut r, WEBEX).data_categories[1].retention = None;
    activity_mut(&mut r, TEAMS).data_categories[0].retention = Some(RetentionRule {
        deletion: Some("automatisch".into()),
        ..RetentionRule::default()
    });
    activity_mut(&mut r, JITSI).data_categories.clear();
    let n = notice(&r, Lang::De);
    assert_eq!(
        reported(&n, Some(WEBEX)),
        vec![pair("13-2-a", "data_categories[1].retention")]
    );
    assert_eq!(
        reported(&n, Some(TEAMS)),
        vec![pair("13-2-a", "data_categories[0].retention")],
        "how data is deleted is not how long it is kept"
    );
    assert_eq!(
        reported(&n, Some(JITSI)),
        vec![pair("13-2-a", "data_categories")]
    );
}

#[test]
fn item_13_2_b_rights_are_always_stated() {
    let mut r = complete_register();
    r.activities.clear();
    let n = notice(&r, Lang::De);
    assert!(n.missing.is_empty());
    let html = render_html(&n).expect("renders");
    for article in [
        "Art. 15", "Art. 16", "Art. 17", "Art. 18", "Art. 20", "Art. 21",
    ] {
        assert!(html.contains(article), "the rights name {article}");
    }
    assert!(
        !html.contains("class=\"objection\""),
        "no Art. 6(1)(e)/(f): no box"
    );
    let html = render_html(&notice(&complete_register(), Lang::De)).expect("renders");
    assert!(
        html.contains("class=\"objection\""),
        "Art. 6(1)(f) processing gets the highlighted Art. 21 notice"
    );
}

#[test]
fn item_13_2_c_withdrawal_of_consent() {
    let mut r = complete_register();
    activity_mut(&mut r, TEAMS).purposes[5].consent_withdrawal = None;
    let n = notice(&r, Lang::De);
    assert_eq!(
        reported(&n, Some(TEAMS)),
        vec![pair("13-2-c", "purposes[5].consent_withdrawal")]
    );
    assert!(render_html(&n).expect("renders").contains("id=\"consent\""));
}

#[test]
fn item_13_2_d_supervisory_authority() {
    let mut r = complete_register();
    r.organisation.authority = None;
    // Art. 13(2)(d) owes the right to complain, not the authority's name.
    let n = notice(&r, Lang::De);
    assert_eq!(reported(&n, None), vec![]);
    assert_eq!(n.recommended.len(), 1, "naming it is recommended");
    assert_eq!(n.recommended[0].field, "authority");
    r.organisation.authority = Some("DE-XX".into());
    assert_eq!(
        reported(&notice(&r, Lang::De), None),
        vec![pair("13-2-d", "authority")]
    );
    let html = render_html(&notice(&complete_register(), Lang::De)).expect("renders");
    assert!(
        html.contains("Lautenschlagerstraße 20, 70173 Stuttgart"),
        "its address"
    );
}

#[test]
fn item_13_2_e_requirement_to_provide() {
    let mut r = complete_register();
    activity_mut(&mut r, JITSI).provision = None;
    if let Some(p) = activity_mut(&mut r, WEBEX).provision.as_mut() {
        p.consequence = None;
    }
    let n = notice(&r, Lang::De);
    assert_eq!(reported(&n, Some(JITSI)), vec![pair("13-2-e", "provision")]);
    assert_eq!(
        reported(&n, Some(WEBEX)),
        vec![pair("13-2-e", "provision.consequence")]
    );

    // Art. 14 has no such item: data not collected from the person.
    let teams = activity_mut(&mut r, TEAMS);
    teams.provision = None;
    teams.source.from_data_subject = Some(false);
    assert!(reported(&notice(&r, Lang::De), Some(TEAMS)).is_empty());
}

#[test]
fn item_13_2_f_automated_decisions() {
    let mut r = complete_register();
    activity_mut(&mut r, JITSI).automated_decisions = None;
    activity_mut(&mut r, WEBEX).automated_decisions = Some(AutomatedDecisions::Used {
        logic: "Punktwert aus Anwesenheit".into(),
        consequences: None,
        decisions: vec![],
    });
    let n = notice(&r, Lang::De);
    assert_eq!(
        reported(&n, Some(JITSI)),
        vec![pair("13-2-f", "automated_decisions")]
    );
    assert_eq!(
        reported(&n, Some(WEBEX)),
        vec![pair("13-2-f", "automated_decisions.consequences")]
    );
    // Used decisions come with the safeguards of Art. 22(3) in every format.
    let squeeze = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    for (lang, words) in [
        (
            Lang::De,
            "die Entscheidung anzufechten (Art. 22 Abs. 3 DSGVO)",
        ),
        (Lang::En, "to contest the decision (Art. 22(3) GDPR)"),
    ] {
        let n = notice(&r, lang);
        let html = squeeze(&render_html(&n).expect("renders"));
        assert_eq!(
            html.matches(words).count(),
            1,
            "{lang:?}: once, for Webex only"
        );
        let md = squeeze(&notice::render_markdown(&n).expect("renders"));
        assert!(md.contains(words), "{lang:?} Markdown");
    }
}

#[test]
fn item_14_1_d_categories_of_data_from_elsewhere() {
    let mut r = complete_register();
    let teams = activity_mut(&mut r, TEAMS);
    teams.source.from_data_subject = Some(false);
    teams.data_categories.clear();
    let n = notice(&r, Lang::De);
    assert_eq!(
        reported(&n, Some(TEAMS)),
        vec![
            pair("14-1-d", "data_categories"),
            pair("14-2-a", "data_categories")
        ],
        "an Art. 14 activity reports under Art. 14's numbering"
    );
    assert_eq!(
        n.missing
            .iter()
            .find(|m| m.item == "14-1-d")
            .map(|m| m.article.as_str()),
        Some("Art. 14 Abs. 1 lit. d DSGVO")
    );
}

#[test]
fn item_14_2_f_source_of_the_data() {
    let mut r = complete_register();
    let teams = activity_mut(&mut r, TEAMS);
    teams.source.other_sources = None;
    teams.source.publicly_accessible = None;
    teams.source.from_data_subject = Some(false);
    let n = notice(&r, Lang::De);
    assert_eq!(
        reported(&n, Some(TEAMS)),
        vec![
            pair("14-2-f", "source.other_sources"),
            pair("14-2-f", "source.publicly_accessible"),
        ]
    );

    // Not recorded whether the data comes from the person: the source
    // section stays and names that gap instead of disappearing.
    let mut r = complete_register();
    let jitsi = activity_mut(&mut r, JITSI);
    jitsi.source.from_data_subject = None;
    let n = notice(&r, Lang::De);
    assert_eq!(
        reported(&n, Some(JITSI)),
        vec![pair("14-2-f", "source.from_data_subject")]
    );
    let html = render_html(&n).expect("renders");
    let start = html
        .find(">Online-Meetings mit Jitsi Meet (selbst betrieben)</h2>")
        .expect("the Jitsi section");
    let end = html[start..].find("<h2 ").map_or(html.len(), |e| start + e);
    let jitsi_html = &html[start..end];
    assert!(
        jitsi_html.contains("Herkunft der Daten"),
        "the section stays"
    );
    assert!(jitsi_html.contains("data-field=\"source.from_data_subject\""));
    assert!(
        !jitsi_html.contains("erheben wir nicht bei Ihnen"),
        "and claims nothing about where the data comes from"
    );

    // Data collected from the person and from elsewhere: Art. 13 items keep
    // their numbers, the source is still owed.
    let mut r = complete_register();
    activity_mut(&mut r, TEAMS).source.publicly_accessible = None;
    assert_eq!(
        reported(&notice(&r, Lang::De), Some(TEAMS)),
        vec![pair("14-2-f", "source.publicly_accessible")]
    );
}

#[test]
fn art14_activities_report_legitimate_interests_as_14_2_b() {
    let mut r = complete_register();
    let jitsi = activity_mut(&mut r, JITSI);
    jitsi.source.from_data_subject = Some(false);
    jitsi.source.other_sources = Some("Teilnehmerliste des Veranstalters".into());
    jitsi.source.publicly_accessible = Some(false);
    jitsi.purposes[1].legitimate_interests = None;
    assert_eq!(
        reported(&notice(&r, Lang::De), Some(JITSI)),
        vec![pair("14-2-b", "purposes[1].legitimate_interests")]
    );
}

#[test]
fn a_recipient_party_that_does_not_exist_is_shown_by_its_key() {
    let mut r = complete_register();
    r.parties.retain(|p| p.key != CISCO);
    let n = notice(&r, Lang::De);
    assert_eq!(n.activities[1].recipients[0].name.as_deref(), Some(CISCO));
}
