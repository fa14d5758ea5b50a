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
