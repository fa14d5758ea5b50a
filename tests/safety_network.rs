//! Never lose the register, part 2 (issue 17, item 7): registers on network
//! drives. Real: a FUSE file system mounted with bindfs (sshfs and its kind
//! are FUSE), found by `statfs(2)` without any switch. Simulated: NFS and SMB
//! (no server here) — their numbers are tested by the table of file-system
//! numbers (unit test in src/store/network.rs) — and a second user on
//! another machine, which is a lock file naming that user and machine; the
//! other cases declare the network drive with `VVT_NETWORK_DRIVE=1`, the same
//! switch a user sets for a file system VVT does not recognise.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use vvt::store::network::{self, Holder, Storage};

fn vvt(db: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_vvt"))
        .arg("--db")
        .arg(db)
        .args(args)
        .env("VVT_LANG", "en")
        .env("USER", "dsb")
        .env("HOSTNAME", "pc-dsb")
        .env(network::NETWORK_ENV, "1")
        .output()
        .expect("runs")
}

fn ok(out: &Output) {
    assert!(out.status.success(), "{out:?}");
}

/// The journal mode byte of the SQLite header: 1 rollback journal, 2 WAL.
fn journal_byte(path: &Path) -> u8 {
    std::fs::read(path).expect("read")[18]
}

fn register(dir: &Path) -> PathBuf {
    let path = dir.join("register.vvt");
    ok(&vvt(&path, &["example"]));
    path
}

fn held_by(path: &Path, machine: &str, process: u32) {
    let holder = Holder {
        user: "erika".into(),
        machine: machine.into(),
        since: chrono::DateTime::parse_from_rfc3339("2026-12-07T09:15:00Z")
            .expect("time")
            .into(),
        process,
    };
    std::fs::write(
        network::lock_path(path),
        serde_json::to_string(&holder).expect("json"),
    )
    .expect("lock file");
}

#[test]
fn on_a_network_drive_the_register_uses_a_rollback_journal_and_leaves_no_lock() {
    let dir = tempfile::tempdir().expect("tmp");
    let path = register(dir.path());
    assert_eq!(journal_byte(&path), 1, "no WAL on a network drive");
    assert!(
        !network::lock_path(&path).exists(),
        "the lock is removed when vvt ends"
    );
    ok(&vvt(&path, &["list"]));
    assert!(!Path::new(&format!("{}-wal", path.display())).exists());
}

#[test]
fn a_second_user_reads_but_cannot_write_and_is_told_who_edits() {
    let dir = tempfile::tempdir().expect("tmp");
    let path = register(dir.path());
    let json = dir.path().join("register.json");
    ok(&vvt(
        &path,
        &["export", "json", "-o", &json.to_string_lossy()],
    ));
    held_by(&path, "pc-andere", 4242);
    let before = std::fs::read(&path).expect("read");

    ok(&vvt(&path, &["list"]));
    let out = vvt(
        &path,
        &["import", "json", "--replace", &json.to_string_lossy()],
    );
    assert!(!out.status.success(), "the write is refused");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("erika on pc-andere since 2026-12-07 09:15 UTC")
            && err.contains("read-only")
            && err.contains("nothing was saved"),
        "says who edits it: {err}"
    );
    assert_eq!(std::fs::read(&path).expect("read"), before, "unchanged");
    assert!(network::lock_path(&path).exists(), "their lock stays");

    let out = vvt(&path, &["take-over"]);
    ok(&out);
    assert!(String::from_utf8_lossy(&out.stdout).contains("Taken over from erika on pc-andere"));
    ok(&vvt(
        &path,
        &["import", "json", "--replace", &json.to_string_lossy()],
    ));
}

#[test]
fn a_lock_left_by_a_process_of_this_machine_that_ended_is_taken_over() {
    let dir = tempfile::tempdir().expect("tmp");
    let path = register(dir.path());
    let json = dir.path().join("register.json");
    ok(&vvt(
        &path,
        &["export", "json", "-o", &json.to_string_lossy()],
    ));
    // A process id above Linux's pid_max: that process cannot be running.
    held_by(&path, "pc-dsb", 999_999_999);
    ok(&vvt(
        &path,
        &["import", "json", "--replace", &json.to_string_lossy()],
    ));
    assert!(!network::lock_path(&path).exists());
}

#[cfg(target_os = "linux")]
#[test]
fn a_local_folder_is_found_local() {
    let dir = tempfile::tempdir().expect("tmp");
    if std::env::var_os(network::NETWORK_ENV).is_none() {
        assert_eq!(
            network::storage_of(&dir.path().join("register.vvt")),
            Storage::Local
        );
    }
}

/// A FUSE file system mounted for the test with bindfs (installed by
/// scripts/install-deps.sh), unmounted when dropped.
struct FuseMount {
    point: PathBuf,
}

impl FuseMount {
    /// Mounts `source` at `point`; `None` where FUSE mounts cannot be made
    /// (no bindfs, no /dev/fuse, no permission).
    fn new(source: &Path, point: &Path) -> Option<FuseMount> {
        let status = Command::new("bindfs")
            .arg(source)
            .arg(point)
            .status()
            .ok()?;
        status.success().then(|| FuseMount {
            point: point.to_owned(),
        })
    }
}

impl Drop for FuseMount {
    fn drop(&mut self) {
        let unmounted = Command::new("fusermount")
            .arg("-u")
            .arg(&self.point)
            .status()
            .is_ok_and(|s| s.success());
        if !unmounted {
            let _ = Command::new("umount").arg(&self.point).status();
        }
    }
}

/// Not simulated: a real FUSE mount, which VVT treats as a network drive
/// (sshfs and the like are FUSE). Without the environment switch, the
/// detection by `statfs(2)` finds it, the register gets a rollback journal
/// and no `-wal`, and no lock is left behind. CI installs bindfs; a
/// developer machine without FUSE skips the test and says so.
#[cfg(target_os = "linux")]
#[test]
fn a_register_on_a_real_fuse_mount_is_found_and_kept_without_wal() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (source, point) = (dir.path().join("share"), dir.path().join("mnt"));
    std::fs::create_dir_all(&source).expect("source");
    std::fs::create_dir_all(&point).expect("mount point");
    let Some(mount) = FuseMount::new(&source, &point) else {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must mount FUSE file systems (bindfs from scripts/install-deps.sh)"
        );
        eprintln!("skipped: no FUSE mount can be made here (bindfs, /dev/fuse)");
        return;
    };
    let path = mount.point.join("register.vvt");
    assert_eq!(
        network::storage_of(&path),
        Storage::Network("fuse".into()),
        "statfs names the FUSE mount"
    );
    let out = Command::new(env!("CARGO_BIN_EXE_vvt"))
        .arg("--db")
        .arg(&path)
        .arg("example")
        .env("VVT_LANG", "en")
        .env_remove(network::NETWORK_ENV)
        .output()
        .expect("runs");
    ok(&out);
    assert_eq!(journal_byte(&path), 1, "a rollback journal, not WAL");
    assert!(
        !path.with_extension("vvt-wal").exists(),
        "no -wal beside it"
    );
    assert!(!network::lock_path(&path).exists(), "the lock is released");
    // The data went through the mount to the shared folder.
    assert!(source.join("register.vvt").exists());
    drop(mount);
}
