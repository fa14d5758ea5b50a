//! The register print for a supervisory authority (Art. 30(4)): every
//! Art. 30(1) item of every activity in the PDF, HTML and Markdown, empty
//! items visible, register text escaped, annexes and history, and the CLI.

use crate::print_support;

use std::process::Command;

use print_support::*;
use vvt::register_print::{self, Body, SectionKind, Value};
use vvt::*;

/// The Art. 30(1) items as the German print labels them.
const ART30_LABELS: [&str; 10] = [
    "Art. 30 Abs. 1 lit. a – Name und Kontaktdaten des Verantwortlichen",
    "Art. 30 Abs. 1 lit. a – Datenschutzbeauftragter",
    "Art. 30 Abs. 1 lit. a – Gemeinsam Verantwortliche",
    "Art. 30 Abs. 1 lit. b – Zwecke der Verarbeitung",
    "Art. 30 Abs. 1 lit. c – Kategorien betroffener Personen",
    "Art. 30 Abs. 1 lit. c – Kategorien personenbezogener Daten",
    "Art. 30 Abs. 1 lit. d – Kategorien von Empfängern (intern/extern)",
    "Art. 30 Abs. 1 lit. e – Übermittlung an ein Drittland oder eine internationale Organisation",
    "Art. 30 Abs. 1 lit. f – Fristen für die Löschung (Löschfristen)",
    "Art. 30 Abs. 1 lit. g – Technische und organisatorische Maßnahmen (TOM)",
];

#[test]
fn the_example_pdf_holds_every_item_and_every_value() {
    let register = example::example_register();
    let print = print(&register, &options(Lang::De));
    let pdf = register_print::to_pdf(&print).expect("the example typesets");
    let text = pdf_text(&pdf);
    let flat = squeeze(&text);
    assert!(text.contains("Seite 1 von"), "the footer numbers the pages");
    assert!(
        text.contains("Integrata Cegos GmbH · 27.11.2026"),
        "footer names organisation and date"
    );
    assert!(flat.contains(&squeeze(
        "Verzeichnis von Verarbeitungstätigkeiten gemäß Art. 30 Abs. 1 DSGVO"
    )));
    assert!(text.contains("Inhaltsverzeichnis"));
    for label in ART30_LABELS.iter().chain(&[
        "Art. 30 Abs. 1 lit. e – Dokumentation geeigneter Garantien",
        "Rechtsgrundlage",
        "Datenschutz-Folgenabschätzung (DSFA)",
        "Nächste Überprüfung",
    ]) {
        assert!(
            flat.contains(&squeeze(label)),
            "the PDF labels the item '{label}'"
        );
    }
    for e in activities(&print) {
        for line in lines(e) {
            assert!(
                flat.contains(&squeeze(&line)),
                "activity {}: the PDF must print '{line}'",
                e.key
            );
        }
    }
    // The register's own values, not only what the print made of them.
    for a in &register.activities {
        assert!(flat.contains(&squeeze(&a.name)), "{}", a.name);
        for p in &a.purposes {
            assert!(flat.contains(&squeeze(&p.description)), "{}", p.description);
        }
        for c in &a.data_categories {
            assert!(flat.contains(&squeeze(&c.name)), "{}", c.name);
        }
        for t in &a.transfers {
            assert!(
                flat.contains(&squeeze("Vereinigte Staaten")),
                "{}",
                t.country
            );
        }
    }
    assert!(flat.contains(&squeeze(
        "Anlage 1 – Stellen und Auftragsverarbeitungsverträge"
    )));
    assert!(flat.contains(&squeeze("Cisco Systems, Inc.")));
    assert!(
        flat.contains(&squeeze("Standardvertragsklauseln")),
        "the mechanism is named"
    );
    let (ok, report) = qpdf_check(&pdf);
    assert!(ok, "qpdf --check must pass: {report}");
}

#[test]
fn empty_items_are_printed_visibly_and_told_apart() {
    let mut register = example::example_register();
    let a = &mut register.activities[0];
    a.department = None;
    a.transfers.clear();
    let print = print(&register, &options(Lang::De));
    let entry = &activities(&print)[0];
    let value = |label: &str| {
        &entry
            .items
            .iter()
            .find(|i| i.label == label)
            .unwrap_or_else(|| panic!("item {label}"))
            .value
    };
    assert_eq!(*value("Verantwortliche Fachabteilung"), Value::NotRecorded);
    assert!(matches!(
        value("Übermittlung an ein Drittland oder eine internationale Organisation"),
        Value::NotApplicable(why) if why.contains("keine Übermittlung")
    ));
    assert!(
        matches!(
            &print.cover[2].value,
            Value::NotApplicable(why) if why.contains("Art. 27")
        ),
        "no representative: does not apply unless established outside the Union"
    );
    let text = pdf_text(&register_print::to_pdf(&print).expect("typesets"));
    assert!(
        text.contains("nicht erfasst"),
        "a gap is printed, not left blank"
    );
    assert!(
        text.contains("entfällt: keine Übermittlung"),
        "N/A says why"
    );
    let html = register_print::to_html(&print);
    assert!(html.contains("<span class=\"nr\">nicht erfasst</span>"));
    assert!(html.contains("<span class=\"na\">entfällt: "));
}

#[test]
fn every_item_of_an_activity_is_printed_for_every_activity() {
    let print = example_print(Lang::De);
    let entries = activities(&print);
    assert_eq!(entries.len(), 3);
    let first: Vec<String> = entries[0].items.iter().map(|i| i.heading()).collect();
    for e in entries {
        let headings: Vec<String> = e.items.iter().map(|i| i.heading()).collect();
        assert_eq!(
            headings, first,
            "the same items in the same order (one sheet column each)"
        );
    }
    for label in ART30_LABELS
        .iter()
        .filter(|l| !l.contains("Verantwortlichen") && !l.contains("Datenschutzbeauftragter"))
    {
        assert!(
            first.iter().any(|h| h == label),
            "{label} is an item of each activity"
        );
    }
}

#[test]
fn html_and_markdown_escape_register_text() {
    let print = print(&awkward_register(), &options(Lang::De));
    let html = register_print::to_html(&print);
    assert!(
        !html.contains("<script>alert"),
        "register text never becomes markup"
    );
    assert!(html.contains("&lt;script&gt;alert(1)&lt;&#x2f;script&gt;"));
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"de\">"));
    assert!(!html.contains("<script"), "no scripts at all");
    assert!(
        !html.contains("src=") && !html.contains("href=\"http"),
        "self-contained"
    );
    assert!(
        html.contains("<nav aria-labelledby=\"toc\">"),
        "a table of contents"
    );
    let md = register_print::to_markdown(&print);
    assert!(md.contains("\\<script\\>alert(1)\\</script\\>"));
    assert!(md.contains("\\*fett\\* \\_kursiv\\_"));
    for label in ART30_LABELS {
        assert!(md.contains(label), "Markdown has the same items: {label}");
        let unescaped = html.replace("&#x2f;", "/");
        assert!(
            unescaped.contains(label),
            "HTML has the same items: {label}"
        );
    }
}

#[test]
fn typst_markup_in_register_text_is_printed_literally() {
    let print = print(&awkward_register(), &options(Lang::De));
    let pdf = register_print::to_pdf(&print).expect("escaped markup typesets");
    let flat = squeeze(&pdf_text(&pdf));
    for literal in [
        "#set page(width: 1cm)",
        "$x$",
        "*fett* _kursiv_ @ref <label>",
        "<script>alert(1)</script>",
    ] {
        assert!(
            flat.contains(&squeeze(literal)),
            "printed as text: {literal}"
        );
    }
}

#[test]
fn the_english_print_uses_english_labels() {
    let print = example_print(Lang::En);
    assert_eq!(
        print.title,
        "Record of processing activities pursuant to Art. 30(1) GDPR"
    );
    let md = register_print::to_markdown(&print);
    assert!(md.contains("Art. 30(1)(b) – Purposes of the processing"));
    assert!(md.contains("Annex 1 – Parties and processing agreements"));
    let text = pdf_text(&register_print::to_pdf(&print).expect("typesets"));
    assert!(text.contains("Page 1 of"));
}

#[test]
fn a_selection_prints_those_activities_in_that_order() {
    let register = example::example_register();
    let mut o = options(Lang::De);
    o.activities = Some(vec![example::TEAMS.into(), example::JITSI.into()]);
    let print = print(&register, &o);
    let keys: Vec<&str> = activities(&print).iter().map(|e| e.key.as_str()).collect();
    assert_eq!(keys, [example::TEAMS, example::JITSI]);
    let err = register_print::check_selection(&register, &["nope".into()])
        .expect_err("an unknown key is refused");
    assert_eq!(err.field(), Some("activities[0]"));
}

#[test]
fn the_history_since_a_date_is_an_annex() {
    let mut s = print_store();
    let mut a = s.activity(example::WEBEX).expect("load");
    a.name = "Webex (geändert)".into();
    s.update_activity(&a).expect("save");
    let mut register = s.load().expect("load");
    // Pin the times: the first rows are old, the last one recent.
    let n = register.history.len();
    for (i, h) in register.history.iter_mut().enumerate() {
        let day = if i + 1 == n {
            "2026-11-20T10:00:00Z"
        } else {
            "2026-01-02T09:00:00Z"
        };
        h.at = day.parse().expect("timestamp");
    }
    let mut o = options(Lang::De);
    assert!(print(&register, &o).section(SectionKind::History).is_none());
    o.history_since = Some(chrono::NaiveDate::from_ymd_opt(2026, 11, 1).expect("date"));
    let p = print(&register, &o);
    let history = p.section(SectionKind::History).expect("the history annex");
    assert!(history.title.contains("Änderungshistorie seit 01.11.2026"));
    let Body::Table(t) = &history.body else {
        panic!("a table")
    };
    assert_eq!(t.rows.len(), 1, "only the change since that day");
    let text = squeeze(&pdf_text(&register_print::to_pdf(&p).expect("typesets")));
    assert!(text.contains(&squeeze("Änderungshistorie seit 01.11.2026")));
    assert!(
        text.contains(&squeeze("name: Cisco Webex Meetings → Webex (geändert)"))
            || text.contains(&squeeze("→ Webex (geändert)")),
        "the change is printed"
    );
}

fn print_store() -> Store {
    let mut s = Store::open_in_memory().expect("store");
    s.set_actor("tester");
    s.load_example().expect("example");
    s
}

fn vvt(db: &std::path::Path, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_vvt"))
        .arg("--db")
        .arg(db)
        .args(args)
        .env("USER", "cli-test")
        .output()
        .expect("the vvt binary runs")
}

#[test]
fn the_cli_prints_every_format() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("r.vvt");
    assert!(vvt(&db, &["example"]).status.success());
    for (file, magic) in [
        ("r.pdf", &b"%PDF"[..]),
        ("r.xlsx", b"PK"),
        ("r.csv", "\u{feff}".as_bytes()),
        ("r.html", b"<!DOCTYPE html>"),
        ("r.md", b"# Verzeichnis"),
    ] {
        let out = dir.path().join(file);
        let o = vvt(
            &db,
            &[
                "register",
                "--history-since",
                "2020-01-01",
                "-o",
                out.to_str().expect("path"),
            ],
        );
        assert!(
            o.status.success(),
            "{file}: {}",
            String::from_utf8_lossy(&o.stderr)
        );
        let bytes = std::fs::read(&out).expect("written");
        assert!(bytes.starts_with(magic), "{file} has the right format");
    }
    let o = vvt(
        &db,
        &[
            "register",
            "--format",
            "md",
            "--lang",
            "en",
            "--activity",
            example::JITSI,
        ],
    );
    assert!(o.status.success());
    let md = String::from_utf8_lossy(&o.stdout);
    assert!(
        md.contains("Jitsi") && !md.contains("Microsoft Teams"),
        "only the selection"
    );
    let o = vvt(&db, &["register", "--format", "csv", "--activity", "nope"]);
    assert!(!o.status.success(), "an unknown key fails");
    assert!(String::from_utf8_lossy(&o.stderr).contains("nope"));
}
