//! Where the register lives by default: the same file for the CLI and the
//! desktop app, in the platform's data directory.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use crate::reason::{ProtectedFile, Reason};
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
    write_atomically_with(path, |out| {
        out.write_all(bytes)
            .map_err(|e| Error::io(format!("cannot write {}", path.display()), e))
    })
}

/// [`write_atomically`] of what `write` writes, as it writes it: a large
/// document (the register print's PDF) goes to the file without being held
/// in memory first. When `write` fails, the temporary file is removed and
/// its error returned; nothing is left under the final name.
pub fn write_atomically_with<E: From<Error>>(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> std::result::Result<(), E>,
) -> std::result::Result<(), E> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    // Unique within the process too: two threads may write the same name.
    static COUNTER: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let n = COUNTER.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let tmp = dir.join(format!(".{name}.vvt-tmp-{}-{n}", std::process::id()));
    let io = |e| Error::io(format!("cannot write {}", path.display()), e);
    let file = std::fs::File::create(&tmp).map_err(io)?;
    let mut out = std::io::BufWriter::new(file);
    let result = write(&mut out).and_then(|()| {
        out.into_inner()
            .map_err(|e| io(e.into_error()))
            .and_then(|file| file.sync_all().map_err(io))
            .and_then(|()| std::fs::rename(&tmp, path).map_err(io))
            .map_err(E::from)
    });
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
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
    let what = if output == register {
        Some(ProtectedFile::Register)
    } else if ["-wal", "-shm", "-journal"]
        .iter()
        .any(|s| output == beside(s))
    {
        Some(ProtectedFile::SqliteCompanion)
    } else if output.starts_with(&backups) {
        Some(ProtectedFile::BackupFolder)
    } else {
        None
    };
    match what {
        Some(what) => Err(Error::validation(
            "output",
            Reason::OutputProtected {
                path: output.display().to_string(),
                what,
            },
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

/// Why [`read_limited`] did not read a file.
#[derive(Debug)]
pub enum ReadRefusal {
    /// A device, a pipe, a socket or a folder: reading it could go on
    /// forever (`/dev/zero`) or block until someone writes (a FIFO).
    NotAFile,
    /// Larger than the limit; the size found, in bytes.
    TooLarge(u64),
    Io(std::io::Error),
}

/// Reads an input file of at most `limit` bytes. Anything but a regular
/// file is refused before it is opened (opening a FIFO would block), and the
/// read itself stops after `limit` bytes, so a file that grows while it is
/// read cannot exhaust the memory either.
pub fn read_limited(path: &Path, limit: u64) -> std::result::Result<Vec<u8>, ReadRefusal> {
    let meta = std::fs::metadata(path).map_err(ReadRefusal::Io)?;
    if !meta.is_file() {
        return Err(ReadRefusal::NotAFile);
    }
    if meta.len() > limit {
        return Err(ReadRefusal::TooLarge(meta.len()));
    }
    let file = std::fs::File::open(path).map_err(ReadRefusal::Io)?;
    // The name may have been swapped for a device since the check above.
    if !file.metadata().map_err(ReadRefusal::Io)?.is_file() {
        return Err(ReadRefusal::NotAFile);
    }
    let mut bytes = Vec::new();
    file.take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(ReadRefusal::Io)?;
    if bytes.len() as u64 > limit {
        return Err(ReadRefusal::TooLarge(bytes.len() as u64));
    }
    Ok(bytes)
}

/// A new folder in the system's temporary folder that only this user can
/// read (mode 0700 on Unix), for files handed to another program (the PDF
/// viewer of "Drucken"): the shared temporary folder is readable by every
/// account, and a fixed name there could be read, or prepared, by another.
pub fn private_temp_dir(prefix: &str) -> Result<PathBuf> {
    let base = std::env::temp_dir();
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.subsec_nanos())
        .unwrap_or_default();
    let mut builder = std::fs::DirBuilder::new();
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    for n in 0..1000u32 {
        let dir = base.join(format!("{prefix}-{}-{nanos:x}-{n}", std::process::id()));
        match builder.create(&dir) {
            Ok(()) => return Ok(dir),
            // `create` never reuses a folder that exists: it may be someone
            // else's.
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(Error::io(format!("cannot create {}", dir.display()), e)),
        }
    }
    Err(Error::io(
        format!("cannot create a private folder in {}", base.display()),
        std::io::Error::from(std::io::ErrorKind::AlreadyExists),
    ))
}
