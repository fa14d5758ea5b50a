//! The IPC commands the UI calls (through ui/src/lib/api.ts). Each one takes
//! its arguments, calls one core function and maps the error; add new ones to
//! `COMMANDS` in build.rs and grant them in capabilities/default.json.

use serde::Serialize;
use tauri::State;

use crate::register::OpenRegister;

/// What a failed command returns to the UI: `code` is stable and the UI
/// switches on it; `message` is for people; `field` names the input concerned.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CommandError {
    pub code: String,
    pub message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
}

impl From<vvt::Error> for CommandError {
    fn from(error: vvt::Error) -> Self {
        Self {
            code: error.code().to_owned(),
            message: error.to_string(),
            field: error.field().map(str::to_owned),
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
