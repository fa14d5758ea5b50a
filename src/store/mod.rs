//! The register's SQLite store: the only module that speaks SQL.
//!
//! Every write runs in one transaction together with its change-history rows
//! ([`Store::write`]); a failed write leaves the file exactly as it was.

mod activities;
pub mod backup;
mod backup_restore;
mod backup_stamp;
mod catalogs;
mod history;
mod inspect;
pub mod migrate;
pub mod network;
mod organisation;
mod parties;
mod processor_activities;
mod publications;
mod register;
pub(crate) mod restore;
mod rows;
mod search;
mod toms;
mod transfers;
mod translations;
mod wal_copies;

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
    /// Create a new register when there is no file (or an empty one) at the
    /// path. Only creating commands set it (`vvt init`, the app's "Neu");
    /// everything else refuses a missing register instead of silently
    /// starting an empty one in its place.
    pub create: bool,
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
    /// On a network drive: the lock this handle holds, removed when the
    /// store is dropped ([`network`]).
    _lock: Option<network::RegisterLock>,
    /// On a network drive: who else edits the register; it is then open
    /// read-only here.
    read_only_by: Option<network::Holder>,
}

/// What a write needs besides the transaction: the author and the catalogs.
pub(crate) struct WriteContext<'a> {
    pub tx: &'a Transaction<'a>,
    pub actor: &'a str,
    pub catalogs: &'a Catalogs,
}

impl Store {
    /// Opens the existing register at `path` with the default options (see
    /// [`OpenOptions::from_env`]); a missing file is refused.
    pub fn open(path: &Path) -> Result<Store> {
        Self::open_with(path, &OpenOptions::from_env())
    }

    /// Opens the register at `path`, creating it (and its folder) when there
    /// is no file yet: what `vvt init` and the app's "Neu" do.
    pub fn create(path: &Path) -> Result<Store> {
        let options = OpenOptions {
            create: true,
            ..OpenOptions::from_env()
        };
        Self::open_with(path, &options)
    }

    /// Opens the register at `path`, applying any pending migrations after a
    /// backup. A file that is not a register, is damaged, or was written by a
    /// newer VVT is refused and left untouched. A missing or empty file is
    /// created as a new register only with [`OpenOptions::create`], and never
    /// when backups of it lie beside it: then the register was lost, and the
    /// DPO is offered a restore instead of an empty register.
    pub fn open_with(path: &Path, options: &OpenOptions) -> Result<Store> {
        let display = path.display().to_string();
        backup::clean_partials(path);
        let empty = match std::fs::metadata(path) {
            Ok(meta) => meta.len() == 0,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => true,
            Err(e) => return Err(Error::io(format!("cannot open {display}"), e)),
        };
        if empty {
            refuse_lost_or_missing(path, options)?;
        }
        if path.exists() {
            check_sqlite_header(path)?;
            check_writable(path)?;
        } else if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(parent)
                .map_err(|e| Error::io(format!("cannot create folder {}", parent.display()), e))?;
        }
        if !empty {
            inspect::keep_wal(path)?;
            inspect::inspect(path)?;
        }
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
            | OpenFlags::SQLITE_OPEN_CREATE
            | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let mut conn =
            Connection::open_with_flags(path, flags).map_err(|e| damaged(&display, e))?;
        conn.busy_timeout(Duration::from_secs(5))?;
        conn.pragma_update(None, "trusted_schema", "OFF")?;
        let version =
            migrate::check_identity(&conn, &display).map_err(|e| damaged_err(&display, e))?;
        // WAL needs memory shared by all writers, which machines sharing a
        // network drive do not have: there a rollback journal and a lock
        // file that names who edits the register.
        let (lock, read_only_by) = match network::storage_of(path) {
            network::Storage::Local => {
                conn.pragma_update(None, "journal_mode", "WAL")
                    .map_err(|e| write_failed(e.into()))?;
                (None, None)
            }
            network::Storage::Network(_) => match network::acquire(path, &current_user())? {
                Ok(lock) => {
                    conn.pragma_update(None, "journal_mode", "DELETE")
                        .map_err(|e| write_failed(e.into()))?;
                    (Some(lock), None)
                }
                Err(holder) => (None, Some(holder)),
            },
        };
        if let Some(holder) = &read_only_by {
            if version < migrate::latest_version() {
                return Err(Error::WriteFailed {
                    reason: format!(
                        "{} edits the register, and it needs an update this program can make \
                         only when it is free",
                        holder.describe()
                    ),
                });
            }
        }
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
        let mut store = Self::finish(conn, path.to_path_buf(), options.clone())?;
        store._lock = lock;
        store.read_only_by = read_only_by;
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
            _lock: None,
            read_only_by: None,
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Who edits this register on a network drive while it is open
    /// read-only here; `None` when it can be edited.
    pub fn read_only_by(&self) -> Option<&network::Holder> {
        self.read_only_by.as_ref()
    }

    /// Takes over the lock of a register on a network drive that another
    /// user holds (one who is gone, the user decides); it can then be edited.
    pub fn take_over(&mut self) -> Result<()> {
        if self.read_only_by.is_none() {
            return Ok(());
        }
        let lock = network::take_over(&self.path, &self.actor)?;
        self.conn
            .pragma_update(None, "journal_mode", "DELETE")
            .map_err(|e| write_failed(e.into()))?;
        self._lock = Some(lock);
        self.read_only_by = None;
        Ok(())
    }

    /// Refuses a write while another user edits the register on a network
    /// drive: nothing is saved, and the message says who edits it.
    pub(crate) fn ensure_writable(&self) -> Result<()> {
        match &self.read_only_by {
            Some(holder) => Err(Error::WriteFailed {
                reason: format!(
                    "{} edits the register on this network drive; it is open read-only here",
                    holder.describe()
                ),
            }),
            None => Ok(()),
        }
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
            locked_by: self.read_only_by.as_ref().map(network::Holder::describe),
        })
    }

    /// Runs `f` in one immediate transaction that commits only when `f`
    /// succeeds; every change-history row is written inside the same
    /// transaction as the change it records.
    pub(crate) fn write<T>(&mut self, f: impl FnOnce(&WriteContext<'_>) -> Result<T>) -> Result<T> {
        self.ensure_writable()?;
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

/// A missing or empty register file: lost when backups of it exist (the
/// caller offers a restore), else created only when the caller creates.
fn refuse_lost_or_missing(path: &Path, options: &OpenOptions) -> Result<()> {
    let display = path.display().to_string();
    let missing = !path.exists();
    let what = if missing {
        "the file is missing"
    } else {
        "the file is empty"
    };
    if !backup::list(path)?.is_empty() {
        return Err(Error::Damaged {
            path: display,
            reason: format!("{what}, but backups of it lie beside it"),
        });
    }
    if options.create {
        return Ok(());
    }
    Err(Error::NotARegister {
        path: display,
        reason: format!("{what}; `vvt init` or \"Neu\" in the app creates a new register"),
    })
}

fn configure(conn: &Connection) -> Result<()> {
    conn.pragma_update(None, "trusted_schema", "OFF")?;
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
pub(crate) fn write_failed(e: Error) -> Error {
    use rusqlite::ErrorCode::{
        CannotOpen, DatabaseBusy, DatabaseLocked, DiskFull, ReadOnly, SystemIoFailure,
    };
    let Error::Sqlite(inner) = &e else {
        return e;
    };
    let reason = match inner.sqlite_error_code() {
        Some(DatabaseBusy | DatabaseLocked) => {
            "another program is writing to the register (the app or a second vvt); try again \
             when it has finished"
        }
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
