//! The UTC stamp at the start of every backup's name
//! ("20261127T153000Z-manual-register.vvt"): written when a backup is taken or
//! an unreadable register is kept aside, and read back when the backups are
//! listed (the app's restore screen shows when each was taken). One place for
//! the format, so the names written and the names read cannot drift apart.

use chrono::{DateTime, NaiveDateTime, Utc};

/// The stamp's format: sortable, so the newest backup sorts last by name.
const FORMAT: &str = "%Y%m%dT%H%M%SZ";

/// The stamp of a backup taken at `at`.
pub(crate) fn stamp(at: DateTime<Utc>) -> String {
    at.format(FORMAT).to_string()
}

/// The start the stamps of the UTC day of `at` share: the daily backup is
/// taken only when no name starts with today's.
pub(crate) fn day_prefix(at: DateTime<Utc>) -> String {
    at.format("%Y%m%d").to_string()
}

/// When the backup named `file_name` was taken, from the stamp its name
/// starts with; `None` for a name without one (a copy made by hand).
pub fn taken_at(file_name: &str) -> Option<DateTime<Utc>> {
    let stamp = file_name.get(..16)?;
    NaiveDateTime::parse_from_str(stamp, FORMAT)
        .ok()
        .map(|t| t.and_utc())
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone;

    use super::*;

    #[test]
    fn the_stamp_of_a_name_is_the_time_it_was_written_with() {
        let at = Utc.with_ymd_and_hms(2026, 11, 27, 15, 30, 0).unwrap();
        let name = format!("{}-manual-register.vvt", stamp(at));
        assert_eq!(name, "20261127T153000Z-manual-register.vvt");
        assert_eq!(
            taken_at(&name),
            Some(at),
            "the restore screen must show the time the backup was taken"
        );
    }

    #[test]
    fn a_name_without_a_stamp_has_no_time() {
        for name in [
            "copied-by-hand.vvt",
            "2026-11-27-register.vvt",
            "",
            "20261127T1530",
        ] {
            assert_eq!(
                taken_at(name),
                None,
                "{name:?} carries no stamp; the caller falls back to the file's time"
            );
        }
    }
}
