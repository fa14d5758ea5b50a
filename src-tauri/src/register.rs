//! The register the app has open, kept in Tauri's managed state. Opening can
//! fail (a file from a newer VVT, not a register at all); the app still starts
//! and every command reports that failure, so the DPO sees it in the window
//! instead of a silent exit, and can retry once the cause is fixed or restore
//! a backup over it.

use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard, PoisonError};

use vvt::store::backup::{self, RestoreTarget};

use crate::backups;
use crate::error::CommandError;

pub struct OpenRegister {
    slot: Mutex<Slot>,
}

/// The file the app has open and its store, or why it could not be opened.
struct Slot {
    path: PathBuf,
    store: Result<vvt::Store, CommandError>,
    /// Whether a retry may create the register: for the one the app
    /// starts on and one made with "Neu", not for one opened.
    create: bool,
}

impl OpenRegister {
    /// Opens the register at `path` the app starts on; on the first start
    /// there is none yet, and it is created with its folder. A missing file
    /// with backups beside it is not created anew but reported as damaged,
    /// so the DPO is offered a restore.
    pub fn open(path: &Path) -> Self {
        Self {
            slot: Mutex::new(Slot {
                path: path.to_path_buf(),
                store: create_store(path),
                create: true,
            }),
        }
    }

    /// Opens the register at `path` named on the command line (a file opened
    /// from the file manager). Unlike [`Self::open`] a missing file is not
    /// created: a mistyped or moved file is reported in the window, where the
    /// DPO can open another or create one on purpose.
    pub fn open_existing(path: &Path) -> Self {
        Self {
            slot: Mutex::new(Slot {
                path: path.to_path_buf(),
                store: open_store(path),
                create: false,
            }),
        }
    }

    /// The register file, also when it could not be opened.
    pub fn path(&self) -> PathBuf {
        self.lock().path.clone()
    }

    /// Runs `f` on the store, or returns why the register could not be opened.
    /// A register that failed to open is tried again first: the DPO may have
    /// fixed the cause (freed the disk, updated VVT) and pressed "retry".
    pub fn with_store<T>(
        &self,
        f: impl FnOnce(&mut vvt::Store) -> vvt::Result<T>,
    ) -> Result<T, CommandError> {
        let mut slot = self.slot();
        let store = slot.store.as_mut().map_err(|error| error.clone())?;
        f(store).map_err(CommandError::from)
    }

    /// Opens the register at `path` in place of the current one and returns
    /// its summary. A file that cannot be opened is refused and the current
    /// register stays open: switching must never leave the DPO with nothing.
    /// `create` is set only by "Neu": opening never creates a register.
    pub fn switch_to(
        &self,
        path: &Path,
        create: bool,
    ) -> Result<vvt::RegisterSummary, CommandError> {
        let store = if create {
            create_store(path)?
        } else {
            open_store(path)?
        };
        let summary = store.summary()?;
        let mut slot = self.lock();
        *slot = Slot {
            path: path.to_path_buf(),
            store: Ok(store),
            create,
        };
        Ok(summary)
    }

    /// Restores `source`, a file in the register's backup folder, and returns
    /// the summary of the restored register. An open register keeps its
    /// current state as a backup; a file that cannot be opened is moved into
    /// the backup folder, never deleted, and the restored file is opened in
    /// its place, so every later command works on it.
    pub fn restore_backup(&self, source: &Path) -> Result<vvt::RegisterSummary, CommandError> {
        let mut guard = self.slot();
        let slot = &mut *guard;
        let source = backups::inside_backup_dir(&slot.path, source)?;
        let target = match slot.store.as_mut() {
            Ok(store) => RestoreTarget::Open(store),
            Err(error) => RestoreTarget::refused(error.code).ok_or_else(|| error.clone())?,
        };
        let reopen = matches!(target, RestoreTarget::Unopenable);
        backup::restore(&slot.path, target, &source)?;
        if reopen {
            slot.store = open_store(&slot.path);
        }
        let store = slot.store.as_mut().map_err(|error| error.clone())?;
        Ok(store.summary()?)
    }

    /// The slot, with a register that failed to open tried again.
    fn slot(&self) -> MutexGuard<'_, Slot> {
        let mut slot = self.lock();
        if slot.store.is_err() {
            slot.store = if slot.create {
                create_store(&slot.path)
            } else {
                open_store(&slot.path)
            };
        }
        slot
    }

    fn lock(&self) -> MutexGuard<'_, Slot> {
        // A panic in an earlier command cannot leave the file half-written:
        // every write is one SQLite transaction. So a poisoned lock is safe to
        // take over, and better than locking the DPO out of the register.
        self.slot.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

/// Opens the register; a refusal names the file, so the UI can say which one
/// was left unchanged (not every core error carries the path).
fn open_store(path: &Path) -> Result<vvt::Store, CommandError> {
    vvt::Store::open(path).map_err(|error| named(path, error))
}

/// Opens the register, creating it when there is no file yet.
fn create_store(path: &Path) -> Result<vvt::Store, CommandError> {
    vvt::Store::create(path).map_err(|error| named(path, error))
}

fn named(path: &Path, error: vvt::Error) -> CommandError {
    CommandError {
        path: Some(path.display().to_string()),
        ..CommandError::from(error)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_register_is_created_with_its_folder() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("new-folder").join("register.vvt");

        let summary = OpenRegister::open(&path)
            .with_store(|store| store.summary())
            .expect("a missing register is created, not refused");

        assert_eq!(summary.activity_count, 0, "a new register is empty");
        assert!(path.exists(), "the file is created on open");
    }

    #[test]
    fn a_register_named_on_the_command_line_is_opened_but_never_created() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("acme.vvt");

        let missing = OpenRegister::open_existing(&path)
            .with_store(|store| store.summary())
            .unwrap_err();
        assert_eq!(
            missing.path.as_deref(),
            Some(path.display().to_string().as_str())
        );
        assert!(
            !path.exists(),
            "a mistyped name does not leave an empty register behind"
        );

        drop(OpenRegister::open(&path));
        let summary = OpenRegister::open_existing(&path).with_store(|store| store.summary());
        assert!(summary.is_ok(), "an existing register opens: {summary:?}");
    }

    #[test]
    fn a_file_that_is_no_register_is_reported_by_every_command() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("notes.vvt");
        std::fs::write(&path, "Meine Notizen, keine Datenbank.").unwrap();

        let register = OpenRegister::open(&path);
        for _ in 0..2 {
            let error = register.with_store(|store| store.summary()).unwrap_err();
            assert_eq!(
                error.code,
                vvt::ErrorCode::NotARegister,
                "the UI shows why the file cannot be used, on every call"
            );
        }
        assert_eq!(
            std::fs::read_to_string(&path).unwrap(),
            "Meine Notizen, keine Datenbank.",
            "a refused file is left untouched"
        );
    }

    #[test]
    fn a_register_that_failed_to_open_is_opened_once_the_cause_is_gone() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("register.vvt");
        std::fs::write(&path, "kein SQLite").unwrap();
        let register = OpenRegister::open(&path);
        assert!(register.with_store(|store| store.summary()).is_err());

        std::fs::remove_file(&path).unwrap();

        let summary = register.with_store(|store| store.summary());
        assert!(
            summary.is_ok(),
            "retry in the UI must reach a register that can now be opened: {summary:?}"
        );
    }

    /// The example register with one manual backup, then damaged the way a
    /// crash during a copy or a broken disk leaves it: cut off after 4 KiB.
    fn damaged_register_with_backup(dir: &Path) -> (PathBuf, PathBuf) {
        let path = dir.join("register.vvt");
        let mut store = vvt::Store::create(&path).unwrap();
        store.load_example().unwrap();
        let taken = store.backup(backup::BackupReason::Manual).unwrap();
        drop(store);
        let file = std::fs::OpenOptions::new().write(true).open(&path).unwrap();
        file.set_len(4096).unwrap();
        (path, taken)
    }

    #[test]
    fn a_backup_is_restored_over_a_damaged_register_which_is_kept() {
        let dir = tempfile::tempdir().unwrap();
        let (path, taken) = damaged_register_with_backup(dir.path());
        let damaged_bytes = std::fs::read(&path).unwrap();
        let register = OpenRegister::open(&path);
        let error = register.with_store(|store| store.summary()).unwrap_err();
        assert_eq!(
            error.code,
            vvt::ErrorCode::Damaged,
            "a truncated register is refused as damaged"
        );
        assert_eq!(
            error.path.as_deref(),
            Some(path.display().to_string().as_str()),
            "the refusal names the file, for the UI's message"
        );

        let summary = register
            .restore_backup(&taken)
            .expect("a backup restores over a register that cannot be opened");

        assert_eq!(
            summary.activity_count, 3,
            "the example's three activities are back"
        );
        assert_eq!(
            summary.organisation_name.as_deref(),
            Some("Integrata Cegos GmbH")
        );
        let kept: Vec<PathBuf> = backup::list(&path)
            .unwrap()
            .into_iter()
            .filter(|file| std::fs::read(file).is_ok_and(|bytes| bytes == damaged_bytes))
            .collect();
        assert_eq!(
            kept.len(),
            1,
            "the damaged file is kept byte for byte in the backup folder, never deleted"
        );
        assert_eq!(
            register.with_store(|store| store.summary()).ok(),
            Some(summary),
            "later commands work on the restored register"
        );
    }

    #[test]
    fn a_backup_is_restored_over_an_open_register_whose_state_is_kept() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("register.vvt");
        let register = OpenRegister::open(&path);
        let taken = register
            .with_store(|store| store.backup(backup::BackupReason::Manual))
            .unwrap();
        register.with_store(|store| store.load_example()).unwrap();

        let summary = register.restore_backup(&taken).unwrap();

        assert_eq!(
            summary.activity_count, 0,
            "the empty state of the backup is back"
        );
        assert!(
            backup::list(&path)
                .unwrap()
                .iter()
                .any(|file| file.to_string_lossy().contains("before-restore")),
            "the replaced state is kept as a backup"
        );
    }

    #[test]
    fn a_file_outside_the_backup_folder_is_not_restored() {
        let dir = tempfile::tempdir().unwrap();
        let (path, taken) = damaged_register_with_backup(dir.path());
        let outside = dir.path().join("copy.vvt");
        std::fs::copy(&taken, &outside).unwrap();
        let damaged_bytes = std::fs::read(&path).unwrap();
        let register = OpenRegister::open(&path);

        let error = register.restore_backup(&outside).unwrap_err();

        assert_eq!(
            error.code,
            vvt::ErrorCode::Validation,
            "only the backup folder is a restore source"
        );
        assert_eq!(
            std::fs::read(&path).unwrap(),
            damaged_bytes,
            "a refused restore leaves the register byte-identical"
        );
    }

    #[test]
    fn switching_opens_the_new_register_and_a_refused_one_keeps_the_old_open() {
        let dir = tempfile::tempdir().unwrap();
        let first = dir.path().join("first.vvt");
        let register = OpenRegister::open(&first);
        register.with_store(|store| store.load_example()).unwrap();

        let second = dir.path().join("second.vvt");
        let summary = register.switch_to(&second, true).unwrap();
        assert_eq!(summary.activity_count, 0, "the new register is empty");
        assert_eq!(register.path(), second, "commands now work on the new file");

        let garbage = dir.path().join("notes.vvt");
        std::fs::write(&garbage, "keine Datenbank").unwrap();
        let error = register.switch_to(&garbage, false).unwrap_err();
        assert_eq!(error.code, vvt::ErrorCode::NotARegister);
        assert_eq!(
            register.path(),
            second,
            "a refused file never leaves the DPO without an open register"
        );
        assert!(register.with_store(|store| store.summary()).is_ok());
    }

    #[test]
    fn a_lost_register_with_backups_is_reported_damaged_not_created_anew() {
        let dir = tempfile::tempdir().unwrap();
        let (path, _) = damaged_register_with_backup(dir.path());
        std::fs::remove_file(&path).unwrap();
        let register = OpenRegister::open(&path);
        let error = register.with_store(|store| store.summary()).unwrap_err();
        assert_eq!(
            error.code,
            vvt::ErrorCode::Damaged,
            "the app offers a restore instead of an empty register"
        );
        assert!(!path.exists(), "no empty register was created in its place");
    }
}
