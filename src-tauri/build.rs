//! Generates the Tauri context inputs and one permission per app command, so
//! the capability files can grant commands one by one (nothing is allowed by
//! default). The command names come from src/command_table.rs, the one list
//! of the app's commands; a command missing there cannot be granted.

/// Reads only the names from the command table; the types in it are for the
/// app and its TypeScript wrappers and are never resolved here.
macro_rules! commands {
    ($(
        $(#[doc = $doc:literal])*
        $module:ident :: $name:ident (
            $($arg:ident : $ty:ty $(=> $sent:ty)? $(as $arg_ts:literal)?),* $(,)?
        ) -> $returns:ty $(as $returns_ts:literal)?;
    )*) => {
        const COMMANDS: &[&str] = &[$(stringify!($name)),*];
    };
}

include!("src/command_table.rs");

fn main() {
    let attributes = tauri_build::Attributes::new()
        .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS));
    if let Err(error) = tauri_build::try_build(attributes) {
        panic!("tauri-build failed: {error:#}");
    }
}
