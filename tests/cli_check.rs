//! `vvt check` as a script sees it: the exit code (1 on any error, 0
//! otherwise, non-zero when the register cannot be opened), the text and
//! JSON output, and `--activity`.

use crate::common;

use std::path::Path;
use std::process::{Command, Output};

use vvt::checks::{Finding, Severity};
use vvt::example::{example_register, JITSI, WEBEX};

fn vvt(db: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_vvt"))
        .arg("--db")
        .arg(db)
        .args(args)
        .env_remove("VVT_NOW")
        .env_remove("VVT_LANG")
        .output()
        .expect("the vvt binary runs")
}

fn example_db(dir: &tempfile::TempDir) -> std::path::PathBuf {
    let db = dir.path().join("register.vvt");
    let out = vvt(&db, &["example"]);
    assert!(out.status.success(), "vvt example: {out:?}");
    db
}

fn json(out: &Output) -> Vec<Finding> {
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "--format json prints findings ({e}): {}",
            String::from_utf8_lossy(&out.stdout)
        )
    })
}

#[test]
fn the_example_has_errors_so_check_exits_with_1() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = example_db(&dir);
    let out = vvt(&db, &["check"]);
    assert_eq!(out.status.code(), Some(1), "errors found: exit 1; {out:?}");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.lines().any(|l| l.starts_with("FEHLER")
            && l.contains(JITSI)
            && l.contains("transfers[0].mechanism")
            && l.contains("Art. 44 ff. DSGVO")
            && l.contains(" → ")),
        "one line per finding with severity, record, field, source, message and hint:\n{text}"
    );
    assert!(
        text.trim_end()
            .lines()
            .last()
            .is_some_and(|l| l.starts_with("Befunde: ")),
        "a summary closes the output:\n{text}"
    );

    let en = vvt(&db, &["check", "--lang", "en"]);
    let text = String::from_utf8_lossy(&en.stdout);
    assert!(
        text.contains("ERROR") && text.contains("Findings: "),
        "{text}"
    );
}

#[test]
fn json_output_parses_and_carries_the_findings() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = example_db(&dir);
    let out = vvt(&db, &["check", "--format", "json"]);
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    let findings = json(&out);
    assert!(
        findings.iter().any(|f| f.rule == "transfer-no-mechanism"
            && f.record.key == JITSI
            && f.severity == Severity::Error),
        "Jitsi's transfer without mechanism is reported: {findings:#?}"
    );
}

#[test]
fn activity_filter_narrows_the_findings() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = example_db(&dir);
    let out = vvt(&db, &["check", "--format", "json", "--activity", WEBEX]);
    let findings = json(&out);
    assert!(
        findings.iter().all(|f| f.record.key != JITSI),
        "Jitsi's findings are not Webex's: {findings:#?}"
    );
    assert!(
        findings.iter().any(|f| f.record.key == "cisco"),
        "Webex's processor is part of its view"
    );

    let unknown = vvt(&db, &["check", "--activity", "no-such-activity"]);
    assert!(!unknown.status.success(), "an unknown key is an error");
    assert!(
        String::from_utf8_lossy(&unknown.stderr).contains("no-such-activity"),
        "and says which key: {unknown:?}"
    );
}

/// The example with its errors fixed; its warnings (missing erasure rules,
/// § 26 BDSG alone, …) remain.
fn example_without_errors() -> vvt::Register {
    let mut r = example_register();
    r.organisation.controller.email = Some("info@integrata-cegos.de".into());
    r.organisation.authority = Some("DE-BW".into());
    for a in &mut r.activities {
        for p in &mut a.purposes {
            if p.legal_bases.iter().any(|b| b == "art6-1-a") {
                p.consent_withdrawal = Some("Formlose Nachricht an den Veranstalter".into());
            }
        }
        for t in &mut a.transfers {
            t.mechanism = Some("art46-2-c".into());
            t.tia_date = Some(common::date(2026, 1, 15));
        }
    }
    for p in &mut r.parties {
        if let Some(ag) = &mut p.agreement {
            ag.signed_on = Some(common::date(2021, 1, 4));
        }
    }
    r
}

/// A register at `dir`/register.vvt holding `r`, imported as a DPO would.
fn imported(dir: &tempfile::TempDir, r: &vvt::Register) -> std::path::PathBuf {
    let db = dir.path().join("register.vvt");
    let file = dir.path().join("register.json");
    let text = vvt::interchange::to_json(r).expect("the register serialises");
    std::fs::write(&file, text).expect("write the import file");
    let import = vvt(&db, &["import", "json", file.to_str().expect("utf-8 path")]);
    assert!(import.status.success(), "import: {import:?}");
    db
}

#[test]
fn warnings_alone_exit_with_0() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = imported(&dir, &example_without_errors());

    let out = vvt(&db, &["check", "--format", "json"]);
    let findings = json(&out);
    assert!(
        findings.iter().any(|f| f.severity == Severity::Warning),
        "the test needs warnings to prove they do not fail the check"
    );
    assert!(
        findings.iter().all(|f| f.severity != Severity::Error),
        "{findings:#?}"
    );
    assert_eq!(out.status.code(), Some(0), "warnings only: exit 0; {out:?}");
}

#[test]
fn the_processors_record_is_checked_and_named_in_the_output() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut r = example_without_errors();
    // The review's case: an entry with no categories, no TOMs and a
    // transfer to India without a mechanism.
    let mut entry = vvt::ProcessorActivity::new("av-1", "Lohnabrechnung", "Kunde X GmbH");
    entry.controller.address = Some("Weg 2, Berlin".into());
    entry.transfers = vec![vvt::Transfer {
        country: "IN".into(),
        ..vvt::Transfer::default()
    }];
    r.processor_activities = vec![entry];
    let db = imported(&dir, &r);

    let out = vvt(&db, &["check"]);
    assert_eq!(
        out.status.code(),
        Some(1),
        "the processor's record alone has errors: exit 1; {out:?}"
    );
    let text = String::from_utf8_lossy(&out.stdout);
    for field in ["categories", "transfers[0].mechanism", "toms"] {
        assert!(
            text.lines()
                .any(|l| l.contains("processor_activity:av-1") && l.contains(field)),
            "a line for the entry's {field}, named so the app can open it:\n{text}"
        );
    }
    let findings = json(&vvt(
        &db,
        &["check", "--format", "json", "--activity", WEBEX],
    ));
    assert!(
        findings
            .iter()
            .all(|f| f.record.entity != vvt::EntityKind::ProcessorActivity),
        "an activity's view leaves the processor's record out: {findings:#?}"
    );
}

#[test]
fn a_file_that_is_no_register_fails() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("not-a-register.txt");
    std::fs::write(&db, "this is not SQLite at all, just some text").expect("write file");
    let out = vvt(&db, &["check"]);
    assert!(!out.status.success(), "cannot open: non-zero exit; {out:?}");
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("ist kein VVT-Verzeichnis"),
        "{out:?}"
    );
}
