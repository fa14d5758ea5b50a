//! The register as plain data: what the store loads and saves, what the
//! interchange format carries and what every output is computed from.
//!
//! Records reference each other by their stable keys (an activity names a
//! party by `party` key, a TOM by `tom` key, a catalog entry by its code), so a
//! loaded [`Register`] is self-contained and can be checked, printed or turned
//! into a notice without a database.

mod activity;
mod automation;
mod catalog;
mod disclosure;
pub mod dpia;
mod embed;
mod filter;
mod history;
mod information;
mod organisation;
mod party;
mod processor_record;
mod publication;
mod retention;
mod subject_group;
mod tom;
mod translation;

pub use activity::*;
pub use automation::*;
pub use catalog::*;
pub use disclosure::*;
pub use dpia::{DpiaAssessment, DpiaCriterion, DpiaList, DpiaOutcome};
pub use embed::*;
pub use filter::*;
pub use history::*;
pub use information::*;
pub use organisation::*;
pub use party::*;
pub use processor_record::*;
pub use publication::*;
pub use retention::*;
pub use subject_group::*;
pub use tom::*;
pub use translation::*;

use serde::{Deserialize, Serialize};

/// A whole register: the header, the organisation-wide catalogs the DPO keeps
/// (parties, TOMs), every processing activity and the change history.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct Register {
    pub organisation: Organisation,
    #[serde(default)]
    pub toms: Vec<Tom>,
    #[serde(default)]
    pub parties: Vec<Party>,
    #[serde(default)]
    pub activities: Vec<ProcessingActivity>,
    #[serde(default)]
    pub history: Vec<ChangeRecord>,
    /// Published versions of the public notice, oldest first.
    #[serde(default)]
    pub publications: Vec<Publication>,
    /// The processor's record (Art. 30(2)): processing done on behalf of
    /// other controllers. Left out of the JSON when empty, so registers
    /// without one export exactly as before.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub processor_activities: Vec<ProcessorActivity>,
    /// The register's texts in English (format version 8): an overlay keyed
    /// by record and field, see `crate::translation`. Left out of the JSON
    /// when empty.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub translations: Vec<Translation>,
}

impl Register {
    pub fn activity(&self, key: &str) -> Option<&ProcessingActivity> {
        self.activities.iter().find(|a| a.key == key)
    }

    pub fn party(&self, key: &str) -> Option<&Party> {
        self.parties.iter().find(|p| p.key == key)
    }

    pub fn tom(&self, key: &str) -> Option<&Tom> {
        self.toms.iter().find(|t| t.key == key)
    }

    /// The keys of the parties `activity` names — as recipient or transfer
    /// recipient — and of those parties' sub-processors (Art. 28(4)): what
    /// the activity's documents say something about.
    pub fn parties_named_by<'a>(&'a self, activity: &'a ProcessingActivity) -> Vec<&'a str> {
        let mut out: Vec<&'a str> = Vec::new();
        let named = activity
            .recipients
            .iter()
            .filter_map(|r| r.party.as_deref())
            .chain(
                activity
                    .transfers
                    .iter()
                    .filter_map(|t| t.recipient.as_deref()),
            );
        for key in named {
            out.push(key);
            if let Some(ag) = self.party(key).and_then(|p| p.agreement.as_ref()) {
                out.extend(ag.subprocessors.iter().map(|s| s.party.as_str()));
            }
        }
        out
    }

    /// True when nothing at all has been recorded yet: no header, no records.
    pub fn is_empty(&self) -> bool {
        self.organisation.is_blank()
            && self.toms.is_empty()
            && self.parties.is_empty()
            && self.activities.is_empty()
            && self.processor_activities.is_empty()
    }
}

/// What the desktop start screen shows before anything is opened for editing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct RegisterSummary {
    pub path: String,
    pub organisation_name: Option<String>,
    pub activity_count: u64,
    pub party_count: u64,
    /// On a network drive: who edits the register ("erika on PC-DSB since
    /// …") while it is open read-only here; the app shows it as a banner.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub locked_by: Option<String>,
}

/// One line of `vvt list` and of the desktop activity list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ActivityListItem {
    pub key: String,
    pub name: String,
    pub status: ActivityStatus,
    pub department: Option<String>,
    pub purpose_count: u64,
    pub transfer_count: u64,
    pub next_review: Option<chrono::NaiveDate>,
    pub updated_at: chrono::DateTime<chrono::Utc>,
}
