//! Structure where registers held only free text (issue 23): each structure
//! is stored and read back, recorded in the history, and rendered by the
//! notice and the register print from the structure.

use crate::common::*;
use crate::notice_support::{activity_mut, catalogs, complete_register, notice};
use crate::print_support::{activities, lines, options, print};
use vvt::example::TEAMS;
use vvt::notice::render_markdown;
use vvt::*;

/// The Teams activity's group chats with a rule that only the catalog words:
/// ten years from the end of the calendar year, then restricted.
fn calendar_year_rule(r: &mut Register) {
    let a = activity_mut(r, TEAMS);
    let c = a
        .data_categories
        .iter_mut()
        .find(|c| c.name == "Inhalte in Teams und Gruppenchats")
        .expect("the example has the group chats");
    c.retention = Some(RetentionRule {
        period: Some(Period {
            amount: 10,
            unit: PeriodUnit::Years,
        }),
        start_event: Some(RetentionStart::EndOfCalendarYear),
        at_end: Some(RetentionEnd::Restriction),
        ..RetentionRule::default()
    });
}

#[test]
fn the_notice_words_a_retention_start_from_its_catalog_event() {
    let mut r = complete_register();
    calendar_year_rule(&mut r);
    let de = render_markdown(&notice(&r, Lang::De)).expect("renders");
    assert!(
        de.contains("zehn Jahre nach Ende des Kalenderjahres"),
        "without a text, the event's words say when the period starts:\n{de}"
    );
    assert!(
        de.contains("nicht gelöscht, sondern gesperrt"),
        "restriction instead of erasure is stated (Art. 18 GDPR, § 35 BDSG)"
    );
    let en = render_markdown(&notice(&r, Lang::En)).expect("renders");
    assert!(
        en.contains("after the end of the calendar year"),
        "the English notice words the event in English:\n{en}"
    );
    assert!(en.contains("not erased but restricted"));
}

#[test]
fn a_recorded_text_words_the_start_better_than_the_catalog() {
    let r = complete_register();
    let de = render_markdown(&notice(&r, Lang::De)).expect("renders");
    assert!(
        !de.contains("Ende der Sitzung"),
        "the example's meetings keep their own words beside the event"
    );
    assert!(
        !de.contains("gesperrt"),
        "erasure is what a notice reader expects and needs no sentence"
    );
}

#[test]
fn the_register_print_shows_the_start_event_and_what_happens_at_the_end() {
    let mut r = example::example_register();
    calendar_year_rule(&mut r);
    let p = print(&r, &options(Lang::De));
    let teams = activities(&p)
        .iter()
        .find(|e| lines(e).iter().any(|l| l.contains("Gruppenchats")))
        .expect("the print has the Teams activity");
    let printed = lines(teams).join("\n");
    assert!(
        printed.contains(
            "Inhalte in Teams und Gruppenchats: 10 Jahre ab Ende des Kalenderjahres; \
             Am Fristende: Einschränkung der Verarbeitung (Sperrung)"
        ),
        "the auditor reads the start and the end in the erasure periods:\n{printed}"
    );
}

#[test]
fn retention_start_and_end_are_stored_and_in_the_history() {
    let mut s = populated_store();
    let mut a = s.activity("hr").expect("load");
    let rule = a.data_categories[0]
        .retention
        .as_mut()
        .expect("the full activity has a rule");
    assert_eq!(
        (rule.start_event, rule.at_end),
        (
            Some(RetentionStart::EndOfEmployment),
            Some(RetentionEnd::Restriction)
        ),
        "the store reads back what it saved"
    );
    rule.start_event = Some(RetentionStart::EndOfCalendarYear);
    rule.at_end = Some(RetentionEnd::Erasure);
    s.update_activity(&a).expect("save");
    let back = s.activity("hr").expect("load");
    assert_eq!(back.data_categories, a.data_categories);
    let history = s.history(None).expect("history");
    let last = history.last().expect("a history row");
    let fields: Vec<&str> = last.changes.iter().map(|c| c.field.as_str()).collect();
    assert!(
        fields
            .iter()
            .any(|f| f.ends_with("retention.start_event") || f.ends_with("retention")),
        "the change is recorded: {fields:?}"
    );
    assert!(
        serde_json::to_string(&last.changes)
            .expect("json")
            .contains("end_of_calendar_year"),
        "the history holds the new event: {:?}",
        last.changes
    );
}

#[test]
fn an_other_event_needs_its_words() {
    let mut s = populated_store();
    let mut a = s.activity("hr").expect("load");
    let rule = a.data_categories[0].retention.as_mut().expect("rule");
    rule.start_event = Some(RetentionStart::Other);
    rule.starts_at = None;
    match s.update_activity(&a) {
        Err(Error::Validation { field, reason }) => {
            assert_eq!(field, "data_categories[0].retention.starts_at");
            assert!(reason.to_string().contains("in words"), "{reason}");
        }
        other => panic!("an event the catalog does not know must be said: {other:?}"),
    }
}

#[test]
fn data_subject_groups_are_stored_reasoned_on_and_printed() {
    let mut s = populated_store();
    let mut a = s.activity("hr").expect("load");
    a.data_subject_groups = vec![SubjectGroup::Employees, SubjectGroup::Children];
    s.update_activity(&a).expect("save");
    assert_eq!(
        s.activity("hr").expect("load").data_subject_groups,
        a.data_subject_groups,
        "the groups are read back in their order"
    );
    let last = s.history(None).expect("history").pop().expect("a row");
    assert!(
        last.changes
            .iter()
            .any(|c| c.field.starts_with("data_subject_groups")),
        "the change of the groups is in the history: {:?}",
        last.changes
    );

    a.data_subject_groups = vec![SubjectGroup::Children, SubjectGroup::Children];
    match s.update_activity(&a) {
        Err(Error::Validation { field, reason }) => {
            assert_eq!(field, "data_subject_groups[1]");
            assert_eq!(reason.to_string(), "the group 'children' is listed twice");
        }
        other => panic!("a group listed twice must be refused: {other:?}"),
    }

    let mut r = example::example_register();
    let p = print(&r, &options(Lang::De));
    let printed: Vec<String> = activities(&p).iter().flat_map(lines).collect();
    assert!(
        printed
            .iter()
            .any(|l| l == "Gruppen (Katalog): Teilnehmende, Beschäftigte"),
        "the print shows the groups beside the free text: {printed:?}"
    );

    // Only groups and no words: the notice names the groups.
    for a in &mut r.activities {
        a.data_subjects.clear();
    }
    let de = render_markdown(&notice(&r, Lang::De)).expect("renders");
    assert!(de.contains("Teilnehmende"), "{de}");
    assert!(
        !vvt::checks::check(&r, &catalogs(), date(2026, 12, 1))
            .iter()
            .any(|f| f.rule == "data-subjects-missing"),
        "groups are data subjects recorded"
    );
}

#[test]
fn professional_secrecy_is_stored_and_printed() {
    let mut s = populated_store();
    let org = s.organisation().expect("header");
    assert!(org.professional_secrecy, "the header's flag is read back");
    let host = s.party("host").expect("party");
    assert!(
        host.agreement
            .as_ref()
            .expect("agreement")
            .secrecy_obligation,
        "the agreement's obligation is read back"
    );
    let mut changed = host.clone();
    if let Some(a) = changed.agreement.as_mut() {
        a.secrecy_obligation = false;
    }
    s.update_party(&changed).expect("save");
    assert!(
        !s.party("host")
            .expect("party")
            .agreement
            .expect("agreement")
            .secrecy_obligation,
        "a withdrawn obligation is stored"
    );
    let last = s.history(None).expect("history").pop().expect("a row");
    assert!(
        last.changes
            .iter()
            .any(|c| c.field.contains("secrecy_obligation") || c.field == "agreement"),
        "the change is in the history: {:?}",
        last.changes
    );

    let r = s.load().expect("load");
    let p = print(&r, &options(Lang::De));
    let text = format!("{p:?}");
    assert!(
        text.contains("Berufliche Schweigepflicht (§ 203 StGB)"),
        "the print says why the agreements carry the obligation"
    );
    assert!(
        text.contains("Verpflichtung zur Verschwiegenheit (§ 203 Abs. 4 StGB)"),
        "a missing obligation of a § 203 controller's processor is a gap of the print"
    );
}

#[test]
fn a_condition_tied_to_its_category_covers_it_and_is_named() {
    let mut r = complete_register();
    let a = activity_mut(&mut r, TEAMS);
    let c = a
        .data_categories
        .iter_mut()
        .find(|c| c.name.starts_with("Aufzeichnungen"))
        .expect("the example has recordings");
    // Recordings may show a participant's health (a visible illness).
    c.special = true;
    c.conditions = vec!["art9-2-a".into()];
    let findings = vvt::checks::check(&r, &catalogs(), date(2026, 12, 1));
    assert!(
        !findings.iter().any(|f| f.rule == "special-data-no-art9"),
        "the category's own condition covers it: {findings:#?}"
    );
    let de = render_markdown(&notice(&r, Lang::De)).expect("renders");
    assert!(
        de.contains("verarbeitet nach Art. 9 Abs. 2 lit. a DSGVO"),
        "the notice names the condition at the category:\n{de}"
    );
    let p = print(&r, &options(Lang::En));
    assert!(
        activities(&p)
            .iter()
            .flat_map(lines)
            .any(|l| l.contains("[processed under: Art. 9(2)(a) GDPR]")),
        "the print names it too: {:?}",
        activities(&p)
            .iter()
            .flat_map(lines)
            .filter(|l| l.contains("Aufzeichnungen"))
            .collect::<Vec<_>>()
    );
}

#[test]
fn a_condition_needs_the_mark_of_its_category() {
    let mut s = store();
    s.load_example().expect("example");
    let mut a = s.activity(TEAMS).expect("load");
    a.data_categories[0].conditions = vec!["art9-2-h".into()];
    match s.update_activity(&a) {
        Err(Error::Validation { field, reason }) => {
            assert_eq!(field, "data_categories[0].conditions[0]");
            assert!(reason.to_string().contains("marked as special"), "{reason}");
        }
        other => panic!("an Art. 9 condition needs a special category: {other:?}"),
    }
    a.data_categories[0].special = true;
    let saved = s.update_activity(&a).expect("with the mark it saves");
    assert_eq!(
        s.activity(TEAMS).expect("load").data_categories[0].conditions,
        ["art9-2-h"],
        "the condition is stored at its category (version {})",
        saved.version
    );
}

/// A municipality's council meetings: the livestream is a publication to
/// the public on a statute, the tax office receives data on its own basis.
fn council(r: &mut Register) {
    let a = activity_mut(r, TEAMS);
    let first = a.data_categories[0].name.clone();
    a.recipients.push(Recipient {
        role: RecipientRole::Public,
        description: Some("Sitzungen des Gemeinderats".into()),
        channels: vec![
            PublicationChannel::Livestream,
            PublicationChannel::CouncilInformationSystem,
        ],
        data_categories: vec![first.clone()],
        legal_bases: vec!["art6-1-e".into()],
        legal_basis_note: Some("§ 35 GemO".into()),
        ..Recipient::default()
    });
    a.recipients.push(Recipient {
        role: RecipientRole::PublicAuthority,
        description: Some("Finanzamt".into()),
        data_categories: vec![first],
        legal_bases: vec!["art6-1-c".into()],
        legal_basis_note: Some("§ 93 AO".into()),
        ..Recipient::default()
    });
}

#[test]
fn publication_and_disclosure_per_recipient_are_stored_and_rendered() {
    let mut s = store();
    s.load_example().expect("example");
    let mut r = s.load().expect("load");
    council(&mut r);
    let teams = r
        .activities
        .iter()
        .find(|a| a.key == TEAMS)
        .expect("Teams")
        .clone();
    s.update_activity(&teams)
        .expect("a publication with channels and basis saves");
    assert_eq!(
        s.activity(TEAMS).expect("load").recipients,
        teams.recipients,
        "channels, data categories and bases are read back"
    );

    let de = render_markdown(&notice(&r, Lang::De)).expect("renders");
    assert!(
        de.contains("(Veröffentlichung)"),
        "the role is named:\n{de}"
    );
    assert!(
        de.contains("Veröffentlicht über: Livestream, Ratsinformationssystem"),
        "the channels are named:\n{de}"
    );
    assert!(
        de.contains("Rechtsgrundlage der Übermittlung: Art. 6 Abs. 1 lit. c DSGVO, § 93 AO"),
        "the disclosure's own basis is named:\n{de}"
    );
    assert!(de.contains("Übermittelte Daten: "), "{de}");

    let p = print(&r, &options(Lang::De));
    let printed: Vec<String> = activities(&p).iter().flat_map(lines).collect();
    assert!(
        printed.iter().any(|l| l.starts_with("Öffentlichkeit (Veröffentlichung): Sitzungen des Gemeinderats (Livestream, Ratsinformationssystem)")),
        "the print names the publication: {printed:?}"
    );

    let mut bad = teams.clone();
    bad.recipients
        .last_mut()
        .expect("the tax office")
        .data_categories = vec!["Gibt es nicht".into()];
    match s.update_activity(&bad) {
        Err(Error::Validation { field, .. }) => {
            assert!(field.ends_with(".data_categories[0]"), "{field}")
        }
        other => panic!("a category the activity lacks must be refused: {other:?}"),
    }
}
