//! Where in the app a gap is filled, in words ("Organisation › Verantwortlicher
//! › E-Mail"), for documents a person reads: an exported draft names the
//! place, never the JSON path the app uses internally to jump there.

use crate::Lang;

/// The place of `field` — a JSON path into the organisation (no activity),
/// an activity or a party — in the app's words.
pub(crate) fn place(record: Record<'_>, field: &str, lang: Lang) -> String {
    let mut parts: Vec<String> = match record {
        Record::Organisation => vec![w(lang, "Organisation", "Organisation").to_owned()],
        Record::Activity(name) => vec![
            w(lang, "Verarbeitungstätigkeiten", "Processing activities").to_owned(),
            quoted(name, lang),
        ],
        Record::Party(name) => vec![w(lang, "Stellen", "Parties").to_owned(), quoted(name, lang)],
        Record::Tom(name) => vec![w(lang, "TOM", "TOMs").to_owned(), quoted(name, lang)],
        Record::ProcessorActivity(name) => vec![
            w(lang, "Als Auftragsverarbeiter", "As a processor").to_owned(),
            quoted(name, lang),
        ],
    };
    let mut parent = "";
    for segment in field.split('.').filter(|s| !s.is_empty()) {
        let (name, index) = match segment.split_once('[') {
            Some((name, rest)) => (name, rest.trim_end_matches(']').parse::<usize>().ok()),
            None => (segment, None),
        };
        parts.push(
            match (parent, name) {
                ("embeds", "access") => w(lang, "Grundlage (§ 25 TDDDG)", "Ground (§ 25 TDDDG)"),
                ("embeds", "purpose") => w(lang, "Zweck", "Purpose"),
                _ => label(name, lang),
            }
            .to_owned(),
        );
        parent = name;
        if let Some(i) = index {
            parts.push(format!("{}", i + 1));
        }
    }
    parts.join(" › ")
}

/// Which record a field belongs to, with the name the app shows for it.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Record<'a> {
    Organisation,
    Activity(&'a str),
    Party(&'a str),
    Tom(&'a str),
    ProcessorActivity(&'a str),
}

fn quoted(name: &str, lang: Lang) -> String {
    let name = name.trim();
    match lang {
        Lang::De => format!("„{name}“"),
        Lang::En => format!("“{name}”"),
    }
}

fn w(lang: Lang, de: &'static str, en: &'static str) -> &'static str {
    match lang {
        Lang::De => de,
        Lang::En => en,
    }
}

/// The app's label of one field name; an unknown name is shown as it is
/// rather than dropped.
fn label(name: &str, lang: Lang) -> &str {
    let (de, en) = match name {
        "controller" => ("Verantwortlicher", "Controller"),
        "name" => ("Name", "Name"),
        "address" => ("Anschrift", "Address"),
        "email" => ("E-Mail", "E-mail"),
        "phone" => ("Telefon", "Phone"),
        "website" => ("Website", "Website"),
        "dpo" => ("Datenschutzbeauftragter", "Data protection officer"),
        "no_dpo_reason" => ("Grund, keinen zu benennen", "Reason for designating none"),
        "public_body" => ("Öffentliche Stelle", "Public body"),
        "representative" => ("Vertreter in der Union", "Representative in the Union"),
        "joint_controllers" => ("Gemeinsam Verantwortliche", "Joint controllers"),
        "arrangement" => ("Vereinbarung (Art. 26)", "Arrangement (Art. 26)"),
        "authority" => (
            "Zuständige Aufsichtsbehörde",
            "Competent supervisory authority",
        ),
        "notice_date" => (
            "Stand der Datenschutzhinweise",
            "Date of the privacy notice",
        ),
        "purposes" => ("Zwecke und Rechtsgrundlagen", "Purposes and legal bases"),
        "description" => ("Beschreibung", "Description"),
        "legal_bases" => ("Rechtsgrundlage", "Legal basis"),
        "legal_basis_note" => ("Anmerkung zur Rechtsgrundlage", "Note on the legal basis"),
        "legitimate_interests" => ("Berechtigte Interessen", "Legitimate interests"),
        "consent_given" => ("Einholung der Einwilligung", "How consent is obtained"),
        "consent_withdrawal" => ("Widerruf der Einwilligung", "Withdrawing consent"),
        "data_subjects" => ("Betroffene und Daten", "Data subjects and data"),
        "data_categories" => ("Datenkategorien", "Data categories"),
        "special" => ("Besondere Kategorie (Art. 9)", "Special category (Art. 9)"),
        "criminal" => (
            "Strafrechtliche Daten (Art. 10)",
            "Criminal-offence data (Art. 10)",
        ),
        "retention" => ("Speicherdauer", "Storage period"),
        "source" => ("Herkunft und Bereitstellung", "Source and provision"),
        "from_data_subject" => ("Bei der Person erhoben", "Collected from the person"),
        "other_sources" => ("Andere Quellen", "Other sources"),
        "publicly_accessible" => ("Öffentlich zugänglich", "Publicly accessible"),
        "provision" => ("Pflicht zur Bereitstellung", "Requirement to provide"),
        "consequence" => (
            "Folgen der Nichtbereitstellung",
            "Consequences of not providing",
        ),
        "automated_decisions" => ("Automatisierte Entscheidungen", "Automated decisions"),
        "logic" => ("Logik", "Logic"),
        "decisions" => ("Entscheidungen", "Decisions"),
        "decision" => ("Entscheidung", "Decision"),
        "purpose" => ("Zweck", "Purpose"),
        "exception" => ("Ausnahme nach Art. 22 Abs. 2", "Exception under Art. 22(2)"),
        "exception_note" => ("Anmerkung zur Ausnahme", "Note on the exception"),
        "safeguards" => (
            "Schutzmaßnahmen (Art. 22 Abs. 3)",
            "Safeguards (Art. 22(3))",
        ),
        "embeds" => (
            "Cookies und eingebundene Dienste",
            "Cookies and embedded services",
        ),
        "before_consent" => ("Vor der Einwilligung geladen", "Loaded before consent"),
        "consequences" => (
            "Tragweite und Auswirkungen",
            "Significance and consequences",
        ),
        "access" => ("Wer die Daten sieht", "Who sees the data"),
        "information" => ("Information der Betroffenen", "Informing the data subjects"),
        "recipients" => ("Empfänger", "Recipients"),
        "party" => ("Stelle", "Party"),
        "role" => ("Rolle", "Role"),
        "transfers" => ("Drittlandübermittlungen", "Third-country transfers"),
        "recipient" => ("Empfänger", "Recipient"),
        "country" => ("Land", "Country"),
        "mechanism" => ("Übermittlungsinstrument", "Transfer instrument"),
        "scc_module" => ("SCC-Modul", "SCC module"),
        "derogation_documentation" => (
            "Dokumentation nach Art. 49 Abs. 6",
            "Documentation under Art. 49(6)",
        ),
        "tia_date" => ("Transfer Impact Assessment", "Transfer impact assessment"),
        "dpf_certified" => (
            "Zertifiziert nach dem EU-US DPF",
            "Certified under the EU-U.S. DPF",
        ),
        "dpf_checked_on" => ("DPF-Liste geprüft am", "DPF list checked on"),
        "certifications" => ("Zertifizierungen", "Certifications"),
        "agreement" => ("Auftragsverarbeitungsvertrag", "Processor agreement"),
        "subprocessors" => ("Unterauftragsverarbeiter", "Sub-processors"),
        "locations" => ("Verarbeitungsorte", "Processing locations"),
        "processing_countries" => (
            "Weitere Verarbeitungsländer",
            "Other countries of processing",
        ),
        "dpia" => ("DSFA", "DPIA"),
        "reason" => ("Begründung", "Reason"),
        "department" => ("Verantwortliche Fachabteilung", "Responsible department"),
        "notes" => ("Notizen", "Notes"),
        "tom_notes" => ("Anmerkungen zu den TOM", "Notes on the TOMs"),
        "deletion_rule" => ("Allgemeine Löschregel", "General deletion rule"),
        "criterion" => ("Kriterium", "Criterion"),
        "starts_at" => ("Beginn der Frist", "Start of the period"),
        "deletion" => ("Art der Löschung", "How data is erased"),
        "note" => ("Anmerkung", "Note"),
        "own_responsibility" => (
            "Eigene Verantwortung des Empfängers",
            "The recipient's own responsibility",
        ),
        "explanation" => ("Begründung", "Explanation"),
        "duration" => ("Speicherdauer", "Storage period"),
        "safeguards_note" => ("Anmerkung zu den Schutzmaßnahmen", "Note on the safeguards"),
        "safeguards_copy" => ("Kopie der Garantien", "Copy of the safeguards"),
        "supplementary_measures" => ("Zusätzliche Maßnahmen", "Supplementary measures"),
        "tia_result" => ("Ergebnis des TIA", "Result of the TIA"),
        "task" => ("Aufgabe", "Task"),
        "location" => ("Ablageort", "Where it is kept"),
        "categories" => ("Kategorien der Verarbeitung", "Categories of processing"),
        "title" => ("Titel", "Title"),
        "toms" => ("TOM", "TOMs"),
        other => return other,
    };
    w(lang, de, en)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn places_read_as_the_app_names_them() {
        assert_eq!(
            place(Record::Organisation, "controller.email", Lang::De),
            "Organisation › Verantwortlicher › E-Mail"
        );
        assert_eq!(
            place(
                Record::Activity("Jitsi"),
                "purposes[4].consent_withdrawal",
                Lang::De
            ),
            "Verarbeitungstätigkeiten › „Jitsi“ › Zwecke und Rechtsgrundlagen › 5 › Widerruf der \
             Einwilligung"
        );
        assert_eq!(
            place(
                Record::Party("Cisco"),
                "agreement.subprocessors[0].mechanism",
                Lang::En
            ),
            "Parties › “Cisco” › Processor agreement › Sub-processors › 1 › Transfer instrument"
        );
    }
}
