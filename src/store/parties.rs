//! Parties and their Art. 28 processor agreements.

use std::collections::HashMap;

use rusqlite::{params, Connection, OptionalExtension};

use super::organisation::DbRefs;
use super::{ensure_version, history, rows, Store, WriteContext};
use crate::model::*;
use crate::reason::{KeyedRecord, PartyList, UsedBy};
use crate::{validate, Error, Reason, Result};

/// Loads every party, or the one with `key`.
fn load(conn: &Connection, key: Option<&str>) -> Result<Vec<Party>> {
    let filter = if key.is_some() {
        "WHERE p.key = ?1"
    } else {
        ""
    };
    let bind = |stmt: &mut rusqlite::CachedStatement<'_>| -> rusqlite::Result<()> {
        if let Some(k) = key {
            stmt.raw_bind_parameter(1, k)?;
        }
        Ok(())
    };
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT p.id, p.key, p.name, p.address, p.country, p.contact, p.dpf_certified, p.notes,
                p.version, a.party_id, a.signed_on, a.reference, a.location, a.next_review,
                p.dpf_checked_on, p.privacy_notice_url, a.secrecy_obligation
         FROM party p LEFT JOIN processor_agreement a ON a.party_id = p.id
         {filter} ORDER BY p.key"
    ))?;
    bind(&mut stmt)?;
    let mut ids = Vec::new();
    let mut parties = Vec::new();
    let mut rows_ = stmt.raw_query();
    while let Some(r) = rows_.next()? {
        let has_agreement: Option<i64> = r.get(9)?;
        ids.push(r.get::<_, i64>(0)?);
        parties.push(Party {
            key: r.get(1)?,
            name: r.get(2)?,
            address: r.get(3)?,
            country: r.get(4)?,
            contact: r.get(5)?,
            processing_countries: Vec::new(),
            dpf_certified: r.get::<_, i64>(6)? != 0,
            dpf_checked_on: rows::parse_date(14, r.get(14)?)?,
            certifications: Vec::new(),
            privacy_notice_url: r.get(15)?,
            notes: r.get(7)?,
            version: r.get(8)?,
            agreement: match has_agreement {
                Some(_) => Some(ProcessorAgreement {
                    signed_on: rows::parse_date(10, r.get(10)?)?,
                    reference: r.get(11)?,
                    location: r.get(12)?,
                    covers: Vec::new(),
                    subprocessors: Vec::new(),
                    locations: Vec::new(),
                    next_review: rows::parse_date(13, r.get(13)?)?,
                    secrecy_obligation: r.get::<_, Option<i64>>(16)?.is_some_and(|v| v != 0),
                }),
                None => None,
            },
        });
    }
    drop(rows_);
    let index: HashMap<i64, usize> = ids.iter().enumerate().map(|(i, id)| (*id, i)).collect();

    let mut query = |sql: &str,
                     f: &mut dyn FnMut(&mut Party, &rusqlite::Row<'_>) -> rusqlite::Result<()>|
     -> Result<()> {
        let mut stmt = conn.prepare_cached(&format!(
            "{sql} {}",
            if key.is_some() { "AND p.key = ?1" } else { "" }
        ))?;
        bind(&mut stmt)?;
        let mut rows_ = stmt.raw_query();
        while let Some(r) = rows_.next()? {
            if let Some(&i) = index.get(&r.get::<_, i64>(0)?) {
                f(&mut parties[i], r)?;
            }
        }
        Ok(())
    };
    query(
        "SELECT c.party_id, c.name FROM party_certification c JOIN party p ON p.id = c.party_id
         WHERE 1 = 1",
        &mut |p, r| {
            p.certifications.push(r.get(1)?);
            Ok(())
        },
    )?;
    query(
        "SELECT c.party_id, c.country FROM party_processing_country c
         JOIN party p ON p.id = c.party_id WHERE 1 = 1",
        &mut |p, r| {
            p.processing_countries.push(r.get(1)?);
            Ok(())
        },
    )?;
    query(
        "SELECT x.party_id, x.point FROM agreement_point x JOIN party p ON p.id = x.party_id
         WHERE 1 = 1",
        &mut |p, r| {
            let point: String = r.get(1)?;
            if let Some(a) = &mut p.agreement {
                a.covers.push(rows::code(1, &point, Art28Point::from_code)?);
            }
            Ok(())
        },
    )?;
    query(
        "SELECT x.party_id, x.location FROM agreement_location x JOIN party p ON p.id = x.party_id
         WHERE 1 = 1",
        &mut |p, r| {
            if let Some(a) = &mut p.agreement {
                a.locations.push(r.get(1)?);
            }
            Ok(())
        },
    )?;
    query(
        "SELECT s.party_id, sp.key, s.country, s.task, s.mechanism
         FROM subprocessor s JOIN party p ON p.id = s.party_id JOIN party sp ON sp.id = s.sub_party_id
         WHERE 1 = 1",
        &mut |p, r| {
            if let Some(a) = &mut p.agreement {
                a.subprocessors.push(SubProcessor {
                    party: r.get(1)?,
                    country: r.get(2)?,
                    task: r.get(3)?,
                    mechanism: r.get(4)?,
                });
            }
            Ok(())
        },
    )?;
    for p in &mut parties {
        if let Some(a) = &mut p.agreement {
            a.covers.sort();
        }
    }
    Ok(parties)
}

pub fn load_all(conn: &Connection) -> Result<Vec<Party>> {
    load(conn, None)
}

pub(crate) fn load_one(conn: &Connection, key: &str) -> Result<Option<Party>> {
    Ok(load(conn, Some(key))?.into_iter().next())
}

fn not_found(key: &str) -> Error {
    Error::NotFound {
        entity: "party",
        key: key.to_owned(),
    }
}

/// Inserts a party's main row (validated beforehand); parts follow in
/// [`write_parts`] once every party exists, since sub-processors refer to
/// other parties.
pub(crate) fn insert_main(ctx: &WriteContext<'_>, p: &Party) -> Result<()> {
    ctx.tx
        .prepare_cached(
            "INSERT INTO party (key, name, address, country, contact, dpf_certified, notes,
                version, dpf_checked_on, privacy_notice_url)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
        )?
        .execute(rows::bind(&main_params(p)).as_slice())?;
    Ok(())
}

/// The party's own columns, key first, as INSERT and UPDATE both bind them.
fn main_params(p: &Party) -> [Box<dyn rusqlite::ToSql + '_>; 10] {
    [
        Box::new(&p.key),
        Box::new(&p.name),
        Box::new(&p.address),
        Box::new(&p.country),
        Box::new(&p.contact),
        Box::new(p.dpf_certified),
        Box::new(&p.notes),
        Box::new(p.version),
        Box::new(rows::date(&p.dpf_checked_on)),
        Box::new(&p.privacy_notice_url),
    ]
}

/// Replaces a party's certifications and agreement.
pub(crate) fn write_parts(ctx: &WriteContext<'_>, p: &Party) -> Result<()> {
    let tx = ctx.tx;
    let id: i64 = tx.query_row("SELECT id FROM party WHERE key = ?1", [&p.key], |r| {
        r.get(0)
    })?;
    tx.execute("DELETE FROM party_certification WHERE party_id = ?1", [id])?;
    tx.execute(
        "DELETE FROM party_processing_country WHERE party_id = ?1",
        [id],
    )?;
    tx.execute("DELETE FROM processor_agreement WHERE party_id = ?1", [id])?;
    let mut cert = tx.prepare_cached(
        "INSERT INTO party_certification (party_id, position, name) VALUES (?1, ?2, ?3)",
    )?;
    for (i, c) in p.certifications.iter().enumerate() {
        cert.execute(params![id, i as i64, c])?;
    }
    let mut country = tx.prepare_cached(
        "INSERT INTO party_processing_country (party_id, position, country) VALUES (?1, ?2, ?3)",
    )?;
    for (i, c) in p.processing_countries.iter().enumerate() {
        country.execute(params![id, i as i64, c])?;
    }
    let Some(a) = &p.agreement else {
        return Ok(());
    };
    tx.execute(
        "INSERT INTO processor_agreement (party_id, signed_on, reference, location, next_review,
            secrecy_obligation)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![
            id,
            rows::date(&a.signed_on),
            a.reference,
            a.location,
            rows::date(&a.next_review),
            a.secrecy_obligation
        ],
    )?;
    let mut point =
        tx.prepare_cached("INSERT INTO agreement_point (party_id, point) VALUES (?1, ?2)")?;
    for pt in &a.covers {
        point.execute(params![id, pt.code()])?;
    }
    let mut loc = tx.prepare_cached(
        "INSERT INTO agreement_location (party_id, position, location) VALUES (?1, ?2, ?3)",
    )?;
    for (i, l) in a.locations.iter().enumerate() {
        loc.execute(params![id, i as i64, l])?;
    }
    let mut sub = tx.prepare_cached(
        "INSERT INTO subprocessor (party_id, position, sub_party_id, country, task, mechanism)
         SELECT ?1, ?2, id, ?4, ?5, ?6 FROM party WHERE key = ?3",
    )?;
    for (i, s) in a.subprocessors.iter().enumerate() {
        sub.execute(params![
            id,
            i as i64,
            s.party,
            s.country,
            s.task,
            s.mechanism
        ])?;
    }
    Ok(())
}

/// Where a party is still referenced, as a field path for the error.
fn usage(conn: &Connection, key: &str) -> Result<Option<(UsedBy, PartyList)>> {
    let found: Option<(i64, String)> = conn
        .query_row(
            "SELECT 0, a.key FROM recipient r
                 JOIN activity a ON a.id = r.activity_id JOIN party p ON p.id = r.party_id WHERE p.key = ?1
             UNION ALL
             SELECT 1, a.key FROM transfer t
                 JOIN activity a ON a.id = t.activity_id JOIN party p ON p.id = t.party_id WHERE p.key = ?1
             UNION ALL
             SELECT 2, pa.key FROM processor_activity_transfer t
                 JOIN processor_activity pa ON pa.id = t.processor_activity_id
                 JOIN party p ON p.id = t.party_id WHERE p.key = ?1
             UNION ALL
             SELECT 3, o.key FROM subprocessor s
                 JOIN party o ON o.id = s.party_id JOIN party p ON p.id = s.sub_party_id WHERE p.key = ?1
             LIMIT 1",
            [key],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    Ok(found.map(|(place, owner)| match place {
        0 => (UsedBy::Activity(owner), PartyList::Recipients),
        1 => (UsedBy::Activity(owner), PartyList::Transfers),
        2 => (UsedBy::ProcessorEntry(owner), PartyList::Transfers),
        _ => (UsedBy::Party(owner), PartyList::SubProcessors),
    }))
}

impl Store {
    pub fn parties(&self) -> Result<Vec<Party>> {
        load_all(&self.conn)
    }

    pub fn party(&self, key: &str) -> Result<Party> {
        load_one(&self.conn, key)?.ok_or_else(|| not_found(key))
    }

    pub fn create_party(&mut self, party: &Party) -> Result<Party> {
        let mut p = party.clone();
        self.write(|ctx| {
            if load_one(ctx.tx, p.key.trim())?.is_some() {
                return Err(Error::validation(
                    "key",
                    Reason::KeyTaken {
                        record: KeyedRecord::Party,
                        key: p.key.trim().to_owned(),
                    },
                ));
            }
            validate::party(&mut p, "", ctx.catalogs, &DbRefs(ctx.tx))?;
            p.version = 1;
            insert_main(ctx, &p)?;
            write_parts(ctx, &p)?;
            history::record(ctx.tx, ctx.actor, EntityKind::Party, &p.key, None, Some(&p))?;
            Ok(p)
        })
    }

    /// Saves an edited party; a stale `version` is refused.
    pub fn update_party(&mut self, party: &Party) -> Result<Party> {
        let mut p = party.clone();
        self.write(|ctx| {
            validate::party(&mut p, "", ctx.catalogs, &DbRefs(ctx.tx))?;
            let old = load_one(ctx.tx, &p.key)?.ok_or_else(|| not_found(&p.key))?;
            ensure_version("party", &p.key, p.version, old.version)?;
            p.version = old.version + 1;
            ctx.tx.execute(
                "UPDATE party SET name = ?2, address = ?3, country = ?4, contact = ?5,
                    dpf_certified = ?6, notes = ?7, version = ?8, dpf_checked_on = ?9,
                    privacy_notice_url = ?10
                 WHERE key = ?1",
                rows::bind(&main_params(&p)).as_slice(),
            )?;
            write_parts(ctx, &p)?;
            history::record(
                ctx.tx,
                ctx.actor,
                EntityKind::Party,
                &p.key,
                Some(&old),
                Some(&p),
            )?;
            Ok(p)
        })
    }

    /// Deletes a party that no activity or agreement refers to any more.
    pub fn delete_party(&mut self, key: &str, version: i64) -> Result<()> {
        self.write(|ctx| {
            let old = load_one(ctx.tx, key)?.ok_or_else(|| not_found(key))?;
            ensure_version("party", key, version, old.version)?;
            if let Some((by, list)) = usage(ctx.tx, key)? {
                return Err(Error::validation(
                    "key",
                    Reason::PartyInUse {
                        key: key.to_owned(),
                        by,
                        list,
                    },
                ));
            }
            ctx.tx.execute("DELETE FROM party WHERE key = ?1", [key])?;
            super::translations::delete_record(ctx, EntityKind::Party, key)?;
            history::record(ctx.tx, ctx.actor, EntityKind::Party, key, Some(&old), None)
        })
    }
}
