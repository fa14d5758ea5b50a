//! Validation of records before they are written: required fields, lengths,
//! list sizes, dates in a sensible range, catalog codes and references to
//! other records. Errors name the field as a JSON path (`purposes[0].legal_bases[1]`)
//! so the UI can show them at the field and the import at the file position.
//!
//! Records are also normalised here: surrounding whitespace is trimmed and an
//! empty optional text becomes "not recorded" (`None`).

use std::collections::HashSet;

use chrono::NaiveDate;

use crate::model::*;
use crate::reason::{Listed, Reason};
use crate::{Error, FieldProblem, Result};

/// Longest text in a name-like field (names, keys, departments, countries).
pub const MAX_SHORT: usize = 300;
/// Longest free text (descriptions, notes, documentation).
pub const MAX_LONG: usize = 20_000;
/// Most entries in one list of a record.
pub const MAX_ITEMS: usize = 500;
const MIN_DATE: (i32, u32, u32) = (1970, 1, 1);
const MAX_DATE: (i32, u32, u32) = (2199, 12, 31);

/// The records a validated record may point at.
pub trait References {
    fn has_party(&self, key: &str) -> bool;
    fn has_tom(&self, key: &str) -> bool;
    fn has_activity(&self, key: &str) -> bool;
}

/// References known as sets of keys (used by the import and by tests).
#[derive(Debug, Default)]
pub struct KeySets {
    pub parties: HashSet<String>,
    pub toms: HashSet<String>,
    pub activities: HashSet<String>,
}

impl References for KeySets {
    fn has_party(&self, key: &str) -> bool {
        self.parties.contains(key)
    }
    fn has_tom(&self, key: &str) -> bool {
        self.toms.contains(key)
    }
    fn has_activity(&self, key: &str) -> bool {
        self.activities.contains(key)
    }
}

/// Builds field paths below a prefix (`activities[2]` during an import).
#[derive(Clone, Copy)]
pub struct Path<'a>(&'a str);

impl Path<'_> {
    fn at(&self, field: &str) -> String {
        if self.0.is_empty() {
            field.to_owned()
        } else {
            format!("{}.{field}", self.0)
        }
    }
}

fn err(path: String, reason: Reason) -> Error {
    Error::validation(path, reason)
}

/// The problems found in one record so far: each check notes its result
/// and validation goes on, so a save reports every problem at once rather
/// than the first one only.
#[derive(Default)]
struct Problems {
    found: Vec<FieldProblem>,
    /// An error that is not about the input (none today): it wins.
    other: Option<Error>,
}

impl Problems {
    /// Notes a check's result; true when it passed.
    fn note(&mut self, result: Result<()>) -> bool {
        match result {
            Ok(()) => true,
            Err(Error::Validation { field, reason }) => {
                self.found.push(FieldProblem { field, reason });
                false
            }
            Err(Error::Invalid { problems }) => {
                self.found.extend(problems);
                false
            }
            Err(other) => {
                self.other.get_or_insert(other);
                false
            }
        }
    }

    fn add(&mut self, path: String, reason: Reason) {
        self.found.push(FieldProblem {
            field: path,
            reason,
        });
    }

    fn finish(mut self) -> Result<()> {
        if let Some(e) = self.other {
            return Err(e);
        }
        match self.found.len() {
            0 => Ok(()),
            1 => {
                let p = self.found.remove(0);
                Err(Error::validation(p.field, p.reason))
            }
            _ => Err(Error::Invalid {
                problems: self.found,
            }),
        }
    }
}

pub fn normalize_text(s: &mut String) {
    let t = s.trim();
    if t.len() != s.len() {
        *s = t.to_owned();
    }
}

pub fn normalize_opt(s: &mut Option<String>) {
    if let Some(v) = s {
        normalize_text(v);
        if v.is_empty() {
            *s = None;
        }
    }
}

fn normalize_list(list: &mut Vec<String>) {
    list.iter_mut().for_each(normalize_text);
    list.retain(|s| !s.is_empty());
}

fn required(path: String, value: &str, max: usize) -> Result<()> {
    if value.is_empty() {
        return Err(err(path, Reason::Required));
    }
    length(path, value, max)
}

fn length(path: String, value: &str, max: usize) -> Result<()> {
    let n = value.chars().count();
    if n > max {
        return Err(err(path, Reason::TooLong { length: n, max }));
    }
    if value
        .chars()
        .any(|c| c.is_control() && c != '\n' && c != '\t' && c != '\r')
    {
        return Err(err(path, Reason::ControlCharacters));
    }
    Ok(())
}

fn opt(path: String, value: &Option<String>, max: usize) -> Result<()> {
    match value {
        Some(v) => length(path, v, max),
        None => Ok(()),
    }
}

fn items<T>(path: String, list: &[T]) -> Result<()> {
    if list.len() > MAX_ITEMS {
        return Err(err(
            path,
            Reason::TooManyEntries {
                count: list.len(),
                max: MAX_ITEMS,
            },
        ));
    }
    Ok(())
}

fn date(path: String, value: &Option<NaiveDate>) -> Result<()> {
    let (Some(lo), Some(hi)) = (
        NaiveDate::from_ymd_opt(MIN_DATE.0, MIN_DATE.1, MIN_DATE.2),
        NaiveDate::from_ymd_opt(MAX_DATE.0, MAX_DATE.1, MAX_DATE.2),
    ) else {
        return Ok(());
    };
    match value {
        Some(d) if *d < lo || *d > hi => Err(err(
            path,
            Reason::DateOutOfRange {
                date: d.to_string(),
                min: lo.to_string(),
                max: hi.to_string(),
            },
        )),
        _ => Ok(()),
    }
}

/// Stable short keys: letters, digits, `.`, `_`, `-`; up to 64 characters.
pub fn key(path: String, value: &str) -> Result<()> {
    let mut chars = value.chars();
    let ok = value.len() <= 64
        && chars.next().is_some_and(|c| c.is_ascii_alphanumeric())
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'));
    if value.is_empty() {
        return Err(err(path, Reason::Required));
    }
    if !ok {
        return Err(err(
            path,
            Reason::InvalidKey {
                value: value.to_owned(),
            },
        ));
    }
    Ok(())
}

fn email(path: String, value: &Option<String>) -> Result<()> {
    opt(path.clone(), value, MAX_SHORT)?;
    if let Some(v) = value {
        // The notice makes the address a `mailto:` link: URL syntax (`?` adds
        // a subject or body, `:` `/` `#` `%` change the link) has no place
        // in an address a DPO publishes.
        let url_syntax =
            |c: char| c.is_whitespace() || c.is_control() || "?#%/:<>\"',;()[]\\&=".contains(c);
        let valid = v.split_once('@').is_some_and(|(l, d)| {
            !l.is_empty()
                && d.contains('.')
                && !d.starts_with('.')
                && !d.contains('@')
                && !v.contains(url_syntax)
        });
        if !valid {
            return Err(err(path, Reason::NotAnEmail { value: v.clone() }));
        }
    }
    Ok(())
}

/// A link the public notice prints: http(s) only, no spaces.
fn web_link(path: String, value: &Option<String>) -> Result<()> {
    opt(path.clone(), value, MAX_SHORT)?;
    if let Some(v) = value {
        let rest = v
            .strip_prefix("https://")
            .or_else(|| v.strip_prefix("http://"));
        if !rest.is_some_and(|r| !r.is_empty() && !r.contains(char::is_whitespace)) {
            return Err(err(path, Reason::NotAWebAddress { value: v.clone() }));
        }
    }
    Ok(())
}

fn country(path: String, code: &str, catalogs: &Catalogs) -> Result<()> {
    if catalogs.country(code).is_none() {
        return Err(err(
            path,
            Reason::UnknownCountry {
                code: code.to_owned(),
            },
        ));
    }
    Ok(())
}

fn mechanism(path: String, code: &str, catalogs: &Catalogs) -> Result<()> {
    if catalogs.mechanism(code).is_none() {
        return Err(err(
            path,
            Reason::UnknownMechanism {
                code: code.to_owned(),
            },
        ));
    }
    Ok(())
}

/// A list of codes or keys (`field` below `p`): each one known — `unknown`
/// gives the reason for one that is not — and none given twice. Lists of
/// TOMs, legal bases and data categories are checked alike in every record.
fn each_once(
    p: &Path,
    field: &str,
    list: &[String],
    twice: Listed,
    unknown: impl Fn(&str) -> Option<Reason>,
) -> Result<()> {
    let mut v = Problems::default();
    let mut seen = HashSet::new();
    for (i, value) in list.iter().enumerate() {
        let path = p.at(&format!("{field}[{i}]"));
        if let Some(reason) = unknown(value) {
            v.add(path, reason);
        } else if !seen.insert(value.as_str()) {
            v.add(
                path,
                Reason::ListedTwice {
                    item: twice,
                    value: value.clone(),
                },
            );
        }
    }
    v.finish()
}

/// The TOMs a record names: normalised, bounded, each in the catalog once.
fn toms(p: &Path, list: &mut Vec<String>, refs: &dyn References) -> Result<()> {
    normalize_list(list);
    if list.len() > MAX_ITEMS {
        return items(p.at("toms"), list);
    }
    each_once(p, "toms", list, Listed::Tom, |t| {
        (!refs.has_tom(t)).then(|| Reason::UnknownTom { key: t.to_owned() })
    })
}

/// Legal bases from the catalog, each once.
fn legal_bases(p: &Path, list: &[String], catalogs: &Catalogs) -> Result<()> {
    each_once(p, "legal_bases", list, Listed::LegalBasis, |code| {
        catalogs
            .legal_basis(code)
            .is_none()
            .then(|| Reason::UnknownLegalBasis {
                code: code.to_owned(),
            })
    })
}

fn party_ref(path: String, key: &str, refs: &dyn References) -> Result<()> {
    if !refs.has_party(key) {
        return Err(err(
            path,
            Reason::UnknownParty {
                key: key.to_owned(),
            },
        ));
    }
    Ok(())
}

mod automation;
mod disclosure;
mod organisation;
mod processor_record;
mod records;
mod register;
pub use organisation::organisation;
pub use processor_record::processor_activity;
pub use records::*;
pub use register::{imported, register, MAX_ID};
