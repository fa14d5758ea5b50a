//! The organisation-wide TOM catalog.

use rusqlite::{params, Connection, OptionalExtension};

use super::{ensure_version, history, rows, Store, WriteContext};
use crate::model::*;
use crate::reason::UsedBy;
use crate::{validate, Error, Reason, Result};

fn select(conn: &Connection, key: Option<&str>) -> Result<Vec<Tom>> {
    let sql = match key {
        Some(_) => "SELECT key, goal, title, description, version FROM tom WHERE key = ?1",
        None => "SELECT key, goal, title, description, version FROM tom ORDER BY key",
    };
    let mut stmt = conn.prepare_cached(sql)?;
    let map = |r: &rusqlite::Row<'_>| {
        let goal: String = r.get(1)?;
        Ok(Tom {
            key: r.get(0)?,
            goal: rows::code(1, &goal, ProtectionGoal::from_code)?,
            title: r.get(2)?,
            description: r.get(3)?,
            version: r.get(4)?,
        })
    };
    let rows = match key {
        Some(k) => stmt
            .query_map([k], map)?
            .collect::<rusqlite::Result<Vec<_>>>(),
        None => stmt.query_map([], map)?.collect(),
    };
    Ok(rows?)
}

pub fn load_all(conn: &Connection) -> Result<Vec<Tom>> {
    select(conn, None)
}

pub(crate) fn load_one(conn: &Connection, key: &str) -> Result<Option<Tom>> {
    Ok(select(conn, Some(key))?.into_iter().next())
}

fn not_found(key: &str) -> Error {
    Error::NotFound {
        entity: "tom",
        key: key.to_owned(),
    }
}

pub(crate) fn insert(ctx: &WriteContext<'_>, t: &Tom) -> Result<()> {
    ctx.tx
        .prepare_cached(
            "INSERT INTO tom (key, goal, title, description, version) VALUES (?1, ?2, ?3, ?4, ?5)",
        )?
        .execute(params![
            t.key,
            t.goal.code(),
            t.title,
            t.description,
            t.version
        ])?;
    Ok(())
}

impl Store {
    pub fn toms(&self) -> Result<Vec<Tom>> {
        load_all(&self.conn)
    }

    pub fn create_tom(&mut self, tom: &Tom) -> Result<Tom> {
        let mut t = tom.clone();
        self.write(|ctx| {
            validate::tom(&mut t, "")?;
            if load_one(ctx.tx, &t.key)?.is_some() {
                return Err(Error::validation(
                    "key",
                    crate::Reason::KeyTaken {
                        record: crate::reason::KeyedRecord::Tom,
                        key: t.key.clone(),
                    },
                ));
            }
            t.version = 1;
            insert(ctx, &t)?;
            history::record(ctx.tx, ctx.actor, EntityKind::Tom, &t.key, None, Some(&t))?;
            Ok(t)
        })
    }

    pub fn update_tom(&mut self, tom: &Tom) -> Result<Tom> {
        let mut t = tom.clone();
        self.write(|ctx| {
            validate::tom(&mut t, "")?;
            let old = load_one(ctx.tx, &t.key)?.ok_or_else(|| not_found(&t.key))?;
            ensure_version("tom", &t.key, t.version, old.version)?;
            t.version = old.version + 1;
            ctx.tx.execute(
                "UPDATE tom SET goal = ?2, title = ?3, description = ?4, version = ?5 WHERE key = ?1",
                params![t.key, t.goal.code(), t.title, t.description, t.version],
            )?;
            history::record(ctx.tx, ctx.actor, EntityKind::Tom, &t.key, Some(&old), Some(&t))?;
            Ok(t)
        })
    }

    /// Deletes a TOM that no activity references any more.
    pub fn delete_tom(&mut self, key: &str, version: i64) -> Result<()> {
        self.write(|ctx| {
            let old = load_one(ctx.tx, key)?.ok_or_else(|| not_found(key))?;
            ensure_version("tom", key, version, old.version)?;
            let user: Option<(bool, String)> = ctx
                .tx
                .query_row(
                    "SELECT 0, a.key FROM activity_tom x JOIN activity a ON a.id = x.activity_id
                     JOIN tom t ON t.id = x.tom_id WHERE t.key = ?1
                     UNION ALL
                     SELECT 1, pa.key FROM processor_activity_tom x
                     JOIN processor_activity pa ON pa.id = x.processor_activity_id
                     JOIN tom t ON t.id = x.tom_id WHERE t.key = ?1 LIMIT 1",
                    [key],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )
                .optional()?;
            if let Some((processor_entry, user)) = user {
                let by = if processor_entry {
                    UsedBy::ProcessorEntry(user)
                } else {
                    UsedBy::Activity(user)
                };
                return Err(Error::validation(
                    "key",
                    Reason::TomInUse {
                        key: key.to_owned(),
                        by,
                    },
                ));
            }
            ctx.tx.execute("DELETE FROM tom WHERE key = ?1", [key])?;
            super::translations::delete_record(ctx, EntityKind::Tom, key)?;
            history::record(ctx.tx, ctx.actor, EntityKind::Tom, key, Some(&old), None)
        })
    }
}
