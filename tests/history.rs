//! Every create, update and delete of every kind of record writes one history
//! row, in the same transaction, with author, time and each field's old and
//! new value.

use crate::common;

use common::*;
use serde_json::json;
use vvt::*;

fn last(s: &Store) -> ChangeRecord {
    s.history(None)
        .expect("history loads")
        .pop()
        .expect("there is a history row")
}

fn change<'a>(rec: &'a ChangeRecord, field: &str) -> &'a FieldChange {
    rec.changes
        .iter()
        .find(|c| c.field == field)
        .unwrap_or_else(|| panic!("history row must record field {field}: {:?}", rec.changes))
}

#[test]
fn activity_create_update_delete_are_recorded() {
    let mut s = populated_store();
    let rows = s
        .history(Some((EntityKind::Activity, "hr")))
        .expect("history");
    assert_eq!(rows.len(), 1, "creating writes one row");
    assert_eq!(rows[0].action, ChangeAction::Create);
    assert_eq!(rows[0].user, "tester", "the author is recorded");
    assert_eq!(change(&rows[0], "name").new, json!("Tätigkeit hr"));
    assert_eq!(change(&rows[0], "name").old, json!(null));

    let mut a = s.activity("hr").expect("load");
    a.purposes[0].description = "Neuer Zweck".into();
    a.purposes[0].legal_bases = vec!["art6-1-c".into()];
    s.update_activity(&a).expect("save");
    let rec = last(&s);
    assert_eq!(
        (rec.entity, rec.action, rec.key.as_str()),
        (EntityKind::Activity, ChangeAction::Update, "hr")
    );
    let c = change(&rec, "purposes[0].description");
    assert_eq!(
        (c.old.clone(), c.new.clone()),
        (
            json!("Durchführung des Arbeitsverhältnisses"),
            json!("Neuer Zweck")
        )
    );
    let c = change(&rec, "purposes[0].legal_bases");
    assert_eq!(c.new, json!(["art6-1-c"]));
    assert!(
        rec.changes.iter().all(|c| c.field != "version"),
        "bookkeeping is not history"
    );

    let before = s.history(None).expect("history").len();
    s.update_activity(&s.activity("hr").expect("load"))
        .expect("save without change");
    assert_eq!(
        s.history(None).expect("history").len(),
        before,
        "a save that changes nothing writes no row"
    );

    s.delete_activity("hr", 3).expect("delete");
    let rec = last(&s);
    assert_eq!(rec.action, ChangeAction::Delete);
    assert_eq!(change(&rec, "name").old, json!("Tätigkeit hr"));
    assert_eq!(change(&rec, "name").new, json!(null));
}

#[test]
fn party_tom_and_header_changes_are_recorded() {
    let mut s = populated_store();
    let mut p = s.party("sub").expect("load");
    p.dpf_certified = false;
    s.update_party(&p).expect("save");
    let rec = last(&s);
    assert_eq!(
        (rec.entity, rec.action),
        (EntityKind::Party, ChangeAction::Update)
    );
    assert_eq!(change(&rec, "dpf_certified").old, json!(true));

    let mut t = s.toms().expect("toms")[0].clone();
    t.title = "Neu".into();
    s.update_tom(&t).expect("save");
    assert_eq!(change(&last(&s), "title").new, json!("Neu"));

    let mut o = s.organisation().expect("load");
    o.controller.email = Some("neu@muster.example".into());
    s.save_organisation(&o).expect("save");
    let rec = last(&s);
    assert_eq!(
        (rec.entity, rec.key.as_str()),
        (EntityKind::Organisation, "organisation")
    );
    assert_eq!(
        change(&rec, "controller.email").new,
        json!("neu@muster.example")
    );

    s.create_tom(&full_tom("tom-2")).expect("create");
    assert_eq!(
        (last(&s).entity, last(&s).action),
        (EntityKind::Tom, ChangeAction::Create)
    );
    s.delete_tom("tom-2", 1).expect("delete");
    assert_eq!(last(&s).action, ChangeAction::Delete);
    s.create_party(&full_party("p3", None)).expect("create");
    s.delete_party("p3", 1).expect("delete");
    let rec = last(&s);
    assert_eq!(
        (rec.entity, rec.action, rec.key.as_str()),
        (EntityKind::Party, ChangeAction::Delete, "p3")
    );
}

#[test]
fn a_refused_write_leaves_no_history_row() {
    let mut s = populated_store();
    let before = s.history(None).expect("history");
    let mut a = s.activity("hr").expect("load");
    a.transfers[0].country = "XX".into();
    s.update_activity(&a).expect_err("invalid");
    assert_eq!(
        s.history(None).expect("history"),
        before,
        "a failed write must not leave history"
    );
}
