//! The app's copy of the core's vocabulary (src/vocabulary.rs): writes
//! ui/src/lib/vocabulary.ts from the core's words and fails when the
//! committed file differs, so the app never declares a field label or a
//! list's words of its own. Each list is checked by TypeScript against the
//! generated enum type (`satisfies Record<SubjectGroup, string>`), so a value
//! added to an enum without its word does not compile in the UI either.
//! The codes of an unopenable register file come from the core too
//! (`ErrorCode::unopenable`). `VVT_UPDATE_BINDINGS=1` rewrites the file, as
//! for bindings.ts.

use std::fmt::Write;
use std::path::PathBuf;

use vvt::vocabulary::{word_lists, Term};
use vvt::Lang;

const UPDATE: &str = "VVT_UPDATE_BINDINGS=1 cargo test -p vvt --test integration vocabulary";

fn render() -> String {
    let mut out = String::from(
        "// The core's words for the register's fields and closed lists, written by\n\
         // tests/vocabulary.rs from src/vocabulary.rs: do not edit, change the core\n\
         // and run `",
    );
    out.push_str(UPDATE);
    out.push_str("`.\n");
    let mut types: Vec<&str> = word_lists(Lang::De).iter().map(|l| l.type_name).collect();
    types.push("ErrorCode");
    types.sort_unstable();
    let _ = writeln!(
        out,
        "import type {{ {} }} from \"./bindings\";\n",
        types.join(", ")
    );
    out.push_str("export const vocabulary = {\n");
    for lang in [Lang::De, Lang::En] {
        let _ = writeln!(out, "  {}: {{", lang.code());
        out.push_str("    terms: {\n");
        for t in Term::ALL {
            let _ = writeln!(out, "      {}: {},", t.key(), quoted(t.text(lang)));
        }
        out.push_str("    },\n");
        for list in word_lists(lang) {
            let _ = writeln!(out, "    {}: {{", list.name);
            for (code, word) in &list.words {
                let _ = writeln!(out, "      {code}: {},", quoted(word));
            }
            let _ = writeln!(out, "    }} satisfies Record<{}, string>,", list.type_name);
        }
        out.push_str("  },\n");
    }
    out.push_str("} as const;\n");
    let unopenable: Vec<String> = vvt::ErrorCode::ALL
        .into_iter()
        .filter(|c| c.unopenable())
        .map(|c| quoted(c.as_str()))
        .collect();
    let _ = write!(
        out,
        "\n/** The error codes of a register file VVT refuses to open as it is; a backup can replace it. */\n\
         export const unopenableCodes = [{}] as const satisfies readonly ErrorCode[];\n",
        unopenable.join(", ")
    );
    out
}

fn quoted(text: &str) -> String {
    serde_json::to_string(text).expect("a string is JSON")
}

#[test]
fn ui_vocabulary_matches_the_core() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("ui/src/lib/vocabulary.ts");
    let expected = render();
    if std::env::var("VVT_UPDATE_BINDINGS").is_ok_and(|v| v == "1") {
        std::fs::write(&path, &expected).expect("write vocabulary.ts");
        return;
    }
    let committed = std::fs::read_to_string(&path)
        .unwrap_or_default()
        .replace("\r\n", "\n");
    assert!(
        committed == expected,
        "{} differs from the core's vocabulary; run `{UPDATE}`",
        path.display()
    );
}
