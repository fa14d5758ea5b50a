//! The JSON interchange format (`docs/register-format.md`): the whole register
//! with its history, versioned, written so that export → import → export is
//! byte for byte the same.

use std::path::Path;

use serde::Serialize;
use serde_json::Value;

use crate::{Error, Reason, Register, Result};

/// The value of the `format` field that marks a VVT register file.
pub const FORMAT: &str = "vvt-register";
/// The version of the format this program writes. Version 2 added fields
/// (`no_dpo_reason`, an activity's `information`, a party's
/// `dpf_checked_on`); a VVT that reads only version 1 would stumble over
/// them as unknown fields, so the raised number lets it refuse the file as
/// "written by a newer VVT" instead. Version 3 added
/// `organisation.persons_processing` for the same reason, version 4
/// `publications[].template_hash`, version 5 the structure of issue 23 (a
/// retention rule's `start_event` and `at_end`, data-subject groups, Art. 9/10
/// conditions per category, publication as a recipient, disclosure per
/// recipient, professional secrecy), version 6 an activity's `dpia.threshold`
/// (the answers of the DPIA threshold analysis), written only when an
/// activity has answers, version 7 an activity's `embeds` (cookies and
/// embedded services) and `automated_decisions.decisions` (each decision
/// with its Art. 22(2) exception and Art. 22(3) safeguards), version 8 the
/// register's `translations` (its texts in English, written only when there
/// are any), version 9 a party's `processing_countries` (written only when
/// there are any).
pub const FORMAT_VERSION: u64 = 9;
/// The oldest version this program reads. The fields added since are all
/// optional, so a version-1 file imports as it is.
pub const OLDEST_FORMAT_VERSION: u64 = 1;
/// Largest file the import reads (64 MiB).
pub const MAX_FILE_SIZE: u64 = 64 * 1024 * 1024;

#[derive(Serialize)]
struct Envelope<'a> {
    format: &'static str,
    format_version: u64,
    #[serde(flatten)]
    register: &'a Register,
}

/// The register as pretty-printed JSON with a final newline.
pub fn to_json(register: &Register) -> Result<String> {
    let envelope = Envelope {
        format: FORMAT,
        format_version: FORMAT_VERSION,
        register,
    };
    let mut text = serde_json::to_string_pretty(&envelope)
        .map_err(|e| Error::render("interchange file", format!("cannot write JSON: {e}")))?;
    text.push('\n');
    Ok(text)
}

/// Reads a register from interchange JSON. Errors name the JSON path of the
/// offending value (or the line and column of a syntax error) and the reason.
/// References and catalog codes are checked later, by the import itself.
pub fn from_json(text: &str) -> Result<Register> {
    crate::json_keys::refuse_duplicate_keys(text)?;
    let mut value: Value = serde_json::from_str(text).map_err(|e| {
        Error::validation(
            format!("line {}, column {}", e.line(), e.column()),
            Reason::MalformedJson {
                detail: e.to_string(),
            },
        )
    })?;
    let Value::Object(map) = &mut value else {
        return Err(Error::validation("$", Reason::NotAJsonObject));
    };
    match map.remove("format") {
        Some(Value::String(f)) if f == FORMAT => {}
        Some(other) => {
            return Err(Error::validation(
                "format",
                Reason::WrongFormat {
                    expected: FORMAT.to_owned(),
                    found: other.to_string(),
                },
            ))
        }
        None => {
            return Err(Error::validation(
                "format",
                Reason::FormatMissing {
                    expected: FORMAT.to_owned(),
                },
            ))
        }
    }
    match map.remove("format_version") {
        Some(Value::Number(n))
            if n.as_u64()
                .is_some_and(|v| (OLDEST_FORMAT_VERSION..=FORMAT_VERSION).contains(&v)) => {}
        Some(Value::Number(n)) if n.as_u64().is_some_and(|v| v > FORMAT_VERSION) => {
            return Err(Error::validation(
                "format_version",
                Reason::FormatVersionTooNew {
                    version: n.as_u64().unwrap_or_default(),
                    oldest: OLDEST_FORMAT_VERSION,
                    newest: FORMAT_VERSION,
                },
            ))
        }
        Some(other) => {
            return Err(Error::validation(
                "format_version",
                Reason::FormatVersionUnsupported {
                    found: other.to_string(),
                    oldest: OLDEST_FORMAT_VERSION,
                    newest: FORMAT_VERSION,
                },
            ))
        }
        None => return Err(Error::validation("format_version", Reason::Missing)),
    }
    serde_path_to_error::deserialize(value).map_err(|e| {
        let path = e.path().to_string();
        Error::validation(
            if path == "." { "$".to_owned() } else { path },
            Reason::from_serde(&e.into_inner().to_string()),
        )
    })
}

/// Reads one record (an activity, a party, the organisation …) from JSON as
/// the desktop app sends it. A value of the wrong shape is refused with the
/// path of the field inside the record, so the editor can show the message at
/// that input; a text that is no date says so in words a DPO understands.
pub fn record_from_value<T: serde::de::DeserializeOwned>(value: Value) -> Result<T> {
    let original = value.clone();
    serde_path_to_error::deserialize(value).map_err(|e| {
        let path = e.path().to_string();
        let reason = e.into_inner().to_string();
        // serde_path_to_error prints paths in the history's syntax.
        let found = crate::store::restore::parse_path(&path)
            .ok()
            .and_then(|segments| crate::store::restore::value_at(&original, &segments));
        let reason = match (found, Reason::from_serde(&reason)) {
            (Some(Value::String(text)), Reason::DateSyntax { .. }) if looks_like_date(text) => {
                Reason::InvalidDate {
                    value: text.clone(),
                }
            }
            (_, reason) => reason,
        };
        Error::validation(if path == "." { "$".to_owned() } else { path }, reason)
    })
}

/// Reads a record as [`record_from_value`] does, but goes on past a value
/// that cannot be read: it is noted, set aside (null, "not recorded") and the
/// rest is read again, so a form that sends two bad dates and an empty name
/// hears of all three (the name from the validation the caller runs on the
/// record returned). Returns the record read without the bad values, if one
/// could be, and the problems found. A value that cannot be set aside ends it.
pub fn record_from_value_lenient<T: serde::de::DeserializeOwned>(
    mut value: Value,
) -> (Option<T>, Vec<crate::FieldProblem>) {
    let mut problems: Vec<crate::FieldProblem> = Vec::new();
    for _ in 0..64 {
        match record_from_value::<T>(value.clone()) {
            Ok(record) => return (Some(record), problems),
            Err(Error::Validation { field, reason }) => {
                let again = problems.iter().any(|p| p.field == field);
                let cleared = !again && set_aside(&mut value, &field);
                problems.push(crate::FieldProblem { field, reason });
                if !cleared {
                    return (None, problems);
                }
            }
            Err(_) => return (None, problems),
        }
    }
    (None, problems)
}

/// Sets the value at `path` to null; false when there is none.
fn set_aside(value: &mut Value, path: &str) -> bool {
    use crate::store::restore::{parse_path, Segment};
    let Ok(segments) = parse_path(path) else {
        return false;
    };
    let mut at = value;
    for segment in &segments {
        let next = match segment {
            Segment::Key(k) => at.get_mut(k.as_str()),
            Segment::Index(i) => at.get_mut(*i),
        };
        match next {
            Some(v) => at = v,
            None => return false,
        }
    }
    if at.is_null() {
        return false;
    }
    *at = Value::Null;
    true
}

/// Digits and dashes (or dots) only: what someone meant as a date.
fn looks_like_date(text: &str) -> bool {
    !text.is_empty()
        && text.chars().any(|c| c.is_ascii_digit())
        && text
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '-' | '.' | '/'))
}

/// Reads and parses an interchange file, refusing files over
/// [`MAX_FILE_SIZE`] and anything that is not a regular file.
pub fn read_file(path: &Path) -> Result<Register> {
    use crate::paths::ReadRefusal;
    let bytes =
        crate::paths::read_limited(path, MAX_FILE_SIZE).map_err(|refusal| match refusal {
            ReadRefusal::NotAFile => Error::validation(
                "file",
                Reason::NotARegularFile {
                    path: path.display().to_string(),
                },
            ),
            ReadRefusal::TooLarge(size) => Error::validation(
                "$",
                Reason::FileTooLarge {
                    mib: size / (1024 * 1024),
                    max_mib: MAX_FILE_SIZE / (1024 * 1024),
                },
            ),
            ReadRefusal::Io(e) => Error::io(format!("cannot read {}", path.display()), e),
        })?;
    let text = String::from_utf8(bytes).map_err(|e| {
        Error::validation(
            "$",
            Reason::NotUtf8 {
                detail: e.to_string(),
            },
        )
    })?;
    from_json(text.strip_prefix('\u{feff}').unwrap_or(&text))
}
