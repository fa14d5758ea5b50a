//! The register as a whole: a loaded snapshot, the history, the import that
//! replaces everything in one transaction, and the example register.

use std::path::Path;

use rusqlite::Connection;

use super::{
    activities, history, organisation, parties, processor_activities, publications, toms,
    translations, Store, WriteContext,
};
use crate::model::*;
use crate::{validate, Error, Result};

fn is_empty(conn: &Connection) -> Result<bool> {
    let used: i64 = conn.query_row(
        "SELECT (SELECT count(*) FROM activity) + (SELECT count(*) FROM party)
              + (SELECT count(*) FROM tom) + (SELECT count(*) FROM joint_controller)
              + (SELECT count(*) FROM change_log) + (SELECT count(*) FROM notice_publication)
              + (SELECT count(*) FROM processor_activity) + (SELECT count(*) FROM translation)
              + (SELECT count(*) FROM organisation WHERE controller_name <> '' OR version > 0)",
        [],
        |r| r.get(0),
    )?;
    Ok(used == 0)
}

/// Removes every record and the history, leaving the catalogs.
fn clear(ctx: &WriteContext<'_>) -> Result<()> {
    ctx.tx.execute_batch(
        "DELETE FROM processor_activity; DELETE FROM activity; DELETE FROM joint_controller;
         DELETE FROM processor_agreement;
         DELETE FROM party_certification; DELETE FROM party_processing_country;
         DELETE FROM party; DELETE FROM tom;
         DELETE FROM change_log; DELETE FROM notice_publication; DELETE FROM translation;
         DELETE FROM organisation; INSERT INTO organisation (id) VALUES (1);",
    )?;
    Ok(())
}

/// Inserts every record of a validated register as it is (versions and
/// timestamps kept), without writing history of its own.
fn insert_all(ctx: &WriteContext<'_>, register: &Register) -> Result<()> {
    for t in &register.toms {
        toms::insert(ctx, t)?;
    }
    for p in &register.parties {
        parties::insert_main(ctx, p)?;
    }
    for p in &register.parties {
        parties::write_parts(ctx, p)?;
    }
    for a in &register.activities {
        activities::insert(ctx, a)?;
    }
    for e in &register.processor_activities {
        processor_activities::insert(ctx, e)?;
    }
    for t in &register.translations {
        translations::insert(ctx, t)?;
    }
    organisation::write(ctx, &register.organisation, register.organisation.version)
}

fn not_empty() -> Error {
    Error::validation("register", crate::Reason::RegisterNotEmpty)
}

impl Store {
    /// True while nothing has been recorded in the register.
    pub fn is_empty(&self) -> Result<bool> {
        is_empty(&self.conn)
    }

    /// A snapshot of the whole register, history included.
    pub fn load(&self) -> Result<Register> {
        let mut register = Register {
            organisation: organisation::load(&self.conn)?,
            toms: toms::load_all(&self.conn)?,
            parties: parties::load_all(&self.conn)?,
            activities: activities::load_all(&self.conn)?,
            history: history::load(&self.conn, None)?,
            publications: publications::load_all(&self.conn)?,
            processor_activities: processor_activities::load_all(&self.conn)?,
            translations: translations::load_all(&self.conn)?,
        };
        crate::translation::prune(&mut register);
        Ok(register)
    }

    /// The change history, oldest first; for one record when `filter` is given.
    pub fn history(&self, filter: Option<(EntityKind, &str)>) -> Result<Vec<ChangeRecord>> {
        history::load(&self.conn, filter)
    }

    /// Replaces the register's content with `register` (as read from an
    /// interchange file), history included. Refused on a register that holds
    /// data unless `replace` is set. All or nothing: any invalid part leaves
    /// the register exactly as it was.
    ///
    /// Replacing a register that holds data first takes a backup labelled
    /// "before import" into its backup folder while this import holds the
    /// write lock: no other writer can commit between that copy and the
    /// replacement.
    ///
    /// The file is checked completely before the write lock is taken, so a
    /// long import keeps other programs from writing only while it writes.
    pub fn import(&mut self, register: &Register, replace: bool) -> Result<()> {
        let mut register = register.clone();
        validate::imported(&register)?;
        validate::register(&mut register, &self.catalogs)?;
        crate::translation::validate(&register)?;
        crate::translation::prune(&mut register);
        let path = self.path.clone();
        let keep = self.options.keep_backups;
        self.write(|ctx| {
            if !is_empty(ctx.tx)? {
                if !replace {
                    return Err(not_empty());
                }
                // An in-memory register has no file and no backup folder.
                if path != Path::new(":memory:") {
                    super::backup::take_locked(
                        &path,
                        super::backup::BackupReason::BeforeImport,
                        keep,
                    )?;
                }
            }
            clear(ctx)?;
            insert_all(ctx, &register)?;
            for rec in &register.history {
                history::insert_verbatim(ctx.tx, rec)?;
            }
            for p in &register.publications {
                publications::insert_verbatim(ctx.tx, p)?;
            }
            Ok(())
        })
    }

    /// Loads the example register (the seed's organisation and its three
    /// online-meeting activities) into an empty register, recording each
    /// record's creation in the history.
    pub fn load_example(&mut self) -> Result<()> {
        let mut register = crate::example::example_register();
        self.write(|ctx| {
            validate::register(&mut register, ctx.catalogs)?;
            if !is_empty(ctx.tx)? {
                return Err(not_empty());
            }
            let now = crate::clock::now();
            let org = &mut register.organisation;
            org.version = 1;
            for t in &mut register.toms {
                t.version = 1;
            }
            for p in &mut register.parties {
                p.version = 1;
            }
            for a in &mut register.activities {
                a.version = 1;
                a.created_at = now;
                a.updated_at = now;
            }
            insert_all(ctx, &register)?;
            let (actor, tx) = (ctx.actor, ctx.tx);
            history::record(
                tx,
                actor,
                EntityKind::Organisation,
                "organisation",
                Some(&Organisation::default()),
                Some(&register.organisation),
            )?;
            for t in &register.toms {
                history::record(tx, actor, EntityKind::Tom, &t.key, None, Some(t))?;
            }
            for p in &register.parties {
                history::record(tx, actor, EntityKind::Party, &p.key, None, Some(p))?;
            }
            for a in &register.activities {
                history::record(tx, actor, EntityKind::Activity, &a.key, None, Some(a))?;
            }
            Ok(())
        })
    }
}
