//! The example register VVT ships: the online-meeting privacy notice of the
//! Integrata Cegos GmbH (Jitsi Meet, Cisco Webex, Microsoft Teams; "Stand"
//! 19.02.2021) turned into register data, so that a first start, a demo and the
//! tests have a real, checkable register. It holds exactly what that notice
//! states; where the notice is silent the field stays empty, so that the checks
//! show a user what a real notice of this kind leaves out.

mod english;
mod jitsi;
mod teams;
mod webex;

use chrono::{DateTime, NaiveDate, Utc};

use crate::{
    ActivityStatus, Controller, DataCategory, DataSource, Dpia, Dpo, Organisation, Party, Period,
    PeriodUnit, ProcessingActivity, ProcessorAgreement, ProtectionGoal, ProvisionKind,
    ProvisionRequirement, Purpose, Recipient, RecipientRole, Register, RetentionEnd, RetentionRule,
    RetentionStart, SubjectGroup, Tom, Transfer,
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
    let mut register = Register {
        organisation: organisation(),
        toms: toms(),
        parties: parties(),
        activities: vec![jitsi::build(now), webex::build(now), teams::build(now)],
        history: Vec::new(),
        publications: Vec::new(),
        processor_activities: Vec::new(),
        translations: Vec::new(),
    };
    register.translations = english::translations(&register);
    register
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
            // The seed's line also repeats the company and the function, which
            // the controller's name and the DPO's name already give.
            address: s("Zettachring 4, 70567 Stuttgart"),
            email: s("datenschutz@integrata-cegos.de"),
            phone: None,
        }),
        no_dpo_reason: None,
        // The notice does not say how many persons process personal data.
        persons_processing: None,
        representative: None,
        joint_controllers: Vec::new(),
        // The notice names no supervisory authority; the controller's seat
        // (Stuttgart) would point to Baden-Württemberg, but that is left to
        // the user so that the check shows the gap.
        authority: None,
        notice_date: NaiveDate::from_ymd_opt(2021, 2, 19),
        // Section 7 of the seed, for all data.
        deletion_rule: s(
            "Wir löschen personenbezogene Daten, sobald wir sie nicht mehr brauchen, etwa nicht \
             mehr zur Erfüllung vertraglicher Leistungen oder um Gewährleistungs- und \
             Garantieansprüche zu prüfen, zu gewähren oder abzuwehren. Besteht eine gesetzliche \
             Aufbewahrungspflicht, löschen wir erst nach ihrem Ablauf.",
        ),
        // A training company: no professional secrecy of § 203 StGB.
        professional_secrecy: false,
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
            processing_countries: Vec::new(),
            dpf_certified: false,
            dpf_checked_on: None,
            certifications: Vec::new(),
            agreement: None,
            privacy_notice_url: None,
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
            processing_countries: Vec::new(),
            dpf_certified: false,
            dpf_checked_on: None,
            certifications: Vec::new(),
            agreement: Some(ProcessorAgreement {
                signed_on: None,
                reference: s("Auftragsverarbeitungsvertrag auf Basis der EU-Standardvertragsklauseln"),
                location: None,
                covers: Vec::new(),
                subprocessors: Vec::new(),
                locations: Vec::new(),
                next_review: None,
                secrecy_obligation: false,
            }),
            // Public: the notice links the provider's own privacy statement.
            privacy_notice_url: s("https://www.cisco.com/c/de_de/about/legal/privacy-full.html"),
            notes: s("Anbieter von Cisco Webex Meetings."),
            version: 0,
        },
        Party {
            key: MICROSOFT.into(),
            name: "Microsoft Corporation".into(),
            address: None,
            country: s("US"),
            contact: None,
            processing_countries: Vec::new(),
            dpf_certified: false,
            dpf_checked_on: None,
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
                secrecy_obligation: false,
            }),
            privacy_notice_url: s("https://privacy.microsoft.com/de-de/privacystatement"),
            notes: s("Anbieter von Microsoft Teams."),
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

/// Section 5 of the notice, which applies to all three tools alike (and so
/// is recorded alike, for the notice to state it once): § 26 BDSG for
/// employees' data the employment needs; Art. 6(1)(f) for employees' data it
/// does not need but the platform does; Art. 6(1)(b) within contractual
/// relationships; Art. 6(1)(f) where there is none.
fn meeting_purposes() -> Vec<Purpose> {
    let what = "Online-Meetings";
    vec![
        purpose(
            format!(
                "Durchführung von {what} mit Beschäftigten der Integrata Cegos GmbH, soweit das \
                 Beschäftigungsverhältnis (seine Begründung, Durchführung oder Beendigung) die \
                 Daten erfordert"
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
            format!(
                "Durchführung von {what} mit Personen, zu denen keine Vertragsbeziehung besteht"
            ),
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

/// The catalog groups of [`base_subjects`]: participants of the meetings,
/// among them the organisation's employees.
fn base_groups() -> Vec<SubjectGroup> {
    vec![SubjectGroup::Participants, SubjectGroup::Employees]
}

fn category(name: &str, description: &str, retention: Option<RetentionRule>) -> DataCategory {
    DataCategory {
        name: name.into(),
        description: s(description),
        special: false,
        criminal: false,
        conditions: Vec::new(),
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
        own_responsibility: None,
        ..Recipient::default()
    }
}

/// What the DPO notes internally about the seed notice's activity.
fn notes(specific: &str) -> Option<String> {
    Some(specific.to_owned())
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
