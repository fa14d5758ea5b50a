//! `vvt import csv` and `vvt import xlsx`: a register kept in a spreadsheet
//! added to the open register, checked as a whole first
//! (docs/import-table.md); and the empty template to fill in.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Args;
use vvt::import_table::{self, Reading};
use vvt::{ActivityStatus, Error, Lang, ProcessingActivity, Store};

use super::{errors, l, labels, write_output, write_stdout};

/// The file kinds a spreadsheet is imported from.
#[derive(Clone, Copy)]
pub enum TableKind {
    Csv,
    Xlsx,
}

#[derive(Args)]
pub struct CsvArgs {
    /// The file: a heading row, then one processing activity per row (an XLSX workbook: on the
    /// sheet "Verarbeitungstätigkeiten" / "Processing activities", else the first).
    #[arg(required_unless_present = "template", conflicts_with = "template")]
    file: Option<PathBuf>,
    /// Check the file and show what would be imported, without storing anything.
    #[arg(long)]
    dry_run: bool,
    /// Instead of importing, write the template: the heading row in the language of --lang.
    #[arg(long, conflicts_with = "dry_run")]
    template: bool,
    /// Write the template to this file instead of standard output.
    #[arg(short, long, value_name = "FILE", conflicts_with = "file")]
    output: Option<PathBuf>,
}

/// Writes the template. A workbook is binary: it is not written to a
/// terminal, as `vvt register` refuses it.
fn template(db: &Path, args: &CsvArgs, lang: Lang, kind: TableKind) -> Result<ExitCode, Error> {
    use std::io::IsTerminal;
    let bytes = match kind {
        TableKind::Csv => import_table::template(lang).into_bytes(),
        TableKind::Xlsx if args.output.is_none() && std::io::stdout().is_terminal() => {
            return Ok(errors::fail(
                lang,
                l(
                    lang,
                    "XLSX-Dateien werden nicht ins Terminal geschrieben; verwenden Sie -o DATEI \
                     oder leiten Sie die Standardausgabe um",
                    "XLSX is not written to a terminal; use -o FILE or redirect standard output",
                ),
            ));
        }
        TableKind::Xlsx => import_table::xlsx_template(lang)?,
    };
    match &args.output {
        Some(path) => write_output(path, db, &bytes)?,
        None => write_stdout(&bytes)?,
    }
    Ok(ExitCode::SUCCESS)
}

/// Writes the template, or reads the file and, when it has no errors,
/// stores its activities (in a dry run lists them). The register is opened
/// only for the import: asking for the template must not create one.
pub fn run(db: &Path, args: CsvArgs, lang: Lang, kind: TableKind) -> Result<ExitCode, Error> {
    let Some(file) = &args.file else {
        return template(db, &args, lang, kind);
    };
    // A dry run on a register not created yet checks against an empty one
    // and creates none; the import itself may start a new register.
    let mut store = if !args.dry_run {
        Store::create(db)?
    } else if db.exists() {
        Store::open(db)?
    } else {
        Store::open_in_memory()?
    };
    let reading = match kind {
        TableKind::Csv => import_table::read_file(file, &store)?,
        TableKind::Xlsx => import_table::read_xlsx_file(file, &store)?,
    };
    for heading in &reading.ignored_columns {
        let heading = heading_or_position(heading, lang);
        match lang {
            Lang::De => eprintln!("vvt: Hinweis: Spalte {heading} wird nicht übernommen"),
            Lang::En => eprintln!("vvt: note: column {heading} is not imported"),
        }
    }
    if !reading.errors.is_empty() {
        return Ok(refuse(&reading, lang));
    }
    let activities = &reading.activities;
    if args.dry_run {
        for a in activities {
            println!("{}", line(a, lang));
        }
        let count = count_activities(lang, activities.len());
        let status = statuses(activities, lang);
        let translated = translations(&reading, lang);
        match lang {
            Lang::De => println!(
                "Probelauf: {count} {} importiert {status}{translated}; nichts wurde gespeichert",
                if activities.len() == 1 {
                    "würde"
                } else {
                    "würden"
                }
            ),
            Lang::En => println!(
                "Dry run: {count} would be imported {status}{translated}; nothing was stored"
            ),
        }
        return Ok(ExitCode::SUCCESS);
    }
    import_table::store(&mut store, &reading)?;
    let count = count_activities(lang, activities.len());
    let status = statuses(activities, lang);
    let translated = translations(&reading, lang);
    match lang {
        Lang::De => println!("Importiert: {count} {status}{translated}"),
        Lang::En => println!("Imported: {count} {status}{translated}"),
    }
    Ok(ExitCode::SUCCESS)
}

/// ", mit 12 englischen Übersetzungen" when the file's English columns
/// give any, else nothing.
fn translations(reading: &Reading, lang: Lang) -> String {
    let n = reading.translations.len() as u64;
    match (n, lang) {
        (0, _) => String::new(),
        (_, Lang::De) => format!(
            ", mit {}",
            labels::count(n, "englischen Übersetzung", "englischen Übersetzungen")
        ),
        (_, Lang::En) => format!(
            ", with {}",
            labels::count(n, "English translation", "English translations")
        ),
    }
}

/// Every error on a line of its own, then one line saying nothing was stored.
fn refuse(reading: &Reading, lang: Lang) -> ExitCode {
    for e in &reading.errors {
        eprintln!("{}", e.message(lang));
    }
    let n = reading.errors.len() as u64;
    let counted = match (reading.more_errors, lang) {
        (true, Lang::De) => format!("mehr als {n} Fehler, die ersten {n} stehen oben"),
        (true, Lang::En) => format!("more than {n} errors, the first {n} are listed above"),
        (false, Lang::De) => labels::count(n, "Fehler", "Fehler"),
        (false, Lang::En) => labels::count(n, "error", "errors"),
    };
    errors::fail(
        lang,
        &match lang {
            Lang::De => format!(
                "die Datei wurde nicht importiert, das Verzeichnis ist unverändert ({counted})"
            ),
            Lang::En => {
                format!("the file was not imported, the register is unchanged ({counted})")
            }
        },
    )
}

/// An ignored column by its heading, or "(ohne Überschrift)" for one without.
fn heading_or_position(heading: &str, lang: Lang) -> String {
    match (heading.is_empty(), lang) {
        (true, _) => l(lang, "(ohne Überschrift)", "(without heading)").to_owned(),
        (false, Lang::De) => format!("„{heading}“"),
        (false, Lang::En) => format!("'{heading}'"),
    }
}

/// "VT-004  Bewerbermanagement  (Entwurf; 2 Zwecke, …)".
fn line(a: &ProcessingActivity, lang: Lang) -> String {
    let n = |len: usize| len as u64;
    let parts = match lang {
        Lang::De => [
            labels::count(n(a.purposes.len()), "Zweck", "Zwecke"),
            labels::count(
                n(a.data_subjects.len()),
                "Gruppe Betroffener",
                "Gruppen Betroffener",
            ),
            labels::count(
                n(a.data_categories.len()),
                "Datenkategorie",
                "Datenkategorien",
            ),
            labels::count(n(a.recipients.len()), "Empfänger", "Empfänger"),
            labels::count(n(a.transfers.len()), "Drittland", "Drittländer"),
        ],
        Lang::En => [
            labels::count(n(a.purposes.len()), "purpose", "purposes"),
            labels::count(
                n(a.data_subjects.len()),
                "group of data subjects",
                "groups of data subjects",
            ),
            labels::count(
                n(a.data_categories.len()),
                "data category",
                "data categories",
            ),
            labels::count(n(a.recipients.len()), "recipient", "recipients"),
            labels::count(n(a.transfers.len()), "third country", "third countries"),
        ],
    };
    format!(
        "{}  {}  ({}; {})",
        a.key,
        a.name,
        a.status.label(lang),
        parts.join(", ")
    )
}

/// "(als Entwurf)" when every activity is a draft, which is the rule;
/// otherwise how many have each status.
fn statuses(activities: &[ProcessingActivity], lang: Lang) -> String {
    if activities.iter().all(|a| a.status == ActivityStatus::Draft) {
        return l(lang, "(als Entwurf)", "(as drafts)").to_owned();
    }
    let counts: Vec<String> = ActivityStatus::ALL
        .into_iter()
        .filter_map(|s| {
            let n = activities.iter().filter(|a| a.status == s).count();
            let label = match lang {
                Lang::De => s.label(lang).to_owned(),
                Lang::En => s.label(lang).to_lowercase(),
            };
            (n > 0).then(|| format!("{n} {label}"))
        })
        .collect();
    format!("({}: {})", l(lang, "Status", "status"), counts.join(", "))
}

fn count_activities(lang: Lang, n: usize) -> String {
    let n = n as u64;
    match lang {
        Lang::De => labels::count(n, "Verarbeitungstätigkeit", "Verarbeitungstätigkeiten"),
        Lang::En => labels::count(n, "processing activity", "processing activities"),
    }
}
