//! The example register VVT ships: the online-meeting privacy notice of the
//! Integrata Cegos GmbH (Jitsi Meet, Cisco Webex, Microsoft Teams; "Stand"
//! 19.02.2021) turned into register data, so that a first start, a demo and the
//! tests have a real, checkable register. It holds exactly what that notice
//! states; where the notice is silent the field stays empty, so that the checks
//! show a user what a real notice of this kind leaves out.

use chrono::{DateTime, NaiveDate, Utc};

use crate::{
    ActivityStatus, Controller, DataCategory, DataSource, Dpia, Dpo, Organisation, Party, Period,
    PeriodUnit, ProcessingActivity, ProcessorAgreement, ProtectionGoal, ProvisionKind,
    ProvisionRequirement, Purpose, Recipient, RecipientRole, Register, RetentionRule, Tom,
    Transfer,
};

/// Keys of the three activities, in the order the notice describes them.
pub const JITSI: &str = "meetings-jitsi";
pub const WEBEX: &str = "meetings-webex";
pub const TEAMS: &str = "meetings-teams";

/// Keys of the parties and TOMs the example defines.
pub const AUTOMATTIC: &str = "automattic";
pub const CISCO: &str = "cisco";
pub const MICROSOFT: &str = "microsoft";
pub const TOM_TRANSPORT_ENCRYPTION: &str = "tom-transport-encryption";
pub const TOM_NO_IP_LOGGING: &str = "tom-no-ip-logging";

/// The interest the notice names for every Art. 6(1)(f) processing.
pub const LEGITIMATE_INTEREST: &str = "effektive Durchführung von Online-Meetings";

/// The example register: organisation, parties, TOMs and the three meeting
/// activities. Timestamps come from [`crate::clock::now`]; `history` is empty
/// and every `version` is 0, as for records not yet saved.
pub fn example_register() -> Register {
    let now = crate::clock::now();
    Register {
        organisation: organisation(),
        toms: toms(),
        parties: parties(),
        activities: vec![jitsi(now), webex(now), teams(now)],
        history: Vec::new(),
    }
}

fn s(text: &str) -> Option<String> {
    Some(text.to_owned())
}

fn organisation() -> Organisation {
    Organisation {
        controller: Controller {
            name: "Integrata Cegos GmbH".into(),
            address: s("Zettachring 4, 70567 Stuttgart"),
            email: None,
            phone: None,
            website: None,
            public_body: false,
        },
        dpo: Some(Dpo {
            name: "Datenschutzbeauftragter".into(),
            external: false,
            organisation: None,
            address: s(
                "Integrata Cegos GmbH, Datenschutzbeauftragter, Zettachring 4, 70567 Stuttgart",
            ),
            email: s("datenschutz@integrata-cegos.de"),
            phone: None,
        }),
        representative: None,
        joint_controllers: Vec::new(),
        // The notice names no supervisory authority; the controller's seat
        // (Stuttgart) would point to Baden-Württemberg, but that is left to
        // the user so that the check shows the gap.
        authority: None,
        notice_date: NaiveDate::from_ymd_opt(2021, 2, 19),
        version: 0,
    }
}

fn toms() -> Vec<Tom> {
    vec![
        Tom {
            key: TOM_TRANSPORT_ENCRYPTION.into(),
            goal: ProtectionGoal::Encryption,
            title: "Verschlüsselung bei der Übertragung".into(),
            description: s(
                "Meeting-Daten werden auf dem Weg über das Internet verschlüsselt übertragen, \
                 damit Unbefugte nicht auf sie zugreifen können.",
            ),
            version: 0,
        },
        Tom {
            key: TOM_NO_IP_LOGGING.into(),
            goal: ProtectionGoal::Confidentiality,
            title: "Keine Protokollierung von IP-Adressen".into(),
            description: s(
                "Auf dem selbst betriebenen Jitsi-Server ist das Mitschreiben der IP-Adressen \
                 der Teilnehmenden in Protokolldateien abgeschaltet.",
            ),
            version: 0,
        },
    ]
}

fn parties() -> Vec<Party> {
    vec![
        Party {
            key: AUTOMATTIC.into(),
            name: "Automattic Inc.".into(),
            address: None,
            country: s("US"),
            contact: None,
            dpf_certified: false,
            certifications: Vec::new(),
            agreement: None,
            notes: s(
                "Betreibt den Dienst Gravatar, über den Profilbilder zu einer E-Mail-Adresse \
                 abgerufen werden. Kein Auftragsverarbeiter: Automattic legt Zwecke und Mittel \
                 der Verarbeitung selbst fest. Wer ein eigenes Gravatar-Konto hat, für den gelten \
                 insoweit die Bedingungen von Gravatar. Die Server können auch außerhalb der EU \
                 stehen.",
            ),
            version: 0,
        },
        Party {
            key: CISCO.into(),
            name: "Cisco Systems, Inc.".into(),
            address: s("170 West Tasman Dr., San Jose, CA 95134, USA"),
            country: s("US"),
            contact: None,
            dpf_certified: false,
            certifications: Vec::new(),
            agreement: Some(ProcessorAgreement {
                signed_on: None,
                reference: s("Auftragsverarbeitungsvertrag auf Basis der EU-Standardvertragsklauseln"),
                location: None,
                covers: Vec::new(),
                subprocessors: Vec::new(),
                locations: Vec::new(),
                next_review: None,
            }),
            notes: s(
                "Anbieter von Cisco Webex Meetings. Ausführliche Datenschutzinformationen des \
                 Anbieters: https://www.cisco.com/c/de_de/about/legal/privacy-full.html",
            ),
            version: 0,
        },
        Party {
            key: MICROSOFT.into(),
            name: "Microsoft Corporation".into(),
            address: None,
            country: s("US"),
            contact: None,
            dpf_certified: false,
            certifications: Vec::new(),
            agreement: Some(ProcessorAgreement {
                signed_on: None,
                reference: s(
                    "Auftragsverarbeitungsvertrag für Microsoft Teams; EU-Standardvertragsklauseln \
                     abgeschlossen",
                ),
                location: None,
                covers: Vec::new(),
                subprocessors: Vec::new(),
                locations: vec!["Rechenzentren in der Europäischen Union".into()],
                next_review: None,
            }),
            notes: s(
                "Anbieter von Microsoft Teams. Datenschutzerklärung des Anbieters: \
                 https://privacy.microsoft.com/de-de/privacystatement",
            ),
            version: 0,
        },
    ]
}

// ---------------------------------------------------------------------------
// Building blocks shared by the three activities
// ---------------------------------------------------------------------------

fn purpose(description: String, bases: &[&str]) -> Purpose {
    Purpose {
        description,
        legal_bases: bases.iter().map(|b| (*b).to_owned()).collect(),
        ..Purpose::default()
    }
}

fn with_interest(mut p: Purpose) -> Purpose {
    p.legitimate_interests = s(LEGITIMATE_INTEREST);
    p
}

/// Section 5 of the notice, which applies to all three tools: § 26 BDSG for
/// employees' data the employment needs; Art. 6(1)(f) for employees' data it
/// does not need but the platform does; Art. 6(1)(b) within contractual
/// relationships; Art. 6(1)(f) where there is none.
fn meeting_purposes(what: &str) -> Vec<Purpose> {
    vec![
        purpose(
            format!(
                "Durchführung von {what} mit Beschäftigten der Integrata Cegos GmbH, soweit die \
                 Daten zur Begründung, Durchführung oder Beendigung des Beschäftigungsverhältnisses \
                 erforderlich sind"
            ),
            &["bdsg-26"],
        ),
        with_interest(purpose(
            format!(
                "Durchführung von {what} mit Beschäftigten der Integrata Cegos GmbH, soweit die \
                 Daten für das Beschäftigungsverhältnis nicht erforderlich, für die Nutzung der \
                 Meeting-Plattform aber unverzichtbar sind"
            ),
            &["art6-1-f"],
        )),
        purpose(
            format!("Durchführung von {what} im Rahmen von Vertragsbeziehungen"),
            &["art6-1-b"],
        ),
        with_interest(purpose(
            format!("Durchführung von {what} mit Personen, zu denen keine Vertragsbeziehung besteht"),
            &["art6-1-f"],
        )),
    ]
}

fn base_subjects() -> Vec<String> {
    [
        "Teilnehmende an Online-Meetings",
        "Beschäftigte der Integrata Cegos GmbH",
        "Teilnehmende im Rahmen von Vertragsbeziehungen",
        "Teilnehmende ohne Vertragsbeziehung zur Integrata Cegos GmbH",
    ]
    .into_iter()
    .map(String::from)
    .collect()
}

fn category(name: &str, description: &str, retention: Option<RetentionRule>) -> DataCategory {
    DataCategory {
        name: name.into(),
        description: s(description),
        special: false,
        criminal: false,
        retention,
    }
}

fn from_data_subject() -> DataSource {
    DataSource {
        from_data_subject: Some(true),
        other_sources: None,
        publicly_accessible: None,
    }
}

/// Recipients of meeting content that is meant to be passed on (Jitsi 2.4,
/// Teams 4.4). They get it for their own purposes, hence independent
/// controllers; they are a category, not a recorded party.
fn content_recipients() -> Recipient {
    Recipient {
        role: RecipientRole::IndependentController,
        party: None,
        description: s("Kunden, Interessenten oder sonstige Dritte"),
        note: s(
            "Nur soweit Inhalte eines Online-Meetings zur Weitergabe bestimmt sind. Ansonsten \
             gehen die Daten grundsätzlich nicht an Dritte; Meeting-Inhalte dienen aber, wie bei \
             persönlichen Besprechungen, oft gerade dazu, Informationen an diese Personen zu \
             vermitteln.",
        ),
    }
}

/// Section 7 of the notice: the general erasure rule, stated for all data.
const GENERAL_DELETION: &str = "Allgemein gilt laut Hinweis: Daten werden gelöscht, sobald sie \
     nicht mehr gebraucht werden, etwa nicht mehr zur Erfüllung vertraglicher Leistungen oder \
     zur Prüfung, Gewährung oder Abwehr von Gewährleistungs- und Garantieansprüchen; bei \
     gesetzlichen Aufbewahrungspflichten erst nach deren Ablauf.";

fn notes(specific: &str) -> Option<String> {
    Some(format!("{specific} {GENERAL_DELETION}"))
}

fn activity(now: DateTime<Utc>, key: &str, name: &str) -> ProcessingActivity {
    let mut a = ProcessingActivity::new(key, name);
    a.status = ActivityStatus::Active;
    a.dpia = Dpia::default();
    a.created_at = now;
    a.updated_at = now;
    a.version = 0;
    a
}

// ---------------------------------------------------------------------------
// Jitsi Meet (section 2 of the notice)
// ---------------------------------------------------------------------------

fn jitsi(now: DateTime<Utc>) -> ProcessingActivity {
    let mut a = activity(
        now,
        JITSI,
        "Online-Meetings mit Jitsi Meet (selbst betrieben)",
    );
    a.description = s(
        "Telefon- und Videokonferenzen, Online-Meetings und Webinare über Jitsi Meet, eine \
         quelloffene Meeting-Software, die die Integrata Cegos GmbH auf einem eigenen Server \
         installiert hat und selbst betreibt.",
    );

    let mut purposes =
        meeting_purposes("Telefon- und Videokonferenzen, Online-Meetings und Webinaren");
    purposes.push(Purpose {
        description: "Aufzeichnung von Online-Meetings".into(),
        legal_bases: vec!["art6-1-a".into()],
        consent_given: s(
            "Eine geplante Aufzeichnung wird den Teilnehmenden vorher offen angekündigt; soweit \
             erforderlich, wird vorab ihre Zustimmung eingeholt.",
        ),
        consent_withdrawal: None,
        ..Purpose::default()
    });
    a.purposes = purposes;
    a.data_subjects = base_subjects();

    a.data_categories = vec![
        category(
            "Name der Teilnehmenden",
            "Wird beim Betreten des Meetings abgefragt.",
            Some(RetentionRule {
                period: None,
                criterion: s(
                    "Nur für die Dauer der Teilnahme am jeweiligen Online-Meeting; danach gelöscht",
                ),
                starts_at: s("Ende der Teilnahme am Online-Meeting"),
                deletion: None,
            }),
        ),
        category(
            "Audio-, Video- und Chatinhalte",
            "Ton, Bild und Chat-Beiträge der Teilnehmenden, soweit vorhanden.",
            Some(RetentionRule {
                period: None,
                criterion: s("Nur während des jeweiligen Online-Meetings verarbeitet"),
                starts_at: s("Ende des Online-Meetings"),
                deletion: None,
            }),
        ),
        category(
            "IP-Adresse",
            "Die IP-Adresse des Endgeräts ist für die Durchführung des Meetings technisch \
             unumgänglich. Auf dem Jitsi-Server wird sie nicht protokolliert.",
            None,
        ),
        category(
            "Name des Meetings und ggf. Passwort",
            "Den Namen legt der Veranstalter beim Einrichten fest; ein Passwort für die \
             Teilnahme ist optional. Unabhängig davon kann der Browser der Teilnehmenden Name, \
             Datum, Uhrzeit und Dauer von Meetings lokal speichern; diese Angaben verschwinden \
             erst, wenn der Browser-Cache geleert wird.",
            Some(RetentionRule {
                period: None,
                criterion: s("Bis zum Ende des jeweiligen Online-Meetings; danach gelöscht"),
                starts_at: s("Ende des Online-Meetings"),
                deletion: None,
            }),
        ),
        category(
            "E-Mail-Adresse (optional)",
            "Freiwillige Angabe. Mit ihr wird beim Dienst Gravatar ein öffentliches Profilbild \
             abgefragt und, falls vorhanden, im Meeting angezeigt.",
            None,
        ),
    ];
    a.source = from_data_subject();

    a.recipients = vec![
        Recipient {
            role: RecipientRole::IndependentController,
            party: s(AUTOMATTIC),
            description: s("Gravatar (Profilbilder)"),
            note: s(
                "Nur wenn im Meeting eine E-Mail-Adresse angegeben wird. Keine \
                 Auftragsverarbeitung: der Anbieter bestimmt Zwecke und Mittel selbst.",
            ),
        },
        content_recipients(),
    ];
    a.transfers = vec![Transfer {
        recipient: s(AUTOMATTIC),
        country: "US".into(),
        mechanism: None,
        note: s(
            "Abruf des Profilbilds bei Gravatar, nur wenn eine E-Mail-Adresse angegeben wird; \
             die Server von Automattic können auch außerhalb der EU stehen. Eine Garantie nach \
             Kapitel V DSGVO nennt der Hinweis nicht; an anderer Stelle (Abschnitt 8) erklärt er \
             pauschal, dass keine Übermittlung in Drittländer stattfinde.",
        ),
        ..Transfer::default()
    }];

    a.toms = vec![TOM_TRANSPORT_ENCRYPTION.into(), TOM_NO_IP_LOGGING.into()];
    a.tom_notes =
        s("Die Meeting-Software läuft auf einem eigenen Server der Integrata Cegos GmbH.");
    a.notes = notes(
        "Außerhalb der EU werden die Daten grundsätzlich nicht verarbeitet. Dass sie über \
         Internet-Server außerhalb der EU geleitet werden, lässt sich aber nicht ausschließen, \
         vor allem wenn Teilnehmende sich in einem Drittland befinden. Für Aufzeichnungen ohne \
         Einwilligung (\"soweit erforderlich\") nennt der Hinweis keine eigene Rechtsgrundlage.",
    );
    a
}

// ---------------------------------------------------------------------------
// Cisco Webex (section 3 of the notice)
// ---------------------------------------------------------------------------

fn webex(now: DateTime<Utc>) -> ProcessingActivity {
    let mut a = activity(now, WEBEX, "Online-Meetings mit Cisco Webex");
    a.description = s(
        "Telefon- und Videokonferenzen, Online-Meetings und Webinare über Cisco Webex Meetings, \
         eine kommerzielle Meeting-Software der Cisco Systems, Inc.",
    );
    a.purposes = meeting_purposes("Telefon- und Videokonferenzen, Online-Meetings und Webinaren");
    a.data_subjects = base_subjects();

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
            "Ein- und ausgehende Rufnummer, Ländername, Beginn und Ende des Anrufs; \
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
                criterion: s("Nur während der Dauer des Meetings verarbeitet"),
                starts_at: s("Ende des Online-Meetings"),
                deletion: None,
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
    }];
    a.transfers = vec![Transfer {
        recipient: s(CISCO),
        country: "US".into(),
        mechanism: s("art46-2-c"),
        scc_module: None,
        note: s(
            "Das angemessene Datenschutzniveau bei Cisco soll der Auftragsverarbeitungsvertrag \
             auf Basis der EU-Standardvertragsklauseln sichern. An anderer Stelle (Abschnitt 8) \
             erklärt der Hinweis pauschal, dass keine Übermittlung in Drittländer stattfinde.",
        ),
        ..Transfer::default()
    }];

    a.notes = notes(
        "Die Nutzungsbedingungen von Cisco Webex Meetings und ihr Betreiber unterliegen nicht der \
         Kontrolle der Integrata Cegos GmbH: mit dem Aufruf der Webex-Anwendung gelten die \
         Geschäftsbedingungen und Datenverarbeitungsrichtlinien von Cisco, bei dem sich \
         Betroffene direkt informieren können. Cisco erhebt bei der Bereitstellung außerdem \
         eigene Daten, auf die die Integrata Cegos GmbH keinen Einfluss hat.",
    );
    a
}

// ---------------------------------------------------------------------------
// Microsoft Teams (section 4 of the notice)
// ---------------------------------------------------------------------------

/// Section 4.2: account data and one's own content end with the relationship;
/// deleted within three months, gone from Microsoft's systems 90 days later.
fn relationship_end_rule(extra: Option<&str>) -> RetentionRule {
    let mut criterion = String::from(
        "Die Speicherung endet, sobald das Verhältnis zwischen Nutzer und Integrata Cegos GmbH \
         endet (etwa durch Ausscheiden aus dem Unternehmen oder Ende der Geschäftsbeziehung), \
         der Nutzer seine Einwilligung ganz oder teilweise widerruft oder der Verarbeitung \
         widerspricht",
    );
    if let Some(extra) = extra {
        criterion.push_str("; ");
        criterion.push_str(extra);
    }
    RetentionRule {
        period: Some(Period {
            amount: 3,
            unit: PeriodUnit::Months,
        }),
        criterion: Some(criterion),
        starts_at: s("Ende des Verhältnisses zwischen Nutzer und Integrata Cegos GmbH"),
        deletion: s(
            "Löschung durch die Integrata Cegos GmbH; aus den Systemen von Microsoft ist ein \
             gelöschtes Konto oder gelöschter Inhalt 90 Tage nach der Löschung vollständig \
             entfernt. Dieselben 90 Tage gelten für Dateien, die Nutzer selbst löschen.",
        ),
    }
}

fn teams(now: DateTime<Utc>) -> ProcessingActivity {
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

    let mut purposes = meeting_purposes(
        "Audio- und Videokonferenzen, Online-Präsentationen und Schulungen (in Gruppen oder \
         einzeln)",
    );
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

    a.data_categories = vec![
        category(
            "Angaben zum Benutzer",
            "Etwa Anzeigename (Display Name), E-Mail-Adresse, Profilbild, bevorzugte Sprache.",
            None,
        ),
        category(
            "Meeting-Metadaten",
            "Etwa Datum, Uhrzeit, Meeting-ID, Telefonnummer, Ort.",
            None,
        ),
        category(
            "Chatnachrichten",
            "Texteingaben im Chat, verarbeitet, um sie anzuzeigen und Lesebestätigungen \
             anzuzeigen. Teams protokolliert Chatinhalte; die Integrata Cegos GmbH hält sie nur \
             fest, wenn das zur Dokumentation von Meeting-Ergebnissen nötig ist, was in der Regel \
             nicht der Fall ist.",
            Some(relationship_end_rule(Some(
                "Chatinhalte bleiben bestehen, solange das Konto des anderen Chat-Teilnehmers \
                 besteht",
            ))),
        ),
        category(
            "Audio- und Videodaten",
            "Daten von Mikrofon und, falls vorhanden, Kamera des Endgeräts, damit Ton und Bild \
             übertragen werden können. Kamera und Mikrofon lassen sich in der Teams-Anwendung \
             jederzeit selbst ausschalten.",
            Some(RetentionRule {
                period: None,
                criterion: s("Nur während der Dauer der Nutzung (Konferenz, Präsentation, Schulung) verarbeitet"),
                starts_at: s("Ende der Nutzung"),
                deletion: None,
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
            "Beim Anlegen eines Nutzerkontos und zur Anzeige des Nutzerstatus, z. B. \
             E-Mail-Adresse, Passwort, Zugehörigkeit zu Teams, Rollen und Rechte.",
            Some(relationship_end_rule(None)),
        ),
        category(
            "Erstellte und geteilte Inhalte",
            "Hochgeladene und geteilte Dateien, Kommentare, Sprachnachrichten, Kalendereinträge, \
             zugewiesene, bearbeitete und abgegebene Aufgaben samt Status (Fälligkeit, \
             Rückmeldung), in Word, Excel, PowerPoint und OneNote erstellte oder bearbeitete \
             Inhalte, Antworten in Umfragen.",
            Some(relationship_end_rule(None)),
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
                    "Gespeichert, solange das Team besteht; Teams für befristete oder nicht \
                     endende Arbeitsgruppen werden spätestens fünf Jahre nach Ende der \
                     Projektzeit der betroffenen Mitarbeiter gelöscht",
                ),
                starts_at: s("Ende der Projektzeit der betroffenen Mitarbeiter"),
                deletion: s(
                    "Löschung des Teams mitsamt den darin erstellten, geteilten und bearbeiteten \
                     Inhalten und Chats",
                ),
            }),
        ),
        category(
            "Technische Nutzungsdaten",
            "Daten, die für die Bereitstellung und Sicherheit von Microsoft Teams und der darin \
             eingebundenen Funktionen anfallen.",
            None,
        ),
        category(
            "Aufzeichnungen (Ton- und Bilddaten)",
            "Gespeicherte Audio- und Videoaufnahmen von Meetings, nur mit Zustimmung.",
            Some(RetentionRule {
                period: None,
                criterion: s(
                    "Solange sie für den jeweiligen Zweck (z. B. ein Projekt) benötigt werden",
                ),
                starts_at: None,
                deletion: None,
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
            "Öffentlich zugängliche Quellen wie das Internet, für Angaben wie Name, \
             E-Mail-Adresse oder Telefonnummer, die nicht bei der Person selbst erhoben werden",
        ),
        publicly_accessible: Some(true),
    };

    a.recipients = vec![
        Recipient {
            role: RecipientRole::Processor,
            party: s(MICROSOFT),
            description: s("Microsoft Teams"),
            note: s("Erhält zwangsläufig Kenntnis von den Daten, soweit der \
                 Auftragsverarbeitungsvertrag dies vorsieht."),
        },
        Recipient {
            role: RecipientRole::Internal,
            party: None,
            description: s("Vertrieb, Auftragsabwicklung (je nach Aufgabengebiet)"),
            note: s(
                "Nur für zusätzlich erhobene Daten, beschränkt auf das erforderliche Maß und den \
                 erforderlichen Personenkreis.",
            ),
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
             vor allem wenn Nutzer sich in einem Drittland aufhalten. Mit Microsoft sind die \
             EU-Standardvertragsklauseln abgeschlossen.",
        ),
        ..Transfer::default()
    }];

    a.toms = vec![TOM_TRANSPORT_ENCRYPTION.into()];
    a.tom_notes = s(
        "Speicherort auf Rechenzentren in der EU beschränkt. Auf eingestellte Dateien, Inhalte und \
         Kommentare haben nur die Personen Zugriff, mit denen sie geteilt werden.",
    );
    a.notes = notes(
        "Wer die Website von Microsoft Teams aufruft, dessen Daten verarbeitet Microsoft als \
         Anbieter in eigener Verantwortung. Nötig ist das nur zum Herunterladen der Software; wer \
         Teams im Browser statt in der App nutzt, erhält den Dienst insoweit ebenfalls über die \
         Website. Alle Teilnehmenden einer Videokonferenz können deren Inhalte, Chats, geteilte \
         Dateien und Bildschirmfreigaben sehen, hören und lesen; auf eingestellte Dateien, \
         Inhalte und Kommentare greifen die Personen zu, mit denen sie geteilt werden \
         (Einzelpersonen oder Mitglieder eines Teams oder Channels).",
    );
    a
}
