//! Never lose the register, part 2 (issue 17, item 6): a register or backup
//! with schema objects VVT did not create is refused, and a backup whose
//! content no longer matches its SHA-256 checksum is not restored.

use std::path::{Path, PathBuf};

use vvt::store::backup::{self, BackupReason};
use vvt::store::OpenOptions;
use vvt::*;

fn options() -> OpenOptions {
    OpenOptions {
        automatic_backups: false,
        create: true,
        ..OpenOptions::default()
    }
}

fn example_file(dir: &Path, name: &str) -> PathBuf {
    let path = dir.join(name);
    let mut s = Store::open_with(&path, &options()).expect("create");
    s.load_example().expect("example");
    drop(s);
    path
}

/// Adds `sql` to the file with a plain connection, as another program could,
/// and leaves it checkpointed (no `-wal` beside it).
fn tamper(path: &Path, sql: &str) {
    let conn = rusqlite::Connection::open(path).expect("raw open");
    conn.execute_batch(sql).expect("tamper");
    conn.pragma_update(None, "journal_mode", "DELETE")
        .expect("checkpoint");
}

const FOREIGN: [(&str, &str); 5] = [
    (
        "trigger",
        "CREATE TRIGGER spy AFTER UPDATE ON activity BEGIN \
         DELETE FROM change_log; END;",
    ),
    ("view", "CREATE VIEW everything AS SELECT * FROM activity;"),
    ("table", "CREATE TABLE notes (text TEXT);"),
    ("index", "CREATE INDEX spy_index ON activity (name);"),
    (
        "changed trigger",
        "DROP TRIGGER notice_publication_immutable; \
         CREATE TRIGGER notice_publication_immutable BEFORE UPDATE ON notice_publication \
         BEGIN SELECT 1; END;",
    ),
];

#[test]
fn a_register_with_foreign_schema_objects_is_refused_and_left_untouched() {
    let dir = tempfile::tempdir().expect("tmp");
    for (i, (what, sql)) in FOREIGN.iter().enumerate() {
        let path = example_file(dir.path(), &format!("r{i}.vvt"));
        tamper(&path, sql);
        let before = std::fs::read(&path).expect("read");
        let err = Store::open_with(&path, &options())
            .err()
            .unwrap_or_else(|| panic!("{what}: refused"));
        assert_eq!(err.code(), "not_a_register", "{what}: {err}");
        assert!(
            err.to_string().contains("VVT did not create"),
            "{what}: the refusal says why: {err}"
        );
        assert_eq!(
            std::fs::read(&path).expect("read"),
            before,
            "{what}: the refused file is byte-identical"
        );
    }
}

#[test]
fn a_backup_with_a_foreign_trigger_is_not_restored() {
    let dir = tempfile::tempdir().expect("tmp");
    let path = example_file(dir.path(), "register.vvt");
    let evil = example_file(dir.path(), "evil.vvt");
    tamper(&evil, FOREIGN[0].1);
    let mut s = Store::open_with(&path, &options()).expect("open");
    let err = s.restore_from(&evil).expect_err("refused");
    assert_eq!(err.code(), "not_a_register", "{err}");
    assert_eq!(s.summary().expect("summary").activity_count, 3);
}

#[test]
fn every_backup_has_a_checksum_and_a_changed_one_is_not_restored() {
    let dir = tempfile::tempdir().expect("tmp");
    let path = example_file(dir.path(), "register.vvt");
    let mut s = Store::open_with(&path, &options()).expect("open");
    let taken = s.backup(BackupReason::Manual).expect("backup");
    let sidecar = backup::checksum_path(&taken);
    let line = std::fs::read_to_string(&sidecar).expect("a checksum file beside the backup");
    assert!(
        line.ends_with(&format!(
            "  {}\n",
            taken.file_name().expect("name").to_string_lossy()
        )),
        "in the format sha256sum -c reads: {line}"
    );
    backup::validate_file(&taken).expect("an unchanged backup passes");

    // A backup changed afterwards, still a valid register.
    tamper(
        &taken,
        "UPDATE organisation SET controller_name = 'Untergeschoben' WHERE id = 1;",
    );
    let err = s.restore_from(&taken).expect_err("refused");
    assert_eq!(err.code(), "damaged", "{err}");
    assert!(err.to_string().contains("SHA-256"), "{err}");
    assert_ne!(
        s.organisation().expect("org").controller.name,
        "Untergeschoben",
        "nothing was restored"
    );
}
