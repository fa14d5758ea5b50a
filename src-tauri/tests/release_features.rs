//! The dialog answers of the real-window tests (`VVT_DIALOG_ANSWERS`) must
//! never reach a DPO's app: they are compiled only with the feature
//! `test-dialogs`, and this test checks that only the test commands turn it
//! on — not a default feature, not `make run`, not a release or a package
//! build.

use std::path::Path;

fn read(relative: &str) -> String {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    std::fs::read_to_string(root.join(relative)).unwrap_or_else(|e| panic!("{relative}: {e}"))
}

#[test]
fn the_test_dialogs_feature_is_off_by_default() {
    let manifest = read("src-tauri/Cargo.toml");
    assert!(
        manifest.contains("\ntest-dialogs = []"),
        "the feature exists"
    );
    for line in manifest.lines() {
        if line.trim_start().starts_with("default") {
            assert!(
                !line.contains("test-dialogs"),
                "not a default feature: {line}"
            );
        }
    }
}

#[test]
fn only_test_commands_turn_the_test_dialogs_on() {
    for file in [
        "Makefile",
        "scripts/e2e.sh",
        "scripts/screenshot.sh",
        "scripts/desktop-perf.sh",
    ] {
        for line in read(file).lines() {
            if !line.contains("test-dialogs") || line.trim_start().starts_with('#') {
                continue;
            }
            assert!(
                line.contains("cargo test") || line.contains("cargo clippy"),
                "{file}: only the test build may turn on test-dialogs: {line}"
            );
            assert!(
                !line.contains("--release"),
                "{file}: never in a release build: {line}"
            );
        }
    }
    let makefile = read("Makefile");
    let run = makefile
        .split("\nrun:")
        .nth(1)
        .and_then(|rest| rest.split("\n\n").next())
        .expect("the run target");
    assert!(
        !run.contains("test-dialogs"),
        "`make run` asks the DPO: {run}"
    );
}

/// The code itself: every use of the answer file sits behind the feature.
#[test]
fn the_answer_file_is_read_only_behind_the_feature() {
    let source = read("src-tauri/src/dialogs.rs");
    let lines: Vec<&str> = source.lines().collect();
    for (i, line) in lines.iter().enumerate() {
        if line.starts_with("fn injected_answer") || line.starts_with("pub const ANSWERS_VAR") {
            let attribute = lines[..i]
                .iter()
                .rev()
                .find(|l| l.starts_with("#[cfg("))
                .expect("a cfg attribute above");
            let expected =
                if line.starts_with("fn injected_answer") && lines[i + 1].contains("Ok(None)") {
                    "#[cfg(not(feature = \"test-dialogs\"))]"
                } else {
                    "#[cfg(feature = \"test-dialogs\")]"
                };
            assert_eq!(*attribute, expected, "line {}: {line}", i + 1);
        }
    }
}
