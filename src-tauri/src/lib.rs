//! VVT desktop shell: opens the register, shows one window and answers the
//! UI's commands by calling the `vvt` core. No domain logic lives here.

mod backups;
mod commands;
mod dialog_words;
mod dialogs;
mod error;
mod ipc;
mod outputs;
mod records;
mod register;
mod table_import;

use std::path::{Path, PathBuf};

use tauri::{WebviewUrl, WebviewWindowBuilder};

pub use backups::BackupEntry;
pub use commands::About;
pub use error::{CommandError, FieldProblem, ReasonText};
pub use ipc::{ipc_commands, IpcArg, IpcCommand};
pub use outputs::{Progress, RegisterExport};
pub use register::OpenRegister;
pub use table_import::{TableActivity, TablePreview};

/// Label of the one window; capabilities/default.json grants to it by name.
const MAIN_WINDOW: &str = "main";

/// Starts the app on the register given on the command line (a `.vvt` file
/// opened from the file manager) or else on the default one (`VVT_DB`
/// overrides it).
pub fn run() {
    let given = register_argument(std::env::args_os().skip(1));
    let path = given
        .clone()
        .unwrap_or_else(vvt::paths::default_register_path);
    let register = match given {
        Some(_) => OpenRegister::open_existing(&path),
        None => OpenRegister::open(&path),
    };
    let result = tauri::Builder::default()
        .plugin(tauri_plugin_dialog::init())
        .manage(register)
        .manage(table_import::PreviewedTables::default())
        .invoke_handler(ipc::invoke_handler())
        .setup(move |app| {
            WebviewWindowBuilder::new(app, MAIN_WINDOW, WebviewUrl::default())
                .title(window_title(&path))
                .inner_size(1180.0, 700.0)
                .min_inner_size(640.0, 480.0)
                .build()?;
            Ok(())
        })
        .run(tauri::generate_context!());
    if let Err(error) = result {
        eprintln!("vvt-desktop: {error}");
        std::process::exit(1);
    }
}

/// The register file among the program's arguments: the first one that is
/// not an option, made absolute so that the title, the backups and a later
/// "Öffnen" dialog all see the same file wherever the app was started from.
/// A desktop entry passes it with `%f`; a `file://` address (what some file
/// managers hand over instead) is read as the path it names.
pub fn register_argument(args: impl IntoIterator<Item = std::ffi::OsString>) -> Option<PathBuf> {
    let arg = args
        .into_iter()
        .find(|a| !a.to_string_lossy().starts_with('-'))?;
    let text = arg.to_string_lossy();
    let path = match text.strip_prefix("file://") {
        Some(rest) => PathBuf::from(percent_decoded(rest)?),
        None => PathBuf::from(arg),
    };
    std::path::absolute(&path).ok()
}

/// `%20` and the like in a `file://` address; `None` for a malformed one.
fn percent_decoded(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = std::str::from_utf8(bytes.get(i + 1..i + 3)?).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// "VVT – register.vvt": the file name tells which register is open when the
/// DPO keeps several (one per client, say).
pub fn window_title(path: &Path) -> String {
    match path.file_name() {
        Some(name) => format!("VVT – {}", name.to_string_lossy()),
        None => "VVT".to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn window_title_names_the_register_file() {
        assert_eq!(
            window_title(Path::new("/home/dpo/kunden/acme.vvt")),
            "VVT – acme.vvt",
            "the title shows the file name, not the whole path"
        );
        assert_eq!(window_title(Path::new("/")), "VVT", "no file name, no dash");
    }

    fn argument(args: &[&str]) -> Option<PathBuf> {
        register_argument(args.iter().map(std::ffi::OsString::from))
    }

    #[test]
    fn the_register_argument_is_the_first_path_made_absolute() {
        assert_eq!(argument(&[]), None, "no argument: the default register");
        assert_eq!(
            argument(&["/home/dpo/Kunden/acme.vvt"]),
            Some(PathBuf::from("/home/dpo/Kunden/acme.vvt"))
        );
        assert_eq!(
            argument(&["--verbose", "b.vvt"]),
            Some(std::env::current_dir().unwrap().join("b.vvt")),
            "options are skipped and a relative path is taken from where the app started"
        );
        assert_eq!(
            argument(&["file:///home/dpo/Mein%20Verzeichnis.vvt"]),
            Some(PathBuf::from("/home/dpo/Mein Verzeichnis.vvt")),
            "a file manager's address names the same file"
        );
        assert_eq!(
            argument(&["file:///x%zz.vvt"]),
            None,
            "a malformed address is no path"
        );
    }
}
