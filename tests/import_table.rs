//! `vvt import csv`: a register kept in a spreadsheet, written as real CSV
//! files the way Excel and LibreOffice write them, read into a register that
//! already holds an activity. Every refusal must name row, column and reason
//! and leave the register as it was.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use vvt::import_table::{self, legal_basis_code, Problem, Reading, TableError};
use vvt::*;

use crate::common;

/// A register holding one activity, `VT-001`, so that imported rows must
/// take the keys after it and leave it alone.
fn register() -> Store {
    let mut store = common::store();
    let mut a = ProcessingActivity::new("VT-001", "Lohnabrechnung");
    a.status = ActivityStatus::Active;
    store
        .create_activity(&a)
        .expect("the existing activity is stored");
    store
}

fn write(dir: &Path, name: &str, content: &[u8]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, content).expect("the CSV file is written");
    path
}

/// Reads `content` as a CSV file against `store`.
fn reading(store: &Store, content: &str) -> Reading {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = write(dir.path(), "register.csv", content.as_bytes());
    import_table::read_file(&path, store).expect("the file and the register can be read")
}

/// The messages of a refused reading, in German.
fn messages(r: &Reading) -> Vec<String> {
    assert!(
        r.activities.is_empty(),
        "a file with errors hands on no activity"
    );
    r.errors.iter().map(|e| e.message(Lang::De)).collect()
}

/// Reads and stores a file that must have no errors.
fn import(store: &mut Store, content: &str) -> Vec<ProcessingActivity> {
    let r = reading(store, content);
    assert_eq!(
        messages_if_any(&r),
        Vec::<String>::new(),
        "no errors expected"
    );
    import_table::store(store, &r).expect("the activities are stored");
    r.activities
}

fn messages_if_any(r: &Reading) -> Vec<String> {
    r.errors.iter().map(|e| e.message(Lang::De)).collect()
}

const GERMAN: &str = "\u{feff}Kennung;Bezeichnung;Beschreibung;Fachabteilung;Ansprechpartner;\
Status;Zwecke;Rechtsgrundlagen;Betroffene;Datenkategorien;Löschfristen;Empfänger;Drittländer;TOM\r\n\
;Bewerbermanagement;\"Auswahl von Bewerbern;\r\nauch initiativ\";Personal;Erika Muster;;\
\"Durchführung des Bewerbungsverfahrens\r\n- Talentpool\";\
\"Art. 6 Abs. 1 lit. b DSGVO\r\n§ 26 BDSG; Art. 6 I a DSGVO\";\
\"Bewerber\r\nEmpfehlungsgeber\";\"Stammdaten\r\nZeugnisse\r\nGesundheitsdaten\";\
\"6 Monate nach Absage\r\n6 Monate nach Absage\r\nsofort nach Prüfung\";\
\"Personalabteilung\r\nFachbereich\";\"Vereinigte Staaten\r\nch\";\"Zugriff nur für die Personalabteilung\"\r\n\
bewerbung-extern;Stellenbörse;;;;Außer Betrieb;;;;;;;;\r\n\
;Newsletter;;;;aktiv;Versand des Newsletters;art6-1-a;;E-Mail-Adresse;bis zum Widerruf;;;\r\n";

#[test]
fn a_german_spreadsheet_with_bom_and_line_breaks_in_cells_is_added_to_the_register() {
    let mut store = register();
    let before = store.activity("VT-001").expect("existing activity");
    let imported = import(&mut store, GERMAN);
    let keys: Vec<&str> = imported.iter().map(|a| a.key.as_str()).collect();
    assert_eq!(
        keys,
        ["VT-002", "bewerbung-extern", "VT-003"],
        "rows without a key take the next free keys in order; a given key is kept"
    );
    assert_eq!(
        store.activity("VT-001").expect("still there"),
        before,
        "what the register held stays as it was"
    );

    let a = store.activity("VT-002").expect("the first row is stored");
    assert_eq!(a.name, "Bewerbermanagement");
    assert_eq!(
        a.description.as_deref(),
        Some("Auswahl von Bewerbern;\nauch initiativ"),
        "a quoted cell keeps its separator and line break"
    );
    assert_eq!(a.department.as_deref(), Some("Personal"));
    assert_eq!(a.contact_person.as_deref(), Some("Erika Muster"));
    assert_eq!(
        a.status,
        ActivityStatus::Draft,
        "an empty status is a draft"
    );
    let purposes: Vec<&str> = a.purposes.iter().map(|p| p.description.as_str()).collect();
    assert_eq!(
        purposes,
        ["Durchführung des Bewerbungsverfahrens", "Talentpool"],
        "one purpose per line, the bullet taken off"
    );
    for p in &a.purposes {
        assert_eq!(
            p.legal_bases,
            ["art6-1-b", "bdsg-26", "art6-1-a"],
            "every legal basis of the row applies to every purpose"
        );
    }
    assert_eq!(a.data_subjects, ["Bewerber", "Empfehlungsgeber"]);
    let categories: Vec<(&str, Option<&str>)> = a
        .data_categories
        .iter()
        .map(|c| {
            (
                c.name.as_str(),
                c.retention.as_ref().and_then(|r| r.criterion.as_deref()),
            )
        })
        .collect();
    assert_eq!(
        categories,
        [
            ("Stammdaten", Some("6 Monate nach Absage")),
            ("Zeugnisse", Some("6 Monate nach Absage")),
            ("Gesundheitsdaten", Some("sofort nach Prüfung")),
        ],
        "one retention line per category"
    );
    assert!(a.data_categories.iter().all(|c| !c.special && !c.criminal));
    let recipients: Vec<(RecipientRole, Option<&str>, Option<&str>)> = a
        .recipients
        .iter()
        .map(|r| (r.role, r.party.as_deref(), r.description.as_deref()))
        .collect();
    assert_eq!(
        recipients,
        [
            (RecipientRole::Internal, None, Some("Personalabteilung")),
            (RecipientRole::Internal, None, Some("Fachbereich")),
        ]
    );
    let transfers: Vec<(&str, Option<&str>, Option<&str>)> = a
        .transfers
        .iter()
        .map(|t| {
            (
                t.country.as_str(),
                t.mechanism.as_deref(),
                t.recipient.as_deref(),
            )
        })
        .collect();
    assert_eq!(
        transfers,
        [("US", None, None), ("CH", None, None)],
        "a country by name or by code, the mechanism left to the DPO"
    );
    assert_eq!(
        a.tom_notes.as_deref(),
        Some("Zugriff nur für die Personalabteilung")
    );
    assert!(a.toms.is_empty());
    assert_eq!(a.version, 1);

    assert_eq!(
        store.activity("bewerbung-extern").expect("stored").status,
        ActivityStatus::Retired
    );
    let newsletter = store.activity("VT-003").expect("stored");
    assert_eq!(newsletter.status, ActivityStatus::Active);
    assert_eq!(newsletter.purposes[0].legal_bases, ["art6-1-a"]);

    for key in ["VT-002", "bewerbung-extern", "VT-003"] {
        let history = store
            .history(Some((EntityKind::Activity, key)))
            .expect("history");
        assert_eq!(history.len(), 1, "{key}: its creation is recorded");
        assert_eq!(history[0].action, ChangeAction::Create);
        assert_eq!(history[0].user, "tester");
    }
}

#[test]
fn an_english_comma_separated_file_is_read_alike() {
    let mut store = register();
    let csv = "Name,Purposes,Legal bases,Data subjects,Data categories,Retention,Recipients,\
               Third countries,Status\n\
               Applicant tracking,\"Hiring\nTalent pool\",\"Art. 6(1)(b) GDPR\nSection 26 BDSG\",\
               Applicants,\"Contact details\nCVs\",\"6 months\n1 year\",HR,India,active\n";
    import(&mut store, csv);
    let a = store.activity("VT-002").expect("stored");
    assert_eq!(a.name, "Applicant tracking");
    assert_eq!(a.status, ActivityStatus::Active);
    assert_eq!(a.purposes.len(), 2);
    assert_eq!(a.purposes[1].legal_bases, ["art6-1-b", "bdsg-26"]);
    assert_eq!(a.data_subjects, ["Applicants"]);
    let retention: Vec<Option<&str>> = a
        .data_categories
        .iter()
        .map(|c| c.retention.as_ref().and_then(|r| r.criterion.as_deref()))
        .collect();
    assert_eq!(retention, [Some("6 months"), Some("1 year")]);
    assert_eq!(a.recipients[0].description.as_deref(), Some("HR"));
    assert_eq!(a.transfers[0].country, "IN");
}

#[test]
fn citations_are_mapped_to_the_legal_basis_catalog() {
    let store = common::store();
    let catalogs = store.catalogs();
    let accepted = [
        ("art6-1-b", "art6-1-b"),
        ("ART6-1-B", "art6-1-b"),
        ("Art. 6 Abs. 1 lit. b DSGVO", "art6-1-b"),
        ("Art. 6 Abs. 1 S. 1 lit. b DSGVO", "art6-1-b"),
        ("Art. 6 Abs. 1 UAbs. 1 lit. f DS-GVO", "art6-1-f"),
        ("Art. 6 I b DSGVO", "art6-1-b"),
        ("Art. 6 I lit. c DSGVO", "art6-1-c"),
        ("Art. 6 lit. e DSGVO", "art6-1-e"),
        ("art. 6 abs. 1 lit. a dsgvo", "art6-1-a"),
        ("Art. 6(1)(b) GDPR", "art6-1-b"),
        ("Article 6(1)(d) GDPR", "art6-1-d"),
        ("Art. 9 Abs. 2 lit. h DSGVO", "art9-2-h"),
        ("Art. 9 II i DSGVO", "art9-2-i"),
        ("Art. 9(2)(j) GDPR", "art9-2-j"),
        ("Art. 10 DSGVO", "art10"),
        ("§ 26 BDSG", "bdsg-26"),
        ("§ 26 Abs. 1 BDSG", "bdsg-26"),
        // The catalog's own citation of the paragraph since schema 6.
        ("§ 26 Abs. 1 S. 1 BDSG", "bdsg-26-1-1"),
        ("§ 26 Abs. 3 BDSG", "bdsg-26-3"),
        ("§ 26 Abs. 4 BDSG", "bdsg-26-4"),
        ("§ 25 Abs. 2 TDDDG", "tdddg-25-2"),
        ("§26 BDSG", "bdsg-26"),
        ("Section 26(1) BDSG", "bdsg-26"),
        (
            "Section 26 BDSG (German Federal Data Protection Act)",
            "bdsg-26",
        ),
        ("§ 22 Abs. 1 BDSG", "bdsg-22"),
        ("§ 25 TDDDG", "tdddg-25"),
        ("§ 25 Abs. 1 TTDSG", "tdddg-25"),
        ("Sonstige Rechtsgrundlage", "other"),
    ];
    for (text, code) in accepted {
        assert_eq!(
            legal_basis_code(text, catalogs).as_deref(),
            Some(code),
            "{text}"
        );
    }
    for text in [
        "Art. 99 DSGVO",
        "Art. 6 DSGVO",
        "Art. 6 Abs. 2 lit. b DSGVO",
        "Art. 6 Abs. 1 lit. g DSGVO",
        "Art. 9 Abs. 2 lit. k DSGVO",
        "§ 22 Abs. 2 BDSG",
        "§ 26",
        "§ 147 AO",
        "Art. 6 Abs. 1 lit. b DSGVO i. V. m. § 26 BDSG",
        "Einwilligung",
    ] {
        assert_eq!(legal_basis_code(text, catalogs), None, "{text} is refused");
    }
}

#[test]
fn an_unknown_citation_is_an_error_naming_it() {
    let store = register();
    let r = reading(
        &store,
        "Bezeichnung;Zwecke;Rechtsgrundlagen\nA;Zweck;\"Art. 6 I b DSGVO\nArt. 99 DSGVO\"\n",
    );
    assert_eq!(
        messages(&r),
        ["Zeile 2, Spalte „Rechtsgrundlagen“: unbekannte Rechtsgrundlage „Art. 99 DSGVO“"]
    );
    assert_eq!(
        r.errors[0].message(Lang::En),
        "row 2, column 'Rechtsgrundlagen': unknown legal basis 'Art. 99 DSGVO'"
    );
}

#[test]
fn retention_is_one_line_for_all_categories_or_one_per_category() {
    let mut store = register();
    import(
        &mut store,
        "Bezeichnung;Datenkategorien;Löschfristen\n\
         Eins;\"A\nB\";10 Jahre (§ 147 AO)\n\
         Zwei;\"A\nB\";\"1 Jahr\n2 Jahre\"\n\
         Drei;\"A\nB\";\n",
    );
    let retention = |key: &str| -> Vec<Option<String>> {
        store
            .activity(key)
            .expect("stored")
            .data_categories
            .iter()
            .map(|c| c.retention.as_ref().and_then(|r| r.criterion.clone()))
            .collect()
    };
    let some = |s: &str| Some(s.to_owned());
    assert_eq!(
        retention("VT-002"),
        [some("10 Jahre (§ 147 AO)"), some("10 Jahre (§ 147 AO)")]
    );
    assert_eq!(retention("VT-003"), [some("1 Jahr"), some("2 Jahre")]);
    assert_eq!(
        retention("VT-004"),
        [None, None],
        "no retention is not recorded"
    );

    let r = reading(
        &store,
        "Bezeichnung;Datenkategorien;Löschfristen\n\
         Eins;\"A\nB\nC\";\"1 Jahr\n2 Jahre\"\n\
         Zwei;;1 Jahr\n",
    );
    assert_eq!(
        messages(&r),
        [
            "Zeile 2, Spalte „Löschfristen“: 2 Löschfristen für 3 Datenkategorien; geben Sie \
             eine Löschfrist für alle oder je Datenkategorie eine an",
            "Zeile 3, Spalte „Löschfristen“: Löschfristen ohne Datenkategorien; nennen Sie die \
             Datenkategorien, für die sie gelten",
        ]
    );
}

#[test]
fn retention_start_and_end_are_read_from_their_columns() {
    let mut store = register();
    import(
        &mut store,
        "Bezeichnung;Datenkategorien;Löschfristen;Fristbeginn;Am Fristende\n\
         Eins;\"A\nB\";10 Jahre;\"Ende des Kalenderjahres\nAbschluss der Bewerbung\";Sperrung\n\
         Zwei;A;1 Jahr;end_of_contract;\n",
    );
    let rules = |key: &str| -> Vec<RetentionRule> {
        store
            .activity(key)
            .expect("stored")
            .data_categories
            .into_iter()
            .map(|c| c.retention.expect("the retention cell gives a rule"))
            .collect()
    };
    let eins = rules("VT-002");
    assert_eq!(
        eins[0].start_event,
        Some(RetentionStart::EndOfCalendarYear),
        "a catalog event named by its words is recorded as the event"
    );
    assert_eq!(eins[0].starts_at, None);
    assert_eq!(
        (eins[1].start_event, eins[1].starts_at.as_deref()),
        (None, Some("Abschluss der Bewerbung")),
        "words the catalog does not know stay the start's text, the event unchosen"
    );
    assert!(
        eins.iter()
            .all(|r| r.at_end == Some(RetentionEnd::Restriction)),
        "one line in the end column applies to every category"
    );
    let zwei = rules("VT-003");
    assert_eq!(zwei[0].start_event, Some(RetentionStart::EndOfContract));
    assert_eq!(zwei[0].at_end, None, "an empty cell records nothing");

    let r = reading(
        &store,
        "Bezeichnung;Datenkategorien;Löschfristen;Am Fristende\n\
         Eins;A;1 Jahr;verbrennen\n",
    );
    assert_eq!(
        messages(&r),
        ["Zeile 2, Spalte „Am Fristende“: unbekannte Angabe „verbrennen“ (Löschung oder Sperrung)"]
    );
}

#[test]
fn data_subject_groups_are_read_from_the_catalog() {
    let mut store = register();
    import(
        &mut store,
        "Bezeichnung;Betroffene;Betroffenengruppen\n\
         Eins;Bewerbende für Ausbildungsplätze;\"Bewerber; Kinder\nbewerber\"\n",
    );
    let a = store.activity("VT-002").expect("stored");
    assert_eq!(
        a.data_subject_groups,
        [SubjectGroup::Applicants, SubjectGroup::Children],
        "groups are found by their short word, in order, each once"
    );
    assert_eq!(
        a.data_subjects,
        ["Bewerbende für Ausbildungsplätze"],
        "the free text stays beside the groups"
    );
    let r = reading(&store, "Bezeichnung;Betroffenengruppen\nEins;Aliens\n");
    assert_eq!(
        messages(&r),
        [
            "Zeile 2, Spalte „Betroffenengruppen“: unbekannte Betroffenengruppe „Aliens“ (z. B. \
          Beschäftigte, Bewerber, Kunden, Interessenten, Patienten, Kinder, Einwohner, Besucher \
          der Website)"
        ]
    );
}

#[test]
fn art9_and_art10_conditions_are_tied_to_their_categories() {
    let mut store = register();
    import(
        &mut store,
        "Bezeichnung;Datenkategorien;Ausnahmen Art. 9/10\n\
         Praxis;\"Befunde\nKontaktdaten\nFührungszeugnis\";\"Art. 9 Abs. 2 lit. h DSGVO; § 22 BDSG\n-\nArt. 10 DSGVO\"\n",
    );
    let a = store.activity("VT-002").expect("stored");
    let c = &a.data_categories;
    assert_eq!(c[0].conditions, ["art9-2-h", "bdsg-22"]);
    assert!(
        c[0].special,
        "an Art. 9(2) condition marks the category special"
    );
    assert!(c[1].conditions.is_empty() && !c[1].special && !c[1].criminal);
    assert_eq!(c[2].conditions, ["art10"]);
    assert!(
        c[2].criminal,
        "an Art. 10 basis marks criminal-offence data"
    );

    let r = reading(
        &store,
        "Bezeichnung;Datenkategorien;Ausnahmen Art. 9/10\nEins;A;Art. 6 Abs. 1 lit. b DSGVO\n",
    );
    let m = messages(&r);
    assert_eq!(m.len(), 1, "{m:?}");
    assert!(
        m[0].starts_with("Zeile 2, Spalte „Ausnahmen Art. 9/10“"),
        "an Art. 6 basis is no condition, reported at its column: {m:?}"
    );
}

#[test]
fn a_recipient_line_may_say_what_it_receives_and_on_what_basis() {
    let mut store = register();
    import(
        &mut store,
        "Bezeichnung;Datenkategorien;Empfänger\n\
         Lohnabrechnung;\"Lohndaten\nBankverbindung\nKrankmeldungen\";\"Personalabteilung\n\
         Finanzamt | Lohndaten; Bankverbindung | Art. 6 Abs. 1 lit. c DSGVO; § 41b EStG\"\n",
    );
    let a = store.activity("VT-002").expect("stored");
    assert_eq!(a.recipients.len(), 2);
    assert_eq!(
        a.recipients[0].description.as_deref(),
        Some("Personalabteilung")
    );
    assert!(a.recipients[0].data_categories.is_empty(), "not recorded");
    let office = &a.recipients[1];
    assert_eq!(office.description.as_deref(), Some("Finanzamt"));
    assert_eq!(office.data_categories, ["Lohndaten", "Bankverbindung"]);
    assert_eq!(office.legal_bases, ["art6-1-c"]);
    assert_eq!(
        office.legal_basis_note.as_deref(),
        Some("§ 41b EStG"),
        "a statute the catalog does not know is kept in words"
    );

    let r = reading(
        &store,
        "Bezeichnung;Datenkategorien;Empfänger\n\
         Eins;Lohndaten;\"Personal\nFinanzamt | Gehalt\"\n",
    );
    let m = messages(&r);
    assert_eq!(m.len(), 1, "{m:?}");
    assert!(
        m[0].starts_with("Zeile 2, Spalte „Empfänger“, 2. Eintrag:") && m[0].contains("Gehalt"),
        "a category the row does not have is named at its line: {m:?}"
    );
}

#[test]
fn a_publication_is_read_as_the_recipient_the_public() {
    let mut store = register();
    import(
        &mut store,
        "Bezeichnung;Empfänger;Veröffentlichung;Rechtsgrundlage der Veröffentlichung\n\
         Ratssitzungen;Hauptamt;\"Livestream; Ratsinformationssystem\";\"Art. 6 Abs. 1 lit. e DSGVO\n§ 35 GemO\"\n",
    );
    let a = store.activity("VT-002").expect("stored");
    assert_eq!(a.recipients.len(), 2, "the unit and the public");
    let public = &a.recipients[1];
    assert_eq!(public.role, RecipientRole::Public);
    assert_eq!(
        public.channels,
        [
            PublicationChannel::Livestream,
            PublicationChannel::CouncilInformationSystem
        ]
    );
    assert_eq!(public.legal_bases, ["art6-1-e"]);
    assert_eq!(
        public.legal_basis_note.as_deref(),
        Some("§ 35 GemO"),
        "a statute the catalog does not know is kept in words"
    );

    let r = reading(
        &store,
        "Bezeichnung;Veröffentlichung;Rechtsgrundlage der Veröffentlichung\n\
         Eins;Litfaßsäule;\n\
         Zwei;;Art. 6 Abs. 1 lit. e DSGVO\n\
         Drei;Website;\n",
    );
    let m = messages(&r);
    assert_eq!(m.len(), 3, "{m:?}");
    assert!(
        m[0].contains("unbekannter Weg der Veröffentlichung „Litfaßsäule“"),
        "{m:?}"
    );
    assert!(
        m[1].contains("Rechtsgrundlage ohne Veröffentlichung"),
        "{m:?}"
    );
    assert!(
        m[2].starts_with("Zeile 4, Spalte „Rechtsgrundlage der Veröffentlichung“"),
        "a publication without a basis is refused at the basis column: {m:?}"
    );
}

#[test]
fn an_unknown_column_is_ignored_and_reported() {
    let mut store = register();
    let r = reading(
        &store,
        "Nr.;Bezeichnung;Bemerkung;\n1;Reisekosten;intern;\n",
    );
    assert_eq!(
        r.ignored_columns,
        ["Nr.", "Bemerkung"],
        "an empty heading over empty cells is not worth a word"
    );
    import_table::store(&mut store, &r).expect("stored");
    assert_eq!(
        store.activity("VT-002").expect("stored").name,
        "Reisekosten"
    );

    let r = reading(&store, "Bezeichnung;\nReisekosten;Notiz\n");
    assert_eq!(
        r.ignored_columns,
        [""],
        "an unnamed column holding data is reported"
    );
}

#[test]
fn the_name_column_is_required_and_a_field_may_have_one_column() {
    let store = register();
    let r = reading(&store, "Zwecke;Status\nVersand;Entwurf\n");
    assert_eq!(messages(&r), ["Zeile 1: die Spalte „Bezeichnung“ fehlt"]);
    assert_eq!(
        r.errors[0].message(Lang::En),
        "row 1: the column 'Name' is missing"
    );

    let r = reading(&store, "Bezeichnung;Name;Zwecke\nA;B;C\n");
    assert_eq!(
        messages(&r),
        [
            "Zeile 1, Spalte „Name“: dieselbe Angabe wie die Spalte „Bezeichnung“; jede Angabe \
          darf nur eine Spalte haben"
        ]
    );
}

#[test]
fn everyday_short_forms_of_countries_are_understood() {
    let mut store = register();
    let imported = import(
        &mut store,
        "Bezeichnung;Drittländer\nHosting;\"USA\nUK\nU.S.\nGroßbritannien\"\n",
    );
    let countries: Vec<&str> = imported[0]
        .transfers
        .iter()
        .map(|t| t.country.as_str())
        .collect();
    assert_eq!(countries, ["US", "GB", "US", "GB"]);
}

#[test]
fn every_error_of_the_file_is_reported_at_its_row_and_column() {
    let store = register();
    let csv = "Bezeichnung;Status;Zwecke;Rechtsgrundlagen;Drittländer\n\
               Gut;;Zweck;art6-1-b;\n\
               ;fertig;\"Zweck\nmit zwei Zeilen\";;Atlantis\n\
               Schlecht;;;Art. 6 Abs. 1 lit. b DSGVO;\n\
               Auch schlecht;;Zweck;Art. 99 DSGVO;\"Österreich\nAX\"\n";
    let r = reading(&store, csv);
    assert_eq!(
        messages(&r),
        [
            "Zeile 3, Spalte „Bezeichnung“: darf nicht leer sein",
            "Zeile 3, Spalte „Status“: unbekannter Status „fertig“ (Entwurf, Aktiv oder Außer \
             Betrieb)",
            "Zeile 3, Spalte „Drittländer“: unbekanntes Land „Atlantis“ (ISO-Code wie „US“ oder \
             der Name wie „Vereinigte Staaten“)",
            "Zeile 4, Spalte „Rechtsgrundlagen“: Rechtsgrundlagen ohne Zweck; nennen Sie die \
             Zwecke, für die sie gelten",
            "Zeile 5, Spalte „Rechtsgrundlagen“: unbekannte Rechtsgrundlage „Art. 99 DSGVO“",
            "Zeile 5, Spalte „Drittländer“: „Österreich“ (Österreich) gehört zum EWR; eine \
             Übermittlung dorthin ist keine Drittlandübermittlung",
            "Zeile 5, Spalte „Drittländer“: „AX“ (Ålandinseln) gehört zum EWR; eine Übermittlung \
             dorthin ist keine Drittlandübermittlung",
        ],
        "all errors, in the order of the file, the row after a two-line cell counted right"
    );
}

#[test]
fn the_stores_validation_is_reported_at_its_row_and_column() {
    let store = register();
    let long = "x".repeat(validate::MAX_SHORT + 1);
    let csv = format!(
        "Kennung;Bezeichnung;Betroffene\nnicht gültig;A;\n;{long};\n;B;\"Kunden\n{long}\"\n"
    );
    let r = reading(&store, &csv);
    let places: Vec<(Option<usize>, Option<&str>)> = r
        .errors
        .iter()
        .map(|e| (e.row, e.column.as_deref()))
        .collect();
    assert_eq!(
        places,
        [
            (Some(2), Some("Kennung")),
            (Some(3), Some("Bezeichnung")),
            (Some(4), Some("Betroffene")),
        ]
    );
    assert!(
        matches!(
            &r.errors[2].problem,
            Problem::Invalid { entry: Some(2), reason } if matches!(**reason, Reason::TooLong { .. })
        ),
        "{:?}",
        r.errors[2]
    );
    assert!(
        r.errors[2]
            .message(Lang::De)
            .starts_with("Zeile 4, Spalte „Betroffene“, 2. Eintrag: Zu lang ("),
        "{}",
        r.errors[2].message(Lang::De)
    );
}

#[test]
fn the_errors_listed_stop_at_fifty() {
    let store = register();
    let mut csv = String::from("Bezeichnung;Status\n");
    for _ in 0..60 {
        csv.push_str("A;fertig\n");
    }
    let r = reading(&store, &csv);
    assert_eq!(r.errors.len(), import_table::MAX_ERRORS);
    assert!(r.more_errors);
    assert_eq!(r.errors[49].row, Some(51));
}

#[test]
fn keys_must_be_new_to_the_register_and_to_the_file() {
    let store = register();
    let r = reading(
        &store,
        "Kennung;Bezeichnung\nVT-001;A\nhr-1;B\n;C\nhr-1;D\n",
    );
    assert_eq!(
        messages(&r),
        [
            "Zeile 2, Spalte „Kennung“: die Kennung „VT-001“ ist im Verzeichnis schon vergeben",
            "Zeile 5, Spalte „Kennung“: die Kennung „hr-1“ steht schon in Zeile 3",
        ]
    );
}

#[test]
fn generated_keys_pass_over_the_keys_the_file_gives() {
    let mut store = register();
    let imported = import(&mut store, "Kennung;Bezeichnung\n;A\nVT-003;B\n;C\n");
    let keys: Vec<&str> = imported.iter().map(|a| a.key.as_str()).collect();
    assert_eq!(keys, ["VT-002", "VT-003", "VT-004"]);
}

#[test]
fn a_key_taken_by_a_second_writer_meanwhile_stores_nothing_of_the_file() {
    let mut store = register();
    let r = reading(&store, "Bezeichnung\nA\nB\nC\n");
    store
        .create_activity(&ProcessingActivity::new("VT-003", "Dazwischen"))
        .expect("the second writer's activity is stored");
    let err = import_table::store(&mut store, &r).expect_err("the taken key stops the import");
    assert!(
        matches!(&err, Error::Validation { field, .. } if field == "key"),
        "{err:?}"
    );
    assert!(
        store.activity("VT-002").is_err(),
        "one transaction: nothing of the file is stored"
    );
    assert_eq!(store.activity("VT-003").expect("kept").name, "Dazwischen");
}

#[test]
fn a_file_that_is_no_utf8_says_how_to_save_it() {
    let store = register();
    let dir = tempfile::tempdir().expect("temp dir");
    // "Löschfristen" as Excel's "CSV (Trennzeichen-getrennt)" writes it: Windows-1252.
    let path = write(
        dir.path(),
        "ansi.csv",
        b"Bezeichnung;L\xf6schfristen\nA;B\n",
    );
    let r = import_table::read_file(&path, &store).expect("read");
    assert_eq!(r.errors.len(), 1);
    assert_eq!(r.errors[0].problem, Problem::NotUtf8);
    assert!(r.errors[0].message(Lang::De).contains("CSV UTF-8"));
}

#[test]
fn the_template_holds_the_headings_and_reads_back() {
    let de = import_table::template(Lang::De);
    assert_eq!(
        de,
        "\u{feff}Kennung;Bezeichnung;Beschreibung;Fachabteilung;Ansprechpartner;Status;Zwecke;\
         Rechtsgrundlagen;Betroffene;Betroffenengruppen;Datenkategorien;Ausnahmen Art. 9/10;\
         Löschfristen;Fristbeginn;Am Fristende;Empfänger;Veröffentlichung;\
         Rechtsgrundlage der Veröffentlichung;Drittländer;Cookies und Dienste;\
         Automatisierte Entscheidungen;Logik der Entscheidungen;TOM\r\n"
    );
    assert!(import_table::template(Lang::En).starts_with("\u{feff}Key,Name,Description,"));

    let mut store = register();
    let r = reading(&store, &de);
    assert!(
        r.ignored_columns.is_empty(),
        "the template's headings are all understood"
    );
    assert_eq!(
        r.errors,
        [TableError {
            sheet: None,
            row: Some(1),
            column: None,
            problem: Problem::NoDataRows
        }],
        "an empty template imports nothing and says so"
    );
    for lang in [Lang::De, Lang::En] {
        let filled = format!(
            "{}\r\n;Reisekosten{}\r\n",
            import_table::template(lang).trim_end().replace(',', ";"),
            ";".repeat(12)
        );
        let imported = import(&mut store, &filled);
        assert_eq!(imported[0].name, "Reisekosten");
    }
}

// The command line: exit codes, what goes to stdout and stderr, and that a
// refused file and a dry run leave the register file as it was.

fn vvt(db: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_vvt"))
        .arg("--db")
        .arg(db)
        .args(args)
        .env("USER", "cli-test")
        .env_remove("VVT_LANG")
        .output()
        .expect("the vvt binary runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn export(db: &Path) -> String {
    let out = vvt(db, &["export", "json"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    text(&out.stdout)
}

#[test]
fn the_command_refuses_a_faulty_file_whole_and_a_dry_run_stores_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("register.vvt");
    assert!(vvt(&db, &["example"]).status.success());
    let before = export(&db);

    let faulty = write(
        dir.path(),
        "fehler.csv",
        "Nr.;Bezeichnung;Rechtsgrundlagen;Zwecke\n1;Gut;art6-1-b;Zweck\n2;Schlecht;Art. 99 DSGVO;Zweck\n3;;;\n"
            .as_bytes(),
    );
    let out = vvt(&db, &["import", "csv", faulty.to_str().expect("utf-8")]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        text(&out.stderr),
        "vvt: Hinweis: Spalte „Nr.“ wird nicht übernommen\n\
         Zeile 3, Spalte „Rechtsgrundlagen“: unbekannte Rechtsgrundlage „Art. 99 DSGVO“\n\
         Zeile 4, Spalte „Bezeichnung“: darf nicht leer sein\n\
         vvt: Fehler: die Datei wurde nicht importiert, das Verzeichnis ist unverändert (2 Fehler)\n"
    );
    assert_eq!(
        export(&db),
        before,
        "a refused file stores nothing, not even its good rows"
    );
    let out = vvt(
        &db,
        &[
            "--lang",
            "en",
            "import",
            "csv",
            faulty.to_str().expect("utf-8"),
        ],
    );
    assert!(
        text(&out.stderr).starts_with("vvt: note: column 'Nr.' is not imported\nrow 3, column 'Rechtsgrundlagen': unknown legal basis"),
        "{}",
        text(&out.stderr)
    );

    let good = write(dir.path(), "gut.csv", GERMAN.as_bytes());
    let out = vvt(
        &db,
        &["import", "csv", "--dry-run", good.to_str().expect("utf-8")],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(
        text(&out.stdout),
        "VT-001  Bewerbermanagement  (Entwurf; 2 Zwecke, 2 Gruppen Betroffener, 3 Datenkategorien, 2 Empfänger, 2 Drittländer)\n\
         bewerbung-extern  Stellenbörse  (Außer Betrieb; 0 Zwecke, 0 Gruppen Betroffener, 0 Datenkategorien, 0 Empfänger, 0 Drittländer)\n\
         VT-002  Newsletter  (Aktiv; 1 Zweck, 0 Gruppen Betroffener, 1 Datenkategorie, 0 Empfänger, 0 Drittländer)\n\
         Probelauf: 3 Verarbeitungstätigkeiten würden importiert (Status: 1 Entwurf, 1 Aktiv, 1 Außer Betrieb); nichts wurde gespeichert\n"
    );
    assert_eq!(export(&db), before, "a dry run stores nothing");

    let out = vvt(&db, &["import", "csv", good.to_str().expect("utf-8")]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(
        text(&out.stdout),
        "Importiert: 3 Verarbeitungstätigkeiten (Status: 1 Entwurf, 1 Aktiv, 1 Außer Betrieb)\n"
    );
    let out = vvt(&db, &["list", "--format", "json"]);
    let list: serde_json::Value = serde_json::from_slice(&out.stdout).expect("list JSON");
    assert_eq!(
        list.as_array().map(Vec::len),
        Some(6),
        "the example's three activities and the three imported ones"
    );
}

#[test]
fn the_command_writes_the_template_without_creating_a_register() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("nie-angelegt.vvt");
    let out = vvt(&db, &["import", "csv", "--template"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stdout).starts_with("\u{feff}Kennung;Bezeichnung;"));
    let file = dir.path().join("vorlage.csv");
    let out = vvt(
        &db,
        &[
            "--lang",
            "en",
            "import",
            "csv",
            "--template",
            "-o",
            file.to_str().expect("utf-8"),
        ],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(
        std::fs::read_to_string(&file).expect("written"),
        import_table::template(Lang::En)
    );
    assert!(!db.exists(), "asking for the template creates no register");

    let out = vvt(
        &db,
        &["import", "csv", "--dry-run", file.to_str().expect("utf-8")],
    );
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        text(&out.stderr),
        "Zeile 1: die Datei enthält nur die Kopfzeile und keine Verarbeitungstätigkeit\n\
         vvt: Fehler: die Datei wurde nicht importiert, das Verzeichnis ist unverändert (1 Fehler)\n"
    );
}

#[test]
fn the_command_line_is_checked() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("r.vvt");
    for args in [
        vec!["import", "csv"],
        vec!["import", "csv", "--template", "x.csv"],
        vec!["import", "csv", "--template", "--dry-run"],
        vec!["import", "csv", "-o", "y.csv", "x.csv"],
    ] {
        let out = vvt(&db, &args);
        assert_eq!(
            out.status.code(),
            Some(2),
            "{args:?} is refused by the parser"
        );
    }
    assert!(vvt(&db, &["import", "csv", "--help"]).status.success());
}
