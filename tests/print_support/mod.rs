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

pub fn print(register: &Register, options: &PrintOptions) -> RegisterPrint {
    register_print::build(register, &catalogs(), options)
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

/// Every text line of an activity's items.
pub fn lines(e: &register_print::Entry) -> Vec<String> {
    e.items
        .iter()
        .flat_map(|i| match &i.value {
            Value::Text(lines) => lines.clone(),
            _ => Vec::new(),
        })
        .collect()
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
