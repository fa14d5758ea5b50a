//! Never lose the register, part 2 (issue 17): the gaps an attack on the CLI
//! found — an import that replaced without a backup, outputs that could be
//! written over the register, a restore that could lose a concurrent write.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use vvt::store::backup;
use vvt::store::OpenOptions;
use vvt::*;

/// No daily backup, so that only the backups under test are in the folder.
fn no_daily() -> OpenOptions {
    OpenOptions {
        automatic_backups: false,
        create: true,
        ..OpenOptions::default()
    }
}

fn example_file(dir: &Path) -> PathBuf {
    let path = dir.join("register.vvt");
    let mut s = Store::open_with(&path, &no_daily()).expect("create");
    s.load_example().expect("example");
    path
}

fn export(s: &Store) -> String {
    interchange::to_json(&s.load().expect("load")).expect("export")
}

fn vvt(db: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_vvt"))
        .arg("--db")
        .arg(db)
        .args(args)
        .env("USER", "cli-test")
        .env("VVT_LANG", "en")
        .output()
        .expect("the vvt binary runs")
}

fn backups_labelled(register: &Path, tag: &str) -> Vec<PathBuf> {
    backup::list(register)
        .expect("list")
        .into_iter()
        .filter(|p| p.to_string_lossy().contains(tag))
        .collect()
}

#[test]
fn replacing_by_import_keeps_the_replaced_register_as_a_backup() {
    let dir = tempfile::tempdir().expect("tmp");
    let path = example_file(dir.path());
    let mut s = Store::open_with(&path, &no_daily()).expect("open");
    let before = export(&s);
    let mut other = s.load().expect("load");
    other.activities.truncate(1);
    s.import(&other, true).expect("replace");
    assert_eq!(s.summary().expect("summary").activity_count, 1);
    let kept = backups_labelled(&path, "before-import");
    assert_eq!(
        kept.len(),
        1,
        "replacing a register that holds data must keep it first: {kept:?}"
    );
    let copy = Store::open_with(&kept[0], &no_daily()).expect("the backup opens");
    assert_eq!(
        export(&copy),
        before,
        "the backup holds the register as it was before the import"
    );
}

#[test]
fn import_json_replace_on_the_command_line_takes_a_backup_first() {
    let dir = tempfile::tempdir().expect("tmp");
    let path = example_file(dir.path());
    let file = dir.path().join("register.json");
    let out = vvt(&path, &["export", "json", "-o", &file.to_string_lossy()]);
    assert!(out.status.success(), "{out:?}");
    let out = vvt(
        &path,
        &["import", "json", "--replace", &file.to_string_lossy()],
    );
    assert!(out.status.success(), "{out:?}");
    assert_eq!(
        backups_labelled(&path, "before-import").len(),
        1,
        "vvt import json --replace keeps the replaced register"
    );
}

#[test]
fn importing_into_an_empty_register_needs_no_backup() {
    let dir = tempfile::tempdir().expect("tmp");
    let path = example_file(dir.path());
    let register = Store::open_with(&path, &no_daily())
        .expect("open")
        .load()
        .expect("load");
    let empty = dir.path().join("empty.vvt");
    let mut s = Store::open_with(&empty, &no_daily()).expect("create");
    s.import(&register, true).expect("import");
    assert!(
        backups_labelled(&empty, "before-import").is_empty(),
        "an empty register has nothing to lose"
    );
}

#[test]
fn no_output_may_overwrite_the_register_its_side_files_or_its_backups() {
    let dir = tempfile::tempdir().expect("tmp");
    let path = example_file(dir.path());
    let kept = Store::open_with(&path, &no_daily())
        .expect("open")
        .backup(backup::BackupReason::Manual)
        .expect("backup");
    let before = std::fs::read(&path).expect("read");
    let kept_before = std::fs::read(&kept).expect("read backup");
    let dotted = dir.path().join(".").join("register.vvt");
    let mut targets = vec![
        path.clone(),
        dotted,
        dir.path().join("register.vvt-wal"),
        dir.path().join("register.vvt-shm"),
        kept.clone(),
        backup::backup_dir(&path).join("new.vvt"),
    ];
    #[cfg(unix)]
    {
        let link = dir.path().join("link.html");
        std::os::unix::fs::symlink(&path, &link).expect("symlink");
        targets.push(link);
    }
    for target in &targets {
        let t = target.to_string_lossy();
        for args in [
            vec!["export", "json", "-o", &t],
            vec!["notice", "--format", "md", "-o", &t],
            vec!["register", "--format", "md", "-o", &t],
            vec!["import", "csv", "--template", "-o", &t],
            vec!["backup", "-o", &t],
        ] {
            let out = vvt(&path, &args);
            assert!(
                !out.status.success(),
                "{args:?} must refuse to write over {t}"
            );
            let err = String::from_utf8_lossy(&out.stderr);
            assert!(
                err.contains("output") && err.contains("nothing was written"),
                "{args:?}: the refusal says why: {err}"
            );
        }
    }
    assert_eq!(
        std::fs::read(&path).expect("read"),
        before,
        "the register is untouched"
    );
    assert_eq!(
        std::fs::read(&kept).expect("read"),
        kept_before,
        "the backup is untouched"
    );
    Store::open_with(&path, &no_daily()).expect("the register still opens");
}

#[test]
fn an_output_beside_the_register_is_still_written() {
    let dir = tempfile::tempdir().expect("tmp");
    let path = example_file(dir.path());
    let file = dir.path().join("register.vvt.json");
    let out = vvt(&path, &["export", "json", "-o", &file.to_string_lossy()]);
    assert!(out.status.success(), "{out:?}");
    assert!(file.exists(), "a file with a similar name is no danger");
}

#[test]
fn the_core_check_refuses_with_a_validation_error_on_output() {
    let dir = tempfile::tempdir().expect("tmp");
    let path = example_file(dir.path());
    let err = paths::ensure_not_register(&path, &path).expect_err("the register itself");
    assert_eq!(err.code(), "validation");
    assert_eq!(err.field(), Some("output"), "the app shows it at the path");
    let s = Store::open_with(&path, &no_daily()).expect("open");
    let err = s.backup_to(&path).expect_err("backup over itself");
    assert_eq!(err.field(), Some("output"));
    paths::ensure_not_register(&dir.path().join("notice.html"), &path)
        .expect("another file is fine");
}

#[test]
fn eight_backups_in_one_second_give_eight_files() {
    let dir = tempfile::tempdir().expect("tmp");
    let path = example_file(dir.path());
    let children: Vec<_> = (0..8)
        .map(|_| {
            Command::new(env!("CARGO_BIN_EXE_vvt"))
                .arg("--db")
                .arg(&path)
                .arg("backup")
                .env("VVT_LANG", "en")
                .env("VVT_BACKUP_KEEP", "1")
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .expect("spawn")
        })
        .collect();
    for child in children {
        let out = child.wait_with_output().expect("wait");
        assert!(out.status.success(), "{out:?}");
    }
    let manual = backups_labelled(&path, "manual");
    assert_eq!(
        manual.len(),
        8,
        "no backup replaces another taken in the same second: {manual:?}"
    );
    for file in &manual {
        backup::validate_file(file).expect("each is a complete register");
    }
}

#[test]
fn backups_and_pruning_from_many_threads_at_once_all_succeed() {
    let dir = tempfile::tempdir().expect("tmp");
    let path = example_file(dir.path());
    for _ in 0..3 {
        let threads: Vec<_> = (0..8)
            .map(|_| {
                let path = path.clone();
                std::thread::spawn(move || {
                    let reader = rusqlite::Connection::open(&path).expect("reader");
                    backup::take(&reader, &path, backup::BackupReason::BeforeImport, 1)
                })
            })
            .collect();
        for t in threads {
            t.join()
                .expect("thread")
                .expect("a backup whose old copies another thread pruned still succeeds");
        }
    }
    let kept = backups_labelled(&path, "before-import");
    assert!(
        !kept.is_empty() && kept.len() <= 8,
        "pruning still keeps the newest: {kept:?}"
    );
    let leftovers: Vec<_> = std::fs::read_dir(backup::backup_dir(&path))
        .expect("dir")
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().contains(".partial-"))
        .collect();
    assert!(leftovers.is_empty(), "no temporary file is left");
}
