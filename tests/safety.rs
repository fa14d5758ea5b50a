//! Never lose the register: backups, restore, damaged files, two writers and
//! write failures each leave the register intact and say what happened.

use std::path::{Path, PathBuf};

use vvt::store::backup::{self, BackupReason};
use vvt::store::OpenOptions;
use vvt::*;

fn example_file(dir: &Path) -> PathBuf {
    let path = dir.join("register.vvt");
    let mut s = Store::create(&path).expect("create");
    s.load_example().expect("example");
    path
}

fn export(s: &Store) -> String {
    interchange::to_json(&s.load().expect("load")).expect("export")
}

#[test]
fn the_first_open_of_a_day_takes_one_backup() {
    let dir = tempfile::tempdir().expect("tmp");
    let path = example_file(dir.path());
    assert!(
        backup::list(&path).expect("list").is_empty(),
        "a new empty register needs no backup"
    );
    drop(Store::create(&path).expect("open"));
    drop(Store::create(&path).expect("open again"));
    let files = backup::list(&path).expect("list");
    assert_eq!(
        files.len(),
        1,
        "one daily backup, however often the register is opened: {files:?}"
    );
    backup::validate_file(&files[0]).expect("the backup is an intact register");
    let copy = Store::open_with(
        &files[0],
        &OpenOptions {
            automatic_backups: false,
            create: true,
            ..OpenOptions::default()
        },
    )
    .expect("a backup opens as a register");
    assert_eq!(copy.summary().expect("summary").activity_count, 3);
}

#[test]
fn only_the_newest_automatic_backups_are_kept() {
    let dir = tempfile::tempdir().expect("tmp");
    let path = example_file(dir.path());
    let options = OpenOptions {
        keep_backups: 4,
        automatic_backups: true,
        create: true,
    };
    let s = Store::open_with(&path, &options).expect("open");
    let manual = s.backup(BackupReason::Manual).expect("manual backup");
    for _ in 0..9 {
        s.backup(BackupReason::Daily).expect("backup");
    }
    let files = backup::list(&path).expect("list");
    assert_eq!(
        files.len(),
        5,
        "four automatic backups and the manual one stay: {files:?}"
    );
    assert!(files.contains(&manual), "manual backups are never pruned");
}

#[test]
fn a_migration_is_preceded_by_a_backup_of_the_old_file() {
    let dir = tempfile::tempdir().expect("tmp");
    let path = dir.path().join("alt.vvt");
    {
        let conn = rusqlite::Connection::open(&path).expect("raw");
        conn.execute_batch(include_str!("../migrations/0001_schema.sql"))
            .expect("v1");
        conn.pragma_update(None, "user_version", 1)
            .expect("version");
        conn.pragma_update(None, "application_id", vvt::store::migrate::APPLICATION_ID)
            .expect("id");
    }
    drop(Store::create(&path).expect("migrates"));
    let files = backup::list(&path).expect("list");
    let before = files
        .iter()
        .find(|f| f.to_string_lossy().contains("before-migration"))
        .expect("a backup was taken before migrating");
    let conn = rusqlite::Connection::open(before).expect("open backup");
    let v: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .expect("version");
    assert_eq!(
        v, 1,
        "the backup holds the file as it was before the migration"
    );
}

#[test]
fn restore_replaces_the_content_and_keeps_the_replaced_state() {
    let dir = tempfile::tempdir().expect("tmp");
    let path = example_file(dir.path());
    let mut s = Store::create(&path).expect("open");
    let saved = dir.path().join("Sicherung vom Montag.vvt");
    s.backup_to(&saved).expect("backup");
    let original = export(&s);
    let mut a = s.activity("meetings-jitsi").expect("load");
    a.name = "Nach der Sicherung geändert".into();
    s.update_activity(&a).expect("save");
    let changed = export(&s);

    let kept = s.restore_from(&saved).expect("restore");
    assert_eq!(
        export(&s),
        original,
        "the register is as it was at the backup"
    );
    let kept_store = Store::open_with(
        &kept,
        &OpenOptions {
            automatic_backups: false,
            create: true,
            ..OpenOptions::default()
        },
    )
    .expect("the replaced state is kept as a backup");
    assert_eq!(export(&kept_store), changed);
    drop(s);
    assert_eq!(
        export(&Store::create(&path).expect("reopen")),
        original,
        "the restore is on disk"
    );
}

#[test]
fn restore_refuses_what_is_not_an_intact_register() {
    let dir = tempfile::tempdir().expect("tmp");
    let path = example_file(dir.path());
    let mut s = Store::create(&path).expect("open");
    let before = export(&s);
    let text = dir.path().join("notiz.txt");
    std::fs::write(&text, "keine Sicherung").expect("write");
    assert_eq!(
        s.restore_from(&text).expect_err("text").code(),
        "not_a_register"
    );

    let good = dir.path().join("gut.vvt");
    s.backup_to(&good).expect("backup");
    let bytes = std::fs::read(&good).expect("read");
    let truncated = dir.path().join("abgeschnitten.vvt");
    std::fs::write(&truncated, &bytes[..bytes.len() / 2]).expect("write");
    let err = s
        .restore_from(&truncated)
        .expect_err("a truncated backup must be refused");
    assert!(matches!(err.code(), "damaged" | "not_a_register"), "{err}");
    assert_eq!(export(&s), before, "a refused restore changes nothing");
}

#[test]
fn an_information_row_without_what_its_kind_needs_is_refused_not_guessed() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = example_file(dir.path());
    for (kind, ground, text) in [
        ("exempt", None, Some("Begründung")),
        ("exempt", Some("already_informed"), None),
        ("separate", None, None),
    ] {
        let conn = rusqlite::Connection::open(&path).expect("raw");
        conn.execute(
            "UPDATE activity SET info_kind = ?1, info_ground = ?2, info_text = ?3 WHERE key = ?4",
            rusqlite::params![kind, ground, text, example::JITSI],
        )
        .expect("a row VVT would not write");
        drop(conn);
        let s = Store::create(&path).expect("the file opens");
        let err = s
            .activity(example::JITSI)
            .expect_err("the activity is refused");
        assert!(
            err.to_string()
                .contains(&format!("information of kind '{kind}' without")),
            "{kind}/{ground:?}/{text:?}: {err}"
        );
    }
}

fn corrupt_copy(dir: &Path, name: &str, edit: impl FnOnce(&mut Vec<u8>)) -> PathBuf {
    let src = example_file(&dir.join(format!("src-{name}")));
    let copy = dir.join(name);
    let s = Store::open_with(
        &src,
        &OpenOptions {
            automatic_backups: false,
            create: true,
            ..OpenOptions::default()
        },
    )
    .expect("open");
    s.backup_to(&copy).expect("copy");
    let mut bytes = std::fs::read(&copy).expect("read");
    edit(&mut bytes);
    std::fs::write(&copy, &bytes).expect("write");
    copy
}

#[test]
fn damaged_files_are_refused_and_left_byte_identical() {
    let dir = tempfile::tempdir().expect("tmp");
    std::fs::create_dir_all(dir.path().join("src-a")).expect("mkdir");
    std::fs::create_dir_all(dir.path().join("src-b")).expect("mkdir");
    let truncated = corrupt_copy(dir.path(), "a", |b| b.truncate(b.len() / 3));
    let scrambled = corrupt_copy(dir.path(), "b", |b| {
        // Overwrite the middle pages (index and table b-tree pages) with noise.
        let (start, end) = (b.len() / 4, b.len() * 3 / 4);
        for (i, byte) in b[start..end].iter_mut().enumerate() {
            *byte = (i * 7 + 13) as u8;
        }
    });
    for file in [truncated, scrambled] {
        let before = std::fs::read(&file).expect("read");
        let err = Store::create(&file)
            .err()
            .expect("a damaged register must be refused");
        assert!(
            matches!(err.code(), "damaged" | "not_a_register"),
            "{file:?}: {err}"
        );
        assert!(
            err.to_string().contains("was not changed") || err.code() == "not_a_register",
            "{err}"
        );
        assert_eq!(
            std::fs::read(&file).expect("read"),
            before,
            "the damaged file stays as it was"
        );
    }
}

#[test]
fn a_damaged_register_can_be_replaced_by_its_backup() {
    let dir = tempfile::tempdir().expect("tmp");
    let path = example_file(dir.path());
    let good = dir.path().join("gut.vvt");
    let original = {
        let s = Store::create(&path).expect("open");
        s.backup_to(&good).expect("backup");
        export(&s)
    };
    let bytes = std::fs::read(&path).expect("read");
    std::fs::write(&path, &bytes[..bytes.len() / 3]).expect("damage it");
    let _ = std::fs::remove_file(format!("{}-wal", path.display()));
    assert!(
        Store::create(&path).is_err(),
        "the damaged file does not open"
    );
    let kept = backup::restore_unopenable(&path, &good).expect("restore over the damaged file");
    assert!(kept.exists(), "the damaged file is kept, not deleted");
    assert_eq!(
        export(&Store::create(&path).expect("opens again")),
        original
    );
}

#[test]
fn two_writers_never_silently_overwrite_each_other() {
    let dir = tempfile::tempdir().expect("tmp");
    let path = example_file(dir.path());
    let mut app = Store::create(&path).expect("the app's connection");
    let mut cli = Store::create(&path).expect("the CLI's connection");
    let in_app = app.activity("meetings-teams").expect("load");
    let mut in_cli = cli.activity("meetings-teams").expect("load");
    in_cli.notes = Some("Vom CLI geändert".into());
    cli.update_activity(&in_cli).expect("the CLI saves first");
    let mut edit = in_app.clone();
    edit.notes = Some("Im Fenster geändert".into());
    let err = app
        .update_activity(&edit)
        .expect_err("the app's stale edit must be refused");
    assert_eq!(err.code(), "conflict");
    assert_eq!(
        app.activity("meetings-teams")
            .expect("load")
            .notes
            .as_deref(),
        Some("Vom CLI geändert"),
        "the CLI's change survives"
    );
    // Different records do not conflict.
    let mut jitsi = app.activity("meetings-jitsi").expect("load");
    jitsi.department = Some("IT".into());
    app.update_activity(&jitsi).expect("other record saves");
    let mut org = cli.organisation().expect("load");
    org.controller.phone = Some("+49 711 000".into());
    cli.save_organisation(&org).expect("header saves");
}
