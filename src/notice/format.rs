//! The file formats a notice is written in, and the one dispatch from a
//! format to its renderer: `vvt notice --format` and the app's export offer
//! the same formats and must write the same bytes for each.

use serde::{Deserialize, Serialize};

use super::{render_docx, render_html, render_markdown, render_pdf, Notice};
use crate::Result;

// `clap::ValueEnum` gives the CLI's `--format` its values from this list;
// clap is a dependency of this package for the CLI anyway, and knows no
// window. The variants carry no doc comments: clap would print them as help
// per value, and ts-rs into the UI's bindings.
/// A notice file format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, clap::ValueEnum)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "lowercase")]
pub enum NoticeFormat {
    Html,
    Md,
    Pdf,
    Docx,
}

impl NoticeFormat {
    /// The file name extension of the format, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            NoticeFormat::Html => "html",
            NoticeFormat::Md => "md",
            NoticeFormat::Pdf => "pdf",
            NoticeFormat::Docx => "docx",
        }
    }

    /// Whether the format is binary, not text to show in a terminal.
    pub fn is_binary(self) -> bool {
        matches!(self, NoticeFormat::Pdf | NoticeFormat::Docx)
    }
}

/// `notice` written in `format`.
pub fn render_as(notice: &Notice, format: NoticeFormat) -> Result<Vec<u8>> {
    match format {
        NoticeFormat::Html => render_html(notice).map(String::into_bytes),
        NoticeFormat::Md => render_markdown(notice).map(String::into_bytes),
        NoticeFormat::Pdf => render_pdf(notice),
        NoticeFormat::Docx => render_docx(notice),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_ui_and_the_cli_name_the_formats_alike() {
        for (format, name) in [
            (NoticeFormat::Html, "html"),
            (NoticeFormat::Md, "md"),
            (NoticeFormat::Pdf, "pdf"),
            (NoticeFormat::Docx, "docx"),
        ] {
            assert_eq!(
                serde_json::to_value(format).unwrap(),
                serde_json::json!(name),
                "the app sends the format by this name"
            );
            assert_eq!(
                clap::ValueEnum::from_str(name, false).ok(),
                Some(format),
                "`vvt notice --format {name}` names the same format"
            );
            assert_eq!(format.extension(), name, "the file is saved as .{name}");
        }
    }
}
