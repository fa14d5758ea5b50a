//! Fixtures of the register-print tests: the example register, a register
//! whose texts need quoting and escaping everywhere, and the tools that read
//! a PDF back (poppler's pdftotext, qpdf).
#![allow(dead_code)]

use std::process::Command;

use chrono::NaiveDate;
use vvt::register_print::{self, Body, PrintOptions, RegisterPrint, SectionKind, Value};
use vvt::*;

pub fn printed_on() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 27).expect("valid date")
}

pub fn catalogs() -> Catalogs {
    Store::open_in_memory()
        .expect("an in-memory register opens")
        .catalogs()
        .clone()
}

pub fn options(lang: Lang) -> PrintOptions {
    PrintOptions::new(lang, printed_on())
}

/// The print of `register`; in English with each untranslated text kept as
/// written (`common::keep_texts`).
pub fn print(register: &Register, options: &PrintOptions) -> RegisterPrint {
    let register = match options.lang {
        Lang::En => crate::common::kept(register),
        Lang::De => register.clone(),
    };
    register_print::build(&register, &catalogs(), options)
}

pub fn example_print(lang: Lang) -> RegisterPrint {
    print(&example::example_register(), &options(lang))
}

/// The example register with texts that every output format must escape
/// or quote: separators, quotes, line breaks, umlauts and markup.
pub fn awkward_register() -> Register {
    let mut r = example::example_register();
    let a = &mut r.activities[0];
    a.name = "Bewerbungen; \"Initiativ\", intern <script>alert(1)</script>".into();
    a.department = Some("Personal, Recht & Compliance".into());
    a.contact_person = Some("Jürgen Ößmann".into());
    a.purposes[0].description = "Zeile eins\nZeile zwei mit #set page(width: 1cm) und $x$".into();
    a.description = Some("=HYPERLINK(\"http://böse.example\") *fett* _kursiv_ @ref <label>".into());
    r
}

/// The activity entries of a print.
pub fn activities(p: &RegisterPrint) -> &[register_print::Entry] {
    match p.section(SectionKind::Activities).map(|s| &s.body) {
        Some(Body::Entries(e)) => e,
        _ => panic!("the print has an activities section"),
    }
}

/// Every text line of an activity's items, as the German print spells it.
pub fn lines(e: &register_print::Entry) -> Vec<String> {
    e.items
        .iter()
        .flat_map(|i| match &i.value {
            Value::Text(lines) => lines.iter().map(|l| l.plain(Lang::De)).collect(),
            _ => Vec::new(),
        })
        .collect()
}

/// The entries of a section printed as entries.
pub fn entries(p: &RegisterPrint, kind: SectionKind) -> &[register_print::Entry] {
    match p.section(kind).map(|s| &s.body) {
        Some(Body::Entries(e)) => e,
        _ => panic!("the print has a {kind:?} section of entries"),
    }
}

/// Every value of the print with where it is printed: cover items, the
/// items of every entry, the cells of every table.
pub fn all_values(p: &RegisterPrint) -> Vec<(String, &Value)> {
    let mut values: Vec<(String, &Value)> = p
        .cover
        .iter()
        .map(|i| (format!("cover: {}", i.label), &i.value))
        .collect();
    for s in &p.sections {
        match &s.body {
            Body::Entries(entries) => {
                for e in entries {
                    for i in &e.items {
                        values.push((format!("{} / {}: {}", s.title, e.key, i.label), &i.value));
                    }
                }
            }
            Body::Table(t) => {
                for (r, row) in t.rows.iter().enumerate() {
                    for (c, v) in row.iter().enumerate() {
                        values.push((format!("{} row {r}: {}", s.title, t.columns[c]), v));
                    }
                }
            }
        }
    }
    values
}

/// The review's second test register (review-legal/rich2.json): a public
/// body with transfers under Art. 45 (a DPF-certified US party,
/// Switzerland), Art. 49(1) second subparagraph with its documentation,
/// SCCs with TIA and copy, and a processor-record transfer to India with
/// nothing recorded.
pub fn rich_register() -> Register {
    interchange::from_json(include_str!("rich2.json")).expect("rich2.json imports")
}

/// The example register with a gap in every place the print can show one:
/// contact details, legal basis, recipient, erasure periods, DPIA, the
/// transfers of every kind, agreements, sub-processors and a
/// processor-record entry with only its key.
pub fn gappy_register() -> Register {
    let mut r = example::example_register();
    let org = &mut r.organisation;
    org.controller.address = None;
    org.controller.email = None;
    org.controller.phone = None;
    org.controller.website = None;
    org.dpo = Some(Dpo {
        name: "Datenschutzbeauftragte".into(),
        ..Dpo::default()
    });
    org.joint_controllers = vec![JointController {
        name: "Partner GmbH".into(),
        ..JointController::default()
    }];
    let a = &mut r.activities[0];
    a.purposes[0].legal_bases.clear();
    a.purposes[0].legal_basis_note = None;
    a.data_categories[0].retention = None;
    a.data_categories[1].retention = Some(RetentionRule::default());
    a.recipients.push(Recipient {
        role: RecipientRole::IndependentController,
        ..Recipient::default()
    });
    a.recipients.push(Recipient {
        role: RecipientRole::Processor,
        party: Some(example::AUTOMATTIC.into()),
        ..Recipient::default()
    });
    a.dpia = Dpia {
        required: Some(true),
        // The analysis shows the derived result and only the "yes" answers.
        threshold: [
            ("art35-3-c", true),
            ("wp248-monitoring", true),
            ("wp248-large-scale", true),
            ("dsk-4", false),
        ]
        .into_iter()
        .map(|(code, met)| (code.to_owned(), met))
        .collect(),
        ..Dpia::default()
    };
    a.transfers = vec![
        Transfer {
            country: "IN".into(),
            ..Transfer::default()
        },
        Transfer {
            recipient: Some(example::MICROSOFT.into()),
            country: "US".into(),
            mechanism: Some("art46-2-c".into()),
            ..Transfer::default()
        },
        Transfer {
            recipient: Some(example::CISCO.into()),
            country: "US".into(),
            mechanism: Some("art49-1-2".into()),
            ..Transfer::default()
        },
        Transfer {
            recipient: Some(example::AUTOMATTIC.into()),
            country: "US".into(),
            mechanism: Some("art45".into()),
            ..Transfer::default()
        },
    ];
    let cisco = r
        .parties
        .iter_mut()
        .find(|p| p.key == example::CISCO)
        .expect("the example has Cisco");
    let agreement = cisco.agreement.get_or_insert_with(Default::default);
    agreement.signed_on = None;
    agreement.subprocessors = vec![SubProcessor {
        party: example::MICROSOFT.into(),
        ..SubProcessor::default()
    }];
    let mut entry = ProcessorActivity::new("av-1", "Hosting", "");
    entry.transfers = vec![Transfer {
        country: "IN".into(),
        ..Transfer::default()
    }];
    r.processor_activities.push(entry);
    r
}

/// The PDF's text as poppler reads it.
pub fn pdf_text(pdf: &[u8]) -> String {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("r.pdf");
    std::fs::write(&path, pdf).expect("write PDF");
    // -raw keeps the order typst wrote: a table cell's lines together,
    // label before value, and hyphens at line ends as they are.
    let out = Command::new("pdftotext")
        .arg("-raw")
        .arg("-enc")
        .arg("UTF-8")
        .arg(&path)
        .arg("-")
        .output()
        .expect("pdftotext runs (poppler-utils, see scripts/install-deps.sh)");
    assert!(out.status.success(), "pdftotext reads the PDF");
    String::from_utf8(out.stdout).expect("UTF-8 text")
}

/// Text compared without whitespace and quote marks: the PDF breaks lines
/// wherever the column ends and sets typographic quotes. The running footer
/// is dropped, since it interrupts a text that runs onto the next page.
pub fn squeeze(text: &str) -> String {
    text.lines()
        .filter(|l| !(l.contains(" · Seite ") && l.contains(" von ")))
        .filter(|l| !(l.contains(" · Page ") && l.contains(" of ")))
        .flat_map(str::chars)
        .filter(|c| !c.is_whitespace() && !"\"'„“”‚‘’".contains(*c))
        .collect()
}

/// `qpdf --check` on the PDF: its structure is sound.
pub fn qpdf_check(pdf: &[u8]) -> (bool, String) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("r.pdf");
    std::fs::write(&path, pdf).expect("write PDF");
    let out = Command::new("qpdf")
        .arg("--check")
        .arg(&path)
        .output()
        .expect("qpdf runs (see scripts/install-deps.sh)");
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    (out.status.success(), text)
}
