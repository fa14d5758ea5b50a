//! `CommandError`, what every failed command returns to the UI. It stands
//! apart from commands.rs because the helpers that commands.rs calls
//! (backups, dialogs, register) return it too.

use serde::Serialize;
use vvt::ErrorCode;

/// What a failed command returns to the UI: `code` is stable and the UI
/// switches on it; `message` is for people (the technical details); `field`
/// names the input concerned; `reason` says why a validation error refused
/// it, and `reason_text` words that reason in both languages — the core
/// words it (src/reason/), so the UI shows it without translating, and a
/// switch of the language needs no new call; `path` names the register file
/// a refusal to open it concerns.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[ts(optional_fields)]
pub struct CommandError {
    pub code: ErrorCode,
    pub message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<Box<vvt::Reason>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason_text: Option<Box<ReasonText>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    /// Every problem of a validation error, `field` and `reason` above
    /// being the first; a save that finds several reports them all at once.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    #[ts(as = "Option<Vec<FieldProblem>>")]
    pub problems: Vec<FieldProblem>,
}

/// One field's problem of a validation error, worded in both languages.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct FieldProblem {
    pub field: String,
    pub reason: vvt::Reason,
    pub reason_text: ReasonText,
}

impl ReasonText {
    fn of(reason: &vvt::Reason) -> Self {
        Self {
            de: reason.german(),
            en: reason.to_string(),
        }
    }
}

/// A reason in each language of the UI.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct ReasonText {
    pub de: String,
    pub en: String,
}

impl From<vvt::Error> for CommandError {
    fn from(error: vvt::Error) -> Self {
        let reason = error.reason().cloned().map(Box::new);
        Self {
            code: error.error_code(),
            message: error.to_string(),
            field: error.field().map(str::to_owned),
            reason_text: reason.as_ref().map(|r| Box::new(ReasonText::of(r))),
            reason,
            path: None,
            problems: error
                .problems()
                .into_iter()
                .map(|p| FieldProblem {
                    reason_text: ReasonText::of(&p.reason),
                    field: p.field,
                    reason: p.reason,
                })
                .collect(),
        }
    }
}

impl CommandError {
    pub(crate) fn validation(field: &str, reason: vvt::Reason) -> Self {
        Self::from(vvt::Error::validation(field, reason))
    }

    /// A failure of the system around a command (a dialog's path, a viewer),
    /// about the file at `path` when there is one.
    pub(crate) fn io(message: String, path: Option<String>) -> Self {
        Self {
            code: ErrorCode::Io,
            message,
            field: None,
            reason: None,
            reason_text: None,
            path,
            problems: Vec::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn validation_error_keeps_code_and_field() {
        let error = CommandError::from(vvt::Error::validation(
            "activities[0].name",
            vvt::Reason::Required,
        ));
        let json = serde_json::to_value(&error).unwrap();
        assert_eq!(
            json,
            serde_json::json!({
                "code": "validation",
                "message": "activities[0].name: is required",
                "field": "activities[0].name",
                "reason": {"kind": "required"},
                "reason_text": {"de": "Pflichtangabe – bitte ausfüllen.", "en": "is required"},
                "problems": [{
                    "field": "activities[0].name",
                    "reason": {"kind": "required"},
                    "reason_text": {"de": "Pflichtangabe – bitte ausfüllen.", "en": "is required"},
                }],
            }),
            "the UI reads code and field from exactly these keys"
        );
    }

    #[test]
    fn every_problem_of_a_save_reaches_the_ui() {
        let error = CommandError::from(vvt::Error::Invalid {
            problems: vec![
                vvt::FieldProblem {
                    field: "name".into(),
                    reason: vvt::Reason::Required,
                },
                vvt::FieldProblem {
                    field: "next_review".into(),
                    reason: vvt::Reason::ControlCharacters,
                },
            ],
        });
        assert_eq!(
            error.field.as_deref(),
            Some("name"),
            "the first problem leads"
        );
        let fields: Vec<&str> = error.problems.iter().map(|p| p.field.as_str()).collect();
        assert_eq!(fields, ["name", "next_review"]);
        assert_eq!(
            error.problems[1].reason_text.de,
            vvt::Reason::ControlCharacters.german()
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
