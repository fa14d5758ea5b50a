//! The translation overlay (`translation` table): the register's texts in
//! English, keyed by record, field and language. What can be translated and
//! what a translation means is `crate::translation`; this module only reads
//! and writes the rows, one translation per transaction with its history row.

use rusqlite::{params, Connection};
use serde_json::Value;

use super::{activities, history, organisation, parties, processor_activities, toms, Store};
use super::{rows, WriteContext};
use crate::model::*;
use crate::{translation, Lang, Result};

pub fn load_all(conn: &Connection) -> Result<Vec<Translation>> {
    let mut stmt = conn.prepare_cached(
        "SELECT entity, key, field, lang, text, source_hash FROM translation
         ORDER BY entity, key, field, lang",
    )?;
    let rows = stmt
        .query_map([], |r| {
            let entity: String = r.get(0)?;
            let lang: String = r.get(3)?;
            Ok(Translation {
                entity: rows::code(0, &entity, EntityKind::from_code)?,
                key: r.get(1)?,
                field: r.get(2)?,
                lang: rows::code(3, &lang, Lang::from_code)?,
                text: r.get(4)?,
                source_hash: r.get(5)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

pub(crate) fn insert(ctx: &WriteContext<'_>, t: &Translation) -> Result<()> {
    ctx.tx
        .prepare_cached(
            "INSERT INTO translation (entity, key, field, lang, text, source_hash)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)
             ON CONFLICT (entity, key, field, lang)
             DO UPDATE SET text = excluded.text, source_hash = excluded.source_hash",
        )?
        .execute(params![
            t.entity.code(),
            t.key,
            t.field,
            t.lang.code(),
            t.text,
            t.source_hash
        ])?;
    Ok(())
}

/// Records translations of the texts of activities just created: each
/// checked against its German text as stored (an unknown activity or
/// field refuses the whole write), with its history row.
pub(crate) fn add_to_new(
    ctx: &WriteContext<'_>,
    created: &[ProcessingActivity],
    translations: &[Translation],
) -> Result<()> {
    // One register per activity, built once for all its translations.
    let by_key: std::collections::HashMap<&str, Register> = created
        .iter()
        .map(|a| {
            let one = Register {
                activities: vec![a.clone()],
                ..Register::default()
            };
            (a.key.as_str(), one)
        })
        .collect();
    for t in translations {
        let one = by_key
            .get(t.key.as_str())
            .filter(|_| t.entity == EntityKind::Activity)
            .ok_or_else(|| translation::not_found(t.entity, &t.key))?;
        let checked = translation::prepare(one, t.entity, &t.key, &t.field, &t.text)?;
        insert(ctx, &checked)?;
        record_change(ctx, t.entity, &t.key, &t.field, None, Some(&checked.text))?;
    }
    Ok(())
}

/// Removes the translations of a record that is deleted.
pub(crate) fn delete_record(ctx: &WriteContext<'_>, entity: EntityKind, key: &str) -> Result<()> {
    ctx.tx
        .prepare_cached("DELETE FROM translation WHERE entity = ?1 AND key = ?2")?
        .execute(params![entity.code(), key])?;
    Ok(())
}

/// A register holding only the record named (and the organisation, whose
/// name the places use), with that record's translations: enough to know
/// its texts without loading thousands of activities.
fn one_record(conn: &Connection, entity: EntityKind, key: &str) -> Result<Register> {
    let mut register = Register {
        organisation: organisation::load(conn)?,
        ..Register::default()
    };
    let found = match entity {
        EntityKind::Organisation => key == "organisation",
        EntityKind::Activity => activities::load_one(conn, key)?
            .map(|a| register.activities.push(a))
            .is_some(),
        EntityKind::Party => parties::load_one(conn, key)?
            .map(|p| register.parties.push(p))
            .is_some(),
        EntityKind::Tom => toms::load_one(conn, key)?
            .map(|t| register.toms.push(t))
            .is_some(),
        EntityKind::ProcessorActivity => processor_activities::load_one(conn, key)?
            .map(|e| register.processor_activities.push(e))
            .is_some(),
    };
    if !found {
        return Err(translation::not_found(entity, key));
    }
    register.translations = load_all(conn)?
        .into_iter()
        .filter(|t| t.entity == entity && t.key == key)
        .collect();
    Ok(register)
}

fn history_field(field: &str) -> String {
    format!("translations.{}.{field}", translation::TARGET.code())
}

/// The history row of a translation set, changed or removed (field
/// `translations.en.<field>`, texts old and new, null for none).
fn record_change(
    ctx: &WriteContext,
    entity: EntityKind,
    key: &str,
    field: &str,
    old: Option<&String>,
    new: Option<&String>,
) -> Result<()> {
    let text = |t: Option<&String>| t.map_or(Value::Null, |t| Value::String(t.clone()));
    let change = FieldChange {
        field: history_field(field),
        old: text(old),
        new: text(new),
    };
    history::record_changes(
        ctx.tx,
        ctx.actor,
        entity,
        key,
        ChangeAction::Update,
        &[change],
    )
}

impl Store {
    /// The translatable texts of one record beside their English
    /// translations and status (the editor's "Übersetzung / Translation"
    /// view); `lang` is the language of the labels. `not_found` when the
    /// register holds no such record.
    pub fn translation_texts(
        &self,
        entity: EntityKind,
        key: &str,
        lang: Lang,
    ) -> Result<Vec<TranslatableText>> {
        let register = one_record(&self.conn, entity, key)?;
        translation::record_texts(&register, entity, key, lang)
    }

    /// The register-wide state of the translation: counts of missing,
    /// outdated and current texts and the list (only the open ones when
    /// `open_only`).
    pub fn translation_summary(&self, lang: Lang, open_only: bool) -> Result<TranslationSummary> {
        Ok(translation::summary(&self.load()?, lang, open_only))
    }

    /// Records the English translation of one text of one record, made
    /// from the German text as it stands now, in one transaction with its
    /// history row (field `translations.en.<field>`). Refused with
    /// `not_found` for an unknown record and with a validation error naming
    /// `field` when it is no translatable text of the record, or the text is
    /// empty or too long; the register is then unchanged. Returns the text
    /// as the translation view shows it.
    pub fn set_translation(
        &mut self,
        entity: EntityKind,
        key: &str,
        field: &str,
        text: &str,
        lang: Lang,
    ) -> Result<TranslatableText> {
        self.write(|ctx| {
            let register = one_record(ctx.tx, entity, key)?;
            let new = translation::prepare(&register, entity, key, field, text)?;
            let old = register.translations.iter().find(|t| t.field == field);
            if old.is_some_and(|o| *o == new) {
                return Ok(());
            }
            insert(ctx, &new)?;
            record_change(
                ctx,
                entity,
                key,
                field,
                old.map(|o| &o.text),
                Some(&new.text),
            )
        })?;
        self.translated_text(entity, key, field, lang)
    }

    /// Removes the English translation of one text; nothing happens when
    /// there is none. Refused like [`Store::set_translation`] for an unknown
    /// record; a field that is no longer a text may still be cleared.
    pub fn clear_translation(&mut self, entity: EntityKind, key: &str, field: &str) -> Result<()> {
        self.write(|ctx| {
            let register = one_record(ctx.tx, entity, key)?;
            let Some(old) = register.translations.iter().find(|t| t.field == field) else {
                return Ok(());
            };
            ctx.tx
                .prepare_cached(
                    "DELETE FROM translation WHERE entity = ?1 AND key = ?2 AND field = ?3
                     AND lang = ?4",
                )?
                .execute(params![
                    entity.code(),
                    key,
                    field,
                    translation::TARGET.code()
                ])?;
            record_change(ctx, entity, key, field, Some(&old.text), None)
        })
    }

    fn translated_text(
        &self,
        entity: EntityKind,
        key: &str,
        field: &str,
        lang: Lang,
    ) -> Result<TranslatableText> {
        self.translation_texts(entity, key, lang)?
            .into_iter()
            .find(|t| t.field == field)
            .ok_or_else(|| translation::not_found(entity, key))
    }
}
