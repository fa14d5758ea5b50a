//! Where the register lives by default: the same file for the CLI and the
//! desktop app, in the platform's data directory.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::{Error, Result};

/// Environment variable that overrides the default register path.
pub const DB_ENV: &str = "VVT_DB";

/// `$XDG_DATA_HOME/vvt/register.vvt` on Linux, the equivalent elsewhere;
/// `VVT_DB` overrides it.
pub fn default_register_path() -> PathBuf {
    if let Some(p) = std::env::var_os(DB_ENV).filter(|p| !p.is_empty()) {
        return PathBuf::from(p);
    }
    dirs::data_dir()
        .unwrap_or_else(|| PathBuf::from("."))
        .join("vvt")
        .join("register.vvt")
}

/// Writes through a temporary file in the same folder and renames it, so an
/// interrupted export never leaves half a file under the final name.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<()> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = dir.join(format!(".{name}.vvt-tmp-{}", std::process::id()));
    let result = std::fs::File::create(&tmp)
        .and_then(|mut f| f.write_all(bytes).and_then(|_| f.sync_all()))
        .and_then(|_| std::fs::rename(&tmp, path));
    if let Err(e) = result {
        let _ = std::fs::remove_file(&tmp);
        return Err(Error::io(format!("cannot write {}", path.display()), e));
    }
    Ok(())
}

/// Refuses an output path that would overwrite the register at `register`:
/// the file itself, its SQLite side files (`-wal`, `-shm`, `-journal`) or
/// anything inside its backup folder. An export written there would destroy
/// the very data it was made from, or the copies that could bring it back.
///
/// Paths are compared canonically (symbolic links, `..`, a second name for
/// the same folder); an output that does not exist yet is judged by its
/// folder's canonical path and its file name. The error is a validation
/// error on the field `output`, so the CLI and the app show it beside the
/// path the user chose.
pub fn ensure_not_register(output: &Path, register: &Path) -> Result<()> {
    let register = canonical(register);
    let output = canonical(output);
    let name = register
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let beside = |suffix: &str| register.with_file_name(format!("{name}{suffix}"));
    let backups = beside(".backups");
    let reason = if output == register {
        Some("is the register itself")
    } else if ["-wal", "-shm", "-journal"]
        .iter()
        .any(|s| output == beside(s))
    {
        Some("is a file SQLite keeps beside the register")
    } else if output.starts_with(&backups) {
        Some("is inside the register's backup folder")
    } else {
        None
    };
    match reason {
        Some(reason) => Err(Error::validation(
            "output",
            format!(
                "{} {reason}; writing there would destroy the register or its backups, so \
                 nothing was written; choose another file",
                output.display()
            ),
        )),
        None => Ok(()),
    }
}

/// The canonical form of `path`, also when the file does not exist yet: its
/// folder's canonical path joined with its name. A path whose folder does
/// not exist either is taken as it is; writing there will fail anyway.
fn canonical(path: &Path) -> PathBuf {
    if let Ok(full) = std::fs::canonicalize(path) {
        return full;
    }
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    match (std::fs::canonicalize(dir), path.file_name()) {
        (Ok(dir), Some(name)) => dir.join(name),
        _ => path.to_path_buf(),
    }
}
