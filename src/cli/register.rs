//! `vvt register`: the register printed for a supervisory-authority inquiry
//! (Art. 30(4)) as PDF, XLSX, CSV, HTML or Markdown (docs/register-print.md).

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chrono::NaiveDate;
use clap::{Args, ValueEnum};
use vvt::register_print::{self, PrintOptions};
use vvt::{Error, Lang, Store};

use super::{errors, l};

#[derive(Args)]
pub struct RegisterArgs {
    /// Output format (default: from the extension of -o, else pdf).
    #[arg(long, value_enum)]
    format: Option<Format>,
    /// Only these activities, in this order (repeatable; retired ones may be
    /// named). Default: every active and draft activity.
    #[arg(long = "activity", value_name = "KEY")]
    activities: Vec<String>,
    /// Add the change history since this day as an annex.
    #[arg(long, value_name = "YYYY-MM-DD")]
    history_since: Option<NaiveDate>,
    /// Add the record of processing done as a processor (Art. 30(2)).
    #[arg(long)]
    processor_record: bool,
    /// CSV field separator (default: `;` for German, `,` for English, as Excel expects).
    #[arg(long, value_enum)]
    csv_separator: Option<Separator>,
    /// The date printed on the cover and in the footer (default: today).
    #[arg(long, value_name = "YYYY-MM-DD")]
    printed_on: Option<NaiveDate>,
    /// Write to this file instead of standard output (required for PDF and
    /// XLSX on a terminal).
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Pdf,
    Xlsx,
    Csv,
    Html,
    Md,
}

impl Format {
    fn from_path(path: &Path) -> Option<Format> {
        let ext = path.extension()?.to_string_lossy().to_ascii_lowercase();
        Some(match ext.as_str() {
            "pdf" => Format::Pdf,
            "xlsx" => Format::Xlsx,
            "csv" => Format::Csv,
            "html" | "htm" => Format::Html,
            "md" | "markdown" => Format::Md,
            _ => return None,
        })
    }

    fn binary(self) -> bool {
        matches!(self, Format::Pdf | Format::Xlsx)
    }
}

#[derive(Clone, Copy, ValueEnum)]
enum Separator {
    Semicolon,
    Comma,
}

pub fn run(store: &Store, args: RegisterArgs, lang: Lang) -> Result<ExitCode, Error> {
    let format = args
        .format
        .or_else(|| args.output.as_deref().and_then(Format::from_path))
        .unwrap_or(Format::Pdf);
    // Refuse binary output on a terminal before doing any work.
    if format.binary() && args.output.is_none() && std::io::stdout().is_terminal() {
        return Ok(errors::fail(
            lang,
            l(
                lang,
                "PDF- und XLSX-Dateien werden nicht ins Terminal geschrieben; verwenden Sie \
                 -o DATEI oder leiten Sie die Standardausgabe um",
                "PDF and XLSX are not written to a terminal; use -o FILE or redirect standard \
                 output",
            ),
        ));
    }
    let register = store.load()?;
    if !args.activities.is_empty() {
        register_print::check_selection(&register, &args.activities)?;
    }
    let options = PrintOptions {
        lang,
        activities: (!args.activities.is_empty()).then_some(args.activities),
        history_since: args.history_since,
        processor_record: args.processor_record,
        printed_on: args.printed_on.unwrap_or_else(vvt::clock::today),
    };
    let print = register_print::build(&register, store.catalogs(), &options);
    let bytes = match format {
        Format::Pdf => register_print::to_pdf(&print)?,
        Format::Xlsx => register_print::to_xlsx(&print)?,
        Format::Csv => match args.csv_separator {
            None => register_print::to_csv(&print),
            Some(Separator::Semicolon) => register_print::to_csv_with_separator(&print, ';'),
            Some(Separator::Comma) => register_print::to_csv_with_separator(&print, ','),
        }
        .into_bytes(),
        Format::Html => register_print::to_html(&print).into_bytes(),
        Format::Md => register_print::to_markdown(&print).into_bytes(),
    };
    match &args.output {
        Some(path) => super::write_output(path, store.path(), &bytes)?,
        None => super::write_stdout(&bytes)?,
    }
    Ok(ExitCode::SUCCESS)
}
