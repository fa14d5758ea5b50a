//! `vvt register`: the register printed for a supervisory-authority inquiry
//! (Art. 30(4)) as PDF, XLSX, CSV, HTML, Word (DOCX) or Markdown
//! (docs/register-print.md).

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

use chrono::NaiveDate;
use clap::{Args, ValueEnum};
use vvt::register_print::{self, PrintOptions, RegisterFormat};
use vvt::{Error, Lang, Store};

use super::{errors, l};

#[derive(Args)]
pub struct RegisterArgs {
    /// Output format (default: from the extension of -o, else pdf).
    #[arg(long, value_enum)]
    format: Option<RegisterFormat>,
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

#[derive(Clone, Copy, ValueEnum)]
enum Separator {
    Semicolon,
    Comma,
}

pub fn run(store: &Store, args: RegisterArgs, lang: Lang) -> Result<ExitCode, Error> {
    let format = args
        .format
        .or_else(|| args.output.as_deref().and_then(RegisterFormat::from_path))
        .unwrap_or(RegisterFormat::Pdf);
    // Refuse binary output on a terminal before doing any work.
    if format.is_binary() && args.output.is_none() && std::io::stdout().is_terminal() {
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
    let separator = args.csv_separator.map(|separator| match separator {
        Separator::Semicolon => ';',
        Separator::Comma => ',',
    });
    // Written as it is made: the PDF of a large register is not held in
    // memory as a whole.
    let write = |out: &mut dyn std::io::Write| {
        register_print::write_as(&print, format, separator, &mut |_, _| {}, out)
    };
    match &args.output {
        Some(path) => {
            vvt::paths::ensure_not_register(path, store.path())?;
            vvt::paths::write_atomically_with(path, write)?;
        }
        None => {
            let stdout = std::io::stdout();
            let mut out = std::io::BufWriter::new(stdout.lock());
            write(&mut out)?;
            std::io::Write::flush(&mut out)
                .map_err(|e| Error::io("cannot write to standard output", e))?;
        }
    }
    Ok(ExitCode::SUCCESS)
}
