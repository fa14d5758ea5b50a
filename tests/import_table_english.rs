//! The table import's English columns ("Zwecke (Englisch)"): each English
//! cell becomes the translations of the German cell beside it, entry by
//! entry, stored with the activities in one transaction; a cell that does
//! not fit its German cell is refused at its row and column.

use std::path::Path;
use std::process::Command;

use vvt::import_table::{self, Reading};
use vvt::*;

use crate::common;

fn reading(store: &Store, content: &str) -> Reading {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("verzeichnis.csv");
    std::fs::write(&path, content).expect("the CSV file is written");
    import_table::read_file(&path, store).expect("the file and the register can be read")
}

fn messages(r: &Reading) -> Vec<String> {
    r.errors.iter().map(|e| e.message(Lang::De)).collect()
}

const BILINGUAL: &str = "Bezeichnung;Bezeichnung (Englisch);Zwecke;Zwecke (English);\
Rechtsgrundlagen;Datenkategorien;Datenkategorien [en];Löschfristen;Löschfristen (en);Status\n\
Bewerbermanagement;Applicant management;\"Auswahl von Bewerbern\nTalentpool\";\
\"Selecting applicants\nTalent pool\";art6-1-b;\"Stammdaten\nZeugnisse\";\
\"Master data\nReferences\";6 Monate nach Absage;6 months after rejection;aktiv\n\
Newsletter;;Versand des Newsletters;;art6-1-a;E-Mail-Adresse;;bis zum Widerruf;;aktiv\n";

/// The English texts of one activity as the translation view lists them.
fn english(store: &Store, key: &str) -> Vec<(String, Option<String>, TranslationStatus)> {
    store
        .translation_texts(EntityKind::Activity, key, Lang::De)
        .expect("the activity's texts")
        .into_iter()
        .map(|t| (t.field, t.translation, t.status))
        .collect()
}

#[test]
fn english_columns_become_current_translations_of_the_texts_beside_them() {
    let mut store = common::store();
    let r = reading(&store, BILINGUAL);
    assert_eq!(messages(&r), Vec::<String>::new());
    assert_eq!(
        r.translations.len(),
        7,
        "name, two purposes, two categories, two retention criteria"
    );
    import_table::store(&mut store, &r).expect("stored");

    let texts = english(&store, "VT-001");
    let current = |field: &str, text: &str| {
        assert!(
            texts.contains(&(
                field.to_owned(),
                Some(text.to_owned()),
                TranslationStatus::Current
            )),
            "{field} is translated as {text:?}: {texts:?}"
        );
    };
    current("name", "Applicant management");
    current("purposes[0].description", "Selecting applicants");
    current("purposes[1].description", "Talent pool");
    current("data_categories[0].name", "Master data");
    current("data_categories[1].name", "References");
    current(
        "data_categories[0].retention.criterion",
        "6 months after rejection",
    );
    current(
        "data_categories[1].retention.criterion",
        "6 months after rejection",
    );

    assert!(
        english(&store, "VT-002")
            .iter()
            .all(|(_, t, s)| t.is_none() && *s == TranslationStatus::Missing),
        "empty English cells translate nothing"
    );
    let history = store
        .history(Some((EntityKind::Activity, "VT-001")))
        .expect("history");
    assert!(
        history
            .iter()
            .flat_map(|h| &h.changes)
            .any(|c| c.field == "translations.en.purposes[1].description"),
        "each translation is recorded in the history like one made in the app"
    );

    // The English notice uses them; the untranslated newsletter is its gap.
    let register = store.load().expect("load");
    let mut options = notice::NoticeOptions::new(
        Lang::En,
        chrono::NaiveDate::from_ymd_opt(2026, 12, 1).unwrap(),
    );
    options.activities = Some(vec!["VT-001".into()]);
    let n = notice::build(&register, store.catalogs(), &options);
    let html = notice::render_html(&n).expect("renders");
    assert!(html.contains("Selecting applicants") && html.contains("Master data"));
    assert!(
        !html.contains("Auswahl von Bewerbern"),
        "no German purpose in the English notice"
    );
}

#[test]
fn an_english_cell_with_other_entries_than_the_german_one_is_refused_there() {
    let store = common::store();
    let file = "Bezeichnung;Zwecke;Zwecke (Englisch);Rechtsgrundlagen\n\
                Bewerbermanagement;\"Auswahl\nTalentpool\";Selecting applicants;art6-1-b\n";
    let r = reading(&store, file);
    assert_eq!(
        messages(&r),
        vec!["Zeile 2, Spalte „Zwecke (Englisch)“: 1 Text auf Englisch, die Spalte „Zwecke“ hat \
              in dieser Zeile 2; jeder Eintrag wird durch den Eintrag an derselben Stelle übersetzt"
            .to_owned()]
    );
    assert!(
        r.activities.is_empty() && r.translations.is_empty(),
        "nothing is handed on"
    );
    assert_eq!(
        r.errors[0].message(Lang::En),
        "row 2, column 'Zwecke (Englisch)': 1 English text, but the column 'Zwecke' has 2 in \
         this row; each entry is translated by the entry in the same place"
    );
}

#[test]
fn an_english_column_needs_its_german_column_and_may_come_once() {
    let store = common::store();
    let r = reading(
        &store,
        "Bezeichnung;Beschreibung (Englisch);Name (English);Bezeichnung [en]\nA;B;C;D\n",
    );
    assert_eq!(
        messages(&r),
        vec![
            "Zeile 1, Spalte „Beschreibung (Englisch)“: die englische Spalte übersetzt die \
             Spalte „Beschreibung“, die in der Datei fehlt"
                .to_owned(),
            "Zeile 1, Spalte „Bezeichnung [en]“: dieselbe Angabe wie die Spalte „Name \
             (English)“; jede Angabe darf nur eine Spalte haben"
                .to_owned(),
        ]
    );
}

#[test]
fn a_column_that_cannot_be_translated_is_not_imported() {
    let store = common::store();
    let r = reading(&store, "Bezeichnung;Status (Englisch)\nA;active\n");
    assert_eq!(messages(&r), Vec::<String>::new());
    assert_eq!(r.ignored_columns, vec!["Status (Englisch)".to_owned()]);
    assert!(r.translations.is_empty());
}

#[test]
fn an_english_text_too_long_is_refused_at_its_column_and_entry() {
    let store = common::store();
    let long = "x".repeat(20_001);
    let file = format!(
        "Bezeichnung;Zwecke;Zwecke (Englisch);Rechtsgrundlagen\nA;\"Eins\nZwei\";\"One\n{long}\";art6-1-b\n"
    );
    let r = reading(&store, &file);
    let m = messages(&r);
    assert_eq!(m.len(), 1, "{m:?}");
    assert!(
        m[0].starts_with("Zeile 2, Spalte „Zwecke (Englisch)“, 2. Eintrag: "),
        "the place of the English text: {m:?}"
    );
}

#[test]
fn the_command_counts_the_translations_and_a_dry_run_stores_none() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("register.vvt");
    let file = dir.path().join("zweisprachig.csv");
    std::fs::write(&file, BILINGUAL).expect("written");
    let run = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_vvt"))
            .arg("--db")
            .arg(&db)
            .args(args)
            .env_remove("VVT_LANG")
            .output()
            .expect("vvt runs")
    };
    let file = file.to_str().expect("utf-8");
    let dry = run(&["import", "csv", "--dry-run", file]);
    assert!(
        dry.status.success(),
        "{}",
        String::from_utf8_lossy(&dry.stderr)
    );
    let said = String::from_utf8_lossy(&dry.stdout).into_owned();
    assert!(
        said.contains("mit 7 englischen Übersetzungen; nichts wurde gespeichert"),
        "{said}"
    );
    assert!(!Path::new(&db).exists(), "a dry run creates no register");

    let done = run(&["import", "csv", file]);
    assert!(
        done.status.success(),
        "{}",
        String::from_utf8_lossy(&done.stderr)
    );
    assert!(String::from_utf8_lossy(&done.stdout).contains("mit 7 englischen Übersetzungen"));
    let listed = run(&["--lang", "en", "translations", "--format", "json"]);
    let listed = String::from_utf8_lossy(&listed.stdout).into_owned();
    assert!(listed.contains("Applicant management"), "{listed}");
}
