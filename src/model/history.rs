//! The change history: who changed what and when, kept as evidence of
//! accountability (Art. 5(2)).

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct ChangeRecord {
    pub id: i64,
    pub at: DateTime<Utc>,
    /// The operating-system user who made the change.
    pub user: String,
    pub entity: EntityKind,
    /// Key of the record changed (`organisation` for the header).
    pub key: String,
    pub action: ChangeAction,
    pub changes: Vec<FieldChange>,
}

/// One field's value before and after; `null` where the field did not exist.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct FieldChange {
    /// Path of the field inside the record, e.g. `purposes[0].legal_bases`.
    pub field: String,
    pub old: serde_json::Value,
    pub new: serde_json::Value,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum EntityKind {
    Organisation,
    Activity,
    Party,
    Tom,
    ProcessorActivity,
}

impl EntityKind {
    pub const ALL: [EntityKind; 5] = [
        Self::Organisation,
        Self::Activity,
        Self::Party,
        Self::Tom,
        Self::ProcessorActivity,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Self::Organisation => "organisation",
            Self::Activity => "activity",
            Self::Party => "party",
            Self::Tom => "tom",
            Self::ProcessorActivity => "processor_activity",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|e| e.code() == code)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum ChangeAction {
    Create,
    Update,
    Delete,
}

impl ChangeAction {
    pub const ALL: [ChangeAction; 3] = [Self::Create, Self::Update, Self::Delete];

    pub fn code(self) -> &'static str {
        match self {
            Self::Create => "create",
            Self::Update => "update",
            Self::Delete => "delete",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|a| a.code() == code)
    }
}
