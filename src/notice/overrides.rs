//! The organisation's own notice templates (`<register>.templates/notice/`):
//! which are in use, their fingerprint, and the bounds they are held to. A
//! template decides what data subjects read, so whoever publishes must know
//! when one is in use, and a publication records which ones shaped it.

use std::path::Path;

use sha2::{Digest, Sha256};

use crate::paths::{read_limited, ReadRefusal};
use crate::{Error, Result};

/// Largest override template read (256 KiB; the built-in ones are a few KiB).
pub const MAX_TEMPLATE_SIZE: u64 = 256 * 1024;

/// Most override files taken into account.
const MAX_FILES: usize = 200;

/// The override templates found in a folder.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Overrides {
    /// The folder given (`<register>.templates`).
    pub folder: String,
    /// Names of the templates it replaces, relative to `notice/`, sorted.
    pub files: Vec<String>,
    /// SHA-256 over every file's name and content, hex-encoded: the same
    /// templates give the same hash.
    pub hash: String,
}

/// The override templates in `folder`, or `None` when it replaces none.
pub fn overrides_in_use(folder: &Path) -> Result<Option<Overrides>> {
    let root = folder.join("notice");
    let mut files = Vec::new();
    collect(&root, "", &mut files)?;
    if files.is_empty() {
        return Ok(None);
    }
    files.sort();
    let mut hasher = Sha256::new();
    for name in &files {
        let text = read_template(&root.join(name))?;
        hasher.update((name.len() as u64).to_le_bytes());
        hasher.update(name.as_bytes());
        hasher.update((text.len() as u64).to_le_bytes());
        hasher.update(text.as_bytes());
    }
    let hash = hasher
        .finalize()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    Ok(Some(Overrides {
        folder: folder.display().to_string(),
        files,
        hash,
    }))
}

fn collect(dir: &Path, prefix: &str, out: &mut Vec<String>) -> Result<()> {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(Error::io(format!("cannot read {}", dir.display()), e)),
    };
    for entry in entries.flatten() {
        let name = format!("{prefix}{}", entry.file_name().to_string_lossy());
        let path = entry.path();
        if path.is_dir() && prefix.matches('/').count() < 4 {
            collect(&path, &format!("{name}/"), out)?;
        } else if name.ends_with(".j2") {
            out.push(name);
        }
        if out.len() > MAX_FILES {
            return Err(Error::render(
                "notice template",
                format!("{} holds more than {MAX_FILES} templates", dir.display()),
            ));
        }
    }
    Ok(())
}

/// Reads one override template: a regular file of at most
/// [`MAX_TEMPLATE_SIZE`], UTF-8.
pub(crate) fn read_template(path: &Path) -> Result<String> {
    let refused =
        |why: String| Error::render("notice template", format!("{}: {why}", path.display()));
    let bytes = read_limited(path, MAX_TEMPLATE_SIZE).map_err(|e| match e {
        ReadRefusal::NotAFile => refused("is not a regular file".into()),
        ReadRefusal::TooLarge(size) => refused(format!(
            "is {size} bytes; a template may have at most {MAX_TEMPLATE_SIZE}"
        )),
        ReadRefusal::Io(e) => refused(format!("cannot be read: {e}")),
    })?;
    String::from_utf8(bytes).map_err(|_| refused("is not UTF-8 text".into()))
}
