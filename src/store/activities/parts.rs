//! Reading the parts of issue 23's second half: the automated decisions one
//! by one with their safeguards, and the cookies and embedded services.

use std::collections::HashMap;

use rusqlite::Connection;

use super::super::rows;
use super::Scope;
use crate::model::*;
use crate::Result;

/// Each activity's decisions, by activity row id, in order.
pub(super) fn decisions(conn: &Connection, scope: Scope) -> Result<Vec<(i64, AutomatedDecision)>> {
    let sql = format!(
        "SELECT activity_id, decision, code FROM automated_decision_safeguard {}
         ORDER BY activity_id, decision, position",
        scope.filter("activity_id")
    );
    let mut safeguards: HashMap<(i64, i64), Vec<DecisionSafeguard>> = HashMap::new();
    for (id, decision, code) in scope.query(conn, &sql, |r| {
        Ok((
            r.get::<_, i64>(0)?,
            r.get::<_, i64>(1)?,
            rows::code(2, &r.get::<_, String>(2)?, DecisionSafeguard::from_code)?,
        ))
    })? {
        safeguards.entry((id, decision)).or_default().push(code);
    }
    let sql = format!(
        "SELECT activity_id, position, decision, effect, consequences, purpose, exception,
                exception_note, safeguards_note
         FROM automated_decision {} ORDER BY activity_id, position",
        scope.filter("activity_id")
    );
    let mut out = scope.query(conn, &sql, |r| {
        Ok((
            r.get::<_, i64>(0)?,
            r.get::<_, i64>(1)?,
            AutomatedDecision {
                decision: r.get(2)?,
                effect: rows::code(3, &r.get::<_, String>(3)?, DecisionEffect::from_code)?,
                consequences: r.get(4)?,
                purpose: r.get(5)?,
                exception: rows::opt_code(6, r.get(6)?, DecisionException::from_code)?,
                exception_note: r.get(7)?,
                safeguards: Vec::new(),
                safeguards_note: r.get(8)?,
            },
        ))
    })?;
    for (id, position, d) in &mut out {
        d.safeguards = safeguards.remove(&(*id, *position)).unwrap_or_default();
    }
    Ok(out.into_iter().map(|(id, _, d)| (id, d)).collect())
}

/// Each activity's cookies and embedded services, by activity row id.
pub(super) fn embeds(conn: &Connection, scope: Scope) -> Result<Vec<(i64, Embed)>> {
    let sql = format!(
        "SELECT activity_id, name, kind, provider, purpose, access, before_consent, duration,
                country
         FROM embed {} ORDER BY activity_id, position",
        scope.filter("activity_id")
    );
    scope.query(conn, &sql, |r| {
        Ok((
            r.get::<_, i64>(0)?,
            Embed {
                name: r.get(1)?,
                kind: rows::code(2, &r.get::<_, String>(2)?, EmbedKind::from_code)?,
                provider: r.get(3)?,
                purpose: r.get(4)?,
                access: rows::code(5, &r.get::<_, String>(5)?, EmbedAccess::from_code)?,
                before_consent: r.get::<_, i64>(6)? != 0,
                duration: r.get(7)?,
                country: r.get(8)?,
            },
        ))
    })
}
