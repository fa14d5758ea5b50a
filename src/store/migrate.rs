//! Schema migrations: numbered SQL files from `migrations/`, embedded in the
//! binary, applied all in one transaction when a register is opened.
//!
//! The schema version is SQLite's `user_version`; a register written by a
//! newer program is refused rather than half-understood. `application_id`
//! marks the file as a VVT register so a foreign SQLite file is recognised.

use rusqlite::Connection;

use crate::{Error, Result};

/// "VVT1" in ASCII, stored in the SQLite header of every register.
pub const APPLICATION_ID: i32 = 0x5656_5431;

/// Every migration in order; the index + 1 is the schema version it brings.
/// Never edit a shipped file: append a new one.
const MIGRATIONS: &[(&str, &str)] = &[
    (
        "0001_schema",
        include_str!("../../migrations/0001_schema.sql"),
    ),
    (
        "0002_catalogs",
        include_str!("../../migrations/0002_catalogs.sql"),
    ),
    (
        "0003_notice_publications",
        include_str!("../../migrations/0003_notice_publications.sql"),
    ),
    (
        "0004_processor_record",
        include_str!("../../migrations/0004_processor_record.sql"),
    ),
    (
        "0005_decisions",
        include_str!("../../migrations/0005_decisions.sql"),
    ),
    (
        "0006_catalog_checks",
        include_str!("../../migrations/0006_catalog_checks.sql"),
    ),
    (
        "0007_public_facts",
        include_str!("../../migrations/0007_public_facts.sql"),
    ),
    (
        "0008_dpia_threshold",
        include_str!("../../migrations/0008_dpia_threshold.sql"),
    ),
    (
        "0009_model_depth",
        include_str!("../../migrations/0009_model_depth.sql"),
    ),
    (
        "0010_template_hash",
        include_str!("../../migrations/0010_template_hash.sql"),
    ),
    (
        "0011_decisions_embeds",
        include_str!("../../migrations/0011_decisions_embeds.sql"),
    ),
    (
        "0012_dsk_16",
        include_str!("../../migrations/0012_dsk_16.sql"),
    ),
    (
        "0013_translations",
        include_str!("../../migrations/0013_translations.sql"),
    ),
    (
        "0014_party_processing_countries",
        include_str!("../../migrations/0014_party_processing_countries.sql"),
    ),
];

/// The schema version this program writes.
pub fn latest_version() -> i64 {
    MIGRATIONS.len() as i64
}

/// Reads the file's identity and schema version and refuses what is not ours
/// or too new, before anything is written.
pub fn check_identity(conn: &Connection, path: &str) -> Result<i64> {
    let app_id: i32 = conn.query_row("PRAGMA application_id", [], |r| r.get(0))?;
    let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    let tables: i64 = conn.query_row(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table'",
        [],
        |r| r.get(0),
    )?;
    if app_id != APPLICATION_ID && (app_id != 0 || tables > 0) {
        return Err(Error::NotARegister {
            path: path.to_owned(),
            reason: "the SQLite file belongs to another program".into(),
        });
    }
    if version > latest_version() {
        return Err(Error::SchemaTooNew {
            found: version,
            supported: latest_version(),
        });
    }
    Ok(version)
}

/// Applies every migration newer than the file's version, in one transaction.
pub fn migrate(conn: &mut Connection, path: &str) -> Result<()> {
    let current = check_identity(conn, path)?;
    if current == latest_version() {
        return Ok(());
    }
    let tx = conn.transaction()?;
    for (index, (name, sql)) in MIGRATIONS.iter().enumerate() {
        let version = index as i64 + 1;
        if version <= current {
            continue;
        }
        tx.execute_batch(sql).map_err(|e| {
            Error::Sqlite(rusqlite::Error::SqliteFailure(
                rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_ERROR),
                Some(format!("migration {name} failed: {e}")),
            ))
        })?;
    }
    tx.pragma_update(None, "application_id", APPLICATION_ID)?;
    tx.pragma_update(None, "user_version", latest_version())?;
    tx.commit()?;
    Ok(())
}

/// One object of a register's schema as `sqlite_master` lists it: type,
/// name, table and the SQL that created it.
pub(crate) type SchemaObject = (String, String, String, Option<String>);

/// The schema a register of `version` has when this program wrote it: every
/// migration up to that version applied to an empty database, computed once.
fn schema_of(version: i64) -> Result<&'static [SchemaObject]> {
    static SCHEMAS: std::sync::OnceLock<std::result::Result<Vec<Vec<SchemaObject>>, String>> =
        std::sync::OnceLock::new();
    let all = SCHEMAS.get_or_init(|| {
        let conn = Connection::open_in_memory().map_err(|e| e.to_string())?;
        let mut all = Vec::new();
        for (_, sql) in MIGRATIONS {
            conn.execute_batch(sql).map_err(|e| e.to_string())?;
            all.push(schema(&conn).map_err(|e| e.to_string())?);
        }
        Ok(all)
    });
    let all = all.as_ref().map_err(|e| Error::NotARegister {
        path: "(built-in schema)".into(),
        reason: e.clone(),
    })?;
    Ok(usize::try_from(version - 1)
        .ok()
        .and_then(|i| all.get(i))
        .map_or(&[][..], Vec::as_slice))
}

/// The schema objects of the database behind `conn`, in a stable order;
/// SQLite's own (`sqlite_…`) are left out.
fn schema(conn: &Connection) -> rusqlite::Result<Vec<SchemaObject>> {
    conn.prepare(
        "SELECT type, name, tbl_name, sql FROM main.sqlite_master \
         WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name",
    )?
    .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?
    .collect()
}

/// Refuses a register whose schema is not exactly the one its version has:
/// an extra trigger, view, table or index, or one whose SQL was changed,
/// could run code or alter data whenever VVT writes, so such a file is not
/// opened (nor restored) at all. `version` 0 is an empty file, which must
/// hold nothing.
pub fn check_schema(conn: &Connection, version: i64, path: &str) -> Result<()> {
    let expected = schema_of(version)?;
    let found = schema(conn)?;
    let foreign = |(kind, name, ..): &SchemaObject, why: &str| Error::NotARegister {
        path: path.to_owned(),
        reason: format!(
            "its {kind} '{name}' {why}; objects VVT did not create could run code or change data \
             when the register is used, so the file was not used and not changed"
        ),
    };
    for object in &found {
        match expected.iter().find(|e| e.0 == object.0 && e.1 == object.1) {
            None => return Err(foreign(object, "is not part of a VVT register")),
            Some(e) if e != object => {
                return Err(foreign(object, "differs from the one VVT creates"))
            }
            Some(_) => {}
        }
    }
    if let Some(missing) = expected.iter().find(|e| !found.contains(*e)) {
        return Err(foreign(missing, "is missing"));
    }
    Ok(())
}
