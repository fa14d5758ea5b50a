//! Never lose the register, part 2 (issue 17, item 5): a register left with
//! a `-wal` (a crash, a killed program) is copied together with it before it
//! is opened, and a refused one stays byte-identical with its `-wal`.

use std::path::{Path, PathBuf};

use vvt::store::backup;
use vvt::store::OpenOptions;
use vvt::*;

fn options() -> OpenOptions {
    OpenOptions {
        automatic_backups: false,
        create: true,
        ..OpenOptions::default()
    }
}

fn wal(path: &Path) -> PathBuf {
    PathBuf::from(format!("{}-wal", path.display()))
}

/// The example register at `<dir>/crashed.vvt` with `sql` committed into its
/// `-wal` and never checkpointed: the files as a crash leaves them.
fn crashed_with(dir: &Path, sql: &str) -> PathBuf {
    let live = dir.join("live.vvt");
    let mut s = Store::open_with(&live, &options()).expect("create");
    s.load_example().expect("example");
    drop(s);
    let conn = rusqlite::Connection::open(&live).expect("raw open");
    conn.pragma_update(None, "wal_autocheckpoint", 0)
        .expect("no checkpoint");
    conn.execute_batch(sql).expect("commit into the WAL");
    let crashed = dir.join("crashed.vvt");
    std::fs::copy(&live, &crashed).expect("copy");
    std::fs::copy(wal(&live), wal(&crashed)).expect("copy WAL");
    drop(conn);
    assert!(
        std::fs::metadata(wal(&crashed)).expect("wal").len() > 0,
        "the test register has commits in its WAL"
    );
    crashed
}

fn with_wal_copies(path: &Path) -> Vec<PathBuf> {
    backup::list(path)
        .expect("list")
        .into_iter()
        .filter(|p| p.to_string_lossy().contains("with-wal"))
        .collect()
}

#[test]
fn a_refused_register_stays_byte_identical_with_its_wal() {
    let dir = tempfile::tempdir().expect("tmp");
    let path = crashed_with(dir.path(), "PRAGMA user_version = 99;");
    let (file, log) = (
        std::fs::read(&path).expect("read"),
        std::fs::read(wal(&path)).expect("read wal"),
    );
    let err = Store::open_with(&path, &options())
        .err()
        .expect("a schema from the future is refused");
    assert_eq!(err.code(), "schema_too_new", "{err}");
    assert_eq!(std::fs::read(&path).expect("read"), file, "file unchanged");
    assert_eq!(
        std::fs::read(wal(&path)).expect("the -wal is still there"),
        log,
        "and its -wal is unchanged: nothing was checkpointed into the file"
    );
}

#[test]
fn a_register_with_a_wal_is_copied_with_it_before_it_is_opened() {
    let dir = tempfile::tempdir().expect("tmp");
    let path = crashed_with(
        dir.path(),
        "UPDATE organisation SET controller_name = 'Letzter Stand' WHERE id = 1;",
    );
    let log = std::fs::read(wal(&path)).expect("read wal");
    let s = Store::open_with(&path, &options()).expect("opens");
    assert_eq!(
        s.organisation().expect("org").controller.name,
        "Letzter Stand",
        "the commits in the WAL are part of the register"
    );
    let copies = with_wal_copies(&path);
    assert_eq!(copies.len(), 1, "{copies:?}");
    assert_eq!(
        std::fs::read(wal(&copies[0])).expect("the copy has its -wal"),
        log,
        "the -wal is kept exactly as it was found"
    );
    drop(s);
    // Opening again with the WAL checkpointed away makes no new copy.
    Store::open_with(&path, &options()).expect("opens");
    assert_eq!(with_wal_copies(&path).len(), 1);
}

#[test]
fn a_damaged_wal_is_kept_as_it_was_before_sqlite_drops_its_tail() {
    let dir = tempfile::tempdir().expect("tmp");
    let path = crashed_with(
        dir.path(),
        "UPDATE organisation SET controller_name = 'Erster' WHERE id = 1; \
         UPDATE organisation SET controller_name = 'Zweiter' WHERE id = 1;",
    );
    let mut log = std::fs::read(wal(&path)).expect("read wal");
    let at = log.len() - 100;
    log[at] ^= 0xff;
    std::fs::write(wal(&path), &log).expect("damage the last frame");
    Store::open_with(&path, &options()).expect("SQLite opens what is intact");
    let copies = with_wal_copies(&path);
    assert_eq!(copies.len(), 1, "{copies:?}");
    assert_eq!(
        std::fs::read(wal(&copies[0])).expect("copy"),
        log,
        "the damaged -wal, with the commit SQLite dropped, is kept for recovery"
    );
}
