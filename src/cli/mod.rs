//! Argument parsing and dispatch of the `vvt` subcommands.

mod backup;
mod catalog;
mod check;
mod errors;
mod import_csv;
mod labels;
mod notice;
mod register;
mod setup;
mod show;
mod translate;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use vvt::{interchange, paths, Error, Lang, Store};

/// The environment variable that sets the language when `--lang` is not given.
const LANG_ENV: &str = "VVT_LANG";

#[derive(Parser)]
#[command(
    name = "vvt",
    version,
    about = "VVT, the record of processing activities (Art. 30 GDPR): keep the register, check it, \
             and produce the privacy notice and the register print",
    long_about = None
)]
struct Cli {
    /// The register file. Defaults to the file the desktop app opens.
    #[arg(long, global = true, env = paths::DB_ENV, value_name = "PATH")]
    db: Option<PathBuf>,

    /// Language of the output, the documents and every message (help and
    /// argument errors stay English).
    #[arg(
        long,
        global = true,
        env = LANG_ENV,
        value_enum,
        ignore_case = true,
        default_value_t = LangArg::De
    )]
    lang: LangArg,

    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Create the register file (or bring an existing one up to date) and show what it holds.
    Init,
    /// Load the example register: the online-meetings notice of the seed document.
    Example {
        /// Instead, generate a synthetic register with this many activities (for load tests).
        #[arg(long, value_name = "N")]
        synthetic: Option<usize>,
        /// Seed of the synthetic register; the same seed gives the same register.
        #[arg(long, default_value_t = 1, requires = "synthetic")]
        seed: u64,
    },
    /// List the processing activities.
    List {
        #[arg(long, value_enum, default_value_t = ListFormat::Table)]
        format: ListFormat,
        /// Only activities mentioning all these words (name, purposes, data, recipients …).
        #[arg(long, value_name = "TEXT")]
        search: Option<String>,
        /// Only activities with this status (draft, active, retired).
        #[arg(long, value_parser = parse_status)]
        status: Option<vvt::ActivityStatus>,
        /// Only activities with a purpose resting on this legal basis, e.g. art6-1-f.
        #[arg(long, value_name = "CODE")]
        legal_basis: Option<String>,
        /// Only activities with third-country transfers.
        #[arg(long)]
        with_transfers: bool,
        /// Only activities whose next review is due by this date (YYYY-MM-DD).
        #[arg(long, value_name = "DATE")]
        review_due_by: Option<chrono::NaiveDate>,
    },
    /// Show one processing activity with all its parts.
    Show {
        /// The activity's key, e.g. `meetings-jitsi`.
        key: String,
        #[arg(long, value_enum, default_value_t = ShowFormat::Text)]
        format: ShowFormat,
    },
    /// Export the register.
    #[command(subcommand)]
    Export(Export),
    /// Import a register.
    #[command(subcommand)]
    Import(Import),
    /// Write a consistent copy of the register (by default into its backup folder).
    Backup {
        /// Write the copy to this file instead.
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
    },
    /// List the backups kept beside the register, newest first.
    Backups,
    /// Replace the register with a backup; the file is checked first and the current state is kept as a backup.
    Restore {
        /// The backup file to restore.
        file: PathBuf,
    },
    /// On a network drive: take over the register from a user who holds it but is gone (a
    /// crashed or switched-off machine). Says whose lock was taken over.
    TakeOver,
    /// Check the register against the GDPR; exits with 1 when any finding is an error.
    Check {
        #[arg(long, value_enum, default_value_t = check::Format::Text)]
        format: check::Format,
        /// Only findings on these activities, the parties they name and the header.
        #[arg(long = "activity", value_name = "KEY", num_args = 1..)]
        activities: Vec<String>,
    },
    /// List the reference catalogs (legal bases, countries, transfer mechanisms, supervisory
    /// authorities, DPIA threshold questions) with the source of each entry and the date it was
    /// checked.
    Catalog(catalog::CatalogArgs),
    /// Generate the public privacy notice (Art. 13/14 GDPR); publish it, list and compare versions.
    Notice(notice::NoticeArgs),
    /// Print the register for a supervisory-authority inquiry (Art. 30(4) GDPR): PDF, XLSX, CSV, HTML, Word (DOCX) or Markdown.
    Register(register::RegisterArgs),
    /// The register's texts in English: each text with its translation and
    /// status (missing, outdated, translated), and the counts.
    Translations(translate::TranslationsArgs),
    /// Records the English translation of one text of one record, or
    /// removes it (--clear).
    Translate(translate::TranslateArgs),
}

#[derive(Subcommand)]
enum Export {
    /// The whole register with its history as JSON (docs/register-format.md).
    Json {
        /// Write to this file instead of standard output.
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
    },
    /// The register as JSON-LD in the W3C Data Privacy Vocabulary (DPV 2.x), for tools that read
    /// processing records as linked data (docs/register-format.md).
    Dpv {
        /// Write to this file instead of standard output.
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
    },
}

#[derive(Subcommand)]
enum Import {
    /// Import a JSON register file into an empty register, or replace the content with --replace.
    Json {
        /// Replace everything in the register (including its history) with the file's content.
        #[arg(long)]
        replace: bool,
        /// The file to import.
        file: PathBuf,
    },
    /// Add one processing activity per row of a CSV file (a register kept in a spreadsheet,
    /// docs/import-table.md) to the register; or write the template with --template.
    Csv(import_csv::CsvArgs),
    /// Add one processing activity per row of an Excel workbook (XLSX) with the columns of the CSV
    /// import (docs/import-table.md); or write the template as a workbook with --template.
    Xlsx(import_csv::CsvArgs),
}

#[derive(Clone, Copy, ValueEnum)]
enum ListFormat {
    Table,
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
enum ShowFormat {
    Text,
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
enum LangArg {
    De,
    En,
}

impl From<LangArg> for Lang {
    fn from(l: LangArg) -> Lang {
        match l {
            LangArg::De => Lang::De,
            LangArg::En => Lang::En,
        }
    }
}

/// A text in the language of the command.
fn l<'a>(lang: Lang, de: &'a str, en: &'a str) -> &'a str {
    match lang {
        Lang::De => de,
        Lang::En => en,
    }
}

/// Parses the command line, runs the command and reports a failure in the
/// chosen language.
pub fn run() -> ExitCode {
    let cli = Cli::parse();
    let lang: Lang = cli.lang.into();
    let db = cli.db.unwrap_or_else(paths::default_register_path);
    match execute(cli.command, &db, lang) {
        Ok(code) => code,
        Err(e) => errors::fail(lang, &errors::describe(&e, lang)),
    }
}

fn execute(command: Command, db: &Path, lang: Lang) -> Result<ExitCode, Error> {
    // Listing and restoring backups must work when the register itself
    // cannot be opened; writing the CSV template needs no register.
    match &command {
        Command::Backups => {
            backup::list(db, lang)?;
            return Ok(ExitCode::SUCCESS);
        }
        Command::Restore { file } => {
            backup::restore(db, file, lang)?;
            return Ok(ExitCode::SUCCESS);
        }
        _ => {}
    }
    if let Command::Import(Import::Csv(args)) = command {
        return import_csv::run(db, args, lang, import_csv::TableKind::Csv);
    }
    if let Command::Import(Import::Xlsx(args)) = command {
        return import_csv::run(db, args, lang, import_csv::TableKind::Xlsx);
    }
    // The catalogs are the program's reference data: listing them needs no
    // register, and creates none.
    if let Command::Catalog(args) = command {
        let store = if db.exists() {
            Store::open(db)?
        } else {
            Store::open_in_memory()?
        };
        catalog::run(&store, args, lang)?;
        return Ok(ExitCode::SUCCESS);
    }
    // Only these create a register where there is none; every other
    // command on a missing file is refused, never given an empty register.
    let creates = matches!(
        command,
        Command::Init | Command::Example { .. } | Command::Import(Import::Json { .. })
    );
    let mut store = if creates {
        Store::create(db)?
    } else {
        Store::open(db)?
    };
    match command {
        Command::Init => setup::init(&store, lang)?,
        Command::Example { synthetic, seed } => {
            return setup::example(&mut store, synthetic, seed, lang)
        }
        Command::List {
            format,
            search,
            status,
            legal_basis,
            with_transfers,
            review_due_by,
        } => {
            let items = store.find_activities(&vvt::ActivityFilter {
                text: search,
                status,
                legal_basis,
                has_transfer: with_transfers.then_some(true),
                review_due_by,
            })?;
            match format {
                ListFormat::Json => print_json(&items)?,
                ListFormat::Table => print!("{}", show::table(&items, lang)),
            }
        }
        Command::Show { key, format } => {
            let activity = store.activity(&key)?;
            match format {
                ShowFormat::Json => print_json(&activity)?,
                ShowFormat::Text => {
                    let register = store.load()?;
                    print!(
                        "{}",
                        show::activity(&activity, &register, store.catalogs(), lang)
                    );
                }
            }
        }
        Command::Export(Export::Json { output }) => {
            let text = interchange::to_json(&store.load()?)?;
            match output {
                Some(path) => write_output(&path, db, text.as_bytes())?,
                None => write_stdout(text.as_bytes())?,
            }
        }
        Command::Export(Export::Dpv { output }) => {
            let text = vvt::dpv::to_dpv(&store.load()?, store.catalogs())?;
            match output {
                Some(path) => write_output(&path, db, text.as_bytes())?,
                None => write_stdout(text.as_bytes())?,
            }
        }
        Command::Backup { output } => backup::backup(&store, output, lang)?,
        Command::TakeOver => match store.read_only_by().map(|h| h.describe()) {
            Some(holder) => {
                store.take_over()?;
                println!(
                    "{} {}",
                    l(lang, "Übernommen von", "Taken over from"),
                    errors::printable(&holder)
                );
            }
            None => println!(
                "{}",
                l(
                    lang,
                    "Niemand sonst bearbeitet das Verzeichnis.",
                    "Nobody else edits the register."
                )
            ),
        },
        Command::Backups
        | Command::Restore { .. }
        | Command::Import(Import::Csv(_))
        | Command::Import(Import::Xlsx(_))
        | Command::Catalog(_) => {}
        Command::Import(Import::Json { replace, file }) => {
            return setup::import(&mut store, &file, replace, lang)
        }
        Command::Check { format, activities } => {
            return check::run(&store, format, &activities, lang)
        }
        Command::Notice(args) => return notice::run(&mut store, args, lang),
        Command::Register(args) => return register::run(&store, args, lang),
        Command::Translations(args) => return translate::list(&store, args, lang),
        Command::Translate(args) => return translate::set(&mut store, args, lang),
    }
    Ok(ExitCode::SUCCESS)
}

fn write_stdout(bytes: &[u8]) -> Result<(), Error> {
    std::io::stdout()
        .write_all(bytes)
        .map_err(|e| Error::io("cannot write to standard output", e))
}

fn parse_status(text: &str) -> Result<vvt::ActivityStatus, String> {
    vvt::ActivityStatus::from_code(text)
        .ok_or_else(|| format!("'{text}' is no status (draft, active, retired)"))
}

fn print_json<T: serde::Serialize>(value: &T) -> Result<(), Error> {
    let text = serde_json::to_string_pretty(value)
        .map_err(|e| Error::render("JSON", format!("cannot write JSON: {e}")))?;
    println!("{text}");
    Ok(())
}

/// Writes a `-o` output file for the register at `register`: refused when the
/// path is the register, its side files or its backups
/// ([`vvt::paths::ensure_not_register`]), then written as
/// [`vvt::paths::write_atomically`] does. The CLI's outputs all go through it.
pub(crate) fn write_output(path: &Path, register: &Path, bytes: &[u8]) -> Result<(), Error> {
    paths::ensure_not_register(path, register)?;
    paths::write_atomically(path, bytes)
}
