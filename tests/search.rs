//! The activity list's search and filters.

use crate::common;

use common::*;
use vvt::*;

fn keys(s: &Store, filter: ActivityFilter) -> Vec<String> {
    s.find_activities(&filter)
        .expect("search")
        .into_iter()
        .map(|i| i.key)
        .collect()
}

fn text(t: &str) -> ActivityFilter {
    ActivityFilter {
        text: Some(t.into()),
        ..ActivityFilter::default()
    }
}

#[test]
fn search_finds_name_purpose_party_and_data_category() {
    let mut s = store();
    s.load_example().expect("example");
    assert_eq!(keys(&s, text("webex")), ["meetings-webex"], "by name");
    assert_eq!(
        keys(&s, text("CISCO")),
        ["meetings-webex"],
        "by party name, any case"
    );
    assert_eq!(
        keys(&s, text("gravatar")).first().map(String::as_str),
        Some("meetings-jitsi")
    );
    assert_eq!(
        keys(&s, text("bildschirm")),
        ["meetings-teams"],
        "by data category"
    );
    assert_eq!(keys(&s, text("Online-Meetings")).len(), 3, "by purpose");
    assert!(
        keys(&s, text("webex microsoft")).is_empty(),
        "every word must match"
    );
    assert!(keys(&s, text("kein-treffer-xyz")).is_empty());
}

#[test]
fn search_folds_umlauts() {
    let mut s = store();
    let mut a = ProcessingActivity::new("aerzte", "Ärztliche Untersuchungen");
    a.purposes.push(Purpose {
        description: "Betriebsärztliche Vorsorge".into(),
        ..Purpose::default()
    });
    s.create_activity(&a).expect("save");
    assert_eq!(keys(&s, text("ÄRZTLICHE")), ["aerzte"]);
    assert_eq!(keys(&s, text("betriebsÄrzt")), ["aerzte"]);
}

#[test]
fn filters_narrow_the_list() {
    let mut s = populated_store();
    let mut b = ProcessingActivity::new("b-draft", "Entwurf");
    b.next_review = Some(date(2030, 1, 1));
    s.create_activity(&b).expect("save");
    let only = |f: ActivityFilter| keys(&s, f);
    assert_eq!(
        only(ActivityFilter {
            status: Some(ActivityStatus::Draft),
            ..Default::default()
        }),
        ["b-draft"]
    );
    assert_eq!(
        only(ActivityFilter {
            legal_basis: Some("bdsg-26".into()),
            ..Default::default()
        }),
        ["hr"]
    );
    assert_eq!(
        only(ActivityFilter {
            has_transfer: Some(true),
            ..Default::default()
        }),
        ["hr"]
    );
    assert_eq!(
        only(ActivityFilter {
            has_transfer: Some(false),
            ..Default::default()
        }),
        ["b-draft"]
    );
    assert_eq!(
        only(ActivityFilter {
            review_due_by: Some(date(2027, 1, 1)),
            ..Default::default()
        }),
        ["hr"]
    );
    assert_eq!(s.list_activities().expect("list").len(), 2);
}

#[test]
fn search_sees_changes_made_through_another_connection() {
    let dir = tempfile::tempdir().expect("tmp");
    let path = dir.path().join("r.vvt");
    let mut app = Store::create(&path).expect("open");
    app.load_example().expect("example");
    assert!(
        keys(&app, text("Zoom")).is_empty(),
        "warms the search index"
    );
    let mut cli = Store::create(&path).expect("second connection");
    let mut a = cli.activity("meetings-jitsi").expect("load");
    a.name = "Online-Meetings mit Zoom".into();
    cli.update_activity(&a).expect("save");
    assert_eq!(
        keys(&app, text("zoom")),
        ["meetings-jitsi"],
        "the other writer's change is found"
    );
    let mut b = app.activity("meetings-webex").expect("load");
    b.data_categories[0].name = "Zoom-Kennung".into();
    app.update_activity(&b).expect("save");
    assert_eq!(
        keys(&app, text("zoom")).len(),
        2,
        "this handle's own change is found"
    );
}
