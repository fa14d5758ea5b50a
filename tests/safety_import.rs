//! Never lose the register, part 2 (issue 17, items 8 and 10): what an
//! import takes over is checked before anything is written, and a register
//! busy with another writer is refused in words.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use chrono::TimeZone;
use vvt::store::OpenOptions;
use vvt::*;

fn example_file(dir: &Path) -> PathBuf {
    let path = dir.join("register.vvt");
    let mut s = Store::open_with(&path, &opts()).expect("create");
    s.load_example().expect("example");
    path
}

fn opts() -> OpenOptions {
    OpenOptions {
        automatic_backups: false,
        create: true,
        ..OpenOptions::default()
    }
}

fn open(path: &Path) -> Store {
    Store::open_with(path, &opts()).expect("open")
}

fn export(path: &Path) -> String {
    interchange::to_json(&open(path).load().expect("load")).expect("export")
}

/// Imports `register` over the example with --replace and returns the
/// refusal; the register must be unchanged.
fn refused(change: impl FnOnce(&mut Register)) -> Error {
    let dir = tempfile::tempdir().expect("tmp");
    let path = example_file(dir.path());
    let before = export(&path);
    let mut s = open(&path);
    let mut register = s.load().expect("load");
    change(&mut register);
    let err = s.import(&register, true).expect_err("refused");
    drop(s);
    assert_eq!(export(&path), before, "a refused import changes nothing");
    err
}

#[test]
fn a_key_twice_in_one_object_is_refused_with_its_path() {
    let dir = tempfile::tempdir().expect("tmp");
    let path = example_file(dir.path());
    let text = export(&path);
    let doubled = text.replacen("\"key\": \"", "\"key\": \"verdeckt\", \"key\": \"", 1);
    assert_ne!(doubled, text);
    let err = interchange::from_json(&doubled).expect_err("ambiguous file");
    let field = err.field().expect("a validation error").to_owned();
    assert!(
        field.ends_with("[0].key"),
        "the error names where the key is doubled: {field}"
    );
    assert!(err.to_string().contains("twice"), "{err}");
    interchange::from_json(&text).expect("the file without the double reads");
}

#[test]
fn ids_beyond_two_to_the_53_are_refused() {
    let err = refused(|r| r.history[0].id = (1 << 53) + 1);
    assert_eq!(err.field(), Some("history[0].id"), "{err}");
    let err = refused(|r| r.parties[0].version = i64::MAX);
    assert_eq!(err.field(), Some("parties[0].version"), "{err}");
}

#[test]
fn versions_are_never_negative() {
    let err = refused(|r| r.activities[0].version = -1);
    assert_eq!(err.field(), Some("activities[0].version"), "{err}");
    let err = refused(|r| r.toms[0].version = -3);
    assert_eq!(err.field(), Some("toms[0].version"), "{err}");
}

#[test]
fn history_and_publication_timestamps_lie_within_the_date_range() {
    let far = chrono::Utc
        .with_ymd_and_hms(2300, 1, 1, 0, 0, 0)
        .single()
        .expect("date");
    let err = refused(|r| r.history[0].at = far);
    assert_eq!(err.field(), Some("history[0].at"), "{err}");
    let err = refused(|r| r.activities[0].updated_at = far);
    assert_eq!(err.field(), Some("activities[0].updated_at"), "{err}");
    let early = chrono::Utc
        .with_ymd_and_hms(1960, 1, 1, 0, 0, 0)
        .single()
        .expect("date");
    let err = refused(|r| {
        r.publications.push(Publication {
            id: 1,
            lang: Lang::De,
            published_at: early,
            user: "dpo".into(),
            content_hash: vvt::store::content_hash("x"),
            markdown: "x".into(),
            html: "<p>x</p>".into(),
            template_hash: None,
        })
    });
    assert_eq!(err.field(), Some("publications[0].published_at"), "{err}");
}

/// Holds the register's write lock from another connection, as a second
/// program in the middle of a write does.
fn lock(path: &Path) -> rusqlite::Connection {
    let conn = rusqlite::Connection::open(path).expect("other program");
    conn.execute_batch("BEGIN IMMEDIATE").expect("lock");
    conn
}

#[test]
fn an_import_into_a_busy_register_says_another_program_writes_and_nothing_was_saved() {
    let dir = tempfile::tempdir().expect("tmp");
    let path = example_file(dir.path());
    let before = export(&path);
    let mut s = open(&path);
    let mut register = s.load().expect("load");
    register.activities.truncate(1);
    let other = lock(&path);
    let err = s.import(&register, true).expect_err("busy");
    drop(other);
    assert_eq!(err.code(), "write_failed", "{err}");
    let text = err.to_string();
    assert!(
        text.contains("another program is writing") && text.contains("nothing was saved"),
        "said in words, not SQLite's 'database is locked': {text}"
    );
    drop(s);
    assert_eq!(export(&path), before, "the register is as it was");
}

#[test]
fn an_invalid_import_is_refused_before_it_waits_for_the_lock() {
    let dir = tempfile::tempdir().expect("tmp");
    let path = example_file(dir.path());
    let mut s = open(&path);
    let mut register = s.load().expect("load");
    register.activities[0].name = String::new();
    let other = lock(&path);
    let started = Instant::now();
    let err = s.import(&register, true).expect_err("invalid");
    let waited = started.elapsed();
    drop(other);
    assert_eq!(err.code(), "validation", "{err}");
    assert!(
        waited < Duration::from_secs(2),
        "the file is checked outside the write transaction, so no lock is awaited: {waited:?}"
    );
}

/// Runs `vvt` and fails the test when it does not finish within ten
/// seconds (an unbounded read of `/dev/zero` never does).
fn vvt_within(db: &Path, args: &[&str]) -> std::process::Output {
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_vvt"))
        .arg("--db")
        .arg(db)
        .args(args)
        .env("VVT_LANG", "en")
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("spawn");
    let started = Instant::now();
    while child.try_wait().expect("wait").is_none() {
        if started.elapsed() > Duration::from_secs(10) {
            let _ = child.kill();
            panic!("vvt {args:?} still reads after ten seconds");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    child.wait_with_output().expect("output")
}

#[cfg(unix)]
#[test]
fn devices_pipes_and_folders_are_refused_as_import_files_without_reading_them() {
    let dir = tempfile::tempdir().expect("tmp");
    let path = example_file(dir.path());
    let before = export(&path);
    let fifo = dir.path().join("pipe.json");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .expect("mkfifo runs");
    assert!(made.success());
    let folder = dir.path().join("folder.json");
    std::fs::create_dir(&folder).expect("folder");
    for file in [Path::new("/dev/zero"), &fifo, &folder] {
        let f = file.to_string_lossy();
        for args in [
            vec!["import", "json", "--replace", &f],
            vec!["import", "csv", &f],
        ] {
            let out = vvt_within(&path, &args);
            let err = String::from_utf8_lossy(&out.stderr);
            assert!(!out.status.success(), "{args:?} is refused");
            assert!(
                err.contains("not a regular file"),
                "{args:?}: the refusal says why: {err}"
            );
        }
    }
    let err = interchange::read_file(Path::new("/dev/zero")).expect_err("device");
    assert_eq!(err.field(), Some("file"));
    assert_eq!(export(&path), before, "nothing was imported");
}

#[test]
fn a_file_over_the_size_limit_is_refused_before_it_is_read() {
    let dir = tempfile::tempdir().expect("tmp");
    let big = dir.path().join("big.json");
    let f = std::fs::File::create(&big).expect("create");
    f.set_len(interchange::MAX_FILE_SIZE + 1)
        .expect("sparse file");
    let err = interchange::read_file(&big).expect_err("too large");
    assert!(err.to_string().contains("at most 64 MiB"), "{err}");
}
