//! Published notice versions: appended, never changed.

use rusqlite::{params, Connection, OptionalExtension};
use sha2::{Digest, Sha256};

use super::{rows, Store};
use crate::{Error, Lang, Publication, Result};

const COLUMNS: &str = "id, lang, published_at, user, content_hash, markdown, html, template_hash";

fn map(r: &rusqlite::Row<'_>) -> rusqlite::Result<Publication> {
    let lang: String = r.get(1)?;
    let at: String = r.get(2)?;
    Ok(Publication {
        id: r.get(0)?,
        lang: rows::code(1, &lang, Lang::from_code)?,
        published_at: rows::parse_ts(2, &at)?,
        user: r.get(3)?,
        content_hash: r.get(4)?,
        markdown: r.get(5)?,
        html: r.get(6)?,
        template_hash: r.get(7)?,
    })
}

pub fn load_all(conn: &Connection) -> Result<Vec<Publication>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM notice_publication ORDER BY id"
    ))?;
    let rows = stmt.query_map([], map)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Inserts a published version as it is, with its id (an import).
pub fn insert_verbatim(conn: &Connection, p: &Publication) -> Result<()> {
    insert(conn, Some(p.id), p)
}

/// Inserts a published version; without `id` SQLite gives the next one.
fn insert(conn: &Connection, id: Option<i64>, p: &Publication) -> Result<()> {
    conn.execute(
        &format!(
            "INSERT INTO notice_publication ({COLUMNS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"
        ),
        params![
            id,
            p.lang.code(),
            rows::ts(&p.published_at),
            p.user,
            p.content_hash,
            p.markdown,
            p.html,
            p.template_hash
        ],
    )?;
    Ok(())
}

/// SHA-256 of a notice's Markdown text, hex-encoded.
pub fn content_hash(markdown: &str) -> String {
    Sha256::digest(markdown.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

impl Store {
    /// Stores a rendered notice as a new immutable published version;
    /// `template_hash` names the organisation's own templates that laid it
    /// out, if any ([`crate::notice::Overrides::hash`]).
    pub fn publish_notice(
        &mut self,
        lang: Lang,
        markdown: &str,
        html: &str,
        template_hash: Option<&str>,
    ) -> Result<Publication> {
        if markdown.trim().is_empty() {
            return Err(Error::validation("markdown", crate::Reason::EmptyNotice));
        }
        self.write(|ctx| {
            let p = Publication {
                id: 0,
                lang,
                published_at: crate::clock::now(),
                user: ctx.actor.to_owned(),
                content_hash: content_hash(markdown),
                markdown: markdown.to_owned(),
                html: html.to_owned(),
                template_hash: template_hash.map(str::to_owned),
            };
            insert(ctx.tx, None, &p)?;
            Ok(Publication {
                id: ctx.tx.last_insert_rowid(),
                ..p
            })
        })
    }

    /// Every published version, oldest first.
    pub fn publications(&self) -> Result<Vec<Publication>> {
        load_all(&self.conn)
    }

    /// One published version by its id.
    pub fn publication(&self, id: i64) -> Result<Publication> {
        self.conn
            .query_row(
                &format!("SELECT {COLUMNS} FROM notice_publication WHERE id = ?1"),
                [id],
                map,
            )
            .optional()?
            .ok_or_else(|| Error::NotFound {
                entity: "published notice",
                key: id.to_string(),
            })
    }
}
