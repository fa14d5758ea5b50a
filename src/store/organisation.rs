//! The header row and its joint controllers.

use rusqlite::{params, Connection, OptionalExtension};

use super::{ensure_version, history, rows, Store, WriteContext};
use crate::model::*;
use crate::validate::{self, References};
use crate::Result;

pub fn load(conn: &Connection) -> Result<Organisation> {
    let mut org = conn.query_row(
        "SELECT controller_name, controller_address, controller_email, controller_phone,
                controller_website, controller_public_body, dpo_name, dpo_external,
                dpo_organisation, dpo_address, dpo_email, dpo_phone, rep_name, rep_address,
                rep_email, rep_phone, authority, notice_date, version, no_dpo_reason,
                persons_processing, deletion_rule, professional_secrecy
         FROM organisation WHERE id = 1",
        [],
        |r| {
            let dpo_name: Option<String> = r.get(6)?;
            let rep_name: Option<String> = r.get(12)?;
            Ok(Organisation {
                controller: Controller {
                    name: r.get(0)?,
                    address: r.get(1)?,
                    email: r.get(2)?,
                    phone: r.get(3)?,
                    website: r.get(4)?,
                    public_body: r.get::<_, i64>(5)? != 0,
                },
                dpo: match dpo_name {
                    Some(name) => Some(Dpo {
                        name,
                        external: r.get::<_, i64>(7)? != 0,
                        organisation: r.get(8)?,
                        address: r.get(9)?,
                        email: r.get(10)?,
                        phone: r.get(11)?,
                    }),
                    None => None,
                },
                no_dpo_reason: r.get(19)?,
                persons_processing: r.get(20)?,
                representative: match rep_name {
                    Some(name) => Some(ContactParty {
                        name,
                        address: r.get(13)?,
                        email: r.get(14)?,
                        phone: r.get(15)?,
                    }),
                    None => None,
                },
                joint_controllers: Vec::new(),
                authority: r.get(16)?,
                notice_date: rows::parse_date(17, r.get(17)?)?,
                deletion_rule: r.get(21)?,
                professional_secrecy: r.get::<_, i64>(22)? != 0,
                version: r.get(18)?,
            })
        },
    )?;
    let mut stmt = conn.prepare(
        "SELECT id, name, address, contact, arrangement FROM joint_controller ORDER BY position",
    )?;
    let mut links = conn.prepare(
        "SELECT a.key FROM joint_controller_activity j JOIN activity a ON a.id = j.activity_id
         WHERE j.joint_controller_id = ?1 ORDER BY a.key",
    )?;
    let jcs = stmt.query_map([], |r| {
        Ok((
            r.get::<_, i64>(0)?,
            JointController {
                name: r.get(1)?,
                address: r.get(2)?,
                contact: r.get(3)?,
                arrangement: r.get(4)?,
                activities: Vec::new(),
            },
        ))
    })?;
    for jc in jcs {
        let (id, mut jc) = jc?;
        jc.activities = links
            .query_map([id], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        org.joint_controllers.push(jc);
    }
    Ok(org)
}

/// Writes the header as given (already validated), raising its version.
pub(crate) fn write(ctx: &WriteContext<'_>, org: &Organisation, version: i64) -> Result<()> {
    let c = &org.controller;
    let dpo = org.dpo.as_ref();
    let rep = org.representative.as_ref();
    ctx.tx.execute(
        "UPDATE organisation SET controller_name = ?1, controller_address = ?2,
            controller_email = ?3, controller_phone = ?4, controller_website = ?5,
            controller_public_body = ?6, dpo_name = ?7, dpo_external = ?8, dpo_organisation = ?9,
            dpo_address = ?10, dpo_email = ?11, dpo_phone = ?12, rep_name = ?13,
            rep_address = ?14, rep_email = ?15, rep_phone = ?16, authority = ?17,
            notice_date = ?18, version = ?19, no_dpo_reason = ?20,
            persons_processing = ?21, deletion_rule = ?22, professional_secrecy = ?23
         WHERE id = 1",
        params![
            c.name,
            c.address,
            c.email,
            c.phone,
            c.website,
            c.public_body,
            dpo.map(|d| &d.name),
            dpo.is_some_and(|d| d.external),
            dpo.and_then(|d| d.organisation.as_ref()),
            dpo.and_then(|d| d.address.as_ref()),
            dpo.and_then(|d| d.email.as_ref()),
            dpo.and_then(|d| d.phone.as_ref()),
            rep.map(|r| &r.name),
            rep.and_then(|r| r.address.as_ref()),
            rep.and_then(|r| r.email.as_ref()),
            rep.and_then(|r| r.phone.as_ref()),
            org.authority,
            rows::date(&org.notice_date),
            version,
            org.no_dpo_reason,
            org.persons_processing,
            org.deletion_rule,
            org.professional_secrecy,
        ],
    )?;
    ctx.tx.execute("DELETE FROM joint_controller", [])?;
    let mut insert = ctx.tx.prepare_cached(
        "INSERT INTO joint_controller (position, name, address, contact, arrangement)
         VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    let mut link = ctx.tx.prepare_cached(
        "INSERT INTO joint_controller_activity (joint_controller_id, activity_id)
         SELECT ?1, id FROM activity WHERE key = ?2",
    )?;
    for (i, jc) in org.joint_controllers.iter().enumerate() {
        insert.execute(params![
            i as i64,
            jc.name,
            jc.address,
            jc.contact,
            jc.arrangement
        ])?;
        let id = ctx.tx.last_insert_rowid();
        for key in &jc.activities {
            link.execute(params![id, key])?;
        }
    }
    Ok(())
}

/// References resolved against the database inside a write.
pub(crate) struct DbRefs<'a>(pub &'a Connection);

impl DbRefs<'_> {
    fn exists(&self, sql: &str, key: &str) -> bool {
        self.0
            .query_row(sql, [key], |_| Ok(()))
            .optional()
            .ok()
            .flatten()
            .is_some()
    }
}

impl References for DbRefs<'_> {
    fn has_party(&self, key: &str) -> bool {
        self.exists("SELECT 1 FROM party WHERE key = ?1", key)
    }
    fn has_tom(&self, key: &str) -> bool {
        self.exists("SELECT 1 FROM tom WHERE key = ?1", key)
    }
    fn has_activity(&self, key: &str) -> bool {
        self.exists("SELECT 1 FROM activity WHERE key = ?1", key)
    }
}

impl Store {
    pub fn organisation(&self) -> Result<Organisation> {
        load(&self.conn)
    }

    /// Saves the header. `org.version` must be the version that was loaded;
    /// otherwise someone else saved in between and the edit is refused.
    pub fn save_organisation(&mut self, org: &Organisation) -> Result<Organisation> {
        let mut org = org.clone();
        self.write(|ctx| {
            validate::organisation(&mut org, "", ctx.catalogs, &DbRefs(ctx.tx))?;
            let old = load(ctx.tx)?;
            ensure_version("organisation", "organisation", org.version, old.version)?;
            org.version = old.version + 1;
            write(ctx, &org, org.version)?;
            history::record(
                ctx.tx,
                ctx.actor,
                EntityKind::Organisation,
                "organisation",
                Some(&old),
                Some(&org),
            )?;
            Ok(org)
        })
    }
}
