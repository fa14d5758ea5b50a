//! Adding activities from a spreadsheet (CSV, docs/import-table.md): the
//! file is chosen in a native dialog and checked first, the DPO sees what
//! would be added and every error at its row and column, and only then the
//! file is read again and stored in one transaction.

use std::path::PathBuf;

use serde::Serialize;
use tauri::{AppHandle, State};
use vvt::import_table::{self, Reading};
use vvt::Lang;

use crate::commands::CommandError;
use crate::dialogs::{self, Question};
use crate::register::OpenRegister;

/// What a file would add, or why it cannot be added.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct TablePreview {
    /// The file, to be handed back to `import_table`.
    pub path: String,
    /// The activities the file would add, with the keys they would get;
    /// empty when there are errors.
    pub activities: Vec<TableActivity>,
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

fn preview(path: PathBuf, reading: Reading, lang: Lang) -> TablePreview {
    TablePreview {
        path: path.display().to_string(),
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
    lang: Lang,
) -> Result<Option<TablePreview>, CommandError> {
    let current = register.path();
    let (title, filter) = match lang {
        Lang::De => ("Tabelle mit Verarbeitungstätigkeiten öffnen", "CSV-Tabelle"),
        Lang::En => (
            "Open a spreadsheet of processing activities",
            "CSV spreadsheet",
        ),
    };
    let question = Question {
        title,
        file_name: None,
        folder: current.parent(),
        filter: (filter, &["csv"]),
    };
    let Some(path) = dialogs::open_file(&app, &question)? else {
        return Ok(None);
    };
    let reading = register.with_store(|store| import_table::read_file(&path, store))?;
    Ok(Some(preview(path, reading, lang)))
}

/// Reads the file again (it may have changed since the preview) and adds
/// its activities in one transaction; refused with the file's first error
/// when it no longer reads cleanly. Returns how many were added.
#[tauri::command]
pub fn import_table(
    register: State<'_, OpenRegister>,
    path: String,
    lang: Lang,
) -> Result<u32, CommandError> {
    let path = PathBuf::from(path);
    register.with_store(|store| {
        let reading = import_table::read_file(&path, store)?;
        if let Some(first) = reading.errors.first() {
            return Err(vvt::Error::validation("file", first.message(lang)));
        }
        import_table::store(store, &reading.activities)?;
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
    let (title, name) = match lang {
        Lang::De => (
            "Vorlage speichern unter",
            "vorlage-verarbeitungstaetigkeiten.csv",
        ),
        Lang::En => ("Save the template as", "processing-activities-template.csv"),
    };
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
