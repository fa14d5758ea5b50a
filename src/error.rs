//! Errors a caller can act on: each variant has a stable code for the UI, and
//! validation errors name the field (as a JSON path) they concern.

use thiserror::Error;

use crate::Reason;

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[derive(Debug, Error)]
pub enum Error {
    /// Bad input: `field` is a JSON path into the record or import file,
    /// `reason` says why, as a value the caller words in its language.
    #[error("{field}: {reason}")]
    Validation { field: String, reason: Reason },

    /// Bad input in more than one field: every problem of one record (or
    /// form), in the order of the record's fields, so a save reports them
    /// all at once. A single problem is always [`Error::Validation`].
    #[error("{}", problems_text(problems))]
    Invalid { problems: Vec<FieldProblem> },

    #[error("{entity} '{key}' does not exist")]
    NotFound { entity: &'static str, key: String },

    /// A stale edit: the record changed since it was loaded.
    #[error(
        "{entity} '{key}' was changed elsewhere since it was opened (version {expected} expected, \
         {found} found); reload it and apply the edit again"
    )]
    Conflict {
        entity: &'static str,
        key: String,
        expected: i64,
        found: i64,
    },

    #[error(
        "the register was written by a newer VVT (schema version {found}, this program knows up \
         to {supported}); update VVT to open it"
    )]
    SchemaTooNew { found: i64, supported: i64 },

    #[error("{path} is not a VVT register: {reason}")]
    NotARegister { path: String, reason: String },

    /// The file is damaged; the backups beside it can replace it.
    #[error(
        "{path} is damaged and was not changed ({reason}); restore it from a backup in the folder \
         beside it"
    )]
    Damaged { path: String, reason: String },

    /// A document could not be produced: typesetting, joining PDF parts, the
    /// workbook, or a notice template of the organisation's own. Nothing a
    /// DPO typed into a record is wrong, so this is no validation error.
    #[error("{document}: {reason}")]
    RenderFailed {
        document: &'static str,
        reason: String,
    },

    /// Saving failed for a reason outside VVT (disk full, read-only file).
    #[error("nothing was saved: {reason}; the register is unchanged")]
    WriteFailed { reason: String },

    #[error("database error: {0}")]
    Sqlite(#[from] rusqlite::Error),

    #[error("{context}: {source}")]
    Io {
        context: String,
        #[source]
        source: std::io::Error,
    },
}

/// One field's problem within [`Error::Invalid`].
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct FieldProblem {
    pub field: String,
    pub reason: Reason,
}

fn problems_text(problems: &[FieldProblem]) -> String {
    problems
        .iter()
        .map(|p| format!("{}: {}", p.field, p.reason))
        .collect::<Vec<_>>()
        .join("; ")
}

/// The stable code of an error, the one list of them: the CLI prints it,
/// the desktop shell sends it (generated into the UI's bindings.ts), and the
/// UI switches on it, never on text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    Validation,
    NotFound,
    Conflict,
    SchemaTooNew,
    NotARegister,
    Damaged,
    WriteFailed,
    RenderFailed,
    Database,
    Io,
    /// A refusal of the desktop shell's IPC itself (a command not allowed);
    /// the UI gives it, no error of the core has it.
    Ipc,
}

impl ErrorCode {
    pub const ALL: [ErrorCode; 11] = [
        ErrorCode::Validation,
        ErrorCode::NotFound,
        ErrorCode::Conflict,
        ErrorCode::SchemaTooNew,
        ErrorCode::NotARegister,
        ErrorCode::Damaged,
        ErrorCode::WriteFailed,
        ErrorCode::RenderFailed,
        ErrorCode::Database,
        ErrorCode::Io,
        ErrorCode::Ipc,
    ];

    /// A register file VVT refuses to open as it is; a backup may replace
    /// it. Other failures (a full disk, missing rights) are not the file's
    /// fault, and a restore would not help.
    pub fn unopenable(self) -> bool {
        matches!(
            self,
            ErrorCode::Damaged | ErrorCode::NotARegister | ErrorCode::SchemaTooNew
        )
    }

    pub fn as_str(self) -> &'static str {
        match self {
            ErrorCode::Validation => "validation",
            ErrorCode::NotFound => "not_found",
            ErrorCode::Conflict => "conflict",
            ErrorCode::SchemaTooNew => "schema_too_new",
            ErrorCode::NotARegister => "not_a_register",
            ErrorCode::Damaged => "damaged",
            ErrorCode::WriteFailed => "write_failed",
            ErrorCode::RenderFailed => "render_failed",
            ErrorCode::Database => "database",
            ErrorCode::Io => "io",
            ErrorCode::Ipc => "ipc",
        }
    }
}

impl Error {
    /// The error's stable code.
    pub fn error_code(&self) -> ErrorCode {
        match self {
            Error::Validation { .. } | Error::Invalid { .. } => ErrorCode::Validation,
            Error::NotFound { .. } => ErrorCode::NotFound,
            Error::Conflict { .. } => ErrorCode::Conflict,
            Error::SchemaTooNew { .. } => ErrorCode::SchemaTooNew,
            Error::NotARegister { .. } => ErrorCode::NotARegister,
            Error::Damaged { .. } => ErrorCode::Damaged,
            Error::WriteFailed { .. } => ErrorCode::WriteFailed,
            Error::RenderFailed { .. } => ErrorCode::RenderFailed,
            Error::Sqlite(_) => ErrorCode::Database,
            Error::Io { .. } => ErrorCode::Io,
        }
    }

    /// Stable machine-readable code, as text; see [`ErrorCode`].
    pub fn code(&self) -> &'static str {
        self.error_code().as_str()
    }

    /// The field a validation error concerns, for the UI to show it there.
    pub fn field(&self) -> Option<&str> {
        match self {
            Error::Validation { field, .. } => Some(field),
            Error::Invalid { problems } => problems.first().map(|p| p.field.as_str()),
            _ => None,
        }
    }

    pub fn validation(field: impl Into<String>, reason: Reason) -> Self {
        Error::Validation {
            field: field.into(),
            reason,
        }
    }

    /// Why a validation error refused its input.
    pub fn reason(&self) -> Option<&Reason> {
        match self {
            Error::Validation { reason, .. } => Some(reason),
            Error::Invalid { problems } => problems.first().map(|p| &p.reason),
            _ => None,
        }
    }

    /// Every field problem of a validation error, the first one first;
    /// empty for any other error.
    pub fn problems(&self) -> Vec<FieldProblem> {
        match self {
            Error::Validation { field, reason } => vec![FieldProblem {
                field: field.clone(),
                reason: reason.clone(),
            }],
            Error::Invalid { problems } => problems.clone(),
            _ => Vec::new(),
        }
    }

    /// The first problem of a validation error as [`Error::Validation`]:
    /// for callers that report one problem per input (a spreadsheet row).
    pub fn into_first(self) -> Self {
        match self {
            Error::Invalid { mut problems } if !problems.is_empty() => {
                let p = problems.remove(0);
                Error::Validation {
                    field: p.field,
                    reason: p.reason,
                }
            }
            other => other,
        }
    }

    pub fn render(document: &'static str, reason: impl Into<String>) -> Self {
        Error::RenderFailed {
            document,
            reason: reason.into(),
        }
    }

    pub fn io(context: impl Into<String>, source: std::io::Error) -> Self {
        Error::Io {
            context: context.into(),
            source,
        }
    }
}
