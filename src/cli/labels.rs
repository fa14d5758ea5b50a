//! The words for the model's codes in the terminal output: status, recipient
//! role and retention period, in German and English.
//!
//! The status words are the UI's (a column of its own, so capitalised); the
//! role and period words are the register print's, which uses them inline as
//! the CLI does. The core keeps those in a private module
//! (`register_print::labels`); once the model offers them as `label(lang)`
//! like `ProtectionGoal::label`, this module gives way to it.

use vvt::{ActivityStatus, Lang, Period, PeriodUnit, RecipientRole};

use super::l;

pub fn status(lang: Lang, s: ActivityStatus) -> &'static str {
    match s {
        ActivityStatus::Draft => l(lang, "Entwurf", "Draft"),
        ActivityStatus::Active => l(lang, "Aktiv", "Active"),
        ActivityStatus::Retired => l(lang, "Außer Betrieb", "Retired"),
    }
}

pub fn role(lang: Lang, r: RecipientRole) -> &'static str {
    match r {
        RecipientRole::Internal => l(lang, "intern", "internal"),
        RecipientRole::Processor => l(lang, "Auftragsverarbeiter", "processor"),
        RecipientRole::SubProcessor => l(lang, "Unterauftragsverarbeiter", "sub-processor"),
        RecipientRole::JointController => l(lang, "gemeinsam Verantwortlicher", "joint controller"),
        RecipientRole::IndependentController => l(
            lang,
            "eigenständiger Verantwortlicher",
            "independent controller",
        ),
        RecipientRole::PublicAuthority => l(lang, "öffentliche Stelle", "public authority"),
    }
}

/// "3 Monate" / "1 month".
pub fn period(lang: Lang, p: Period) -> String {
    let one = p.amount == 1;
    let word = match (p.unit, one) {
        (PeriodUnit::Hours, true) => l(lang, "Stunde", "hour"),
        (PeriodUnit::Hours, false) => l(lang, "Stunden", "hours"),
        (PeriodUnit::Days, true) => l(lang, "Tag", "day"),
        (PeriodUnit::Days, false) => l(lang, "Tage", "days"),
        (PeriodUnit::Weeks, true) => l(lang, "Woche", "week"),
        (PeriodUnit::Weeks, false) => l(lang, "Wochen", "weeks"),
        (PeriodUnit::Months, true) => l(lang, "Monat", "month"),
        (PeriodUnit::Months, false) => l(lang, "Monate", "months"),
        (PeriodUnit::Years, true) => l(lang, "Jahr", "year"),
        (PeriodUnit::Years, false) => l(lang, "Jahre", "years"),
    };
    format!("{} {word}", p.amount)
}

/// "1 Verarbeitungstätigkeit", "3 processing activities": a count with its
/// noun in the right number.
pub fn count(n: u64, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}
