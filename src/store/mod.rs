//! The register's SQLite store: the only module that speaks SQL.
//!
//! Every write runs in one transaction together with its change-history rows
//! ([`Store::write`]); a failed write leaves the file exactly as it was.

mod activities;
mod catalogs;
mod history;
pub mod migrate;
mod organisation;
mod parties;
mod publications;
mod register;
mod rows;
mod toms;

use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, OpenFlags, Transaction};

use crate::{Catalogs, Error, RegisterSummary, Result};

pub use history::diff_fields;
pub use publications::content_hash;

/// An open register file.
pub struct Store {
    conn: Connection,
    path: PathBuf,
    /// Who is recorded in the change history for writes through this handle.
    actor: String,
    /// Catalogs are reference data that only migrations change: loaded once.
    catalogs: Catalogs,
}

/// What a write needs besides the transaction: the author and the catalogs.
pub(crate) struct WriteContext<'a> {
    pub tx: &'a Transaction<'a>,
    pub actor: &'a str,
    pub catalogs: &'a Catalogs,
}

impl Store {
    /// Opens (and creates, when missing) the register at `path`, applying any
    /// pending migrations. A file that is not a register, or was written by a
    /// newer VVT, is refused and left untouched.
    pub fn open(path: &Path) -> Result<Store> {
        let display = path.display().to_string();
        if path.exists() {
            check_sqlite_header(path)?;
        } else if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(parent)
                .map_err(|e| Error::io(format!("cannot create folder {}", parent.display()), e))?;
        }
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
            | OpenFlags::SQLITE_OPEN_CREATE
            | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = Connection::open_with_flags(path, flags)?;
        // Identify before switching to WAL, which would write to the file.
        migrate::check_identity(&conn, &display)?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        Self::prepare(conn, path.to_path_buf())
    }

    /// A register in memory with every migration applied, for tests.
    pub fn open_in_memory() -> Result<Store> {
        let conn = Connection::open_in_memory()?;
        Self::prepare(conn, PathBuf::from(":memory:"))
    }

    fn prepare(mut conn: Connection, path: PathBuf) -> Result<Store> {
        conn.pragma_update(None, "foreign_keys", "ON")?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        conn.busy_timeout(Duration::from_secs(5))?;
        migrate::migrate(&mut conn, &path.display().to_string())?;
        let catalogs = catalogs::load(&conn)?;
        Ok(Store {
            conn,
            path,
            actor: current_user(),
            catalogs,
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
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let ctx = WriteContext {
            tx: &tx,
            actor: &self.actor,
            catalogs: &self.catalogs,
        };
        let value = f(&ctx)?;
        tx.commit()?;
        Ok(value)
    }
}

/// Refuses a file that is not SQLite at all before SQLite gets to touch it.
fn check_sqlite_header(path: &Path) -> Result<()> {
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

/// The operating-system user, recorded as the author of changes.
fn current_user() -> String {
    ["USER", "USERNAME", "LOGNAME"]
        .iter()
        .find_map(|v| std::env::var(v).ok().filter(|s| !s.trim().is_empty()))
        .unwrap_or_else(|| "unbekannt".to_owned())
}
