//! Processing activities with all their parts: read and written whole, one
//! call each, so an editor never sees half an activity.

use std::collections::HashMap;

use rusqlite::{Connection, OptionalExtension};

use super::organisation::DbRefs;
use super::{ensure_version, history, rows, Store, WriteContext};
use crate::model::*;
use crate::{validate, Error, Result};

/// Which activities a load covers: every one, or the one with this row id.
#[derive(Clone, Copy)]
enum Scope {
    All,
    One(i64),
}

impl Scope {
    /// The filter on a child table's `activity_id` column; the SQL text is
    /// fixed, the id is always bound.
    fn filter(self, column: &str) -> String {
        match self {
            Scope::All => String::new(),
            Scope::One(_) => format!("WHERE {column} = ?1"),
        }
    }

    fn query<T>(
        self,
        conn: &Connection,
        sql: &str,
        map: impl FnMut(&rusqlite::Row<'_>) -> rusqlite::Result<T>,
    ) -> Result<Vec<T>> {
        let mut stmt = conn.prepare_cached(sql)?;
        let rows = match self {
            Scope::All => stmt
                .query_map([], map)?
                .collect::<rusqlite::Result<Vec<_>>>(),
            Scope::One(id) => stmt.query_map([id], map)?.collect(),
        };
        Ok(rows?)
    }
}

/// The information duty from its three columns (kind, ground, text). A row
/// that lacks what its kind needs was not written by VVT and is refused
/// rather than read as something the DPO never recorded.
fn information(
    kind: String,
    ground: Option<String>,
    text: Option<String>,
) -> rusqlite::Result<Information> {
    let missing = |idx: usize, what: &str| {
        rusqlite::Error::FromSqlConversionFailure(
            idx,
            rusqlite::types::Type::Null,
            format!("information of kind '{kind}' without its {what}").into(),
        )
    };
    match kind.as_str() {
        "public_notice" => Ok(Information::PublicNotice),
        "separate" => Ok(Information::Separate {
            reference: text.ok_or_else(|| missing(28, "reference"))?,
        }),
        "exempt" => Ok(Information::Exempt {
            ground: rows::code(
                27,
                &ground.ok_or_else(|| missing(27, "ground"))?,
                InformationExemption::from_code,
            )?,
            explanation: text.ok_or_else(|| missing(28, "explanation"))?,
        }),
        other => rows::code(26, other, |_| None),
    }
}

fn load_scope(conn: &Connection, scope: Scope) -> Result<Vec<ProcessingActivity>> {
    let sql = format!(
        "SELECT id, key, name, description, department, contact_person, status,
                source_from_subject, source_other, source_public, provision_kind,
                provision_consequence, adm_kind, adm_logic, adm_consequences, tom_notes,
                dpia_required, dpia_reason, dpia_done_on, dpia_reference, created_at, updated_at,
                last_reviewed, next_review, notes, version, info_kind, info_ground, info_text,
                access
         FROM activity {} ORDER BY key",
        scope.filter("id")
    );
    let mains = scope.query(conn, &sql, |r| {
        let status: String = r.get(6)?;
        let provision_kind: Option<String> = r.get(10)?;
        let adm_kind: Option<String> = r.get(12)?;
        let created: String = r.get(20)?;
        let updated: String = r.get(21)?;
        let information = information(r.get(26)?, r.get(27)?, r.get(28)?)?;
        let activity = ProcessingActivity {
            key: r.get(1)?,
            name: r.get(2)?,
            description: r.get(3)?,
            department: r.get(4)?,
            contact_person: r.get(5)?,
            status: rows::code(6, &status, ActivityStatus::from_code)?,
            purposes: Vec::new(),
            data_subjects: Vec::new(),
            data_subject_groups: Vec::new(),
            data_categories: Vec::new(),
            source: DataSource {
                from_data_subject: rows::opt_bool(r.get(7)?),
                other_sources: r.get(8)?,
                publicly_accessible: rows::opt_bool(r.get(9)?),
            },
            provision: match provision_kind {
                Some(k) => Some(ProvisionRequirement {
                    kind: rows::code(10, &k, ProvisionKind::from_code)?,
                    consequence: r.get(11)?,
                }),
                None => None,
            },
            automated_decisions: match adm_kind.as_deref() {
                None => None,
                Some("none") => Some(AutomatedDecisions::None),
                Some(_) => Some(AutomatedDecisions::Used {
                    logic: r.get::<_, Option<String>>(13)?.unwrap_or_default(),
                    consequences: r.get(14)?,
                    decisions: Vec::new(),
                }),
            },
            information,
            recipients: Vec::new(),
            transfers: Vec::new(),
            embeds: Vec::new(),
            toms: Vec::new(),
            tom_notes: r.get(15)?,
            dpia: Dpia {
                required: rows::opt_bool(r.get(16)?),
                reason: r.get(17)?,
                done_on: rows::parse_date(18, r.get(18)?)?,
                reference: r.get(19)?,
                threshold: Default::default(),
            },
            created_at: rows::parse_ts(20, &created)?,
            updated_at: rows::parse_ts(21, &updated)?,
            last_reviewed: rows::parse_date(22, r.get(22)?)?,
            next_review: rows::parse_date(23, r.get(23)?)?,
            notes: r.get(24)?,
            access: r.get(29)?,
            version: r.get(25)?,
        };
        Ok((r.get::<_, i64>(0)?, activity))
    })?;
    let mut index: HashMap<i64, usize> = HashMap::with_capacity(mains.len());
    let mut activities = Vec::with_capacity(mains.len());
    for (i, (id, a)) in mains.into_iter().enumerate() {
        index.insert(id, i);
        activities.push(a);
    }
    let mut each = |id: i64, f: &mut dyn FnMut(&mut ProcessingActivity)| {
        if let Some(&i) = index.get(&id) {
            f(&mut activities[i]);
        }
    };

    let sql = format!(
        "SELECT p.activity_id, p.id, p.description, p.legal_basis_note, p.legitimate_interests,
                p.consent_given, p.consent_withdrawal, p.direct_marketing
         FROM purpose p {} ORDER BY p.activity_id, p.position",
        scope.filter("p.activity_id")
    );
    let purposes = scope.query(conn, &sql, |r| {
        Ok((
            r.get::<_, i64>(0)?,
            r.get::<_, i64>(1)?,
            Purpose {
                description: r.get(2)?,
                legal_bases: Vec::new(),
                legal_basis_note: r.get(3)?,
                legitimate_interests: r.get(4)?,
                consent_given: r.get(5)?,
                consent_withdrawal: r.get(6)?,
                direct_marketing: r.get::<_, i64>(7)? != 0,
            },
        ))
    })?;
    let sql = format!(
        "SELECT b.purpose_id, b.code FROM purpose_legal_basis b JOIN purpose p ON p.id = b.purpose_id
         {} ORDER BY b.purpose_id, b.position",
        scope.filter("p.activity_id")
    );
    let mut bases: HashMap<i64, Vec<String>> = HashMap::new();
    for (purpose_id, code) in scope.query(conn, &sql, |r| Ok((r.get::<_, i64>(0)?, r.get(1)?)))? {
        bases.entry(purpose_id).or_default().push(code);
    }
    for (activity_id, purpose_id, mut p) in purposes {
        p.legal_bases = bases.remove(&purpose_id).unwrap_or_default();
        each(activity_id, &mut |a| a.purposes.push(p.clone()));
    }

    let sql = format!(
        "SELECT activity_id, name FROM data_subject {} ORDER BY activity_id, position",
        scope.filter("activity_id")
    );
    for (id, name) in scope.query(conn, &sql, |r| {
        Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?))
    })? {
        each(id, &mut |a| a.data_subjects.push(name.clone()));
    }

    let sql = format!(
        "SELECT activity_id, code FROM data_subject_group {} ORDER BY activity_id, position",
        scope.filter("activity_id")
    );
    for (id, group) in scope.query(conn, &sql, |r| {
        Ok((
            r.get::<_, i64>(0)?,
            rows::code(1, &r.get::<_, String>(1)?, SubjectGroup::from_code)?,
        ))
    })? {
        each(id, &mut |a| a.data_subject_groups.push(group));
    }

    let sql = format!(
        "SELECT activity_id, name, description, special, criminal, period_amount, period_unit,
                criterion, starts_at, deletion, start_event, at_end
         FROM data_category {} ORDER BY activity_id, position",
        scope.filter("activity_id")
    );
    let categories = scope.query(conn, &sql, |r| {
        let amount: Option<i64> = r.get(5)?;
        let unit: Option<String> = r.get(6)?;
        let period = match (amount, unit) {
            (Some(amount), Some(unit)) => Some(Period {
                amount: u32::try_from(amount).unwrap_or(0),
                unit: rows::code(6, &unit, PeriodUnit::from_code)?,
            }),
            _ => None,
        };
        let criterion: Option<String> = r.get(7)?;
        let retention = (period.is_some() || criterion.is_some()).then_some(());
        Ok((
            r.get::<_, i64>(0)?,
            DataCategory {
                name: r.get(1)?,
                description: r.get(2)?,
                special: r.get::<_, i64>(3)? != 0,
                criminal: r.get::<_, i64>(4)? != 0,
                conditions: Vec::new(),
                retention: match retention {
                    Some(()) => Some(RetentionRule {
                        period,
                        criterion,
                        start_event: rows::opt_code(10, r.get(10)?, RetentionStart::from_code)?,
                        starts_at: r.get(8)?,
                        deletion: r.get(9)?,
                        at_end: rows::opt_code(11, r.get(11)?, RetentionEnd::from_code)?,
                    }),
                    None => None,
                },
            },
        ))
    })?;
    for (id, c) in categories {
        each(id, &mut |a| a.data_categories.push(c.clone()));
    }
    let sql = format!(
        "SELECT activity_id, category, code FROM data_category_condition {}
         ORDER BY activity_id, category, position",
        scope.filter("activity_id")
    );
    for (id, category, code) in scope.query(conn, &sql, |r| {
        Ok((
            r.get::<_, i64>(0)?,
            r.get::<_, i64>(1)?,
            r.get::<_, String>(2)?,
        ))
    })? {
        each(id, &mut |a| {
            if let Some(c) = usize::try_from(category)
                .ok()
                .and_then(|k| a.data_categories.get_mut(k))
            {
                c.conditions.push(code.clone());
            }
        });
    }

    let sql = format!(
        "SELECT r.activity_id, r.role, p.key, r.description, r.note, r.own_responsibility,
                r.legal_basis_note
         FROM recipient r LEFT JOIN party p ON p.id = r.party_id
         {} ORDER BY r.activity_id, r.position",
        scope.filter("r.activity_id")
    );
    let recipients = scope.query(conn, &sql, |r| {
        let role: String = r.get(1)?;
        Ok((
            r.get::<_, i64>(0)?,
            Recipient {
                role: rows::code(1, &role, RecipientRole::from_code)?,
                party: r.get(2)?,
                description: r.get(3)?,
                note: r.get(4)?,
                own_responsibility: r.get(5)?,
                legal_basis_note: r.get(6)?,
                ..Recipient::default()
            },
        ))
    })?;
    for (id, rec) in recipients {
        each(id, &mut |a| a.recipients.push(rec.clone()));
    }
    // The recipient's lists, each row placed by the recipient's position.
    for (table, column) in [
        ("recipient_channel", "channel"),
        ("recipient_data_category", "category"),
        ("recipient_legal_basis", "code"),
    ] {
        // Table and column names come from the fixed list above.
        let sql = format!(
            "SELECT activity_id, recipient, {column} FROM {table} {}
             ORDER BY activity_id, recipient, position",
            scope.filter("activity_id")
        );
        for (id, recipient, value) in scope.query(conn, &sql, |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, i64>(1)?,
                r.get::<_, String>(2)?,
            ))
        })? {
            let channel = match table {
                "recipient_channel" => Some(rows::code(2, &value, PublicationChannel::from_code)?),
                _ => None,
            };
            each(id, &mut |a| {
                let Some(rec) = usize::try_from(recipient)
                    .ok()
                    .and_then(|k| a.recipients.get_mut(k))
                else {
                    return;
                };
                match (table, channel) {
                    (_, Some(c)) => rec.channels.push(c),
                    ("recipient_data_category", _) => rec.data_categories.push(value.clone()),
                    _ => rec.legal_bases.push(value.clone()),
                }
            });
        }
    }

    let sql = format!(
        "SELECT t.activity_id, {}
         FROM transfer t LEFT JOIN party p ON p.id = t.party_id
         {} ORDER BY t.activity_id, t.position",
        super::transfers::COLUMNS,
        scope.filter("t.activity_id")
    );
    let transfers = scope.query(conn, &sql, |r| {
        Ok((r.get::<_, i64>(0)?, super::transfers::from_row(r, 1)?))
    })?;
    for (id, t) in transfers {
        each(id, &mut |a| a.transfers.push(t.clone()));
    }

    let sql = format!(
        "SELECT at.activity_id, t.key FROM activity_tom at JOIN tom t ON t.id = at.tom_id
         {} ORDER BY at.activity_id, at.position",
        scope.filter("at.activity_id")
    );
    for (id, key) in scope.query(conn, &sql, |r| {
        Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?))
    })? {
        each(id, &mut |a| a.toms.push(key.clone()));
    }

    let sql = format!(
        "SELECT activity_id, criterion, met FROM activity_dpia_answer {}",
        scope.filter("activity_id")
    );
    for (id, criterion, met) in scope.query(conn, &sql, |r| {
        Ok((
            r.get::<_, i64>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, i64>(2)? != 0,
        ))
    })? {
        each(id, &mut |a| {
            a.dpia.threshold.insert(criterion.clone(), met);
        });
    }
    for (id, d) in parts::decisions(conn, scope)? {
        each(id, &mut |a| {
            if let Some(AutomatedDecisions::Used { decisions, .. }) = &mut a.automated_decisions {
                decisions.push(d.clone());
            }
        });
    }
    for (id, e) in parts::embeds(conn, scope)? {
        each(id, &mut |a| a.embeds.push(e.clone()));
    }
    Ok(activities)
}

pub fn load_all(conn: &Connection) -> Result<Vec<ProcessingActivity>> {
    load_scope(conn, Scope::All)
}

fn row_id(conn: &Connection, key: &str) -> Result<Option<i64>> {
    Ok(conn
        .query_row("SELECT id FROM activity WHERE key = ?1", [key], |r| {
            r.get(0)
        })
        .optional()?)
}

pub fn load_one(conn: &Connection, key: &str) -> Result<Option<ProcessingActivity>> {
    match row_id(conn, key)? {
        Some(id) => Ok(load_scope(conn, Scope::One(id))?.into_iter().next()),
        None => Ok(None),
    }
}

fn not_found(key: &str) -> Error {
    Error::NotFound {
        entity: "activity",
        key: key.to_owned(),
    }
}

mod parts;
mod write;
pub(crate) use write::insert;

/// Validates and inserts a new activity with its creation in the history.
fn create(ctx: &WriteContext<'_>, activity: &ProcessingActivity) -> Result<ProcessingActivity> {
    let mut a = activity.clone();
    validate::activity(&mut a, "", ctx.catalogs, &DbRefs(ctx.tx))?;
    if row_id(ctx.tx, &a.key)?.is_some() {
        return Err(Error::validation(
            "key",
            crate::Reason::KeyTaken {
                record: crate::reason::KeyedRecord::Activity,
                key: a.key.clone(),
            },
        ));
    }
    let now = crate::clock::now();
    a.created_at = now;
    a.updated_at = now;
    a.version = 1;
    insert(ctx, &a)?;
    history::record(
        ctx.tx,
        ctx.actor,
        EntityKind::Activity,
        &a.key,
        None,
        Some(&a),
    )?;
    Ok(a)
}

impl Store {
    /// One activity with all its parts.
    pub fn activity(&self, key: &str) -> Result<ProcessingActivity> {
        load_one(&self.conn, key)?.ok_or_else(|| not_found(key))
    }

    /// Every activity with all its parts, ordered by key.
    pub fn activities(&self) -> Result<Vec<ProcessingActivity>> {
        load_all(&self.conn)
    }

    /// The activity list: one line per activity, without loading the parts.
    pub fn list_activities(&self) -> Result<Vec<ActivityListItem>> {
        self.find_activities(&ActivityFilter::default())
    }

    /// A free key for a new activity: `VT-` and the next number after the
    /// highest one in use (`VT-004` after `VT-003`), three digits at least.
    pub fn next_activity_key(&self) -> Result<String> {
        let mut stmt = self
            .conn
            .prepare("SELECT key FROM activity WHERE key LIKE 'VT-%'")?;
        let keys = stmt.query_map([], |row| row.get::<_, String>(0))?;
        let mut highest = 0u64;
        for key in keys {
            if let Some(n) = key?.strip_prefix("VT-").and_then(|n| n.parse::<u64>().ok()) {
                highest = highest.max(n);
            }
        }
        Ok(format!("VT-{:03}", highest + 1))
    }

    /// Checks an activity as a save would, without writing anything: for a
    /// form whose other values could not even be read, so the DPO hears of
    /// every problem at once.
    pub fn check_activity(&self, activity: &ProcessingActivity) -> Result<()> {
        let mut a = activity.clone();
        validate::activity(&mut a, "", &self.catalogs, &DbRefs(&self.conn))
    }

    /// Creates a new activity; its key must not be taken yet.
    pub fn create_activity(&mut self, activity: &ProcessingActivity) -> Result<ProcessingActivity> {
        self.write(|ctx| create(ctx, activity))
    }

    /// Creates new activities in one transaction, each as
    /// [`Store::create_activity`] does: all of them or none (the table
    /// import, docs/import-table.md).
    pub fn create_activities(
        &mut self,
        activities: &[ProcessingActivity],
    ) -> Result<Vec<ProcessingActivity>> {
        self.write(|ctx| activities.iter().map(|a| create(ctx, a)).collect())
    }

    /// [`Store::create_activities`] with English translations of their
    /// texts, in the same transaction, each checked against the German text
    /// as stored and recorded in the history like one set in the
    /// translation view (the table import's English columns).
    pub fn create_activities_translated(
        &mut self,
        activities: &[ProcessingActivity],
        translations: &[Translation],
    ) -> Result<Vec<ProcessingActivity>> {
        self.write(|ctx| {
            let created: Vec<ProcessingActivity> = activities
                .iter()
                .map(|a| create(ctx, a))
                .collect::<Result<_>>()?;
            super::translations::add_to_new(ctx, &created, translations)?;
            Ok(created)
        })
    }

    /// Saves an edited activity. `activity.version` must be the version that
    /// was loaded; a stale edit is refused with [`Error::Conflict`].
    pub fn update_activity(&mut self, activity: &ProcessingActivity) -> Result<ProcessingActivity> {
        let mut a = activity.clone();
        self.write(|ctx| {
            validate::activity(&mut a, "", ctx.catalogs, &DbRefs(ctx.tx))?;
            let old = load_one(ctx.tx, &a.key)?.ok_or_else(|| not_found(&a.key))?;
            ensure_version("activity", &a.key, a.version, old.version)?;
            a.created_at = old.created_at;
            a.updated_at = crate::clock::now();
            a.version = old.version + 1;
            write::replace(ctx, &a)?;
            history::record(
                ctx.tx,
                ctx.actor,
                EntityKind::Activity,
                &a.key,
                Some(&old),
                Some(&a),
            )?;
            Ok(a)
        })
    }

    /// Deletes an activity; `version` guards against deleting what someone
    /// else changed meanwhile.
    pub fn delete_activity(&mut self, key: &str, version: i64) -> Result<()> {
        self.write(|ctx| {
            let old = load_one(ctx.tx, key)?.ok_or_else(|| not_found(key))?;
            ensure_version("activity", key, version, old.version)?;
            write::delete(ctx, key)?;
            super::translations::delete_record(ctx, EntityKind::Activity, key)?;
            history::record(
                ctx.tx,
                ctx.actor,
                EntityKind::Activity,
                key,
                Some(&old),
                None,
            )
        })
    }
}
