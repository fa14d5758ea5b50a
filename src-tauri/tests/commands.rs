//! The app's commands are listed once, in src/command_table.rs. From that
//! list these tests write the UI's typed wrappers (ui/src/lib/commands.ts) and
//! the window's capability (capabilities/default.json), and fail when the
//! committed files differ; `VVT_UPDATE_BINDINGS=1` writes them instead. A
//! command no UI component uses fails too: granting it would be a permission
//! more than the app needs.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use ts_rs::Config;

mod generated;
use vvt_desktop::{ipc_commands, IpcCommand};

const UPDATE_COMMAND: &str = "VVT_UPDATE_BINDINGS=1 cargo test -p vvt-desktop --test commands";

fn commands() -> Vec<IpcCommand> {
    // The same rendering as ui/src/lib/bindings.ts (tests/bindings.rs).
    let commands = ipc_commands(&Config::new().with_large_int("number"));
    assert!(
        commands.len() > 30,
        "the command table was read: {commands:?}"
    );
    commands
}

fn repo_path(relative: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(relative)
}

/// `restore_value` → `restoreValue`: Tauri expects argument keys in
/// camelCase, and the wrappers are named the same way.
fn camel_case(snake: &str) -> String {
    let mut parts = snake.split('_');
    let mut camel = parts.next().unwrap_or_default().to_owned();
    for part in parts {
        let mut chars = part.chars();
        if let Some(first) = chars.next() {
            camel.extend(first.to_uppercase());
            camel.push_str(chars.as_str());
        }
    }
    camel
}

/// The type names a TypeScript type refers to (`Array<Party> | null` →
/// `Party`), for the file's imports.
fn type_names(ts: &str) -> impl Iterator<Item = &str> {
    ts.split(|c: char| !c.is_alphanumeric() && c != '_')
        .filter(|word| word.starts_with(|c: char| c.is_ascii_uppercase()))
        .filter(|word| !matches!(*word, "Array" | "Record" | "Promise"))
}

fn render_wrapper(command: &IpcCommand, text: &mut String) {
    text.push('\n');
    match command.docs.as_slice() {
        [] => {}
        [line] => text.push_str(&format!("/**{line} */\n")),
        lines => {
            text.push_str("/**\n");
            for line in lines {
                text.push_str(&format!(" *{line}\n").replace(" * \n", " *\n"));
            }
            text.push_str(" */\n");
        }
    }
    // Trailing optional arguments may be left out, as null.
    let optional_from = command
        .args
        .iter()
        .rposition(|arg| !arg.ts.ends_with(" | null"))
        .map_or(0, |last_required| last_required + 1);
    let params: Vec<String> = command
        .args
        .iter()
        .enumerate()
        .map(|(i, arg)| {
            let default = if i >= optional_from { " = null" } else { "" };
            format!("{}: {}{default}", camel_case(arg.name), arg.ts)
        })
        .collect();
    let returns = match command.returns.as_str() {
        "null" => "void",
        other => other,
    };
    let keys: Vec<String> = command.args.iter().map(|a| camel_case(a.name)).collect();
    let args = if keys.is_empty() {
        String::new()
    } else {
        format!(", {{ {} }}", keys.join(", "))
    };
    text.push_str(&format!(
        "export function {}({}): Promise<{returns}> {{\n  return call<{returns}>(\"{}\"{args});\n}}\n",
        camel_case(command.name),
        params.join(", "),
        command.name,
    ));
}

fn render_wrappers(commands: &[IpcCommand]) -> String {
    let mut bindings = BTreeSet::new();
    let mut channel = false;
    for command in commands {
        let types = command.args.iter().map(|a| &a.ts).chain([&command.returns]);
        for name in types.flat_map(|ts| type_names(ts)) {
            if name == "Channel" {
                channel = true;
            } else {
                bindings.insert(name);
            }
        }
    }
    let mut text = format!(
        "// Generated from src-tauri/src/command_table.rs by src-tauri/tests/commands.rs; do not edit.\n\
         // Run `{UPDATE_COMMAND}` after changing the table.\n\
         // One typed function per command of the desktop shell: the only place a\n\
         // command's name is written in the UI. api.ts re-exports them.\n\n"
    );
    if channel {
        text.push_str("import type { Channel } from \"@tauri-apps/api/core\";\n");
    }
    let names: Vec<&str> = bindings.into_iter().collect();
    text.push_str(&format!(
        "import type {{\n  {},\n}} from \"./bindings\";\n",
        names.join(",\n  ")
    ));
    text.push_str("import { call } from \"./ipc\";\n");
    for command in commands {
        render_wrapper(command, &mut text);
    }
    text
}

/// The capability: the main window may call each command in the table, and
/// nothing else (no plugin's default permissions either).
fn render_capability(commands: &[IpcCommand]) -> String {
    let permissions: Vec<String> = commands
        .iter()
        .map(|c| format!("    \"allow-{}\"", c.name.replace('_', "-")))
        .collect();
    format!(
        "{{\n  \"$schema\": \"../gen/schemas/desktop-schema.json\",\n  \"identifier\": \"default\",\n  \
         \"description\": \"The main window may call the app's own commands that the UI uses, and nothing else.\",\n  \
         \"windows\": [\n    \"main\"\n  ],\n  \"permissions\": [\n{}\n  ]\n}}\n",
        permissions.join(",\n")
    )
}

fn check_generated(relative: &str, expected: &str) {
    generated::check_generated(relative, expected, "src/command_table.rs", UPDATE_COMMAND);
}

#[test]
fn ui_command_wrappers_match_the_command_table() {
    check_generated("../ui/src/lib/commands.ts", &render_wrappers(&commands()));
}

#[test]
fn capability_grants_exactly_the_commands_in_the_table() {
    check_generated("capabilities/default.json", &render_capability(&commands()));
}

#[test]
fn wrappers_send_camel_case_keys_and_leave_out_no_arguments() {
    let text = render_wrappers(&commands());
    assert!(
        text.contains(
            "export function restoreValue(entity: EntityKind, key: string, changeId: number, \
             field: string, version: number): Promise<unknown> {\n  return call<unknown>(\
             \"restore_value\", { entity, key, changeId, field, version });"
        ),
        "Tauri matches change_id only as changeId: {text}"
    );
    assert!(
        text.contains("return call<RegisterSummary>(\"register_summary\");"),
        "a command without arguments sends none"
    );
    assert!(
        text.contains("export function deleteTom(key: string, version: number): Promise<void> {"),
        "a command that answers nothing resolves to void"
    );
    assert!(
        text.contains("noticePreview(lang: Lang, separate: string | null = null)"),
        "a trailing optional argument may be left out"
    );
}

/// The UI's source files that may call a command: components and their
/// modules, not tests and not the modules that only pass the wrappers on.
fn component_sources(dir: &Path, found: &mut Vec<(PathBuf, String)>) {
    let entries = std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    for entry in entries {
        let path = entry.expect("a directory entry").path();
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        if path.is_dir() {
            component_sources(&path, found);
        } else if (name.ends_with(".svelte") || name.ends_with(".ts"))
            && !name.ends_with(".test.ts")
            && !name.starts_with("test-")
            && !matches!(
                name.as_str(),
                "commands.ts" | "api.ts" | "ipc.ts" | "bindings.ts"
            )
        {
            let text = std::fs::read_to_string(&path)
                .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            found.push((path, text));
        }
    }
}

/// The values a source file imports from the UI's IPC module (api.ts), as
/// (exported name, local name), and its text without those imports.
fn imports_from_api(text: &str) -> (Vec<(String, String)>, String) {
    let mut imported = Vec::new();
    let mut rest = String::new();
    let mut remaining = text;
    while let Some(start) = remaining.find("import {") {
        rest.push_str(&remaining[..start]);
        let statement = &remaining[start..];
        let Some(end) = statement.find(';') else {
            remaining = statement;
            break;
        };
        let (list, source) = statement[..end]
            .split_once('}')
            .unwrap_or((&statement[..end], ""));
        if source.contains("/api\"") {
            imported.extend(
                list["import {".len()..]
                    .split(',')
                    .map(str::trim)
                    .filter(|name| !name.is_empty() && !name.starts_with("type "))
                    .map(|name| match name.split_once(" as ") {
                        Some((exported, local)) => (exported.to_owned(), local.trim().to_owned()),
                        None => (name.to_owned(), name.to_owned()),
                    }),
            );
        } else {
            rest.push_str(&statement[..end]);
        }
        remaining = &statement[end..];
    }
    rest.push_str(remaining);
    (imported, rest)
}

/// Whether a source file uses `function` from api.ts: imports it and names
/// it outside the import — calls it or hands it on (`update: updateParty`).
fn uses(text: &str, function: &str) -> bool {
    let (imported, rest) = imports_from_api(text);
    let word = |c: char| c.is_alphanumeric() || c == '_' || c == '$';
    imported
        .iter()
        .filter(|(exported, _)| exported == function)
        .any(|(_, local)| {
            rest.match_indices(local.as_str()).any(|(i, _)| {
                let before = rest[..i].chars().next_back();
                let after = rest[i + local.len()..].chars().next();
                !before.is_some_and(|c| word(c) || c == '.') && !after.is_some_and(word)
            })
        })
}

#[test]
fn every_granted_command_is_used_by_a_ui_component() {
    let mut sources = Vec::new();
    component_sources(&repo_path("../ui/src"), &mut sources);
    assert!(
        sources.len() > 20,
        "the UI's sources were read: {}",
        sources.len()
    );
    let unused: Vec<String> = commands()
        .iter()
        .map(|c| camel_case(c.name))
        .filter(|function| !sources.iter().any(|(_, text)| uses(text, function)))
        .collect();
    assert!(
        unused.is_empty(),
        "commands the capability grants but no UI component uses (remove them from \
         src/command_table.rs, or use them): {unused:?}"
    );
}

#[test]
fn a_command_is_used_where_imported_from_api_and_named() {
    let import = "import { listParties, type Party, updateParty as save } from \"../api\";\n";
    assert!(uses(
        &format!("{import}await listParties();"),
        "listParties"
    ));
    assert!(uses(
        &format!("{import}const e = {{ update: save }};"),
        "updateParty"
    ));
    assert!(
        !uses(&format!("{import}const x = 1;"), "listParties"),
        "an import alone is no use"
    );
    assert!(
        !uses(
            "const t = { listParties: 1 }; t.listParties;",
            "listParties"
        ),
        "a name not imported from api.ts is another thing of the same name"
    );
    assert!(
        !uses(
            &format!("{import}relistParties(); t.listParties;"),
            "listParties"
        ),
        "a longer name or a property is no use"
    );
}
