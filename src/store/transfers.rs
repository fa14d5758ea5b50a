//! A third-country transfer is the same thing in an activity (Art. 30(1)(e))
//! and in an entry of the processor's record (Art. 30(2)(c)); only the table
//! and the column naming its record differ. Its columns are read and written
//! here once for both.

use rusqlite::{params, Row, Transaction};

use super::rows;
use crate::model::Transfer;
use crate::Result;

/// The select list after the owner's id, for a query over a transfer table
/// `t` joined with `party p` on `t.party_id` (the recipient's key).
pub(super) const COLUMNS: &str = "p.key, t.country, t.mechanism, t.scc_module, \
    t.supplementary_measures, t.tia_date, t.tia_result, t.derogation_documentation, \
    t.safeguards_copy, t.note";

/// A transfer from a row of [`COLUMNS`], starting at column `first`.
pub(super) fn from_row(r: &Row<'_>, first: usize) -> rusqlite::Result<Transfer> {
    Ok(Transfer {
        recipient: r.get(first)?,
        country: r.get(first + 1)?,
        mechanism: r.get(first + 2)?,
        scc_module: r.get(first + 3)?,
        supplementary_measures: r.get(first + 4)?,
        tia_date: rows::parse_date(first + 5, r.get(first + 5)?)?,
        tia_result: r.get(first + 6)?,
        derogation_documentation: r.get(first + 7)?,
        safeguards_copy: r.get(first + 8)?,
        note: r.get(first + 9)?,
    })
}

/// Inserts the transfers of the record `owner` into `table`, whose column
/// `owner_column` names the record. The recipient's key has been validated
/// against the register before anything is written.
pub(super) fn insert(
    tx: &Transaction<'_>,
    table: &str,
    owner_column: &str,
    owner: i64,
    transfers: &[Transfer],
) -> Result<()> {
    let mut stmt = tx.prepare_cached(&format!(
        "INSERT INTO {table} ({owner_column}, position, party_id, country, mechanism,
            scc_module, supplementary_measures, tia_date, tia_result, derogation_documentation,
            safeguards_copy, note)
         VALUES (?1, ?2, (SELECT id FROM party WHERE key = ?3), ?4, ?5, ?6, ?7, ?8, ?9, ?10,
            ?11, ?12)"
    ))?;
    for (i, t) in transfers.iter().enumerate() {
        stmt.execute(params![
            owner,
            i as i64,
            t.recipient,
            t.country,
            t.mechanism,
            t.scc_module,
            t.supplementary_measures,
            rows::date(&t.tia_date),
            t.tia_result,
            t.derogation_documentation,
            t.safeguards_copy,
            t.note
        ])?;
    }
    Ok(())
}
