//! The IPC commands the UI calls (through ui/src/lib/api.ts). Each one takes
//! its arguments, calls one core function and maps the error; a new one is
//! listed once, in src/command_table.rs.

use std::path::Path;

use tauri::{AppHandle, State, WebviewWindow};
use vvt::RegisterSummary;

use crate::backups::{self, BackupEntry};
use crate::dialog_words::DialogWords;
use crate::dialogs::{self, Question};
use crate::error::CommandError;
use crate::register::OpenRegister;

/// Organisation, counts and file of the open register, for the start screen.
#[tauri::command]
pub fn register_summary(
    register: State<'_, OpenRegister>,
) -> Result<RegisterSummary, CommandError> {
    register.with_store(|store| store.summary())
}

/// What "Über VVT" shows: the program's version, the register file open,
/// and the versions of the register's schema and of the interchange format
/// this program writes.
#[derive(Debug, Clone, serde::Serialize, ts_rs::TS)]
pub struct About {
    pub version: String,
    pub path: String,
    pub schema_version: i64,
    pub format_version: u64,
}

/// The program's version and the open register's file, for "Über VVT".
#[tauri::command]
pub fn about(register: State<'_, OpenRegister>) -> Result<About, CommandError> {
    Ok(About {
        version: env!("CARGO_PKG_VERSION").to_owned(),
        path: register.path().display().to_string(),
        schema_version: vvt::store::migrate::latest_version(),
        format_version: vvt::interchange::FORMAT_VERSION,
    })
}

/// Takes over a register on a network drive that another user holds (one
/// who is gone; the DPO decides after reading who it is) and returns its
/// summary, now editable.
#[tauri::command]
pub fn take_over_register(
    register: State<'_, OpenRegister>,
) -> Result<RegisterSummary, CommandError> {
    register.with_store(|store| {
        store.take_over()?;
        store.summary()
    })
}

/// The backups of the register, newest first; works also when the register
/// itself could not be opened, which is when they are needed.
#[tauri::command]
pub fn list_backups(register: State<'_, OpenRegister>) -> Result<Vec<BackupEntry>, CommandError> {
    backups::entries(&register.path())
}

/// Restores the backup at `path` (only files in the register's backup folder
/// are accepted) and returns the restored register's summary.
#[tauri::command]
pub fn restore_backup(
    register: State<'_, OpenRegister>,
    path: String,
) -> Result<RegisterSummary, CommandError> {
    register.restore_backup(Path::new(&path))
}

// ---- The register file -----------------------------------------------------

/// Loads the example register into the open one, which must be empty.
#[tauri::command]
pub fn load_example(register: State<'_, OpenRegister>) -> Result<RegisterSummary, CommandError> {
    register.with_store(|store| {
        store.load_example()?;
        store.summary()
    })
}

/// The dialog words in the UI's language (German when it sends none).
fn dialog_words(lang: Option<&str>) -> DialogWords {
    crate::dialog_words::dialog_words(lang.and_then(vvt::Lang::from_code).unwrap_or_default())
}

/// Asks for a new file, creates an empty register there and opens it.
/// An existing file is never overwritten by a new register. `None` when the
/// dialog was cancelled.
#[tauri::command]
pub async fn new_register(
    app: AppHandle,
    window: WebviewWindow,
    register: State<'_, OpenRegister>,
    lang: Option<String>,
) -> Result<Option<RegisterSummary>, CommandError> {
    let words = dialog_words(lang.as_deref());
    let current = register.path();
    let question = Question {
        title: words.new_register_title,
        file_name: Some(words.new_register_file),
        folder: current.parent(),
        filter: (words.register_filter, &["vvt"]),
    };
    let Some(path) = dialogs::save_file(&app, &question)? else {
        return Ok(None);
    };
    let path = dialogs::with_extension(path, "vvt");
    if path.exists() {
        return Err(CommandError {
            path: Some(path.display().to_string()),
            ..CommandError::validation(
                "path",
                vvt::Reason::FileExists {
                    path: path.display().to_string(),
                },
            )
        });
    }
    let summary = register.switch_to(&path, true)?;
    set_title(&window, &path);
    Ok(Some(summary))
}

/// Asks for a register file and opens it in place of the current one, which
/// stays open when the chosen file cannot be opened.
#[tauri::command]
pub async fn open_register(
    app: AppHandle,
    window: WebviewWindow,
    register: State<'_, OpenRegister>,
    lang: Option<String>,
) -> Result<Option<RegisterSummary>, CommandError> {
    let words = dialog_words(lang.as_deref());
    let current = register.path();
    let question = Question {
        title: words.open_register_title,
        file_name: None,
        folder: current.parent(),
        filter: (words.register_filter, &["vvt"]),
    };
    let Some(path) = dialogs::open_file(&app, &question)? else {
        return Ok(None);
    };
    if !path.is_file() {
        return Err(CommandError {
            path: Some(path.display().to_string()),
            ..CommandError::validation(
                "path",
                vvt::Reason::NoFile {
                    path: path.display().to_string(),
                },
            )
        });
    }
    let summary = register.switch_to(&path, false)?;
    set_title(&window, &path);
    Ok(Some(summary))
}

/// Asks for a file name and writes a consistent copy of the open register
/// there (SQLite's backup API, so a copy taken mid-edit is never torn). The
/// open register stays open. Returns the copy's path; `None` when cancelled.
#[tauri::command]
pub async fn save_copy_as(
    app: AppHandle,
    register: State<'_, OpenRegister>,
    lang: Option<String>,
) -> Result<Option<String>, CommandError> {
    let words = dialog_words(lang.as_deref());
    let current = register.path();
    let stem = current
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| words.new_register_file.trim_end_matches(".vvt").to_owned());
    let proposed = format!("{stem}-{}.vvt", words.copy_suffix);
    let question = Question {
        title: words.copy_register_title,
        file_name: Some(&proposed),
        folder: current.parent(),
        filter: (words.register_filter, &["vvt"]),
    };
    let Some(path) = dialogs::save_file(&app, &question)? else {
        return Ok(None);
    };
    let path = dialogs::with_extension(path, "vvt");
    if same_file(&path, &current) {
        return Err(CommandError::validation(
            "path",
            vvt::Reason::CopyOverOpenRegister,
        ));
    }
    register.with_store(|store| store.backup_to(&path))?;
    Ok(Some(path.display().to_string()))
}

fn same_file(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => a == b,
    }
}

fn set_title(window: &WebviewWindow, path: &Path) {
    // The title is a convenience; a window manager refusing it is no error
    // of the register.
    let _ = window.set_title(&crate::window_title(path));
}
