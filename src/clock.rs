//! The one place the core asks for the time, so that timestamps are whole
//! seconds (stable through the JSON round trip) and tests can pin them.

use chrono::{DateTime, SubsecRound, Utc};

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

/// Today's date in UTC.
pub fn today() -> chrono::NaiveDate {
    now().date_naive()
}
