//! Backups: a register is years of a DPO's work and the evidence of
//! accountability (Art. 5(2)). Copies are taken with SQLite's online backup
//! API — consistent even while the file is in use — before every migration
//! and on the first open of each day, and kept beside the register in
//! `<file>.backups/`, the newest [`OpenOptions::keep_backups`] of them.

use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::backup::Backup;
use rusqlite::{Connection, OpenFlags};

use super::{backup_stamp, migrate, OpenOptions, Store};
use crate::{Error, Result};

pub use super::backup_restore::{restore, restore_file, RestoreTarget};
pub use super::backup_stamp::taken_at;

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
    let tmp = partial_path(dest);
    let result = write_copy(conn, &tmp).and_then(|_| {
        std::fs::rename(&tmp, dest)
            .map_err(|e| Error::io(format!("cannot write {}", dest.display()), e))
    });
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

/// Writes a complete, self-contained copy of the database behind `conn` to
/// the temporary file `tmp` (creating its folder).
fn write_copy(conn: &Connection, tmp: &Path) -> Result<()> {
    let dir = tmp
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir)
        .map_err(|e| Error::io(format!("cannot create folder {}", dir.display()), e))?;
    let mut target = Connection::open(tmp)?;
    {
        let backup = Backup::new(conn, &mut target)?;
        backup.run_to_completion(256, Duration::from_millis(5), None)?;
    }
    // A backup is one self-contained file, without a WAL beside it.
    target.pragma_update(None, "journal_mode", "DELETE")?;
    Ok(())
}

/// Takes a backup of the open register into its backup folder and prunes
/// old automatic ones. Returns the new file.
///
/// Several programs may take a backup in the same second: each writes its
/// copy under a temporary name of its own, then claims the first free name
/// of that second ([`claim`]), so no backup replaces another.
pub fn take(
    conn: &Connection,
    register: &Path,
    reason: BackupReason,
    keep: usize,
) -> Result<PathBuf> {
    let stamp = backup_stamp::stamp(crate::clock::now());
    let stem = register
        .file_stem()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "register".into());
    let dir = backup_dir(register);
    let tag = reason.tag();
    let tmp = partial_path(&dir.join(format!("{stamp}-{tag}-{stem}.vvt")));
    let claimed = write_copy(conn, &tmp).and_then(|_| {
        let sum = sha256_of(&tmp)?;
        let dest = claim(&tmp, |n| match n {
            1 => dir.join(format!("{stamp}-{tag}-{stem}.vvt")),
            n => dir.join(format!("{stamp}-{tag}-{n}-{stem}.vvt")),
        })?;
        Ok((dest, sum))
    });
    let _ = std::fs::remove_file(&tmp);
    let (dest, sum) = claimed?;
    write_checksum(&dest, &sum)?;
    prune(register, keep)?;
    Ok(dest)
}

/// The checksum file written beside a backup: `<backup>.sha256`, in the
/// format `sha256sum -c` reads.
pub fn checksum_path(backup: &Path) -> PathBuf {
    PathBuf::from(format!("{}.sha256", backup.display()))
}

fn sha256_of(file: &Path) -> Result<String> {
    use sha2::{Digest, Sha256};
    let mut hasher = Sha256::new();
    let mut f = std::fs::File::open(file)
        .map_err(|e| Error::io(format!("cannot read {}", file.display()), e))?;
    std::io::copy(&mut f, &mut hasher)
        .map_err(|e| Error::io(format!("cannot read {}", file.display()), e))?;
    Ok(hasher
        .finalize()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect())
}

/// Records the SHA-256 of a backup just written beside it. Another program
/// pruning at the same moment may have removed the backup already; then its
/// checksum goes too.
fn write_checksum(backup: &Path, sum: &str) -> Result<()> {
    let name = backup
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let line = format!("{sum}  {name}\n");
    let sidecar = checksum_path(backup);
    crate::paths::write_atomically(&sidecar, line.as_bytes())?;
    if !backup.exists() {
        let _ = std::fs::remove_file(&sidecar);
    }
    Ok(())
}

/// Refuses a backup that no longer matches the checksum written with it.
/// A file without a checksum (taken by an older VVT, or copied from
/// elsewhere) is judged by its content alone.
fn verify_checksum(file: &Path) -> Result<()> {
    let sidecar = checksum_path(file);
    let recorded = match std::fs::read_to_string(&sidecar) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(Error::io(format!("cannot read {}", sidecar.display()), e)),
    };
    let recorded = recorded.split_whitespace().next().unwrap_or_default();
    if !recorded.eq_ignore_ascii_case(&sha256_of(file)?) {
        return Err(Error::Damaged {
            path: file.display().to_string(),
            reason: format!(
                "its content does not match the SHA-256 checksum in {} written with it: the \
                 backup was changed or damaged since it was taken",
                sidecar.display()
            ),
        });
    }
    Ok(())
}

/// Gives the complete copy `tmp` the first name `name(1)`, `name(2)` … that
/// does not exist yet. The name is claimed atomically: a hard link fails
/// when the name exists; where the file system has no hard links, the name
/// is reserved with `create_new` and the copy renamed over the reservation.
fn claim(tmp: &Path, name: impl Fn(usize) -> PathBuf) -> Result<PathBuf> {
    use std::io::ErrorKind::AlreadyExists;
    for n in 1..10_000 {
        let dest = name(n);
        match std::fs::hard_link(tmp, &dest) {
            Ok(()) => return Ok(dest),
            Err(e) if e.kind() == AlreadyExists => continue,
            Err(_) => {}
        }
        match std::fs::File::options()
            .write(true)
            .create_new(true)
            .open(&dest)
        {
            Ok(_) => {
                return std::fs::rename(tmp, &dest)
                    .map(|_| dest.clone())
                    .map_err(|e| Error::io(format!("cannot write {}", dest.display()), e))
            }
            Err(e) if e.kind() == AlreadyExists => continue,
            Err(e) => return Err(Error::io(format!("cannot write {}", dest.display()), e)),
        }
    }
    Err(Error::io(
        format!("cannot name a backup like {}", name(1).display()),
        std::io::Error::from(AlreadyExists),
    ))
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
    let all = list(register)?;
    let with_wal = all.iter().filter(|p| super::wal_copies::is_with_wal(p));
    let automatic = all.iter().filter(|p| {
        !super::wal_copies::is_with_wal(p)
            && !p
                .file_name()
                .is_some_and(|n| n.to_string_lossy().contains(BackupReason::Manual.tag()))
    });
    let old_ones = automatic
        .skip(keep.max(1))
        .chain(with_wal.skip(super::wal_copies::KEEP_WITH_WAL));
    for old in old_ones {
        let _ = std::fs::remove_file(super::wal_copies::wal_of(old));
        let _ = std::fs::remove_file(checksum_path(old));
        match std::fs::remove_file(old) {
            Ok(()) => {}
            // Another program pruned it first.
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => {
                return Err(Error::io(
                    format!("cannot remove old backup {}", old.display()),
                    e,
                ))
            }
        }
    }
    Ok(())
}

/// Takes the daily backup unless one of today exists already.
pub fn daily(conn: &Connection, register: &Path, keep: usize) -> Result<()> {
    let today = backup_stamp::day_prefix(crate::clock::now());
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
    verify_checksum(file)?;
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
    conn.pragma_update(None, "trusted_schema", "OFF")?;
    let version =
        migrate::check_identity(&conn, &display).map_err(|e| super::damaged_err(&display, e))?;
    migrate::check_schema(&conn, version, &display).map_err(|e| super::damaged_err(&display, e))?;
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
/// foreign, too new, or missing with backups beside it). The unreadable file
/// is not deleted but kept in the backup folder; its path is returned.
///
/// The restored register is first written completely under a temporary
/// name beside the register, and only then renamed over it: a restore killed
/// at any moment leaves either the unreadable file or the restored one at the
/// register's path, never nothing (a stale temporary file is removed by the
/// next open, [`clean_partials`]).
pub fn restore_unopenable(register: &Path, source: &Path) -> Result<PathBuf> {
    validate_file(source)?;
    let stamp = backup_stamp::stamp(crate::clock::now());
    let name = register
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "register".into());
    let dir = backup_dir(register);
    std::fs::create_dir_all(&dir)
        .map_err(|e| Error::io(format!("cannot create folder {}", dir.display()), e))?;
    let kept = dir.join(format!("{stamp}-unreadable-{name}"));
    let staged = partial_path(register);
    let result = (|| -> Result<()> {
        let src = Connection::open_with_flags(
            source,
            OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        copy_to(&src, &staged)?;
        drop(src);
        if register.exists() {
            keep_aside(register, &kept)?;
        }
        for suffix in ["-wal", "-shm"] {
            let side = PathBuf::from(format!("{}{suffix}", register.display()));
            if side.exists() {
                // Copied, then removed: a stale WAL beside the restored file
                // would be replayed into it.
                let target = PathBuf::from(format!("{}{suffix}", kept.display()));
                std::fs::copy(&side, &target)
                    .map_err(|e| Error::io(format!("cannot keep {}", side.display()), e))?;
                std::fs::remove_file(&side)
                    .map_err(|e| Error::io(format!("cannot move {} aside", side.display()), e))?;
            }
        }
        std::fs::rename(&staged, register)
            .map_err(|e| Error::io(format!("cannot write {}", register.display()), e))
    })();
    if let Err(e) = result {
        let _ = std::fs::remove_file(&staged);
        return Err(e);
    }
    Ok(kept)
}

/// Gives the unreadable `register` a second name in the backup folder (a
/// copy where the file system has no hard links); the file at the register's
/// path stays until the restored one replaces it.
fn keep_aside(register: &Path, kept: &Path) -> Result<()> {
    if std::fs::hard_link(register, kept).is_ok() {
        return Ok(());
    }
    std::fs::copy(register, kept)
        .map(|_| ())
        .map_err(|e| Error::io(format!("cannot keep {}", register.display()), e))
}

/// A fresh temporary name beside `file`, of the form [`clean_partials`]
/// recognises: `.<name>.partial-<process>-<counter>`.
fn partial_path(file: &Path) -> PathBuf {
    static COUNTER: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let n = COUNTER.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let dir = file
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = file
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    dir.join(format!(".{name}.partial-{}-{n}", std::process::id()))
}

/// Removes temporary files a killed backup or restore left beside `register`
/// or in its backup folder: `.partial-` files of processes that no longer
/// run (on Linux, where `/proc` says so) or older than a day (elsewhere).
/// Best effort: a file that cannot be removed is left for the next time.
pub fn clean_partials(register: &Path) {
    let name = register
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let dir = register
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    for folder in [dir.to_path_buf(), backup_dir(register)] {
        let Ok(entries) = std::fs::read_dir(&folder) else {
            continue;
        };
        for entry in entries.flatten() {
            let file = entry.file_name().to_string_lossy().into_owned();
            // In the register's folder only its own: `.<name>.partial-…`,
            // or a copy's temporary file of such a file.
            let ours = folder != dir || file.contains(&format!(".{name}.partial-"));
            let Some((_, rest)) = file.split_once(".partial-").filter(|_| ours) else {
                continue;
            };
            if !file.starts_with('.') {
                continue;
            }
            let pid = rest.split('-').next().and_then(|p| p.parse::<u32>().ok());
            if is_stale(pid, &entry) {
                let _ = std::fs::remove_file(entry.path());
            }
        }
    }
}

fn is_stale(pid: Option<u32>, entry: &std::fs::DirEntry) -> bool {
    if pid == Some(std::process::id()) {
        return false;
    }
    let proc = Path::new("/proc");
    if let (Some(pid), true) = (pid, proc.join("self").exists()) {
        return !proc.join(pid.to_string()).exists();
    }
    entry
        .metadata()
        .and_then(|m| m.modified())
        .ok()
        .and_then(|t| t.elapsed().ok())
        .is_some_and(|age| age > Duration::from_secs(24 * 3600))
}

/// Replaces every table's rows in `main` by those of the attached
/// `restored` database (same schema version), inside the caller's
/// transaction. Foreign keys are off for the connection meanwhile, so the
/// order does not matter and no cascade fires; they are checked before the
/// caller commits.
fn copy_tables(tx: &rusqlite::Transaction<'_>) -> Result<()> {
    let quote = |name: &str| format!("\"{}\"", name.replace('"', "\"\""));
    let tables: Vec<String> = tx
        .prepare(
            "SELECT name FROM main.sqlite_master WHERE type = 'table' \
             AND name NOT LIKE 'sqlite_%' ORDER BY name",
        )?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    for table in &tables {
        tx.execute(&format!("DELETE FROM main.{}", quote(table)), [])?;
    }
    for table in &tables {
        let columns: Vec<String> = tx
            .prepare("SELECT name FROM pragma_table_info(?1, 'main') ORDER BY cid")?
            .query_map([table], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        let list = columns
            .iter()
            .map(|c| quote(c))
            .collect::<Vec<_>>()
            .join(", ");
        tx.execute(
            &format!(
                "INSERT INTO main.{t} ({list}) SELECT {list} FROM restored.{t}",
                t = quote(table)
            ),
            [],
        )?;
    }
    let broken = tx
        .prepare("PRAGMA main.foreign_key_check")?
        .query([])?
        .next()?
        .is_some();
    if broken {
        return Err(Error::Damaged {
            path: "backup".into(),
            reason: "its records refer to records it does not hold".into(),
        });
    }
    Ok(())
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
    ///
    /// The source is copied and migrated under a temporary name first, with
    /// no lock held. Then one immediate transaction takes the write lock,
    /// the safety backup is taken inside it ([`take_locked`]) and the tables
    /// are replaced: no other program can commit a write between the backup
    /// and the restore, so none is lost. Any failure rolls the whole restore
    /// back.
    pub fn restore_from(&mut self, source: &Path) -> Result<PathBuf> {
        self.ensure_writable()?;
        validate_file(source)?;
        let staged = partial_path(&backup_dir(&self.path).join("restore.vvt"));
        let result = self.stage(source, &staged).and_then(|_| {
            self.conn
                .pragma_update(None, "foreign_keys", "OFF")
                .map_err(Error::from)
                .and_then(|_| {
                    self.conn
                        .execute("ATTACH DATABASE ?1 AS restored", [staged.to_string_lossy()])
                        .map_err(Error::from)
                })
                .and_then(|_| self.replace_from_restored())
        });
        let _ = self.conn.execute("DETACH DATABASE restored", []);
        let _ = self.conn.pragma_update(None, "foreign_keys", "ON");
        let _ = std::fs::remove_file(&staged);
        let safety = result?;
        self.catalogs = super::catalogs::load(&self.conn)?;
        Ok(safety)
    }

    /// A validated copy of `source` at `staged`, migrated to this program's
    /// schema.
    fn stage(&self, source: &Path, staged: &Path) -> Result<()> {
        let src = Connection::open_with_flags(
            source,
            OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        copy_to(&src, staged)?;
        drop(src);
        let mut copy = Connection::open(staged)?;
        migrate::migrate(&mut copy, &source.display().to_string())
    }

    fn replace_from_restored(&mut self) -> Result<PathBuf> {
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
            .map_err(|e| super::write_failed(e.into()))?;
        let safety = take_locked(
            &self.path,
            BackupReason::BeforeRestore,
            self.options.keep_backups,
        )?;
        copy_tables(&tx).map_err(super::write_failed)?;
        tx.commit().map_err(|e| super::write_failed(e.into()))?;
        Ok(safety)
    }
}

impl Default for OpenOptions {
    fn default() -> Self {
        OpenOptions {
            keep_backups: 14,
            automatic_backups: true,
            create: false,
        }
    }
}
