//! Publication history of the notice: immutable versions with date and hash,
//! the diff against the register now, and the `vvt notice` command line.

use crate::notice_support;

use std::process::Command;

use notice_support::*;
use vvt::example::WEBEX;
use vvt::notice::{self, render_markdown, NoticeOptions};
use vvt::{Lang, Store};

fn example_store(dir: &tempfile::TempDir) -> Store {
    let mut store = Store::create(&dir.path().join("register.vvt")).expect("register opens");
    store.set_actor("dsb");
    store.import(&complete_register(), false).expect("imports");
    store
}

#[test]
fn publish_stores_an_immutable_dated_version_with_its_hash() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut store = example_store(&dir);
    let published = notice::publish(&mut store, Lang::De, None, false).expect("publishes");
    let p = &published.publication;
    assert!(published.missing.is_empty());
    assert_eq!(p.user, "dsb");
    assert_eq!(p.content_hash, vvt::store::content_hash(&p.markdown));
    let stand = p.published_at.format("%d.%m.%Y").to_string();
    assert!(
        p.markdown.contains(&format!("Stand: {stand}")),
        "the Stand of a published notice is its publication date"
    );
    assert!(p.html.starts_with("<!DOCTYPE html>"));

    let conn = rusqlite::Connection::open(dir.path().join("register.vvt")).expect("opens");
    let update = conn.execute(
        "UPDATE notice_publication SET markdown = 'geändert' WHERE id = ?1",
        [p.id],
    );
    assert!(update.is_err(), "a published version cannot be changed");
    assert_eq!(
        store.publication(p.id).expect("still there").markdown,
        p.markdown
    );
}

#[test]
fn publishing_twice_gives_two_versions() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut store = example_store(&dir);
    let first = notice::publish(&mut store, Lang::De, None, false).expect("publishes");
    let second = notice::publish(&mut store, Lang::En, None, false).expect("publishes");
    let third = notice::publish(&mut store, Lang::De, None, false).expect("publishes");
    let all = store.publications().expect("lists");
    assert_eq!(all.len(), 3);
    assert_ne!(first.publication.id, third.publication.id);
    assert_eq!(
        notice::latest(&all, Lang::De).map(|p| p.id),
        Some(third.publication.id)
    );
    assert_eq!(
        notice::latest(&all, Lang::En).map(|p| p.id),
        Some(second.publication.id)
    );
}

#[test]
fn a_notice_with_missing_items_is_published_only_deliberately() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut store = Store::create(&dir.path().join("r.vvt")).expect("opens");
    let mut r = complete_register();
    r.activities[0].provision = None;
    store.import(&r, false).expect("imports");
    let err = notice::publish(&mut store, Lang::De, None, false).expect_err("gaps");
    assert_eq!(err.field(), Some("missing"));
    assert!(store.publications().expect("lists").is_empty());
    let published = notice::publish(&mut store, Lang::De, None, true).expect("publishes");
    assert!(!published.missing.is_empty());
}

#[test]
fn diff_shows_what_changed_since_a_published_version() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut store = example_store(&dir);
    let published = notice::publish(&mut store, Lang::De, None, false).expect("publishes");
    let p = published.publication;

    let register = store.load().expect("loads");
    let unchanged = notice::diff(&register, store.catalogs(), &p, None).expect("diffs");
    assert!(!unchanged.changed, "nothing changed: {}", unchanged.unified);

    let mut webex = store.activity(WEBEX).expect("activity");
    webex.data_categories[0].name = "Angaben zur Person".into();
    store.update_activity(&webex).expect("saves");
    let register = store.load().expect("loads");
    let d = notice::diff(&register, store.catalogs(), &p, None).expect("diffs");
    assert!(d.changed);
    assert!(
        d.unified.contains("-- **Angaben zum Benutzer**"),
        "{}",
        d.unified
    );
    assert!(
        d.unified.contains("+- **Angaben zur Person**"),
        "{}",
        d.unified
    );
    assert!(
        !d.unified.contains("Stand:"),
        "the date alone is not a change: {}",
        d.unified
    );
}

#[test]
fn the_published_markdown_is_what_build_and_render_give() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut store = example_store(&dir);
    let p = notice::publish(&mut store, Lang::En, None, false)
        .expect("publishes")
        .publication;
    let options = NoticeOptions::new(Lang::En, p.published_at.date_naive());
    let again = notice::build(&store.load().expect("loads"), store.catalogs(), &options);
    assert_eq!(render_markdown(&again).expect("renders"), p.markdown);
}

// --- the command line -------------------------------------------------------

fn vvt(db: &std::path::Path, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_vvt"))
        .arg("--db")
        .arg(db)
        .args(args)
        .env_remove("VVT_LANG")
        .output()
        .expect("vvt runs")
}

#[test]
fn cli_lists_missing_items_on_stderr_and_fails_with_strict() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("r.vvt");
    assert!(vvt(&db, &["example"]).status.success());

    let out = vvt(&db, &["notice", "--format", "md", "--as-of", "2021-02-19"]);
    assert!(out.status.success(), "without --strict a gap is no failure");
    let md = String::from_utf8_lossy(&out.stdout);
    assert!(md.contains("Stand: 19.02.2021"));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.lines().any(|l| l.starts_with(
            "empfohlen: - 13-2-d Art. 13 Abs. 2 lit. d DSGVO – die zuständige Aufsichtsbehörde"
        ) && l.ends_with("[authority]")),
        "an unnamed authority is a recommendation: {err}"
    );
    assert!(err.contains("fehlt: meetings-jitsi 13-1-f"), "{err}");

    let out = vvt(&db, &["notice", "--format", "md", "--stand", "2021-02-19"]);
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        md,
        "--stand, the option's earlier name, still works"
    );
    let out = vvt(
        &db,
        &[
            "--lang",
            "en",
            "notice",
            "--format",
            "md",
            "--as-of",
            "2021-02-19",
        ],
    );
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("Last updated: 19 February 2021"),
        "the global option before the subcommand"
    );

    let strict = vvt(&db, &["notice", "--strict", "--lang", "en"]);
    assert_eq!(strict.status.code(), Some(1), "--strict fails on gaps");

    let unknown = vvt(&db, &["notice", "--activity", "nope"]);
    assert!(!unknown.status.success(), "an unknown activity is refused");
}

#[test]
fn cli_writes_files_publishes_lists_and_diffs() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("r.vvt");
    let json = dir.path().join("complete.json");
    std::fs::write(
        &json,
        vvt::interchange::to_json(&complete_register()).expect("serialises"),
    )
    .expect("writes");
    assert!(vvt(&db, &["import", "json", json.to_str().expect("utf-8")])
        .status
        .success());

    let pdf = dir.path().join("hinweise.pdf");
    let out = vvt(
        &db,
        &[
            "notice",
            "--strict",
            "--format",
            "pdf",
            "-o",
            pdf.to_str().expect("utf-8"),
        ],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(std::fs::read(&pdf).expect("written").starts_with(b"%PDF"));

    let out = vvt(&db, &["notice", "publish", "--lang", "de"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("Veröffentlicht: Version 1 (de)"));

    let out = vvt(&db, &["notice", "versions"]);
    let listing = String::from_utf8_lossy(&out.stdout);
    assert!(
        listing
            .lines()
            .nth(1)
            .is_some_and(|l| l.trim_start().starts_with("1  de")),
        "{listing}"
    );

    let out = vvt(&db, &["notice", "diff"]);
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("Keine Änderungen seit Version 1"));

    let none = vvt(&db, &["notice", "diff", "--lang", "en"]);
    assert!(!none.status.success(), "no English version published yet");
}

fn stderr(o: &std::process::Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// A register with exactly one missing item (the controller's e-mail).
fn one_gap_db(dir: &tempfile::TempDir) -> std::path::PathBuf {
    let mut r = complete_register();
    r.activities[0].provision = None;
    let json = dir.path().join("one-gap.json");
    std::fs::write(&json, vvt::interchange::to_json(&r).expect("serialises")).expect("writes");
    let db = dir.path().join("one-gap.vvt");
    let out = vvt(&db, &["import", "json", json.to_str().expect("utf-8")]);
    assert!(out.status.success(), "{}", stderr(&out));
    db
}

/// Every message of the notice commands follows `--lang`, with the count of
/// missing items in the right number.
#[test]
fn cli_messages_follow_the_chosen_language() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("r.vvt");
    assert!(vvt(&db, &["example"]).status.success());

    let out = vvt(&db, &["notice", "--lang", "en", "--format", "md"]);
    let err = stderr(&out);
    assert!(
        !err.is_empty()
            && err
                .lines()
                .all(|l| l.starts_with("missing: ") || l.starts_with("recommended: ")),
        "English gaps are reported in English:\n{err}"
    );
    assert!(!err.contains("fehlt"), "{err}");

    // The example's Gravatar transfer has no instrument: an error of the
    // checks on a statement of the notice, which no flag publishes.
    for flags in [
        &["notice", "publish"][..],
        &["notice", "publish", "--allow-missing"],
    ] {
        let out = vvt(&db, flags);
        assert_eq!(
            out.status.code(),
            Some(1),
            "a notice the checks find wrong is refused"
        );
        let err = stderr(&out);
        let last = err.lines().last().unwrap_or_default();
        assert!(
            last.starts_with("vvt: Fehler: nicht veröffentlicht: die Prüfung findet ")
                && last.contains("auch mit --allow-missing nicht"),
            "the German refusal is German:\n{err}"
        );
        assert!(
            err.lines()
                .any(|l| l.starts_with("fehlt: meetings-jitsi 13-1-f")),
            "and lists the findings:\n{err}"
        );
    }
    let out = vvt(&db, &["notice", "publish", "--lang", "en"]);
    assert!(
        stderr(&out).contains("not published: the checks find "),
        "{}",
        stderr(&out)
    );

    let one = one_gap_db(&dir);
    let out = vvt(&one, &["notice", "publish"]);
    assert!(
        stderr(&out).contains("nicht veröffentlicht: 1 Pflichtangabe nach Art. 13/14 DSGVO fehlt;"),
        "one item is singular:\n{}",
        stderr(&out)
    );
    let out = vvt(&one, &["notice", "publish", "--lang", "en"]);
    assert!(
        stderr(&out).contains("not published: 1 item required by Art. 13/14 GDPR is missing;"),
        "{}",
        stderr(&out)
    );

    let out = vvt(&one, &["notice", "versions", "--lang", "en"]);
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).trim(),
        "(no published version yet)"
    );
    let out = vvt(&one, &["notice", "diff", "--lang", "en"]);
    assert!(!out.status.success());
    assert_eq!(
        stderr(&out).trim(),
        "vvt: error: no English version published yet"
    );

    let out = vvt(
        &one,
        &["notice", "publish", "--lang", "en", "--allow-missing"],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("Published: version 1 (en)"));
    assert!(
        stderr(&out).starts_with("missing: meetings-jitsi 13-2-e"),
        "{}",
        stderr(&out)
    );
    let out = vvt(&one, &["notice", "versions", "--lang", "en"]);
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("  ID  Language  Published"));
    let out = vvt(&one, &["--lang", "en", "notice", "versions"]);
    assert!(
        String::from_utf8_lossy(&out.stdout).starts_with("  ID  Language  Published"),
        "the global option before the subcommand"
    );
    let out = vvt(&one, &["notice", "diff", "--lang", "en"]);
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("No changes since version 1 of "));
}
