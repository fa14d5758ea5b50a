//! The file formats the register print is written in, and the one dispatch
//! from a format to its renderer: `vvt register --format` and the app's
//! export dialog must write the same bytes for the same format.

use std::path::Path;

use serde::{Deserialize, Serialize};

use super::RegisterPrint;
use super::{
    to_csv, to_csv_with_separator, to_docx, to_html, to_markdown, to_pdf_with_progress, to_xlsx,
    write_pdf,
};
use crate::Result;

// `clap::ValueEnum` gives the CLI's `--format` its values from this list;
// clap is a dependency of this package for the CLI anyway, and knows no
// window. The variants carry no doc comments: clap would print them as help
// per value, and ts-rs into the UI's bindings.
/// A register export format (the CLI's `vvt register --format`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, clap::ValueEnum)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "lowercase")]
pub enum RegisterFormat {
    Pdf,
    Xlsx,
    Csv,
    Html,
    Docx,
    // Markdown is for the CLI only: the app's export dialog does not offer
    // it, so the app neither accepts nor declares it.
    #[serde(skip)]
    #[cfg_attr(feature = "ts", ts(skip))]
    Md,
}

impl RegisterFormat {
    /// The format a file name's extension names, e.g. `register.xlsx`.
    pub fn from_path(path: &Path) -> Option<RegisterFormat> {
        let ext = path.extension()?.to_string_lossy().to_ascii_lowercase();
        Some(match ext.as_str() {
            "pdf" => RegisterFormat::Pdf,
            "xlsx" => RegisterFormat::Xlsx,
            "csv" => RegisterFormat::Csv,
            "html" | "htm" => RegisterFormat::Html,
            "docx" => RegisterFormat::Docx,
            "md" | "markdown" => RegisterFormat::Md,
            _ => return None,
        })
    }

    /// The file name extension of the format, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            RegisterFormat::Pdf => "pdf",
            RegisterFormat::Xlsx => "xlsx",
            RegisterFormat::Csv => "csv",
            RegisterFormat::Html => "html",
            RegisterFormat::Docx => "docx",
            RegisterFormat::Md => "md",
        }
    }

    /// Whether the format is binary, not text to show in a terminal.
    pub fn is_binary(self) -> bool {
        matches!(
            self,
            RegisterFormat::Pdf | RegisterFormat::Xlsx | RegisterFormat::Docx
        )
    }
}

/// [`render_as`] written to `out`; a PDF goes to `out` while its parts are
/// joined, without the whole file in memory ([`super::write_pdf`]).
pub fn write_as(
    print: &RegisterPrint,
    format: RegisterFormat,
    csv_separator: Option<char>,
    progress: &mut dyn FnMut(usize, usize),
    out: &mut dyn std::io::Write,
) -> Result<()> {
    if format == RegisterFormat::Pdf {
        return write_pdf(print, progress, out);
    }
    let bytes = render_as(print, format, csv_separator, progress)?;
    out.write_all(&bytes)
        .map_err(|e| crate::Error::io("cannot write the register print", e))
}

/// `print` written in `format`. A CSV is separated by `csv_separator`, by
/// default the one Excel expects in the print's language ([`to_csv`]); a PDF
/// tells `progress(done, total)` after each typeset part.
pub fn render_as(
    print: &RegisterPrint,
    format: RegisterFormat,
    csv_separator: Option<char>,
    progress: &mut dyn FnMut(usize, usize),
) -> Result<Vec<u8>> {
    Ok(match format {
        RegisterFormat::Pdf => to_pdf_with_progress(print, progress)?,
        RegisterFormat::Xlsx => to_xlsx(print)?,
        RegisterFormat::Csv => match csv_separator {
            None => to_csv(print),
            Some(separator) => to_csv_with_separator(print, separator),
        }
        .into_bytes(),
        RegisterFormat::Html => to_html(print).into_bytes(),
        RegisterFormat::Docx => to_docx(print)?,
        RegisterFormat::Md => to_markdown(print).into_bytes(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const ALL: [RegisterFormat; 6] = [
        RegisterFormat::Pdf,
        RegisterFormat::Xlsx,
        RegisterFormat::Csv,
        RegisterFormat::Html,
        RegisterFormat::Docx,
        RegisterFormat::Md,
    ];

    #[test]
    fn a_file_name_names_its_format() {
        for format in ALL {
            let name = format!("verzeichnis.{}", format.extension());
            assert_eq!(
                RegisterFormat::from_path(Path::new(&name)),
                Some(format),
                "`vvt register -o {name}` writes what the name says"
            );
        }
        assert_eq!(
            RegisterFormat::from_path(Path::new("Verzeichnis.HTM")),
            Some(RegisterFormat::Html)
        );
        assert_eq!(
            RegisterFormat::from_path(Path::new("notes.markdown")),
            Some(RegisterFormat::Md)
        );
        assert_eq!(
            RegisterFormat::from_path(Path::new("verzeichnis.txt")),
            None
        );
        assert_eq!(RegisterFormat::from_path(Path::new("verzeichnis")), None);
    }

    #[test]
    fn the_cli_offers_every_format_and_the_app_all_but_markdown() {
        for format in ALL {
            let name = format.extension();
            assert_eq!(
                clap::ValueEnum::from_str(name, false).ok(),
                Some(format),
                "`vvt register --format {name}`"
            );
            let sent = serde_json::from_value::<RegisterFormat>(serde_json::json!(name)).ok();
            let offered = format != RegisterFormat::Md;
            assert_eq!(
                sent,
                offered.then_some(format),
                "the app's export dialog sends {name:?}: accepted only when offered"
            );
        }
    }
}
