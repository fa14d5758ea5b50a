//! Generates the Tauri context inputs and one permission per app command, so
//! the capability files can grant commands one by one (nothing is allowed by
//! default).

/// Every `#[tauri::command]` in `src/commands.rs`; a command missing here
/// cannot be granted and is refused at run time.
const COMMANDS: &[&str] = &["register_summary", "list_backups", "restore_backup"];

fn main() {
    let attributes = tauri_build::Attributes::new()
        .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS));
    if let Err(error) = tauri_build::try_build(attributes) {
        panic!("tauri-build failed: {error:#}");
    }
}
