//! `vvt notice`: the public privacy notice for a terminal or a script —
//! render it (missing Art. 13/14 items on stderr, exit 1 with `--strict`),
//! publish it as an immutable version, list versions and diff against one.
//! The notice and every message follow the global `--lang` (German by
//! default), so a DPO working in one language never reads the other.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use chrono::NaiveDate;
use clap::{Args, Subcommand};
use vvt::notice::{self, LeftOut, MissingItem, NoticeFormat, NoticeOptions, NoticeSelection};
use vvt::{Error, Lang, Store};

use super::{errors, l};

// Not `args_conflicts_with_subcommands`: clap counts the global `--lang`
// among the conflicting arguments, so `vvt notice --lang en publish` would be
// refused. `run` refuses the rendering options beside a subcommand instead.
#[derive(Args)]
pub struct NoticeArgs {
    #[command(subcommand)]
    command: Option<NoticeCommand>,
    #[command(flatten)]
    render: RenderArgs,
}

#[derive(Args)]
struct RenderArgs {
    /// Output format [default: html].
    #[arg(long, value_enum)]
    format: Option<NoticeFormat>,
    /// Only these activities, in this order (repeatable; drafts may be named).
    /// Default: every active activity the public notice informs about (see an
    /// activity's `information`).
    #[arg(long = "activity", value_name = "KEY", num_args = 1..)]
    activities: Vec<String>,
    /// Instead of the public notice, the separate privacy notice that
    /// activities name (e.g. for employees), with exactly those activities;
    /// see `notice separate-notices`.
    #[arg(long, value_name = "REFERENCE", conflicts_with = "activities")]
    separate_notice: Option<String>,
    /// Exit with 1 when any Art. 13/14 item is missing.
    #[arg(long)]
    strict: bool,
    /// Write to this file instead of standard output (required for PDF on a terminal).
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// The date the notice gives as last updated (default: the date of its
    /// content: its last publication, or the newest change of what it states).
    // `--stand` was the option's name before; scripts using it keep working.
    #[arg(long = "as-of", visible_alias = "stand", value_name = "YYYY-MM-DD")]
    as_of: Option<NaiveDate>,
    #[command(flatten)]
    templates: TemplatesArg,
}

#[derive(Args)]
struct TemplatesArg {
    /// Folder with the organisation's templates (default: `<register>.templates` beside the register).
    #[arg(long, value_name = "DIR")]
    templates: Option<PathBuf>,
}

impl RenderArgs {
    /// The rendering options given on the command line, as written there.
    fn given(&self) -> Vec<&'static str> {
        [
            (self.format.is_some(), "--format"),
            (!self.activities.is_empty(), "--activity"),
            (self.separate_notice.is_some(), "--separate-notice"),
            (self.strict, "--strict"),
            (self.output.is_some(), "--output"),
            (self.as_of.is_some(), "--as-of"),
            (self.templates.templates.is_some(), "--templates"),
        ]
        .into_iter()
        .filter_map(|(given, name)| given.then_some(name))
        .collect()
    }
}

impl TemplatesArg {
    /// The override folder, said on stderr when it replaces any template:
    /// whoever publishes must know that the text is not VVT's own.
    fn resolve(self, store: &Store, lang: Lang) -> Result<Option<PathBuf>, Error> {
        let folder = self
            .templates
            .or_else(|| notice::default_overrides(store.path()));
        let used = folder
            .as_deref()
            .map(notice::overrides_in_use)
            .transpose()?
            .flatten();
        if let Some(used) = used {
            eprintln!(
                "vvt: {} {}: {} (SHA-256 {})",
                l(
                    lang,
                    "eigene Vorlagen in Gebrauch aus",
                    "the organisation's own templates are in use from"
                ),
                errors::printable(&used.folder),
                errors::printable(&used.files.join(", ")),
                &used.hash[..16]
            );
        }
        Ok(folder)
    }
}

#[derive(Subcommand)]
enum NoticeCommand {
    /// Store the notice as it stands today as an immutable published version.
    Publish {
        /// Publish even when Art. 13/14 items are missing (the text then carries the markers).
        #[arg(long)]
        allow_missing: bool,
        #[command(flatten)]
        templates: TemplatesArg,
    },
    /// List the published versions of every language.
    Versions,
    /// List the separate privacy notices that active activities name (e.g.
    /// for employees), each with its activities.
    SeparateNotices,
    /// Show what changed between a published version and the register's notice now.
    Diff {
        /// The version's id (default: the latest in --lang).
        version: Option<i64>,
        #[command(flatten)]
        templates: TemplatesArg,
    },
}

impl NoticeCommand {
    fn name(&self) -> &'static str {
        match self {
            NoticeCommand::Publish { .. } => "publish",
            NoticeCommand::Versions => "versions",
            NoticeCommand::SeparateNotices => "separate-notices",
            NoticeCommand::Diff { .. } => "diff",
        }
    }
}

pub fn run(store: &mut Store, args: NoticeArgs, lang: Lang) -> Result<ExitCode, Error> {
    let given = args.render.given();
    if let (Some(command), Some(first)) = (&args.command, given.first()) {
        let name = command.name();
        // Exit code 2 like clap's own usage errors.
        errors::fail(
            lang,
            &match lang {
                Lang::De => format!(
                    "{first} gilt für die Erzeugung der Hinweise, nicht für „notice {name}“; \
                     Optionen von „{name}“ stehen nach dem Unterbefehl"
                ),
                Lang::En => format!(
                    "{first} applies to generating the notice, not to 'notice {name}'; options \
                     of '{name}' go after the subcommand"
                ),
            },
        );
        return Ok(ExitCode::from(2));
    }
    match args.command {
        None => render(store, args.render, lang),
        Some(NoticeCommand::Publish {
            allow_missing,
            templates,
        }) => publish(store, lang, allow_missing, templates.resolve(store, lang)?),
        Some(NoticeCommand::Versions) => {
            versions(store, lang)?;
            Ok(ExitCode::SUCCESS)
        }
        Some(NoticeCommand::SeparateNotices) => {
            separate_notices(store, lang)?;
            Ok(ExitCode::SUCCESS)
        }
        Some(NoticeCommand::Diff { version, templates }) => {
            diff(store, version, lang, templates.resolve(store, lang)?)
        }
    }
}

fn publish(
    store: &mut Store,
    lang: Lang,
    allow_missing: bool,
    overrides: Option<PathBuf>,
) -> Result<ExitCode, Error> {
    // The core refuses too, but in one language for every caller; asking
    // first lets the refusal list the gaps and speak the DPO's language.
    let register = store.load()?;
    let pending = notice::pending(&register, store.catalogs(), lang, overrides.clone());
    let blocking: Vec<MissingItem> = notice::blocking(&pending).into_iter().cloned().collect();
    if !blocking.is_empty() {
        report_missing(&blocking, lang);
        return Ok(errors::fail(lang, &blocking_refusal(blocking.len(), lang)));
    }
    if !allow_missing && !pending.missing.is_empty() {
        report_missing(&pending.missing, lang);
        return Ok(errors::fail(
            lang,
            &missing_refusal(pending.missing.len(), lang),
        ));
    }
    let published = notice::publish(store, lang, overrides, allow_missing)?;
    report_missing(&published.missing, lang);
    let p = &published.publication;
    let date = vvt::clock::local_date(p.published_at);
    match lang {
        Lang::De => println!(
            "Veröffentlicht: Version {} ({}), Stand {}, SHA-256 {}",
            p.id,
            p.lang.code(),
            date.format("%d.%m.%Y"),
            p.content_hash
        ),
        Lang::En => println!(
            "Published: version {} ({}), last updated {}, SHA-256 {}",
            p.id,
            p.lang.code(),
            date.format("%-d %B %Y"),
            p.content_hash
        ),
    }
    Ok(ExitCode::SUCCESS)
}

/// Why a notice the checks find wrong is not published, whatever the flags.
fn blocking_refusal(count: usize, lang: Lang) -> String {
    match lang {
        Lang::De => format!(
            "nicht veröffentlicht: die Prüfung findet {count} Fehler an Angaben der Hinweise \
             (oben mit „fehlt:“ aufgeführt, vvt check nennt sie ebenso); beheben Sie sie im \
             Verzeichnis – solche Hinweise werden auch mit --allow-missing nicht veröffentlicht"
        ),
        Lang::En => format!(
            "not published: the checks find {count} error(s) in statements of the notice \
             (listed above as \"missing:\", vvt check reports them too); fix them in the \
             register – such a notice is not published even with --allow-missing"
        ),
    }
}

/// Why a notice with gaps is not published, with the count in the right
/// number.
fn missing_refusal(count: usize, lang: Lang) -> String {
    match (lang, count) {
        (Lang::De, 1) => "nicht veröffentlicht: 1 Pflichtangabe nach Art. 13/14 DSGVO fehlt; \
                          vervollständigen Sie das Verzeichnis oder veröffentlichen Sie bewusst \
                          mit den Markierungen (--allow-missing)"
            .to_owned(),
        (Lang::De, n) => format!(
            "nicht veröffentlicht: {n} Pflichtangaben nach Art. 13/14 DSGVO fehlen; \
             vervollständigen Sie das Verzeichnis oder veröffentlichen Sie bewusst mit den \
             Markierungen (--allow-missing)"
        ),
        (Lang::En, 1) => "not published: 1 item required by Art. 13/14 GDPR is missing; \
                          complete the register or publish deliberately with the markers \
                          (--allow-missing)"
            .to_owned(),
        (Lang::En, n) => format!(
            "not published: {n} items required by Art. 13/14 GDPR are missing; complete the \
             register or publish deliberately with the markers (--allow-missing)"
        ),
    }
}

fn diff(
    store: &Store,
    version: Option<i64>,
    lang: Lang,
    overrides: Option<PathBuf>,
) -> Result<ExitCode, Error> {
    let publication = match version {
        Some(id) => store.publication(id)?,
        None => match notice::latest(&store.publications()?, lang) {
            Some(p) => p.clone(),
            None => {
                return Ok(errors::fail(
                    lang,
                    l(
                        lang,
                        "noch keine Fassung auf Deutsch veröffentlicht",
                        "no English version published yet",
                    ),
                ))
            }
        },
    };
    let register = store.load()?;
    let diff = notice::diff(&register, store.catalogs(), &publication, overrides)?;
    if diff.changed {
        print!("{}", diff.unified);
    } else {
        match lang {
            Lang::De => println!(
                "Keine Änderungen seit Version {} vom {}.",
                diff.publication_id,
                diff.published_on.format("%d.%m.%Y")
            ),
            Lang::En => println!(
                "No changes since version {} of {}.",
                diff.publication_id,
                diff.published_on.format("%-d %B %Y")
            ),
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn render(store: &Store, args: RenderArgs, lang: Lang) -> Result<ExitCode, Error> {
    // Refuse a PDF on a terminal before doing any work.
    let format = args.format.unwrap_or(NoticeFormat::Html);
    if format.is_binary() && args.output.is_none() && std::io::stdout().is_terminal() {
        return Ok(errors::fail(
            lang,
            l(
                lang,
                "eine PDF-Datei wird nicht ins Terminal geschrieben; verwenden Sie -o DATEI \
                 oder leiten Sie die Standardausgabe um",
                "a PDF is not written to a terminal; use -o FILE or redirect standard output",
            ),
        ));
    }
    let register = store.load()?;
    // `--separate-notice` and `--activity` conflict (clap refuses both).
    let selection = match args.separate_notice {
        Some(reference) => NoticeSelection::Separate(reference),
        None if args.activities.is_empty() => NoticeSelection::Public,
        None => NoticeSelection::Activities(args.activities),
    };
    let mut options =
        NoticeOptions::for_register(store.path(), &register, lang, selection, args.as_of)?;
    // The folder given, else the one beside the register, said on stderr.
    options.overrides = args.templates.resolve(store, lang)?;
    let built = notice::build(&register, store.catalogs(), &options);
    let bytes = notice::render_as(&built, format)?;
    match &args.output {
        Some(path) => super::write_output(path, store.path(), &bytes)?,
        None => super::write_stdout(&bytes)?,
    }
    report_missing(&built.missing, lang);
    report_recommended(&built.recommended, lang);
    report_left_out(&built.left_out, lang);
    Ok(if args.strict && !built.missing.is_empty() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// One line per missing item on stderr:
/// `fehlt: <activity> <item> <article> – <message> [<field>]` (`missing:` in
/// English), `-` for items of the whole notice. The items come in the
/// notice's language already.
fn report_missing(missing: &[MissingItem], lang: Lang) {
    report_items(missing, l(lang, "fehlt", "missing"));
}

/// The recommended items, one line each: `empfohlen: …` / `recommended: …`.
fn report_recommended(recommended: &[MissingItem], lang: Lang) {
    report_items(recommended, l(lang, "empfohlen", "recommended"));
}

fn report_items(items: &[MissingItem], prefix: &str) {
    let mut err = std::io::stderr().lock();
    for m in items {
        let _ = writeln!(
            err,
            "{prefix}: {} {} {} – {} [{}]",
            m.activity.as_deref().unwrap_or("-"),
            m.item,
            m.article,
            m.message,
            m.field
        );
    }
}

/// One line per active activity the notice leaves out on stderr:
/// `nicht enthalten: <activity> – <how its data subjects are informed>`
/// (`not included:` in English), so a missing section is never a surprise.
fn report_left_out(left_out: &[LeftOut], lang: Lang) {
    let prefix = l(lang, "nicht enthalten", "not included");
    let mut err = std::io::stderr().lock();
    for a in left_out {
        let _ = writeln!(err, "{prefix}: {} – {}", a.key, a.reason);
    }
}

/// One block per notice of its own: the reference, then its activities.
fn separate_notices(store: &Store, lang: Lang) -> Result<(), Error> {
    let all = notice::separate_notices(&store.load()?);
    if all.is_empty() {
        println!(
            "{}",
            l(
                lang,
                "(keine Tätigkeit nennt eigene Datenschutzhinweise)",
                "(no activity names a separate privacy notice)"
            )
        );
    }
    for n in all {
        println!("{}", n.reference);
        for a in n.activities {
            println!("  {} – {}", a.key, a.name);
        }
    }
    Ok(())
}

fn versions(store: &Store, lang: Lang) -> Result<(), Error> {
    let all = store.publications()?;
    if all.is_empty() {
        println!(
            "{}",
            l(
                lang,
                "(noch keine veröffentlichte Fassung)",
                "(no published version yet)"
            )
        );
        return Ok(());
    }
    let [id, language, published, user] = match lang {
        Lang::De => ["ID", "Sprache", "Veröffentlicht", "Benutzer"],
        Lang::En => ["ID", "Language", "Published", "User"],
    };
    let uw = all
        .iter()
        .map(|p| p.user.chars().count())
        .chain([user.chars().count()])
        .max()
        .unwrap_or(0)
        .max(8);
    println!("{id:>4}  {language:<8}  {published:<16}  {user:<uw$}  SHA-256");
    for p in &all {
        println!(
            "{:>4}  {:<8}  {:<16}  {:<uw$}  {}",
            p.id,
            p.lang.code(),
            p.published_at.format("%Y-%m-%d %H:%M"),
            p.user,
            p.content_hash.get(..12).unwrap_or(&p.content_hash)
        );
    }
    Ok(())
}
