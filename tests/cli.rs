//! The `vvt` binary end to end: subcommands, exit codes, error messages and
//! that a refused import leaves the register file as it was.

use std::path::Path;
use std::process::{Command, Output};

fn vvt(db: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_vvt"))
        .arg("--db")
        .arg(db)
        .args(args)
        .env("USER", "cli-test")
        .output()
        .expect("the vvt binary runs")
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
        stderr(&out).contains("already holds data"),
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
    assert!(stderr(&out).contains("'nope' does not exist"));

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
    assert!(
        stderr(&out).contains("activities[1].transfers[0].country: unknown country code 'XX'"),
        "the error names the JSON path and reason: {}",
        stderr(&out)
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
