//! Restoring a backup over a register in whatever state opening it left:
//! open, or refused as damaged, not a register or written by a newer VVT —
//! which is when a restore is needed most. One place decides which restore
//! applies, so `vvt restore` and the app's restore screen cannot disagree.

use std::path::{Path, PathBuf};

use super::{backup, Store};
use crate::{Error, ErrorCode, Result};

/// A register a backup is restored over, as opening it left it.
pub enum RestoreTarget<'a> {
    /// Open: its content is replaced in one transaction, its current state
    /// kept as a backup first ([`Store::restore_from`]).
    Open(&'a mut Store),
    /// Refused on opening in a way a backup cures: the file is replaced and
    /// kept in the backup folder ([`backup::restore_unopenable`]); whoever
    /// restores opens it anew afterwards.
    Unopenable,
}

impl RestoreTarget<'_> {
    /// The target for a register whose opening was refused with `code`;
    /// `None` when replacing the file would not help ([`ErrorCode::unopenable`]:
    /// a full disk or missing rights are not the file's fault).
    pub fn refused(code: ErrorCode) -> Option<Self> {
        code.unopenable().then_some(RestoreTarget::Unopenable)
    }
}

/// Restores `source` over the register at `register` and returns where the
/// replaced state was kept: the safety backup of an open register, or the
/// unopenable file moved into the backup folder (never deleted).
pub fn restore(register: &Path, target: RestoreTarget<'_>, source: &Path) -> Result<PathBuf> {
    match target {
        RestoreTarget::Open(store) => store.restore_from(source),
        RestoreTarget::Unopenable => backup::restore_unopenable(register, source),
    }
}

/// Opens the register at `register`, restores `source` over it ([`restore`])
/// and opens it once more, which applies the migrations a restored older
/// backup may need. `refused` is told why the register cannot be opened
/// before the file is replaced; any other failure to open is returned and
/// nothing is restored. Returns where the replaced state was kept.
pub fn restore_file(
    register: &Path,
    source: &Path,
    refused: impl FnOnce(&Error),
) -> Result<PathBuf> {
    let kept = match Store::open(register) {
        Ok(mut store) => restore(register, RestoreTarget::Open(&mut store), source)?,
        Err(e) => match RestoreTarget::refused(e.error_code()) {
            Some(target) => {
                refused(&e);
                restore(register, target, source)?
            }
            None => return Err(e),
        },
    };
    Store::open(register)?;
    Ok(kept)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::backup::BackupReason;

    /// A register with one manual backup, then cut off after 4 KiB the way a
    /// crash during a copy or a broken disk leaves it.
    fn damaged_register_with_backup(dir: &Path) -> (PathBuf, PathBuf) {
        let path = dir.join("register.vvt");
        let mut store = Store::create(&path).unwrap();
        store.load_example().unwrap();
        let taken = store.backup(BackupReason::Manual).unwrap();
        drop(store);
        let file = std::fs::OpenOptions::new().write(true).open(&path).unwrap();
        file.set_len(4096).unwrap();
        (path, taken)
    }

    #[test]
    fn only_refusals_a_backup_cures_are_restored_over() {
        for code in [
            ErrorCode::Damaged,
            ErrorCode::NotARegister,
            ErrorCode::SchemaTooNew,
        ] {
            assert!(
                RestoreTarget::refused(code).is_some(),
                "{code:?}: the file is the problem, so a backup replaces it"
            );
        }
        for code in [ErrorCode::Io, ErrorCode::WriteFailed, ErrorCode::Database] {
            assert!(
                RestoreTarget::refused(code).is_none(),
                "{code:?} is not the file's fault; replacing it would lose it for nothing"
            );
        }
    }

    #[test]
    fn a_damaged_register_is_restored_over_and_kept() {
        let dir = tempfile::tempdir().unwrap();
        let (path, taken) = damaged_register_with_backup(dir.path());
        let damaged = std::fs::read(&path).unwrap();
        let mut told = None;

        let kept = restore_file(&path, &taken, |e| told = Some(e.error_code()))
            .expect("a backup restores over a register that cannot be opened");

        assert_eq!(told, Some(ErrorCode::Damaged), "the caller is told why");
        assert_eq!(
            std::fs::read(&kept).unwrap(),
            damaged,
            "the damaged file is kept byte for byte, never deleted"
        );
        let summary = Store::open(&path).unwrap().summary().unwrap();
        assert_eq!(
            summary.activity_count, 3,
            "the example's activities are back"
        );
    }

    #[test]
    fn an_open_register_keeps_its_state_as_a_backup() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("register.vvt");
        let mut store = Store::create(&path).unwrap();
        let taken = store.backup(BackupReason::Manual).unwrap();
        store.load_example().unwrap();

        let kept = restore(&path, RestoreTarget::Open(&mut store), &taken).unwrap();

        assert_eq!(
            store.summary().unwrap().activity_count,
            0,
            "the backup's state is back"
        );
        assert!(
            kept.to_string_lossy().contains("before-restore"),
            "the replaced state is kept as a backup: {}",
            kept.display()
        );
    }
}
