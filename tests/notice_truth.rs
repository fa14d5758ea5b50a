//! One truth for the notice and the checks (issue: a notice the DPO can
//! publish as it is): each false statement a user found in a generated
//! notice, provoked on a register, must be a gap at that statement instead;
//! every error of the checks on a statement of the notice is a gap of the
//! notice; such a notice is not published; gaps name places, not paths.

use crate::notice_support::{catalogs, complete_register, notice, stand};
use vvt::checks::{check, Severity};
use vvt::example::{CISCO, JITSI, WEBEX};
use vvt::notice::{build, concerns_notice, render_markdown, NoticeOptions};
use vvt::*;

fn md(register: &Register) -> String {
    render_markdown(&notice(register, Lang::De)).expect("the notice renders")
}

fn activity<'a>(r: &'a mut Register, key: &str) -> &'a mut ProcessingActivity {
    r.activities
        .iter_mut()
        .find(|a| a.key == key)
        .expect("the example has the activity")
}

#[test]
fn a_dpo_duty_the_checks_see_is_never_denied() {
    let mut r = complete_register();
    r.organisation.dpo = None;
    r.organisation.no_dpo_reason = Some("weniger als 20 Personen".into());
    activity(&mut r, JITSI).dpia.required = Some(true);
    let n = notice(&r, Lang::De);
    assert!(
        !n.dpo.not_designated,
        "a DPIA makes a DPO mandatory (§ 38(1) BDSG): the notice must not say none is needed"
    );
    assert!(n
        .missing
        .iter()
        .any(|m| m.rule.as_deref() == Some("dpo-required-dpia") && m.blocking));
    assert!(!md(&r).contains("nicht verpflichtet"));
}

#[test]
fn an_invalid_instrument_is_never_printed_as_the_safeguard() {
    let mut r = complete_register();
    activity(&mut r, WEBEX).transfers[0].mechanism = Some("privacy-shield".into());
    let text = md(&r);
    let webex = &text[text.find("Cisco Webex").expect("Webex section")..];
    assert!(
        !webex.contains("Privacy Shield"),
        "Privacy Shield must not be named as the instrument: {webex}"
    );
    let n = notice(&r, Lang::De);
    let t = &n
        .activities
        .iter()
        .find(|a| a.key == WEBEX)
        .expect("webex")
        .transfers[0];
    assert!(
        t.mechanism.is_none(),
        "no safeguard, so no 'copy of the safeguards' either"
    );
    assert!(
        !t.missing.is_empty(),
        "the invalid instrument is a gap at the transfer"
    );
}

#[test]
fn a_sub_processor_in_a_third_country_is_a_transfer() {
    let mut r = complete_register();
    r.parties.push(Party {
        key: "support-in".into(),
        name: "Support Services Pvt. Ltd.".into(),
        country: Some("IN".into()),
        ..Party::default()
    });
    let cisco = r
        .parties
        .iter_mut()
        .find(|p| p.key == CISCO)
        .expect("cisco");
    let agreement = cisco.agreement.get_or_insert_with(Default::default);
    agreement.subprocessors.push(SubProcessor {
        party: "support-in".into(),
        country: Some("IN".into()),
        task: Some("Fernwartung (Support-Zugriff)".into()),
        mechanism: None,
    });
    // Without recorded transfers the notice used to say "no transfer intended".
    activity(&mut r, WEBEX).transfers.clear();
    let n = notice(&r, Lang::De);
    let webex = n.activities.iter().find(|a| a.key == WEBEX).expect("webex");
    let india = webex
        .transfers
        .iter()
        .find(|t| t.country == "Indien")
        .expect("the sub-processor's country is a transfer of the activity");
    assert!(india
        .recipient
        .as_deref()
        .is_some_and(|r| r.contains("Support Services") && r.contains("Cisco")));
    let gap = india
        .missing
        .first()
        .expect("no instrument recorded: a gap");
    assert!(
        gap.place.contains("Unterauftragsverarbeiter") && gap.place.contains("Cisco"),
        "the gap points to where the instrument is recorded: {}",
        gap.place
    );
    // Cisco itself sits in the US: its seat implies a transfer too.
    assert!(webex
        .transfers
        .iter()
        .any(|t| t.country == "Vereinigte Staaten"));
    let text = md(&r);
    assert!(!text.contains("nicht vorgesehen"), "{text}");
}

#[test]
fn a_recipients_processing_country_is_a_transfer() {
    let mut r = complete_register();
    let cisco = r
        .parties
        .iter_mut()
        .find(|p| p.key == CISCO)
        .expect("cisco");
    // Seated in the EU, supported from India (issue 18).
    cisco.country = Some("NL".into());
    cisco.processing_countries = vec!["IN".into()];
    activity(&mut r, WEBEX).transfers.clear();
    let n = notice(&r, Lang::De);
    let webex = n.activities.iter().find(|a| a.key == WEBEX).expect("webex");
    let india = webex
        .transfers
        .iter()
        .find(|t| t.country == "Indien")
        .expect("the processing country is a transfer of the activity");
    assert!(!india.missing.is_empty(), "no instrument recorded: a gap");
    assert!(
        !webex.transfers.iter().any(|t| t.country == "Niederlande"),
        "the seat in the EU is no transfer"
    );
    let recipient = webex
        .recipients
        .iter()
        .find(|x| x.name.as_deref().is_some_and(|n| n.contains("Cisco")))
        .expect("cisco is a recipient");
    assert!(
        recipient.locations.iter().any(|l| l == "Indien"),
        "{recipient:#?}"
    );
    assert!(
        n.missing.iter().any(|m| m.blocking
            && m.activity.as_deref() == Some(WEBEX)
            && m.rule.as_deref() == Some("recipient-transfer-not-recorded")),
        "the check's error is a gap that bars publication: {:#?}",
        n.missing
    );
    let text = md(&r);
    assert!(!text.contains("nicht vorgesehen"), "{text}");
}

#[test]
fn section_26_bdsg_alone_is_a_gap_at_the_purpose() {
    // The example cites § 26 BDSG alone, as the seed does.
    let r = vvt::example::example_register();
    let n = notice(&r, Lang::De);
    // The purpose is shared by the three tools: stated once, marked for each.
    let purpose = &n.shared[0].purposes[0];
    assert!(purpose
        .legal_bases
        .iter()
        .any(|b| b.code.starts_with("bdsg")));
    let marks: Vec<_> = purpose
        .missing
        .iter()
        .filter(|m| m.rule.as_deref() == Some("bdsg26-alone"))
        .collect();
    assert_eq!(marks.len(), 3, "one per activity: {marks:#?}");
    assert!(marks.iter().any(|m| m.activity.as_deref() == Some(JITSI)));
}

#[test]
fn the_dpf_sentence_needs_a_recorded_certification() {
    let r = complete_register();
    let text = md(&r);
    assert!(
        !text.contains("zertifiziert sind, hat die EU-Kommission"),
        "no recipient is recorded as certified: {text}"
    );
    let mut r = complete_register();
    let ms = r
        .parties
        .iter_mut()
        .find(|p| p.key == "automattic")
        .expect("automattic");
    ms.dpf_certified = true;
    ms.dpf_checked_on = Some(stand());
    assert!(md(&r).contains("nach dem EU-US Data Privacy Framework zertifiziert"));
}

#[test]
fn no_art22_decision_is_not_a_denial_of_all_profiling() {
    let text = md(&complete_register());
    assert!(text.contains("auch nicht auf der Grundlage von Profiling"));
    assert!(!text.contains("auch kein Profiling"));
}

/// A register with many defects: every error finding about a statement of
/// the notice must appear among the notice's gaps (same activity and field,
/// or the same rule).
#[test]
fn every_error_on_a_statement_of_the_notice_is_a_gap() {
    let mut r = complete_register();
    r.organisation.dpo = None;
    r.organisation.no_dpo_reason = Some("klein".into());
    let a = activity(&mut r, WEBEX);
    a.dpia.required = Some(true);
    a.transfers[0].mechanism = Some("privacy-shield".into());
    a.purposes[1].legitimate_interests = None;
    a.data_categories[0].special = true;
    a.automated_decisions = Some(AutomatedDecisions::Used {
        logic: "Punktwert".into(),
        consequences: None,
        decisions: vec![],
    });
    a.purposes[0].legal_bases = vec![];
    let today = stand();
    let findings = check(&r, &catalogs(), today);
    let n = build(&r, &catalogs(), &NoticeOptions::new(Lang::De, today));
    let in_notice: Vec<&str> = n.activities.iter().map(|a| a.key.as_str()).collect();
    let errors: Vec<_> = findings
        .iter()
        .filter(|f| f.severity == Severity::Error && concerns_notice(&f.rule))
        .filter(|f| {
            f.record.entity != EntityKind::Activity || in_notice.contains(&f.record.key.as_str())
        })
        .filter(|f| f.record.entity != EntityKind::Party)
        .collect();
    assert!(
        errors.len() >= 5,
        "the register provokes errors: {errors:#?}"
    );
    for f in errors {
        let key = (f.record.entity == EntityKind::Activity).then_some(f.record.key.as_str());
        let statement = |field: &str| field.split('.').next().unwrap_or_default().to_owned();
        let found = n.missing.iter().any(|m| {
            m.activity.as_deref() == key
                && m.blocking
                && (statement(&m.field) == statement(&f.field)
                    || m.rule.as_deref() == Some(&f.rule))
        });
        assert!(
            found,
            "error {} at {} is not a gap of the notice that bars publication",
            f.rule, f.field
        );
    }
}

#[test]
fn a_notice_with_error_findings_is_not_published_even_deliberately() {
    let mut store = Store::open_in_memory().expect("store");
    store.load_example().expect("example loads");
    let mut r = store.load().expect("load");
    r.organisation.dpo = None;
    r.organisation.no_dpo_reason = Some("klein".into());
    let mut org = r.organisation.clone();
    org.version = r.organisation.version;
    store.save_organisation(&org).expect("saved");
    let mut a = store.activity(JITSI).expect("jitsi");
    a.dpia.required = Some(true);
    store.update_activity(&a).expect("saved");
    let err = vvt::notice::publish(&mut store, Lang::De, None, true)
        .expect_err("an error finding on the DPO statement refuses publication");
    assert!(err.to_string().contains("dpo-required-dpia"), "{err}");
    assert!(store.load().expect("load").publications.is_empty());
}

#[test]
fn gap_markers_name_places_not_field_paths() {
    let text = md(&vvt::example::example_register());
    assert!(!text.contains("(Feld "), "no field paths in a document");
    assert!(!text.contains("purposes["));
    assert!(!text.contains("controller.email"));
    assert!(text.contains("in VVT: Verarbeitungstätigkeiten › „Online-Meetings mit Jitsi Meet"));
}

#[test]
fn a_notice_is_dated_by_its_content() {
    let mut r = complete_register();
    r.history.clear();
    r.publications.clear();
    let changed = chrono::DateTime::parse_from_rfc3339("2023-05-04T10:00:00Z")
        .expect("time")
        .with_timezone(&chrono::Utc);
    for a in &mut r.activities {
        a.updated_at = changed;
    }
    let mut options = NoticeOptions::new(Lang::De, stand());
    options.stand = None;
    let n = build(&r, &catalogs(), &options);
    assert_eq!(
        n.stand,
        vvt::clock::local_date(changed),
        "the newest change of what the notice states, not today"
    );
    // Published outside VVT after the last change: that date stands.
    r.organisation.notice_date = chrono::NaiveDate::from_ymd_opt(2024, 1, 10);
    let n = build(&r, &catalogs(), &options);
    assert_eq!(
        n.stand,
        chrono::NaiveDate::from_ymd_opt(2024, 1, 10).expect("date")
    );
}

/// "Today" is the local date: at 23:30 UTC on 6 December it is already
/// 7 December in Berlin, and a document printed there says so.
#[test]
fn today_is_the_local_date_across_midnight() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("r.vvt");
    let run = |tz: &str, args: &[&str]| {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_vvt"))
            .arg("--db")
            .arg(&db)
            .args(args)
            .env("VVT_NOW", "2026-12-06T23:30:00Z")
            .env("TZ", tz)
            .env_remove("VVT_LANG")
            .output()
            .expect("vvt runs");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    run("Europe/Berlin", &["init"]);
    run("Europe/Berlin", &["example"]);
    let berlin = run("Europe/Berlin", &["register", "--format", "md"]);
    assert!(
        berlin.contains("Datum des Ausdrucks:** 07.12.2026"),
        "{berlin}"
    );
    let utc = run("UTC", &["register", "--format", "md"]);
    assert!(utc.contains("Datum des Ausdrucks:** 06.12.2026"), "{utc}");
    // The notice is dated by its content: the example was loaded at that
    // instant, which was 7 December in Berlin.
    let notice = run("Europe/Berlin", &["notice", "--format", "md"]);
    assert!(notice.contains("Stand: 07.12.2026"), "{notice}");
}

/// The body text of a Markdown notice: without the draft box and the gap
/// markers, which a published notice does not carry.
fn body_words(md: &str) -> usize {
    let start = md.find("## Entwurf").or_else(|| md.find("## Draft"));
    let end = md.find("## Inhalt").or_else(|| md.find("## Contents"));
    let body = match (start, end) {
        (Some(s), Some(e)) => format!("{}{}", &md[..s], &md[e..]),
        _ => md.to_owned(),
    };
    body.lines()
        .filter(|l| !l.trim_start().starts_with('>'))
        .map(|l| l.split_whitespace().count())
        .sum()
}

/// What the three meeting tools share is stated once, so the generated
/// notice is no longer than the seed's 2,293 words while stating its facts
/// (tests/example.rs checks the facts).
#[test]
fn shared_content_is_stated_once() {
    let r = vvt::example::example_register();
    let n = notice(&r, Lang::De);
    let shared = &n.shared;
    assert_eq!(
        shared[0].group.len(),
        3,
        "the four meeting purposes apply to all three tools"
    );
    assert_eq!(shared[0].purposes.len(), 4);
    for a in &n.activities {
        assert!(
            !a.purposes.iter().any(|p| p
                .description
                .starts_with("Durchführung von Online-Meetings")),
            "{}: a shared purpose is not repeated",
            a.name
        );
        assert!(
            !a.shared.is_empty(),
            "{}: points to the common section",
            a.name
        );
    }
    let text = md(&r);
    let words = body_words(&text);
    assert!(
        words <= 2293,
        "the example's notice has {words} words, the seed 2,293"
    );
    assert_eq!(
        text.matches("Durchführung von Online-Meetings im Rahmen von Vertragsbeziehungen")
            .count(),
        1
    );
    assert!(!text.contains("Fristbeginn") && !text.contains("Maßgeblicher Zeitpunkt"));
    let en = render_markdown(&notice(&r, Lang::En)).expect("renders");
    assert!(en.contains("## What applies to all of these processing activities"));
}

/// Public facts have public fields, and the notice states them: the
/// providers' own privacy notices, what they process as controllers of
/// their own, who sees the meeting contents, the general deletion rule.
#[test]
fn public_facts_reach_the_notice() {
    let text = md(&vvt::example::example_register());
    for fact in [
        "Datenschutzhinweise des Empfängers: https://privacy.microsoft.com/de-de/privacystatement",
        // Markdown escapes the underscore of the address (de\\_de).
        "Datenschutzhinweise des Empfängers: https://www.cisco.com/c/de",
        "In eigener Verantwortung verarbeitet der Empfänger außerdem die Daten beim Aufruf der \
         Website von Microsoft Teams",
        "Wer die Daten sieht: Alle Teilnehmenden eines Meetings",
        "## Löschung von Daten",
        "Besteht eine gesetzliche Aufbewahrungspflicht, löschen wir erst nach ihrem Ablauf.",
    ] {
        assert!(text.contains(fact), "'{fact}' in\n{text}");
    }
    let en =
        render_markdown(&notice(&vvt::example::example_register(), Lang::En)).expect("renders");
    assert!(en.contains("The recipient's privacy notice: https://privacy.microsoft.com"));
    assert!(en.contains("## Deletion of data"));
}

#[test]
fn a_privacy_notice_link_must_be_a_web_address() {
    let mut store = Store::open_in_memory().expect("store");
    store.load_example().expect("example");
    let mut cisco = store.party(CISCO).expect("cisco");
    cisco.privacy_notice_url = Some("www.cisco.com/privacy".into());
    let err = store.update_party(&cisco).expect_err("no scheme");
    assert_eq!(err.field(), Some("privacy_notice_url"), "{err}");
    cisco.privacy_notice_url = Some("https://www.cisco.com/privacy".into());
    store.update_party(&cisco).expect("an https link is kept");
}

/// Direct marketing: the objection without reasons (Art. 21(2)/(3)) in a
/// box of its own, naming the activities, in every format.
#[test]
fn direct_marketing_gets_its_own_objection_box() {
    let mut r = complete_register();
    let webex = activity(&mut r, WEBEX);
    webex.purposes.push(Purpose {
        description: "Einladungen zu weiteren Webinaren per E-Mail".into(),
        legal_bases: vec!["art6-1-f".into()],
        legitimate_interests: Some("Werbung für eigene Veranstaltungen".into()),
        direct_marketing: true,
        ..Purpose::default()
    });
    let n = notice(&r, Lang::De);
    assert_eq!(n.marketing.len(), 1);
    let text = render_markdown(&n).expect("renders");
    let start = text
        .find("## Ihr Widerspruchsrecht gegen Direktwerbung")
        .expect("the box");
    let box_ = &text[start..];
    assert!(
        box_.contains("ohne Angabe von Gründen") && box_.contains("Art. 21 Abs. 2 und 3 DSGVO")
    );
    assert!(box_.contains("- Online-Meetings mit Cisco Webex"));
    let html = vvt::notice::render_html(&n).expect("renders");
    assert!(html.contains("<section class=\"objection\" aria-labelledby=\"marketing\">"));
    vvt::notice::render_typst(&n).expect("the PDF's markup renders too");
    // Without such a purpose, no box.
    assert!(!md(&complete_register()).contains("Direktwerbung"));
}

/// An international organisation can be a recipient (Art. 44 ff. "or an
/// international organisation"); the European Patent Organisation has an
/// adequacy decision, which the notice states for the organisation.
#[test]
fn an_international_organisation_is_a_recipient_with_its_adequacy() {
    let mut r = complete_register();
    r.parties.push(Party {
        key: "epo".into(),
        name: "Europäisches Patentamt".into(),
        country: Some("EP".into()),
        ..Party::default()
    });
    activity(&mut r, WEBEX).recipients.push(Recipient {
        role: RecipientRole::PublicAuthority,
        party: Some("epo".into()),
        ..Recipient::default()
    });
    let n = notice(&r, Lang::De);
    let webex = n.activities.iter().find(|a| a.key == WEBEX).expect("webex");
    let epo = webex
        .transfers
        .iter()
        .find(|t| t.recipient.as_deref() == Some("Europäisches Patentamt"))
        .expect("the organisation is a transfer");
    assert!(
        epo.organisation && epo.adequacy_applies && epo.missing.is_empty(),
        "{epo:#?}"
    );
    let text = md(&r);
    assert!(text.contains("festgestellt, dass diese internationale Organisation ein angemessenes"));
    assert!(
        !text.contains("Beschluss Durchführungsbeschluss"),
        "the date is not repeated"
    );
}
