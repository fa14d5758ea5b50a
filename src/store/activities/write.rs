//! Writing an activity: the main row in place (so links to it survive) and
//! its parts replaced as a whole.

use rusqlite::params;

use super::super::{rows, WriteContext};
use crate::model::*;
use crate::Result;

fn main_params(a: &ProcessingActivity) -> [Box<dyn rusqlite::ToSql + '_>; 29] {
    let (adm_kind, adm_logic, adm_consequences) = match &a.automated_decisions {
        None => (None, None, None),
        Some(AutomatedDecisions::None) => (Some("none"), None, None),
        Some(AutomatedDecisions::Used {
            logic,
            consequences,
            ..
        }) => (Some("used"), Some(logic.as_str()), consequences.as_deref()),
    };
    let (info_ground, info_text) = match &a.information {
        Information::PublicNotice => (None, None),
        Information::Separate { reference } => (None, Some(reference.as_str())),
        Information::Exempt {
            ground,
            explanation,
        } => (Some(ground.code()), Some(explanation.as_str())),
    };
    [
        Box::new(a.key.as_str()),
        Box::new(a.name.as_str()),
        Box::new(a.description.as_deref()),
        Box::new(a.department.as_deref()),
        Box::new(a.contact_person.as_deref()),
        Box::new(a.status.code()),
        Box::new(a.source.from_data_subject),
        Box::new(a.source.other_sources.as_deref()),
        Box::new(a.source.publicly_accessible),
        Box::new(a.provision.as_ref().map(|p| p.kind.code())),
        Box::new(a.provision.as_ref().and_then(|p| p.consequence.as_deref())),
        Box::new(adm_kind),
        Box::new(adm_logic),
        Box::new(adm_consequences),
        Box::new(a.tom_notes.as_deref()),
        Box::new(a.dpia.required),
        Box::new(a.dpia.reason.as_deref()),
        Box::new(rows::date(&a.dpia.done_on)),
        Box::new(a.dpia.reference.as_deref()),
        Box::new(rows::ts(&a.created_at)),
        Box::new(rows::ts(&a.updated_at)),
        Box::new(rows::date(&a.last_reviewed)),
        Box::new(rows::date(&a.next_review)),
        Box::new(a.notes.as_deref()),
        Box::new(a.version),
        Box::new(a.information.code()),
        Box::new(info_ground),
        Box::new(info_text),
        Box::new(a.access.as_deref()),
    ]
}

/// Inserts a new activity with all its parts (validated beforehand).
pub(crate) fn insert(ctx: &WriteContext<'_>, a: &ProcessingActivity) -> Result<()> {
    let values = main_params(a);
    ctx.tx
        .prepare_cached(
            "INSERT INTO activity (key, name, description, department, contact_person, status,
                source_from_subject, source_other, source_public, provision_kind,
                provision_consequence, adm_kind, adm_logic, adm_consequences, tom_notes,
                dpia_required, dpia_reason, dpia_done_on, dpia_reference, created_at, updated_at,
                last_reviewed, next_review, notes, version, info_kind, info_ground, info_text,
                access)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17,
                ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28, ?29)",
        )?
        .execute(rows::bind(&values).as_slice())?;
    let id = ctx.tx.last_insert_rowid();
    insert_parts(ctx, id, a)
}

/// Rewrites an existing activity: the main row in place, the parts anew.
pub(crate) fn replace(ctx: &WriteContext<'_>, a: &ProcessingActivity) -> Result<()> {
    let values = main_params(a);
    ctx.tx
        .prepare_cached(
            "UPDATE activity SET name = ?2, description = ?3, department = ?4,
                contact_person = ?5, status = ?6, source_from_subject = ?7, source_other = ?8,
                source_public = ?9, provision_kind = ?10, provision_consequence = ?11,
                adm_kind = ?12, adm_logic = ?13, adm_consequences = ?14, tom_notes = ?15,
                dpia_required = ?16, dpia_reason = ?17, dpia_done_on = ?18, dpia_reference = ?19,
                created_at = ?20, updated_at = ?21, last_reviewed = ?22, next_review = ?23,
                notes = ?24, version = ?25, info_kind = ?26, info_ground = ?27, info_text = ?28,
                access = ?29
             WHERE key = ?1",
        )?
        .execute(rows::bind(&values).as_slice())?;
    let id: i64 = ctx
        .tx
        .query_row("SELECT id FROM activity WHERE key = ?1", [&a.key], |r| {
            r.get(0)
        })?;
    for table in [
        "purpose",
        "data_subject",
        "data_subject_group",
        "data_category_condition",
        "data_category",
        "recipient_channel",
        "recipient_data_category",
        "recipient_legal_basis",
        "recipient",
        "transfer",
        "activity_tom",
        "activity_dpia_answer",
        "automated_decision_safeguard",
        "automated_decision",
        "embed",
    ] {
        // Table names come from the fixed list above, never from input.
        ctx.tx
            .prepare_cached(&format!("DELETE FROM {table} WHERE activity_id = ?1"))?
            .execute([id])?;
    }
    insert_parts(ctx, id, a)
}

pub(crate) fn delete(ctx: &WriteContext<'_>, key: &str) -> Result<()> {
    ctx.tx
        .execute("DELETE FROM activity WHERE key = ?1", [key])?;
    Ok(())
}

fn party_id(ctx: &WriteContext<'_>, key: &Option<String>) -> Result<Option<i64>> {
    match key {
        None => Ok(None),
        Some(k) => Ok(Some(
            ctx.tx
                .prepare_cached("SELECT id FROM party WHERE key = ?1")?
                .query_row([k], |r| r.get(0))?,
        )),
    }
}

fn insert_parts(ctx: &WriteContext<'_>, id: i64, a: &ProcessingActivity) -> Result<()> {
    let tx = ctx.tx;
    let mut purpose = tx.prepare_cached(
        "INSERT INTO purpose (activity_id, position, description, legal_basis_note,
            legitimate_interests, consent_given, consent_withdrawal, direct_marketing)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?;
    let mut basis = tx.prepare_cached(
        "INSERT INTO purpose_legal_basis (purpose_id, position, code) VALUES (?1, ?2, ?3)",
    )?;
    for (i, p) in a.purposes.iter().enumerate() {
        purpose.execute(params![
            id,
            i as i64,
            p.description,
            p.legal_basis_note,
            p.legitimate_interests,
            p.consent_given,
            p.consent_withdrawal,
            p.direct_marketing
        ])?;
        let purpose_id = tx.last_insert_rowid();
        for (k, code) in p.legal_bases.iter().enumerate() {
            basis.execute(params![purpose_id, k as i64, code])?;
        }
    }
    let mut subject = tx.prepare_cached(
        "INSERT INTO data_subject (activity_id, position, name) VALUES (?1, ?2, ?3)",
    )?;
    for (i, s) in a.data_subjects.iter().enumerate() {
        subject.execute(params![id, i as i64, s])?;
    }
    let mut group = tx.prepare_cached(
        "INSERT INTO data_subject_group (activity_id, position, code) VALUES (?1, ?2, ?3)",
    )?;
    for (i, g) in a.data_subject_groups.iter().enumerate() {
        group.execute(params![id, i as i64, g.code()])?;
    }
    let mut category = tx.prepare_cached(
        "INSERT INTO data_category (activity_id, position, name, description, special, criminal,
            period_amount, period_unit, criterion, starts_at, deletion, start_event, at_end)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
    )?;
    let mut condition = tx.prepare_cached(
        "INSERT INTO data_category_condition (activity_id, category, position, code)
         VALUES (?1, ?2, ?3, ?4)",
    )?;
    for (i, c) in a.data_categories.iter().enumerate() {
        let r = c.retention.as_ref();
        let period = r.and_then(|r| r.period);
        category.execute(params![
            id,
            i as i64,
            c.name,
            c.description,
            c.special,
            c.criminal,
            period.map(|p| p.amount),
            period.map(|p| p.unit.code()),
            r.and_then(|r| r.criterion.as_ref()),
            r.and_then(|r| r.starts_at.as_ref()),
            r.and_then(|r| r.deletion.as_ref()),
            r.and_then(|r| r.start_event).map(RetentionStart::code),
            r.and_then(|r| r.at_end).map(RetentionEnd::code),
        ])?;
        for (k, code) in c.conditions.iter().enumerate() {
            condition.execute(params![id, i as i64, k as i64, code])?;
        }
    }
    let mut recipient = tx.prepare_cached(
        "INSERT INTO recipient (activity_id, position, role, party_id, description, note,
            own_responsibility, legal_basis_note)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?;
    for (i, r) in a.recipients.iter().enumerate() {
        recipient.execute(params![
            id,
            i as i64,
            r.role.code(),
            party_id(ctx, &r.party)?,
            r.description,
            r.note,
            r.own_responsibility,
            r.legal_basis_note
        ])?;
        disclosure(ctx, id, i, r)?;
    }
    super::super::transfers::insert(tx, "transfer", "activity_id", id, &a.transfers)?;
    let mut tom = tx.prepare_cached(
        "INSERT INTO activity_tom (activity_id, position, tom_id)
         SELECT ?1, ?2, id FROM tom WHERE key = ?3",
    )?;
    for (i, key) in a.toms.iter().enumerate() {
        tom.execute(params![id, i as i64, key])?;
    }
    let mut answer = tx.prepare_cached(
        "INSERT INTO activity_dpia_answer (activity_id, criterion, met) VALUES (?1, ?2, ?3)",
    )?;
    for (criterion, met) in &a.dpia.threshold {
        answer.execute(params![id, criterion, met])?;
    }
    decisions(ctx, id, a)?;
    let mut embed = tx.prepare_cached(
        "INSERT INTO embed (activity_id, position, name, kind, provider, purpose, access,
            before_consent, duration, country)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
    )?;
    for (i, e) in a.embeds.iter().enumerate() {
        embed.execute(params![
            id,
            i as i64,
            e.name,
            e.kind.code(),
            e.provider,
            e.purpose,
            e.access.code(),
            e.before_consent,
            e.duration,
            e.country
        ])?;
    }
    Ok(())
}

/// The automated decisions one by one, with their safeguards.
fn decisions(ctx: &WriteContext<'_>, id: i64, a: &ProcessingActivity) -> Result<()> {
    let Some(AutomatedDecisions::Used { decisions, .. }) = &a.automated_decisions else {
        return Ok(());
    };
    let tx = ctx.tx;
    let mut decision = tx.prepare_cached(
        "INSERT INTO automated_decision (activity_id, position, decision, effect, consequences,
            purpose, exception, exception_note, safeguards_note)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    )?;
    let mut safeguard = tx.prepare_cached(
        "INSERT INTO automated_decision_safeguard (activity_id, decision, position, code)
         VALUES (?1, ?2, ?3, ?4)",
    )?;
    for (i, d) in decisions.iter().enumerate() {
        decision.execute(params![
            id,
            i as i64,
            d.decision,
            d.effect.code(),
            d.consequences,
            d.purpose,
            d.exception.map(DecisionException::code),
            d.exception_note,
            d.safeguards_note
        ])?;
        for (k, s) in d.safeguards.iter().enumerate() {
            safeguard.execute(params![id, i as i64, k as i64, s.code()])?;
        }
    }
    Ok(())
}

/// A recipient's channels, disclosed data categories and legal bases.
fn disclosure(ctx: &WriteContext<'_>, id: i64, i: usize, r: &Recipient) -> Result<()> {
    let tx = ctx.tx;
    let mut channel = tx.prepare_cached(
        "INSERT INTO recipient_channel (activity_id, recipient, position, channel)
         VALUES (?1, ?2, ?3, ?4)",
    )?;
    for (k, c) in r.channels.iter().enumerate() {
        channel.execute(params![id, i as i64, k as i64, c.code()])?;
    }
    let mut category = tx.prepare_cached(
        "INSERT INTO recipient_data_category (activity_id, recipient, position, category)
         VALUES (?1, ?2, ?3, ?4)",
    )?;
    for (k, c) in r.data_categories.iter().enumerate() {
        category.execute(params![id, i as i64, k as i64, c])?;
    }
    let mut basis = tx.prepare_cached(
        "INSERT INTO recipient_legal_basis (activity_id, recipient, position, code)
         VALUES (?1, ?2, ?3, ?4)",
    )?;
    for (k, code) in r.legal_bases.iter().enumerate() {
        basis.execute(params![id, i as i64, k as i64, code])?;
    }
    Ok(())
}
