//! How messages name the entry they are about: a transfer (`Label`), a
//! party, a party's sub-processor. Apart from transfers.rs because the
//! Privacy Shield and the old-clauses checks name entries alike, and
//! transfers.rs calls those checks.

use super::context::{capitalize, Context};
use crate::{Party, Transfer};

/// How messages name a transfer. German needs the article to follow the
/// case ("die Übermittlung …", "zur Übermittlung …"), so `de` has none:
/// "Übermittlung an Cisco Systems, Inc. (Vereinigte Staaten, US)".
pub(super) struct Label {
    de: String,
    en: String,
}

impl Label {
    pub(super) fn new(ctx: &Context<'_>, t: &Transfer, recipient: Option<&Party>) -> Self {
        let code = t.country.trim();
        let (country_de, country_en) = match ctx.country(code) {
            Some(c) => (
                format!("{}, {}", c.name_de, c.code),
                format!("{}, {}", c.name_en, c.code),
            ),
            None if code.is_empty() => ("Land nicht angegeben".into(), "country not given".into()),
            None => (
                format!("unbekannter Ländercode „{code}“"),
                format!("unknown country code '{code}'"),
            ),
        };
        let name = recipient
            .map(|p| p.name.trim())
            .or(t.recipient.as_deref().map(str::trim))
            .filter(|n| !n.is_empty());
        match name {
            Some(n) => Label {
                de: format!("Übermittlung an {n} ({country_de})"),
                en: format!("the transfer to {n} ({country_en})"),
            },
            None => Label {
                de: format!("Übermittlung in ein Drittland ({country_de})"),
                en: format!("the transfer to a third country ({country_en})"),
            },
        }
    }

    /// "die Übermittlung an …" / "the transfer to …", inside a sentence.
    pub fn the(&self) -> (String, String) {
        (format!("die {}", self.de), self.en.clone())
    }

    /// "Die Übermittlung an …" / "The transfer to …", starting a sentence.
    pub fn subject(&self) -> (String, String) {
        (format!("Die {}", self.de), capitalize(&self.en))
    }

    /// "Der Eintrag zur Übermittlung an …" / "The entry for the transfer to …".
    pub fn entry(&self) -> (String, String) {
        (
            format!("Der Eintrag zur {}", self.de),
            format!("The entry for {}", self.en),
        )
    }
}

/// "Der Eintrag zu Cisco Systems, Inc." / "The entry for Cisco Systems, Inc.".
pub(super) fn party_entry(name: &str) -> (String, String) {
    (
        format!("Der Eintrag zu {name}"),
        format!("The entry for {name}"),
    )
}

/// The subject of a message about a sub-processor's task.
pub(super) fn subprocessor_entry(party: &str, sub: &str) -> (String, String) {
    (
        format!("Der Eintrag zum Unterauftragsverarbeiter „{sub}“ von {party}"),
        format!("The entry for sub-processor '{sub}' of {party}"),
    )
}
