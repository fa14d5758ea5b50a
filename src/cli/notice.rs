//! `vvt notice`: the public privacy notice for a terminal or a script —
//! render it (missing Art. 13/14 items on stderr, exit 1 with `--strict`),
//! publish it as an immutable version, list versions and diff against one.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use chrono::NaiveDate;
use clap::{Args, Subcommand, ValueEnum};
use vvt::notice::{self, MissingItem, NoticeOptions};
use vvt::{Error, Lang, Store};

use super::LangArg;

#[derive(Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct NoticeArgs {
    #[command(subcommand)]
    command: Option<NoticeCommand>,
    #[command(flatten)]
    render: RenderArgs,
}

#[derive(Args)]
struct RenderArgs {
    /// Language of the notice.
    #[arg(long, value_enum, default_value_t = LangArg::De)]
    lang: LangArg,
    #[arg(long, value_enum, default_value_t = Format::Html)]
    format: Format,
    /// Only these activities, in this order (repeatable; drafts may be named).
    /// Default: every active activity.
    #[arg(long = "activity", value_name = "KEY", num_args = 1..)]
    activities: Vec<String>,
    /// Exit with 1 when any Art. 13/14 item is missing.
    #[arg(long)]
    strict: bool,
    /// Write to this file instead of standard output (required for PDF on a terminal).
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// The date printed as "Stand" (default: today).
    #[arg(long, value_name = "YYYY-MM-DD")]
    stand: Option<NaiveDate>,
    #[command(flatten)]
    templates: TemplatesArg,
}

#[derive(Args)]
struct TemplatesArg {
    /// Folder with the organisation's templates (default: `<register>.templates` beside the register).
    #[arg(long, value_name = "DIR")]
    templates: Option<PathBuf>,
}

impl TemplatesArg {
    fn resolve(self, store: &Store) -> Option<PathBuf> {
        self.templates
            .or_else(|| notice::default_overrides(store.path()))
    }
}

#[derive(Subcommand)]
enum NoticeCommand {
    /// Store the notice as it stands today as an immutable published version.
    Publish {
        #[arg(long, value_enum, default_value_t = LangArg::De)]
        lang: LangArg,
        /// Publish even when Art. 13/14 items are missing (the text then carries the markers).
        #[arg(long)]
        allow_missing: bool,
        #[command(flatten)]
        templates: TemplatesArg,
    },
    /// List the published versions.
    Versions,
    /// Show what changed between a published version and the register's notice now.
    Diff {
        /// The version's id (default: the latest in --lang).
        version: Option<i64>,
        #[arg(long, value_enum, default_value_t = LangArg::De)]
        lang: LangArg,
        #[command(flatten)]
        templates: TemplatesArg,
    },
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    Html,
    Md,
    Pdf,
}

pub fn run(store: &mut Store, args: NoticeArgs) -> Result<ExitCode, Error> {
    match args.command {
        None => render(store, args.render),
        Some(NoticeCommand::Publish {
            lang,
            allow_missing,
            templates,
        }) => {
            let overrides = templates.resolve(store);
            let published = notice::publish(store, lang.into(), overrides, allow_missing)?;
            report_missing(&published.missing);
            let p = &published.publication;
            println!(
                "Veröffentlicht: Version {} ({}), Stand {}, SHA-256 {}",
                p.id,
                p.lang.code(),
                p.published_at.format("%d.%m.%Y"),
                p.content_hash
            );
            Ok(ExitCode::SUCCESS)
        }
        Some(NoticeCommand::Versions) => {
            versions(store)?;
            Ok(ExitCode::SUCCESS)
        }
        Some(NoticeCommand::Diff {
            version,
            lang,
            templates,
        }) => {
            let lang: Lang = lang.into();
            let publication = match version {
                Some(id) => store.publication(id)?,
                None => {
                    let all = store.publications()?;
                    notice::latest(&all, lang).cloned().ok_or(Error::NotFound {
                        entity: "published notice",
                        key: format!("latest ({})", lang.code()),
                    })?
                }
            };
            let overrides = templates.resolve(store);
            let register = store.load()?;
            let diff = notice::diff(&register, store.catalogs(), &publication, overrides)?;
            if diff.changed {
                print!("{}", diff.unified);
            } else {
                println!(
                    "Keine Änderungen seit Version {} vom {}.",
                    diff.publication_id,
                    diff.published_on.format("%d.%m.%Y")
                );
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}

fn render(store: &Store, args: RenderArgs) -> Result<ExitCode, Error> {
    // Refuse a PDF on a terminal before doing any work.
    if args.format == Format::Pdf && args.output.is_none() && std::io::stdout().is_terminal() {
        return Err(Error::validation(
            "output",
            "a PDF is not written to a terminal; use -o FILE or redirect standard output",
        ));
    }
    let register = store.load()?;
    if !args.activities.is_empty() {
        notice::check_selection(&register, &args.activities)?;
    }
    let options = NoticeOptions {
        lang: args.lang.into(),
        activities: (!args.activities.is_empty()).then_some(args.activities),
        stand: args.stand.unwrap_or_else(vvt::clock::today),
        overrides: args.templates.resolve(store),
    };
    let built = notice::build(&register, store.catalogs(), &options);
    let bytes = match args.format {
        Format::Html => notice::render_html(&built)?.into_bytes(),
        Format::Md => notice::render_markdown(&built)?.into_bytes(),
        Format::Pdf => notice::render_pdf(&built)?,
    };
    match &args.output {
        Some(path) => super::write_atomically(path, &bytes)?,
        None => std::io::stdout()
            .write_all(&bytes)
            .map_err(|e| Error::io("cannot write to standard output", e))?,
    }
    report_missing(&built.missing);
    Ok(if args.strict && !built.missing.is_empty() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// One line per missing item on stderr:
/// `fehlt: <activity> <item> <article> – <message> [<field>]`, `-` for items
/// of the whole notice.
fn report_missing(missing: &[MissingItem]) {
    let mut err = std::io::stderr().lock();
    for m in missing {
        let _ = writeln!(
            err,
            "fehlt: {} {} {} – {} [{}]",
            m.activity.as_deref().unwrap_or("-"),
            m.item,
            m.article,
            m.message,
            m.field
        );
    }
}

fn versions(store: &Store) -> Result<(), Error> {
    let all = store.publications()?;
    if all.is_empty() {
        println!("(noch keine veröffentlichte Fassung)");
        return Ok(());
    }
    let uw = all
        .iter()
        .map(|p| p.user.chars().count())
        .max()
        .unwrap_or(0)
        .max(8);
    println!(
        "{:>4}  {:<7}  {:<16}  {:<uw$}  SHA-256",
        "ID", "Sprache", "Veröffentlicht", "Benutzer"
    );
    for p in &all {
        println!(
            "{:>4}  {:<7}  {:<16}  {:<uw$}  {}",
            p.id,
            p.lang.code(),
            p.published_at.format("%Y-%m-%d %H:%M"),
            p.user,
            p.content_hash.get(..12).unwrap_or(&p.content_hash)
        );
    }
    Ok(())
}
