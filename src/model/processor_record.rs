//! The processor's record (Art. 30(2) GDPR): processing the organisation
//! carries out on behalf of another controller, kept beside its own record.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::Transfer;

/// One entry of the processor's record: the processing done for one
/// controller (Art. 30(2)(a)–(d)).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct ProcessorActivity {
    /// Stable short key, e.g. `AV-001` or `payroll-acme`.
    pub key: String,
    /// A short name for the processing ("Lohnabrechnung für die Acme GmbH").
    pub name: String,
    /// The controller on whose behalf the organisation acts (Art. 30(2)(a)).
    pub controller: ClientController,
    /// Categories of processing carried out for that controller (Art. 30(2)(b)),
    /// e.g. "Hosting", "Lohnabrechnung".
    #[serde(default)]
    pub categories: Vec<String>,
    /// Transfers to third countries or international organisations
    /// (Art. 30(2)(c)), recorded as for the organisation's own activities.
    #[serde(default)]
    pub transfers: Vec<Transfer>,
    /// Keys into the organisation-wide TOM catalog (Art. 30(2)(d)).
    #[serde(default)]
    pub toms: Vec<String>,
    #[serde(default)]
    pub tom_notes: Option<String>,
    #[serde(default)]
    pub notes: Option<String>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    /// Optimistic-locking counter; raised by the store on every save.
    #[serde(default)]
    pub version: i64,
}

impl ProcessorActivity {
    /// A new entry with only its key, name and controller; the store sets the
    /// timestamps.
    pub fn new(key: impl Into<String>, name: impl Into<String>, controller: &str) -> Self {
        let now = crate::clock::now();
        ProcessorActivity {
            key: key.into(),
            name: name.into(),
            controller: ClientController {
                name: controller.to_owned(),
                ..ClientController::default()
            },
            categories: Vec::new(),
            transfers: Vec::new(),
            toms: Vec::new(),
            tom_notes: None,
            notes: None,
            created_at: now,
            updated_at: now,
            version: 0,
        }
    }
}

/// The controller a processing is done for, with the contacts Art. 30(2)(a)
/// asks for. Representative and DPO are free text (name and contact details)
/// because they are the client's, not people the organisation manages.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct ClientController {
    pub name: String,
    #[serde(default)]
    pub address: Option<String>,
    /// E-mail, phone or contact person.
    #[serde(default)]
    pub contact: Option<String>,
    /// The controller's representative in the Union (Art. 27), where it has one.
    #[serde(default)]
    pub representative: Option<String>,
    /// The controller's data protection officer, name and contact details.
    #[serde(default)]
    pub dpo: Option<String>,
}
