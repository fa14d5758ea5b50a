//! Validation of a whole register, as read from an interchange file: every
//! record, unique keys, and references that resolve inside the file.

use std::collections::{HashMap, HashSet};

use super::*;

fn unique<'a>(list: &str, keys: impl Iterator<Item = &'a str>) -> Result<HashSet<String>> {
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for (i, k) in keys.enumerate() {
        if let Some(first) = seen.insert(k, i) {
            return Err(err(
                format!("{list}[{i}].key"),
                Reason::DuplicateKey {
                    key: k.to_owned(),
                    also_at: format!("{list}[{first}]"),
                },
            ));
        }
    }
    Ok(seen.into_keys().map(str::to_owned).collect())
}

/// Checks and normalises a whole register; errors carry the JSON path from
/// the root of the file (`activities[3].transfers[0].country`).
pub fn register(reg: &mut Register, catalogs: &Catalogs) -> Result<()> {
    for (i, t) in reg.toms.iter_mut().enumerate() {
        tom(t, &format!("toms[{i}]"))?;
    }
    // Keys are trimmed by the record checks, so duplicates are found after them.
    let refs = KeySets {
        toms: unique("toms", reg.toms.iter().map(|t| t.key.as_str()))?,
        parties: {
            reg.parties
                .iter_mut()
                .for_each(|p| normalize_text(&mut p.key));
            unique("parties", reg.parties.iter().map(|p| p.key.as_str()))?
        },
        activities: {
            reg.activities
                .iter_mut()
                .for_each(|a| normalize_text(&mut a.key));
            unique("activities", reg.activities.iter().map(|a| a.key.as_str()))?
        },
    };
    for (i, p) in reg.parties.iter_mut().enumerate() {
        party(p, &format!("parties[{i}]"), catalogs, &refs)?;
    }
    for (i, a) in reg.activities.iter_mut().enumerate() {
        activity(a, &format!("activities[{i}]"), catalogs, &refs)?;
        if a.updated_at < a.created_at {
            return Err(err(
                format!("activities[{i}].updated_at"),
                Reason::BeforeCreated,
            ));
        }
    }
    reg.processor_activities
        .iter_mut()
        .for_each(|e| normalize_text(&mut e.key));
    unique(
        "processor_activities",
        reg.processor_activities.iter().map(|e| e.key.as_str()),
    )?;
    for (i, e) in reg.processor_activities.iter_mut().enumerate() {
        let path = format!("processor_activities[{i}]");
        processor_activity(e, &path, catalogs, &refs)?;
    }
    organisation(&mut reg.organisation, "organisation", catalogs, &refs).or_else(|e| {
        match (&e, reg.organisation.is_blank()) {
            // An export of a register whose header was never filled in.
            (Error::Validation { field, .. }, true) if field == "organisation.controller.name" => {
                Ok(())
            }
            _ => Err(e),
        }
    })?;
    let mut ids = HashSet::new();
    for (i, h) in reg.history.iter().enumerate() {
        if h.id <= 0 {
            return Err(err(format!("history[{i}].id"), Reason::NotPositive));
        }
        if !ids.insert(h.id) {
            return Err(err(
                format!("history[{i}].id"),
                Reason::DuplicateId { id: h.id },
            ));
        }
        length(format!("history[{i}].user"), &h.user, MAX_SHORT)?;
        if h.key.trim().is_empty() {
            return Err(err(format!("history[{i}].key"), Reason::Required));
        }
    }
    let mut ids = HashSet::new();
    for (i, p) in reg.publications.iter().enumerate() {
        if p.id <= 0 || !ids.insert(p.id) {
            return Err(err(
                format!("publications[{i}].id"),
                Reason::NotPositiveUnique,
            ));
        }
        if p.content_hash != crate::store::content_hash(&p.markdown) {
            return Err(err(
                format!("publications[{i}].content_hash"),
                Reason::PublicationAltered,
            ));
        }
    }
    Ok(())
}

/// The largest id or version an import accepts: 2^53, the largest integer a
/// JSON reader in JavaScript (the app's editor) holds exactly, and far from
/// the overflow of the next version number.
pub const MAX_ID: i64 = 1 << 53;

/// Checks what an import takes over as it is, beyond the records
/// themselves: ids and versions in range (never negative) and every timestamp within the accepted
/// date range. A file that fails is refused as a whole.
pub fn imported(reg: &Register) -> Result<()> {
    let version = |path: String, v: i64, least: i64| {
        if v < least || v > MAX_ID {
            Err(err(
                path,
                Reason::VersionOutOfRange {
                    version: v,
                    least,
                    max: MAX_ID,
                },
            ))
        } else {
            Ok(())
        }
    };
    // The header's row exists from the start with version 0 (the schema's
    // default); saved records start at 1.
    version("organisation.version".into(), reg.organisation.version, 0)?;
    // Records saved by VVT start at 1; files written by hand or by other
    // tools give 0 for "new", which the import keeps as it is.
    for (i, t) in reg.toms.iter().enumerate() {
        version(format!("toms[{i}].version"), t.version, 0)?;
    }
    for (i, p) in reg.parties.iter().enumerate() {
        version(format!("parties[{i}].version"), p.version, 0)?;
    }
    for (i, a) in reg.activities.iter().enumerate() {
        version(format!("activities[{i}].version"), a.version, 0)?;
        moment(format!("activities[{i}].created_at"), &a.created_at)?;
        moment(format!("activities[{i}].updated_at"), &a.updated_at)?;
    }
    for (i, e) in reg.processor_activities.iter().enumerate() {
        version(format!("processor_activities[{i}].version"), e.version, 0)?;
    }
    for (i, h) in reg.history.iter().enumerate() {
        if h.id > MAX_ID {
            return Err(err(
                format!("history[{i}].id"),
                Reason::IdTooLarge {
                    id: h.id,
                    max: MAX_ID,
                },
            ));
        }
        moment(format!("history[{i}].at"), &h.at)?;
    }
    for (i, p) in reg.publications.iter().enumerate() {
        if p.id > MAX_ID {
            return Err(err(
                format!("publications[{i}].id"),
                Reason::IdTooLarge {
                    id: p.id,
                    max: MAX_ID,
                },
            ));
        }
        moment(format!("publications[{i}].published_at"), &p.published_at)?;
    }
    Ok(())
}

/// A timestamp within the date range every date of the register is held to.
fn moment(path: String, at: &chrono::DateTime<chrono::Utc>) -> Result<()> {
    super::date(path, &Some(at.date_naive()))
}
