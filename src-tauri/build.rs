//! Generates the Tauri context inputs and one permission per app command, so
//! the capability files can grant commands one by one (nothing is allowed by
//! default).

/// Every `#[tauri::command]` in `src/commands.rs`; a command missing here
/// cannot be granted and is refused at run time.
const COMMANDS: &[&str] = &[
    "register_summary",
    "take_over_register",
    "list_backups",
    "restore_backup",
    "load_example",
    "new_register",
    "open_register",
    "save_copy_as",
    "find_activities",
    "get_activity",
    "new_activity",
    "create_activity",
    "update_activity",
    "delete_activity",
    "list_parties",
    "create_party",
    "update_party",
    "delete_party",
    "get_organisation",
    "save_organisation",
    "list_toms",
    "create_tom",
    "update_tom",
    "delete_tom",
    "list_processor_activities",
    "create_processor_activity",
    "update_processor_activity",
    "delete_processor_activity",
    "get_catalogs",
    "record_history",
    "restore_value",
    "notice_preview",
    "separate_notices",
    "preview_table_import",
    "import_table",
    "save_import_template",
    "export_notice",
    "publish_notice",
    "list_publications",
    "notice_diff",
    "check_register",
    "export_register",
    "print_register",
];

fn main() {
    let attributes = tauri_build::Attributes::new()
        .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS));
    if let Err(error) = tauri_build::try_build(attributes) {
        panic!("tauri-build failed: {error:#}");
    }
}
