//! `CommandError`, what every failed command returns to the UI. It stands
//! apart from commands.rs because the helpers that commands.rs calls
//! (backups, dialogs, register) return it too.

use serde::Serialize;
use vvt::ErrorCode;

/// What a failed command returns to the UI: `code` is stable and the UI
/// switches on it; `message` is for people; `field` names the input concerned;
/// `path` names the register file a refusal to open it concerns.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[ts(optional_fields)]
pub struct CommandError {
    pub code: ErrorCode,
    pub message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
}

impl From<vvt::Error> for CommandError {
    fn from(error: vvt::Error) -> Self {
        Self {
            code: error.error_code(),
            message: error.to_string(),
            field: error.field().map(str::to_owned),
            path: None,
        }
    }
}

impl CommandError {
    pub(crate) fn validation(field: &str, message: impl Into<String>) -> Self {
        Self::from(vvt::Error::validation(field, message))
    }
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
