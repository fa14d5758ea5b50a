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

use std::path::Path;

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

/// Starts the app on the default register (`VVT_DB` overrides it).
pub fn run() {
    let path = vvt::paths::default_register_path();
    let result = tauri::Builder::default()
        .plugin(tauri_plugin_dialog::init())
        .manage(OpenRegister::open(&path))
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
}
