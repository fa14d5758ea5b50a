//! Cisco Webex (section 3 of the seed notice).

use chrono::{DateTime, Utc};

use super::*;

pub(super) fn build(now: DateTime<Utc>) -> ProcessingActivity {
    let mut a = activity(now, WEBEX, "Online-Meetings mit Cisco Webex");
    a.description = s(
        "Telefon- und Videokonferenzen, Online-Meetings und Webinare über Cisco Webex Meetings, \
         eine kommerzielle Meeting-Software der Cisco Systems, Inc.",
    );
    a.purposes = meeting_purposes();
    a.data_subjects = base_subjects();
    a.data_subject_groups = base_groups();

    a.data_categories = vec![
        category("Angaben zum Benutzer", "Name, E-Mail-Adresse, Firma.", None),
        category("Meeting-Metadaten", "IP-Adresse.", None),
        category(
            "Aufzeichnungen (optional)",
            "MP4-Datei mit sämtlichen Video-, Audio- und Präsentationsaufnahmen, M4A-Datei mit \
             sämtlichen Audioaufnahmen sowie eine Textdatei mit dem Chat des Meetings.",
            None,
        ),
        category(
            "Daten bei Einwahl per Telefon",
            "ein- und ausgehende Rufnummer, Ländername, Beginn und Ende des Anrufs; \
             gegebenenfalls weitere Verbindungsdaten wie die IP-Adresse des Geräts.",
            None,
        ),
        category(
            "Texteingaben (Chat, Fragen, Umfragen)",
            "Beiträge in den Chat-, Fragen- oder Umfragefunktionen werden verarbeitet, um sie im \
             Meeting anzuzeigen und gegebenenfalls zu protokollieren.",
            None,
        ),
        category(
            "Audio- und Videodaten",
            "Daten von Mikrofon und, falls vorhanden, Kamera des Endgeräts, damit Ton und Bild \
             übertragen werden können. Kamera und Mikrofon lassen sich in der Webex-Anwendung \
             jederzeit selbst ausschalten.",
            Some(RetentionRule {
                period: None,
                criterion: s("nur während der Dauer des Meetings verarbeitet"),
                start_event: Some(RetentionStart::EndOfSession),
                starts_at: s("Ende des Online-Meetings"),
                deletion: None,
                at_end: None,
            }),
        ),
    ];
    a.source = from_data_subject();
    a.provision = Some(ProvisionRequirement {
        kind: ProvisionKind::Voluntary,
        consequence: s(
            "Wer nicht wenigstens einen Namen angibt, kann den Meeting-Raum nicht betreten und \
             daher nicht am Meeting teilnehmen.",
        ),
    });

    a.recipients = vec![Recipient {
        role: RecipientRole::Processor,
        party: s(CISCO),
        description: s("Cisco Webex Meetings"),
        note: s(
            "Auftragsverarbeitung auf Grundlage eines Vertrags mit EU-Standardvertragsklauseln.",
        ),
        own_responsibility: s(
            "die Daten, die Cisco bei der Bereitstellung selbst erhebt; wer die Webex-Anwendung \
             aufruft, für den gelten die Bedingungen und Datenschutzhinweise von Cisco",
        ),
        ..Recipient::default()
    }];
    a.transfers = vec![Transfer {
        recipient: s(CISCO),
        country: "US".into(),
        mechanism: s("art46-2-c"),
        scc_module: None,
        note: s(
            "Die Übermittlung an Cisco stützt sich auf die EU-Standardvertragsklauseln im \
             Auftragsverarbeitungsvertrag.",
        ),
        ..Transfer::default()
    }];

    a.notes = notes(
        "Die Integrata Cegos GmbH bestimmt weder die Nutzungsbedingungen für Cisco Webex \
         Meetings noch kontrolliert sie Cisco als Betreiber. Abschnitt 8 des Hinweises erklärt pauschal, dass keine Übermittlung in Drittländer \
         stattfinde, obwohl Abschnitt 3 für Cisco (USA) einen Vertrag auf Basis der \
         EU-Standardvertragsklauseln nennt.",
    );
    a
}
