//! The four lists that name the app's IPC commands must agree: the commands
//! the UI calls (ui/src/lib/api.ts), the handlers the app registers
//! (src/lib.rs), the commands build.rs generates permissions for, and the
//! permissions the window's capability grants. A command missing from one of
//! them fails only at run time, in the real window; a granted command the UI
//! does not call is a permission more than the app needs.

use std::collections::BTreeSet;
use std::path::Path;

fn read(relative: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(relative);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Every `"name"` that directly follows `marker` in `text`.
fn quoted_after(text: &str, marker: &str) -> BTreeSet<String> {
    text.match_indices(marker)
        .filter_map(|(i, _)| {
            let rest = text[i + marker.len()..].strip_prefix('"')?;
            rest.split('"').next().map(str::to_owned)
        })
        .collect()
}

/// The commands api.ts invokes: `call<T>("name"` (with or without a type).
fn called_by_ui() -> BTreeSet<String> {
    let api = read("../ui/src/lib/api.ts");
    let mut names = BTreeSet::new();
    for (i, _) in api.match_indices("call<") {
        let rest = &api[i..];
        if let Some(open) = rest.find(">(\"") {
            if let Some(name) = rest[open + 3..].split('"').next() {
                names.insert(name.to_owned());
            }
        }
    }
    names.extend(quoted_after(&api, "call("));
    names
}

/// The handlers in `generate_handler![module::name, …]`.
fn registered() -> BTreeSet<String> {
    let lib = read("src/lib.rs");
    let start = lib
        .find("generate_handler![")
        .expect("lib.rs registers handlers");
    let body = &lib[start..];
    let end = body.find(']').expect("the handler list ends");
    body["generate_handler![".len()..end]
        .split(',')
        .filter_map(|entry| entry.trim().rsplit("::").next())
        .filter(|name| !name.is_empty())
        .map(str::to_owned)
        .collect()
}

/// The names in build.rs's `COMMANDS`.
fn in_build_manifest() -> BTreeSet<String> {
    let build = read("build.rs");
    let start = build.find("COMMANDS").expect("build.rs lists COMMANDS");
    let body = &build[start..];
    let end = body.find("];").expect("the list ends");
    body[..end]
        .split('"')
        .skip(1)
        .step_by(2)
        .map(str::to_owned)
        .collect()
}

/// The `allow-…` permissions of the window's capability, as command names.
fn granted() -> BTreeSet<String> {
    let caps: serde_json::Value =
        serde_json::from_str(&read("capabilities/default.json")).expect("capability JSON");
    caps["permissions"]
        .as_array()
        .expect("a permission list")
        .iter()
        .filter_map(|p| p.as_str())
        .map(|p| {
            p.strip_prefix("allow-")
                .unwrap_or_else(|| panic!("only the app's own allow- permissions: {p}"))
                .replace('-', "_")
        })
        .collect()
}

#[test]
fn ui_calls_registered_manifested_and_granted_commands_agree() {
    let ui = called_by_ui();
    assert!(ui.len() > 30, "api.ts was read: {ui:?}");
    for (what, names) in [
        ("registered in src/lib.rs", registered()),
        ("listed in build.rs COMMANDS", in_build_manifest()),
        ("granted in capabilities/default.json", granted()),
    ] {
        let missing: Vec<_> = ui.difference(&names).collect();
        let extra: Vec<_> = names.difference(&ui).collect();
        assert!(
            missing.is_empty() && extra.is_empty(),
            "commands the UI calls vs. {what}: missing {missing:?}, not called by the UI {extra:?}"
        );
    }
}
