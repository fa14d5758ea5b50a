//! Crash safety: a process killed with SIGKILL at any point of a large import
//! leaves an intact register that holds either the state before or the state
//! after the import, never a mix.

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use vvt::store::OpenOptions;
use vvt::*;

fn open_quietly(path: &Path) -> Store {
    Store::open_with(
        path,
        &OpenOptions {
            automatic_backups: false,
            create: true,
            ..OpenOptions::default()
        },
    )
    .expect("the register opens after the crash")
}

fn export(path: &Path) -> String {
    interchange::to_json(&open_quietly(path).load().expect("load")).expect("export")
}

fn import(db: &Path, file: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_vvt"));
    cmd.arg("--db")
        .arg(db)
        .args(["import", "json", "--replace"])
        .arg(file);
    cmd
}

#[test]
fn sigkill_during_a_large_import_never_leaves_a_mix() {
    let dir = tempfile::tempdir().expect("tmp");
    let big = dir.path().join("gross.json");
    let json = interchange::to_json(&synthetic::synthetic_register(1500, 3)).expect("export");
    std::fs::write(&big, &json).expect("write");

    let base = dir.path().join("base.vvt");
    open_quietly(&base).load_example().expect("example");
    let before = export(&base);

    // One undisturbed run gives the state after, and how long an import takes.
    let done = dir.path().join("done.vvt");
    open_quietly(&base).backup_to(&done).expect("copy");
    let started = Instant::now();
    assert!(import(&done, &big).status().expect("runs").success());
    let duration = started.elapsed();
    let after = export(&done);
    assert_ne!(before, after);

    let mut seed: u64 = 0x5EED;
    let (mut saw_before, mut saw_after) = (0, 0);
    for round in 0..50 {
        let db = dir.path().join(format!("r{round}.vvt"));
        open_quietly(&base).backup_to(&db).expect("copy");
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        let delay =
            Duration::from_micros((seed >> 33) % (duration.as_micros() as u64 * 11 / 10 + 1));
        let mut child = import(&db, &big).spawn().expect("spawn");
        std::thread::sleep(delay);
        let _ = child.kill(); // SIGKILL on Unix
        let _ = child.wait();

        let conn = rusqlite::Connection::open(&db).expect("raw open");
        let check: String = conn
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))
            .expect("check");
        assert_eq!(
            check, "ok",
            "round {round}: the file must be intact after SIGKILL at {delay:?}"
        );
        drop(conn);
        let state = export(&db);
        if state == before {
            saw_before += 1;
        } else if state == after {
            saw_after += 1;
        } else {
            panic!(
                "round {round}: the register holds a mix of before and after (killed at {delay:?})"
            );
        }
        let _ = std::fs::remove_file(&db);
    }
    eprintln!("50 kills: {saw_before} left the state before, {saw_after} the state after");
}
