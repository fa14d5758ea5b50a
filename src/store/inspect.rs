//! Judging a register file before anything may write to it. The identity,
//! the schema and the consistency check run on a read-only connection: a
//! read-write connection that is closed checkpoints the `-wal` into the file
//! and deletes it, so a refused register would not stay as it was. And a
//! `-wal` left by a crash is copied into the backup folder first, together
//! with its file: SQLite ends a damaged WAL at its first bad frame and
//! deletes it at the next checkpoint, and the commits after that frame would
//! be gone without a trace.

use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, OpenFlags};

use super::wal_copies::{is_with_wal, wal_of, KEEP_WITH_WAL, WITH_WAL};
use super::{backup, damaged, damaged_err, migrate};
use crate::{Error, Result};

/// The register's schema version, after its identity, its schema and its
/// consistency were checked without writing to it or to its `-wal`.
///
/// A register left in WAL mode by a crash may need a recovery that a
/// read-only connection cannot make (SQLite then answers "readonly"); it is
/// then checked on a copy in the backup folder, which is removed after.
pub(crate) fn inspect(path: &Path) -> Result<i64> {
    let display = path.display().to_string();
    let read_only = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(|e| damaged(&display, e))?;
    match check(&read_only, &display) {
        Err(Error::Sqlite(e)) if e.sqlite_error_code() == Some(rusqlite::ErrorCode::ReadOnly) => {
            drop(read_only);
            inspect_copy(path, &display)
        }
        other => other,
    }
}

/// [`inspect`] on a copy of the register and its `-wal`.
fn inspect_copy(path: &Path, display: &str) -> Result<i64> {
    let dir = backup::backup_dir(path);
    std::fs::create_dir_all(&dir)
        .map_err(|e| Error::io(format!("cannot create folder {}", dir.display()), e))?;
    let copy = dir.join(format!(".inspect.vvt.partial-{}-0", std::process::id()));
    let remove = |copy: &Path| {
        for suffix in ["", "-wal", "-shm", "-journal"] {
            let _ = std::fs::remove_file(format!("{}{suffix}", copy.display()));
        }
    };
    let cannot = |e| Error::io(format!("cannot copy {display} to check it"), e);
    let result = (|| {
        std::fs::copy(path, &copy).map_err(cannot)?;
        if wal_of(path).exists() {
            std::fs::copy(wal_of(path), wal_of(&copy)).map_err(cannot)?;
        }
        let conn = Connection::open_with_flags(
            &copy,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|e| damaged(display, e))?;
        check(&conn, display)
    })();
    remove(&copy);
    result
}

fn check(conn: &Connection, display: &str) -> Result<i64> {
    conn.busy_timeout(Duration::from_secs(5))?;
    // SQL stored in the file (views, triggers) must not call functions with
    // side effects; foreign objects are refused just below anyway.
    conn.pragma_update(None, "trusted_schema", "OFF")?;
    let version = migrate::check_identity(conn, display).map_err(|e| damaged_err(display, e))?;
    migrate::check_schema(conn, version, display).map_err(|e| damaged_err(display, e))?;
    if version > 0 {
        let result: String = conn
            .query_row("PRAGMA quick_check", [], |r| r.get(0))
            .map_err(|e| damaged(display, e))?;
        if result != "ok" {
            return Err(Error::Damaged {
                path: display.to_owned(),
                reason: format!("the consistency check failed: {result}"),
            });
        }
    }
    Ok(version)
}

/// Copies `register` and its non-empty `-wal` into the backup folder as
/// they are, unless the newest such copy holds the same `-wal` already.
/// Returns the copy of the register, if one was made.
pub(crate) fn keep_wal(register: &Path) -> Result<Option<PathBuf>> {
    let wal = wal_of(register);
    let wal_bytes = match std::fs::read(&wal) {
        Ok(bytes) if !bytes.is_empty() => bytes,
        Ok(_) => return Ok(None),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(Error::io(format!("cannot read {}", wal.display()), e)),
    };
    let newest = backup::list(register)?.into_iter().find(|p| is_with_wal(p));
    if let Some(newest) = newest {
        if std::fs::read(wal_of(&newest)).is_ok_and(|kept| kept == wal_bytes) {
            return Ok(None);
        }
    }
    let stamp = super::backup_stamp::stamp(crate::clock::now());
    let stem = register
        .file_stem()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "register".into());
    let dir = backup::backup_dir(register);
    std::fs::create_dir_all(&dir)
        .map_err(|e| Error::io(format!("cannot create folder {}", dir.display()), e))?;
    let cannot = |p: &Path, e| Error::io(format!("cannot copy {}", p.display()), e);
    for n in 1..1000 {
        let dest = match n {
            1 => dir.join(format!("{stamp}-{WITH_WAL}-{stem}.vvt")),
            n => dir.join(format!("{stamp}-{WITH_WAL}-{n}-{stem}.vvt")),
        };
        // The name is claimed with create_new; the WAL goes first, so that
        // the copy of the register never lies there without it.
        match std::fs::File::options()
            .write(true)
            .create_new(true)
            .open(wal_of(&dest))
        {
            Ok(_) => {}
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(cannot(&wal, e)),
        }
        std::fs::write(wal_of(&dest), &wal_bytes).map_err(|e| cannot(&wal, e))?;
        let tmp = PathBuf::from(format!(
            "{}.partial-{}-0",
            dest.display(),
            std::process::id()
        ));
        let tmp = tmp.with_file_name(format!(
            ".{}",
            tmp.file_name()
                .map(|n| n.to_string_lossy())
                .unwrap_or_default()
        ));
        std::fs::copy(register, &tmp)
            .and_then(|_| std::fs::rename(&tmp, &dest))
            .map_err(|e| {
                let _ = std::fs::remove_file(&tmp);
                cannot(register, e)
            })?;
        prune(register)?;
        return Ok(Some(dest));
    }
    Ok(None)
}

/// Keeps the newest [`KEEP_WITH_WAL`] copies; one another program removed
/// first is no error.
fn prune(register: &Path) -> Result<()> {
    let old = backup::list(register)?
        .into_iter()
        .filter(|p| is_with_wal(p))
        .skip(KEEP_WITH_WAL);
    for file in old {
        let _ = std::fs::remove_file(wal_of(&file));
        let _ = std::fs::remove_file(&file);
    }
    Ok(())
}
