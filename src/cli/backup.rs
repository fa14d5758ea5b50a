//! `vvt backup`, `vvt backups` and `vvt restore`.

use std::path::{Path, PathBuf};

use vvt::store::backup::{self, BackupReason};
use vvt::{Error, Lang, Store};

use super::{errors, l};

/// Writes a backup to `output`, or into the register's backup folder.
pub fn backup(store: &Store, output: Option<PathBuf>, lang: Lang) -> Result<(), Error> {
    let path = match output {
        Some(path) => {
            store.backup_to(&path)?;
            path
        }
        None => store.backup(BackupReason::Manual)?,
    };
    println!(
        "{}: {}",
        l(lang, "Sicherung geschrieben", "Backup written"),
        path.display()
    );
    Ok(())
}

pub fn list(register: &Path, lang: Lang) -> Result<(), Error> {
    let files = backup::list(register)?;
    if files.is_empty() {
        println!(
            "{} {}",
            l(lang, "Keine Sicherungen in", "No backups in"),
            backup::backup_dir(register).display()
        );
    }
    for f in files {
        println!("{}", f.display());
    }
    Ok(())
}

/// Restores `file` over the register; also when the register itself cannot
/// be opened any more, which is when a restore is needed most.
pub fn restore(register: &Path, file: &Path, lang: Lang) -> Result<(), Error> {
    let kept = backup::restore_file(register, file, |e| {
        // Not a failure: this is the case restore exists for.
        eprintln!("vvt: {}", errors::printable(&errors::describe(e, lang)));
    })?;
    println!(
        "{} {}",
        l(lang, "Wiederhergestellt aus", "Restored from"),
        file.display()
    );
    println!(
        "{}: {}",
        l(
            lang,
            "Der bisherige Stand wurde aufbewahrt",
            "The previous state was kept"
        ),
        kept.display()
    );
    Ok(())
}
