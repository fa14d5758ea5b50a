//! Separate privacy notices. Activities whose data subjects are informed by a
//! notice other than the public one — employees, applicants — name it in
//! `Information::Separate { reference }`. VVT writes those notices from the
//! same register: one per reference, describing exactly the active
//! activities that name it.

use std::collections::BTreeMap;

use serde::Serialize;

use super::ActivityRef;
use crate::{ActivityStatus, Error, Information, Register, Result};

/// A separate privacy notice and the active activities it describes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct SeparateNotice {
    /// The reference as the activities record it, e.g. "Datenschutzhinweise
    /// für Beschäftigte im Intranet".
    pub reference: String,
    /// In key order.
    pub activities: Vec<ActivityRef>,
}

/// Every separate privacy notice the active activities name, by reference.
pub fn separate_notices(register: &Register) -> Vec<SeparateNotice> {
    let mut by_reference: BTreeMap<&str, Vec<ActivityRef>> = BTreeMap::new();
    for a in &register.activities {
        if a.status != ActivityStatus::Active {
            continue;
        }
        if let Information::Separate { reference } = &a.information {
            by_reference
                .entry(reference.trim())
                .or_default()
                .push(ActivityRef {
                    key: a.key.clone(),
                    name: a.name.clone(),
                });
        }
    }
    by_reference
        .into_iter()
        .map(|(reference, mut activities)| {
            activities.sort_by(|x, y| x.key.cmp(&y.key));
            SeparateNotice {
                reference: reference.to_owned(),
                activities,
            }
        })
        .collect()
}

/// The keys of the activities the notice `reference` describes, for
/// `NoticeOptions::activities`; refused when no active activity names it.
pub fn separate_selection(register: &Register, reference: &str) -> Result<Vec<String>> {
    let wanted = reference.trim();
    separate_notices(register)
        .into_iter()
        .find(|n| n.reference == wanted)
        .map(|n| n.activities.into_iter().map(|a| a.key).collect())
        .ok_or_else(|| Error::NotFound {
            entity: "separate notice",
            key: wanted.to_owned(),
        })
}
