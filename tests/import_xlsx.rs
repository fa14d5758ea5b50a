//! `vvt import xlsx`: the register kept in an Excel workbook, read by the
//! rules of the CSV import (docs/import-table.md), each error at its sheet,
//! row and column; and the register print's own workbook read back as far
//! as its columns go.

use std::path::Path;
use std::process::{Command, Output};

use rust_xlsxwriter::Workbook;
use vvt::import_table::{self, Problem, Reading};
use vvt::register_print::{self, PrintOptions};
use vvt::*;

use crate::common;

/// A workbook with one sheet `name` holding `rows` (the first the headings).
fn workbook(name: &str, rows: &[&[&str]]) -> Vec<u8> {
    let mut wb = Workbook::new();
    let sheet = wb.add_worksheet();
    sheet.set_name(name).expect("a sheet name");
    for (r, row) in rows.iter().enumerate() {
        for (c, cell) in row.iter().enumerate() {
            sheet
                .write_string(r as u32, c as u16, *cell)
                .expect("a cell");
        }
    }
    wb.save_to_buffer().expect("the workbook is written")
}

fn read(store: &Store, bytes: &[u8]) -> Reading {
    import_table::read_xlsx(bytes, store).expect("the register can be read")
}

#[test]
fn the_registers_own_workbook_reads_back_as_far_as_its_columns_go() {
    let mut source = common::store();
    source.load_example().expect("example");
    let register = source.load().expect("load");
    let options = PrintOptions::new(Lang::De, common::date(2026, 12, 7));
    let print = register_print::build(&register, source.catalogs(), &options);
    let bytes = register_print::to_xlsx(&print).expect("the print's workbook");

    let mut target = common::store();
    let reading = read(&target, &bytes);
    assert!(
        reading.errors.is_empty(),
        "the print reads without errors: {:?}",
        reading.errors
    );
    assert!(
        reading
            .ignored_columns
            .iter()
            .any(|c| c == "Rechtsgrundlage"),
        "columns printed for a reader are named as not imported"
    );
    import_table::store(&mut target, &reading).expect("stored");
    for a in &register.activities {
        let b = target
            .activity(&a.key)
            .unwrap_or_else(|_| panic!("{} is imported under its key", a.key));
        assert_eq!(b.name, a.name);
        assert_eq!(b.status, a.status, "{}: the status", a.key);
        assert_eq!(b.department, a.department, "{}", a.key);
        assert_eq!(b.contact_person, a.contact_person, "{}", a.key);
        assert_eq!(b.description, a.description, "{}", a.key);
        let purposes = |x: &ProcessingActivity| {
            x.purposes
                .iter()
                .map(|p| p.description.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(purposes(&b), purposes(a), "{}: purposes, unnumbered", a.key);
        assert_eq!(b.data_subjects, a.data_subjects, "{}: data subjects", a.key);
        assert_eq!(
            b.data_subject_groups, a.data_subject_groups,
            "{}: the catalog groups from their own line",
            a.key
        );
        assert!(
            b.data_categories.is_empty() && b.recipients.is_empty() && b.transfers.is_empty(),
            "{}: what the print words for a reader is not read",
            a.key
        );
    }
}

#[test]
fn every_error_names_sheet_row_and_column_in_both_languages() {
    let store = common::store();
    let bytes = workbook(
        "Tabelle1",
        &[
            &["Bezeichnung", "Status", "Zwecke", "Rechtsgrundlagen"],
            &["Gut", "Aktiv", "Zweck", "Art. 6 Abs. 1 lit. b DSGVO"],
            &["Schlecht", "fertig", "Zweck", "Art. 99 DSGVO"],
        ],
    );
    let r = read(&store, &bytes);
    assert!(r.activities.is_empty(), "nothing from a file with errors");
    let de: Vec<String> = r.errors.iter().map(|e| e.message(Lang::De)).collect();
    let en: Vec<String> = r.errors.iter().map(|e| e.message(Lang::En)).collect();
    assert_eq!(
        de,
        [
            "Blatt „Tabelle1“, Zeile 3, Spalte „Status“: unbekannter Status „fertig“ (Entwurf, Aktiv oder Außer Betrieb)",
            "Blatt „Tabelle1“, Zeile 3, Spalte „Rechtsgrundlagen“: unbekannte Rechtsgrundlage „Art. 99 DSGVO“",
        ]
    );
    assert!(
        en[0].starts_with("sheet 'Tabelle1', row 3, column 'Status': unknown status 'fertig'"),
        "{en:?}"
    );
}

#[test]
fn the_sheet_named_like_the_templates_is_read_before_the_first() {
    let mut wb = Workbook::new();
    wb.add_worksheet()
        .set_name("Notizen")
        .expect("name")
        .write_string(0, 0, "nur Notizen")
        .expect("cell");
    let sheet = wb.add_worksheet();
    sheet.set_name("Processing activities").expect("name");
    sheet.write_string(0, 0, "Name").expect("cell");
    sheet.write_string(1, 0, "Payroll").expect("cell");
    let bytes = wb.save_to_buffer().expect("written");
    let r = read(&common::store(), &bytes);
    assert!(r.errors.is_empty(), "{:?}", r.errors);
    assert_eq!(r.activities[0].name, "Payroll");
}

#[test]
fn a_file_that_is_no_workbook_is_refused_with_a_clear_reason() {
    let r = read(&common::store(), b"Bezeichnung;Zwecke\nx;y\n");
    assert!(matches!(r.errors[0].problem, Problem::NotAWorkbook(_)));
    assert!(
        r.errors[0]
            .message(Lang::De)
            .starts_with("die Datei ist keine lesbare Excel-Arbeitsmappe (XLSX)"),
        "{}",
        r.errors[0].message(Lang::De)
    );
}

#[test]
fn the_template_workbook_holds_every_heading_and_nothing_to_import() {
    for lang in [Lang::De, Lang::En] {
        let bytes = import_table::xlsx_template(lang).expect("the template");
        let r = read(&common::store(), &bytes);
        assert!(r.ignored_columns.is_empty(), "every heading is understood");
        assert!(
            matches!(r.errors[0].problem, Problem::NoDataRows),
            "an empty template imports nothing and says so"
        );
    }
}

fn vvt(db: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_vvt"))
        .arg("--db")
        .arg(db)
        .args(args)
        .env("USER", "cli-test")
        .env_remove("VVT_LANG")
        .output()
        .expect("the vvt binary runs")
}

#[test]
fn a_dry_run_leaves_the_register_unchanged_and_the_import_adds() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("register.vvt");
    assert!(vvt(&db, &["example"]).status.success());
    let export = |db: &Path| vvt(db, &["export", "json"]).stdout;
    let before = export(&db);
    let file = dir.path().join("neu.xlsx");
    std::fs::write(
        &file,
        workbook(
            "Verarbeitungstätigkeiten",
            &[&["Bezeichnung", "Zwecke"], &["Reisekosten", "Abrechnung"]],
        ),
    )
    .expect("written");
    let path = file.to_str().expect("UTF-8 path");
    let out = vvt(&db, &["import", "xlsx", "--dry-run", path]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("Reisekosten"));
    assert_eq!(export(&db), before, "a dry run stores nothing");
    let out = vvt(&db, &["import", "xlsx", path]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_ne!(export(&db), before, "the import adds the activity");
    let bad = dir.path().join("kaputt.xlsx");
    std::fs::write(&bad, b"kein zip").expect("written");
    let after = export(&db);
    let out = vvt(&db, &["import", "xlsx", bad.to_str().expect("path")]);
    assert_eq!(out.status.code(), Some(1), "a malformed file is refused");
    assert!(String::from_utf8_lossy(&out.stderr).contains("keine lesbare Excel-Arbeitsmappe"));
    assert_eq!(export(&db), after, "and changes nothing");
}
