//! The notice's "Stand": the date of what it states, not the date it was
//! rendered. A notice whose content has not changed since it was last
//! published keeps that publication's date; otherwise it is dated by the
//! newest change of anything it states — the header, the activities it
//! describes and the parties they name (with their sub-processors).

use std::collections::HashSet;

use chrono::NaiveDate;

use crate::clock::local_date;
use crate::{EntityKind, Lang, ProcessingActivity, Register};

/// The date a notice of `activities` is dated by; `public` says whether it
/// is the public notice (whose publications count) rather than a selection
/// or a separate notice. `today` when the register records nothing to date
/// it by.
pub(super) fn content_date(
    register: &Register,
    activities: &[&ProcessingActivity],
    lang: Lang,
    public: bool,
    today: NaiveDate,
) -> NaiveDate {
    let published = public
        .then(|| {
            let last =
                super::latest(&register.publications, lang).map(|p| local_date(p.published_at));
            last.or(register.organisation.notice_date)
        })
        .flatten();
    let changed = newest_change(register, activities);
    match (published, changed) {
        (Some(p), Some(c)) => p.max(c),
        (Some(d), None) | (None, Some(d)) => d,
        (None, None) => today,
    }
}

/// The local date of the newest change of a record the notice states
/// something about.
fn newest_change(register: &Register, activities: &[&ProcessingActivity]) -> Option<NaiveDate> {
    let parties: HashSet<&str> = activities
        .iter()
        .flat_map(|a| register.parties_named_by(a))
        .collect();
    let keys: HashSet<&str> = activities.iter().map(|a| a.key.as_str()).collect();
    let from_history = register
        .history
        .iter()
        .filter(|h| match h.entity {
            EntityKind::Organisation => true,
            EntityKind::Activity => keys.contains(h.key.as_str()),
            EntityKind::Party => parties.contains(h.key.as_str()),
            EntityKind::Tom | EntityKind::ProcessorActivity => false,
        })
        .map(|h| h.at)
        .max();
    // Activities carry their own timestamp, also where no history came along.
    let from_activities = activities.iter().map(|a| a.updated_at).max();
    from_history.max(from_activities).map(local_date)
}
