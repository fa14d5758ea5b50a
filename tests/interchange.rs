//! The JSON interchange format: byte-identical round trips and imports that
//! refuse bad files with the JSON path and reason, leaving the register as it was.

use crate::common;

use common::*;
use serde_json::{json, Value};
use vvt::*;

fn export(s: &Store) -> String {
    interchange::to_json(&s.load().expect("register loads")).expect("exports")
}

#[test]
fn export_import_export_is_byte_identical() {
    let mut s = populated_store();
    let mut a = s.activity("hr").expect("load");
    a.name = "Zweite Fassung".into();
    s.update_activity(&a).expect("save");
    let first = export(&s);
    let mut fresh = store();
    fresh
        .import(&interchange::from_json(&first).expect("parses"), false)
        .expect("imports into an empty register");
    assert_eq!(
        export(&fresh),
        first,
        "the round trip must not change a single byte"
    );
    assert!(
        first.contains("\"history\""),
        "the export carries the history"
    );
    assert!(first.starts_with(&format!(
        "{{\n  \"format\": \"vvt-register\",\n  \"format_version\": {},",
        vvt::interchange::FORMAT_VERSION
    )));
}

#[test]
fn the_example_register_round_trips() {
    let mut s = store();
    s.load_example().expect("example loads");
    let first = export(&s);
    let mut fresh = store();
    fresh
        .import(&interchange::from_json(&first).expect("parses"), false)
        .expect("imports");
    assert_eq!(export(&fresh), first);
}

#[test]
fn importing_into_a_register_with_data_needs_replace() {
    let mut s = populated_store();
    let other = {
        let mut o = store();
        o.load_example().expect("example");
        o.load().expect("load")
    };
    let before = export(&s);
    let err = s
        .import(&other, false)
        .expect_err("must refuse to mix registers");
    assert_eq!(err.field(), Some("register"));
    assert_eq!(export(&s), before, "a refused import changes nothing");
    s.import(&other, true).expect("replace is allowed");
    assert_eq!(
        s.activities().expect("load").len(),
        3,
        "the example replaced the content"
    );
    assert!(s.party("host").is_err(), "nothing of the old content stays");
}

/// Applies `edit` to a valid export and expects the import to fail at `path`
/// with a reason containing `reason`, leaving the target register unchanged.
fn refused(edit: impl FnOnce(&mut Value), path: &str, reason: &str) {
    let source = populated_store();
    let mut value: Value = serde_json::from_str(&export(&source)).expect("valid JSON");
    edit(&mut value);
    let text = serde_json::to_string_pretty(&value).expect("serialises");
    refused_text(&text, path, reason);
}

fn refused_text(text: &str, path: &str, reason: &str) {
    let mut target = store();
    target.load_example().expect("example");
    let before = export(&target);
    let result = interchange::from_json(text).and_then(|r| target.import(&r, true));
    let err = result.expect_err("an invalid file must be refused");
    assert_eq!(
        err.field(),
        Some(path),
        "the error must name the JSON path: {err}"
    );
    assert!(
        err.to_string().contains(reason),
        "the error must give the reason '{reason}': {err}"
    );
    assert_eq!(
        export(&target),
        before,
        "the register must be exactly as it was"
    );
}

#[test]
fn malformed_json_is_refused_with_line_and_column() {
    refused_text(
        "{\n  \"format\": \"vvt-register\",\n  oops\n}",
        "line 3, column 3",
        "malformed JSON",
    );
    refused_text("[]", "$", "JSON object");
    refused_text(
        "{\"format\": \"other\", \"format_version\": 1}",
        "format",
        "vvt-register",
    );
    refused_text(
        "{\"format\": \"vvt-register\", \"format_version\": 10}",
        "format_version",
        "newer",
    );
}

#[test]
fn a_version_1_file_is_read_and_written_back_in_the_current_version() {
    let fixture = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/schema-v4-example.json"
    );
    let old = std::fs::read_to_string(fixture).expect("fixture");
    assert!(
        old.contains("\"format_version\": 1,"),
        "the fixture is a version-1 file"
    );
    let register = vvt::interchange::from_json(&old).expect("a version-1 file imports");
    assert!(register
        .activities
        .iter()
        .all(|a| a.information == vvt::Information::PublicNotice));
    assert_eq!(register.organisation.no_dpo_reason, None);
    let new = vvt::interchange::to_json(&register).expect("exports");
    assert!(new.contains(&format!(
        "\"format_version\": {},",
        vvt::interchange::FORMAT_VERSION
    )));
    assert!(vvt::interchange::from_json(&new).is_ok());
}

#[test]
fn wrong_types_are_refused() {
    refused(
        |v| v["activities"][0]["name"] = json!(42),
        "activities[0].name",
        "invalid type",
    );
    refused(
        |v| v["activities"][0]["status"] = json!("finished"),
        "activities[0].status",
        "unknown variant",
    );
    refused(
        |v| v["parties"][0]["dpf_certified"] = json!("yes"),
        "parties[0].dpf_certified",
        "invalid type",
    );
    refused(
        |v| v["activities"][0]["next_review"] = json!("2026-02-30"),
        "activities[0].next_review",
        "",
    );
    refused(
        |v| v["activities"][0]["surprise"] = json!(1),
        "activities[0].surprise",
        "unknown field",
    );
}

#[test]
fn missing_required_fields_are_refused() {
    refused(
        |v| {
            v["activities"][0]
                .as_object_mut()
                .expect("object")
                .remove("name");
        },
        "activities[0]",
        "missing field `name`",
    );
    refused(
        |v| v["activities"][0]["purposes"][0]["description"] = json!(""),
        "activities[0].purposes[0].description",
        "required",
    );
}

#[test]
fn unknown_catalog_codes_are_refused() {
    refused(
        |v| v["activities"][0]["transfers"][0]["country"] = json!("XX"),
        "activities[0].transfers[0].country",
        "unknown country code 'XX'",
    );
    refused(
        |v| v["parties"][0]["country"] = json!("ZZ"),
        "parties[0].country",
        "unknown country code",
    );
    refused(
        |v| v["activities"][0]["purposes"][0]["legal_bases"][0] = json!("art6-1-z"),
        "activities[0].purposes[0].legal_bases[0]",
        "unknown legal basis",
    );
    refused(
        |v| v["activities"][0]["transfers"][0]["mechanism"] = json!("privacy-magic"),
        "activities[0].transfers[0].mechanism",
        "unknown transfer mechanism",
    );
    refused(
        |v| v["organisation"]["authority"] = json!("DE-XX"),
        "organisation.authority",
        "unknown supervisory authority",
    );
}

#[test]
fn dangling_references_are_refused() {
    refused(
        |v| v["activities"][0]["recipients"][1]["party"] = json!("ghost"),
        "activities[0].recipients[1].party",
        "does not exist",
    );
    refused(
        |v| v["activities"][0]["toms"][0] = json!("tom-ghost"),
        "activities[0].toms[0]",
        "does not exist",
    );
    refused(
        |v| v["organisation"]["joint_controllers"][0]["activities"][0] = json!("ghost"),
        "organisation.joint_controllers[0].activities[0]",
        "does not exist",
    );
    // parties are exported by key: `host` comes before `sub`.
    refused(
        |v| v["parties"][0]["agreement"]["subprocessors"][0]["party"] = json!("ghost"),
        "parties[0].agreement.subprocessors[0].party",
        "does not exist",
    );
}

#[test]
fn duplicate_keys_are_refused() {
    refused(
        |v| {
            let copy = v["activities"][0].clone();
            v["activities"].as_array_mut().expect("array").push(copy);
        },
        "activities[1].key",
        "duplicate key 'hr'",
    );
    refused(
        |v| v["parties"][1]["key"] = json!("host"),
        "parties[1].key",
        "duplicate key 'host'",
    );
    refused(
        |v| {
            let copy = v["history"][0].clone();
            v["history"].as_array_mut().expect("array").push(copy);
        },
        "history[5].id",
        "duplicate id",
    );
}

/// The desktop editor sends one record as JSON; a date that does not exist
/// must come back naming its field, in words, not as a serde internals message.
#[test]
fn a_record_with_an_impossible_date_names_the_field() {
    let mut store = vvt::Store::open_in_memory().unwrap();
    store.load_example().unwrap();
    let key = store.list_activities().unwrap()[0].key.clone();
    let mut json = serde_json::to_value(store.activity(&key).unwrap()).unwrap();
    json["next_review"] = serde_json::json!("2026-02-30");

    let error = vvt::interchange::record_from_value::<vvt::ProcessingActivity>(json).unwrap_err();

    assert_eq!(error.code(), "validation");
    assert_eq!(error.field(), Some("next_review"));
    assert!(
        error
            .to_string()
            .contains("'2026-02-30' is not a valid date (YYYY-MM-DD)"),
        "{error}"
    );
}

/// A number typed as text where a count belongs is a wrong type; only texts
/// that chrono failed to read as a date are called "not a valid date".
#[test]
fn a_number_as_text_in_a_count_is_no_date_error() {
    let mut json = serde_json::to_value(vvt::ProcessingActivity::new("VT-001", "Test")).unwrap();
    json["data_categories"] = serde_json::json!([{
        "name": "Name",
        "retention": { "period": { "amount": "3", "unit": "years" } }
    }]);

    let error = vvt::interchange::record_from_value::<vvt::ProcessingActivity>(json).unwrap_err();

    assert!(!error.to_string().contains("not a valid date"), "{error}");
    assert!(error.to_string().contains("expected u32"), "{error}");
}

#[test]
fn a_record_with_a_wrong_shape_names_the_nested_field() {
    let mut json = serde_json::to_value(vvt::ProcessingActivity::new("VT-001", "Test")).unwrap();
    json["purposes"] = serde_json::json!([{ "description": "Zweck", "legal_bases": "art6-1-b" }]);

    let error = vvt::interchange::record_from_value::<vvt::ProcessingActivity>(json).unwrap_err();

    assert_eq!(error.field(), Some("purposes[0].legal_bases"), "{error}");
}

#[test]
fn the_next_activity_key_follows_the_highest_vt_number() {
    let mut store = vvt::Store::open_in_memory().unwrap();
    assert_eq!(
        store.next_activity_key().unwrap(),
        "VT-001",
        "an empty register starts at 1"
    );
    for key in ["VT-002", "VT-010", "VT-abc"] {
        store
            .create_activity(&vvt::ProcessingActivity::new(
                key,
                format!("Tätigkeit {key}"),
            ))
            .unwrap();
    }
    assert_eq!(
        store.next_activity_key().unwrap(),
        "VT-011",
        "after the highest number, gaps are not refilled (keys are never reused)"
    );
}
