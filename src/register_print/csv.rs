//! The activities as CSV for spreadsheet programs: one row per activity with
//! the same columns as the XLSX sheet, UTF-8 with a byte-order mark (so Excel
//! reads umlauts), RFC 4180 quoting and CRLF line ends.
//!
//! The register's header (Art. 30(1)(a): controller, DPO, representative,
//! joint controllers, authority) comes first, as a block of two columns —
//! the item and its value — under the title, and an empty line parts it
//! from the table. One file, as `-o FILE` asks for; a reader that wants the
//! table alone starts at the row after the first empty one, where the
//! table's heading row begins (docs/register-print.md).
//!
//! Excel splits on the list separator of the user's locale: `;` in German,
//! `,` in English. The separator therefore follows the print's language
//! unless the caller picks one ([`to_csv_with_separator`]).

use super::labels;
use super::{Body, Entry, RegisterPrint, SectionKind};
use crate::Lang;

/// The activities sheet as CSV, separated by `;` (German) or `,` (English).
pub fn to_csv(print: &RegisterPrint) -> String {
    let separator = match print.lang {
        Lang::De => ';',
        Lang::En => ',',
    };
    to_csv_with_separator(print, separator)
}

/// The activities sheet as CSV with the given separator.
pub fn to_csv_with_separator(print: &RegisterPrint, separator: char) -> String {
    let entries: &[Entry] = match print.section(SectionKind::Activities).map(|s| &s.body) {
        Some(Body::Entries(e)) => e,
        _ => &[],
    };
    let mut out = String::from('\u{feff}');
    push_row(&mut out, std::iter::once(print.title.as_str()), separator);
    for item in &print.cover {
        let value = item.value.plain(print.lang, "\n");
        push_row(
            &mut out,
            [item.column().as_str(), value.as_str()].into_iter(),
            separator,
        );
    }
    out.push_str("\r\n");
    let mut header = vec![labels::key(print.lang).to_owned()];
    header.extend(columns(print, SectionKind::Activities, entries));
    push_row(&mut out, header.iter().map(String::as_str), separator);
    for e in entries {
        let values: Vec<String> = e
            .items
            .iter()
            .map(|i| i.value.plain(print.lang, "\n"))
            .collect();
        push_row(
            &mut out,
            std::iter::once(e.key.as_str()).chain(values.iter().map(String::as_str)),
            separator,
        );
    }
    out
}

/// Column names: the items of an entry, every entry of a section having
/// the same items.
pub(super) fn columns(print: &RegisterPrint, kind: SectionKind, entries: &[Entry]) -> Vec<String> {
    match entries.first() {
        Some(e) => e.items.iter().map(|i| i.column()).collect(),
        None => super::build::entry_columns(kind, print.lang),
    }
}

fn push_row<'a>(out: &mut String, fields: impl Iterator<Item = &'a str>, separator: char) {
    for (i, f) in fields.enumerate() {
        if i > 0 {
            out.push(separator);
        }
        push_field(out, f, separator);
    }
    out.push_str("\r\n");
}

/// RFC 4180: a field holding the separator, a quote, CR or LF is quoted and
/// its quotes doubled. A field that a spreadsheet would run as a formula
/// (starting with `=`, `+`, `-`, `@`, tab or CR) gets a leading apostrophe,
/// the usual guard against formula injection; register text never needs to
/// be a live formula.
fn push_field(out: &mut String, field: &str, separator: char) {
    let formula = field.starts_with(['=', '+', '-', '@', '\t', '\r']);
    let quote = formula || field.contains([separator, '"', '\r', '\n']);
    if quote {
        out.push('"');
    }
    if formula {
        out.push('\'');
    }
    for c in field.chars() {
        if c == '"' {
            out.push('"');
        }
        out.push(c);
    }
    if quote {
        out.push('"');
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn field(f: &str) -> String {
        let mut s = String::new();
        push_field(&mut s, f, ';');
        s
    }

    #[test]
    fn quoting_follows_rfc_4180() {
        assert_eq!(field("Müller"), "Müller");
        assert_eq!(field("a;b"), "\"a;b\"");
        assert_eq!(field("a,b"), "a,b", "a comma is no separator in German CSV");
        assert_eq!(field("sagt \"ja\""), "\"sagt \"\"ja\"\"\"");
        assert_eq!(field("Zeile 1\nZeile 2"), "\"Zeile 1\nZeile 2\"");
        assert_eq!(field("=SUMME(A1)"), "\"'=SUMME(A1)\"");
    }
}
