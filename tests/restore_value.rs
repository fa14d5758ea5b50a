//! Restoring an earlier value from the change history: saved as a new change
//! through the record's own update, refused when stale or when the place of the
//! value no longer exists.

use crate::common;

use common::*;
use serde_json::json;
use vvt::*;

fn history(s: &Store, entity: EntityKind, key: &str) -> Vec<ChangeRecord> {
    s.history(Some((entity, key))).expect("history loads")
}

fn last(s: &Store, entity: EntityKind, key: &str) -> ChangeRecord {
    history(s, entity, key)
        .pop()
        .expect("there is a history row")
}

/// Edits activity `hr`'s first purpose text, returning the change's id.
fn edit_purpose(s: &mut Store, text: &str) -> i64 {
    let mut a = s.activity("hr").expect("load");
    a.purposes[0].description = text.into();
    s.update_activity(&a).expect("save");
    last(s, EntityKind::Activity, "hr").id
}

fn validation_field(e: &Error) -> &str {
    assert_eq!(e.code(), "validation", "expected a validation error: {e}");
    e.field().expect("a validation error names its field")
}

#[test]
fn purpose_text_comes_back_after_two_edits_as_a_new_change() {
    let mut s = populated_store();
    let original = s.activity("hr").expect("load").purposes[0]
        .description
        .clone();
    let first = edit_purpose(&mut s, "Zweck B");
    let second = edit_purpose(&mut s, "Zweck C");
    assert_ne!(first, second);
    let version = s.activity("hr").expect("load").version;
    let rows_before = history(&s, EntityKind::Activity, "hr").len();

    let field = "purposes[0].description";
    let saved = s
        .restore_value(EntityKind::Activity, "hr", first, field, version)
        .expect("restore");

    assert_eq!(saved["purposes"][0]["description"], json!(original));
    assert_eq!(saved["version"], json!(version + 1));
    let stored = s.activity("hr").expect("load");
    assert_eq!(stored.purposes[0].description, original);
    assert_eq!(stored.version, version + 1);
    assert_eq!(
        stored.purposes[1].description, "Newsletter",
        "nothing else changes"
    );

    let rows = history(&s, EntityKind::Activity, "hr");
    assert_eq!(rows.len(), rows_before + 1, "one new history row");
    let rec = rows.last().expect("row");
    assert_eq!(rec.action, ChangeAction::Update);
    assert_eq!(rec.user, "tester");
    assert_eq!(
        rec.changes,
        vec![FieldChange {
            field: field.into(),
            old: json!("Zweck C"),
            new: json!(original),
        }]
    );

    // The second edit's earlier value is "Zweck B".
    s.restore_value(EntityKind::Activity, "hr", second, field, version + 1)
        .expect("restore the second edit's old value");
    assert_eq!(
        s.activity("hr").expect("load").purposes[0].description,
        "Zweck B"
    );
}

#[test]
fn a_legal_bases_list_is_restored_whole() {
    let mut s = populated_store();
    let mut a = s.activity("hr").expect("load");
    a.purposes[1].legal_bases = vec!["art6-1-a".into()];
    let a = s.update_activity(&a).expect("save");
    let change = last(&s, EntityKind::Activity, "hr").id;

    let saved = s
        .restore_value(
            EntityKind::Activity,
            "hr",
            change,
            "purposes[1].legal_bases",
            a.version,
        )
        .expect("restore");
    assert_eq!(
        saved["purposes"][1]["legal_bases"],
        json!(["art6-1-a", "art6-1-f"])
    );
    assert_eq!(
        s.activity("hr").expect("load").purposes[1].legal_bases,
        vec!["art6-1-a".to_owned(), "art6-1-f".to_owned()]
    );
    let rec = last(&s, EntityKind::Activity, "hr");
    assert_eq!(rec.changes[0].old, json!(["art6-1-a"]));
    assert_eq!(rec.changes[0].new, json!(["art6-1-a", "art6-1-f"]));
}

#[test]
fn a_stale_version_is_a_conflict_and_changes_nothing() {
    let mut s = populated_store();
    let first = edit_purpose(&mut s, "Zweck B");
    let stale = s.activity("hr").expect("load").version;
    edit_purpose(&mut s, "Zweck C");
    let before = s.activity("hr").expect("load");
    let rows = s.history(None).expect("history").len();

    let err = s
        .restore_value(
            EntityKind::Activity,
            "hr",
            first,
            "purposes[0].description",
            stale,
        )
        .expect_err("stale");
    assert_eq!(err.code(), "conflict");
    assert!(
        matches!(err, Error::Conflict { expected, found, .. } if expected == stale && found == stale + 1),
        "{err:?}"
    );
    assert_eq!(
        s.activity("hr").expect("load"),
        before,
        "register unchanged"
    );
    assert_eq!(s.history(None).expect("history").len(), rows);
}

#[test]
fn unknown_or_foreign_change_ids_are_refused() {
    let mut s = populated_store();
    let version = s.activity("hr").expect("load").version;
    let err = s
        .restore_value(EntityKind::Activity, "hr", 999_999, "name", version)
        .expect_err("unknown id");
    assert_eq!(err.code(), "not_found");
    assert!(err.to_string().contains("999999"), "{err}");

    // A real change, but of another record.
    let tom_change = last(&s, EntityKind::Tom, "tom-tls").id;
    let err = s
        .restore_value(EntityKind::Activity, "hr", tom_change, "title", version)
        .expect_err("foreign change");
    assert_eq!(validation_field(&err), "change_id");
    assert!(err.to_string().contains(&tom_change.to_string()), "{err}");
}

#[test]
fn a_field_the_change_did_not_touch_is_refused() {
    let mut s = populated_store();
    let change = edit_purpose(&mut s, "Zweck B");
    let version = s.activity("hr").expect("load").version;
    let err = s
        .restore_value(EntityKind::Activity, "hr", change, "notes", version)
        .expect_err("notes did not change");
    assert_eq!(validation_field(&err), "notes");
    assert!(err.to_string().contains("did not change"), "{err}");
}

#[test]
fn a_field_whose_list_entry_is_gone_is_refused_naming_it() {
    let mut s = populated_store();
    let mut a = s.activity("hr").expect("load");
    a.purposes[1].description = "Newsletter (neu)".into();
    s.update_activity(&a).expect("save");
    let change = last(&s, EntityKind::Activity, "hr").id;
    let mut a = s.activity("hr").expect("load");
    a.purposes.truncate(1);
    let a = s.update_activity(&a).expect("save");
    let rows = s.history(None).expect("history").len();

    let err = s
        .restore_value(
            EntityKind::Activity,
            "hr",
            change,
            "purposes[1].description",
            a.version,
        )
        .expect_err("entry gone");
    assert_eq!(validation_field(&err), "purposes[1].description");
    assert!(
        err.to_string()
            .contains("purposes[1] no longer exists: purposes has 1 entry now"),
        "{err}"
    );
    assert_eq!(s.activity("hr").expect("load"), a, "register unchanged");
    assert_eq!(s.history(None).expect("history").len(), rows);
}

#[test]
fn a_value_already_in_place_is_refused() {
    let mut s = populated_store();
    let first = edit_purpose(&mut s, "Zweck B");
    let version = s.activity("hr").expect("load").version;
    s.restore_value(
        EntityKind::Activity,
        "hr",
        first,
        "purposes[0].description",
        version,
    )
    .expect("restore");
    let err = s
        .restore_value(
            EntityKind::Activity,
            "hr",
            first,
            "purposes[0].description",
            version + 1,
        )
        .expect_err("already restored");
    assert_eq!(validation_field(&err), "purposes[0].description");
    assert!(err.to_string().contains("nothing to restore"), "{err}");
}

#[test]
fn a_deleted_record_is_not_found() {
    let mut s = populated_store();
    let change = edit_purpose(&mut s, "Zweck B");
    let version = s.activity("hr").expect("load").version;
    s.delete_activity("hr", version).expect("delete");
    let err = s
        .restore_value(
            EntityKind::Activity,
            "hr",
            change,
            "purposes[0].description",
            version,
        )
        .expect_err("deleted");
    assert_eq!(err.code(), "not_found");
}

#[test]
fn party_values_restore_including_ones_that_did_not_exist() {
    let mut s = populated_store();
    let mut p = s.party("sub").expect("load");
    p.name = "Umbenannt GmbH".into();
    s.update_party(&p).expect("save");
    let change = last(&s, EntityKind::Party, "sub").id;
    let version = s.party("sub").expect("load").version;
    let saved = s
        .restore_value(EntityKind::Party, "sub", change, "name", version)
        .expect("restore");
    assert_eq!(saved["name"], json!("Dienstleister sub GmbH & Co. KG"));
    assert_eq!(
        s.party("sub").expect("load").name,
        "Dienstleister sub GmbH & Co. KG"
    );

    // An agreement added later: its fields were `null` before, i.e. empty.
    let mut p = full_party("new", None);
    let agreement = p.agreement.take();
    s.create_party(&p).expect("create");
    let mut p = s.party("new").expect("load");
    p.agreement = agreement;
    let p = s.update_party(&p).expect("save");
    let change = last(&s, EntityKind::Party, "new");
    assert_eq!(
        change
            .changes
            .iter()
            .find(|c| c.field == "agreement.covers")
            .expect("covers recorded")
            .old,
        json!(null)
    );
    for (field, version) in [
        ("agreement.reference", p.version),
        ("agreement.covers", p.version + 1),
    ] {
        s.restore_value(EntityKind::Party, "new", change.id, field, version)
            .expect("restore an empty value");
    }
    let agreement = s
        .party("new")
        .expect("load")
        .agreement
        .expect("agreement kept");
    assert_eq!(agreement.reference, None);
    assert!(agreement.covers.is_empty());
    assert_eq!(agreement.location.as_deref(), Some("Vertragsordner 7"));
}

#[test]
fn organisation_values_restore() {
    let mut s = populated_store();
    let mut o = s.organisation().expect("load");
    o.controller.email = Some("neu@muster.example".into());
    let o = s.save_organisation(&o).expect("save");
    let change = last(&s, EntityKind::Organisation, "organisation").id;
    let saved = s
        .restore_value(
            EntityKind::Organisation,
            "organisation",
            change,
            "controller.email",
            o.version,
        )
        .expect("restore");
    assert_eq!(saved["controller"]["email"], json!("info@muster.example"));
    let stored = s.organisation().expect("load");
    assert_eq!(
        stored.controller.email.as_deref(),
        Some("info@muster.example")
    );
    assert_eq!(stored.version, o.version + 1);
}

#[test]
fn tom_values_restore() {
    let mut s = populated_store();
    let mut t = s.toms().expect("toms")[0].clone();
    t.title = "Neu".into();
    let t = s.update_tom(&t).expect("save");
    let change = last(&s, EntityKind::Tom, &t.key).id;
    let saved = s
        .restore_value(EntityKind::Tom, &t.key, change, "title", t.version)
        .expect("restore");
    assert_eq!(saved["title"], json!("Transportverschlüsselung tom-tls"));
    assert_eq!(
        s.toms().expect("toms")[0].title,
        "Transportverschlüsselung tom-tls"
    );
}

#[test]
fn processor_record_values_restore() {
    let mut s = populated_store();
    let mut e = ProcessorActivity::new("AV-001", "Lohnabrechnung", "Acme GmbH");
    e.categories = vec!["Lohnabrechnung".into()];
    s.create_processor_activity(&e).expect("create");
    let mut e = s.processor_activity("AV-001").expect("load");
    e.controller.name = "Acme AG".into();
    let e = s.update_processor_activity(&e).expect("save");
    let change = last(&s, EntityKind::ProcessorActivity, "AV-001").id;
    s.restore_value(
        EntityKind::ProcessorActivity,
        "AV-001",
        change,
        "controller.name",
        e.version,
    )
    .expect("restore");
    assert_eq!(
        s.processor_activity("AV-001")
            .expect("load")
            .controller
            .name,
        "Acme GmbH"
    );
}

#[test]
fn an_invalid_earlier_value_is_refused_by_the_usual_validation() {
    // A party a restore would bring back no longer exists: the update's own
    // validation refuses it and names the field.
    let mut s = populated_store();
    s.create_party(&full_party("gone", None)).expect("create");
    let mut a = s.activity("hr").expect("load");
    a.recipients[1].party = Some("gone".into());
    s.update_activity(&a).expect("save");
    let mut a = s.activity("hr").expect("load");
    a.recipients[1].party = Some("host".into());
    let a = s.update_activity(&a).expect("save");
    let change = last(&s, EntityKind::Activity, "hr").id;
    s.delete_party("gone", 1).expect("delete");

    let err = s
        .restore_value(
            EntityKind::Activity,
            "hr",
            change,
            "recipients[1].party",
            a.version,
        )
        .expect_err("unknown party");
    assert_eq!(validation_field(&err), "recipients[1].party");
    assert_eq!(s.activity("hr").expect("load"), a);
}

#[test]
fn the_example_register_restores_an_activity_name() {
    let mut s = store();
    s.load_example().expect("example loads");
    let key = vvt::example::JITSI;
    let mut a = s.activity(key).expect("load");
    let original = a.name.clone();
    a.name = "Videokonferenzen".into();
    let a = s.update_activity(&a).expect("save");
    let change = last(&s, EntityKind::Activity, key).id;
    let saved = s
        .restore_value(EntityKind::Activity, key, change, "name", a.version)
        .expect("restore");
    assert_eq!(saved["name"], json!(original));
    assert_eq!(s.activity(key).expect("load").name, original);
}
