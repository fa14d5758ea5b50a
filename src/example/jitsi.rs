//! Jitsi Meet, self-hosted (section 2 of the seed notice).

use chrono::{DateTime, Utc};

use super::*;
use crate::{Embed, EmbedAccess, EmbedKind};

pub(super) fn build(now: DateTime<Utc>) -> ProcessingActivity {
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
    a.purposes = purposes;
    a.data_subjects = base_subjects();
    a.data_subject_groups = base_groups();

    a.data_categories = vec![
        category(
            "Name der Teilnehmenden",
            "wird beim Betreten des Meetings abgefragt.",
            Some(RetentionRule {
                period: None,
                criterion: s(
                    "nur für die Dauer der Teilnahme am jeweiligen Online-Meeting; danach gelöscht",
                ),
                start_event: Some(RetentionStart::EndOfSession),
                starts_at: s("Ende der Teilnahme am Online-Meeting"),
                deletion: None,
                at_end: Some(RetentionEnd::Erasure),
            }),
        ),
        category(
            "Audio-, Video- und Chatinhalte",
            "Ton, Bild und Chat-Beiträge der Teilnehmenden, soweit vorhanden.",
            Some(RetentionRule {
                period: None,
                criterion: s("verarbeitet nur während des laufenden Online-Meetings"),
                start_event: Some(RetentionStart::EndOfSession),
                starts_at: s("Ende des Online-Meetings"),
                deletion: None,
                at_end: None,
            }),
        ),
        category(
            "IP-Adresse",
            "für das Meeting technisch unumgänglich; auf dem Jitsi-Server wird sie nicht \
             protokolliert.",
            None,
        ),
        category(
            "Meeting-Name und ggf. Passwort",
            "vom Veranstalter festgelegt; ein Passwort ist optional. Der Browser der \
             Teilnehmenden kann Name, Datum, Uhrzeit und Dauer von Meetings lokal speichern, bis \
             sein Cache geleert wird.",
            Some(RetentionRule {
                period: None,
                criterion: s("bis zum Ende des jeweiligen Online-Meetings; danach gelöscht"),
                start_event: Some(RetentionStart::EndOfSession),
                starts_at: s("Ende des Online-Meetings"),
                deletion: None,
                at_end: Some(RetentionEnd::Erasure),
            }),
        ),
        category(
            "E-Mail-Adresse (optional)",
            "freiwillig; dazu wird ein vorhandenes Gravatar-Profilbild angezeigt.",
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
                "Nur wenn im Meeting eine E-Mail-Adresse angegeben wird; keine \
                 Auftragsverarbeitung.",
            ),
            own_responsibility: None,
            ..Recipient::default()
        },
        content_recipients(),
    ];
    a.transfers = vec![Transfer {
        recipient: s(AUTOMATTIC),
        country: "US".into(),
        mechanism: None,
        note: s(
            "Abruf des Profilbilds bei Gravatar nur, wenn eine E-Mail-Adresse angegeben wird; \
             die Server von Automattic können außerhalb der EU stehen. Ein \
             Übermittlungsinstrument nach Kapitel V DSGVO ist noch nicht festgelegt.",
        ),
        ..Transfer::default()
    }];

    // The profile picture is fetched only for someone who enters an e-mail
    // address for it: the feature that person asked for (§ 25(2) no. 2
    // TDDDG), run by Automattic in the US.
    a.embeds = vec![Embed {
        name: "Gravatar".into(),
        kind: EmbedKind::Embed,
        provider: s("Automattic Inc."),
        purpose: "Profilbild zur E-Mail-Adresse anzeigen".into(),
        access: EmbedAccess::StrictlyNecessary,
        before_consent: false,
        duration: None,
        country: s("US"),
    }];
    a.toms = vec![TOM_TRANSPORT_ENCRYPTION.into(), TOM_NO_IP_LOGGING.into()];
    a.tom_notes =
        s("Die Meeting-Software läuft auf einem eigenen Server der Integrata Cegos GmbH.");
    a.notes = notes(
        "Außerhalb der EU werden die Daten grundsätzlich nicht verarbeitet. Dass sie über \
         Internet-Server außerhalb der EU geleitet werden, lässt sich aber nicht ausschließen, \
         vor allem wenn Teilnehmende sich in einem Drittland befinden. Für Aufzeichnungen ohne \
         Einwilligung (\"soweit erforderlich\") nennt der Hinweis keine eigene Rechtsgrundlage. \
         Für den Abruf bei Gravatar nennt er keine Garantie nach Kapitel V DSGVO; Abschnitt 8 \
         des Hinweises erklärt sogar pauschal, dass keine Übermittlung in Drittländer stattfinde.",
    );
    a
}
