//! The register's backups as the restore screen lists them, and the guard that
//! a restore reads only from the register's own backup folder: the UI sends a
//! path, and a restore must not become a way to open any file on the disk.

use std::path::{Path, PathBuf};

use chrono::{DateTime, SecondsFormat, Utc};
use serde::Serialize;
use vvt::store::backup;

use crate::error::CommandError;

/// One backup file, as the UI shows it in the list to restore from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct BackupEntry {
    pub path: String,
    pub file_name: String,
    /// When the backup was taken, RFC 3339 in UTC.
    pub taken_at: String,
    pub size_bytes: u64,
}

/// The backups of `register`, newest first; an empty list when there are none.
pub fn entries(register: &Path) -> Result<Vec<BackupEntry>, CommandError> {
    let files = backup::list(register)?;
    // A file that vanished between listing and reading is simply not offered.
    Ok(files.iter().filter_map(|file| entry(file)).collect())
}

fn entry(file: &Path) -> Option<BackupEntry> {
    let metadata = std::fs::metadata(file).ok()?;
    let file_name = file.file_name()?.to_string_lossy().into_owned();
    // The stamp the core put into the name; a copy made by hand has none.
    let taken_at = backup::taken_at(&file_name)
        .or_else(|| metadata.modified().ok().map(DateTime::<Utc>::from))?
        .to_rfc3339_opts(SecondsFormat::Secs, true);
    Some(BackupEntry {
        path: file.display().to_string(),
        file_name,
        taken_at,
        size_bytes: metadata.len(),
    })
}

/// `candidate`, resolved, when it is a file directly inside the backup folder
/// of `register`; anything else (another folder, `..`, a symbolic link that
/// leads out) is refused with `validation`.
pub fn inside_backup_dir(register: &Path, candidate: &Path) -> Result<PathBuf, CommandError> {
    let refused = || {
        CommandError::from(vvt::Error::validation(
            "path",
            vvt::Reason::NotABackup {
                path: candidate.display().to_string(),
                folder: backup::backup_dir(register).display().to_string(),
            },
        ))
    };
    let dir = std::fs::canonicalize(backup::backup_dir(register)).map_err(|_| refused())?;
    let file = std::fs::canonicalize(candidate).map_err(|_| refused())?;
    if file.parent() == Some(dir.as_path()) && file.is_file() {
        Ok(file)
    } else {
        Err(refused())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A register path and its backup folder holding one file.
    fn folder_with_backup() -> (tempfile::TempDir, PathBuf, PathBuf) {
        let dir = tempfile::tempdir().unwrap();
        let register = dir.path().join("register.vvt");
        let backups = backup::backup_dir(&register);
        std::fs::create_dir_all(&backups).unwrap();
        let file = backups.join("20261127T153000Z-manual-register.vvt");
        std::fs::write(&file, b"backup").unwrap();
        (dir, register, file)
    }

    #[test]
    fn a_file_in_the_backup_folder_is_accepted() {
        let (_dir, register, file) = folder_with_backup();
        let resolved = inside_backup_dir(&register, &file).expect("a listed backup is restorable");
        assert_eq!(resolved, std::fs::canonicalize(&file).unwrap());
    }

    #[test]
    fn files_outside_the_backup_folder_are_refused() {
        let (dir, register, file) = folder_with_backup();
        std::fs::write(&register, b"register").unwrap();
        let elsewhere = dir.path().join("elsewhere.vvt");
        std::fs::write(&elsewhere, b"other").unwrap();
        let backups = backup::backup_dir(&register);
        let tricks = [
            elsewhere.clone(),
            register.clone(),
            backups.join("..").join("elsewhere.vvt"),
            backups.join("..").join("register.vvt"),
            file.parent()
                .unwrap()
                .join("../register.vvt.backups/../elsewhere.vvt"),
            backups.clone(),
            backups.join("missing.vvt"),
            PathBuf::from("/etc/passwd"),
        ];
        for candidate in tricks {
            let error = inside_backup_dir(&register, &candidate).unwrap_err();
            assert_eq!(
                error.code,
                vvt::ErrorCode::Validation,
                "{} must not be restorable: only files in the backup folder are",
                candidate.display()
            );
        }
    }

    #[cfg(unix)]
    #[test]
    fn a_link_in_the_backup_folder_that_leads_out_is_refused() {
        let (dir, register, _file) = folder_with_backup();
        let secret = dir.path().join("secret.db");
        std::fs::write(&secret, b"secret").unwrap();
        let link = backup::backup_dir(&register).join("20261127T160000Z-manual-register.vvt");
        std::os::unix::fs::symlink(&secret, &link).unwrap();
        assert!(
            inside_backup_dir(&register, &link).is_err(),
            "a symbolic link resolves outside the folder, so it is refused"
        );
    }

    #[test]
    fn entries_carry_the_stamp_of_the_name_or_the_file_time() {
        let (_dir, register, file) = folder_with_backup();
        let unstamped = backup::backup_dir(&register).join("copied-by-hand.vvt");
        std::fs::write(&unstamped, b"hand-made copy").unwrap();

        let listed = entries(&register).unwrap();

        let stamped = listed.iter().find(|e| e.path == file.display().to_string());
        assert_eq!(
            stamped.map(|e| (e.taken_at.as_str(), e.size_bytes)),
            Some(("2026-11-27T15:30:00Z", 6)),
            "the UTC stamp at the start of the name is the time the backup was taken"
        );
        let by_hand = listed.iter().find(|e| e.file_name == "copied-by-hand.vvt");
        let modified = std::fs::metadata(&unstamped).unwrap().modified().unwrap();
        let mtime = DateTime::<Utc>::from(modified).to_rfc3339_opts(SecondsFormat::Secs, true);
        assert_eq!(
            by_hand.map(|e| e.taken_at.clone()),
            Some(mtime),
            "a name without a stamp falls back to the file's modification time"
        );
    }

    #[test]
    fn no_backup_folder_means_no_entries() {
        let dir = tempfile::tempdir().unwrap();
        let listed = entries(&dir.path().join("register.vvt")).unwrap();
        assert!(
            listed.is_empty(),
            "a missing folder is no error, just no backups"
        );
    }
}
