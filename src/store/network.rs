//! Registers on network drives. SQLite's WAL keeps its index in shared
//! memory (`-shm`), which only works between processes of one machine; on a
//! file system shared by several machines (NFS, SMB/CIFS, and FUSE mounts
//! such as sshfs) two writers could each believe they hold the lock, and the
//! register would be corrupted. There VVT uses a rollback journal instead,
//! and a lock file `<register>.lock` that names who edits the register (user,
//! machine, since when): a second user opens it read-only and is told who
//! edits it, and may take over a lock its holder left behind.

use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::{Error, Result};

/// Declares the file system of the register a network drive (`1`) or a
/// local one (`0`) where the detection cannot tell, e.g. a FUSE mount that is
/// in fact local, or a network file system VVT does not know.
pub const NETWORK_ENV: &str = "VVT_NETWORK_DRIVE";

/// What VVT knows of the file system a register lies on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Storage {
    Local,
    /// A network or FUSE file system, with its name (`nfs`, `cifs` …).
    Network(String),
}

/// The file system the register at `path` lies on (judged by its folder).
pub fn storage_of(path: &Path) -> Storage {
    match std::env::var(NETWORK_ENV).ok().as_deref().map(str::trim) {
        Some("1") => return Storage::Network(format!("declared by {NETWORK_ENV}")),
        Some("0") => return Storage::Local,
        _ => {}
    }
    let folder = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    detect(folder).map_or(Storage::Local, Storage::Network)
}

/// The name of a network file system `folder` lies on, by `statfs(2)`'s
/// file-system magic (linux/magic.h).
#[cfg(target_os = "linux")]
fn detect(folder: &Path) -> Option<String> {
    use std::os::unix::ffi::OsStrExt;
    let c = std::ffi::CString::new(folder.as_os_str().as_bytes()).ok()?;
    let mut st: libc::statfs = unsafe { std::mem::zeroed() };
    // SAFETY: `c` is a NUL-terminated path and `st` a properly sized,
    // writable statfs struct that outlives the call.
    if unsafe { libc::statfs(c.as_ptr(), &mut st) } != 0 {
        return None;
    }
    #[allow(clippy::unnecessary_cast)] // f_type's type differs per architecture
    let magic = st.f_type as u64 as u32;
    network_magic(magic).map(str::to_owned)
}

/// The network file systems among Linux's file-system magic numbers.
#[cfg(any(target_os = "linux", test))]
fn network_magic(magic: u32) -> Option<&'static str> {
    Some(match magic {
        0x6969 => "nfs",
        0x517B => "smb",
        0xFF53_4D42 => "cifs",
        0xFE53_4D42 => "smb2",
        0x6573_5546 => "fuse",
        0x0102_1997 => "9p",
        0x5346_414F => "afs",
        0x00C3_6400 => "ceph",
        0x7375_7245 => "coda",
        0x564C => "ncp",
        0x0BD0_0BD0 => "lustre",
        0x7461_636F => "ocfs2",
        0x0116_1970 => "gfs2",
        _ => return None,
    })
}

/// macOS and the BSDs name the file system in `f_fstypename`.
#[cfg(any(target_os = "macos", target_os = "freebsd", target_os = "openbsd"))]
fn detect(folder: &Path) -> Option<String> {
    use std::os::unix::ffi::OsStrExt;
    let c = std::ffi::CString::new(folder.as_os_str().as_bytes()).ok()?;
    let mut st: libc::statfs = unsafe { std::mem::zeroed() };
    // SAFETY: as on Linux.
    if unsafe { libc::statfs(c.as_ptr(), &mut st) } != 0 {
        return None;
    }
    let name: String = st
        .f_fstypename
        .iter()
        .take_while(|&&b| b != 0)
        .map(|&b| b as u8 as char)
        .collect();
    let network = [
        "nfs", "smbfs", "afpfs", "webdav", "cifs", "macfuse", "osxfuse", "fusefs",
    ];
    network.iter().any(|n| name.starts_with(n)).then_some(name)
}

/// On Windows a UNC path (`\\server\share`) is a network share; a mapped
/// drive letter is not recognised (set [`NETWORK_ENV`] there).
#[cfg(windows)]
fn detect(folder: &Path) -> Option<String> {
    let text = folder.to_string_lossy();
    (text.starts_with(r"\\") && !text.starts_with(r"\\?\") || text.starts_with(r"\\?\UNC\"))
        .then(|| "smb".to_owned())
}

#[cfg(not(any(
    target_os = "linux",
    target_os = "macos",
    target_os = "freebsd",
    target_os = "openbsd",
    windows
)))]
fn detect(_: &Path) -> Option<String> {
    None
}

/// Who edits a register on a network drive, as its lock file says.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Holder {
    pub user: String,
    pub machine: String,
    pub since: DateTime<Utc>,
    pub process: u32,
}

impl Holder {
    fn me(user: &str) -> Holder {
        Holder {
            user: user.to_owned(),
            machine: machine_name(),
            since: crate::clock::now(),
            process: std::process::id(),
        }
    }

    /// "erika on PC-DSB since 2026-12-07 09:15 UTC".
    pub fn describe(&self) -> String {
        format!(
            "{} on {} since {}",
            self.user,
            self.machine,
            self.since.format("%Y-%m-%d %H:%M UTC")
        )
    }

    /// A lock left behind: taken on this machine by a process that no longer
    /// runs (where `/proc` tells). Locks of other machines are judged by
    /// their holder, who may be away: only the user can decide to take over.
    pub fn is_stale(&self) -> bool {
        let proc = Path::new("/proc");
        self.machine == machine_name()
            && proc.join("self").exists()
            && !proc.join(self.process.to_string()).exists()
    }
}

/// The lock file of `register`.
pub fn lock_path(register: &Path) -> PathBuf {
    PathBuf::from(format!("{}.lock", register.display()))
}

/// The lock this program holds on a register on a network drive; the lock
/// file is removed when it is dropped.
#[derive(Debug)]
pub struct RegisterLock {
    file: PathBuf,
}

impl Drop for RegisterLock {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.file);
    }
}

/// Takes the lock of `register` for `user`; `Err(holder)` inside when
/// someone else holds it. A stale lock ([`Holder::is_stale`]) is taken over.
pub fn acquire(register: &Path, user: &str) -> Result<std::result::Result<RegisterLock, Holder>> {
    let file = lock_path(register);
    for _ in 0..2 {
        match create(&file, &Holder::me(user)) {
            Ok(lock) => return Ok(Ok(lock)),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
            Err(e) => return Err(Error::io(format!("cannot write {}", file.display()), e)),
        }
        match holder(register)? {
            Some(h) if h.is_stale() => {
                let _ = std::fs::remove_file(&file);
            }
            Some(h) => return Ok(Err(h)),
            // Removed in between: try again.
            None => {}
        }
    }
    Ok(Err(holder(register)?.unwrap_or_else(|| Holder::me("?"))))
}

/// Removes another holder's lock and takes it: for a lock whose holder is
/// gone (a crashed machine) — the user decides, after being told who held it.
pub fn take_over(register: &Path, user: &str) -> Result<RegisterLock> {
    let file = lock_path(register);
    match std::fs::remove_file(&file) {
        Ok(()) => {}
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => return Err(Error::io(format!("cannot remove {}", file.display()), e)),
    }
    match acquire(register, user)? {
        Ok(lock) => Ok(lock),
        Err(h) => Err(Error::WriteFailed {
            reason: format!("{} took the register over first", h.describe()),
        }),
    }
}

/// Who holds the lock of `register`, if anyone. An unreadable lock file is
/// still a lock, of an unknown holder.
pub fn holder(register: &Path) -> Result<Option<Holder>> {
    let file = lock_path(register);
    match std::fs::read_to_string(&file) {
        Ok(text) => Ok(Some(serde_json::from_str(&text).unwrap_or_else(|_| {
            Holder {
                user: "unbekannt".into(),
                machine: "unbekannt".into(),
                since: DateTime::<Utc>::UNIX_EPOCH,
                process: 0,
            }
        }))),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(Error::io(format!("cannot read {}", file.display()), e)),
    }
}

fn create(file: &Path, me: &Holder) -> std::io::Result<RegisterLock> {
    use std::io::Write;
    let mut f = std::fs::File::options()
        .write(true)
        .create_new(true)
        .open(file)?;
    let lock = RegisterLock {
        file: file.to_path_buf(),
    };
    let text = serde_json::to_string(me).map_err(std::io::Error::other)?;
    f.write_all(text.as_bytes())?;
    f.sync_all()?;
    Ok(lock)
}

/// This machine's name, as other users will read it in the lock.
fn machine_name() -> String {
    ["HOSTNAME", "COMPUTERNAME"]
        .iter()
        .find_map(|v| std::env::var(v).ok().filter(|s| !s.trim().is_empty()))
        .or_else(|| {
            std::fs::read_to_string("/etc/hostname")
                .ok()
                .map(|s| s.trim().to_owned())
                .filter(|s| !s.is_empty())
        })
        .unwrap_or_else(|| "unbekannt".to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn knows_the_network_file_systems_by_their_magic() {
        assert_eq!(network_magic(0x6969), Some("nfs"));
        assert_eq!(network_magic(0xFF53_4D42), Some("cifs"));
        assert_eq!(network_magic(0x6573_5546), Some("fuse"));
        assert_eq!(network_magic(0xEF53), None, "ext4 is local");
        assert_eq!(network_magic(0x0102_1994), None, "tmpfs is local");
    }
}
