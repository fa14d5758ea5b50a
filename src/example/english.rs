//! The example register's texts in English, in our own words: what the
//! training company would publish on its English website. Each German text
//! of the example is translated once here; the same text in several
//! activities gets the same translation.

use crate::model::*;
use crate::translation;

/// The translations of the example register's texts, each made from the
/// German text as the register holds it. A German text without an entry
/// here stays untranslated (the example's test refuses that).
pub(super) fn translations(register: &Register) -> Vec<Translation> {
    translation::texts(register, None, crate::Lang::En)
        .into_iter()
        .filter_map(|t| {
            let (_, english) = ENGLISH.iter().find(|(german, _)| *german == t.source)?;
            translation::prepare(register, t.entity, &t.key, &t.field, english).ok()
        })
        .collect()
}

/// (German as the example holds it, English).
const ENGLISH: &[(&str, &str)] = &[
    (
        "Auftragsverarbeitungsvertrag für Microsoft Teams; EU-Standardvertragsklauseln abgeschlossen",
        "Processing agreement for Microsoft Teams; EU standard contractual clauses concluded",
    ),
    (
        "Auftragsverarbeitungsvertrag auf Basis der EU-Standardvertragsklauseln",
        "Processing agreement based on the EU standard contractual clauses",
    ),
    (
        "Rechenzentren in der Europäischen Union",
        "Data centres in the European Union",
    ),
    (
        "Wir löschen personenbezogene Daten, sobald wir sie nicht mehr brauchen, etwa nicht mehr zur Erfüllung vertraglicher Leistungen oder um Gewährleistungs- und Garantieansprüche zu prüfen, zu gewähren oder abzuwehren. Besteht eine gesetzliche Aufbewahrungspflicht, löschen wir erst nach ihrem Ablauf.",
        "We erase personal data as soon as we no longer need it, for example once it is no longer needed to deliver what a contract promises or to examine, grant or defend warranty and guarantee claims. Where the law obliges us to keep data, we erase it when that obligation ends.",
    ),
    (
        "Online-Meetings mit Jitsi Meet (selbst betrieben)",
        "Online meetings with Jitsi Meet (run on our own server)",
    ),
    (
        "Telefon- und Videokonferenzen, Online-Meetings und Webinare über Jitsi Meet, eine quelloffene Meeting-Software, die die Integrata Cegos GmbH auf einem eigenen Server installiert hat und selbst betreibt.",
        "Phone and video conferences, online meetings and webinars held with Jitsi Meet, open-source meeting software that Integrata Cegos GmbH has installed on a server of its own and runs itself.",
    ),
    (
        "Durchführung von Online-Meetings mit Beschäftigten der Integrata Cegos GmbH, soweit das Beschäftigungsverhältnis (seine Begründung, Durchführung oder Beendigung) die Daten erfordert",
        "Holding online meetings with employees of Integrata Cegos GmbH where the employment relationship (entering into it, carrying it out or ending it) requires the data",
    ),
    (
        "Durchführung von Online-Meetings mit Beschäftigten der Integrata Cegos GmbH, soweit die Daten für das Beschäftigungsverhältnis nicht erforderlich, für die Nutzung der Meeting-Plattform aber unverzichtbar sind",
        "Holding online meetings with employees of Integrata Cegos GmbH where the employment relationship does not require the data but the meeting platform cannot be used without it",
    ),
    (
        "effektive Durchführung von Online-Meetings",
        "running online meetings effectively",
    ),
    (
        "Durchführung von Online-Meetings im Rahmen von Vertragsbeziehungen",
        "Holding online meetings within contractual relationships",
    ),
    (
        "Durchführung von Online-Meetings mit Personen, zu denen keine Vertragsbeziehung besteht",
        "Holding online meetings with people we have no contractual relationship with",
    ),
    (
        "Aufzeichnung von Online-Meetings",
        "Recording online meetings",
    ),
    (
        "Eine geplante Aufzeichnung wird den Teilnehmenden vorher offen angekündigt und nur durchgeführt, wenn sie zustimmen.",
        "A planned recording is announced to the participants openly in advance and made only if they agree.",
    ),
    (
        "Teilnehmende an Online-Meetings",
        "Participants in online meetings",
    ),
    (
        "Beschäftigte der Integrata Cegos GmbH",
        "Employees of Integrata Cegos GmbH",
    ),
    (
        "Teilnehmende im Rahmen von Vertragsbeziehungen",
        "Participants within contractual relationships",
    ),
    (
        "Teilnehmende ohne Vertragsbeziehung zur Integrata Cegos GmbH",
        "Participants without a contractual relationship with Integrata Cegos GmbH",
    ),
    (
        "Name der Teilnehmenden",
        "Participants' names",
    ),
    (
        "wird beim Betreten des Meetings abgefragt.",
        "asked for when a participant joins the meeting.",
    ),
    (
        "nur für die Dauer der Teilnahme am jeweiligen Online-Meeting; danach gelöscht",
        "only for as long as the person takes part in the online meeting; erased afterwards",
    ),
    (
        "Ende der Teilnahme am Online-Meeting",
        "end of the person's participation in the online meeting",
    ),
    (
        "Audio-, Video- und Chatinhalte",
        "Audio, video and chat content",
    ),
    (
        "Ton, Bild und Chat-Beiträge der Teilnehmenden, soweit vorhanden.",
        "the participants' sound, picture and chat messages, where there are any.",
    ),
    (
        "verarbeitet nur während des laufenden Online-Meetings",
        "processed only while the online meeting is running",
    ),
    (
        "Ende des Online-Meetings",
        "end of the online meeting",
    ),
    (
        "IP-Adresse",
        "IP address",
    ),
    (
        "für das Meeting technisch unumgänglich; auf dem Jitsi-Server wird sie nicht protokolliert.",
        "technically unavoidable for the meeting; the Jitsi server does not log it.",
    ),
    (
        "Meeting-Name und ggf. Passwort",
        "Meeting name and password, if any",
    ),
    (
        "vom Veranstalter festgelegt; ein Passwort ist optional. Der Browser der Teilnehmenden kann Name, Datum, Uhrzeit und Dauer von Meetings lokal speichern, bis sein Cache geleert wird.",
        "set by the organiser; a password is optional. A participant's browser may keep the name, date, time and length of meetings locally until its cache is cleared.",
    ),
    (
        "bis zum Ende des jeweiligen Online-Meetings; danach gelöscht",
        "until the end of the online meeting in question; erased afterwards",
    ),
    (
        "E-Mail-Adresse (optional)",
        "E-mail address (optional)",
    ),
    (
        "freiwillig; dazu wird ein vorhandenes Gravatar-Profilbild angezeigt.",
        "given voluntarily; an existing Gravatar profile picture is then shown with it.",
    ),
    (
        "Gravatar (Profilbilder)",
        "Gravatar (profile pictures)",
    ),
    (
        "Nur wenn im Meeting eine E-Mail-Adresse angegeben wird; keine Auftragsverarbeitung.",
        "Only when an e-mail address is entered in the meeting; this is not processing on our behalf.",
    ),
    (
        "Kunden, Interessenten oder sonstige Dritte",
        "Customers, prospective customers or other third parties",
    ),
    (
        "Nur soweit Inhalte eines Online-Meetings zur Weitergabe bestimmt sind. Ansonsten gehen die Daten grundsätzlich nicht an Dritte; Meeting-Inhalte dienen aber, wie bei persönlichen Besprechungen, oft gerade dazu, Informationen an diese Personen zu vermitteln.",
        "Only where content of an online meeting is meant to be passed on. Otherwise the data is in principle not given to third parties; yet, as in a meeting in person, the content of a meeting is often there precisely to give information to these people.",
    ),
    (
        "Abruf des Profilbilds bei Gravatar nur, wenn eine E-Mail-Adresse angegeben wird; die Server von Automattic können außerhalb der EU stehen. Ein Übermittlungsinstrument nach Kapitel V DSGVO ist noch nicht festgelegt.",
        "The profile picture is fetched from Gravatar only when an e-mail address is entered; Automattic's servers may be located outside the EU. No transfer instrument under Chapter V GDPR has been chosen yet.",
    ),
    (
        "Profilbild zur E-Mail-Adresse anzeigen",
        "Show the profile picture that belongs to the e-mail address",
    ),
    (
        "Die Meeting-Software läuft auf einem eigenen Server der Integrata Cegos GmbH.",
        "The meeting software runs on a server of Integrata Cegos GmbH's own.",
    ),
    (
        "Außerhalb der EU werden die Daten grundsätzlich nicht verarbeitet. Dass sie über Internet-Server außerhalb der EU geleitet werden, lässt sich aber nicht ausschließen, vor allem wenn Teilnehmende sich in einem Drittland befinden. Für Aufzeichnungen ohne Einwilligung (\"soweit erforderlich\") nennt der Hinweis keine eigene Rechtsgrundlage. Für den Abruf bei Gravatar nennt er keine Garantie nach Kapitel V DSGVO; Abschnitt 8 des Hinweises erklärt sogar pauschal, dass keine Übermittlung in Drittländer stattfinde.",
        "In principle the data is not processed outside the EU. It cannot be ruled out, however, that it is routed through internet servers outside the EU, above all when participants are in a third country. For recordings made without consent (\"where necessary\") the notice names no legal basis of their own. For the call to Gravatar it names no safeguard under Chapter V GDPR; section 8 of the notice even states across the board that no transfer to third countries takes place.",
    ),
    (
        "Online-Meetings und Zusammenarbeit mit Microsoft Teams",
        "Online meetings and collaboration with Microsoft Teams",
    ),
    (
        "Microsoft Teams (ein Dienst der Microsoft Corporation) dient als Kommunikationsplattform für Audio- und Videokonferenzen, Online-Präsentationen und Schulungen, in Gruppen oder als Einzel-Meeting. Mit einem Nutzerkonto kommen Funktionen zur Zusammenarbeit hinzu (geteilte Dateien, Kalender, Aufgaben, Office-Inhalte).",
        "Microsoft Teams (a service of Microsoft Corporation) is used as a communication platform for audio and video conferences, online presentations and training, in groups or one to one. With a user account, collaboration features are added (shared files, calendars, tasks, Office content).",
    ),
    (
        "Kontaktaufnahme über weitere Kommunikationswege (z. B. E-Mail, Post) im Zusammenhang mit dem Zweck der Nutzung",
        "Getting in touch through other channels (for example e-mail or post) in connection with the purpose of use",
    ),
    (
        "Die dafür nötigen zusätzlichen Angaben werden während der Nutzung nur mit Zustimmung der betroffenen Person erhoben.",
        "The additional details needed for this are collected during use only with the consent of the person concerned.",
    ),
    (
        "Nutzer von Microsoft Teams mit Nutzerkonto",
        "Users of Microsoft Teams with a user account",
    ),
    (
        "Angaben zum Benutzer",
        "User details",
    ),
    (
        "etwa Anzeigename (Display Name), Profilbild, E-Mail-Adresse und bevorzugte Sprache.",
        "such as display name, profile picture, e-mail address and preferred language.",
    ),
    (
        "Meeting-Metadaten",
        "Meeting metadata",
    ),
    (
        "etwa Datum, Uhrzeit, Meeting-ID, Telefonnummer, Ort.",
        "such as date, time, meeting ID, phone number and location.",
    ),
    (
        "Chatnachrichten",
        "Chat messages",
    ),
    (
        "Texteingaben im Chat, verarbeitet, um sie und Lesebestätigungen anzuzeigen. Teams protokolliert Chatinhalte; die Integrata Cegos GmbH hält sie nur fest, wenn das zur Dokumentation von Meeting-Ergebnissen nötig ist, was normalerweise nicht vorkommt. Chatinhalte bleiben erhalten, solange auch das Konto des anderen Chat-Teilnehmers besteht.",
        "Text typed into the chat, processed to show it and its read receipts. Teams logs chat content; Integrata Cegos GmbH keeps it only where that is needed to document the results of a meeting, which is normally not the case. Chat content is kept as long as the account of the other chat participant exists too.",
    ),
    (
        "gespeichert, bis dieses Verhältnis endet (etwa durch Ausscheiden aus dem Unternehmen oder Ende der Geschäftsbeziehung), der Nutzer seine Einwilligung ganz oder teilweise widerruft oder der Verarbeitung widerspricht",
        "kept until that relationship ends (for example when the person leaves the company or the business relationship ends), the user withdraws consent in whole or in part, or objects to the processing",
    ),
    (
        "Ende des Verhältnisses zwischen Nutzer und Integrata Cegos GmbH",
        "end of the relationship between the user and Integrata Cegos GmbH",
    ),
    (
        "durch die Integrata Cegos GmbH; bei Microsoft sind gelöschte Konten und Inhalte 90 Tage danach vollständig entfernt. Dieselbe Frist von 90 Tagen gilt, wenn Nutzer Dateien selbst löschen.",
        "by Integrata Cegos GmbH; at Microsoft, deleted accounts and content are removed completely 90 days later. The same 90 days apply when users delete files themselves.",
    ),
    (
        "Audio- und Videodaten",
        "Audio and video data",
    ),
    (
        "Daten von Mikrofon und, falls vorhanden, Kamera des Endgeräts, damit Ton und Bild übertragen werden können. Kamera und Mikrofon lassen sich in der Teams-Anwendung jederzeit selbst ausschalten.",
        "data from the microphone and, where there is one, the camera of the device, so that sound and picture can be transmitted. Camera and microphone can be switched off at any time in the Teams application.",
    ),
    (
        "verarbeitet nur, solange die Nutzung (Konferenz, Präsentation, Schulung) andauert",
        "processed only while the use (conference, presentation, training) lasts",
    ),
    (
        "Bildschirmfreigabe",
        "Screen sharing",
    ),
    (
        "Bei einer Bildschirmfreigabe wird der gesamte Inhalt des freigegebenen Bildschirms angezeigt.",
        "When a screen is shared, everything on the shared screen is shown.",
    ),
    (
        "Daten des Nutzerkontos",
        "User account data",
    ),
    (
        "beim Anlegen eines Nutzerkontos und zur Anzeige des Nutzerstatus, z. B. E-Mail-Adresse, Passwort, Rollen und Rechte sowie die Zugehörigkeit zu Teams.",
        "when a user account is created and to show the user's status, for example e-mail address, password, roles and permissions, and membership of teams.",
    ),
    (
        "Erstellte und geteilte Inhalte",
        "Content created and shared",
    ),
    (
        "hochgeladene und geteilte Dateien, Kommentare, Sprachnachrichten, Kalendereinträge, zugewiesene, bearbeitete und abgegebene Aufgaben samt Status (Fälligkeit, Rückmeldung), Inhalte, die in Word, Excel, PowerPoint oder OneNote erstellt oder bearbeitet wurden, sowie Antworten in Umfragen.",
        "uploaded and shared files, comments, voice messages, calendar entries, tasks assigned, worked on and handed in with their status (due date, feedback), content created or edited in Word, Excel, PowerPoint or OneNote, and answers to polls.",
    ),
    (
        "Inhalte in Teams und Gruppenchats",
        "Content in teams and group chats",
    ),
    (
        "Inhalte in Dateien, die andere geteilt haben, bearbeitete und abgegebene Aufgaben sowie Nachrichten in Gruppenchats.",
        "content in files that others have shared, tasks worked on and handed in, and messages in group chats.",
    ),
    (
        "solange das Team besteht, bei befristeten wie bei dauerhaften Arbeitsgruppen aber längstens bis zum Ablauf der Frist",
        "as long as the team exists, but for temporary and permanent working groups alike no longer than until the period ends",
    ),
    (
        "Ende der Projektzeit der jeweiligen Mitarbeiter",
        "end of the project period of the staff concerned",
    ),
    (
        "zusammen mit dem Team, einschließlich der Chats und aller darin erstellten, geteilten oder bearbeiteten Inhalte",
        "together with the team, including its chats and all content created, shared or edited in it",
    ),
    (
        "Technische Nutzungsdaten",
        "Technical usage data",
    ),
    (
        "Daten, die anfallen, damit Microsoft Teams und die darin eingebundenen Funktionen bereitgestellt und sicher betrieben werden können.",
        "Data that arises so that Microsoft Teams and the features built into it can be provided and operated securely.",
    ),
    (
        "Aufzeichnungen (Ton- und Bilddaten)",
        "Recordings (sound and picture)",
    ),
    (
        "gespeicherte Audio- und Videoaufnahmen von Meetings, nur mit Zustimmung.",
        "stored audio and video recordings of meetings, only with consent.",
    ),
    (
        "solange sie für den jeweiligen Zweck (z. B. ein Projekt) benötigt werden",
        "as long as they are needed for the purpose in question (for example a project)",
    ),
    (
        "Zusätzlich erhobene Kontaktdaten",
        "Contact details collected in addition",
    ),
    (
        "Angaben, die während der Nutzung mit Zustimmung erhoben werden, um über weitere Wege (z. B. E-Mail, Post) Kontakt aufzunehmen.",
        "Details collected during use, with consent, to get in touch through other channels (for example e-mail or post).",
    ),
    (
        "öffentlich zugängliche Quellen wie das Internet, für Angaben wie Name, E-Mail-Adresse oder Telefonnummer, die nicht bei der Person selbst erhoben werden",
        "publicly accessible sources such as the internet, for details such as name, e-mail address or phone number that are not collected from the person themselves",
    ),
    (
        "Microsoft Teams",
        "Microsoft Teams",
    ),
    (
        "Verarbeitet die Daten nur im Rahmen des Auftragsverarbeitungsvertrags.",
        "Processes the data only within the processing agreement.",
    ),
    (
        "die Daten beim Aufruf der Website von Microsoft Teams, die zum Herunterladen der Software und für die Nutzung im Browser nötig ist",
        "the data processed when the Microsoft Teams website is visited, which is needed to download the software and to use it in the browser",
    ),
    (
        "Vertrieb, Auftragsabwicklung (je nach Aufgabengebiet)",
        "Sales, order processing (depending on the area of work)",
    ),
    (
        "Nur für zusätzlich erhobene Daten; sie erhalten nur die Personen, die sie für ihre Aufgabe brauchen, und nur in diesem Umfang.",
        "Only for data collected in addition; only the people who need it for their work receive it, and only as far as they need it.",
    ),
    (
        "Der Speicherort ist auf Rechenzentren in der EU beschränkt, daher findet eine Verarbeitung außerhalb der EU grundsätzlich nicht statt. Dass Daten über Internet-Server außerhalb der EU geleitet werden, lässt sich aber nicht ausschließen, vor allem wenn sich Nutzer gerade in einem Drittland befinden. Mit Microsoft sind EU-Standardvertragsklauseln vereinbart.",
        "Storage is limited to data centres in the EU, so in principle no processing takes place outside the EU. It cannot be ruled out, however, that data is routed through internet servers outside the EU, above all when users happen to be in a third country. EU standard contractual clauses have been agreed with Microsoft.",
    ),
    (
        "Speicherort auf Rechenzentren in der EU beschränkt. Auf eingestellte Dateien, Inhalte und Kommentare können nur die Personen zugreifen, für die sie freigegeben sind.",
        "Storage limited to data centres in the EU. Files, content and comments that are posted can be accessed only by the people they are shared with.",
    ),
    (
        "Alle Teilnehmenden eines Meetings sehen, hören und lesen dessen Inhalte, Chats, geteilte Dateien und Bildschirmfreigaben. Eingestellte Dateien, Inhalte und Kommentare sehen die Personen, für die sie freigegeben sind (einzelne Personen oder die Mitglieder eines Teams oder Channels).",
        "All participants in a meeting see, hear and read its content, chats, shared files and shared screens. Files, content and comments that are posted are seen by the people they are shared with (individuals, or the members of a team or channel).",
    ),
    (
        "Online-Meetings mit Cisco Webex",
        "Online meetings with Cisco Webex",
    ),
    (
        "Telefon- und Videokonferenzen, Online-Meetings und Webinare über Cisco Webex Meetings, eine kommerzielle Meeting-Software der Cisco Systems, Inc.",
        "Phone and video conferences, online meetings and webinars held with Cisco Webex Meetings, commercial meeting software from Cisco Systems, Inc.",
    ),
    (
        "Name, E-Mail-Adresse, Firma.",
        "name, e-mail address, company.",
    ),
    (
        "IP-Adresse.",
        "IP address.",
    ),
    (
        "Aufzeichnungen (optional)",
        "Recordings (optional)",
    ),
    (
        "MP4-Datei mit sämtlichen Video-, Audio- und Präsentationsaufnahmen, M4A-Datei mit sämtlichen Audioaufnahmen sowie eine Textdatei mit dem Chat des Meetings.",
        "an MP4 file with all video, audio and presentation recordings, an M4A file with all audio recordings, and a text file with the meeting's chat.",
    ),
    (
        "Daten bei Einwahl per Telefon",
        "Data when dialling in by phone",
    ),
    (
        "ein- und ausgehende Rufnummer, Ländername, Beginn und Ende des Anrufs; gegebenenfalls weitere Verbindungsdaten wie die IP-Adresse des Geräts.",
        "incoming and outgoing phone number, country name, start and end of the call; where applicable further connection data such as the device's IP address.",
    ),
    (
        "Texteingaben (Chat, Fragen, Umfragen)",
        "Text entered (chat, questions, polls)",
    ),
    (
        "Beiträge in den Chat-, Fragen- oder Umfragefunktionen werden verarbeitet, um sie im Meeting anzuzeigen und gegebenenfalls zu protokollieren.",
        "Messages in the chat, question or poll features are processed to show them in the meeting and, where applicable, to log them.",
    ),
    (
        "Daten von Mikrofon und, falls vorhanden, Kamera des Endgeräts, damit Ton und Bild übertragen werden können. Kamera und Mikrofon lassen sich in der Webex-Anwendung jederzeit selbst ausschalten.",
        "data from the microphone and, where there is one, the camera of the device, so that sound and picture can be transmitted. Camera and microphone can be switched off at any time in the Webex application.",
    ),
    (
        "nur während der Dauer des Meetings verarbeitet",
        "processed only while the meeting lasts",
    ),
    (
        "Wer nicht wenigstens einen Namen angibt, kann den Meeting-Raum nicht betreten und daher nicht am Meeting teilnehmen.",
        "Anyone who does not give at least a name cannot enter the meeting room and so cannot take part in the meeting.",
    ),
    (
        "Cisco Webex Meetings",
        "Cisco Webex Meetings",
    ),
    (
        "Auftragsverarbeitung auf Grundlage eines Vertrags mit EU-Standardvertragsklauseln.",
        "Processing on our behalf under a contract with EU standard contractual clauses.",
    ),
    (
        "die Daten, die Cisco bei der Bereitstellung selbst erhebt; wer die Webex-Anwendung aufruft, für den gelten die Bedingungen und Datenschutzhinweise von Cisco",
        "the data Cisco collects itself when providing the service; anyone who opens the Webex application is subject to Cisco's terms and privacy notice",
    ),
    (
        "Die Übermittlung an Cisco stützt sich auf die EU-Standardvertragsklauseln im Auftragsverarbeitungsvertrag.",
        "The transfer to Cisco rests on the EU standard contractual clauses in the processing agreement.",
    ),
    (
        "Die Integrata Cegos GmbH bestimmt weder die Nutzungsbedingungen für Cisco Webex Meetings noch kontrolliert sie Cisco als Betreiber. Abschnitt 8 des Hinweises erklärt pauschal, dass keine Übermittlung in Drittländer stattfinde, obwohl Abschnitt 3 für Cisco (USA) einen Vertrag auf Basis der EU-Standardvertragsklauseln nennt.",
        "Integrata Cegos GmbH neither sets the terms of use of Cisco Webex Meetings nor controls Cisco as its operator. Section 8 of the notice states across the board that no transfer to third countries takes place, although section 3 names a contract with Cisco (USA) based on the EU standard contractual clauses.",
    ),
    (
        "Betreibt den Dienst Gravatar, über den Profilbilder zu einer E-Mail-Adresse abgerufen werden. Kein Auftragsverarbeiter: Automattic legt Zwecke und Mittel der Verarbeitung selbst fest. Wer ein eigenes Gravatar-Konto hat, für den gelten insoweit die Bedingungen von Gravatar. Die Server können auch außerhalb der EU stehen.",
        "Runs the Gravatar service, from which profile pictures belonging to an e-mail address are fetched. Not a processor: Automattic decides the purposes and means of the processing itself. Anyone with a Gravatar account of their own is subject to Gravatar's terms in that respect. The servers may also be located outside the EU.",
    ),
    (
        "Anbieter von Cisco Webex Meetings.",
        "Provider of Cisco Webex Meetings.",
    ),
    (
        "Anbieter von Microsoft Teams.",
        "Provider of Microsoft Teams.",
    ),
    (
        "Keine Protokollierung von IP-Adressen",
        "No logging of IP addresses",
    ),
    (
        "Auf dem selbst betriebenen Jitsi-Server ist das Mitschreiben der IP-Adressen der Teilnehmenden in Protokolldateien abgeschaltet.",
        "On the Jitsi server we run ourselves, writing participants' IP addresses to log files is switched off.",
    ),
    (
        "Verschlüsselung bei der Übertragung",
        "Encryption in transit",
    ),
    (
        "Meeting-Daten werden auf dem Weg über das Internet verschlüsselt übertragen, damit Unbefugte nicht auf sie zugreifen können.",
        "Meeting data is encrypted on its way across the internet so that unauthorised persons cannot access it.",
    ),
];
