//! Periods that cite § 147 AO or § 257 HGB must be the period that law sets
//! for the kind of document the data category names: books and annual
//! accounts 10 years, booking vouchers 8 years since 01.01.2025 (Fourth
//! Bureaucracy Relief Act), business letters 6 years.

use super::context::category_text;
use super::words::WordList;
use super::{Finding, RecordRef, Rule, Severity};
use crate::{DataCategory, Lang, Period, PeriodUnit, ProcessingActivity};

pub(super) const STATUTORY: Rule = Rule {
    id: "retention-statutory-mismatch",
    severity: Severity::Warning,
    source_de: "§ 147 Abs. 1, 3 AO; § 257 Abs. 1, 4 HGB (Fassung des Vierten \
                Bürokratieentlastungsgesetzes, ab 01.01.2025)",
    source_en: "Section 147(1), (3) AO; Section 257(1), (4) HGB (as amended by the Fourth \
                Bureaucracy Relief Act, from 1 January 2025)",
    title_de: "Gesetzliche Aufbewahrungsfrist passt nicht zu ihrer Quelle",
    title_en: "Statutory retention period does not match its source",
};

/// Documents § 147 AO and § 257 HGB set a period for, with that period in
/// years and how a message names them.
#[derive(Clone, Copy, PartialEq)]
enum Document {
    /// Books, records, inventories, annual accounts: 10 years.
    Books,
    /// Booking vouchers (invoices, bank statements …): 8 years since 2025.
    Vouchers,
    /// Business letters received and copies of those sent: 6 years.
    Letters,
}

impl Document {
    fn years(self) -> u32 {
        match self {
            Document::Books => 10,
            Document::Vouchers => 8,
            Document::Letters => 6,
        }
    }

    fn label(self) -> (&'static str, &'static str) {
        match self {
            Document::Books => (
                "Handelsbücher, Aufzeichnungen, Inventare und Jahresabschlüsse",
                "books, records, inventories and annual accounts",
            ),
            Document::Vouchers => (
                "Buchungsbelege (seit 01.01.2025)",
                "booking vouchers (since 1 January 2025)",
            ),
            Document::Letters => (
                "empfangene und abgesandte Handels- und Geschäftsbriefe",
                "business letters received and sent",
            ),
        }
    }
}

static CITES_STATUTE: WordList = WordList::new(&[
    "hgb",
    "abgabenordnung",
    "handelsgesetzbuch",
    "handelsrechtlich",
    "steuerrechtlich",
    "handels- und steuerrecht",
    "steuer- und handelsrecht",
]);
static BOOKS: WordList = WordList::new(&[
    "handelsbuch",
    "handelsbücher",
    "jahresabschluss",
    "jahresabschlüsse",
    "bilanz",
    "inventar",
    "lagebericht",
    "verlustrechnung",
    "annual accounts",
    "annual financial statement",
    "ledger",
    "balance sheet",
]);
static VOUCHERS: WordList = WordList::new(&[
    "buchungsbeleg",
    "belege",
    "rechnungen",
    "rechnung ",
    "kontoauszüg",
    "quittung",
    "invoice",
    "voucher",
    "receipt",
]);
static LETTERS: WordList = WordList::new(&[
    "handelsbrief",
    "geschäftsbrief",
    "geschäftskorrespondenz",
    "business letter",
    "commercial letter",
    "correspondence",
]);

/// The one kind of document the category's name and description point to;
/// none when they point to none or to several.
fn document(c: &DataCategory) -> Option<Document> {
    // A trailing space lets "rechnung " match a name ending in it.
    let text = format!("{} ", category_text(c));
    let kinds: Vec<Document> = [
        (Document::Books, &BOOKS),
        (Document::Vouchers, &VOUCHERS),
        (Document::Letters, &LETTERS),
    ]
    .into_iter()
    .filter(|(_, words)| words.first(&text).is_some())
    .map(|(d, _)| d)
    .collect();
    match kinds.as_slice() {
        [one] => Some(*one),
        _ => None,
    }
}

/// The period in whole years, where it is given in years or in months that
/// make whole years.
fn whole_years(p: Period) -> Option<u32> {
    match p.unit {
        PeriodUnit::Years => Some(p.amount),
        PeriodUnit::Months if p.amount.is_multiple_of(12) => Some(p.amount / 12),
        _ => None,
    }
}

pub(super) fn check(
    a: &ProcessingActivity,
    field: String,
    c: &DataCategory,
    texts: &str,
    period: Period,
    out: &mut Vec<Finding>,
) {
    let Some(years) = whole_years(period) else {
        return;
    };
    let all = format!("{}\n{}", category_text(c), texts);
    let cites = CITES_STATUTE.first(&all).is_some()
        || ((all.contains("147") || all.contains("257")) && {
            let compact: String = all.chars().filter(|ch| !ch.is_whitespace()).collect();
            ["§147", "§257", "147ao", "257hgb"]
                .iter()
                .any(|w| compact.contains(w))
        });
    if !cites {
        return;
    }
    let Some(doc) = document(c) else {
        return;
    };
    if years == doc.years() {
        return;
    }
    let (kind_de, kind_en) = doc.label();
    let expected = doc.years();
    let name = c.name.trim();
    let (de, en) = (period.label(Lang::De), period.label(Lang::En));
    out.push(
        STATUTORY
            .at(RecordRef::activity(&a.key), field)
            .message(
                format!(
                    "Die Datenkategorie „{name}“ beruft sich auf die Aufbewahrungspflicht nach \
                     AO/HGB und wird {de} aufbewahrt; für {kind_de} sehen § 147 AO und § 257 HGB \
                     {expected} Jahre vor."
                ),
                format!(
                    "The data category '{name}' relies on the retention duty under the AO/HGB \
                     and is kept for {en}; for {kind_en} Section 147 AO and Section 257 HGB set \
                     {expected} years."
                ),
            )
            .hint(
                "Handelsbücher, Inventare und Jahresabschlüsse: 10 Jahre; Buchungsbelege seit \
                 dem Vierten Bürokratieentlastungsgesetz 8 Jahre (für Belege, deren Frist am \
                 01.01.2025 noch lief); Handels- und Geschäftsbriefe: 6 Jahre; jeweils ab Ende \
                 des Kalenderjahres. Länger als die Frist darf nur aufbewahrt werden, wer dafür \
                 einen eigenen Grund hat (z. B. eine noch offene Steuerfestsetzung, § 147 Abs. 3 AO) \
                 – dann erfassen Sie ihn; kürzer verletzt die Aufbewahrungspflicht. Prüfen Sie \
                 auch, ob für Ihr Unternehmen Sonderregeln gelten.",
                "Books, inventories and annual accounts: 10 years; booking vouchers 8 years since \
                 the Fourth Bureaucracy Relief Act (for vouchers whose period was still running \
                 on 1 January 2025); business letters: 6 years; each from the end of the \
                 calendar year. Keeping them longer needs a reason of its own (e.g. a tax \
                 assessment still open, Section 147(3) AO), which you should then record; keeping \
                 them for less breaches the retention duty. Also check whether special rules \
                 apply to your business.",
            ),
    );
}
