//! `vvt translations` and `vvt translate`: the register's texts in English,
//! listed with their status and counts, and one translation set or cleared.

use std::process::ExitCode;

use clap::{Args, ValueEnum};
use vvt::{EntityKind, Error, Lang, Store, TranslationSummary};

use super::{errors::printable, l, print_json};

#[derive(Clone, Copy, ValueEnum)]
pub enum Format {
    Text,
    Json,
}

#[derive(Args)]
pub struct TranslationsArgs {
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
    /// Lists only the texts whose translation is missing or outdated (the
    /// counts stay complete).
    #[arg(long)]
    missing: bool,
}

#[derive(Args)]
pub struct TranslateArgs {
    /// The kind of record: organisation, activity, party, tom,
    /// processor_activity.
    #[arg(value_parser = parse_entity)]
    kind: EntityKind,
    /// The record's key (`organisation` for the header).
    key: String,
    /// The text's JSON path inside the record, as `vvt translations
    /// --format json` lists it, e.g. `purposes[0].description`.
    field: String,
    /// The English text.
    #[arg(required_unless_present = "clear", conflicts_with = "clear")]
    text: Option<String>,
    /// Removes the translation instead.
    #[arg(long)]
    clear: bool,
}

fn parse_entity(text: &str) -> Result<EntityKind, String> {
    EntityKind::from_code(text).ok_or_else(|| {
        format!("'{text}' is no kind of record (organisation, activity, party, tom, processor_activity)")
    })
}

pub fn list(store: &Store, args: TranslationsArgs, lang: Lang) -> Result<ExitCode, Error> {
    let summary = store.translation_summary(lang, args.missing)?;
    match args.format {
        Format::Json => print_json(&summary)?,
        Format::Text => print!("{}", text(&summary, lang)),
    }
    Ok(ExitCode::SUCCESS)
}

/// The list as text: one block per text, then the counts.
fn text(summary: &TranslationSummary, lang: Lang) -> String {
    let mut out = String::new();
    for t in &summary.entries {
        out.push_str(&format!(
            "{}  [{}]\n  {} {} {}\n  de: {}\n",
            printable(&t.label),
            t.status.label(lang),
            t.entity.code(),
            printable(&t.key),
            printable(&t.field),
            printable(&t.source),
        ));
        if let Some(en) = &t.translation {
            out.push_str(&format!("  en: {}\n", printable(en)));
        }
        out.push('\n');
    }
    out.push_str(&format!(
        "{}: {} {}, {} {}, {} {}\n",
        l(
            lang,
            "Übersetzung ins Englische",
            "Translation into English"
        ),
        summary.current,
        l(lang, "übersetzt", "translated"),
        summary.missing,
        l(lang, "fehlen", "missing"),
        summary.outdated,
        l(lang, "veraltet", "outdated"),
    ));
    out
}

pub fn set(store: &mut Store, args: TranslateArgs, lang: Lang) -> Result<ExitCode, Error> {
    match args.text {
        Some(text) if !args.clear => {
            let t = store.set_translation(args.kind, &args.key, &args.field, &text, lang)?;
            println!(
                "{}: {}",
                l(lang, "Übersetzt", "Translated"),
                printable(&t.label)
            );
        }
        _ => {
            store.clear_translation(args.kind, &args.key, &args.field)?;
            println!(
                "{}: {} {} {}",
                l(lang, "Übersetzung entfernt", "Translation removed"),
                args.kind.code(),
                printable(&args.key),
                printable(&args.field)
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}
