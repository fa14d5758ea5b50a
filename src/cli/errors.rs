//! How a failed command reports on stderr, in the language chosen with
//! `--lang`/`VVT_LANG`: `vvt: Fehler: …` or `vvt: error: …`, exit 1.
//!
//! The core's messages are English. In English they are printed as they are.
//! In German the CLI says in its own words what happened and what to do; why
//! a value is invalid comes from the reason's own German text. What only the
//! operating system or a library knows (the file system's message) follows
//! verbatim as "technische Angaben" — the same split the desktop app makes
//! between its message and the technical details.

use std::fmt::Display;
use std::process::ExitCode;

use vvt::{Error, Lang};

use super::l;

/// Prints a failure in `lang` and gives the exit code for it.
pub fn fail(lang: Lang, message: &str) -> ExitCode {
    eprintln!(
        "vvt: {}: {}",
        l(lang, "Fehler", "error"),
        printable(message)
    );
    ExitCode::FAILURE
}

/// `text` safe to print on a terminal: errors quote register and file text,
/// and an escape sequence in it (ESC, other control characters) would be
/// obeyed by the terminal — clear the screen, retitle the window, hide the
/// rest of the message. Each is shown as `\u{1b}` instead; line breaks and
/// tabs stay.
pub fn printable(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_control() && c != '\n' && c != '\t' {
            out.push_str(&format!("\\u{{{:x}}}", c as u32));
        } else {
            out.push(c);
        }
    }
    out
}

/// A core error in `lang`.
pub fn describe(err: &Error, lang: Lang) -> String {
    match (err, lang) {
        // Every problem of the input on a line of its own.
        (Error::Invalid { problems }, _) => {
            let lead = match lang {
                Lang::De => "ungültige Angaben:",
                Lang::En => "invalid input:",
            };
            let lines: Vec<String> = problems
                .iter()
                .map(|p| format!("  {}: {}", p.field, p.reason.text(lang)))
                .collect();
            format!("{lead}\n{}", lines.join("\n"))
        }
        (_, Lang::En) => err.to_string(),
        (_, Lang::De) => german(err),
    }
}

fn german(err: &Error) -> String {
    match err {
        Error::NotFound { entity, key } => not_found(entity, key),
        Error::SchemaTooNew { found, supported } => format!(
            "das Verzeichnis wurde mit einer neueren VVT-Version gespeichert (Schemaversion \
             {found}, dieses Programm kennt bis {supported}) und bleibt unverändert; \
             aktualisieren Sie VVT, um es zu öffnen"
        ),
        // The reason is a value with a German text of its own
        // (src/reason/), so no part of it stays English.
        Error::Validation { field, reason } if field == "output" || field.is_empty() => {
            reason.german()
        }
        Error::Validation { field, reason } => {
            format!("ungültige Angabe in {field}: {}", reason.german())
        }
        Error::Invalid { .. } => describe(err, Lang::De),
        Error::Conflict { .. } => with_details(
            "der Datensatz wurde anderswo geändert, seit er geöffnet wurde; nichts wurde \
             überschrieben — laden Sie ihn neu und wiederholen Sie die Änderung",
            err,
        ),
        Error::NotARegister { path, reason } => with_details(
            &format!("„{path}“ ist kein VVT-Verzeichnis und wurde nicht verändert"),
            reason,
        ),
        Error::Damaged { path, reason } => with_details(
            &format!(
                "„{path}“ ist beschädigt und wurde nicht verändert; stellen Sie es aus einer \
                 Sicherung im Ordner daneben wieder her (vvt backups, vvt restore)"
            ),
            reason,
        ),
        Error::WriteFailed { reason } => with_details(
            "nichts wurde gespeichert, das Verzeichnis ist unverändert",
            reason,
        ),
        Error::RenderFailed { .. } => with_details(
            "das Dokument ließ sich nicht erzeugen; das Verzeichnis ist unverändert",
            err,
        ),
        Error::Sqlite(e) => with_details("die Datenbank meldet einen Fehler", e),
        Error::Io { .. } => with_details("Lesen oder Schreiben ist fehlgeschlagen", err),
    }
}

fn with_details(lead: &str, details: &dyn Display) -> String {
    format!("{lead} (technische Angaben: {details})")
}

/// The core names the kind of record in English (`Error::NotFound::entity`);
/// the German sentence needs the noun with its article.
fn not_found(entity: &str, key: &str) -> String {
    let (none, by) = match entity {
        "activity" => ("keine Verarbeitungstätigkeit", "der Kennung"),
        "party" => ("keine Stelle", "der Kennung"),
        "processor_activity" => ("keinen Eintrag als Auftragsverarbeiter", "der Kennung"),
        "tom" => ("keine Maßnahme", "der Kennung"),
        "published notice" => ("keine veröffentlichte Fassung", "der Nummer"),
        "separate notice" => ("keine eigenen Datenschutzhinweise", "der Bezeichnung"),
        "change" => ("keine Änderung", "der Nummer"),
        other => return format!("„{key}“ ({other}) gibt es nicht"),
    };
    format!("es gibt {none} mit {by} „{key}“")
}
