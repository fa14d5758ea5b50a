//! The one list of the app's IPC commands (src/command_table.rs) turned into
//! what needs it: the invoke handler, and a description of each command from
//! which tests/commands.rs writes the UI's typed wrappers and the window's
//! capability. So a command is named in one place only.

use serde_json::Value;
use tauri::ipc::Channel;
use ts_rs::{Config, TS};
use vvt::checks::Finding;
use vvt::notice::{Preview, Published, SeparateNotice, VersionDiff};
use vvt::{
    ActivityFilter, ActivityListItem, Catalogs, ChangeRecord, EntityKind, Lang, Organisation,
    Party, ProcessingActivity, ProcessorActivity, Publication, RegisterSummary, Tom,
};

use crate::backups::BackupEntry;
use crate::outputs::{NoticeFormat, Progress, RegisterExport};
use crate::table_import::TablePreview;

/// One command as the UI sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IpcCommand {
    /// The Rust function's name, which is also the name the UI invokes.
    pub name: &'static str,
    /// The lines of its doc comment in the table.
    pub docs: Vec<&'static str>,
    /// The arguments the UI sends, in order.
    pub args: Vec<IpcArg>,
    /// The TypeScript type of the value it answers with.
    pub returns: String,
}

/// One argument the UI sends.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IpcArg {
    /// The Rust parameter's name (snake_case; Tauri expects it camelCase).
    pub name: &'static str,
    /// Its TypeScript type.
    pub ts: String,
}

/// The TypeScript type of a table entry's type: the one it names after
/// `as`, or the one ts-rs gives the Rust type.
macro_rules! ts_type {
    ($cfg:ident, $ty:ty) => {
        <$ty as TS>::name($cfg)
    };
    ($cfg:ident, $ty:ty, $ts:literal) => {{
        // The Rust type is still named, so a renamed one fails to compile.
        let _named: ::std::marker::PhantomData<$ty> = ::std::marker::PhantomData;
        String::from($ts)
    }};
}

macro_rules! commands {
    ($(
        $(#[doc = $doc:literal])*
        $module:ident :: $name:ident (
            $($arg:ident : $ty:ty $(as $arg_ts:literal)?),* $(,)?
        ) -> $returns:ty $(as $returns_ts:literal)?;
    )*) => {
        /// The handler of every command in the table.
        pub(crate) fn invoke_handler(
        ) -> impl Fn(tauri::ipc::Invoke<tauri::Wry>) -> bool + Send + Sync + 'static {
            tauri::generate_handler![$(crate::$module::$name),*]
        }

        /// Every command in the table, in its order, with TypeScript types as
        /// `cfg` renders them.
        pub fn ipc_commands(cfg: &Config) -> Vec<IpcCommand> {
            vec![$(IpcCommand {
                name: stringify!($name),
                docs: vec![$($doc),*],
                args: vec![$(IpcArg {
                    name: stringify!($arg),
                    ts: ts_type!(cfg, $ty $(, $arg_ts)?),
                }),*],
                returns: ts_type!(cfg, $returns $(, $returns_ts)?),
            }),*]
        }
    };
}

include!("command_table.rs");
