//! A full disk or a read-only file gives a clear error and leaves the
//! register as it was. These tests mount a small tmpfs and a read-only bind
//! mount, which needs root (as on CI); elsewhere they say so and stop.

use std::path::{Path, PathBuf};
use std::process::Command;

use vvt::store::OpenOptions;
use vvt::*;

/// Unmounts on drop, so a failing assertion leaves no mount behind.
struct Mount(PathBuf);

impl Drop for Mount {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg("-l").arg(&self.0).status();
    }
}

fn mount(args: &[&str], target: &Path) -> Option<Mount> {
    let ok = Command::new("mount")
        .args(args)
        .arg(target)
        .status()
        .map(|s| s.success())
        .unwrap_or(false);
    ok.then(|| Mount(target.to_path_buf()))
}

fn can_mount() -> bool {
    let root = Command::new("id")
        .arg("-u")
        .output()
        .map(|o| o.stdout == b"0\n")
        .unwrap_or(false);
    if !root {
        eprintln!("write-failure tests need root to mount a tmpfs; not run here");
    }
    root
}

fn options() -> OpenOptions {
    OpenOptions {
        automatic_backups: false,
        create: true,
        ..OpenOptions::default()
    }
}

fn export(s: &Store) -> String {
    interchange::to_json(&s.load().expect("load")).expect("export")
}

#[test]
fn a_full_disk_leaves_the_register_as_it_was() {
    if !can_mount() {
        return;
    }
    let dir = tempfile::tempdir().expect("tmp");
    let Some(_m) = mount(&["-t", "tmpfs", "-o", "size=3m", "tmpfs"], dir.path()) else {
        eprintln!("this sandbox refuses to mount a tmpfs even for root; not run here");
        return;
    };
    let path = dir.path().join("register.vvt");
    let mut s = Store::open_with(&path, &options()).expect("create");
    s.load_example().expect("example");
    // Take what is left of the disk.
    let filler = dir.path().join("filler");
    let _ = Command::new("dd")
        .args(["if=/dev/zero", "bs=64k", "count=1000"])
        .arg(format!("of={}", filler.display()))
        .output();
    let mut failure = None;
    for i in 0..400 {
        let before = export(&s);
        let mut a = ProcessingActivity::new(format!("gross-{i}"), "Große Tätigkeit");
        a.notes = Some("x".repeat(19_000));
        a.description = Some("y".repeat(19_000));
        if let Err(e) = s.create_activity(&a) {
            failure = Some((e, before));
            break;
        }
    }
    let (err, before) = failure.expect("the disk fills up eventually");
    assert_eq!(
        err.code(),
        "write_failed",
        "a full disk is named as such: {err}"
    );
    assert!(err.to_string().contains("disk is full"), "{err}");
    assert_eq!(
        export(&s),
        before,
        "nothing of the failed save is in the register"
    );
    drop(s);
    std::fs::remove_file(&filler).expect("free the disk");
    let s = Store::open_with(&path, &options()).expect("reopens after the disk is freed");
    let result: String = s_check(&path);
    assert_eq!(result, "ok");
    assert!(s.summary().expect("summary").activity_count >= 3);
}

fn s_check(path: &Path) -> String {
    let conn = rusqlite::Connection::open(path).expect("raw");
    conn.query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .expect("check")
}

#[test]
fn a_read_only_file_system_gives_a_clear_error() {
    if !can_mount() {
        return;
    }
    let dir = tempfile::tempdir().expect("tmp");
    let data = dir.path().join("daten");
    let view = dir.path().join("ansicht");
    std::fs::create_dir_all(&data).expect("mkdir");
    std::fs::create_dir_all(&view).expect("mkdir");
    let Some(m) = mount(&["--bind", data.to_str().expect("utf-8")], &view) else {
        eprintln!("this sandbox refuses bind mounts even for root; not run here");
        return;
    };
    let path = view.join("register.vvt");
    let before = {
        let mut s = Store::open_with(&path, &options()).expect("create");
        s.load_example().expect("example");
        export(&s)
    };
    let bytes = std::fs::read(&path).expect("read");
    // A mount turns read-only only while no file on it is open for writing.
    let out = Command::new("mount")
        .args(["-o", "remount,ro,bind"])
        .arg(&m.0)
        .output()
        .expect("mount runs");
    assert!(
        out.status.success(),
        "remount read-only: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let err = match Store::open_with(&path, &options()) {
        Err(e) => e,
        Ok(mut s) => {
            let mut a = s.activity("meetings-webex").expect("reading works");
            a.notes = Some("Darf nicht gespeichert werden".into());
            s.update_activity(&a)
                .expect_err("a read-only file cannot be written")
        }
    };
    assert_eq!(err.code(), "write_failed", "{err}");
    assert!(
        err.to_string().contains("read-only"),
        "the error says why: {err}"
    );
    assert_eq!(
        std::fs::read(&path).expect("read"),
        bytes,
        "the file is unchanged"
    );
    drop(m);
    let s = Store::open_with(&data.join("register.vvt"), &options()).expect("opens where writable");
    assert_eq!(export(&s), before);
}
