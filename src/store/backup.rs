//! Backups: a register is years of a DPO's work and the evidence of
//! accountability (Art. 5(2)). Copies are taken with SQLite's online backup
//! API — consistent even while the file is in use — before every migration
//! and on the first open of each day, and kept beside the register in
//! `<file>.backups/`, the newest [`OpenOptions::keep_backups`] of them.

use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::backup::Backup;
use rusqlite::{Connection, OpenFlags};

use super::{migrate, OpenOptions, Store};
use crate::{Error, Result};

/// Why a backup was taken; part of its file name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BackupReason {
    Daily,
    BeforeMigration,
    BeforeRestore,
    BeforeImport,
    Manual,
}

impl BackupReason {
    fn tag(self) -> &'static str {
        match self {
            BackupReason::Daily => "daily",
            BackupReason::BeforeMigration => "before-migration",
            BackupReason::BeforeRestore => "before-restore",
            BackupReason::BeforeImport => "before-import",
            BackupReason::Manual => "manual",
        }
    }
}

/// The folder the backups of `register` are kept in.
pub fn backup_dir(register: &Path) -> PathBuf {
    let name = register
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "register".into());
    register.with_file_name(format!("{name}.backups"))
}

/// The backups of `register`, newest first.
pub fn list(register: &Path) -> Result<Vec<PathBuf>> {
    let dir = backup_dir(register);
    let entries = match std::fs::read_dir(&dir) {
        Ok(e) => e,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(Error::io(format!("cannot read {}", dir.display()), e)),
    };
    let mut files: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "vvt"))
        .collect();
    // Names start with a sortable UTC timestamp.
    files.sort();
    files.reverse();
    Ok(files)
}

/// Copies the database behind `conn` to `dest` through a temporary file and a
/// rename, so that `dest` is either a complete copy or not there at all.
pub fn copy_to(conn: &Connection, dest: &Path) -> Result<()> {
    let dir = dest
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir)
        .map_err(|e| Error::io(format!("cannot create folder {}", dir.display()), e))?;
    let tmp = dir.join(format!(
        ".{}.partial-{}",
        dest.file_name()
            .map(|n| n.to_string_lossy())
            .unwrap_or_default(),
        std::process::id()
    ));
    let result = (|| -> Result<()> {
        let mut target = Connection::open(&tmp)?;
        {
            let backup = Backup::new(conn, &mut target)?;
            backup.run_to_completion(256, Duration::from_millis(5), None)?;
        }
        // A backup is one self-contained file, without a WAL beside it.
        target.pragma_update(None, "journal_mode", "DELETE")?;
        drop(target);
        std::fs::rename(&tmp, dest)
            .map_err(|e| Error::io(format!("cannot write {}", dest.display()), e))
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

/// Takes a backup of the open register into its backup folder and prunes
/// old automatic ones. Returns the new file.
pub fn take(
    conn: &Connection,
    register: &Path,
    reason: BackupReason,
    keep: usize,
) -> Result<PathBuf> {
    let stamp = crate::clock::now().format("%Y%m%dT%H%M%SZ");
    let stem = register
        .file_stem()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "register".into());
    let dir = backup_dir(register);
    let mut dest = dir.join(format!("{stamp}-{}-{stem}.vvt", reason.tag()));
    let mut n = 1;
    while dest.exists() {
        n += 1;
        dest = dir.join(format!("{stamp}-{}-{n}-{stem}.vvt", reason.tag()));
    }
    copy_to(conn, &dest)?;
    prune(register, keep)?;
    Ok(dest)
}

/// Takes a backup of `register` while the caller holds its write lock (an
/// immediate transaction on its own connection, nothing written yet). SQLite
/// refuses to copy from a connection in a write transaction, so the copy is
/// read through a second, read-only connection; in WAL mode that sees the
/// last committed state, and no other writer can commit while the lock is
/// held, so the backup is exactly what the caller is about to replace.
pub fn take_locked(register: &Path, reason: BackupReason, keep: usize) -> Result<PathBuf> {
    let reader = Connection::open_with_flags(
        register,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    take(&reader, register, reason, keep)
}

/// Keeps the newest `keep` automatic backups; manual ones are never removed.
fn prune(register: &Path, keep: usize) -> Result<()> {
    let automatic = list(register)?.into_iter().filter(|p| {
        !p.file_name()
            .is_some_and(|n| n.to_string_lossy().contains(BackupReason::Manual.tag()))
    });
    for old in automatic.skip(keep.max(1)) {
        std::fs::remove_file(&old)
            .map_err(|e| Error::io(format!("cannot remove old backup {}", old.display()), e))?;
    }
    Ok(())
}

/// Takes the daily backup unless one of today exists already.
pub fn daily(conn: &Connection, register: &Path, keep: usize) -> Result<()> {
    let today = crate::clock::now().format("%Y%m%d").to_string();
    let taken_today = list(register)?.iter().any(|p| {
        p.file_name()
            .is_some_and(|n| n.to_string_lossy().starts_with(&today))
    });
    if !taken_today {
        take(conn, register, BackupReason::Daily, keep)?;
    }
    Ok(())
}

/// Checks that `file` is an intact VVT register this program can open,
/// without changing it: SQLite header, identity, schema version and
/// `integrity_check`.
pub fn validate_file(file: &Path) -> Result<()> {
    let display = file.display().to_string();
    super::check_sqlite_header(file)?;
    if std::fs::metadata(file).map(|m| m.len()).unwrap_or(0) == 0 {
        return Err(Error::NotARegister {
            path: display,
            reason: "the file is empty".into(),
        });
    }
    let conn = Connection::open_with_flags(
        file,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(|e| super::damaged(&display, e))?;
    let version =
        migrate::check_identity(&conn, &display).map_err(|e| super::damaged_err(&display, e))?;
    if version == 0 {
        return Err(Error::NotARegister {
            path: display,
            reason: "the file holds no register".into(),
        });
    }
    let result: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .map_err(|e| super::damaged(&display, e))?;
    if result != "ok" {
        return Err(Error::Damaged {
            path: display,
            reason: format!("integrity check failed: {result}"),
        });
    }
    Ok(())
}

/// Restores `source` over a register file that cannot be opened (damaged,
/// foreign or too new). The unreadable file is not deleted but moved into the
/// backup folder; its path is returned.
pub fn restore_unopenable(register: &Path, source: &Path) -> Result<PathBuf> {
    validate_file(source)?;
    let stamp = crate::clock::now().format("%Y%m%dT%H%M%SZ");
    let name = register
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "register".into());
    let dir = backup_dir(register);
    std::fs::create_dir_all(&dir)
        .map_err(|e| Error::io(format!("cannot create folder {}", dir.display()), e))?;
    let kept = dir.join(format!("{stamp}-unreadable-{name}"));
    if register.exists() {
        std::fs::rename(register, &kept)
            .map_err(|e| Error::io(format!("cannot move {} aside", register.display()), e))?;
    }
    for suffix in ["-wal", "-shm"] {
        let side = PathBuf::from(format!("{}{suffix}", register.display()));
        if side.exists() {
            let target = PathBuf::from(format!("{}{suffix}", kept.display()));
            std::fs::rename(&side, &target)
                .map_err(|e| Error::io(format!("cannot move {} aside", side.display()), e))?;
        }
    }
    let copied = Connection::open_with_flags(
        source,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(Error::from)
    .and_then(|src| copy_to(&src, register));
    if let Err(e) = copied {
        // Put the unreadable file back, so that the next open does not
        // silently start an empty register in its place.
        if kept.exists() {
            let _ = std::fs::rename(&kept, register);
        }
        return Err(e);
    }
    Ok(kept)
}

impl Store {
    /// Writes a consistent copy of the register to `dest`; refused when
    /// `dest` is the register, its side files or a file in its backup folder
    /// ([`crate::paths::ensure_not_register`]).
    pub fn backup_to(&self, dest: &Path) -> Result<()> {
        crate::paths::ensure_not_register(dest, &self.path)?;
        copy_to(&self.conn, dest)
    }

    /// Takes a backup into the register's backup folder.
    pub fn backup(&self, reason: BackupReason) -> Result<PathBuf> {
        take(&self.conn, &self.path, reason, self.options.keep_backups)
    }

    /// Replaces the register's content with the register in `source`, after
    /// validating it; the replaced content is kept as a backup first, whose
    /// path is returned. A register of an older schema is migrated.
    pub fn restore_from(&mut self, source: &Path) -> Result<PathBuf> {
        validate_file(source)?;
        let safety = self.backup(BackupReason::BeforeRestore)?;
        let src = Connection::open_with_flags(
            source,
            OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        {
            let backup = Backup::new(&src, &mut self.conn)?;
            backup.run_to_completion(256, Duration::from_millis(5), None)?;
        }
        drop(src);
        self.conn.pragma_update(None, "journal_mode", "WAL")?;
        migrate::migrate(&mut self.conn, &self.path.display().to_string())?;
        self.catalogs = super::catalogs::load(&self.conn)?;
        Ok(safety)
    }
}

impl Default for OpenOptions {
    fn default() -> Self {
        OpenOptions {
            keep_backups: 14,
            automatic_backups: true,
        }
    }
}
