//! `vvt backup`, `vvt backups` and `vvt restore`.

use std::path::{Path, PathBuf};

use vvt::store::backup::{self, BackupReason};
use vvt::{Error, Store};

/// Writes a backup to `output`, or into the register's backup folder.
pub fn backup(store: &Store, output: Option<PathBuf>) -> Result<(), Error> {
    let path = match output {
        Some(path) => {
            store.backup_to(&path)?;
            path
        }
        None => store.backup(BackupReason::Manual)?,
    };
    println!("Sicherung geschrieben: {}", path.display());
    Ok(())
}

pub fn list(register: &Path) -> Result<(), Error> {
    let files = backup::list(register)?;
    if files.is_empty() {
        println!(
            "Keine Sicherungen in {}",
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
pub fn restore(register: &Path, file: &Path) -> Result<(), Error> {
    let kept = match Store::open(register) {
        Ok(mut store) => store.restore_from(file)?,
        Err(
            e @ (Error::Damaged { .. } | Error::NotARegister { .. } | Error::SchemaTooNew { .. }),
        ) => {
            eprintln!("vvt: {e}");
            backup::restore_unopenable(register, file)?
        }
        Err(e) => return Err(e),
    };
    // Opening applies migrations a restored older backup may need.
    Store::open(register)?;
    println!("Wiederhergestellt aus {}", file.display());
    println!("Der bisherige Stand wurde aufbewahrt: {}", kept.display());
    Ok(())
}
