//! Restoring one field's earlier value from the change history. The restore is
//! an ordinary edit: the record is changed in its JSON form, read back into its
//! type and saved through the kind's own update function, so validation, the
//! version check, the history row and the single transaction are the ones every
//! other save goes through.

use rusqlite::OptionalExtension;
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;

use super::{ensure_version, history, Store};
use crate::reason::{Reason, RestoreObstacle};
use crate::{EntityKind, Error, FieldChange, Result};

/// Top-level fields the store keeps itself: the key names the record and the
/// rest is bookkeeping, so none of them is "restored".
const NOT_RESTORABLE: &[&str] = &["key", "version", "created_at", "updated_at"];

impl Store {
    /// Sets `field` of the record back to the `old` value that change
    /// `change_id` recorded for it, saved as a new change (history row).
    /// `expected_version` is the record's version as the caller has it; a
    /// stale one is refused with [`Error::Conflict`] and nothing is written.
    /// Returns the saved record as JSON.
    ///
    /// Refused with [`Error::NotFound`] when the change id is unknown
    /// (entity `change`) or the record no longer exists, and with
    /// [`Error::Validation`] naming `change_id` when the change belongs to
    /// another record, or naming `field` when that change did not record the
    /// field, the field is not restorable, the field already holds that value,
    /// or its place in the record no longer exists (a list got shorter, an
    /// optional part was removed). A change of an English translation
    /// (`translations.en.<path>`) is restored as a translation; it has no
    /// version, so `expected_version` is not consulted for it.
    pub fn restore_value(
        &mut self,
        entity: EntityKind,
        key: &str,
        change_id: i64,
        field: &str,
        expected_version: i64,
    ) -> Result<Value> {
        let earlier = self.recorded_old_value(entity, key, change_id, field)?;
        if let Some(text) = field.strip_prefix("translations.en.") {
            return self.restore_translation(entity, key, text, field, &earlier);
        }
        let restore = Restore {
            entity,
            key,
            change_id,
            field,
            value: &earlier,
            expected_version,
        };
        match entity {
            EntityKind::Activity => {
                let current = self.activity(key)?;
                let mut a = restore.apply(&current, current.version)?;
                a.version = expected_version;
                to_json(&self.update_activity(&a)?)
            }
            EntityKind::Party => {
                let current = self.party(key)?;
                let mut p = restore.apply(&current, current.version)?;
                p.version = expected_version;
                to_json(&self.update_party(&p)?)
            }
            EntityKind::Tom => {
                let current = self
                    .toms()?
                    .into_iter()
                    .find(|t| t.key == key)
                    .ok_or_else(|| Error::NotFound {
                        entity: "tom",
                        key: key.to_owned(),
                    })?;
                let mut t = restore.apply(&current, current.version)?;
                t.version = expected_version;
                to_json(&self.update_tom(&t)?)
            }
            EntityKind::ProcessorActivity => {
                let current = self.processor_activity(key)?;
                let mut e = restore.apply(&current, current.version)?;
                e.version = expected_version;
                to_json(&self.update_processor_activity(&e)?)
            }
            EntityKind::Organisation => {
                let current = self.organisation()?;
                let mut o = restore.apply(&current, current.version)?;
                o.version = expected_version;
                to_json(&self.save_organisation(&o)?)
            }
        }
    }

    /// Restores an earlier English translation of one text (a history
    /// field `translations.en.<path>`): the earlier text is recorded again,
    /// made from the German text as it stands now, or the translation
    /// removed when there was none. Translations carry no version of their
    /// own; the write is a new change like any other. Returns the text as
    /// the translation view shows it.
    fn restore_translation(
        &mut self,
        entity: EntityKind,
        key: &str,
        text_field: &str,
        field: &str,
        earlier: &Value,
    ) -> Result<Value> {
        match earlier {
            Value::String(text) => {
                let t = self.set_translation(entity, key, text_field, text, crate::Lang::En)?;
                to_json(&t)
            }
            Value::Null => {
                self.clear_translation(entity, key, text_field)?;
                Ok(Value::Null)
            }
            _ => Err(Error::validation(
                field,
                Reason::NotTranslatable {
                    field: text_field.to_owned(),
                },
            )),
        }
    }

    /// The `old` value change `change_id` recorded for `field` of this record.
    fn recorded_old_value(
        &self,
        entity: EntityKind,
        key: &str,
        change_id: i64,
        field: &str,
    ) -> Result<Value> {
        let records = history::load(&self.conn, Some((entity, key)))?;
        let Some(change) = records.into_iter().find(|r| r.id == change_id) else {
            let exists = self
                .conn
                .query_row(
                    "SELECT 1 FROM change_log WHERE id = ?1",
                    [change_id],
                    |_| Ok(()),
                )
                .optional()?
                .is_some();
            return Err(if exists {
                Error::validation(
                    "change_id",
                    Reason::NotAChangeOf {
                        change_id,
                        entity: entity.code().to_owned(),
                        key: key.to_owned(),
                    },
                )
            } else {
                Error::NotFound {
                    entity: "change",
                    key: change_id.to_string(),
                }
            });
        };
        change
            .changes
            .into_iter()
            .find(|c| c.field == field)
            .map(|FieldChange { old, .. }| old)
            .ok_or_else(|| Error::validation(field, Reason::FieldUnchanged { change_id }))
    }
}

/// One restore request, applied to the current record of whatever type.
struct Restore<'a> {
    entity: EntityKind,
    key: &'a str,
    change_id: i64,
    field: &'a str,
    value: &'a Value,
    expected_version: i64,
}

impl Restore<'_> {
    /// The current record with the field set back, read into its type again.
    fn apply<T: Serialize + DeserializeOwned>(&self, current: &T, version: i64) -> Result<T> {
        // A stale caller gets the conflict before anything else is judged
        // against a state they have not seen.
        ensure_version(self.entity.code(), self.key, self.expected_version, version)?;
        let path = parse_path(self.field)?;
        if let Some(Segment::Key(first)) = path.first() {
            if NOT_RESTORABLE.contains(&first.as_str()) {
                return Err(Error::validation(self.field, Reason::KeptByRegister));
            }
        }
        let mut json = to_json(current)?;
        let now = value_at(&json, &path).unwrap_or(&Value::Null);
        if now == self.value {
            return Err(Error::validation(
                self.field,
                Reason::AlreadyRestored {
                    change_id: self.change_id,
                },
            ));
        }
        match answer_path(&path).filter(|_| !self.value.is_null()) {
            Some(code) => put_answers(&mut json, code, self.value.clone()),
            None => set_value(&mut json, &path, self.value.clone()),
        }
        .map_err(|obstacle| Error::validation(self.field, Reason::CannotRestore { obstacle }))?;
        serde_json::from_value(json).map_err(|e| {
            Error::validation(
                self.field,
                Reason::EarlierValueDoesNotFit {
                    reason: Box::new(Reason::from_serde(&e.to_string())),
                },
            )
        })
    }
}

fn to_json<T: Serialize>(record: &T) -> Result<Value> {
    serde_json::to_value(record).map_err(|e| {
        Error::validation(
            "",
            Reason::Unrecognised {
                message: e.to_string(),
            },
        )
    })
}

/// One step of a history path: `purposes[0].legal_bases` is
/// `Key(purposes) Index(0) Key(legal_bases)`.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Segment {
    Key(String),
    Index(usize),
}

/// Parses the path syntax [`history::diff_fields`] writes: names joined by
/// `.`, each followed by any number of `[n]`.
pub(crate) fn parse_path(field: &str) -> Result<Vec<Segment>> {
    let bad = || Error::validation(field, Reason::NotAFieldPath);
    let mut out = Vec::new();
    for part in field.split('.') {
        let (name, mut rest) = part.split_at(part.find('[').unwrap_or(part.len()));
        if name.is_empty() {
            return Err(bad());
        }
        out.push(Segment::Key(name.to_owned()));
        while !rest.is_empty() {
            let close = rest.find(']').ok_or_else(bad)?;
            let index = rest
                .get(1..close)
                .filter(|_| rest.starts_with('['))
                .and_then(|n| n.parse().ok())
                .ok_or_else(bad)?;
            out.push(Segment::Index(index));
            rest = &rest[close + 1..];
        }
    }
    Ok(out)
}

/// The value at `path`, `None` where any step is missing.
pub(crate) fn value_at<'v>(root: &'v Value, path: &[Segment]) -> Option<&'v Value> {
    path.iter().try_fold(root, |v, seg| match seg {
        Segment::Key(k) => v.get(k.as_str()),
        Segment::Index(i) => v.get(*i),
    })
}

/// Whether `path` is the answers of the DPIA threshold analysis
/// (`dpia.threshold`) or one answer (`dpia.threshold.<code>`, with the code).
/// The answers are a map keyed by catalog code that is not written while
/// empty, so an answer or the whole map taken back since is put back rather
/// than refused as a field the record no longer has.
fn answer_path(path: &[Segment]) -> Option<Option<&str>> {
    match path {
        [Segment::Key(a), Segment::Key(b), rest @ ..] if a == "dpia" && b == "threshold" => {
            match rest {
                [] => Some(None),
                [Segment::Key(code)] => Some(Some(code)),
                _ => None,
            }
        }
        _ => None,
    }
}

fn put_answers(root: &mut Value, code: Option<&str>, value: Value) -> Result<(), RestoreObstacle> {
    let dpia = root
        .get_mut("dpia")
        .and_then(Value::as_object_mut)
        .ok_or_else(|| RestoreObstacle::EmptyNow {
            path: "dpia".into(),
        })?;
    let Some(code) = code else {
        dpia.insert("threshold".to_owned(), value);
        return Ok(());
    };
    dpia.entry("threshold")
        .or_insert_with(|| Value::Object(serde_json::Map::new()))
        .as_object_mut()
        .ok_or_else(|| RestoreObstacle::FieldGone {
            path: "dpia".into(),
            field: "threshold".into(),
        })?
        .insert(code.to_owned(), value);
    Ok(())
}

/// Shows a path prefix the way the history writes it; the record itself
/// is "".
fn display(path: &[Segment]) -> String {
    let mut out = String::new();
    for seg in path {
        match seg {
            Segment::Key(k) if out.is_empty() => out.push_str(k),
            Segment::Key(k) => {
                out.push('.');
                out.push_str(k);
            }
            Segment::Index(i) => out.push_str(&format!("[{i}]")),
        }
    }
    out
}

/// Sets the value at `path`, which must exist in the record as it is now:
/// nothing is created on the way, because a list entry or part that is gone
/// cannot be told apart from one that was deliberately removed. `null` removes
/// the field, so that the record's defaults apply (an empty list, no value).
/// The error says which step no longer exists.
fn set_value(root: &mut Value, path: &[Segment], value: Value) -> Result<(), RestoreObstacle> {
    let (last, parents) = path.split_last().ok_or(RestoreObstacle::PathEmpty)?;
    let mut here = root;
    for (depth, seg) in parents.iter().enumerate() {
        let shown = display(&path[..=depth]);
        here = match seg {
            Segment::Key(k) => match here.get_mut(k.as_str()) {
                Some(Value::Null) | None => return Err(RestoreObstacle::EmptyNow { path: shown }),
                Some(next) => next,
            },
            Segment::Index(i) => {
                let why = gone(&shown, &path[..depth], here);
                here.get_mut(*i).ok_or(why)?
            }
        };
    }
    match last {
        Segment::Key(k) => {
            let object = here
                .as_object_mut()
                .filter(|o| o.contains_key(k))
                .ok_or_else(|| RestoreObstacle::FieldGone {
                    path: display(parents),
                    field: k.clone(),
                })?;
            if value.is_null() {
                object.remove(k);
            } else {
                object.insert(k.clone(), value);
            }
        }
        Segment::Index(i) => {
            let why = gone(&display(path), parents, here);
            *here.get_mut(*i).ok_or(why)? = value;
        }
    }
    Ok(())
}

/// Why list entry `shown` cannot be reached: the list at `list` is shorter.
fn gone(shown: &str, list: &[Segment], here: &Value) -> RestoreObstacle {
    RestoreObstacle::EntryGone {
        path: shown.to_owned(),
        list: display(list),
        len: here.as_array().map_or(0, Vec::len),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn key(k: &str) -> Segment {
        Segment::Key(k.to_owned())
    }

    #[test]
    fn parses_the_paths_the_history_writes() {
        assert_eq!(parse_path("name").unwrap(), vec![key("name")]);
        assert_eq!(
            parse_path("purposes[0].legal_bases").unwrap(),
            vec![key("purposes"), Segment::Index(0), key("legal_bases")]
        );
        assert_eq!(
            parse_path("data_categories[12].retention.period.amount").unwrap(),
            vec![
                key("data_categories"),
                Segment::Index(12),
                key("retention"),
                key("period"),
                key("amount")
            ]
        );
        assert_eq!(
            parse_path("a[1][2]").unwrap(),
            vec![key("a"), Segment::Index(1), Segment::Index(2)]
        );
        for bad in ["", ".name", "name.", "a[", "a[x]", "a]0[", "a[0]b", "[0]"] {
            assert!(parse_path(bad).is_err(), "{bad:?} must be refused");
        }
    }

    #[test]
    fn sets_nested_values_and_removes_nulls() {
        let mut v = json!({"purposes": [{"d": "a"}, {"d": "b", "n": "x"}], "name": "N"});
        set_value(&mut v, &parse_path("purposes[1].d").unwrap(), json!("c")).unwrap();
        set_value(&mut v, &parse_path("purposes[1].n").unwrap(), Value::Null).unwrap();
        set_value(&mut v, &parse_path("name").unwrap(), json!("M")).unwrap();
        assert_eq!(
            v,
            json!({"purposes": [{"d": "a"}, {"d": "c"}], "name": "M"})
        );
    }

    #[test]
    fn refuses_paths_that_no_longer_exist() {
        let mut v = json!({"purposes": [{"d": "a"}], "agreement": null, "adm": {"kind": "none"}});
        let before = v.clone();
        let err = set_value(&mut v, &parse_path("purposes[2].d").unwrap(), json!("x"));
        assert_eq!(
            err.unwrap_err().to_string(),
            "purposes[2] no longer exists: purposes has 1 entry now"
        );
        let err = set_value(
            &mut v,
            &parse_path("agreement.signed_on").unwrap(),
            json!("x"),
        );
        assert_eq!(
            err.unwrap_err().to_string(),
            "agreement is empty in the record now"
        );
        let err = set_value(&mut v, &parse_path("adm.logic").unwrap(), json!("x"));
        assert!(err
            .unwrap_err()
            .to_string()
            .contains("no longer has a field logic"));
        assert_eq!(v, before, "a refused path changes nothing");
    }
}
