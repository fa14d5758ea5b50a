//! What the activity list can be narrowed to: the search box and the filters
//! of the desktop list, also used by the CLI.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::ActivityStatus;

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(default, deny_unknown_fields)]
pub struct ActivityFilter {
    /// Words looked for, case-insensitively, in the key, name, description,
    /// purposes, data categories, data subjects and the names of recipients
    /// and transfer recipients. Every word must occur somewhere.
    pub text: Option<String>,
    pub status: Option<ActivityStatus>,
    /// A legal-basis code that some purpose must rest on.
    pub legal_basis: Option<String>,
    /// Only activities with (true) or without (false) third-country transfers.
    pub has_transfer: Option<bool>,
    /// Only activities whose next review is due on or before this date.
    pub review_due_by: Option<NaiveDate>,
}
