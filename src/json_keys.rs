//! Refuses JSON with a key twice in one object. `serde_json` keeps the last
//! of them silently, so a file edited by hand (or crafted) could show one
//! value to a reader and import another; the import names the path instead.

use std::cell::RefCell;
use std::collections::HashSet;
use std::fmt;

use serde::de::{DeserializeSeed, Error as _, MapAccess, SeqAccess, Visitor};

use crate::{Error, Result};

/// Checks that no object in `text` has a key twice; the error names the
/// duplicate's path in the syntax of the other import errors.
pub fn refuse_duplicate_keys(text: &str) -> Result<()> {
    let found = RefCell::new(None);
    let mut de = serde_json::Deserializer::from_str(text);
    let walked = Walk {
        path: String::new(),
        found: &found,
    }
    .deserialize(&mut de);
    if let Some(path) = found.into_inner() {
        return Err(Error::validation(path, crate::Reason::KeyTwiceInObject));
    }
    // Syntax errors are reported by the parse that follows, with line and
    // column.
    let _ = walked;
    Ok(())
}

struct Walk<'a> {
    path: String,
    found: &'a RefCell<Option<String>>,
}

impl<'de> DeserializeSeed<'de> for Walk<'_> {
    type Value = ();

    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Walk<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_bool<E>(self, _: bool) -> Result<(), E> {
        Ok(())
    }
    fn visit_i64<E>(self, _: i64) -> Result<(), E> {
        Ok(())
    }
    fn visit_u64<E>(self, _: u64) -> Result<(), E> {
        Ok(())
    }
    fn visit_f64<E>(self, _: f64) -> Result<(), E> {
        Ok(())
    }
    fn visit_str<E>(self, _: &str) -> Result<(), E> {
        Ok(())
    }
    fn visit_unit<E>(self) -> Result<(), E> {
        Ok(())
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let mut i = 0;
        while seq
            .next_element_seed(Walk {
                path: format!("{}[{i}]", self.path),
                found: self.found,
            })?
            .is_some()
        {
            i += 1;
        }
        Ok(())
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let mut seen = HashSet::new();
        while let Some(key) = map.next_key::<String>()? {
            let path = if self.path.is_empty() {
                key.clone()
            } else {
                format!("{}.{key}", self.path)
            };
            if !seen.insert(key) {
                *self.found.borrow_mut() = Some(path);
                return Err(A::Error::custom("duplicate key"));
            }
            map.next_value_seed(Walk {
                path,
                found: self.found,
            })?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_the_path_of_a_duplicate_key() {
        let err = refuse_duplicate_keys(r#"{"a": [{"b": 1}, {"c": 2, "c": 3}]}"#).unwrap_err();
        assert_eq!(err.field(), Some("a[1].c"));
        refuse_duplicate_keys(r#"{"a": [{"b": 1}, {"b": 2}], "c": {"b": 3}}"#)
            .expect("the same key in different objects is fine");
        refuse_duplicate_keys("{oops").expect("syntax errors are left to the parse");
    }
}
