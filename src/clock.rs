//! The one place the core asks for the time, so that timestamps are whole
//! seconds (stable through the JSON round trip) and tests can pin them.
//! Timestamps are UTC; a *date* a person reads ("today", the date a document
//! is printed) is the machine's local date, so that a notice printed in
//! Berlin at 00:30 is not dated the day before.

use chrono::{DateTime, Local, NaiveDate, SubsecRound, Utc};

/// The current time in UTC, truncated to whole seconds. `VVT_NOW` (RFC 3339)
/// pins it, for reproducible documents and tests.
pub fn now() -> DateTime<Utc> {
    if let Ok(pinned) = std::env::var("VVT_NOW") {
        if let Ok(t) = DateTime::parse_from_rfc3339(&pinned) {
            return t.with_timezone(&Utc).trunc_subsecs(0);
        }
    }
    Utc::now().trunc_subsecs(0)
}

/// Today's date where the machine is (its time zone, `TZ` on Unix), at the
/// instant [`now`] gives.
pub fn today() -> NaiveDate {
    local_date(now())
}

/// The local calendar date of an instant, e.g. of a change in the history.
pub fn local_date(at: DateTime<Utc>) -> NaiveDate {
    at.with_timezone(&Local).date_naive()
}
