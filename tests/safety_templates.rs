//! Never lose the register, part 2 (issue 17, item 12): the organisation's
//! own notice templates are announced when in use, recorded with each
//! publication, and held to bounds.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use vvt::store::OpenOptions;
use vvt::*;

const CHANGES: &str =
    "{% macro text() %}Diese Fassung stammt aus der Vorlage der Organisation.{% endmacro %}\n";

fn example_with_templates(dir: &Path) -> (PathBuf, PathBuf) {
    let path = dir.join("register.vvt");
    let mut s = Store::open_with(
        &path,
        &OpenOptions {
            automatic_backups: false,
            create: true,
            ..OpenOptions::default()
        },
    )
    .expect("create");
    s.load_example().expect("example");
    let folder = dir.join("register.vvt.templates");
    let de = folder.join("notice").join("de");
    std::fs::create_dir_all(&de).expect("folder");
    std::fs::write(de.join("changes.j2"), CHANGES).expect("override");
    (path, folder)
}

/// A register the checks find nothing wrong in, so that it can be published.
fn publishable(dir: &Path) -> (PathBuf, PathBuf) {
    let (path, folder) = example_with_templates(dir);
    let mut s = Store::open(&path).expect("open");
    let mut register = crate::notice_support::complete_register();
    // As a register's own export has them: saved records start at 1.
    register.toms.iter_mut().for_each(|t| t.version = 1);
    register.parties.iter_mut().for_each(|p| p.version = 1);
    register.activities.iter_mut().for_each(|a| a.version = 1);
    register
        .processor_activities
        .iter_mut()
        .for_each(|e| e.version = 1);
    s.import(&register, true).expect("import");
    (path, folder)
}

fn vvt(db: &Path, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_vvt"))
        .arg("--db")
        .arg(db)
        .args(args)
        .env("VVT_LANG", "en")
        .output()
        .expect("runs")
}

#[test]
fn the_cli_says_on_stderr_when_own_templates_are_in_use() {
    let dir = tempfile::tempdir().expect("tmp");
    let (path, folder) = example_with_templates(dir.path());
    let out = vvt(&path, &["--lang", "de", "notice", "--format", "md"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("eigene Vorlagen in Gebrauch") && err.contains("de/changes.j2"),
        "the DPO learns the text is not VVT's own: {err}"
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("Vorlage der Organisation"));
    std::fs::remove_dir_all(&folder).expect("remove");
    let out = vvt(&path, &["--lang", "de", "notice", "--format", "md"]);
    assert!(
        !String::from_utf8_lossy(&out.stderr).contains("Vorlagen in Gebrauch"),
        "without a folder nothing is said"
    );
}

#[test]
fn each_publication_records_the_hash_of_the_templates_that_laid_it_out() {
    let dir = tempfile::tempdir().expect("tmp");
    let (path, folder) = publishable(dir.path());
    let mut s = Store::open(&path).expect("open");
    let used = notice::overrides_in_use(&folder)
        .expect("read")
        .expect("in use");
    assert_eq!(used.files, ["de/changes.j2"]);
    let published = notice::publish(&mut s, Lang::De, Some(folder.clone()), true).expect("publish");
    assert_eq!(
        published.publication.template_hash.as_deref(),
        Some(used.hash.as_str())
    );
    let stored = s
        .publication(published.publication.id)
        .expect("stored version");
    assert_eq!(
        stored.template_hash,
        Some(used.hash.clone()),
        "kept in the file"
    );
    let exported = interchange::to_json(&s.load().expect("load")).expect("export");
    assert!(exported.contains(&used.hash), "and in the export");

    std::fs::write(
        folder.join("notice/de/changes.j2"),
        CHANGES.replace("Fassung", "Version"),
    )
    .expect("change the template");
    let other = notice::overrides_in_use(&folder)
        .expect("read")
        .expect("in use");
    assert_ne!(other.hash, used.hash, "another template gives another hash");
    let plain = notice::publish(&mut s, Lang::En, None, true).expect("publish");
    assert_eq!(
        plain.publication.template_hash, None,
        "VVT's built-in templates alone record no hash"
    );
}

#[test]
fn a_template_too_large_or_not_a_file_is_refused() {
    let dir = tempfile::tempdir().expect("tmp");
    let (path, folder) = example_with_templates(dir.path());
    let s = Store::open(&path).expect("open");
    let changes = folder.join("notice/de/changes.j2");
    let big = format!(
        "{{% macro text() %}}{}{{% endmacro %}}\n",
        "x".repeat(notice::MAX_TEMPLATE_SIZE as usize)
    );
    std::fs::write(&changes, big).expect("write");
    let mut options = notice::NoticeOptions::dated_by_content(Lang::De);
    options.overrides = Some(folder.clone());
    let n = notice::build(&s.load().expect("load"), s.catalogs(), &options);
    let err = notice::render_html(&n).expect_err("too large");
    assert_eq!(err.code(), "render_failed");
    assert!(err.to_string().contains("at most"), "{err}");

    std::fs::remove_file(&changes).expect("remove");
    std::fs::create_dir(&changes).expect("a folder under a template's name");
    let err = notice::render_html(&n).expect_err("not a file");
    assert!(err.to_string().contains("not a regular file"), "{err}");
}

#[test]
fn a_template_that_loops_without_end_is_stopped() {
    let dir = tempfile::tempdir().expect("tmp");
    let (path, folder) = example_with_templates(dir.path());
    let s = Store::open(&path).expect("open");
    std::fs::write(
        folder.join("notice/de/changes.j2"),
        "{% macro text() %}{% for i in range(100000) %}{% for j in range(100000) %}x\
         {% endfor %}{% endfor %}{% endmacro %}\n",
    )
    .expect("write");
    let mut options = notice::NoticeOptions::dated_by_content(Lang::De);
    options.overrides = Some(folder);
    let n = notice::build(&s.load().expect("load"), s.catalogs(), &options);
    let started = Instant::now();
    let err = notice::render_html(&n).expect_err("stopped");
    assert_eq!(err.code(), "render_failed", "{err}");
    assert!(
        started.elapsed() < Duration::from_secs(30),
        "bounded: {:?}",
        started.elapsed()
    );
}
