//! A country as a spreadsheet names it: the ISO code or the name in the
//! country catalog, German or English.

use super::columns::fold;
use crate::{Catalogs, Country};

/// The catalog entry for an ISO 3166-1 alpha-2 code ("US", "us") or a
/// catalog name ("Vereinigte Staaten", "united states"). A name with a
/// closing parenthesis ("Südkorea (Republik Korea)") is also found by either
/// part.
pub fn find_country<'c>(text: &str, catalogs: &'c Catalogs) -> Option<&'c Country> {
    let wanted = fold(text);
    // Short forms registers use all the time, which are neither ISO codes
    // nor catalog names.
    if let Some((_, code)) = SHORT_FORMS.iter().find(|(short, _)| fold(short) == wanted) {
        return catalogs.countries.iter().find(|c| c.code == *code);
    }
    catalogs.countries.iter().find(|c| {
        c.code.eq_ignore_ascii_case(text.trim())
            || [&c.name_de, &c.name_en]
                .iter()
                .any(|name| names(name).any(|n| fold(n) == wanted))
    })
}

/// Everyday names of the countries data goes to most, by their ISO code.
const SHORT_FORMS: [(&str, &str); 6] = [
    ("USA", "US"),
    ("U.S.A.", "US"),
    ("U.S.", "US"),
    ("UK", "GB"),
    ("Großbritannien", "GB"),
    ("Great Britain", "GB"),
];

/// The name, and for "A (B)" also A and B.
fn names(name: &str) -> impl Iterator<Item = &str> {
    let parts = name
        .strip_suffix(')')
        .and_then(|n| n.split_once(" ("))
        .map(|(a, b)| [a, b]);
    std::iter::once(name).chain(parts.into_iter().flatten())
}
