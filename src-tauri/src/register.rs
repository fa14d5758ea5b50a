//! The register the app has open, kept in Tauri's managed state. Opening can
//! fail (a file from a newer VVT, not a register at all); the app still starts
//! and every command reports that failure, so the DPO sees it in the window
//! instead of a silent exit, and can retry once the cause is fixed.

use std::path::{Path, PathBuf};
use std::sync::{Mutex, PoisonError};

use crate::commands::CommandError;

pub struct OpenRegister {
    path: PathBuf,
    store: Mutex<Result<vvt::Store, CommandError>>,
}

impl OpenRegister {
    /// Opens (or creates, with its folder) the register at `path`.
    pub fn open(path: &Path) -> Self {
        Self {
            path: path.to_path_buf(),
            store: Mutex::new(open_store(path)),
        }
    }

    /// Runs `f` on the store, or returns why the register could not be opened.
    /// A register that failed to open is tried again first: the DPO may have
    /// fixed the cause (freed the disk, updated VVT) and pressed "retry".
    pub fn with_store<T>(
        &self,
        f: impl FnOnce(&mut vvt::Store) -> vvt::Result<T>,
    ) -> Result<T, CommandError> {
        // A panic in an earlier command cannot leave the file half-written:
        // every write is one SQLite transaction. So a poisoned lock is safe to
        // take over, and better than locking the DPO out of the register.
        let mut slot = self.store.lock().unwrap_or_else(PoisonError::into_inner);
        if slot.is_err() {
            *slot = open_store(&self.path);
        }
        let store = slot.as_mut().map_err(|error| error.clone())?;
        f(store).map_err(CommandError::from)
    }
}

fn open_store(path: &Path) -> Result<vvt::Store, CommandError> {
    Ok(vvt::Store::open(path)?)
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
    fn a_file_that_is_no_register_is_reported_by_every_command() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("notes.vvt");
        std::fs::write(&path, "Meine Notizen, keine Datenbank.").unwrap();

        let register = OpenRegister::open(&path);
        for _ in 0..2 {
            let error = register.with_store(|store| store.summary()).unwrap_err();
            assert_eq!(
                error.code, "not_a_register",
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
}
