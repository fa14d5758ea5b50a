//! Microsoft Teams (section 4 of the seed notice).

use chrono::{DateTime, Utc};

use super::*;

/// Section 4.2: account data and one's own content end with the relationship;
/// deleted within three months, gone from Microsoft's systems 90 days later.
fn relationship_end_rule() -> RetentionRule {
    let criterion = String::from(
        "gespeichert, bis dieses Verhältnis endet (etwa \
         durch Ausscheiden aus dem Unternehmen oder Ende der Geschäftsbeziehung), der Nutzer \
         seine Einwilligung ganz oder teilweise widerruft oder der Verarbeitung widerspricht",
    );
    RetentionRule {
        period: Some(Period {
            amount: 3,
            unit: PeriodUnit::Months,
        }),
        criterion: Some(criterion),
        start_event: Some(RetentionStart::EndOfContract),
        starts_at: s("Ende des Verhältnisses zwischen Nutzer und Integrata Cegos GmbH"),
        deletion: s(
            "durch die Integrata Cegos GmbH; bei Microsoft sind gelöschte Konten und Inhalte \
             90 Tage danach vollständig entfernt. Dieselbe Frist von 90 Tagen gilt, wenn Nutzer \
             Dateien selbst löschen.",
        ),
        at_end: Some(RetentionEnd::Erasure),
    }
}

pub(super) fn build(now: DateTime<Utc>) -> ProcessingActivity {
    let mut a = activity(
        now,
        TEAMS,
        "Online-Meetings und Zusammenarbeit mit Microsoft Teams",
    );
    a.description = s(
        "Microsoft Teams (ein Dienst der Microsoft Corporation) dient als \
         Kommunikationsplattform für Audio- und Videokonferenzen, Online-Präsentationen und \
         Schulungen, in Gruppen oder als Einzel-Meeting. Mit einem Nutzerkonto kommen Funktionen \
         zur Zusammenarbeit hinzu (geteilte Dateien, Kalender, Aufgaben, Office-Inhalte).",
    );

    let mut purposes = meeting_purposes();
    purposes.push(Purpose {
        description: "Aufzeichnung von Online-Meetings".into(),
        legal_bases: vec!["art6-1-a".into()],
        consent_given: s(
            "Eine geplante Aufzeichnung wird den Teilnehmenden vorher offen angekündigt und nur \
             durchgeführt, wenn sie zustimmen.",
        ),
        consent_withdrawal: None,
        ..Purpose::default()
    });
    purposes.push(Purpose {
        description: "Kontaktaufnahme über weitere Kommunikationswege (z. B. E-Mail, Post) im \
                      Zusammenhang mit dem Zweck der Nutzung"
            .into(),
        legal_bases: vec!["art6-1-a".into()],
        consent_given: s(
            "Die dafür nötigen zusätzlichen Angaben werden während der Nutzung nur mit \
             Zustimmung der betroffenen Person erhoben.",
        ),
        consent_withdrawal: None,
        ..Purpose::default()
    });
    a.purposes = purposes;

    let mut subjects = base_subjects();
    subjects.push("Nutzer von Microsoft Teams mit Nutzerkonto".into());
    a.data_subjects = subjects;
    a.data_subject_groups = base_groups();
    a.data_subject_groups.push(SubjectGroup::Users);

    a.data_categories = vec![
        category(
            "Angaben zum Benutzer",
            "etwa Anzeigename (Display Name), Profilbild, E-Mail-Adresse und bevorzugte Sprache.",
            None,
        ),
        category(
            "Meeting-Metadaten",
            "etwa Datum, Uhrzeit, Meeting-ID, Telefonnummer, Ort.",
            None,
        ),
        category(
            "Chatnachrichten",
            "Texteingaben im Chat, verarbeitet, um sie und Lesebestätigungen anzuzeigen. Teams \
             protokolliert Chatinhalte; die Integrata Cegos GmbH hält sie nur fest, wenn das zur \
             Dokumentation von Meeting-Ergebnissen nötig ist, was normalerweise nicht vorkommt. \
             Chatinhalte bleiben erhalten, solange auch das Konto des anderen Chat-Teilnehmers \
             besteht.",
            // The same rule as the account and one's own content, so the
            // notice states it once for all three.
            Some(relationship_end_rule()),
        ),
        category(
            "Audio- und Videodaten",
            "Daten von Mikrofon und, falls vorhanden, Kamera des Endgeräts, damit Ton und Bild \
             übertragen werden können. Kamera und Mikrofon lassen sich in der Teams-Anwendung \
             jederzeit selbst ausschalten.",
            Some(RetentionRule {
                period: None,
                criterion: s(
                    "verarbeitet nur, solange die Nutzung (Konferenz, Präsentation, Schulung) \
                     andauert",
                ),
                // The catalog's words are the seed's: no text beside the event.
                start_event: Some(RetentionStart::EndOfUse),
                starts_at: None,
                deletion: None,
                at_end: None,
            }),
        ),
        category(
            "Bildschirmfreigabe",
            "Bei einer Bildschirmfreigabe wird der gesamte Inhalt des freigegebenen Bildschirms \
             angezeigt.",
            None,
        ),
        category(
            "Daten des Nutzerkontos",
            "beim Anlegen eines Nutzerkontos und zur Anzeige des Nutzerstatus, z. B. \
             E-Mail-Adresse, Passwort, Rollen und Rechte sowie die Zugehörigkeit zu Teams.",
            Some(relationship_end_rule()),
        ),
        category(
            "Erstellte und geteilte Inhalte",
            "hochgeladene und geteilte Dateien, Kommentare, Sprachnachrichten, Kalendereinträge, \
             zugewiesene, bearbeitete und abgegebene Aufgaben samt Status (Fälligkeit, \
             Rückmeldung), Inhalte, die in Word, Excel, PowerPoint oder OneNote erstellt oder \
             bearbeitet wurden, sowie Antworten in Umfragen.",
            Some(relationship_end_rule()),
        ),
        category(
            "Inhalte in Teams und Gruppenchats",
            "Inhalte in Dateien, die andere geteilt haben, bearbeitete und abgegebene Aufgaben \
             sowie Nachrichten in Gruppenchats.",
            Some(RetentionRule {
                period: Some(Period {
                    amount: 5,
                    unit: PeriodUnit::Years,
                }),
                criterion: s(
                    "solange das Team besteht, bei befristeten wie bei dauerhaften \
                     Arbeitsgruppen aber längstens bis zum Ablauf der Frist",
                ),
                start_event: Some(RetentionStart::Other),
                starts_at: s("Ende der Projektzeit der jeweiligen Mitarbeiter"),
                deletion: s(
                    "zusammen mit dem Team, einschließlich der Chats und aller darin \
                     erstellten, geteilten oder bearbeiteten Inhalte",
                ),
                at_end: Some(RetentionEnd::Erasure),
            }),
        ),
        category(
            "Technische Nutzungsdaten",
            "Daten, die anfallen, damit Microsoft Teams und die darin eingebundenen Funktionen \
             bereitgestellt und sicher betrieben werden können.",
            None,
        ),
        category(
            "Aufzeichnungen (Ton- und Bilddaten)",
            "gespeicherte Audio- und Videoaufnahmen von Meetings, nur mit Zustimmung.",
            Some(RetentionRule {
                period: None,
                criterion: s(
                    "solange sie für den jeweiligen Zweck (z. B. ein Projekt) benötigt werden",
                ),
                start_event: Some(RetentionStart::PurposeAchieved),
                starts_at: None,
                deletion: None,
                at_end: None,
            }),
        ),
        category(
            "Zusätzlich erhobene Kontaktdaten",
            "Angaben, die während der Nutzung mit Zustimmung erhoben werden, um über weitere \
             Wege (z. B. E-Mail, Post) Kontakt aufzunehmen.",
            None,
        ),
    ];
    a.source = DataSource {
        from_data_subject: Some(true),
        other_sources: s(
            "öffentlich zugängliche Quellen wie das Internet, für Angaben wie Name, \
             E-Mail-Adresse oder Telefonnummer, die nicht bei der Person selbst erhoben werden",
        ),
        publicly_accessible: Some(true),
    };

    a.recipients = vec![
        Recipient {
            role: RecipientRole::Processor,
            party: s(MICROSOFT),
            description: s("Microsoft Teams"),
            note: s("Verarbeitet die Daten nur im Rahmen des Auftragsverarbeitungsvertrags."),
            own_responsibility: s(
                "die Daten beim Aufruf der Website von Microsoft Teams, die zum Herunterladen der \
                 Software und für die Nutzung im Browser nötig ist",
            ),
            ..Recipient::default()
        },
        Recipient {
            role: RecipientRole::Internal,
            party: None,
            description: s("Vertrieb, Auftragsabwicklung (je nach Aufgabengebiet)"),
            note: s(
                "Nur für zusätzlich erhobene Daten; sie erhalten nur die Personen, die sie für \
                 ihre Aufgabe brauchen, und nur in diesem Umfang.",
            ),
            own_responsibility: None,
            ..Recipient::default()
        },
        content_recipients(),
    ];
    a.transfers = vec![Transfer {
        recipient: s(MICROSOFT),
        country: "US".into(),
        mechanism: s("art46-2-c"),
        scc_module: None,
        note: s(
            "Der Speicherort ist auf Rechenzentren in der EU beschränkt, daher findet eine \
             Verarbeitung außerhalb der EU grundsätzlich nicht statt. Dass Daten über \
             Internet-Server außerhalb der EU geleitet werden, lässt sich aber nicht ausschließen, \
             vor allem wenn sich Nutzer gerade in einem Drittland befinden. Mit Microsoft sind \
             EU-Standardvertragsklauseln vereinbart.",
        ),
        ..Transfer::default()
    }];

    a.toms = vec![TOM_TRANSPORT_ENCRYPTION.into()];
    a.tom_notes = s(
        "Speicherort auf Rechenzentren in der EU beschränkt. Auf eingestellte Dateien, Inhalte und \
         Kommentare können nur die Personen zugreifen, für die sie freigegeben sind.",
    );
    a.access = s(
        "Alle Teilnehmenden eines Meetings sehen, hören und lesen dessen Inhalte, Chats, geteilte \
         Dateien und Bildschirmfreigaben. Eingestellte Dateien, Inhalte und Kommentare sehen die \
         Personen, für die sie freigegeben sind (einzelne Personen oder die Mitglieder eines \
         Teams oder Channels).",
    );
    a
}
