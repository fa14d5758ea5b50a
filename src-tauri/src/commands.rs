//! The IPC commands the UI calls (through ui/src/lib/api.ts). Each one takes
//! its arguments, calls one core function and maps the error; add new ones to
//! `COMMANDS` in build.rs and grant them in capabilities/default.json.

use std::path::Path;

use serde::Serialize;
use tauri::State;

use crate::backups::{self, BackupEntry};
use crate::register::OpenRegister;

/// What a failed command returns to the UI: `code` is stable and the UI
/// switches on it; `message` is for people; `field` names the input concerned;
/// `path` names the register file a refusal to open it concerns.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CommandError {
    pub code: String,
    pub message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
}

impl From<vvt::Error> for CommandError {
    fn from(error: vvt::Error) -> Self {
        Self {
            code: error.code().to_owned(),
            message: error.to_string(),
            field: error.field().map(str::to_owned),
            path: None,
        }
    }
}

/// Organisation, counts and file of the open register, for the start screen.
#[tauri::command]
pub fn register_summary(
    register: State<'_, OpenRegister>,
) -> Result<vvt::RegisterSummary, CommandError> {
    register.with_store(|store| store.summary())
}

/// The backups of the register, newest first; works also when the register
/// itself could not be opened, which is when they are needed.
#[tauri::command]
pub fn list_backups(register: State<'_, OpenRegister>) -> Result<Vec<BackupEntry>, CommandError> {
    backups::entries(register.path())
}

/// Restores the backup at `path` (only files in the register's backup folder
/// are accepted) and returns the restored register's summary.
#[tauri::command]
pub fn restore_backup(
    register: State<'_, OpenRegister>,
    path: String,
) -> Result<vvt::RegisterSummary, CommandError> {
    register.restore_backup(Path::new(&path))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn validation_error_keeps_code_and_field() {
        let error = CommandError::from(vvt::Error::validation("activities[0].name", "is empty"));
        let json = serde_json::to_value(&error).unwrap();
        assert_eq!(
            json,
            serde_json::json!({
                "code": "validation",
                "message": "activities[0].name: is empty",
                "field": "activities[0].name",
            }),
            "the UI reads code and field from exactly these keys"
        );
    }

    #[test]
    fn error_without_field_omits_the_key() {
        let error = CommandError::from(vvt::Error::SchemaTooNew {
            found: 9,
            supported: 1,
        });
        let json = serde_json::to_value(&error).unwrap();
        assert_eq!(json["code"], "schema_too_new");
        assert!(
            json.get("field").is_none(),
            "api.ts treats a present field as a string; absent beats null"
        );
    }
}
