//! VVT desktop shell: opens the register, shows one window and answers the
//! UI's commands by calling the `vvt` core. No domain logic lives here.

mod backups;
mod commands;
mod dialog_words;
mod dialogs;
mod error;
mod outputs;
mod records;
mod register;
mod table_import;

use std::path::Path;

use tauri::{WebviewUrl, WebviewWindowBuilder};

pub use backups::BackupEntry;
pub use error::{CommandError, ReasonText};
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
        .invoke_handler(tauri::generate_handler![
            commands::register_summary,
            commands::take_over_register,
            commands::list_backups,
            commands::restore_backup,
            commands::load_example,
            commands::new_register,
            commands::open_register,
            commands::save_copy_as,
            records::find_activities,
            records::get_activity,
            records::new_activity,
            records::create_activity,
            records::update_activity,
            records::delete_activity,
            records::list_parties,
            records::create_party,
            records::update_party,
            records::delete_party,
            records::get_organisation,
            records::save_organisation,
            records::list_toms,
            records::create_tom,
            records::update_tom,
            records::delete_tom,
            records::list_processor_activities,
            records::create_processor_activity,
            records::update_processor_activity,
            records::delete_processor_activity,
            records::get_catalogs,
            records::record_history,
            records::restore_value,
            outputs::notice_preview,
            outputs::separate_notices,
            table_import::preview_table_import,
            table_import::import_table,
            table_import::save_import_template,
            outputs::export_notice,
            outputs::publish_notice,
            outputs::list_publications,
            outputs::notice_diff,
            outputs::check_register,
            outputs::export_register,
            outputs::print_register,
        ])
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
