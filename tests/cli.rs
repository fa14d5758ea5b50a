//! The `vvt` binary end to end: subcommands, exit codes, error messages, that
//! a refused import leaves the register file as it was, and that output and
//! errors follow `--lang` / `VVT_LANG`.

use std::path::Path;
use std::process::{Command, Output};

/// `vvt --db DB ARGS` with `VVT_LANG` set to `lang`, or unset.
fn vvt_in(lang: Option<&str>, db: &Path, args: &[&str]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_vvt"));
    cmd.arg("--db").arg(db).args(args).env("USER", "cli-test");
    match lang {
        Some(lang) => cmd.env("VVT_LANG", lang),
        // The tester's own setting must not decide the default.
        None => cmd.env_remove("VVT_LANG"),
    };
    cmd.output().expect("the vvt binary runs")
}

fn vvt(db: &Path, args: &[&str]) -> Output {
    vvt_in(None, db, args)
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn every_subcommand_has_help() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("r.vvt");
    for args in [
        vec!["--help"],
        vec!["init", "--help"],
        vec!["example", "--help"],
        vec!["list", "--help"],
        vec!["show", "--help"],
        vec!["export", "--help"],
        vec!["export", "json", "--help"],
        vec!["import", "json", "--help"],
        vec!["catalog", "--help"],
    ] {
        let out = Command::new(env!("CARGO_BIN_EXE_vvt"))
            .args(&args)
            .env("VVT_DB", &db)
            .output()
            .expect("runs");
        assert!(out.status.success(), "{args:?} --help must succeed");
        assert!(stdout(&out).contains("Usage"), "{args:?} must print usage");
    }
}

#[test]
fn example_list_show_export_import() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("register.vvt");
    let out = vvt(&db, &["init"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("Verarbeitungstätigkeiten: 0"));

    let out = vvt(&db, &["example"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let out = vvt(&db, &["example"]);
    assert!(
        !out.status.success(),
        "loading the example twice must be refused"
    );
    assert!(
        stderr(&out).starts_with("vvt: Fehler: das Verzeichnis enthält bereits Daten;"),
        "{}",
        stderr(&out)
    );
    let out = vvt(&db, &["example", "--lang", "en"]);
    assert!(
        stderr(&out).starts_with("vvt: error: the register already holds data;"),
        "{}",
        stderr(&out)
    );

    let out = vvt(&db, &["list", "--format", "json"]);
    let list: serde_json::Value = serde_json::from_slice(&out.stdout).expect("list JSON parses");
    let keys: Vec<&str> = list
        .as_array()
        .expect("array")
        .iter()
        .filter_map(|i| i["key"].as_str())
        .collect();
    assert_eq!(keys, ["meetings-jitsi", "meetings-teams", "meetings-webex"]);
    let out = vvt(&db, &["list"]);
    assert!(
        stdout(&out).contains("meetings-webex"),
        "the table lists the activities"
    );

    let out = vvt(&db, &["show", "meetings-webex"]);
    assert!(out.status.success());
    let text = stdout(&out);
    assert!(text.contains("Cisco Systems, Inc."), "{text}");
    assert!(text.contains("Art. 46 Abs. 2 lit. c DSGVO"), "{text}");
    let out = vvt(&db, &["show", "nope"]);
    assert!(!out.status.success());
    assert_eq!(
        stderr(&out),
        "vvt: Fehler: es gibt keine Verarbeitungstätigkeit mit der Kennung „nope“\n"
    );
    let out = vvt(&db, &["show", "nope", "--lang", "en"]);
    assert!(!out.status.success());
    assert_eq!(stderr(&out), "vvt: error: activity 'nope' does not exist\n");

    // Export into a folder and file name with spaces and umlauts.
    let export = dir
        .path()
        .join("Exporte für Behörde")
        .join("Verzeichnis (1).json");
    std::fs::create_dir_all(export.parent().expect("parent")).expect("mkdir");
    let out = vvt(
        &db,
        &["export", "json", "-o", export.to_str().expect("utf-8")],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let stdout_export = stdout(&vvt(&db, &["export", "json"]));
    assert_eq!(
        std::fs::read_to_string(&export).expect("read"),
        stdout_export
    );

    let copy = dir.path().join("kopie.vvt");
    let out = vvt(&copy, &["import", "json", export.to_str().expect("utf-8")]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        stdout(&vvt(&copy, &["export", "json"])),
        stdout_export,
        "byte-identical"
    );

    let out = vvt(&copy, &["import", "json", export.to_str().expect("utf-8")]);
    assert!(
        !out.status.success(),
        "importing into a filled register needs --replace"
    );
    assert!(
        stderr(&out).contains("mit --replace"),
        "the refusal says how: {}",
        stderr(&out)
    );
    let out = vvt(
        &copy,
        &[
            "import",
            "json",
            "--replace",
            export.to_str().expect("utf-8"),
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
}

#[test]
fn a_bad_import_fails_with_path_and_leaves_the_file_alone() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("register.vvt");
    assert!(vvt(&db, &["example"]).status.success());
    let before = stdout(&vvt(&db, &["export", "json"]));
    let mut value: serde_json::Value = serde_json::from_str(&before).expect("json");
    value["activities"][1]["transfers"][0]["country"] = serde_json::json!("XX");
    let bad = dir.path().join("bad.json");
    std::fs::write(&bad, serde_json::to_string(&value).expect("json")).expect("write");
    let out = vvt(
        &db,
        &["import", "json", "--replace", bad.to_str().expect("utf-8")],
    );
    assert_eq!(
        out.status.code(),
        Some(1),
        "an invalid import exits non-zero"
    );
    assert_eq!(
        stderr(&out),
        "vvt: Fehler: ungültige Angabe in activities[1].transfers[0].country: Unbekannter \
         Ländercode „XX“ (erwartet wird ein Code nach ISO 3166-1 Alpha-2, z. B. „US“).\n",
        "the error names the JSON path and the reason, both in German"
    );
    assert_eq!(
        stdout(&vvt(&db, &["export", "json"])),
        before,
        "the register is unchanged"
    );

    let out = vvt(
        &db,
        &[
            "import",
            "json",
            dir.path().join("missing.json").to_str().expect("utf-8"),
        ],
    );
    assert!(!out.status.success());
    assert!(stderr(&out).contains("cannot read"), "{}", stderr(&out));
}

#[test]
fn the_env_variable_chooses_the_register() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("env.vvt");
    let out = Command::new(env!("CARGO_BIN_EXE_vvt"))
        .arg("init")
        .env("VVT_DB", &db)
        .output()
        .expect("runs");
    assert!(out.status.success());
    assert!(db.exists(), "VVT_DB decides where the register is created");
}

#[test]
fn a_synthetic_register_can_be_generated() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("s.vvt");
    let out = vvt(&db, &["example", "--synthetic", "50", "--seed", "7"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let list: serde_json::Value =
        serde_json::from_slice(&vvt(&db, &["list", "--format", "json"]).stdout).expect("json");
    assert_eq!(list.as_array().map(Vec::len), Some(50));
}

/// A register with the example's activities, Jitsi retired and due for
/// review, so the table shows a status word and a date.
fn example_with_review(dir: &tempfile::TempDir) -> std::path::PathBuf {
    let mut r = vvt::example::example_register();
    assert_eq!(r.activities[0].key, vvt::example::JITSI);
    r.activities[0].status = vvt::ActivityStatus::Retired;
    r.activities[0].next_review = Some(chrono::NaiveDate::from_ymd_opt(2026, 11, 27).expect("day"));
    let file = dir.path().join("example.json");
    std::fs::write(&file, vvt::interchange::to_json(&r).expect("serialises")).expect("write");
    let db = dir.path().join("register.vvt");
    let out = vvt(&db, &["import", "json", file.to_str().expect("utf-8")]);
    assert!(out.status.success(), "{}", stderr(&out));
    db
}

#[test]
fn the_table_speaks_the_language_given_before_after_or_in_the_environment() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = example_with_review(&dir);

    let german = stdout(&vvt(&db, &["list"]));
    let header = german.lines().next().unwrap_or_default();
    assert!(
        header.starts_with("Kennung ") && header.ends_with("  Nächste Überprüfung"),
        "the German header uses the app's words: {header}"
    );
    let row = |table: &str| {
        let jitsi = table.lines().find(|l| l.starts_with(vvt::example::JITSI));
        jitsi.unwrap_or_default().to_owned()
    };
    let jitsi = row(&german);
    assert!(
        jitsi.contains("  Außer Betrieb  ") && jitsi.ends_with("  27.11.2026"),
        "status by its name, the date the German way: {jitsi}"
    );
    assert_eq!(
        german.matches("  Aktiv  ").count(),
        2,
        "Teams and Webex are active: {german}"
    );
    assert!(
        !german.contains("active") && !german.contains("retired"),
        "{german}"
    );

    let english = stdout(&vvt(&db, &["--lang", "en", "list"]));
    let header = english.lines().next().unwrap_or_default();
    assert!(
        header.starts_with("Key ") && header.ends_with("  Next review"),
        "{header}"
    );
    let jitsi = row(&english);
    assert!(
        jitsi.contains("  Retired  ") && jitsi.ends_with("  27 Nov 2026"),
        "{jitsi}"
    );
    assert_eq!(
        stdout(&vvt(&db, &["list", "--lang", "en"])),
        english,
        "the option after the subcommand is the same option"
    );
    assert_eq!(
        stdout(&vvt_in(Some("en"), &db, &["list"])),
        english,
        "VVT_LANG sets the language"
    );
    assert_eq!(
        stdout(&vvt_in(Some("en"), &db, &["list", "--lang", "de"])),
        german,
        "--lang overrides VVT_LANG"
    );
    let refused = vvt_in(Some("fr"), &db, &["list"]);
    assert!(
        !refused.status.success() && stderr(&refused).contains("[possible values: de, en]"),
        "an unknown language is refused, not ignored: {}",
        stderr(&refused)
    );
}

#[test]
fn show_names_status_roles_and_periods_in_the_language() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("register.vvt");
    assert!(vvt(&db, &["example"]).status.success());

    let german = stdout(&vvt(&db, &["show", "meetings-teams"]));
    for expected in [
        "Status: Aktiv\n",
        "  - Microsoft Corporation (Auftragsverarbeiter)\n",
        "(eigenständiger Verantwortlicher)\n",
        "  - Chatnachrichten: 3 Monate; ",
        "Kategorien personenbezogener Daten und Löschfristen:\n",
        ": keine Löschfrist erfasst\n",
        "Information der Betroffenen: in den öffentlichen Datenschutzhinweisen\n",
    ] {
        assert!(german.contains(expected), "{expected:?} in:\n{german}");
    }
    let english = stdout(&vvt(&db, &["--lang", "en", "show", "meetings-teams"]));
    for expected in [
        "Status: Active\n",
        "  - Microsoft Corporation (processor)\n",
        "(independent controller)\n",
        "  - Chatnachrichten: 3 months; ",
        "Categories of personal data and retention periods:\n",
        ": no retention period recorded\n",
        "Informing the data subjects: in the public privacy notice\n",
    ] {
        assert!(english.contains(expected), "{expected:?} in:\n{english}");
    }
    for text in [&german, &english] {
        for code in ["active", "independent_controller", "erasure"] {
            assert!(
                !text.contains(code),
                "{code:?} is a code, not a word:\n{text}"
            );
        }
    }
}

#[test]
fn the_notice_names_the_activities_it_leaves_out() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("register.vvt");
    let fixture = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/schema-v5-example.json"
    );
    let imported = vvt(&db, &["import", "json", fixture]);
    assert!(imported.status.success(), "{}", stderr(&imported));

    let out = vvt(&db, &["notice"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).contains(
            "nicht enthalten: meetings-teams – in eigenen Datenschutzhinweisen: \
             Datenschutzhinweise für Beschäftigte im Intranet\n"
        ),
        "{}",
        stderr(&out)
    );
    assert!(!stdout(&out).contains("Microsoft Teams"), "not described");
    let listed = vvt(&db, &["notice", "separate-notices"]);
    assert_eq!(
        stdout(&listed),
        "Datenschutzhinweise für Beschäftigte im Intranet\n  meetings-teams – Online-Meetings \
         und Zusammenarbeit mit Microsoft Teams\n"
    );
    let own = vvt(
        &db,
        &[
            "notice",
            "--format",
            "md",
            "--separate-notice",
            "Datenschutzhinweise für Beschäftigte im Intranet",
        ],
    );
    assert!(own.status.success(), "{}", stderr(&own));
    assert!(stdout(&own).contains("## Online-Meetings und Zusammenarbeit mit Microsoft Teams"));
    assert!(
        !stdout(&own).contains("Cisco Webex"),
        "only the activities naming it"
    );
    let unknown = vvt(
        &db,
        &["notice", "--separate-notice", "Hinweise für Bewerber"],
    );
    assert_eq!(
        stderr(&unknown),
        "vvt: Fehler: es gibt keine eigenen Datenschutzhinweise mit der Bezeichnung „Hinweise \
         für Bewerber“\n"
    );

    let english = vvt(&db, &["--lang", "en", "notice"]);
    assert!(
        stderr(&english).contains(
            "not included: meetings-jitsi – exemption from the duty to inform (Art. 13(4), 14(5)(a) GDPR)"
        ),
        "{}",
        stderr(&english)
    );
}

#[test]
fn the_language_may_stand_between_notice_and_its_subcommand() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("register.vvt");
    assert!(vvt(&db, &["example"]).status.success());
    let out = vvt(&db, &["notice", "--lang", "en", "versions"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out), "(no published version yet)\n");

    let refused = vvt(&db, &["notice", "--format", "md", "versions"]);
    assert_eq!(refused.status.code(), Some(2), "a usage error, like clap's");
    assert_eq!(
        stderr(&refused),
        "vvt: Fehler: --format gilt für die Erzeugung der Hinweise, nicht für „notice versions“; \
         Optionen von „versions“ stehen nach dem Unterbefehl\n"
    );
    let refused = vvt(&db, &["--lang", "en", "notice", "-o", "x.html", "publish"]);
    assert_eq!(refused.status.code(), Some(2));
    assert!(
        stderr(&refused).starts_with("vvt: error: --output applies to generating the notice"),
        "{}",
        stderr(&refused)
    );
    assert!(!dir.path().join("x.html").exists());
}

#[test]
fn init_example_import_and_backups_report_in_the_language() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("register.vvt");
    let out = vvt(&db, &["backups"]);
    assert!(
        stdout(&out).starts_with("Keine Sicherungen in "),
        "{}",
        stdout(&out)
    );
    let out = vvt(&db, &["--lang", "en", "backups"]);
    assert!(
        stdout(&out).starts_with("No backups in "),
        "{}",
        stdout(&out)
    );

    let out = vvt(&db, &["init", "--lang", "en"]);
    assert_eq!(
        stdout(&out),
        format!(
            "File: {}\nOrganisation: (not recorded yet)\nProcessing activities: 0\n",
            db.display()
        )
    );
    let out = vvt(&db, &["init"]);
    assert_eq!(
        stdout(&out),
        format!(
            "Datei: {}\nOrganisation: (noch nicht erfasst)\nVerarbeitungstätigkeiten: 0\n",
            db.display()
        )
    );
    let out = vvt(&db, &["--lang", "en", "example"]);
    assert!(
        stdout(&out).starts_with(
            "Example register loaded: Integrata Cegos GmbH with 3 processing activities ("
        ),
        "{}",
        stdout(&out)
    );

    let out = vvt(&db, &["backup"]);
    assert!(
        stdout(&out).starts_with("Sicherung geschrieben: "),
        "{}",
        stdout(&out)
    );
    let out = vvt_in(Some("en"), &db, &["backup"]);
    assert!(
        stdout(&out).starts_with("Backup written: "),
        "{}",
        stdout(&out)
    );
    let backup = stdout(&out)["Backup written: ".len()..].trim().to_owned();

    let out = vvt(&db, &["restore", &backup]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stdout(&out).starts_with(&format!(
            "Wiederhergestellt aus {backup}\nDer bisherige Stand wurde aufbewahrt: "
        )),
        "{}",
        stdout(&out)
    );
    let out = vvt(&db, &["restore", &backup, "--lang", "en"]);
    assert!(
        stdout(&out).starts_with(&format!(
            "Restored from {backup}\nThe previous state was kept: "
        )),
        "{}",
        stdout(&out)
    );

    let export = dir.path().join("export.json");
    let out = vvt(
        &db,
        &["export", "json", "-o", export.to_str().expect("utf-8")],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let copy = dir.path().join("copy.vvt");
    let out = vvt(&copy, &["import", "json", export.to_str().expect("utf-8")]);
    assert!(
        stdout(&out).starts_with("Importiert: 3 Verarbeitungstätigkeiten, "),
        "{}",
        stdout(&out)
    );
    let out = vvt(
        &copy,
        &[
            "--lang",
            "en",
            "import",
            "json",
            "--replace",
            export.to_str().expect("utf-8"),
        ],
    );
    assert!(
        stdout(&out).starts_with("Imported: 3 processing activities, "),
        "{}",
        stdout(&out)
    );

    let one = dir.path().join("one.vvt");
    let out = vvt(&one, &["example", "--synthetic", "1"]);
    assert_eq!(
        stdout(&out),
        "Synthetisches Verzeichnis mit 1 Verarbeitungstätigkeit angelegt\n",
        "one activity is singular"
    );
}

#[test]
fn core_errors_have_a_german_lead_and_the_cores_reason() {
    let dir = tempfile::tempdir().expect("temp dir");
    let not_a_register = dir.path().join("notes.txt");
    std::fs::write(&not_a_register, "no SQLite here").expect("write");
    let out = vvt(&not_a_register, &["list"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stderr(&out),
        format!(
            "vvt: Fehler: „{}“ ist kein VVT-Verzeichnis und wurde nicht verändert (technische \
             Angaben: the file is not an SQLite database)\n",
            not_a_register.display()
        )
    );
    let out = vvt_in(Some("en"), &not_a_register, &["list"]);
    assert_eq!(
        stderr(&out),
        format!(
            "vvt: error: {} is not a VVT register: the file is not an SQLite database\n",
            not_a_register.display()
        )
    );

    let db = dir.path().join("register.vvt");
    assert!(vvt(&db, &["init"]).status.success());
    let out = vvt(&db, &["notice", "diff", "7"]);
    assert_eq!(
        stderr(&out),
        "vvt: Fehler: es gibt keine veröffentlichte Fassung mit der Nummer „7“\n"
    );
    let out = vvt(&db, &["check", "--activity", "nope", "--lang", "en"]);
    assert_eq!(stderr(&out), "vvt: error: activity 'nope' does not exist\n");
}

#[test]
fn the_help_is_english_and_names_the_gdpr() {
    for args in [
        vec!["--help"],
        vec!["notice", "--help"],
        vec!["register", "--help"],
    ] {
        let out = Command::new(env!("CARGO_BIN_EXE_vvt"))
            .args(&args)
            .env("VVT_LANG", "de")
            .output()
            .expect("runs");
        let help = stdout(&out);
        assert!(
            !help.contains("DSGVO"),
            "{args:?}: English help says GDPR:\n{help}"
        );
        assert!(
            help.contains("--lang <LANG>") && help.contains("[env: VVT_LANG="),
            "{args:?}: the global option is on every command:\n{help}"
        );
    }
    let out = Command::new(env!("CARGO_BIN_EXE_vvt"))
        .args(["notice", "--help"])
        .output()
        .expect("runs");
    assert!(
        stdout(&out).contains("--as-of <YYYY-MM-DD>") && stdout(&out).contains("--stand"),
        "{}",
        stdout(&out)
    );
}
