//! The commands that read and write the register's records: activities,
//! parties, the organisation, TOMs, the processor's record, the catalogs and
//! each record's history. One command per operation, so the capability can
//! grant each on its own; each is a thin call of the core.

use serde::de::DeserializeOwned;
use serde_json::Value;
use tauri::State;
use vvt::interchange::record_from_value;
use vvt::{
    ActivityFilter, ActivityListItem, Catalogs, ChangeRecord, EntityKind, Lang, Organisation,
    Party, ProcessingActivity, ProcessorActivity, Store, Tom, TranslatableText, TranslationSummary,
};

use crate::error::CommandError;
use crate::register::OpenRegister;

/// A record (or a filter) as the UI sends it: checked against the model, so
/// a bad value is a validation error naming its field, then handed to `use_it`
/// (a store write is one transaction).
fn with_record<T: DeserializeOwned, R>(
    register: &OpenRegister,
    value: Value,
    use_it: impl FnOnce(&mut Store, &T) -> vvt::Result<R>,
) -> Result<R, CommandError> {
    let record: T = record_from_value(value)?;
    register.with_store(|store| use_it(store, &record))
}

// ---- Processing activities -------------------------------------------------

#[tauri::command]
pub fn find_activities(
    register: State<'_, OpenRegister>,
    filter: Value,
) -> Result<Vec<ActivityListItem>, CommandError> {
    with_record(&register, filter, |store, filter: &ActivityFilter| {
        store.find_activities(filter)
    })
}

#[tauri::command]
pub fn get_activity(
    register: State<'_, OpenRegister>,
    key: String,
) -> Result<ProcessingActivity, CommandError> {
    register.with_store(|store| store.activity(&key))
}

/// A draft with a free key; nothing is saved until `create_activity`.
#[tauri::command]
pub fn new_activity(register: State<'_, OpenRegister>) -> Result<ProcessingActivity, CommandError> {
    register.with_store(|store| Ok(ProcessingActivity::new(store.next_activity_key()?, "")))
}

#[tauri::command]
pub fn create_activity(
    register: State<'_, OpenRegister>,
    activity: Value,
) -> Result<ProcessingActivity, CommandError> {
    with_activity(&register, activity, Store::create_activity)
}

#[tauri::command]
pub fn update_activity(
    register: State<'_, OpenRegister>,
    activity: Value,
) -> Result<ProcessingActivity, CommandError> {
    with_activity(&register, activity, Store::update_activity)
}

/// An activity from the editor, saved by `save`. When a value cannot even be
/// read (a day that does not exist), the rest of the form is still checked,
/// without writing, so the refusal names every problem at once.
fn with_activity(
    register: &OpenRegister,
    value: Value,
    save: impl FnOnce(&mut Store, &ProcessingActivity) -> vvt::Result<ProcessingActivity>,
) -> Result<ProcessingActivity, CommandError> {
    match vvt::interchange::record_from_value_lenient::<ProcessingActivity>(value) {
        (Some(activity), problems) if problems.is_empty() => {
            register.with_store(|store| save(store, &activity))
        }
        (read, mut problems) => {
            if let Some(rest) = read {
                let checked = register.with_store(|store| store.check_activity(&rest));
                if let Err(error) = checked {
                    // The values set aside are reported as unreadable, not as missing.
                    let more: Vec<vvt::FieldProblem> = error
                        .problems
                        .into_iter()
                        .filter(|m| !problems.iter().any(|p| p.field == m.field))
                        .map(|m| vvt::FieldProblem {
                            field: m.field,
                            reason: m.reason,
                        })
                        .collect();
                    problems.extend(more);
                }
            }
            problems.sort_by_key(|p| field_order(&p.field));
            Err(CommandError::from(if problems.len() == 1 {
                let p = problems.remove(0);
                vvt::Error::validation(p.field, p.reason)
            } else {
                vvt::Error::Invalid { problems }
            }))
        }
    }
}

/// Where a field stands in the activity form, so the problems read top to
/// bottom as the form does.
fn field_order(field: &str) -> usize {
    const ORDER: [&str; 23] = [
        "key",
        "name",
        "description",
        "department",
        "contact_person",
        "status",
        "purposes",
        "data_subjects",
        "data_subject_groups",
        "data_categories",
        "source",
        "provision",
        "automated_decisions",
        "information",
        "recipients",
        "access",
        "transfers",
        "embeds",
        "toms",
        "dpia",
        "last_reviewed",
        "next_review",
        "notes",
    ];
    let top = field.split(['.', '[']).next().unwrap_or(field);
    ORDER.iter().position(|f| *f == top).unwrap_or(ORDER.len())
}

#[tauri::command]
pub fn delete_activity(
    register: State<'_, OpenRegister>,
    key: String,
    version: i64,
) -> Result<(), CommandError> {
    register.with_store(|store| store.delete_activity(&key, version))
}

// ---- Parties, organisation, TOMs, catalogs --------------------------------

#[tauri::command]
pub fn list_parties(register: State<'_, OpenRegister>) -> Result<Vec<Party>, CommandError> {
    register.with_store(|store| store.parties())
}

#[tauri::command]
pub fn create_party(
    register: State<'_, OpenRegister>,
    party: Value,
) -> Result<Party, CommandError> {
    with_record(&register, party, Store::create_party)
}

#[tauri::command]
pub fn update_party(
    register: State<'_, OpenRegister>,
    party: Value,
) -> Result<Party, CommandError> {
    with_record(&register, party, Store::update_party)
}

#[tauri::command]
pub fn delete_party(
    register: State<'_, OpenRegister>,
    key: String,
    version: i64,
) -> Result<(), CommandError> {
    register.with_store(|store| store.delete_party(&key, version))
}

#[tauri::command]
pub fn get_organisation(register: State<'_, OpenRegister>) -> Result<Organisation, CommandError> {
    register.with_store(|store| store.organisation())
}

#[tauri::command]
pub fn save_organisation(
    register: State<'_, OpenRegister>,
    organisation: Value,
) -> Result<Organisation, CommandError> {
    with_record(&register, organisation, Store::save_organisation)
}

#[tauri::command]
pub fn list_toms(register: State<'_, OpenRegister>) -> Result<Vec<Tom>, CommandError> {
    register.with_store(|store| store.toms())
}

#[tauri::command]
pub fn create_tom(register: State<'_, OpenRegister>, tom: Value) -> Result<Tom, CommandError> {
    with_record(&register, tom, Store::create_tom)
}

#[tauri::command]
pub fn update_tom(register: State<'_, OpenRegister>, tom: Value) -> Result<Tom, CommandError> {
    with_record(&register, tom, Store::update_tom)
}

#[tauri::command]
pub fn delete_tom(
    register: State<'_, OpenRegister>,
    key: String,
    version: i64,
) -> Result<(), CommandError> {
    register.with_store(|store| store.delete_tom(&key, version))
}

/// The processor's record (Art. 30(2)): what the organisation processes on
/// behalf of other controllers.
#[tauri::command]
pub fn list_processor_activities(
    register: State<'_, OpenRegister>,
) -> Result<Vec<ProcessorActivity>, CommandError> {
    register.with_store(|store| store.processor_activities())
}

#[tauri::command]
pub fn create_processor_activity(
    register: State<'_, OpenRegister>,
    entry: Value,
) -> Result<ProcessorActivity, CommandError> {
    with_record(&register, entry, Store::create_processor_activity)
}

#[tauri::command]
pub fn update_processor_activity(
    register: State<'_, OpenRegister>,
    entry: Value,
) -> Result<ProcessorActivity, CommandError> {
    with_record(&register, entry, Store::update_processor_activity)
}

#[tauri::command]
pub fn delete_processor_activity(
    register: State<'_, OpenRegister>,
    key: String,
    version: i64,
) -> Result<(), CommandError> {
    register.with_store(|store| store.delete_processor_activity(&key, version))
}

/// The legal catalogs the register was kept with, each entry with its source.
#[tauri::command]
pub fn get_catalogs(register: State<'_, OpenRegister>) -> Result<Catalogs, CommandError> {
    register.with_store(|store| Ok(store.catalogs().clone()))
}

// ---- History ---------------------------------------------------------------

/// The changes of one record, newest first.
#[tauri::command]
pub fn record_history(
    register: State<'_, OpenRegister>,
    entity: EntityKind,
    key: String,
) -> Result<Vec<ChangeRecord>, CommandError> {
    register.with_store(|store| {
        let mut changes = store.history(Some((entity, &key)))?;
        changes.sort_by_key(|c| std::cmp::Reverse(c.id));
        Ok(changes)
    })
}

/// Sets one field back to the value a change recorded as its old value,
/// saved as a new change; returns the saved record.
#[tauri::command]
pub fn restore_value(
    register: State<'_, OpenRegister>,
    entity: EntityKind,
    key: String,
    change_id: i64,
    field: String,
    version: i64,
) -> Result<Value, CommandError> {
    register.with_store(|store| store.restore_value(entity, &key, change_id, &field, version))
}

/// The translatable texts of one record beside their English translations,
/// labelled in `lang` (the "Übersetzung / Translation" view).
#[tauri::command]
pub fn translation_texts(
    register: State<'_, OpenRegister>,
    entity: EntityKind,
    key: String,
    lang: Lang,
) -> Result<Vec<TranslatableText>, CommandError> {
    register.with_store(|store| store.translation_texts(entity, &key, lang))
}

/// What is untranslated or outdated in the whole register, with the counts.
#[tauri::command]
pub fn translation_summary(
    register: State<'_, OpenRegister>,
    lang: Lang,
    open_only: bool,
) -> Result<TranslationSummary, CommandError> {
    register.with_store(|store| store.translation_summary(lang, open_only))
}

/// Saves the English translation of one text, made from its German text as
/// it stands now; returns the text with its new status, labelled in `lang`.
#[tauri::command]
pub fn set_translation(
    register: State<'_, OpenRegister>,
    entity: EntityKind,
    key: String,
    field: String,
    text: String,
    lang: Lang,
) -> Result<TranslatableText, CommandError> {
    register.with_store(|store| store.set_translation(entity, &key, &field, &text, lang))
}

/// Removes the English translation of one text.
#[tauri::command]
pub fn clear_translation(
    register: State<'_, OpenRegister>,
    entity: EntityKind,
    key: String,
    field: String,
) -> Result<(), CommandError> {
    register.with_store(|store| store.clear_translation(entity, &key, &field))
}
