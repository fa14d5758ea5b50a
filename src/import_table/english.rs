//! English columns beside the register's own words ("Zwecke (Englisch)",
//! "Purposes (English)"): each cell gives the English of the German cell of
//! its row, entry by entry, and becomes the texts' translations
//! (docs/import-table.md, "English columns").
//!
//! A cell is read by the same rules as the German one, as if it stood in
//! the German column, and the two activities' texts are paired by their
//! place (`purposes[1].description`). So a list cell must have as many
//! entries as the German cell beside it; an empty English cell translates
//! nothing.

use super::problem::{Problem, TableError};
use super::row::{self, Layout};
use super::table::Row;
use crate::model::*;

/// An English text of a row: the place of the German text it translates
/// and the English column it came from.
pub(super) struct Pair {
    pub field: String,
    pub text: String,
    pub column: String,
}

/// The English texts of `row`, whose German cells read as `german`; or
/// why an English cell does not fit the German one.
pub(super) fn pairs(
    row: &Row,
    layout: &Layout,
    catalogs: &Catalogs,
    german: &ProcessingActivity,
) -> (Vec<Pair>, Vec<TableError>) {
    let (mut pairs, mut errors) = (Vec::new(), Vec::new());
    if layout.english.is_empty() {
        return (pairs, errors);
    }
    let german_texts = crate::translation::activity_texts(german);
    for (field, index, heading) in &layout.english {
        let given = row.cells.get(*index).is_some_and(|c| !c.trim().is_empty());
        if !given {
            continue;
        }
        let english = match row::activity(row, &layout.reading_english(*field), catalogs) {
            Ok(a) => a,
            Err(e) => {
                errors.extend(e);
                continue;
            }
        };
        let english_texts = crate::translation::activity_texts(&english);
        let own = |texts: &[(String, String)], a: &ProcessingActivity| -> Vec<(String, String)> {
            texts
                .iter()
                .filter(|(path, _)| field.fills(path, a))
                .cloned()
                .collect()
        };
        let de = own(&german_texts, german);
        let en = own(&english_texts, &english);
        let fits = de.len() == en.len() && de.iter().zip(&en).all(|(d, e)| d.0 == e.0);
        if !fits {
            errors.push(TableError {
                sheet: None,
                row: Some(row.number),
                column: Some(heading.clone()),
                problem: Problem::TranslationDoesNotFit {
                    german: layout.heading(*field).unwrap_or_default().to_owned(),
                    given: en.len(),
                    expected: de.len(),
                },
            });
            continue;
        }
        pairs.extend(en.into_iter().map(|(field, text)| Pair {
            field,
            text,
            column: heading.clone(),
        }));
    }
    (pairs, errors)
}

/// The translations of the English texts of one row's activity `a`, as
/// validated, each checked as the translation view checks one; or the
/// first refused, with its English column.
pub(super) fn translated(
    a: &ProcessingActivity,
    pairs: Vec<Pair>,
) -> std::result::Result<Vec<crate::Translation>, (String, crate::Error)> {
    if pairs.is_empty() {
        return Ok(Vec::new());
    }
    let one = crate::Register {
        activities: vec![a.clone()],
        ..crate::Register::default()
    };
    pairs
        .into_iter()
        .map(|p| {
            let kind = crate::EntityKind::Activity;
            crate::translation::prepare(&one, kind, &a.key, &p.field, &p.text)
                .map_err(|e| (p.column, e))
        })
        .collect()
}
