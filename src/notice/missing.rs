//! The completeness rules' vocabulary: every gap the notice can report, the
//! Art. 13 item it concerns, its Art. 14 counterpart, and the message the DPO
//! reads — so that an item is either rendered or named, never dropped.

use super::place::{place, Record};
use super::MissingItem;
use crate::Lang;

/// A gap in the register that leaves an Art. 13/14 item unanswered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Gap {
    ControllerName,
    ControllerAddress,
    ControllerEmail,
    Dpo,
    DpoContact,
    Purposes,
    PurposeDescription,
    LegalBasis,
    LegitimateInterests,
    Recipients,
    RecipientName,
    TransferMechanism,
    TransferUnrecorded,
    TransferMechanismInvalid,
    TransferDpf,
    TransferDpfUnrecorded,
    TransferInterests,
    DataCategories,
    Retention,
    RetentionCategories,
    ConsentWithdrawal,
    Authority,
    AuthorityUnknown,
    Provision,
    ProvisionConsequence,
    AutomatedDecisions,
    AutomatedLogic,
    AutomatedConsequences,
    SourceCollection,
    SourceOther,
    SourcePublic,
}

impl Gap {
    /// The item under Art. 13, or `None` for items only Art. 14 knows.
    fn art13(self) -> Option<&'static str> {
        use Gap::*;
        Some(match self {
            ControllerName | ControllerAddress | ControllerEmail => "13-1-a",
            Dpo | DpoContact => "13-1-b",
            Purposes | PurposeDescription | LegalBasis => "13-1-c",
            LegitimateInterests => "13-1-d",
            Recipients | RecipientName => "13-1-e",
            TransferMechanism
            | TransferUnrecorded
            | TransferMechanismInvalid
            | TransferDpf
            | TransferDpfUnrecorded
            | TransferInterests => "13-1-f",
            Retention | RetentionCategories => "13-2-a",
            ConsentWithdrawal => "13-2-c",
            Authority | AuthorityUnknown => "13-2-d",
            Provision | ProvisionConsequence => "13-2-e",
            AutomatedDecisions | AutomatedLogic | AutomatedConsequences => "13-2-f",
            DataCategories | SourceCollection | SourceOther | SourcePublic => return None,
        })
    }

    /// The same item under Art. 14 (which has no counterpart of 13(2)(e)).
    fn art14(self) -> Option<&'static str> {
        use Gap::*;
        Some(match self {
            ControllerName | ControllerAddress | ControllerEmail => "14-1-a",
            Dpo | DpoContact => "14-1-b",
            Purposes | PurposeDescription | LegalBasis => "14-1-c",
            DataCategories => "14-1-d",
            Recipients | RecipientName => "14-1-e",
            TransferMechanism
            | TransferUnrecorded
            | TransferMechanismInvalid
            | TransferDpf
            | TransferDpfUnrecorded
            | TransferInterests => "14-1-f",
            Retention | RetentionCategories => "14-2-a",
            LegitimateInterests => "14-2-b",
            ConsentWithdrawal => "14-2-d",
            Authority | AuthorityUnknown => "14-2-e",
            SourceCollection | SourceOther | SourcePublic => "14-2-f",
            AutomatedDecisions | AutomatedLogic | AutomatedConsequences => "14-2-g",
            Provision | ProvisionConsequence => return None,
        })
    }

    fn message(self, lang: Lang) -> &'static str {
        use Gap::*;
        let (de, en) = match self {
            ControllerName => (
                "Name des Verantwortlichen fehlt",
                "the controller's name is missing",
            ),
            ControllerAddress => (
                "Anschrift des Verantwortlichen fehlt",
                "the controller's address is missing",
            ),
            ControllerEmail => (
                "eine E-Mail-Adresse des Verantwortlichen (die Anschrift genügt Art. 13 \
                 Abs. 1 lit. a DSGVO, aber Betroffene schreiben lieber eine E-Mail)",
                "an e-mail address of the controller (the postal address meets \
                 Art. 13(1)(a) GDPR, but data subjects would rather write an e-mail)",
            ),
            Dpo => (
                "kein Datenschutzbeauftragter erfasst; muss keiner benannt werden (Art. 37 \
                 DSGVO, § 38 BDSG), erfassen Sie im Kopf des Verzeichnisses den Grund dafür",
                "no data protection officer recorded; if none has to be designated (Art. 37 \
                 GDPR, Section 38 BDSG), record the reason in the register header",
            ),
            DpoContact => (
                "Kontaktdaten des Datenschutzbeauftragten fehlen (Anschrift, E-Mail oder Telefon)",
                "the data protection officer's contact details are missing (address, e-mail or \
                 phone)",
            ),
            Purposes => ("kein Zweck erfasst", "no purpose recorded"),
            PurposeDescription => ("Zweck ohne Beschreibung", "purpose without a description"),
            LegalBasis => (
                "Rechtsgrundlage fehlt für den Zweck",
                "legal basis missing for the purpose",
            ),
            LegitimateInterests => (
                "berechtigte Interessen (Art. 6 Abs. 1 lit. f DSGVO) nicht benannt für den Zweck",
                "legitimate interests (Art. 6(1)(f) GDPR) not stated for the purpose",
            ),
            Recipients => (
                "keine Empfänger erfasst (auch keine internen Stellen)",
                "no recipients recorded (not even internal ones)",
            ),
            RecipientName => (
                "Empfänger ohne Namen oder Beschreibung",
                "recipient without a name or description",
            ),
            TransferMechanism => (
                "Drittlandübermittlung ohne Angemessenheitsbeschluss und ohne erfasste Garantie",
                "third-country transfer with neither an adequacy decision nor a recorded safeguard",
            ),
            TransferUnrecorded => (
                "Empfänger mit Sitz oder Verarbeitungsort in einem Drittland ohne \
                 Angemessenheitsbeschluss, aber keine Drittlandübermittlung mit Instrument erfasst",
                "recipient seated or processing in a third country without an adequacy decision, \
                 but no third-country transfer with its instrument recorded",
            ),
            TransferMechanismInvalid => (
                "das erfasste Übermittlungsinstrument trägt keine Übermittlung mehr",
                "the recorded transfer instrument no longer covers a transfer",
            ),
            TransferDpf => (
                "Übermittlung in die USA: weder eine Zertifizierung des Empfängers nach dem \
                 EU-US Data Privacy Framework noch ein anderes Übermittlungsinstrument erfasst",
                "transfer to the United States: neither the recipient's certification under the \
                 EU-U.S. Data Privacy Framework nor another transfer instrument recorded",
            ),
            TransferDpfUnrecorded => (
                "Übermittlung in die USA gestützt auf den Angemessenheitsbeschluss, aber keine \
                 Zertifizierung des Empfängers nach dem EU-US Data Privacy Framework erfasst",
                "transfer to the United States under the adequacy decision, but no \
                 certification of the recipient under the EU-U.S. Data Privacy Framework recorded",
            ),
            TransferInterests => (
                "zwingende berechtigte Interessen und geeignete Garantien der Übermittlung nach \
                 Art. 49 Abs. 1 UAbs. 2 DSGVO nicht dokumentiert",
                "compelling legitimate interests and suitable safeguards of the transfer under \
                 Art. 49(1), second subparagraph, GDPR not documented",
            ),
            DataCategories => (
                "Kategorien personenbezogener Daten fehlen",
                "categories of personal data are missing",
            ),
            Retention => (
                "Speicherdauer oder Kriterien fehlen für die Datenkategorie",
                "storage period or criteria missing for the data category",
            ),
            RetentionCategories => (
                "keine Datenkategorien und damit keine Speicherdauer erfasst",
                "no data categories and so no storage period recorded",
            ),
            ConsentWithdrawal => (
                "nicht erfasst, wie die Einwilligung widerrufen wird, für den Zweck",
                "not recorded how consent is withdrawn for the purpose",
            ),
            Authority => (
                "die zuständige Aufsichtsbehörde (die Hinweise nennen das \
                 Beschwerderecht auch ohne sie, mit ihr wissen Betroffene, an wen sie sich wenden)",
                "the competent supervisory authority (the notice states the right to \
                 complain without it; with it, data subjects know whom to turn to)",
            ),
            AuthorityUnknown => (
                "die erfasste Aufsichtsbehörde steht nicht im Katalog",
                "the recorded supervisory authority is not in the catalog",
            ),
            Provision => (
                "nicht erfasst, ob die Bereitstellung der Daten vorgeschrieben oder erforderlich \
                 ist",
                "not recorded whether providing the data is required",
            ),
            ProvisionConsequence => (
                "Folgen der Nichtbereitstellung fehlen",
                "consequences of not providing the data are missing",
            ),
            AutomatedDecisions => (
                "nicht erfasst, ob eine automatisierte Entscheidungsfindung stattfindet",
                "not recorded whether automated decision-making takes place",
            ),
            AutomatedLogic => (
                "Logik der automatisierten Entscheidung fehlt",
                "the logic of the automated decision is missing",
            ),
            AutomatedConsequences => (
                "Tragweite und Auswirkungen der automatisierten Entscheidung fehlen",
                "significance and consequences of the automated decision are missing",
            ),
            SourceCollection => (
                "nicht erfasst, ob die Daten bei der betroffenen Person erhoben werden oder aus \
                 anderen Quellen stammen",
                "not recorded whether the data is collected from the data subject or obtained \
                 from other sources",
            ),
            SourceOther => (
                "Quelle der nicht bei der Person erhobenen Daten fehlt",
                "the source of data not collected from the person is missing",
            ),
            SourcePublic => (
                "nicht erfasst, ob die Quelle öffentlich zugänglich ist",
                "not recorded whether the source is publicly accessible",
            ),
        };
        match lang {
            Lang::De => de,
            Lang::En => en,
        }
    }
}

/// Which article governs the information duty of an activity, or of the
/// notice as a whole.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Duty {
    Art13,
    Art14,
}

impl Duty {
    /// The item id under this duty; items one article lacks fall back to the
    /// other (14(1)(d) stays 14 even in an Art. 13 activity with other
    /// sources).
    fn item(self, gap: Gap) -> &'static str {
        let (first, second) = match self {
            Duty::Art13 => (gap.art13(), gap.art14()),
            Duty::Art14 => (gap.art14(), gap.art13()),
        };
        first.or(second).unwrap_or("13")
    }
}

/// Builds a missing item under `duty`; `activity` is the key and name of
/// the activity it belongs to, `None` for the organisation's items.
pub(crate) fn item(
    lang: Lang,
    duty: Duty,
    gap: Gap,
    activity: Option<(&str, &str)>,
    field: impl Into<String>,
) -> MissingItem {
    let id = duty.item(gap);
    let field = field.into();
    let record = match activity {
        Some((_, name)) => Record::Activity(name),
        None => Record::Organisation,
    };
    MissingItem {
        activity: activity.map(|(key, _)| key.to_owned()),
        item: id.to_owned(),
        article: article(id, lang),
        place: place(record, &field, lang),
        field,
        message: gap.message(lang).to_owned(),
        rule: None,
        blocking: false,
    }
}

/// "13-1-c" → "Art. 13 Abs. 1 lit. c DSGVO" / "Art. 13(1)(c) GDPR".
pub fn article(id: &str, lang: Lang) -> String {
    let mut parts = id.split('-');
    let art = parts.next().unwrap_or_default();
    let para = parts.next();
    let lit = parts.next();
    match lang {
        Lang::De => {
            let mut s = format!("Art. {art}");
            if let Some(p) = para {
                s.push_str(&format!(" Abs. {p}"));
            }
            if let Some(l) = lit {
                s.push_str(&format!(" lit. {l}"));
            }
            s + " DSGVO"
        }
        Lang::En => {
            let mut s = format!("Art. {art}");
            if let Some(p) = para {
                s.push_str(&format!("({p})"));
            }
            if let Some(l) = lit {
                s.push_str(&format!("({l})"));
            }
            s + " GDPR"
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn articles_are_cited_as_lawyers_write_them() {
        assert_eq!(article("13-1-c", Lang::De), "Art. 13 Abs. 1 lit. c DSGVO");
        assert_eq!(article("14-2-f", Lang::En), "Art. 14(2)(f) GDPR");
    }

    #[test]
    fn art14_only_items_keep_their_article_in_an_art13_activity() {
        assert_eq!(Duty::Art13.item(Gap::SourceOther), "14-2-f");
        assert_eq!(Duty::Art14.item(Gap::LegitimateInterests), "14-2-b");
        assert_eq!(Duty::Art14.item(Gap::Provision), "13-2-e");
    }
}
