//! What the tests that generate the UI's files share (bindings.rs writes
//! bindings.ts, commands.rs the command wrappers and the capability): compare
//! the committed file with what the Rust side gives, or write it when
//! `VVT_UPDATE_BINDINGS=1` asks for it.

use std::path::Path;

pub const UPDATE_VAR: &str = "VVT_UPDATE_BINDINGS";

/// Compares the file at `relative` (to src-tauri/) with `expected`, or writes
/// it; a stale file fails naming its first differing line, its `source` and
/// the `update` command that rewrites it.
pub fn check_generated(relative: &str, expected: &str, source: &str, update: &str) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(relative);
    if std::env::var(UPDATE_VAR).is_ok_and(|v| v == "1") {
        std::fs::write(&path, expected)
            .unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
        return;
    }
    let committed = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}; run `{update}`", path.display()))
        .replace("\r\n", "\n");
    if committed != expected {
        let first_difference = committed
            .lines()
            .zip(expected.lines())
            .position(|(c, e)| c != e)
            .unwrap_or_else(|| committed.lines().count().min(expected.lines().count()));
        panic!(
            "{relative} is out of date with {source} (first difference at line {}); run \
             `{update}` and commit the file",
            first_difference + 1
        );
    }
}
