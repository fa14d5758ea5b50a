//! Change history rows: written in the same transaction as the change, with
//! each field's old and new value, and read back per record or in whole.

use rusqlite::{params, Connection};
use serde::Serialize;
use serde_json::{Map, Value};

use super::rows;
use crate::{ChangeAction, ChangeRecord, EntityKind, Error, FieldChange, Result};

/// Bookkeeping fields that change with every save and say nothing of content.
const IGNORED: &[&str] = &["version", "updated_at", "created_at"];

/// The fields that differ between two records, as JSON paths. Objects are
/// compared field by field, and so are lists of objects that kept their
/// length (`purposes[0].description`); other lists and scalars as whole
/// values, which keeps an added or removed entry readable as before/after.
pub fn diff_fields(old: &Value, new: &Value) -> Vec<FieldChange> {
    let mut out = Vec::new();
    diff_into("", old, new, &mut out);
    out
}

fn diff_into(prefix: &str, old: &Value, new: &Value, out: &mut Vec<FieldChange>) {
    match (old, new) {
        (Value::Object(a), Value::Object(b)) => {
            let keys = a.keys().chain(b.keys().filter(|k| !a.contains_key(*k)));
            for k in keys {
                if prefix.is_empty() && IGNORED.contains(&k.as_str()) {
                    continue;
                }
                let path = if prefix.is_empty() {
                    k.clone()
                } else {
                    format!("{prefix}.{k}")
                };
                let va = a.get(k).unwrap_or(&Value::Null);
                let vb = b.get(k).unwrap_or(&Value::Null);
                diff_into(&path, va, vb, out);
            }
        }
        (Value::Array(a), Value::Array(b))
            if a.len() == b.len() && a.iter().chain(b).all(Value::is_object) =>
        {
            for (i, (va, vb)) in a.iter().zip(b).enumerate() {
                diff_into(&format!("{prefix}[{i}]"), va, vb, out);
            }
        }
        (Value::Null, Value::Object(b)) => diff_into(
            prefix,
            &Value::Object(Map::new()),
            &Value::Object(b.clone()),
            out,
        ),
        (Value::Object(a), Value::Null) => diff_into(
            prefix,
            &Value::Object(a.clone()),
            &Value::Object(Map::new()),
            out,
        ),
        _ if old != new => out.push(FieldChange {
            field: prefix.to_owned(),
            old: old.clone(),
            new: new.clone(),
        }),
        _ => {}
    }
}

fn to_value<T: Serialize>(record: &T) -> Result<Value> {
    serde_json::to_value(record).map_err(|e| {
        Error::validation(
            "",
            crate::Reason::Unrecognised {
                message: e.to_string(),
            },
        )
    })
}

/// Writes one history row for a change of `entity` `key` from `old` to `new`
/// (`None` for a create or delete). A save that changes nothing writes nothing.
pub fn record<T: Serialize>(
    tx: &Connection,
    actor: &str,
    entity: EntityKind,
    key: &str,
    old: Option<&T>,
    new: Option<&T>,
) -> Result<()> {
    let action = match (old, new) {
        (None, Some(_)) => ChangeAction::Create,
        (Some(_), None) => ChangeAction::Delete,
        _ => ChangeAction::Update,
    };
    let old = old.map(to_value).transpose()?.unwrap_or(Value::Null);
    let new = new.map(to_value).transpose()?.unwrap_or(Value::Null);
    let changes = diff_fields(&old, &new);
    if changes.is_empty() && action == ChangeAction::Update {
        return Ok(());
    }
    record_changes(tx, actor, entity, key, action, &changes)
}

/// Writes one history row with `changes` as they are: for writes that are
/// not a record's own fields, such as a translation of one of its texts.
pub fn record_changes(
    tx: &Connection,
    actor: &str,
    entity: EntityKind,
    key: &str,
    action: ChangeAction,
    changes: &[FieldChange],
) -> Result<()> {
    let text = serde_json::to_string(changes).map_err(|e| {
        Error::validation(
            "",
            crate::Reason::Unrecognised {
                message: e.to_string(),
            },
        )
    })?;
    tx.execute(
        "INSERT INTO change_log (at, user, entity, key, action, changes) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![rows::ts(&crate::clock::now()), actor, entity.code(), key, action.code(), text],
    )?;
    Ok(())
}

/// Inserts a history row as it is, keeping its id: used by the import.
pub fn insert_verbatim(tx: &Connection, rec: &ChangeRecord) -> Result<()> {
    let text = serde_json::to_string(&rec.changes).map_err(|e| {
        Error::validation(
            "",
            crate::Reason::Unrecognised {
                message: e.to_string(),
            },
        )
    })?;
    tx.execute(
        "INSERT INTO change_log (id, at, user, entity, key, action, changes) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![rec.id, rows::ts(&rec.at), rec.user, rec.entity.code(), rec.key, rec.action.code(), text],
    )?;
    Ok(())
}

/// History rows, oldest first; filtered to one record when `entity` and `key`
/// are given.
pub fn load(conn: &Connection, filter: Option<(EntityKind, &str)>) -> Result<Vec<ChangeRecord>> {
    let base = "SELECT id, at, user, entity, key, action, changes FROM change_log";
    let mut stmt;
    let mut rows = match filter {
        Some((entity, key)) => {
            stmt = conn.prepare(&format!(
                "{base} WHERE entity = ?1 AND key = ?2 ORDER BY id"
            ))?;
            stmt.query(params![entity.code(), key])?
        }
        None => {
            stmt = conn.prepare(&format!("{base} ORDER BY id"))?;
            stmt.query([])?
        }
    };
    let mut out = Vec::new();
    while let Some(r) = rows.next()? {
        let at: String = r.get(1)?;
        let entity: String = r.get(3)?;
        let action: String = r.get(5)?;
        let changes: String = r.get(6)?;
        out.push(ChangeRecord {
            id: r.get(0)?,
            at: rows::parse_ts(1, &at)?,
            user: r.get(2)?,
            entity: rows::code(3, &entity, EntityKind::from_code)?,
            key: r.get(4)?,
            action: rows::code(5, &action, ChangeAction::from_code)?,
            changes: serde_json::from_str(&changes).map_err(|e| {
                rusqlite::Error::FromSqlConversionFailure(
                    6,
                    rusqlite::types::Type::Text,
                    Box::new(e),
                )
            })?,
        });
    }
    Ok(out)
}
