//! Loads the reference catalogs that the migrations ship.

use rusqlite::Connection;

use super::rows::{code, opt_bool, parse_date};
use crate::model::*;
use crate::Result;

pub fn load(conn: &Connection) -> Result<Catalogs> {
    Ok(Catalogs {
        legal_bases: legal_bases(conn)?,
        countries: countries(conn)?,
        mechanisms: mechanisms(conn)?,
        authorities: authorities(conn)?,
        suggestions: suggestions(conn)?,
        dpia_criteria: dpia_criteria(conn)?,
    })
}

fn checked(idx: usize, text: String) -> rusqlite::Result<chrono::NaiveDate> {
    parse_date(idx, Some(text)).map(|d| d.unwrap_or_default())
}

fn legal_bases(conn: &Connection) -> Result<Vec<LegalBasis>> {
    let mut stmt = conn.prepare(
        "SELECT code, kind, citation_de, citation_en, label_de, label_en, dpv, source, checked_on
         FROM legal_basis ORDER BY sort, code",
    )?;
    let rows = stmt.query_map([], |r| {
        let kind: String = r.get(1)?;
        Ok(LegalBasis {
            code: r.get(0)?,
            kind: code(1, &kind, LegalBasisKind::from_code)?,
            citation_de: r.get(2)?,
            citation_en: r.get(3)?,
            label_de: r.get(4)?,
            label_en: r.get(5)?,
            dpv: r.get(6)?,
            source: r.get(7)?,
            checked_on: checked(8, r.get(8)?)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

fn countries(conn: &Connection) -> Result<Vec<Country>> {
    let mut stmt = conn.prepare(
        "SELECT code, name_de, name_en, eea, adequacy_decision, adequacy_date,
                adequacy_scope_de, adequacy_scope_en, source, checked_on
         FROM country ORDER BY code",
    )?;
    let rows = stmt.query_map([], |r| {
        let decision: Option<String> = r.get(4)?;
        let date = parse_date(5, r.get(5)?)?;
        let adequacy = match (decision, date) {
            (Some(decision), Some(date)) => Some(Adequacy {
                decision,
                date,
                scope_de: r.get(6)?,
                scope_en: r.get(7)?,
            }),
            _ => None,
        };
        Ok(Country {
            code: r.get(0)?,
            name_de: r.get(1)?,
            name_en: r.get(2)?,
            eea: opt_bool(r.get(3)?).unwrap_or(false),
            adequacy,
            source: r.get(8)?,
            checked_on: checked(9, r.get(9)?)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

fn mechanisms(conn: &Connection) -> Result<Vec<TransferMechanism>> {
    let mut stmt = conn.prepare(
        "SELECT code, citation_de, citation_en, label_de, label_en, dpv, needs_documentation,
                valid, source, checked_on
         FROM transfer_mechanism ORDER BY sort, code",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok(TransferMechanism {
            code: r.get(0)?,
            citation_de: r.get(1)?,
            citation_en: r.get(2)?,
            label_de: r.get(3)?,
            label_en: r.get(4)?,
            dpv: r.get(5)?,
            needs_documentation: r.get::<_, i64>(6)? != 0,
            valid: r.get::<_, i64>(7)? != 0,
            source: r.get(8)?,
            checked_on: checked(9, r.get(9)?)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

fn authorities(conn: &Connection) -> Result<Vec<Authority>> {
    let mut stmt = conn.prepare(
        "SELECT code, name, region, sector, address, email, phone, website, source, checked_on
         FROM authority ORDER BY sort, code",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok(Authority {
            code: r.get(0)?,
            name: r.get(1)?,
            region: r.get(2)?,
            sector: r.get(3)?,
            address: r.get(4)?,
            email: r.get(5)?,
            phone: r.get(6)?,
            website: r.get(7)?,
            source: r.get(8)?,
            checked_on: checked(9, r.get(9)?)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

fn suggestions(conn: &Connection) -> Result<Vec<Suggestion>> {
    let mut stmt = conn.prepare(
        "SELECT kind, label_de, label_en, special FROM suggestion ORDER BY kind, sort, id",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok(Suggestion {
            kind: r.get(0)?,
            label_de: r.get(1)?,
            label_en: r.get(2)?,
            special: r.get::<_, i64>(3)? != 0,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

fn dpia_criteria(conn: &Connection) -> Result<Vec<DpiaCriterion>> {
    let mut stmt = conn.prepare(
        "SELECT code, list, number, label_de, label_en, source, checked_on
         FROM dpia_criterion ORDER BY sort, code",
    )?;
    let rows = stmt.query_map([], |r| {
        let list: String = r.get(1)?;
        Ok(DpiaCriterion {
            code: r.get(0)?,
            list: code(1, &list, DpiaList::from_code)?,
            number: r.get(2)?,
            label_de: r.get(3)?,
            label_en: r.get(4)?,
            source: r.get(5)?,
            checked_on: checked(6, r.get(6)?)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
