//! Where the register lives by default: the same file for the CLI and the
//! desktop app, in the platform's data directory.

use std::path::PathBuf;

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
