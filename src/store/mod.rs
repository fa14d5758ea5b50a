//! The register's SQLite store: the only module that speaks SQL.
//!
//! Every write runs in one transaction together with its change-history rows
//! ([`Store::write`]); a failed write leaves the file exactly as it was.

mod activities;
pub mod backup;
mod catalogs;
mod history;
pub mod migrate;
mod organisation;
mod parties;
mod processor_activities;
mod publications;
mod register;
pub(crate) mod restore;
mod rows;
mod search;
mod toms;

use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, OpenFlags, Transaction};

use crate::{Catalogs, Error, RegisterSummary, Result};

pub use history::diff_fields;
pub use publications::content_hash;

/// How a register file is opened.
#[derive(Debug, Clone)]
pub struct OpenOptions {
    /// How many automatic backups to keep beside the register (default 14).
    pub keep_backups: usize,
    /// Take a backup before migrations and on the first open of each day.
    pub automatic_backups: bool,
}

impl OpenOptions {
    /// The defaults, with `VVT_BACKUP_KEEP` overriding the number kept.
    pub fn from_env() -> Self {
        let mut o = OpenOptions::default();
        if let Some(n) = std::env::var("VVT_BACKUP_KEEP")
            .ok()
            .and_then(|v| v.parse().ok())
        {
            o.keep_backups = n;
        }
        o
    }
}

/// An open register file.
pub struct Store {
    conn: Connection,
    path: PathBuf,
    /// Who is recorded in the change history for writes through this handle.
    actor: String,
    /// Catalogs are reference data that only migrations change: loaded once.
    catalogs: Catalogs,
    options: OpenOptions,
    /// The folded text of every activity for the list's search, rebuilt when
    /// the file changed (through this handle or any other connection).
    search_index: std::cell::RefCell<Option<search::SearchIndex>>,
}

/// What a write needs besides the transaction: the author and the catalogs.
pub(crate) struct WriteContext<'a> {
    pub tx: &'a Transaction<'a>,
    pub actor: &'a str,
    pub catalogs: &'a Catalogs,
}

impl Store {
    /// Opens (and creates, when missing) the register at `path` with the
    /// default options (see [`OpenOptions::from_env`]).
    pub fn open(path: &Path) -> Result<Store> {
        Self::open_with(path, &OpenOptions::from_env())
    }

    /// Opens (and creates, when missing) the register at `path`, applying any
    /// pending migrations after a backup. A file that is not a register, is
    /// damaged, or was written by a newer VVT is refused and left untouched.
    pub fn open_with(path: &Path, options: &OpenOptions) -> Result<Store> {
        let display = path.display().to_string();
        if path.exists() {
            check_sqlite_header(path)?;
            check_writable(path)?;
        } else if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(parent)
                .map_err(|e| Error::io(format!("cannot create folder {}", parent.display()), e))?;
        }
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
            | OpenFlags::SQLITE_OPEN_CREATE
            | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let mut conn =
            Connection::open_with_flags(path, flags).map_err(|e| damaged(&display, e))?;
        conn.busy_timeout(Duration::from_secs(5))?;
        // Identify and check before anything is written to the file.
        let version =
            migrate::check_identity(&conn, &display).map_err(|e| damaged_err(&display, e))?;
        if version > 0 {
            let result: String = conn
                .query_row("PRAGMA quick_check", [], |r| r.get(0))
                .map_err(|e| damaged(&display, e))?;
            if result != "ok" {
                return Err(Error::Damaged {
                    path: display,
                    reason: format!("the consistency check failed: {result}"),
                });
            }
        }
        conn.pragma_update(None, "journal_mode", "WAL")
            .map_err(|e| write_failed(e.into()))?;
        if options.automatic_backups && version > 0 && version < migrate::latest_version() {
            backup::take(
                &conn,
                path,
                backup::BackupReason::BeforeMigration,
                options.keep_backups,
            )?;
        }
        configure(&conn)?;
        migrate::migrate(&mut conn, &display)?;
        let store = Self::finish(conn, path.to_path_buf(), options.clone())?;
        if options.automatic_backups && !store.is_empty()? {
            backup::daily(&store.conn, path, options.keep_backups)?;
        }
        Ok(store)
    }

    /// A register in memory with every migration applied, for tests.
    pub fn open_in_memory() -> Result<Store> {
        let mut conn = Connection::open_in_memory()?;
        configure(&conn)?;
        migrate::migrate(&mut conn, ":memory:")?;
        let options = OpenOptions {
            automatic_backups: false,
            ..OpenOptions::default()
        };
        Self::finish(conn, PathBuf::from(":memory:"), options)
    }

    fn finish(conn: Connection, path: PathBuf, options: OpenOptions) -> Result<Store> {
        let catalogs = catalogs::load(&conn)?;
        Ok(Store {
            conn,
            path,
            actor: current_user(),
            catalogs,
            options,
            search_index: std::cell::RefCell::new(None),
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Sets the name recorded as author of later changes.
    pub fn set_actor(&mut self, actor: impl Into<String>) {
        self.actor = actor.into();
    }

    pub fn actor(&self) -> &str {
        &self.actor
    }

    /// The schema version of the open file.
    pub fn schema_version(&self) -> Result<i64> {
        Ok(self
            .conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))?)
    }

    /// The reference catalogs (legal bases, countries, mechanisms, authorities,
    /// suggestions).
    pub fn catalogs(&self) -> &Catalogs {
        &self.catalogs
    }

    pub fn summary(&self) -> Result<RegisterSummary> {
        let organisation_name: String = self.conn.query_row(
            "SELECT controller_name FROM organisation WHERE id = 1",
            [],
            |r| r.get(0),
        )?;
        let count = |sql: &str| -> Result<u64> {
            Ok(self.conn.query_row(sql, [], |r| r.get::<_, i64>(0))? as u64)
        };
        Ok(RegisterSummary {
            path: self.path.display().to_string(),
            organisation_name: Some(organisation_name).filter(|n| !n.trim().is_empty()),
            activity_count: count("SELECT count(*) FROM activity")?,
            party_count: count("SELECT count(*) FROM party")?,
        })
    }

    /// Runs `f` in one immediate transaction that commits only when `f`
    /// succeeds; every change-history row is written inside the same
    /// transaction as the change it records.
    pub(crate) fn write<T>(&mut self, f: impl FnOnce(&WriteContext<'_>) -> Result<T>) -> Result<T> {
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
            .map_err(|e| write_failed(e.into()))?;
        let ctx = WriteContext {
            tx: &tx,
            actor: &self.actor,
            catalogs: &self.catalogs,
        };
        let value = f(&ctx).map_err(write_failed)?;
        tx.commit().map_err(|e| write_failed(e.into()))?;
        Ok(value)
    }
}

fn configure(conn: &Connection) -> Result<()> {
    conn.pragma_update(None, "foreign_keys", "ON")?;
    conn.pragma_update(None, "synchronous", "NORMAL")?;
    // 64 MiB of page cache: a group register of 20,000 activities is read
    // whole for every document, and the default 2 MiB would re-read it.
    conn.pragma_update(None, "cache_size", -65_536)?;
    conn.busy_timeout(Duration::from_secs(5))?;
    Ok(())
}

/// Turns SQLite's "not a database" and "malformed" into an error that says
/// the file is damaged and where its backups are.
pub(crate) fn damaged(path: &str, e: rusqlite::Error) -> Error {
    use rusqlite::ErrorCode::{DatabaseCorrupt, NotADatabase};
    match e.sqlite_error_code() {
        Some(DatabaseCorrupt | NotADatabase) => Error::Damaged {
            path: path.to_owned(),
            reason: e.to_string(),
        },
        _ => Error::Sqlite(e),
    }
}

/// Says plainly why a write could not be saved; the transaction was rolled
/// back, so the register is as it was.
fn write_failed(e: Error) -> Error {
    use rusqlite::ErrorCode::{CannotOpen, DiskFull, ReadOnly, SystemIoFailure};
    let Error::Sqlite(inner) = &e else {
        return e;
    };
    let reason = match inner.sqlite_error_code() {
        Some(DiskFull) => "the disk is full",
        Some(ReadOnly) => "the register file or its folder is read-only",
        Some(SystemIoFailure | CannotOpen) => "the register file cannot be written",
        _ => return e,
    };
    Error::WriteFailed {
        reason: reason.to_owned(),
    }
}

pub(crate) fn damaged_err(path: &str, e: Error) -> Error {
    match e {
        Error::Sqlite(e) => damaged(path, e),
        other => other,
    }
}

/// Refuses a stale edit: the stored record must still have the version the
/// edit started from, or someone else saved in between.
pub(crate) fn ensure_version(
    entity: &'static str,
    key: &str,
    expected: i64,
    found: i64,
) -> Result<()> {
    if expected != found {
        return Err(Error::Conflict {
            entity,
            key: key.to_owned(),
            expected,
            found,
        });
    }
    Ok(())
}

/// A register is opened for editing: say plainly when the file cannot be
/// written, before SQLite fails with something vaguer.
fn check_writable(path: &Path) -> Result<()> {
    match std::fs::OpenOptions::new().write(true).open(path) {
        Ok(_) => Ok(()),
        Err(e)
            if e.kind() == std::io::ErrorKind::PermissionDenied
                || e.kind() == std::io::ErrorKind::ReadOnlyFilesystem =>
        {
            Err(Error::WriteFailed {
                reason: format!("the register file {} is read-only", path.display()),
            })
        }
        Err(e) => Err(Error::io(format!("cannot open {}", path.display()), e)),
    }
}

/// Refuses a file that is not SQLite at all before SQLite gets to touch it.
pub(crate) fn check_sqlite_header(path: &Path) -> Result<()> {
    use std::io::Read;
    let mut header = [0u8; 16];
    let mut file = std::fs::File::open(path)
        .map_err(|e| Error::io(format!("cannot open {}", path.display()), e))?;
    let read = file
        .read(&mut header)
        .map_err(|e| Error::io(format!("cannot read {}", path.display()), e))?;
    if read == 0 {
        return Ok(()); // an empty file becomes a new register
    }
    if read < 16 || &header != b"SQLite format 3\0" {
        return Err(Error::NotARegister {
            path: path.display().to_string(),
            reason: "the file is not an SQLite database".into(),
        });
    }
    Ok(())
}

/// The operating-system user, recorded as the author of changes: from the
/// environment, else (a desktop session or service without `USER`) the
/// account name of the process's user in `/etc/passwd`.
fn current_user() -> String {
    ["USER", "USERNAME", "LOGNAME"]
        .iter()
        .find_map(|v| std::env::var(v).ok().filter(|s| !s.trim().is_empty()))
        .or_else(account_name)
        .unwrap_or_else(|| "unbekannt".to_owned())
}

/// The account name of the user running this process, on Linux (where
/// `/proc/self` belongs to that user); `None` elsewhere or when not listed.
#[cfg(unix)]
fn account_name() -> Option<String> {
    use std::os::unix::fs::MetadataExt;
    let uid = std::fs::metadata("/proc/self").ok()?.uid();
    let passwd = std::fs::read_to_string("/etc/passwd").ok()?;
    passwd_name(&passwd, uid)
}

#[cfg(not(unix))]
fn account_name() -> Option<String> {
    None
}

/// The name of `uid` in the text of an `/etc/passwd` file.
fn passwd_name(passwd: &str, uid: u32) -> Option<String> {
    passwd.lines().find_map(|line| {
        let mut fields = line.split(':');
        let name = fields.next()?;
        let id = fields.nth(1)?.parse::<u32>().ok()?;
        (id == uid && !name.is_empty()).then(|| name.to_owned())
    })
}

#[cfg(test)]
mod tests {
    use super::passwd_name;

    #[test]
    fn passwd_name_finds_the_account_of_a_uid() {
        let passwd = "root:x:0:0:root:/root:/bin/bash\n\
                      # a comment line\n\
                      broken\n\
                      dpo:x:1000:1000:Datenschutz,,,:/home/dpo:/bin/bash\n";
        assert_eq!(passwd_name(passwd, 1000).as_deref(), Some("dpo"));
        assert_eq!(passwd_name(passwd, 0).as_deref(), Some("root"));
        assert_eq!(passwd_name(passwd, 1001), None);
        assert_eq!(passwd_name("", 0), None);
    }
}
