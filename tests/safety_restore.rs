//! Never lose the register, part 2 (issue 17, items 3 and 4): a restore
//! that runs while another program writes, a restore that is killed, and a
//! register file that went missing.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::{Duration, Instant};

use vvt::store::backup::{self, BackupReason};
use vvt::store::OpenOptions;
use vvt::*;

fn options(create: bool) -> OpenOptions {
    OpenOptions {
        automatic_backups: false,
        create,
        ..OpenOptions::default()
    }
}

fn example_file(dir: &Path) -> PathBuf {
    let path = dir.join("register.vvt");
    let mut s = Store::open_with(&path, &options(true)).expect("create");
    s.load_example().expect("example");
    path
}

fn controller(path: &Path) -> String {
    let conn = rusqlite::Connection::open(path).expect("raw open");
    conn.query_row(
        "SELECT controller_name FROM organisation WHERE id = 1",
        [],
        |r| r.get(0),
    )
    .expect("organisation")
}

fn vvt(db: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_vvt"))
        .arg("--db")
        .arg(db)
        .args(args)
        .env("VVT_LANG", "en")
        .output()
        .expect("the vvt binary runs")
}

const CHANGED: &str = "Geändert während der Wiederherstellung";

#[test]
fn a_write_committed_while_a_restore_waits_is_kept_in_its_safety_backup() {
    let dir = tempfile::tempdir().expect("tmp");
    let path = example_file(dir.path());
    let mut s = Store::open_with(&path, &options(false)).expect("open");
    let old = s.backup(BackupReason::Manual).expect("backup");
    let original = controller(&path);

    // Another program holds the write lock and commits a change while the
    // restore is under way.
    let (locked_tx, locked_rx) = std::sync::mpsc::channel();
    let writer_path = path.clone();
    let writer = std::thread::spawn(move || {
        let conn = rusqlite::Connection::open(&writer_path).expect("writer opens");
        conn.execute_batch("BEGIN IMMEDIATE").expect("writer locks");
        conn.execute(
            "UPDATE organisation SET controller_name = ?1 WHERE id = 1",
            [CHANGED],
        )
        .expect("writer writes");
        locked_tx.send(()).expect("signal");
        std::thread::sleep(Duration::from_millis(400));
        conn.execute_batch("COMMIT").expect("writer commits");
    });
    locked_rx.recv().expect("the writer holds the lock");
    let safety = s.restore_from(&old).expect("restore waits for the writer");
    writer.join().expect("writer");

    assert_eq!(
        controller(&safety),
        CHANGED,
        "the write committed before the restore took the lock is in the safety backup, not lost"
    );
    assert_eq!(
        controller(&path),
        original,
        "the register holds the restored state"
    );
}

#[test]
fn list_and_check_on_a_missing_register_are_refused_and_create_nothing() {
    let dir = tempfile::tempdir().expect("tmp");
    let path = dir.path().join("nirgends").join("register.vvt");
    for args in [vec!["list"], vec!["check"], vec!["backup"]] {
        let out = vvt(&path, &args);
        assert!(
            !out.status.success(),
            "{args:?} on a missing register fails"
        );
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(
            err.contains("missing") && err.contains("init"),
            "{args:?}: the refusal says the file is missing and how to create one: {err}"
        );
        assert!(!path.exists(), "{args:?} created no register");
    }
    let err = Store::open(&path).err().expect("the core refuses too");
    assert_eq!(err.code(), "not_a_register");
    assert!(vvt(&path, &["init"]).status.success(), "init creates it");
    assert!(vvt(&path, &["list"]).status.success(), "then list works");
}

#[test]
fn a_missing_or_empty_register_with_backups_beside_it_is_damaged_and_restorable() {
    for empty in [false, true] {
        let dir = tempfile::tempdir().expect("tmp");
        let path = example_file(dir.path());
        let taken = Store::open_with(&path, &options(false))
            .expect("open")
            .backup(BackupReason::Manual)
            .expect("backup");
        for side in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{side}", path.display()));
        }
        if empty {
            std::fs::write(&path, b"").expect("empty file");
        }
        let err = Store::open_with(&path, &options(true))
            .err()
            .expect("not silently a new register");
        assert_eq!(err.code(), "damaged", "empty={empty}: {err}");
        let out = vvt(&path, &["init"]);
        assert!(
            !out.status.success(),
            "init does not start over a lost register"
        );
        let out = vvt(&path, &["list"]);
        let text = String::from_utf8_lossy(&out.stderr);
        assert!(
            !out.status.success() && text.contains("backup"),
            "empty={empty}: the refusal points to the backups: {text}"
        );
        let out = vvt(&path, &["restore", &taken.to_string_lossy()]);
        assert!(out.status.success(), "empty={empty}: {out:?}");
        let s = Store::open(&path).expect("the restored register opens");
        assert_eq!(s.summary().expect("summary").activity_count, 3);
    }
}

#[test]
fn stale_partial_files_of_a_killed_copy_are_removed_on_open() {
    let dir = tempfile::tempdir().expect("tmp");
    let path = example_file(dir.path());
    let backups = backup::backup_dir(&path);
    std::fs::create_dir_all(&backups).expect("backup folder");
    // A process id above Linux's pid_max: that process cannot be running.
    let stale = [
        dir.path().join(".register.vvt.partial-999999999-0"),
        backups.join(".20261207T000000Z-manual-register.vvt.partial-999999999-3"),
    ];
    let foreign = dir.path().join(".other.vvt.partial-999999999-0");
    for f in stale.iter().chain([&foreign]) {
        std::fs::write(f, b"half a copy").expect("write");
    }
    Store::open_with(&path, &options(false)).expect("open");
    for f in &stale {
        assert!(!f.exists(), "{} is removed", f.display());
    }
    assert!(foreign.exists(), "another register's files are not touched");
}

#[test]
fn sigkill_during_a_restore_over_a_damaged_register_always_leaves_a_file() {
    let dir = tempfile::tempdir().expect("tmp");
    let base = dir.path().join("base.vvt");
    {
        let mut s = Store::open_with(&base, &options(true)).expect("create");
        s.import(&synthetic::synthetic_register(400, 7), false)
            .expect("a register of some size");
    }
    let source = dir.path().join("source.vvt");
    Store::open_with(&base, &options(false))
        .expect("open")
        .backup_to(&source)
        .expect("copy");
    let restore = |db: &Path| {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_vvt"));
        cmd.arg("--db").arg(db).arg("restore").arg(&source);
        cmd.env("VVT_LANG", "en");
        cmd
    };
    let damage = |db: &Path| {
        std::fs::copy(&base, db).expect("copy");
        let f = std::fs::OpenOptions::new()
            .write(true)
            .open(db)
            .expect("open");
        f.set_len(4096).expect("cut off");
    };
    let timing = dir.path().join("timing.vvt");
    damage(&timing);
    let started = Instant::now();
    let out = restore(&timing).output().expect("runs");
    assert!(out.status.success(), "{out:?}");
    let duration = started.elapsed();

    let mut seed: u64 = 0x17;
    for round in 0..20 {
        let db = dir.path().join(format!("r{round}.vvt"));
        damage(&db);
        let damaged = std::fs::read(&db).expect("read");
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        let delay =
            Duration::from_micros((seed >> 33) % (duration.as_micros() as u64 * 11 / 10 + 1));
        let mut child = restore(&db).spawn().expect("spawn");
        std::thread::sleep(delay);
        let _ = child.kill();
        let _ = child.wait();
        let now = std::fs::read(&db)
            .unwrap_or_else(|e| panic!("round {round}: no file at the register's path: {e}"));
        if now != damaged {
            // Killed perhaps while the restored file was opened after the
            // restore, in WAL mode: an open recovers that.
            let s = Store::open_with(&db, &options(false)).unwrap_or_else(|e| {
                panic!("round {round}: else it is the complete restored register: {e}")
            });
            assert_eq!(
                s.summary().expect("summary").activity_count,
                400,
                "round {round}"
            );
        }
        // The next run finishes the job.
        let out = restore(&db).output().expect("runs");
        assert!(out.status.success(), "round {round}: {out:?}");
        let leftovers: Vec<_> = std::fs::read_dir(dir.path())
            .expect("dir")
            .flatten()
            .filter(|e| e.file_name().to_string_lossy().contains(".partial-"))
            .map(|e| e.file_name())
            .collect();
        assert!(leftovers.is_empty(), "round {round}: {leftovers:?}");
    }
}
