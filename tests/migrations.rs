//! Opening registers: a new file gets every migration, an older file is
//! brought up to date with its data intact, and files that are not ours or
//! are too new are refused without being touched.

use rusqlite::Connection;
use vvt::store::migrate;
use vvt::*;

const SCHEMA_V1: &str = include_str!("../migrations/0001_schema.sql");

#[test]
fn a_new_file_gets_the_latest_schema() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("sub folder").join("neu.vvt");
    let s = Store::create(&path).expect("a new register is created, with its folder");
    assert_eq!(
        s.schema_version().expect("version"),
        migrate::latest_version()
    );
    assert!(path.exists());
    assert!(
        s.catalogs().countries.len() > 240,
        "the catalogs come with the migrations"
    );
    drop(s);
    let conn = Connection::open(&path).expect("open raw");
    let app_id: i32 = conn
        .query_row("PRAGMA application_id", [], |r| r.get(0))
        .expect("pragma");
    assert_eq!(
        app_id,
        migrate::APPLICATION_ID,
        "the file is marked as a VVT register"
    );
    let mode: String = conn
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .expect("pragma");
    assert_eq!(mode, "wal");
}

#[test]
fn an_existing_file_keeps_its_data_when_reopened() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("r.vvt");
    {
        let mut s = Store::create(&path).expect("create");
        s.load_example().expect("example");
    }
    let s = Store::create(&path).expect("reopen");
    assert_eq!(s.summary().expect("summary").activity_count, 3);
    assert_eq!(
        s.schema_version().expect("version"),
        migrate::latest_version()
    );
}

#[test]
fn an_older_schema_is_migrated_with_its_data() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("alt.vvt");
    {
        // A register as the first schema version left it.
        let conn = Connection::open(&path).expect("create raw");
        conn.execute_batch(SCHEMA_V1).expect("schema v1");
        conn.pragma_update(None, "user_version", 1)
            .expect("version");
        conn.pragma_update(None, "application_id", migrate::APPLICATION_ID)
            .expect("app id");
        conn.execute(
            "INSERT INTO activity (key, name, status, created_at, updated_at, version)
             VALUES ('alt-1', 'Altbestand', 'active', '2020-01-01T00:00:00Z', '2020-01-01T00:00:00Z', 4)",
            [],
        )
        .expect("row");
    }
    let s = Store::create(&path).expect("migrates");
    assert_eq!(
        s.schema_version().expect("version"),
        migrate::latest_version()
    );
    let a = s
        .activity("alt-1")
        .expect("the old activity is still there");
    assert_eq!((a.name.as_str(), a.version), ("Altbestand", 4));
    assert!(
        s.catalogs().legal_basis("art6-1-f").is_some(),
        "later migrations were applied"
    );
}

#[test]
fn a_newer_schema_is_refused_and_left_alone() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("neuer.vvt");
    drop(Store::create(&path).expect("create"));
    {
        let conn = Connection::open(&path).expect("raw");
        conn.pragma_update(None, "user_version", 99).expect("bump");
        conn.pragma_update(None, "journal_mode", "DELETE")
            .expect("checkpoint");
    }
    let before = std::fs::read(&path).expect("read");
    let err = Store::create(&path)
        .err()
        .expect("a newer register must be refused");
    assert!(
        matches!(err, Error::SchemaTooNew { found: 99, .. }),
        "{err:?}"
    );
    assert!(
        err.to_string().contains("newer VVT"),
        "the message says why: {err}"
    );
    assert_eq!(
        std::fs::read(&path).expect("read"),
        before,
        "the file must stay byte-identical"
    );
}

#[test]
fn foreign_files_are_refused_and_left_alone() {
    let dir = tempfile::tempdir().expect("temp dir");
    let text = dir.path().join("notizen.txt");
    std::fs::write(&text, "Dies ist keine Datenbank, sondern eine Notiz.\n").expect("write");
    let err = Store::create(&text)
        .err()
        .expect("a text file is no register");
    assert_eq!(err.code(), "not_a_register");
    assert_eq!(
        std::fs::read_to_string(&text).expect("read"),
        "Dies ist keine Datenbank, sondern eine Notiz.\n"
    );

    let other = dir.path().join("fremd.sqlite");
    {
        let conn = Connection::open(&other).expect("raw");
        conn.execute_batch("CREATE TABLE t (x); INSERT INTO t VALUES (1);")
            .expect("foreign");
    }
    let before = std::fs::read(&other).expect("read");
    let err = Store::create(&other)
        .err()
        .expect("another program's database is no register");
    assert_eq!(err.code(), "not_a_register", "{err}");
    assert_eq!(std::fs::read(&other).expect("read"), before);
}

/// Every value of `old` is present, unchanged, in `new` (which may have more
/// fields, added by later migrations).
fn contained(old: &serde_json::Value, new: &serde_json::Value, path: &str) -> Result<(), String> {
    use serde_json::Value;
    match (old, new) {
        (Value::Object(a), Value::Object(b)) => a.iter().try_for_each(|(k, v)| {
            contained(v, b.get(k).unwrap_or(&Value::Null), &format!("{path}.{k}"))
        }),
        (Value::Array(a), Value::Array(b)) if a.len() == b.len() => a
            .iter()
            .zip(b)
            .enumerate()
            .try_for_each(|(i, (x, y))| contained(x, y, &format!("{path}[{i}]"))),
        _ if old == new => Ok(()),
        _ => Err(format!("{path}: was {old}, is {new}")),
    }
}

#[test]
fn fixture_registers_of_every_released_schema_upgrade_intact() {
    let fixtures = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut seen = 0;
    for entry in std::fs::read_dir(&fixtures).expect("fixtures folder") {
        let file = entry.expect("entry").path();
        if file.extension().is_none_or(|e| e != "vvt") {
            continue;
        }
        seen += 1;
        let dir = tempfile::tempdir().expect("temp dir");
        let copy = dir.path().join("r.vvt");
        std::fs::copy(&file, &copy).expect("copy fixture");
        let s = Store::create(&copy).expect("a released register opens");
        assert_eq!(
            s.schema_version().expect("version"),
            migrate::latest_version()
        );
        let mut now: serde_json::Value =
            serde_json::from_str(&interchange::to_json(&s.load().expect("load")).expect("export"))
                .expect("json");
        let mut then: serde_json::Value = serde_json::from_str(
            &std::fs::read_to_string(file.with_extension("json")).expect("the fixture's export"),
        )
        .expect("json");
        // The file format's version is not the register's data.
        for export in [&mut now, &mut then] {
            export.as_object_mut().map(|o| o.remove("format_version"));
        }
        contained(&then, &now, "$")
            .unwrap_or_else(|e| panic!("{}: data changed: {e}", file.display()));
    }
    assert!(
        seen >= 1,
        "there is a fixture for every released schema version"
    );
}

#[test]
fn recorded_retention_starts_get_their_catalog_event_and_keep_their_text() {
    // A register of schema 5 holds the example's starts as text only.
    let fixture = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/schema-v5-example.vvt");
    let dir = tempfile::tempdir().expect("temp dir");
    let copy = dir.path().join("r.vvt");
    std::fs::copy(&fixture, &copy).expect("copy fixture");
    let s = Store::open(&copy).expect("a released register opens");
    let starts: Vec<(Option<RetentionStart>, Option<String>)> = s
        .load()
        .expect("load")
        .activities
        .iter()
        .flat_map(|a| &a.data_categories)
        .filter_map(|c| c.retention.as_ref())
        .filter(|r| r.starts_at.is_some())
        .map(|r| (r.start_event, r.starts_at.clone()))
        .collect();
    let event_of = |text: &str| {
        starts
            .iter()
            .find(|(_, t)| t.as_deref() == Some(text))
            .unwrap_or_else(|| panic!("the fixture records the start '{text}': {starts:?}"))
            .0
    };
    assert_eq!(
        event_of("Ende des Online-Meetings"),
        Some(RetentionStart::EndOfSession),
        "a meeting's end is the end of a session"
    );
    assert_eq!(event_of("Ende der Nutzung"), Some(RetentionStart::EndOfUse));
    assert_eq!(
        event_of("Ende des Verhältnisses zwischen Nutzer und Integrata Cegos GmbH"),
        None,
        "words that name no event of the catalog leave the choice to the DPO"
    );
}
