//! The register print for a supervisory authority (Art. 30(4)): every
//! Art. 30(1) item of every activity in the PDF, HTML and Markdown, empty
//! items visible, register text escaped, annexes and history, and the CLI.

use crate::print_support;

use std::process::Command;

use print_support::*;
use vvt::register_print::{self, Body, SectionKind, Span, Value};
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
    // A recipient seated in a third country implies a transfer (below).
    a.recipients.retain(|r| r.party.is_none());
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
fn an_organisation_without_a_dpo_prints_its_recorded_reason() {
    let mut register = example::example_register();
    register.organisation.dpo = None;
    let dpo = |r: &Register, lang| print(r, &options(lang)).cover[1].value.clone();
    assert_eq!(
        dpo(&register, Lang::De),
        Value::NotRecorded,
        "a gap without a reason"
    );
    register.organisation.no_dpo_reason = Some("unter 20 Beschäftigte (§ 38 BDSG)".into());
    assert_eq!(
        dpo(&register, Lang::De),
        Value::NotApplicable(
            "kein Datenschutzbeauftragter benannt; Begründung: unter 20 Beschäftigte (§ 38 BDSG)"
                .into()
        )
    );
    assert!(matches!(
        dpo(&register, Lang::En),
        Value::NotApplicable(why) if why.starts_with("no data protection officer designated; reason: ")
    ));
    register.organisation.controller.public_body = true;
    assert_eq!(
        dpo(&register, Lang::De),
        Value::NotRecorded,
        "a public body always needs one (Art. 37(1)(a)): a gap, whatever the reason"
    );
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

/// The DPF value of a party in the parties annex, as printed.
fn dpf(print: &register_print::RegisterPrint, key: &str) -> String {
    entries(print, SectionKind::Parties)
        .iter()
        .find(|e| e.key == key)
        .and_then(|e| {
            e.items
                .iter()
                .find(|i| i.label.ends_with("Data Privacy Framework"))
        })
        .unwrap_or_else(|| panic!("party {key} has a DPF item"))
        .value
        .plain(print.lang, "\n")
}

#[test]
fn the_dpf_flag_is_printed_as_what_is_recorded_not_as_a_fact() {
    let mut register = example::example_register();
    let de = print(&register, &options(Lang::De));
    let en = print(&register, &options(Lang::En));
    for key in [example::AUTOMATTIC, example::CISCO, example::MICROSOFT] {
        assert_eq!(dpf(&de, key), "nicht als zertifiziert erfasst", "{key}");
        assert_eq!(dpf(&en, key), "not recorded as certified", "{key}");
    }
    assert!(
        !register_print::to_markdown(&de).contains("nicht zertifiziert"),
        "an unset flag only means nothing is recorded"
    );
    assert!(!register_print::to_markdown(&en).contains("not certified"));
    for p in register.parties.iter_mut() {
        p.dpf_certified = true;
    }
    let de = print(&register, &options(Lang::De));
    let en = print(&register, &options(Lang::En));
    assert_eq!(
        dpf(&de, example::CISCO),
        "als zertifiziert erfasst, Datum der Prüfung nicht erfasst"
    );
    assert_eq!(
        dpf(&en, example::CISCO),
        "recorded as certified, date of the check not recorded"
    );
    let checked = chrono::NaiveDate::from_ymd_opt(2026, 3, 2).expect("date");
    for p in register.parties.iter_mut() {
        p.dpf_checked_on = Some(checked);
    }
    let de = print(&register, &options(Lang::De));
    assert_eq!(
        dpf(&de, example::CISCO),
        "als zertifiziert erfasst, geprüft am 02.03.2026"
    );
    for p in register.parties.iter_mut() {
        p.dpf_certified = false;
    }
    let en = print(&register, &options(Lang::En));
    assert_eq!(
        dpf(&en, example::CISCO),
        "not certified according to the DPF List checked on 2026-03-02",
        "a look-up without a certification is printed as such"
    );

    // A party seated in the EU that processes in the US (issue 18): the
    // certification applies to it; without US processing it does not.
    let cisco = register
        .parties
        .iter_mut()
        .find(|p| p.key == example::CISCO)
        .expect("cisco");
    cisco.country = Some("DE".into());
    cisco.processing_countries = vec!["US".into()];
    cisco.dpf_certified = true;
    let de = print(&register, &options(Lang::De));
    assert_eq!(
        dpf(&de, example::CISCO),
        "als zertifiziert erfasst, geprüft am 02.03.2026"
    );
    let countries = entries(&de, SectionKind::Parties)
        .iter()
        .find(|e| e.key == example::CISCO)
        .and_then(|e| {
            e.items
                .iter()
                .find(|i| i.label == "Weitere Verarbeitungsländer")
        })
        .expect("the parties annex prints the other countries of processing")
        .value
        .plain(Lang::De, "\n");
    assert_eq!(countries, "Vereinigte Staaten");
    let cisco = register
        .parties
        .iter_mut()
        .find(|p| p.key == example::CISCO)
        .expect("cisco");
    cisco.processing_countries.clear();
    let de = print(&register, &options(Lang::De));
    assert_eq!(
        dpf(&de, example::CISCO),
        "entfällt: nur für Empfänger mit Sitz oder Verarbeitung in den USA von Bedeutung"
    );
}

#[test]
fn an_adequacy_transfer_to_the_us_needs_the_recipient_recorded_as_certified() {
    let mut register = example::example_register();
    let teams = register
        .activities
        .iter_mut()
        .find(|a| a.key == example::TEAMS)
        .expect("the example has Teams");
    teams.transfers[0].mechanism = Some("art45".into());
    let documentation = |register: &Register| {
        let p = print(register, &options(Lang::De));
        activities(&p)
            .iter()
            .find(|e| e.key == example::TEAMS)
            .and_then(|e| {
                e.items
                    .iter()
                    .find(|i| i.label == "Dokumentation geeigneter Garantien")
            })
            .expect("the documentation item")
            .value
            .clone()
    };
    let uncertified = documentation(&register);
    assert!(
        uncertified.has_gap(),
        "Decision (EU) 2023/1795 covers certified organisations only: {uncertified:?}"
    );
    assert!(uncertified.plain(Lang::De, "\n").contains(
        "Zertifizierung des Empfängers nach dem EU-US Data Privacy Framework: nicht erfasst"
    ));
    for p in register.parties.iter_mut() {
        p.dpf_certified = true;
    }
    let certified = documentation(&register);
    assert!(!certified.has_gap(), "{certified:?}");
    assert!(certified
        .plain(Lang::De, "\n")
        .contains("Data Privacy Framework: als zertifiziert erfasst, Datum der Prüfung"));
}

/// Items of an entry by label, in either language.
fn item_value<'a>(e: &'a register_print::Entry, labels: &[&str]) -> &'a Value {
    &e.items
        .iter()
        .find(|i| labels.contains(&i.label.as_str()))
        .unwrap_or_else(|| panic!("{}: one of {labels:?}", e.key))
        .value
}

/// Each transfer's lines on its activity (or processor-record) page and its
/// row in the transfers annex say the same: mechanism, TIA and the
/// documentation of suitable safeguards, with the same marks. Returns how
/// many transfers were compared.
fn assert_transfers_agree(p: &register_print::RegisterPrint) -> usize {
    let lang = p.lang;
    let Some(Body::Table(annex)) = p.section(SectionKind::Transfers).map(|s| &s.body) else {
        panic!("a transfers annex");
    };
    let mut rows = annex.rows.iter();
    let mut compared = 0;
    let kinds = [SectionKind::Activities, SectionKind::ProcessorRecord];
    for kind in kinds.into_iter().filter(|k| p.section(*k).is_some()) {
        for e in entries(p, kind) {
            let transfers = item_value(
                e,
                &[
                    "Übermittlung an ein Drittland oder eine internationale Organisation",
                    "Transfers to a third country or an international organisation",
                ],
            );
            let Value::Text(transfers) = transfers else {
                continue;
            };
            let Value::Text(documentation) = item_value(
                e,
                &[
                    "Dokumentation geeigneter Garantien",
                    "Documentation of suitable safeguards",
                ],
            ) else {
                panic!("{}: a documentation line per transfer", e.key);
            };
            let Value::Text(tia) = item_value(
                e,
                &[
                    "Transfer Impact Assessment (TIA)",
                    "Transfer impact assessment (TIA)",
                ],
            ) else {
                panic!("{}: a TIA line per transfer", e.key);
            };
            assert_eq!(documentation.len(), transfers.len(), "{}", e.key);
            assert_eq!(tia.len(), transfers.len(), "{}", e.key);
            for i in 0..transfers.len() {
                let row = rows.next().expect("an annex row per transfer");
                let cell = |c: usize| row[c].plain(lang, "; ");
                assert!(cell(0).contains(&e.key), "rows follow the pages");
                let destination = match &row[1] {
                    Value::Text(_) => format!("{} – {}", cell(2), cell(1)),
                    _ => {
                        let word = labels(lang, "Empfänger", "recipient");
                        format!("{} ({word}: {})", cell(2), cell(1))
                    }
                };
                assert!(
                    transfers[i]
                        .plain(lang)
                        .starts_with(&format!("{destination} – {}", cell(3))),
                    "{}: mechanism of transfer {i}",
                    e.key
                );
                assert_eq!(
                    tia[i].plain(lang),
                    format!("{destination}: {}", cell(4)),
                    "{}: TIA of transfer {i}",
                    e.key
                );
                assert_eq!(
                    documentation[i].plain(lang),
                    format!("{destination}: {}", cell(5)),
                    "{}: documentation of transfer {i}",
                    e.key
                );
                assert_eq!(
                    documentation[i].has_gap(),
                    row[5].has_gap() || row[1].has_gap(),
                    "{}: a gap on the page is a gap in the annex",
                    e.key
                );
                assert_eq!(tia[i].has_gap(), row[4].has_gap() || row[1].has_gap());
                compared += 1;
            }
        }
    }
    compared
}

fn labels(lang: Lang, de: &'static str, en: &'static str) -> &'static str {
    match lang {
        Lang::De => de,
        Lang::En => en,
    }
}

#[test]
fn transfer_pages_and_the_transfers_annex_agree() {
    for lang in [Lang::De, Lang::En] {
        let example = example_print(lang);
        assert_eq!(
            assert_transfers_agree(&example),
            3,
            "the example's transfers"
        );
        let mut o = options(lang);
        o.processor_record = true;
        let rich = print(&rich_register(), &o);
        assert_eq!(
            assert_transfers_agree(&rich),
            5,
            "rich2.json: four activity transfers and one of the processor's record"
        );
        let gappy = print(&gappy_register(), &o);
        assert!(assert_transfers_agree(&gappy) >= 5);
    }
    // What the reviewer saw: the SCC transfers of the example documented on
    // the page and "none recorded" in the annex.
    let p = example_print(Lang::De);
    let Some(Body::Table(annex)) = p.section(SectionKind::Transfers).map(|s| &s.body) else {
        panic!("a transfers annex");
    };
    for row in &annex.rows {
        assert!(
            !matches!(row[5], Value::NotApplicable(_)),
            "a recorded mechanism is documented: {row:?}"
        );
    }
    let rich = print(&rich_register(), &options(Lang::De));
    let md = register_print::to_markdown(&rich);
    assert!(md.contains(
        "Indien – India Ltd: Dokumentation nach Art. 49 Abs. 6 DSGVO: Abwägung dokumentiert"
    ));
}

#[test]
fn every_missing_required_item_is_marked_as_missing() {
    let register = gappy_register();
    let mut o = options(Lang::De);
    o.processor_record = true;
    let p = print(&register, &o);
    // Nowhere is a gap spelt out as ordinary text.
    let mut marks = 0;
    for (place, v) in all_values(&p) {
        match v {
            Value::NotRecorded => marks += 1,
            Value::Text(lines) => {
                for span in lines.iter().flat_map(|l| &l.0) {
                    match span {
                        Span::Text(t) => assert!(
                            !t.contains("nicht erfasst"),
                            "{place}: a gap printed as plain text: {t}"
                        ),
                        Span::NotRecorded => marks += 1,
                        Span::NotApplicable(_) => {}
                    }
                }
            }
            Value::NotApplicable(_) => {}
        }
    }
    // Each item the register leaves open is marked where it is printed.
    let first = &register.activities[0].key;
    let find = |kind: SectionKind, key: &str, label: &str| -> &Value {
        let e = entries(&p, kind)
            .iter()
            .find(|e| e.key == key)
            .unwrap_or_else(|| panic!("{kind:?} {key}"));
        item_value(e, &[label])
    };
    let cover = |label: &str| {
        &p.cover
            .iter()
            .find(|i| i.label == label)
            .unwrap_or_else(|| panic!("cover item {label}"))
            .value
    };
    for label in [
        "Name und Kontaktdaten des Verantwortlichen",
        "Datenschutzbeauftragter",
    ] {
        assert!(cover(label).has_gap(), "cover: {label}: contact details");
    }
    for label in [
        "Gemeinsam Verantwortliche",
        "Rechtsgrundlage",
        "Kategorien von Empfängern (intern/extern)",
        "Übermittlung an ein Drittland oder eine internationale Organisation",
        "Dokumentation geeigneter Garantien",
        "Transfer Impact Assessment (TIA)",
        "Fristen für die Löschung (Löschfristen)",
        "Auftragsverarbeitungsvertrag (AVV)",
        "Datenschutz-Folgenabschätzung (DSFA)",
    ] {
        assert!(
            find(SectionKind::Activities, first, label).has_gap(),
            "activity {first}: {label}"
        );
    }
    let Value::Text(documentation) = find(
        SectionKind::Activities,
        first,
        "Dokumentation geeigneter Garantien",
    ) else {
        panic!("documentation lines");
    };
    let open: Vec<bool> = documentation.iter().map(|l| l.has_gap()).collect();
    assert_eq!(
        open,
        [true, false, true, true],
        "no mechanism; SCCs; Art. 49(6) assessment missing; DPF not recorded"
    );
    let Value::Text(tia) = find(
        SectionKind::Activities,
        first,
        "Transfer Impact Assessment (TIA)",
    ) else {
        panic!("TIA lines");
    };
    let open: Vec<bool> = tia.iter().map(|l| l.has_gap()).collect();
    assert_eq!(
        open,
        [true, true, false, false],
        "open without a mechanism and for SCCs; not applicable under Art. 49 or 45"
    );
    for label in [
        "Verantwortlicher, in dessen Auftrag verarbeitet wird",
        "Vertreter des Verantwortlichen (Art. 27 DSGVO)",
        "Datenschutzbeauftragter des Verantwortlichen",
        "Kategorien von Verarbeitungen",
        "Übermittlung an ein Drittland oder eine internationale Organisation",
        "Dokumentation geeigneter Garantien",
        "Transfer Impact Assessment (TIA)",
        "Technische und organisatorische Maßnahmen (TOM)",
    ] {
        assert!(
            find(SectionKind::ProcessorRecord, "av-1", label).has_gap(),
            "processor record: {label}"
        );
    }
    for label in [
        "Auftragsverarbeitungsvertrag (AVV)",
        "Unterauftragsverarbeiter",
    ] {
        assert!(
            find(SectionKind::Parties, example::CISCO, label).has_gap(),
            "Cisco: {label}"
        );
    }
    // Every renderer marks every one of them.
    let html = register_print::to_html(&p);
    assert_eq!(
        html.matches("<span class=\"nr\">nicht erfasst</span>")
            .count(),
        marks,
        "HTML: each gap in red"
    );
    assert_eq!(html.matches("nicht erfasst").count(), marks, "and no other");
    let md = register_print::to_markdown(&p);
    assert_eq!(md.matches("*nicht erfasst*").count(), marks, "Markdown");
    assert_eq!(md.matches("nicht erfasst").count(), marks);
    let pdf = register_print::to_pdf(&p).expect("inline marks typeset");
    assert!(squeeze(&pdf_text(&pdf)).contains(&squeeze("Garantie: nicht erfasst")));
}

/// A retention rule with a start but no period prints the start labelled, as
/// the notice does, not as a fragment ("ab Ende …; nur …").
#[test]
fn a_start_without_a_period_is_printed_with_its_label() {
    for (lang, label, fragment) in [
        (Lang::De, "Maßgeblicher Zeitpunkt: ", ": ab "),
        (Lang::En, "Relevant point in time: ", ": from "),
    ] {
        let p = example_print(lang);
        let lines: Vec<String> = activities(&p)
            .iter()
            .map(|e| {
                item_value(
                    e,
                    &[
                        "Fristen für die Löschung (Löschfristen)",
                        "Time limits for erasure",
                    ],
                )
                .plain(lang, "\n")
            })
            .collect();
        assert!(lines.iter().any(|l| l.contains(label)), "{lines:#?}");
        assert!(!lines.iter().any(|l| l.contains(fragment)), "{lines:#?}");
    }
}

/// Lit. e states the transfer a recipient's seat implies, even where the
/// activity records none: the print and the notice agree with the parties.
#[test]
fn a_recipient_in_a_third_country_is_a_transfer_in_lit_e() {
    let mut register = example::example_register();
    register.activities[0].transfers.clear();
    let print = print(&register, &options(Lang::De));
    let entry = &activities(&print)[0];
    let value = &entry
        .items
        .iter()
        .find(|i| i.label == "Übermittlung an ein Drittland oder eine internationale Organisation")
        .expect("lit. e")
        .value;
    let Value::Text(lines) = value else {
        panic!("a transfer is printed, not 'none': {value:?}");
    };
    let text = format!("{lines:?}");
    assert!(
        text.contains("Automattic") && text.contains("Vereinigte Staaten"),
        "{text}"
    );
}
