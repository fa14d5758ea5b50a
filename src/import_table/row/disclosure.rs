//! The recipients column: one recipient per line, optionally with what it
//! receives and on what basis, `Beschreibung | Datenkategorien |
//! Rechtsgrundlage` (docs/import-table.md).

use super::super::citation::legal_basis_code;
use super::super::columns::Field;
use super::Cells;
use crate::model::*;

/// Each line as an internal recipient: its description, the data categories
/// disclosed to it (names of the row's categories, separated by `;`; the
/// store names one the row does not have) and the legal basis of the
/// disclosure, cited as in the legal-bases column, a citation the catalog
/// does not know kept as the statute in words.
pub(super) fn recipients(cells: &mut Cells<'_>, catalogs: &Catalogs) -> Vec<Recipient> {
    cells
        .lines(Field::Recipients)
        .into_iter()
        .map(|line| {
            let mut parts = line.split('|').map(str::trim);
            let description = parts.next().unwrap_or_default().to_owned();
            let listed = |part: Option<&str>| -> Vec<String> {
                part.unwrap_or_default()
                    .split(';')
                    .map(str::trim)
                    .filter(|s| !s.is_empty() && !["-", "–", "—"].contains(s))
                    .map(str::to_owned)
                    .collect()
            };
            let data_categories = listed(parts.next());
            let mut legal_bases = Vec::new();
            let mut notes = Vec::new();
            for citation in listed(parts.next()) {
                match legal_basis_code(&citation, catalogs) {
                    Some(code) if legal_bases.contains(&code) => {}
                    Some(code) => legal_bases.push(code),
                    None => notes.push(citation),
                }
            }
            Recipient {
                role: RecipientRole::Internal,
                description: Some(description),
                data_categories,
                legal_bases,
                legal_basis_note: (!notes.is_empty()).then(|| notes.join("; ")),
                ..Recipient::default()
            }
        })
        .collect()
}
