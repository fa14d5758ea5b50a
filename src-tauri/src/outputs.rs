//! The documents the app produces from the register: the live notice preview,
//! its exports and published versions, the findings of the checks, and the
//! register print for a supervisory authority. Each command calls the core;
//! files are chosen with the native save dialog (see dialogs.rs).

use std::path::Path;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use tauri::ipc::Channel;
use tauri::{AppHandle, State};
use vvt::checks::Finding;
use vvt::notice::{
    NoticeFormat, NoticeOptions, NoticeSelection, Preview, Published, SeparateNotice, VersionDiff,
};
use vvt::register_print::{self, PrintOptions, RegisterFormat};
use vvt::{Lang, Publication};

use crate::dialog_words::dialog_words;
use crate::dialogs::{self, Question};
use crate::error::CommandError;
use crate::register::OpenRegister;

/// The notice as it stands now, in `lang`, with the Art. 13/14 items missing:
/// the public notice, or with `separate` the separate privacy notice that
/// activities name by that reference.
#[tauri::command]
pub fn notice_preview(
    register: State<'_, OpenRegister>,
    lang: Lang,
    separate: Option<String>,
) -> Result<Preview, CommandError> {
    register.with_store(|store| {
        let reg = store.load()?;
        let options = notice_options(store.path(), &reg, lang, separate)?;
        vvt::notice::preview(&reg, store.catalogs(), &options)
    })
}

/// The notices of their own that active activities name (employees,
/// applicants …), each with its activities.
#[tauri::command]
pub fn separate_notices(
    register: State<'_, OpenRegister>,
) -> Result<Vec<SeparateNotice>, CommandError> {
    register.with_store(|store| Ok(vvt::notice::separate_notices(&store.load()?)))
}

/// Asks where to save the notice and writes it; `None` when cancelled.
#[tauri::command]
pub async fn export_notice(
    app: AppHandle,
    register: State<'_, OpenRegister>,
    lang: Lang,
    format: NoticeFormat,
    separate: Option<String>,
) -> Result<Option<String>, CommandError> {
    let extension = format.extension();
    // A separate notice is offered under its own name, so that saving it
    // next to the public notice does not suggest overwriting that file.
    let stem = separate
        .as_deref()
        .map(file_stem)
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| dialog_words(lang).notice_file.to_owned());
    let name = format!("{stem}.{extension}");
    let current = register.path();
    let question = Question {
        title: dialog_words(lang).notice_title,
        file_name: Some(&name),
        folder: current.parent(),
        filter: (extension, &[extension]),
    };
    let Some(path) = dialogs::save_file(&app, &question)? else {
        return Ok(None);
    };
    let path = dialogs::with_extension(path, extension);
    // Never over the register, its side files or its backups.
    vvt::paths::ensure_not_register(&path, &current)?;
    let bytes = register.with_store(|store| {
        let reg = store.load()?;
        let options = notice_options(store.path(), &reg, lang, separate)?;
        let notice = vvt::notice::build(&reg, store.catalogs(), &options);
        vvt::notice::render_as(&notice, format)
    })?;
    vvt::paths::write_atomically(&path, &bytes)?;
    Ok(Some(path.display().to_string()))
}

/// Publishes the notice in `lang` as a new immutable version. With missing
/// items it is refused unless `allow_missing` (the markers would be published).
#[tauri::command]
pub fn publish_notice(
    register: State<'_, OpenRegister>,
    lang: Lang,
    allow_missing: bool,
) -> Result<Published, CommandError> {
    register.with_store(|store| {
        let overrides = vvt::notice::default_overrides(store.path());
        vvt::notice::publish(store, lang, overrides, allow_missing)
    })
}

/// Every published version, newest first.
#[tauri::command]
pub fn list_publications(
    register: State<'_, OpenRegister>,
) -> Result<Vec<Publication>, CommandError> {
    register.with_store(|store| {
        let mut publications = store.publications()?;
        publications.sort_by_key(|p| std::cmp::Reverse(p.id));
        Ok(publications)
    })
}

/// What changed between published version `id` and the notice now.
#[tauri::command]
pub fn notice_diff(
    register: State<'_, OpenRegister>,
    id: i64,
) -> Result<VersionDiff, CommandError> {
    register.with_store(|store| {
        let publication = store.publication(id)?;
        let reg = store.load()?;
        let overrides = vvt::notice::default_overrides(store.path());
        vvt::notice::diff(&reg, store.catalogs(), &publication, overrides)
    })
}

/// All findings of the checks, most severe first.
#[tauri::command]
pub fn check_register(register: State<'_, OpenRegister>) -> Result<Vec<Finding>, CommandError> {
    register.with_store(|store| {
        let reg = store.load()?;
        Ok(vvt::checks::check(
            &reg,
            store.catalogs(),
            vvt::clock::today(),
        ))
    })
}

/// The options of `vvt register`, as the export dialog of the app sets them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct RegisterExport {
    pub lang: Lang,
    pub format: RegisterFormat,
    /// Keys of the activities to print; `null` or empty for all.
    pub activities: Option<Vec<String>>,
    /// Include the change history from this date on (annex), as
    /// YYYY-MM-DD. A string, so that a wrong date comes back as a validation
    /// error naming this field rather than as a refused call.
    pub history_since: Option<String>,
    /// Include the processor's record (Art. 30(2)).
    pub processor_record: bool,
}

/// Asks where to save the register print and writes it; `None` when
/// cancelled. A PDF reports its progress on `on_progress`. Runs off the main
/// thread (async), so the window stays responsive meanwhile.
#[tauri::command]
pub async fn export_register(
    app: AppHandle,
    register: State<'_, OpenRegister>,
    options: RegisterExport,
    on_progress: Channel<Progress>,
) -> Result<Option<String>, CommandError> {
    // A wrong date or an unknown activity is said before the DPO picks a file.
    check_options(&register, &options)?;
    let extension = options.format.extension();
    let name = format!(
        "{}.{extension}",
        dialog_words(options.lang).register_export_file
    );
    let current = register.path();
    let question = Question {
        title: dialog_words(options.lang).register_export_title,
        file_name: Some(&name),
        folder: current.parent(),
        filter: (extension, &[extension]),
    };
    let Some(path) = dialogs::save_file(&app, &question)? else {
        return Ok(None);
    };
    let path = dialogs::with_extension(path, extension);
    // Never over the register, its side files or its backups.
    vvt::paths::ensure_not_register(&path, &current)?;
    vvt::paths::write_atomically_with(&path, |out| {
        write_register(&register, &options, &on_progress, out)
    })?;
    Ok(Some(path.display().to_string()))
}

/// Writes the register as PDF (whatever `options.format` says) into a new
/// private temporary folder (mode 0700) and opens it in the system's PDF viewer, whose print
/// dialog does the rest. Returns the path. `VVT_NO_VIEWER=1` (the tests)
/// writes the file without opening it.
#[tauri::command]
pub async fn print_register(
    register: State<'_, OpenRegister>,
    options: RegisterExport,
    on_progress: Channel<Progress>,
) -> Result<String, CommandError> {
    let lang = options.lang;
    let options = RegisterExport {
        format: RegisterFormat::Pdf,
        ..options
    };
    // A private folder of its own: the register names people and services,
    // and the shared temporary folder is readable by every account.
    let path = vvt::paths::private_temp_dir("vvt-print")?.join(format!(
        "{}-{}.pdf",
        dialog_words(lang).register_export_file,
        vvt::clock::today()
    ));
    vvt::paths::write_atomically_with(&path, |out| {
        write_register(&register, &options, &on_progress, out)
    })?;
    if std::env::var_os("VVT_NO_VIEWER").is_none() {
        tauri_plugin_opener::open_path(&path, None::<&str>).map_err(|error| {
            CommandError::io(
                format!(
                    "the PDF was written to {} but no viewer opened it: {error}",
                    path.display()
                ),
                Some(path.display().to_string()),
            )
        })?;
    }
    Ok(path.display().to_string())
}

/// How far a register PDF is: `done` of `total` activities laid out.
#[derive(Debug, Clone, Copy, Serialize, ts_rs::TS)]
pub struct Progress {
    pub done: usize,
    pub total: usize,
}

/// The options' own mistakes: the history date and the selected keys.
fn check_options(register: &OpenRegister, options: &RegisterExport) -> Result<(), CommandError> {
    if let Some(text) = options.history_since.as_deref() {
        parse_date("history_since", text)?;
    }
    match options.activities.as_deref() {
        Some(keys) if !keys.is_empty() => register.with_store(|store| {
            register_print::check_selection(&store.load()?, keys)?;
            Ok(())
        }),
        _ => Ok(()),
    }
}

/// Writes the register print to `out` as it is made: the PDF of a large
/// register is not held in memory as a whole.
fn write_register(
    register: &OpenRegister,
    options: &RegisterExport,
    progress: &Channel<Progress>,
    out: &mut dyn std::io::Write,
) -> Result<(), CommandError> {
    let history_since = options
        .history_since
        .as_deref()
        .map(|text| parse_date("history_since", text))
        .transpose()?;
    register.with_store(|store| {
        let reg = store.load()?;
        let activities = options.activities.clone().filter(|keys| !keys.is_empty());
        if let Some(keys) = &activities {
            register_print::check_selection(&reg, keys)?;
        }
        let print_options = PrintOptions {
            lang: options.lang,
            activities,
            history_since,
            processor_record: options.processor_record,
            printed_on: vvt::clock::today(),
        };
        let print = register_print::build(&reg, store.catalogs(), &print_options);
        // The CSV with the separator Excel expects in the print's language.
        register_print::write_as(
            &print,
            options.format,
            None,
            &mut |done, total| {
                // A lost progress message only leaves the bar behind; the
                // export itself goes on.
                let _ = progress.send(Progress { done, total });
            },
            out,
        )?;
        Ok(())
    })
}

/// A date as the UI sends it; the error names `field`, like the core's.
fn parse_date(field: &str, text: &str) -> Result<NaiveDate, vvt::Error> {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").map_err(|_| {
        vvt::Error::validation(
            field,
            vvt::Reason::InvalidDate {
                value: text.to_owned(),
            },
        )
    })
}

/// A file name from a separate notice's reference: letters, digits, spaces,
/// hyphens and underscores kept, anything else (path separators, quotes,
/// colons) a hyphen, at most 80 characters.
fn file_stem(reference: &str) -> String {
    let kept: String = reference
        .trim()
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || matches!(c, ' ' | '-' | '_') {
                c
            } else {
                '-'
            }
        })
        .take(80)
        .collect();
    kept.trim_matches(|c: char| c == '-' || c.is_whitespace())
        .to_owned()
}

/// The options of the public notice, or of the separate privacy notice named
/// `separate` (refused when no active activity names it), dated by content.
fn notice_options(
    register_path: &Path,
    register: &vvt::Register,
    lang: Lang,
    separate: Option<String>,
) -> vvt::Result<NoticeOptions> {
    let selection = separate.map_or(NoticeSelection::Public, NoticeSelection::Separate);
    NoticeOptions::for_register(register_path, register, lang, selection, None)
}

#[cfg(test)]
mod tests {
    use super::file_stem;

    #[test]
    fn a_separate_notice_is_saved_under_a_name_from_its_reference() {
        assert_eq!(
            file_stem("Datenschutzhinweise für Beschäftigte (Intranet)"),
            "Datenschutzhinweise für Beschäftigte -Intranet"
        );
        assert_eq!(
            file_stem("../Hinweise: Bewerber/innen"),
            "Hinweise- Bewerber-innen"
        );
        assert_eq!(
            file_stem(" /// "),
            "",
            "nothing usable: the caller's default"
        );
        assert_eq!(file_stem(&"x".repeat(200)).chars().count(), 80);
    }
}
