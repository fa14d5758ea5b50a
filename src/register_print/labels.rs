//! The print's fixed wording in German (DSK vocabulary, domain.md §1) and
//! English, and how dates, articles and codes are spelt in each language.

use chrono::NaiveDate;

use crate::{Lang, ProtectionGoal};

/// A text in the print's language.
pub fn l(lang: Lang, de: &'static str, en: &'static str) -> &'static str {
    match lang {
        Lang::De => de,
        Lang::En => en,
    }
}

pub fn title(lang: Lang) -> &'static str {
    l(
        lang,
        "Verzeichnis von Verarbeitungstätigkeiten gemäß Art. 30 Abs. 1 DSGVO",
        "Record of processing activities pursuant to Art. 30(1) GDPR",
    )
}

pub fn not_recorded(lang: Lang) -> &'static str {
    l(lang, "nicht erfasst", "not recorded")
}

pub fn not_applicable(lang: Lang) -> &'static str {
    l(lang, "entfällt", "not applicable")
}

pub fn contents(lang: Lang) -> &'static str {
    l(lang, "Inhaltsverzeichnis", "Contents")
}

pub fn page(lang: Lang) -> (&'static str, &'static str) {
    (l(lang, "Seite", "Page"), l(lang, "von", "of"))
}

/// The record's key, as the app labels it.
pub fn key(lang: Lang) -> &'static str {
    crate::vocabulary::Term::Key.text(lang)
}

/// "Art. 30 Abs. 1 lit. b" / "Art. 30(1)(b)".
pub fn art30(lang: Lang, paragraph: u8, letter: char) -> String {
    match lang {
        Lang::De => format!("Art. 30 Abs. {paragraph} lit. {letter}"),
        Lang::En => format!("Art. 30({paragraph})({letter})"),
    }
}

pub fn date(lang: Lang, d: NaiveDate) -> String {
    match lang {
        Lang::De => d.format("%d.%m.%Y").to_string(),
        Lang::En => d.format("%Y-%m-%d").to_string(),
    }
}

/// A party's DPF flag with the date of the last look-up in the DPF list:
/// set, it records a certification; unset, it only means that none is
/// recorded, not that the party is not certified.
pub fn dpf_certified(lang: Lang, party: &crate::Party) -> String {
    let checked = party.dpf_checked_on.map(|d| date(lang, d));
    match (party.recorded_dpf_certified(), checked) {
        (true, Some(d)) => match lang {
            Lang::De => format!("als zertifiziert erfasst, geprüft am {d}"),
            Lang::En => format!("recorded as certified, checked on {d}"),
        },
        (true, None) => l(
            lang,
            "als zertifiziert erfasst, Datum der Prüfung nicht erfasst",
            "recorded as certified, date of the check not recorded",
        )
        .to_owned(),
        (false, Some(d)) => match lang {
            Lang::De => format!("laut Prüfung der DPF-Liste am {d} nicht zertifiziert"),
            Lang::En => format!("not certified according to the DPF List checked on {d}"),
        },
        (false, None) => l(
            lang,
            "nicht als zertifiziert erfasst",
            "not recorded as certified",
        )
        .to_owned(),
    }
}

pub fn goal(lang: Lang, g: ProtectionGoal) -> &'static str {
    g.label(lang)
}

/// Reasons printed for items that do not apply.
pub mod na {
    use super::l;
    use crate::Lang;

    pub fn no_transfer(lang: Lang) -> String {
        l(
            lang,
            "keine Übermittlung in ein Drittland oder an eine internationale Organisation erfasst",
            "no transfer to a third country or international organisation recorded",
        )
        .into()
    }

    pub fn no_joint_control(lang: Lang) -> String {
        l(
            lang,
            "keine gemeinsame Verantwortlichkeit (Art. 26 DSGVO) erfasst",
            "no joint controllership (Art. 26 GDPR) recorded",
        )
        .into()
    }

    pub fn representative(lang: Lang) -> String {
        l(
            lang,
            "kein Vertreter benannt; nur ohne Niederlassung in der Union erforderlich (Art. 27 DSGVO)",
            "no representative designated; required only where there is no establishment in the Union (Art. 27 GDPR)",
        )
        .into()
    }

    /// The header's DPO item when the organisation records why it has none.
    pub fn no_dpo(lang: Lang, reason: &str) -> String {
        match lang {
            Lang::De => format!("kein Datenschutzbeauftragter benannt; Begründung: {reason}"),
            Lang::En => format!("no data protection officer designated; reason: {reason}"),
        }
    }

    pub fn no_processor(lang: Lang) -> String {
        l(
            lang,
            "kein Auftragsverarbeiter als Empfänger erfasst",
            "no processor recorded among the recipients",
        )
        .into()
    }

    pub fn not_a_processor(lang: Lang) -> String {
        l(
            lang,
            "kein Auftragsverarbeiter (Art. 28 DSGVO)",
            "not a processor (Art. 28 GDPR)",
        )
        .into()
    }

    pub fn none_recorded(lang: Lang) -> String {
        l(lang, "keine erfasst", "none recorded").into()
    }

    pub fn us_only(lang: Lang) -> String {
        l(
            lang,
            "nur für Empfänger mit Sitz oder Verarbeitung in den USA von Bedeutung",
            "relevant only for recipients seated or processing in the United States",
        )
        .into()
    }
}
