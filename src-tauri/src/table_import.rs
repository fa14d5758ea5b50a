//! Adding activities from a spreadsheet (CSV, docs/import-table.md): the
//! file is chosen in a native dialog and checked first, the DPO sees what
//! would be added and every error at its row and column, and only then the
//! file is read again and stored in one transaction.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Mutex, PoisonError};

use serde::Serialize;
use tauri::{AppHandle, State};
use vvt::import_table::{self, Reading};
use vvt::Lang;

use crate::dialog_words::dialog_words;
use crate::dialogs::{self, Question};
use crate::error::CommandError;
use crate::register::OpenRegister;

/// The files the DPO chose in the dialog and saw previewed, by token. The
/// import names the file by its token: the web view never hands a path to
/// Rust, so a script in it could not make the app read any other file.
#[derive(Default)]
pub struct PreviewedTables {
    files: Mutex<HashMap<String, PathBuf>>,
    next: AtomicU64,
}

impl PreviewedTables {
    fn remember(&self, path: PathBuf) -> String {
        let n = self.next.fetch_add(1, Ordering::Relaxed);
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.subsec_nanos())
            .unwrap_or_default();
        let token = format!("table-{n}-{nanos:x}");
        self.lock().insert(token.clone(), path);
        token
    }

    /// The previewed file of `token`, or a validation error on `token`.
    pub fn file(&self, token: &str) -> Result<PathBuf, CommandError> {
        self.lock()
            .get(token)
            .cloned()
            .ok_or_else(|| CommandError::validation("token", vvt::Reason::UnknownPreview))
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<String, PathBuf>> {
        // A map of chosen paths cannot be left half-changed by a panic.
        self.files.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

/// What a file would add, or why it cannot be added.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct TablePreview {
    /// The file, to be shown to the DPO.
    pub path: String,
    /// Names the file for `import_table`.
    pub token: String,
    /// The activities the file would add, with the keys they would get;
    /// empty when there are errors.
    pub activities: Vec<TableActivity>,
    /// How many English translations the file's English columns give
    /// ("Zwecke (Englisch)", docs/import-table.md).
    pub translations: u32,
    /// Headings of the columns that are not imported, as written.
    pub ignored_columns: Vec<String>,
    /// "Zeile 4, Spalte „Zwecke“: …", in the language asked for.
    pub errors: Vec<String>,
    /// More errors were found than are listed.
    pub more_errors: bool,
}

#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct TableActivity {
    pub key: String,
    pub name: String,
    pub purposes: u32,
    pub data_categories: u32,
    pub transfers: u32,
}

fn count<T>(items: &[T]) -> u32 {
    u32::try_from(items.len()).unwrap_or(u32::MAX)
}

fn preview(path: PathBuf, token: String, reading: Reading, lang: Lang) -> TablePreview {
    TablePreview {
        path: path.display().to_string(),
        token,
        activities: reading
            .activities
            .iter()
            .map(|a| TableActivity {
                key: a.key.clone(),
                name: a.name.clone(),
                purposes: count(&a.purposes),
                data_categories: count(&a.data_categories),
                transfers: count(&a.transfers),
            })
            .collect(),
        translations: count(&reading.translations),
        ignored_columns: reading.ignored_columns,
        errors: reading.errors.iter().map(|e| e.message(lang)).collect(),
        more_errors: reading.more_errors,
    }
}

/// Asks for a CSV file and checks it against the open register without
/// changing anything; `None` when cancelled.
#[tauri::command]
pub async fn preview_table_import(
    app: AppHandle,
    register: State<'_, OpenRegister>,
    previewed: State<'_, PreviewedTables>,
    lang: Lang,
) -> Result<Option<TablePreview>, CommandError> {
    let current = register.path();
    let words = dialog_words(lang);
    let (title, filter) = (words.open_table_title, words.table_filter);
    let question = Question {
        title,
        file_name: None,
        folder: current.parent(),
        filter: (filter, &["csv", "xlsx"]),
    };
    let Some(path) = dialogs::open_file(&app, &question)? else {
        return Ok(None);
    };
    let reading = register.with_store(|store| import_table::read_any_file(&path, store))?;
    let token = previewed.remember(path.clone());
    Ok(Some(preview(path, token, reading, lang)))
}

/// Reads the previewed file named by `token` again (it may have changed
/// since the preview) and adds
/// its activities in one transaction; refused with the file's first error
/// when it no longer reads cleanly. Returns how many were added.
#[tauri::command]
pub fn import_table(
    register: State<'_, OpenRegister>,
    previewed: State<'_, PreviewedTables>,
    token: String,
    lang: Lang,
) -> Result<u32, CommandError> {
    let path = previewed.file(&token)?;
    register.with_store(|store| {
        let reading = import_table::read_any_file(&path, store)?;
        if let Some(first) = reading.errors.first() {
            return Err(vvt::Error::validation(
                "file",
                vvt::Reason::TableImport {
                    message: first.message(lang),
                },
            ));
        }
        import_table::store(store, &reading)?;
        Ok(count(&reading.activities))
    })
}

/// Asks where to save the empty template (the headings in `lang`) and
/// writes it; the path, or `None` when cancelled.
#[tauri::command]
pub async fn save_import_template(
    app: AppHandle,
    register: State<'_, OpenRegister>,
    lang: Lang,
) -> Result<Option<String>, CommandError> {
    let words = dialog_words(lang);
    let (title, name) = (words.template_title, words.template_file);
    let current = register.path();
    let question = Question {
        title,
        file_name: Some(name),
        folder: current.parent(),
        filter: ("CSV", &["csv"]),
    };
    let Some(path) = dialogs::save_file(&app, &question)? else {
        return Ok(None);
    };
    let path = dialogs::with_extension(path, "csv");
    // Never over the register, its side files or its backups.
    vvt::paths::ensure_not_register(&path, &current)?;
    vvt::paths::write_atomically(&path, import_table::template(lang).as_bytes())?;
    Ok(Some(path.display().to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_previewed_file_can_be_imported_and_only_by_its_token() {
        let previewed = PreviewedTables::default();
        let token = previewed.remember(PathBuf::from("/home/dpo/verzeichnis.csv"));
        assert_eq!(
            previewed.file(&token).expect("previewed"),
            PathBuf::from("/home/dpo/verzeichnis.csv")
        );
        for forged in ["/etc/passwd", "table-7-0", ""] {
            let error = previewed.file(forged).expect_err("not previewed");
            assert_eq!(error.code, vvt::ErrorCode::Validation);
            assert_eq!(error.field.as_deref(), Some("token"));
        }
        let second = previewed.remember(PathBuf::from("/tmp/b.csv"));
        assert_ne!(token, second, "each preview gets a token of its own");
    }
}
