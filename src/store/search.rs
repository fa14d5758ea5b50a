//! Searching and filtering the activity list in SQL, so the list stays quick
//! with thousands of activities without loading them whole.

use std::collections::{HashMap, HashSet};

use rusqlite::{params_from_iter, Connection};

use super::{rows, Store};
use crate::model::*;
use crate::Result;

/// Every activity's searchable text, folded, with the `data_version` of the
/// file it was read at. SQLite raises `data_version` whenever another
/// connection commits; writes through this handle are seen by comparing the
/// total number of changes as well.
pub struct SearchIndex {
    data_version: i64,
    total_changes: u64,
    entries: HashMap<String, String>,
}

fn stamp(conn: &Connection) -> Result<(i64, u64)> {
    let version: i64 = conn.query_row("PRAGMA data_version", [], |r| r.get(0))?;
    Ok((version, conn.total_changes()))
}

/// Reads the texts the search looks at, one query per part of an activity.
fn build_index(conn: &Connection) -> Result<SearchIndex> {
    let (data_version, total_changes) = stamp(conn)?;
    let mut texts: HashMap<i64, (String, String)> = HashMap::new();
    let mut stmt = conn.prepare_cached(
        "SELECT id, key, key || ' ' || name || ' ' || coalesce(description, '') || ' ' ||
                coalesce(department, '') FROM activity",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok((
            r.get::<_, i64>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
        ))
    })?;
    for row in rows {
        let (id, key, text) = row?;
        texts.insert(id, (key, text));
    }
    for sql in [
        "SELECT activity_id, description FROM purpose",
        "SELECT activity_id, name FROM data_category",
        "SELECT activity_id, name FROM data_subject",
        "SELECT r.activity_id, coalesce(p.name, '') || ' ' || coalesce(r.description, '')
         FROM recipient r LEFT JOIN party p ON p.id = r.party_id",
        "SELECT t.activity_id, p.name FROM transfer t JOIN party p ON p.id = t.party_id",
    ] {
        let mut stmt = conn.prepare_cached(sql)?;
        let rows = stmt.query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?)))?;
        for row in rows {
            let (id, text) = row?;
            if let Some((_, all)) = texts.get_mut(&id) {
                all.push('\n');
                all.push_str(&text);
            }
        }
    }
    Ok(SearchIndex {
        data_version,
        total_changes,
        entries: texts
            .into_values()
            .map(|(key, text)| (key, text.to_lowercase()))
            .collect(),
    })
}

impl Store {
    /// The activity list narrowed by `filter`, ordered by key.
    pub fn find_activities(&self, filter: &ActivityFilter) -> Result<Vec<ActivityListItem>> {
        let mut clauses: Vec<String> = Vec::new();
        let mut values: Vec<String> = Vec::new();
        let mut bind = |value: String| {
            values.push(value);
            values.len()
        };
        if let Some(status) = filter.status {
            let n = bind(status.code().to_owned());
            clauses.push(format!("a.status = ?{n}"));
        }
        if let Some(code) = &filter.legal_basis {
            let n = bind(code.clone());
            clauses.push(format!(
                "EXISTS (SELECT 1 FROM purpose p JOIN purpose_legal_basis b ON b.purpose_id = p.id
                         WHERE p.activity_id = a.id AND b.code = ?{n})"
            ));
        }
        if let Some(has) = filter.has_transfer {
            clauses.push(format!(
                "{} EXISTS (SELECT 1 FROM transfer t WHERE t.activity_id = a.id)",
                if has { "" } else { "NOT" }
            ));
        }
        if let Some(date) = filter.review_due_by {
            let n = bind(date.format("%Y-%m-%d").to_string());
            clauses.push(format!(
                "a.next_review IS NOT NULL AND a.next_review <= ?{n}"
            ));
        }
        let filter_sql = if clauses.is_empty() {
            String::new()
        } else {
            format!("WHERE {}", clauses.join(" AND "))
        };
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT a.key, a.name, a.status, a.department, a.next_review, a.updated_at,
                    (SELECT count(*) FROM purpose p WHERE p.activity_id = a.id),
                    (SELECT count(*) FROM transfer t WHERE t.activity_id = a.id)
             FROM activity a {filter_sql} ORDER BY a.key"
        ))?;
        let items = stmt.query_map(params_from_iter(values.iter()), |r| {
            let status: String = r.get(2)?;
            let updated: String = r.get(5)?;
            Ok(ActivityListItem {
                key: r.get(0)?,
                name: r.get(1)?,
                status: rows::code(2, &status, ActivityStatus::from_code)?,
                department: r.get(3)?,
                next_review: rows::parse_date(4, r.get(4)?)?,
                updated_at: rows::parse_ts(5, &updated)?,
                purpose_count: r.get::<_, i64>(6)? as u64,
                transfer_count: r.get::<_, i64>(7)? as u64,
            })
        })?;
        let mut items: Vec<ActivityListItem> = items.collect::<rusqlite::Result<_>>()?;
        if let Some(keys) = self.text_matches(filter.text.as_deref())? {
            items.retain(|i| keys.contains(&i.key));
        }
        Ok(items)
    }

    /// The keys of the activities that mention every word of `text`, or
    /// `None` when there is nothing to search for.
    fn text_matches(&self, text: Option<&str>) -> Result<Option<HashSet<String>>> {
        let words: Vec<String> = text
            .unwrap_or("")
            .split_whitespace()
            .map(str::to_lowercase)
            .collect();
        if words.is_empty() {
            return Ok(None);
        }
        let current = stamp(&self.conn)?;
        let mut index = self.search_index.borrow_mut();
        let fresh = index
            .as_ref()
            .is_some_and(|i| (i.data_version, i.total_changes) == current);
        if !fresh {
            *index = Some(build_index(&self.conn)?);
        }
        let entries = index.as_ref().map(|i| &i.entries);
        Ok(Some(
            entries
                .into_iter()
                .flatten()
                .filter(|(_, text)| words.iter().all(|w| text.contains(w.as_str())))
                .map(|(key, _)| key.clone())
                .collect(),
        ))
    }
}
