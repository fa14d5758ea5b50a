//! The copies of a register kept together with its `-wal` before it is
//! opened (store/inspect.rs makes them): their names and how many are kept.
//! A module of its own because the backup folder's pruning (backup.rs) and
//! the inspection both need them, and inspect.rs already uses backup.rs.

use std::path::{Path, PathBuf};

/// How many copies of a register with its `-wal` are kept; they are pruned
/// apart from the other automatic backups, so that they never push out a
/// daily one.
pub(crate) const KEEP_WITH_WAL: usize = 3;

/// The tag in the names of those copies.
pub(crate) const WITH_WAL: &str = "with-wal";

/// The `-wal` beside `register`.
pub(crate) fn wal_of(register: &Path) -> PathBuf {
    PathBuf::from(format!("{}-wal", register.display()))
}

/// Whether `backup` is a copy of a register with its `-wal`
/// (`inspect::keep_wal` makes them).
pub(crate) fn is_with_wal(backup: &Path) -> bool {
    backup
        .file_name()
        .is_some_and(|n| n.to_string_lossy().contains(&format!("-{WITH_WAL}-")))
}
