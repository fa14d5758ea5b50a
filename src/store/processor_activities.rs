//! The processor's record (Art. 30(2)): entries for processing done on behalf
//! of other controllers, read and written whole, with history rows.

use std::collections::HashMap;

use rusqlite::{params, Connection, OptionalExtension};

use super::organisation::DbRefs;
use super::{ensure_version, history, rows, Store, WriteContext};
use crate::model::*;
use crate::{validate, Error, Result};

/// Loads every entry, or the one with `key`, with all its parts.
fn load(conn: &Connection, key: Option<&str>) -> Result<Vec<ProcessorActivity>> {
    let (filter, child_filter) = match key {
        Some(_) => ("WHERE key = ?1", "AND pa.key = ?1"),
        None => ("", ""),
    };
    let bind = |stmt: &mut rusqlite::CachedStatement<'_>| -> rusqlite::Result<()> {
        if let Some(k) = key {
            stmt.raw_bind_parameter(1, k)?;
        }
        Ok(())
    };
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT id, key, name, controller_name, controller_address, controller_contact,
                controller_representative, controller_dpo, tom_notes, notes, created_at,
                updated_at, version
         FROM processor_activity {filter} ORDER BY key"
    ))?;
    bind(&mut stmt)?;
    let mut index: HashMap<i64, usize> = HashMap::new();
    let mut entries = Vec::new();
    let mut rows_ = stmt.raw_query();
    while let Some(r) = rows_.next()? {
        let created: String = r.get(10)?;
        let updated: String = r.get(11)?;
        index.insert(r.get(0)?, entries.len());
        entries.push(ProcessorActivity {
            key: r.get(1)?,
            name: r.get(2)?,
            controller: ClientController {
                name: r.get(3)?,
                address: r.get(4)?,
                contact: r.get(5)?,
                representative: r.get(6)?,
                dpo: r.get(7)?,
            },
            categories: Vec::new(),
            transfers: Vec::new(),
            toms: Vec::new(),
            tom_notes: r.get(8)?,
            notes: r.get(9)?,
            created_at: rows::parse_ts(10, &created)?,
            updated_at: rows::parse_ts(11, &updated)?,
            version: r.get(12)?,
        });
    }
    drop(rows_);

    let mut parts =
        |sql: &str,
         f: &mut dyn FnMut(&mut ProcessorActivity, &rusqlite::Row<'_>) -> rusqlite::Result<()>|
         -> Result<()> {
            let mut stmt = conn.prepare_cached(sql)?;
            bind(&mut stmt)?;
            let mut rows_ = stmt.raw_query();
            while let Some(r) = rows_.next()? {
                if let Some(&i) = index.get(&r.get::<_, i64>(0)?) {
                    f(&mut entries[i], r)?;
                }
            }
            Ok(())
        };
    parts(
        &format!(
            "SELECT c.processor_activity_id, c.name FROM processor_activity_category c
             JOIN processor_activity pa ON pa.id = c.processor_activity_id
             WHERE 1 = 1 {child_filter} ORDER BY c.processor_activity_id, c.position"
        ),
        &mut |e, r| {
            e.categories.push(r.get(1)?);
            Ok(())
        },
    )?;
    parts(
        &format!(
            "SELECT t.processor_activity_id, {}
             FROM processor_activity_transfer t
             JOIN processor_activity pa ON pa.id = t.processor_activity_id
             LEFT JOIN party p ON p.id = t.party_id
             WHERE 1 = 1 {child_filter} ORDER BY t.processor_activity_id, t.position",
            super::transfers::COLUMNS
        ),
        &mut |e, r| {
            e.transfers.push(super::transfers::from_row(r, 1)?);
            Ok(())
        },
    )?;
    parts(
        &format!(
            "SELECT x.processor_activity_id, t.key FROM processor_activity_tom x
             JOIN processor_activity pa ON pa.id = x.processor_activity_id
             JOIN tom t ON t.id = x.tom_id
             WHERE 1 = 1 {child_filter} ORDER BY x.processor_activity_id, x.position"
        ),
        &mut |e, r| {
            e.toms.push(r.get(1)?);
            Ok(())
        },
    )?;
    Ok(entries)
}

pub fn load_all(conn: &Connection) -> Result<Vec<ProcessorActivity>> {
    load(conn, None)
}

pub(crate) fn load_one(conn: &Connection, key: &str) -> Result<Option<ProcessorActivity>> {
    Ok(load(conn, Some(key))?.into_iter().next())
}

fn not_found(key: &str) -> Error {
    Error::NotFound {
        entity: "processor_activity",
        key: key.to_owned(),
    }
}

/// The entry's own columns, key first, as INSERT and UPDATE both bind them.
fn main_params(e: &ProcessorActivity) -> [Box<dyn rusqlite::ToSql + '_>; 12] {
    let c = &e.controller;
    [
        Box::new(&e.key),
        Box::new(&e.name),
        Box::new(&c.name),
        Box::new(&c.address),
        Box::new(&c.contact),
        Box::new(&c.representative),
        Box::new(&c.dpo),
        Box::new(&e.tom_notes),
        Box::new(&e.notes),
        Box::new(rows::ts(&e.created_at)),
        Box::new(rows::ts(&e.updated_at)),
        Box::new(e.version),
    ]
}

/// Inserts a validated entry as it is (timestamps and version kept).
pub(crate) fn insert(ctx: &WriteContext<'_>, e: &ProcessorActivity) -> Result<()> {
    let params = main_params(e);
    ctx.tx
        .prepare_cached(
            "INSERT INTO processor_activity (key, name, controller_name, controller_address,
                controller_contact, controller_representative, controller_dpo, tom_notes, notes,
                created_at, updated_at, version)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
        )?
        .execute(rows::bind(&params).as_slice())?;
    let id = ctx.tx.last_insert_rowid();
    insert_parts(ctx, id, e)
}

fn insert_parts(ctx: &WriteContext<'_>, id: i64, e: &ProcessorActivity) -> Result<()> {
    let tx = ctx.tx;
    let mut category = tx.prepare_cached(
        "INSERT INTO processor_activity_category (processor_activity_id, position, name)
         VALUES (?1, ?2, ?3)",
    )?;
    for (i, c) in e.categories.iter().enumerate() {
        category.execute(params![id, i as i64, c])?;
    }
    super::transfers::insert(
        tx,
        "processor_activity_transfer",
        "processor_activity_id",
        id,
        &e.transfers,
    )?;
    let mut tom = tx.prepare_cached(
        "INSERT INTO processor_activity_tom (processor_activity_id, position, tom_id)
         SELECT ?1, ?2, id FROM tom WHERE key = ?3",
    )?;
    for (i, key) in e.toms.iter().enumerate() {
        tom.execute(params![id, i as i64, key])?;
    }
    Ok(())
}

fn row_id(conn: &Connection, key: &str) -> Result<Option<i64>> {
    Ok(conn
        .query_row(
            "SELECT id FROM processor_activity WHERE key = ?1",
            [key],
            |r| r.get(0),
        )
        .optional()?)
}

impl Store {
    /// Every entry of the processor's record, ordered by key.
    pub fn processor_activities(&self) -> Result<Vec<ProcessorActivity>> {
        load_all(&self.conn)
    }

    pub fn processor_activity(&self, key: &str) -> Result<ProcessorActivity> {
        load_one(&self.conn, key)?.ok_or_else(|| not_found(key))
    }

    /// Creates an entry of the processor's record; its key must be new.
    pub fn create_processor_activity(
        &mut self,
        entry: &ProcessorActivity,
    ) -> Result<ProcessorActivity> {
        let mut e = entry.clone();
        self.write(|ctx| {
            validate::processor_activity(&mut e, "", ctx.catalogs, &DbRefs(ctx.tx))?;
            if row_id(ctx.tx, &e.key)?.is_some() {
                return Err(Error::validation(
                    "key",
                    crate::Reason::KeyTaken {
                        record: crate::reason::KeyedRecord::ProcessorEntry,
                        key: e.key.clone(),
                    },
                ));
            }
            let now = crate::clock::now();
            e.created_at = now;
            e.updated_at = now;
            e.version = 1;
            insert(ctx, &e)?;
            let kind = EntityKind::ProcessorActivity;
            history::record(ctx.tx, ctx.actor, kind, &e.key, None, Some(&e))?;
            Ok(e)
        })
    }

    /// Saves an edited entry; a stale `version` is refused with
    /// [`Error::Conflict`].
    pub fn update_processor_activity(
        &mut self,
        entry: &ProcessorActivity,
    ) -> Result<ProcessorActivity> {
        let mut e = entry.clone();
        self.write(|ctx| {
            validate::processor_activity(&mut e, "", ctx.catalogs, &DbRefs(ctx.tx))?;
            let old = load_one(ctx.tx, &e.key)?.ok_or_else(|| not_found(&e.key))?;
            ensure_version("processor_activity", &e.key, e.version, old.version)?;
            e.created_at = old.created_at;
            e.updated_at = crate::clock::now();
            e.version = old.version + 1;
            let id = row_id(ctx.tx, &e.key)?.ok_or_else(|| not_found(&e.key))?;
            ctx.tx.execute(
                "UPDATE processor_activity SET name = ?2, controller_name = ?3,
                    controller_address = ?4, controller_contact = ?5,
                    controller_representative = ?6, controller_dpo = ?7, tom_notes = ?8,
                    notes = ?9, created_at = ?10, updated_at = ?11, version = ?12
                 WHERE key = ?1",
                rows::bind(&main_params(&e)).as_slice(),
            )?;
            for table in [
                "processor_activity_category",
                "processor_activity_transfer",
                "processor_activity_tom",
            ] {
                // Table names come from the fixed list above, never from input.
                ctx.tx
                    .prepare_cached(&format!(
                        "DELETE FROM {table} WHERE processor_activity_id = ?1"
                    ))?
                    .execute([id])?;
            }
            insert_parts(ctx, id, &e)?;
            let kind = EntityKind::ProcessorActivity;
            history::record(ctx.tx, ctx.actor, kind, &e.key, Some(&old), Some(&e))?;
            Ok(e)
        })
    }

    /// Deletes an entry; `version` guards against deleting what someone else
    /// changed meanwhile.
    pub fn delete_processor_activity(&mut self, key: &str, version: i64) -> Result<()> {
        self.write(|ctx| {
            let old = load_one(ctx.tx, key)?.ok_or_else(|| not_found(key))?;
            ensure_version("processor_activity", key, version, old.version)?;
            ctx.tx
                .execute("DELETE FROM processor_activity WHERE key = ?1", [key])?;
            let kind = EntityKind::ProcessorActivity;
            super::translations::delete_record(ctx, EntityKind::ProcessorActivity, key)?;
            history::record(ctx.tx, ctx.actor, kind, key, Some(&old), None)
        })
    }
}
