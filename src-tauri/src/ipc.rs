//! The one list of the app's IPC commands (src/command_table.rs) turned into
//! what needs it: the invoke handler, and a description of each command from
//! which tests/commands.rs writes the UI's typed wrappers and the window's
//! capability. So a command is named in one place only, and the types the
//! table gives it are checked against its function's.

use std::future::Future;

use serde_json::Value;
use tauri::ipc::Channel;
use tauri::{AppHandle, Runtime, State, WebviewWindow};
use ts_rs::{Config, TS};
use vvt::checks::Finding;
use vvt::notice::{Preview, Published, SeparateNotice, VersionDiff};
use vvt::{
    ActivityFilter, ActivityListItem, Catalogs, ChangeRecord, EntityKind, Lang, Organisation,
    Party, ProcessingActivity, ProcessorActivity, Publication, RegisterSummary, Tom,
    TranslatableText, TranslationSummary,
};

use crate::backups::BackupEntry;
use crate::commands::About;
use crate::error::CommandError;
use crate::outputs::{Progress, RegisterExport};
use crate::table_import::TablePreview;
use vvt::notice::NoticeFormat;

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
/// `as`, or the one ts-rs gives the type the UI sends.
macro_rules! ts_type {
    ($cfg:ident, $ty:ty) => {
        <$ty as TS>::name($cfg)
    };
    ($cfg:ident, $ty:ty => $sent:ty) => {
        <$sent as TS>::name($cfg)
    };
    ($cfg:ident, $ty:ty as $ts:literal) => {
        String::from($ts)
    };
}

/// A command function that takes the arguments Tauri injects, then the
/// `Sent` ones, and answers `Result<R, CommandError>`, right away (`Now`) or
/// as an async fn (`Later`).
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not take or answer the types its entry in src/command_table.rs names",
    label = "compare this command's function with its entry"
)]
trait Answers<Injected, Sent, When, R> {}
struct Now;
struct Later;

/// What Tauri hands a command besides the UI's arguments; so a sent argument
/// left out of the table is not taken for an injected one.
trait FromTauri {}
impl<T: Send + Sync + 'static> FromTauri for State<'_, T> {}
impl<R: Runtime> FromTauri for AppHandle<R> {}
impl<R: Runtime> FromTauri for WebviewWindow<R> {}

macro_rules! answers_after {
    ([$($injected:ident),*] [$($sent:ident),*]) => {
        impl<F, $($injected,)* $($sent,)* R> Answers<($($injected,)*), ($($sent,)*), Now, R> for F
        where
            $($injected: FromTauri,)*
            F: Fn($($injected,)* $($sent,)*) -> Result<R, CommandError>,
        {
        }
        impl<F, Fut, $($injected,)* $($sent,)* R> Answers<($($injected,)*), ($($sent,)*), Later, R>
            for F
        where
            $($injected: FromTauri,)*
            F: Fn($($injected,)* $($sent,)*) -> Fut,
            Fut: Future<Output = Result<R, CommandError>>,
        {
        }
    };
}

/// Up to three injected and five sent arguments, as many as the commands take.
macro_rules! answers_after_injected {
    ($injected:tt) => {
        answers_after!($injected []);
        answers_after!($injected [S1]);
        answers_after!($injected [S1, S2]);
        answers_after!($injected [S1, S2, S3]);
        answers_after!($injected [S1, S2, S3, S4]);
        answers_after!($injected [S1, S2, S3, S4, S5]);
    };
}
answers_after_injected!([]);
answers_after_injected!([I1]);
answers_after_injected!([I1, I2]);
answers_after_injected!([I1, I2, I3]);

/// Compiles only when `command` takes `Sent` after what Tauri injects and
/// answers with `R`.
fn answers<Injected, Sent, When, R>(_command: impl Answers<Injected, Sent, When, R>) {}

macro_rules! commands {
    ($(
        $(#[doc = $doc:literal])*
        $module:ident :: $name:ident (
            $($arg:ident : $ty:ty $(=> $sent:ty)? $(as $arg_ts:literal)?),* $(,)?
        ) -> $returns:ty $(as $returns_ts:literal)?;
    )*) => {
        /// The handler of every command in the table.
        pub(crate) fn invoke_handler(
        ) -> impl Fn(tauri::ipc::Invoke<tauri::Wry>) -> bool + Send + Sync + 'static {
            tauri::generate_handler![$(crate::$module::$name),*]
        }

        /// Never called: it compiles only when each function takes and
        /// answers the types its table entry names.
        #[allow(dead_code)]
        fn table_matches_the_functions() {
            $(answers::<_, ($($ty,)*), _, $returns>(crate::$module::$name);)*
        }

        /// Every command in the table, in its order, with TypeScript types as
        /// `cfg` renders them.
        pub fn ipc_commands(cfg: &Config) -> Vec<IpcCommand> {
            vec![$(IpcCommand {
                name: stringify!($name),
                docs: vec![$($doc),*],
                args: vec![$(IpcArg {
                    name: stringify!($arg),
                    ts: ts_type!(cfg, $ty $(=> $sent)? $(as $arg_ts)?),
                }),*],
                returns: ts_type!(cfg, $returns $(as $returns_ts)?),
            }),*]
        }
    };
}

include!("command_table.rs");
