//! Native file dialogs (tauri-plugin-dialog), asked from Rust so the web view
//! needs no dialog or file-system permission at all.
//!
//! For the real-window tests the answer can be injected: when
//! `VVT_DIALOG_ANSWERS` names a file, no dialog is shown and each question
//! takes (and removes) the first line of that file as the chosen path; an
//! empty line or an empty file means "cancelled". That injection is
//! compiled only with the feature `test-dialogs`, which `make test` and the
//! real-window tests turn on and nothing else does (tests/release_features.rs):
//! the app of `make run`, a release and a package always ask the DPO,
//! whatever their environment says.

use std::path::{Path, PathBuf};

use tauri::AppHandle;
use tauri_plugin_dialog::DialogExt;

use crate::error::CommandError;

/// The environment variable naming the answer file of the tests.
#[cfg(feature = "test-dialogs")]
pub const ANSWERS_VAR: &str = "VVT_DIALOG_ANSWERS";

/// What a dialog asks for: its title and the file types it offers.
pub struct Question<'a> {
    pub title: &'a str,
    /// Name proposed in a save dialog.
    pub file_name: Option<&'a str>,
    /// Folder the dialog starts in.
    pub folder: Option<&'a Path>,
    /// Filter label and extensions without dot, e.g. ("VVT-Verzeichnis", &["vvt"]).
    pub filter: (&'a str, &'a [&'a str]),
}

/// Asks where to save; `None` when the DPO cancelled.
pub fn save_file(
    app: &AppHandle,
    question: &Question<'_>,
) -> Result<Option<PathBuf>, CommandError> {
    if let Some(answer) = injected_answer()? {
        return Ok(answer);
    }
    let mut dialog = app
        .dialog()
        .file()
        .set_title(question.title)
        .add_filter(question.filter.0, question.filter.1);
    if let Some(name) = question.file_name {
        dialog = dialog.set_file_name(name);
    }
    if let Some(folder) = question.folder {
        dialog = dialog.set_directory(folder);
    }
    chosen(dialog.blocking_save_file())
}

/// Asks which file to open; `None` when the DPO cancelled.
pub fn open_file(
    app: &AppHandle,
    question: &Question<'_>,
) -> Result<Option<PathBuf>, CommandError> {
    if let Some(answer) = injected_answer()? {
        return Ok(answer);
    }
    let mut dialog = app
        .dialog()
        .file()
        .set_title(question.title)
        .add_filter(question.filter.0, question.filter.1);
    if let Some(folder) = question.folder {
        dialog = dialog.set_directory(folder);
    }
    chosen(dialog.blocking_pick_file())
}

/// `name.ext` for a chosen name without an extension; a name with one is kept.
pub fn with_extension(path: PathBuf, extension: &str) -> PathBuf {
    if path.extension().is_some() {
        path
    } else {
        path.with_extension(extension)
    }
}

fn chosen(answer: Option<tauri_plugin_dialog::FilePath>) -> Result<Option<PathBuf>, CommandError> {
    answer
        .map(|path| {
            path.into_path().map_err(|error| {
                CommandError::io(format!("the chosen file cannot be used: {error}"), None)
            })
        })
        .transpose()
}

/// The next injected answer: `None` without the variable (show the dialog),
/// `Some(None)` for a cancelled one, `Some(Some(path))` for a chosen path.
#[cfg(feature = "test-dialogs")]
fn injected_answer() -> Result<Option<Option<PathBuf>>, CommandError> {
    let Some(file) = std::env::var_os(ANSWERS_VAR) else {
        return Ok(None);
    };
    take_first_line(Path::new(&file))
        .map(Some)
        .map_err(|error| CommandError::io(format!("{ANSWERS_VAR}: {error}"), None))
}

/// Without the test feature no answer is ever taken from the environment.
#[cfg(not(feature = "test-dialogs"))]
fn injected_answer() -> Result<Option<Option<PathBuf>>, CommandError> {
    Ok(None)
}

/// Removes the first line of `file` and returns it as a path (`None` when blank).
#[cfg(feature = "test-dialogs")]
fn take_first_line(file: &Path) -> std::io::Result<Option<PathBuf>> {
    let text = match std::fs::read_to_string(file) {
        Ok(text) => text,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => String::new(),
        Err(error) => return Err(error),
    };
    let (first, rest) = text.split_once('\n').unwrap_or((&text, ""));
    std::fs::write(file, rest)?;
    let first = first.trim();
    Ok((!first.is_empty()).then(|| PathBuf::from(first)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(feature = "test-dialogs")]
    #[test]
    fn answers_are_taken_line_by_line_and_blank_means_cancelled() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("answers");
        std::fs::write(&file, "/tmp/a.vvt\n\n/tmp/b.pdf\n").unwrap();

        assert_eq!(
            take_first_line(&file).unwrap(),
            Some(PathBuf::from("/tmp/a.vvt"))
        );
        assert_eq!(
            take_first_line(&file).unwrap(),
            None,
            "a blank line cancels"
        );
        assert_eq!(
            take_first_line(&file).unwrap(),
            Some(PathBuf::from("/tmp/b.pdf"))
        );
        assert_eq!(
            take_first_line(&file).unwrap(),
            None,
            "no answers left: cancelled, never a stale path"
        );
        assert_eq!(
            take_first_line(&dir.path().join("missing")).unwrap(),
            None,
            "a missing answer file cancels"
        );
    }
}
