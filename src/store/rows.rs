//! Conversions between model values and SQLite columns that the store's
//! aggregate modules share: timestamps, dates, flags and enum codes.

use chrono::{DateTime, NaiveDate, SecondsFormat, Utc};
use rusqlite::types::Type;

/// Timestamps are stored as RFC 3339 UTC text with whole seconds.
pub fn ts(t: &DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Secs, true)
}

pub fn parse_ts(idx: usize, text: &str) -> rusqlite::Result<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(text)
        .map(|t| t.with_timezone(&Utc))
        .map_err(|e| rusqlite::Error::FromSqlConversionFailure(idx, Type::Text, Box::new(e)))
}

pub fn parse_date(idx: usize, text: Option<String>) -> rusqlite::Result<Option<NaiveDate>> {
    text.map(|t| {
        NaiveDate::parse_from_str(&t, "%Y-%m-%d")
            .map_err(|e| rusqlite::Error::FromSqlConversionFailure(idx, Type::Text, Box::new(e)))
    })
    .transpose()
}

pub fn date(d: &Option<NaiveDate>) -> Option<String> {
    d.map(|d| d.format("%Y-%m-%d").to_string())
}

/// Maps an enum code read from the database back to its value; the CHECK
/// constraints make an unknown code a sign of a damaged file.
pub fn code<T>(idx: usize, text: &str, parse: impl Fn(&str) -> Option<T>) -> rusqlite::Result<T> {
    parse(text).ok_or_else(|| {
        rusqlite::Error::FromSqlConversionFailure(
            idx,
            Type::Text,
            format!("unknown code '{text}'").into(),
        )
    })
}

pub fn opt_bool(v: Option<i64>) -> Option<bool> {
    v.map(|v| v != 0)
}

/// [`code`] for a column that may be NULL ("not recorded").
pub fn opt_code<T>(
    idx: usize,
    text: Option<String>,
    parse: impl Fn(&str) -> Option<T>,
) -> rusqlite::Result<Option<T>> {
    text.map(|t| code(idx, &t, parse)).transpose()
}

/// A record's columns, built once as owned values, as the parameters of a
/// statement (INSERT and UPDATE of the same record bind the same list).
pub(super) fn bind<'a, const N: usize>(
    params: &'a [Box<dyn rusqlite::ToSql + '_>; N],
) -> Vec<&'a dyn rusqlite::ToSql> {
    params.iter().map(|p| p.as_ref()).collect()
}
