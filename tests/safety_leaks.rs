//! Never lose the register, part 2 (issue 17, item 13): small leaks — the
//! print's temporary folder, escape sequences echoed to a terminal, and
//! e-mail addresses that would become more than a `mailto:` link.

use std::path::Path;
use std::process::Command;

use vvt::*;

#[test]
fn an_escape_sequence_is_not_echoed_raw_in_a_cli_error() {
    let dir = tempfile::tempdir().expect("tmp");
    let db = dir.path().join("register.vvt");
    assert!(Command::new(env!("CARGO_BIN_EXE_vvt"))
        .arg("--db")
        .arg(&db)
        .arg("init")
        .output()
        .expect("runs")
        .status
        .success());
    // Clears the screen and sets the window title, were it printed raw.
    let key = "\u{1b}[2J\u{1b}]0;owned\u{7}x";
    for lang in ["en", "de"] {
        let out = Command::new(env!("CARGO_BIN_EXE_vvt"))
            .arg("--db")
            .arg(&db)
            .args(["show", key])
            .env("VVT_LANG", lang)
            .output()
            .expect("runs");
        assert!(!out.status.success());
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(
            !err.contains('\u{1b}') && !err.contains('\u{7}'),
            "{lang}: no control character reaches the terminal: {err:?}"
        );
        assert!(
            err.contains("\\u{1b}[2J"),
            "{lang}: the text is still shown, escaped: {err}"
        );
    }
}

#[test]
fn an_email_address_with_url_syntax_is_refused() {
    let mut s = Store::open_in_memory().expect("store");
    for bad in [
        "dpo@example.com?subject=Kündigung",
        "dpo@example.com?body=x&cc=all@example.com",
        "mailto:dpo@example.com",
        "dpo@example.com#frag",
        "dpo%40x@example.com",
        "a@b@example.com",
    ] {
        let mut org = s.organisation().expect("org");
        org.controller.name = "Beispiel GmbH".into();
        org.controller.email = Some(bad.into());
        let err = s.save_organisation(&org).expect_err(bad);
        assert_eq!(err.field(), Some("controller.email"), "{bad}: {err}");
    }
    let mut org = s.organisation().expect("org");
    org.controller.name = "Beispiel GmbH".into();
    org.controller.email = Some("datenschutz+vvt@example.com".into());
    s.save_organisation(&org)
        .expect("an ordinary address is kept");
}

#[cfg(unix)]
#[test]
fn the_print_folder_is_private_and_new_each_time() {
    use std::os::unix::fs::PermissionsExt;
    let a = paths::private_temp_dir("vvt-print").expect("folder");
    let b = paths::private_temp_dir("vvt-print").expect("folder");
    assert_ne!(a, b, "never a folder that exists already");
    for dir in [&a, &b] {
        let mode = std::fs::metadata(dir).expect("meta").permissions().mode() & 0o777;
        assert_eq!(mode, 0o700, "{}: only the user can read it", dir.display());
        assert!(dir.starts_with(std::env::temp_dir()));
        std::fs::remove_dir(dir).expect("clean up");
    }
    assert!(!Path::new(&a).exists());
}
