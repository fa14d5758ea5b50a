//! The store against an in-memory register: whole-activity round trips,
//! optimistic versioning, validation that names the field, and references.

use crate::common;

use common::*;
use vvt::*;

#[test]
fn a_fully_populated_activity_comes_back_as_it_was_saved() {
    let mut s = populated_store();
    let mut expected = full_activity("hr", "host", "tom-tls");
    let loaded = s.activity("hr").expect("the saved activity loads");
    // The store owns the bookkeeping fields.
    expected.version = 1;
    expected.created_at = loaded.created_at;
    expected.updated_at = loaded.updated_at;
    assert_eq!(
        loaded, expected,
        "every field of the activity must survive the store"
    );

    let all = s.activities().expect("all activities load");
    assert_eq!(
        all,
        vec![loaded.clone()],
        "loading all must give the same activity as loading one"
    );

    let mut edited = loaded.clone();
    edited.purposes[1].legal_bases = vec!["art6-1-a".into()];
    edited.transfers.clear();
    let saved = s.update_activity(&edited).expect("the edit saves");
    assert_eq!(saved.version, 2, "each save raises the version");
    let reloaded = s.activity("hr").expect("reload");
    assert_eq!(reloaded, saved, "what update returns is what is stored");
    assert!(
        reloaded.transfers.is_empty(),
        "removed parts must be gone after saving"
    );
}

#[test]
fn parties_and_organisation_round_trip() {
    let s = populated_store();
    let mut host = full_party("host", Some("sub"));
    host.version = 1;
    let mut covers = host
        .agreement
        .as_ref()
        .map(|a| a.covers.clone())
        .unwrap_or_default();
    covers.sort();
    assert_eq!(
        s.party("host").expect("party loads"),
        host,
        "party with agreement must round-trip"
    );
    assert_eq!(covers.len(), 8, "all Art. 28(3) points were recorded");
    let mut org = full_organisation();
    org.version = 1;
    assert_eq!(
        s.organisation().expect("header loads"),
        org,
        "the header must round-trip"
    );
    assert_eq!(
        s.toms().expect("toms load")[0].title,
        full_tom("tom-tls").title
    );
}

#[test]
fn a_partys_processing_countries_are_checked_and_kept_in_order() {
    let mut s = populated_store();
    let before = s.load().expect("load");
    let mut host = s.party("host").expect("loads");
    // Lower case is taken, the seat (US) and a repeat are dropped.
    host.processing_countries = vec!["in".into(), "US".into(), " GB ".into(), "IN".into()];
    let saved = s.update_party(&host).expect("valid countries save");
    assert_eq!(saved.processing_countries, ["IN", "GB"]);
    assert_eq!(s.party("host").expect("loads"), saved, "stored as returned");

    let mut bad = saved.clone();
    bad.processing_countries = vec!["GB".into(), "XX".into()];
    let err = s
        .update_party(&bad)
        .expect_err("an unknown code is refused");
    assert_eq!(err.field(), Some("processing_countries[1]"), "{err}");
    assert_eq!(
        s.party("host").expect("loads"),
        saved,
        "a refused save changes nothing"
    );

    // Written to the interchange file only when there are any, and read back.
    let json = vvt::interchange::to_json(&s.load().expect("load")).expect("json");
    assert!(
        json.contains("\"processing_countries\": [\n        \"IN\",\n        \"GB\"\n      ]"),
        "{json}"
    );
    let again = vvt::interchange::from_json(&json).expect("reads back");
    assert_eq!(
        again.party("host").expect("host").processing_countries,
        ["IN", "GB"]
    );
    let mut plain = before;
    plain
        .parties
        .iter_mut()
        .for_each(|p| p.processing_countries.clear());
    let party = serde_json::to_string(&plain.parties[0]).expect("json");
    assert!(!party.contains("processing_countries"), "{party}");
}

#[test]
fn the_reason_for_having_no_dpo_round_trips_and_excludes_a_dpo() {
    let mut s = populated_store();
    let mut org = s.organisation().expect("header loads");
    org.dpo = None;
    org.no_dpo_reason = Some("  Weniger als 20 Beschäftigte  ".into());
    s.save_organisation(&org).expect("saves");
    let saved = s.organisation().expect("header loads");
    assert_eq!(saved.dpo, None);
    assert_eq!(
        saved.no_dpo_reason.as_deref(),
        Some("Weniger als 20 Beschäftigte"),
        "stored trimmed"
    );

    let mut both = saved.clone();
    both.dpo = full_organisation().dpo;
    let err = s
        .save_organisation(&both)
        .expect_err("a DPO and a reason for none");
    assert!(
        matches!(&err, Error::Validation { field, .. } if field == "no_dpo_reason"),
        "names the field: {err:?}"
    );
    assert_eq!(
        s.organisation().expect("header loads"),
        saved,
        "nothing stored"
    );
}

#[test]
fn how_data_subjects_are_informed_round_trips_in_every_form() {
    let mut s = populated_store();
    for information in [
        Information::Separate {
            reference: "Hinweise für Beschäftigte".into(),
        },
        Information::Exempt {
            ground: InformationExemption::LaidDownByLaw,
            explanation: "§ 8 GwG".into(),
        },
        Information::PublicNotice,
    ] {
        let mut a = s.activity("hr").expect("load");
        a.information = information.clone();
        s.update_activity(&a).expect("saves");
        assert_eq!(s.activity("hr").expect("load").information, information);
    }

    let mut a = s.activity("hr").expect("load");
    a.information = Information::Separate {
        reference: " ".into(),
    };
    let err = s
        .update_activity(&a)
        .expect_err("a separate notice needs its name");
    assert!(
        matches!(&err, Error::Validation { field, .. } if field == "information.reference"),
        "names the field: {err:?}"
    );
    a.information = Information::Exempt {
        ground: InformationExemption::NationalLaw,
        explanation: String::new(),
    };
    let err = s
        .update_activity(&a)
        .expect_err("an exemption needs its explanation");
    assert!(
        matches!(&err, Error::Validation { field, .. } if field == "information.explanation"),
        "names the field: {err:?}"
    );
    assert_eq!(
        s.activity("hr").expect("load").information,
        Information::PublicNotice,
        "nothing stored"
    );
}

#[test]
fn a_stale_edit_is_refused_and_changes_nothing() {
    let mut s = populated_store();
    let first = s.activity("hr").expect("load");
    let mut other_window = first.clone();
    let mut mine = first.clone();
    other_window.name = "Geändert im anderen Fenster".into();
    s.update_activity(&other_window)
        .expect("the first save wins");
    mine.name = "Meine Änderung".into();
    let err = s
        .update_activity(&mine)
        .expect_err("a save based on an old version must fail");
    assert!(
        matches!(
            err,
            Error::Conflict {
                expected: 1,
                found: 2,
                ..
            }
        ),
        "the error must say the record changed elsewhere, got {err:?}"
    );
    assert_eq!(
        s.activity("hr").expect("load").name,
        "Geändert im anderen Fenster"
    );
    let err = s
        .delete_activity("hr", 1)
        .expect_err("a stale delete must fail");
    assert_eq!(err.code(), "conflict");
}

#[test]
fn invalid_input_names_the_field_and_leaves_the_register_unchanged() {
    let mut s = populated_store();
    let before = s.load().expect("load");
    let original = s.activity("hr").expect("load");
    type Edit = Box<dyn Fn(&mut ProcessingActivity)>;
    let cases: Vec<(&str, Edit)> = vec![
        (
            "purposes[0].legal_bases[0]",
            Box::new(|a| a.purposes[0].legal_bases[0] = "art99".into()),
        ),
        (
            "transfers[0].country",
            Box::new(|a| a.transfers[0].country = "XX".into()),
        ),
        (
            "transfers[0].country",
            Box::new(|a| a.transfers[0].country = "DE".into()),
        ),
        (
            "transfers[0].mechanism",
            Box::new(|a| a.transfers[0].mechanism = Some("magic".into())),
        ),
        (
            "transfers[0].scc_module",
            Box::new(|a| a.transfers[0].scc_module = Some(5)),
        ),
        (
            "recipients[1].party",
            Box::new(|a| a.recipients[1].party = Some("nobody".into())),
        ),
        ("toms[0]", Box::new(|a| a.toms[0] = "tom-missing".into())),
        ("name", Box::new(|a| a.name = "   ".into())),
        ("name", Box::new(|a| a.name = "x".repeat(301))),
        ("notes", Box::new(|a| a.notes = Some("x".repeat(20_001)))),
        (
            "next_review",
            Box::new(|a| a.next_review = Some(date(1900, 1, 1))),
        ),
        (
            "data_categories[0].retention",
            Box::new(|a| a.data_categories[0].retention = Some(RetentionRule::default())),
        ),
        (
            "automated_decisions.logic",
            Box::new(|a| {
                a.automated_decisions = Some(AutomatedDecisions::Used {
                    logic: String::new(),
                    consequences: None,
                    decisions: vec![],
                })
            }),
        ),
    ];
    for (field, change) in cases {
        let mut a = original.clone();
        change(&mut a);
        let err = s
            .update_activity(&a)
            .expect_err("invalid input must be refused");
        assert_eq!(
            err.field(),
            Some(field),
            "the error must name the field: {err}"
        );
        assert_eq!(
            s.load().expect("load"),
            before,
            "a refused save must change nothing ({field})"
        );
    }
    let mut dup = full_activity("hr", "host", "tom-tls");
    dup.name = "Doppelt".into();
    let err = s
        .create_activity(&dup)
        .expect_err("a taken key must be refused");
    assert_eq!(err.field(), Some("key"));
    let err = s
        .create_activity(&ProcessingActivity::new("a b", "Leerzeichen"))
        .expect_err("bad key");
    assert_eq!(err.field(), Some("key"));
}

#[test]
fn referenced_parties_and_toms_cannot_be_deleted() {
    let mut s = populated_store();
    let err = s
        .delete_party("host", 1)
        .expect_err("a party named by an activity stays");
    assert!(
        err.to_string().contains("activity hr"),
        "the error must say where: {err}"
    );
    let err = s.delete_party("sub", 1).expect_err("a sub-processor stays");
    assert!(
        err.to_string().contains("party host"),
        "the error must say where: {err}"
    );
    let err = s
        .delete_tom("tom-tls", 1)
        .expect_err("a referenced TOM stays");
    assert!(err.to_string().contains("hr"), "{err}");
    s.delete_activity("hr", 1).expect("the activity can go");
    s.delete_party("host", 1).expect("now the processor can go");
    s.delete_party("sub", 1).expect("and its sub-processor");
    s.delete_tom("tom-tls", 1).expect("and the TOM");
    assert_eq!(s.summary().expect("summary").activity_count, 0);
}

#[test]
fn empty_optional_text_is_stored_as_not_recorded() {
    let mut s = store();
    let mut a = ProcessingActivity::new("  x-1 ", "  Name  ");
    a.description = Some("   ".into());
    a.data_subjects = vec!["".into(), " Kunden ".into()];
    let saved = s.create_activity(&a).expect("saves");
    assert_eq!(saved.key, "x-1");
    assert_eq!(saved.name, "Name");
    assert_eq!(saved.description, None, "blank text means not recorded");
    assert_eq!(saved.data_subjects, vec!["Kunden".to_string()]);
    assert_eq!(s.activity("x-1").expect("load"), saved);
}

#[test]
fn list_and_summary_count_what_is_there() {
    let s = populated_store();
    let list = s.list_activities().expect("list");
    assert_eq!(list.len(), 1);
    assert_eq!(list[0].purpose_count, 2);
    assert_eq!(list[0].transfer_count, 1);
    let summary = s.summary().expect("summary");
    assert_eq!(summary.organisation_name.as_deref(), Some("Muster AG"));
    assert_eq!((summary.activity_count, summary.party_count), (1, 2));
}

#[test]
fn a_save_reports_every_problem_of_the_record_at_once() {
    let mut store = common::populated_store();
    let mut a = common::full_activity("VT-ALL", "host", "tom-tls");
    a.name = String::new();
    a.next_review = Some(common::date(1900, 1, 1));
    a.purposes[0].description = String::new();
    let before = store.list_activities().unwrap().len();
    let err = store.create_activity(&a).unwrap_err();
    let fields: Vec<String> = err.problems().into_iter().map(|p| p.field).collect();
    assert_eq!(
        fields,
        ["name", "next_review", "purposes[0].description"],
        "every problem in the order of the record's fields: {err}"
    );
    assert_eq!(err.code(), "validation");
    assert_eq!(err.field(), Some("name"), "the first problem leads");
    assert_eq!(
        store.list_activities().unwrap().len(),
        before,
        "nothing was written"
    );
}

#[test]
fn a_form_with_an_unreadable_date_still_hears_of_its_other_problems() {
    let store = common::populated_store();
    let mut a = common::full_activity("VT-FORM", "host", "tom-tls");
    a.name = String::new();
    let mut value = serde_json::to_value(&a).unwrap();
    value["next_review"] = serde_json::json!("2027-02-30");
    value["last_reviewed"] = serde_json::json!("gestern");

    let (read, problems) = vvt::interchange::record_from_value_lenient::<ProcessingActivity>(value);
    let fields: Vec<&str> = problems.iter().map(|p| p.field.as_str()).collect();
    assert_eq!(
        fields,
        ["last_reviewed", "next_review"],
        "both unreadable values, each once"
    );
    assert!(matches!(problems[1].reason, Reason::InvalidDate { .. }));
    let rest = read.expect("the rest of the form is read, the bad values set aside");
    assert_eq!(rest.next_review, None);

    let err = store.check_activity(&rest).unwrap_err();
    assert_eq!(
        err.field(),
        Some("name"),
        "the check of the rest finds the empty name"
    );
    assert_eq!(
        store.list_activities().unwrap().len(),
        1,
        "checking writes nothing"
    );
}
